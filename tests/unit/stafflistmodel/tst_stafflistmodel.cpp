// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/codetable.h"
#include "models/stafflistmodel.h"
#include "registryoracle.h"
#include "services/clock.h"
#include "services/demoservice.h"
#include "services/registryservice.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int People = 1000;

/** Fetches until the model has every row (what a view scrolled to the end does). */
void loadAll(StaffListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

QStringList codesOf(const StaffListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.codeAt(row);
    out.sort();
    return out;
}

} // namespace

/**
 * StaffListModel over the 1,000-person demo office: paging, search without accents, unit filter
 * following successors as of a date, category/position filters, counts and row updates.
 */
class TestStaffListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstPageThenFetchMore();
    void search_data();
    void search();
    void unitFilterFollowsSuccessors_data();
    void unitFilterFollowsSuccessors();
    void oldWardPeopleAppearUnderTheNewWard();
    void categoryAndPositionFilters_data();
    void categoryAndPositionFilters();
    void filterSignals();
    void showUnitSetsEveryFilterInOneQuery();
    void roles();
    void personChangedInPlace();
    void personChangedRenamedReloads();
    void personChangedLeavingTheFilter();
    void personRemoved();
    void personRemovedNotYetLoaded();
    void inServiceFollowsTheDate();

private:
    /** The people of the registry whose record passes pred (expected rows). */
    template<typename Pred>
    QStringList expectedCodes(Pred pred) const
    {
        QStringList out;
        for (const auto &m : m_staff) {
            if (pred(m))
                out << m.code;
        }
        out.sort();
        return out;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RegistryService> m_registry;
    std::unique_ptr<StaffListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::vector<StaffMember> m_staff;
    std::vector<OrgUnit> m_units;
};

void TestStaffListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStaffListModel::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC));
    QString error;
    QVERIFY2(DemoService(m_db->db(), *m_clock).fill(People, 1, &error), qPrintable(error));
    m_registry = std::make_unique<RegistryService>(m_db->db(), *m_clock);
    m_staff = m_registry->allStaff();
    m_units = m_registry->units().units();
    QCOMPARE(int(m_staff.size()), People);
    m_model = std::make_unique<StaffListModel>(*m_registry);
    // The tester checks every change; it must not fetch pages itself: Qt 6.4's tester calls
    // fetchMore() from its modelReset handler before it has recorded the end of the reset, and
    // the exact rowsInserted counts below are the model's own.
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tester->setUseFetchMore(false);
}

void TestStaffListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_registry.reset();
    m_clock.reset();
    m_db.reset();
}

void TestStaffListModel::firstPageThenFetchMore()
{
    StaffListModel &model = *m_model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy total(&model, &StaffListModel::totalCountChanged);

    model.reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(total.count(), 1);
    QCOMPARE(model.totalCount(), People);
    QCOMPARE(model.rowCount(), StaffListModel::PageSize);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), StaffListModel::PageSize - 1);
    QVERIFY(model.canFetchMore({}));

    int fetches = 0;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        ++fetches;
        QVERIFY(model.rowCount() - before <= StaffListModel::PageSize);
        QVERIFY(fetches < 20);
    }
    QCOMPARE(model.rowCount(), People);
    const int pages = (People + StaffListModel::PageSize - 1) / StaffListModel::PageSize;
    QCOMPARE(inserted.count(), pages);
    for (int i = 0; i < pages; ++i) {
        QCOMPARE(inserted.at(i).at(1).toInt(), i * StaffListModel::PageSize);
        QCOMPARE(inserted.at(i).at(2).toInt(), std::min(People, (i + 1) * StaffListModel::PageSize) - 1);
    }
    QVERIFY(fetches >= pages - 1 && fetches <= pages);
    QCOMPARE(reset.count(), 1);

    // Name order (given name first), every person once.
    QHash<QString, StaffMember> byCode;
    for (const auto &m : m_staff)
        byCode.insert(m.code, m);
    for (int row = 1; row < model.rowCount(); ++row) {
        const auto previous = Oracle::sortKey(byCode.value(model.codeAt(row - 1)));
        QVERIFY2(previous < Oracle::sortKey(byCode.value(model.codeAt(row))), qPrintable(model.codeAt(row)));
    }
    QCOMPARE(codesOf(model), expectedCodes([](const StaffMember &) { return true; }));
}

void TestStaffListModel::search_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("nguyen") << u"nguyen"_s;
    QTest::newRow("NGUYỄN") << u"NGUYỄN"_s;
    QTest::newRow("two words") << u"nguyen thi"_s;
    QTest::newRow("đ folds to d") << u"điểu"_s;
    QTest::newRow("dieu") << u"dieu"_s;
    QTest::newRow("given name with spaces") << u"  van   anh "_s;
    QTest::newRow("code") << u"pb-00"_s;
    QTest::newRow("no one") << u"zzqq"_s;
    QTest::newRow("like wildcard is literal") << u"%"_s;
    QTest::newRow("underscore is literal") << u"_"_s;
}

void TestStaffListModel::search()
{
    QFETCH(QString, text);
    QSignalSpy filter(m_model.get(), &StaffListModel::filterChanged);

    m_model->setSearchText(text);
    QCOMPARE(filter.count(), 1);
    loadAll(*m_model);
    const QStringList expected = expectedCodes([&](const StaffMember &m) { return Oracle::matchesSearch(m, text); });
    if (text == "nguyen"_L1)
        QVERIFY(expected.size() > 100); // the commonest surname: the test data must hold many
    QCOMPARE(m_model->totalCount(), int(expected.size()));
    QCOMPARE(m_model->rowCount(), int(expected.size()));
    QCOMPARE(codesOf(*m_model), expected);
}

void TestStaffListModel::unitFilterFollowsSuccessors_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("date");

    QTest::newRow("new ward after the merge") << u"26001"_s << u"2025-09-01"_s;
    QTest::newRow("new ward on the merge day") << u"26002"_s << u"2025-07-01"_s;
    QTest::newRow("new ward before it existed") << u"26001"_s << u"2025-06-30"_s;
    QTest::newRow("old ward before the merge") << u"25218"_s << u"2025-06-30"_s;
    QTest::newRow("old ward after the merge") << u"25218"_s << u"2025-09-01"_s;
    QTest::newRow("town before the merge") << u"688"_s << u"2024-01-01"_s;
    QTest::newRow("new province after the merge") << u"75"_s << u"2025-09-01"_s;
    QTest::newRow("demo province") << u"DEMO"_s << u"2025-09-01"_s;
    QTest::newRow("new ward, no date: recorded only") << u"26001"_s << u""_s;
    QTest::newRow("town, no date: subtree") << u"688"_s << u""_s;
}

void TestStaffListModel::unitFilterFollowsSuccessors()
{
    QFETCH(QString, unit);
    QFETCH(QString, date);

    m_model->setAsOfDate(date);
    m_model->setUnitFilter(unit);
    loadAll(*m_model);

    const QDate day = QDate::fromString(date, Qt::ISODate);
    const auto units = Oracle::byCode(m_units);
    const QSet<QString> targets = Oracle::subtree(m_units, unit);
    const QStringList expected = expectedCodes([&](const StaffMember &m) {
        if (!day.isValid())
            return targets.contains(m.unitCode);
        return Oracle::inService(m, day) && targets.contains(Oracle::resolve(units, m.unitCode, day));
    });
    QCOMPARE(m_model->totalCount(), int(expected.size()));
    QCOMPARE(codesOf(*m_model), expected);
}

void TestStaffListModel::oldWardPeopleAppearUnderTheNewWard()
{
    // Someone recorded in phường Long Phước (25218, merged into 26001 on 01/07/2025) and serving.
    const QDate after(2025, 9, 1);
    const QDate before(2025, 6, 1);
    const auto it = std::find_if(m_staff.cbegin(), m_staff.cend(), [&](const StaffMember &m) {
        return m.unitCode == "25218"_L1 && Oracle::inService(m, after) && Oracle::inService(m, before);
    });
    QVERIFY(it != m_staff.cend());

    m_model->setAsOfDate(after.toString(Qt::ISODate));
    m_model->setUnitFilter(u"26001"_s);
    loadAll(*m_model);
    QVERIFY(codesOf(*m_model).contains(it->code));
    m_model->setUnitFilter(u"25218"_s);
    loadAll(*m_model);
    QCOMPARE(m_model->totalCount(), 0);

    m_model->setAsOfDate(before.toString(Qt::ISODate));
    loadAll(*m_model);
    QVERIFY(codesOf(*m_model).contains(it->code));
    m_model->setUnitFilter(u"26001"_s);
    loadAll(*m_model);
    QVERIFY(!codesOf(*m_model).contains(it->code));
}

void TestStaffListModel::categoryAndPositionFilters_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("search");

    QTest::newRow("cb_xa") << u"cb_xa"_s << u""_s << u""_s << u""_s;
    QTest::newRow("khong_chuyen_trach") << u"khong_chuyen_trach"_s << u""_s << u""_s << u""_s;
    QTest::newRow("vc in service") << u"vc"_s << u""_s << u"2025-01-01"_s << u""_s;
    QTest::newRow("position only") << u""_s << u"chu_tich_ubnd"_s << u""_s << u""_s;
    QTest::newRow("cc_xa dia_chinh") << u"cc_xa"_s << u"dia_chinh"_s << u""_s << u""_s;
    QTest::newRow("free-text position") << u"cc"_s << u"Chuyên viên"_s << u""_s << u""_s;
    QTest::newRow("category and search") << u"cb_xa"_s << u""_s << u"2024-06-01"_s << u"nguyen"_s;
    QTest::newRow("unknown category") << u"zz"_s << u""_s << u""_s << u""_s;
}

void TestStaffListModel::categoryAndPositionFilters()
{
    QFETCH(QString, category);
    QFETCH(QString, position);
    QFETCH(QString, date);
    QFETCH(QString, search);

    m_model->setCategoryFilter(category);
    m_model->setPositionFilter(position);
    m_model->setAsOfDate(date);
    m_model->setSearchText(search);
    loadAll(*m_model);

    const QDate day = QDate::fromString(date, Qt::ISODate);
    const QStringList expected = expectedCodes([&](const StaffMember &m) {
        return (category.isEmpty() || m.category == category) && (position.isEmpty() || m.position == position)
            && (!day.isValid() || Oracle::inService(m, day)) && Oracle::matchesSearch(m, search);
    });
    QCOMPARE(m_model->totalCount(), int(expected.size()));
    QCOMPARE(m_model->rowCount(), int(expected.size()));
    QCOMPARE(codesOf(*m_model), expected);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex idx = m_model->index(row);
        if (!category.isEmpty())
            QCOMPARE(idx.data(StaffListModel::CategoryRole).toString(), category);
        if (!position.isEmpty())
            QCOMPARE(idx.data(StaffListModel::PositionRole).toString(), position);
    }
}

void TestStaffListModel::filterSignals()
{
    m_model->reload();
    QSignalSpy filter(m_model.get(), &StaffListModel::filterChanged);
    QSignalSpy total(m_model.get(), &StaffListModel::totalCountChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->setCategoryFilter(u"cb_xa"_s);
    QCOMPARE(filter.count(), 1);
    QCOMPARE(total.count(), 1);
    QCOMPARE(reset.count(), 1);
    m_model->setCategoryFilter(u"cb_xa"_s); // same value: nothing
    QCOMPARE(filter.count(), 1);
    QCOMPARE(reset.count(), 1);
    m_model->setSearchText(u"zzqq"_s);
    QCOMPARE(m_model->totalCount(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(total.count(), 2);
    m_model->setSearchText({});
    m_model->setCategoryFilter({});
    QCOMPARE(m_model->totalCount(), People);
}

void TestStaffListModel::showUnitSetsEveryFilterInOneQuery()
{
    m_model->setSearchText(u"nguyen"_s);
    m_model->setCategoryFilter(u"cb_xa"_s);
    const QString unit = m_model->codeAt(0).isEmpty() ? QString() : m_model->data(m_model->index(0), StaffListModel::UnitCodeRole).toString();
    QVERIFY(!unit.isEmpty());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->showUnit(unit, {});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->searchText(), QString());
    QCOMPARE(m_model->categoryFilter(), QString());
    QCOMPARE(m_model->unitFilter(), unit);
    QVERIFY(m_model->totalCount() > 0);
    loadAll(*m_model);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->data(m_model->index(row), StaffListModel::UnitCodeRole).toString(), unit);

    m_model->showUnit({}, {});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->totalCount(), People);
}

void TestStaffListModel::roles()
{
    const QHash<int, QByteArray> names = m_model->roleNames();
    QCOMPARE(names.value(StaffListModel::CodeRole), "code"_ba);
    QCOMPARE(names.value(StaffListModel::FullNameRole), "fullName"_ba);
    QCOMPARE(names.value(StaffListModel::InServiceRole), "inService"_ba);

    const auto it = std::find_if(m_staff.cbegin(), m_staff.cend(),
                                 [](const StaffMember &m) { return m.category == "cb_xa"_L1; });
    QVERIFY(it != m_staff.cend());
    m_model->setSearchText(it->code);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex idx = m_model->index(0);
    QCOMPARE(idx.data(StaffListModel::CodeRole).toString(), it->code);
    QCOMPARE(idx.data(Qt::DisplayRole).toString(), it->fullName);
    QCOMPARE(idx.data(StaffListModel::BirthDateRole).toString(), it->birthDate.toString(u"dd/MM/yyyy"_s));
    QCOMPARE(idx.data(StaffListModel::UnitCodeRole).toString(), it->unitCode);
    const auto units = Oracle::byCode(m_units);
    QCOMPARE(idx.data(StaffListModel::UnitNameRole).toString(), units.value(it->unitCode).name);
    QCOMPARE(idx.data(StaffListModel::PositionLabelRole).toString(), CodeTables::communeTitle().label(it->position));
    QCOMPARE(idx.data(StaffListModel::CategoryLabelRole).toString(), CodeTables::category().label(u"cb_xa"_s));
    QVERIFY(!m_model->index(0).data(Qt::UserRole + 999).isValid());
}

void TestStaffListModel::personChangedInPlace()
{
    m_model->setPositionFilter(u"chu_tich_ubnd"_s);
    loadAll(*m_model);
    QVERIFY(m_model->rowCount() > 3);
    const int row = 2;
    StaffMember m = *m_registry->findStaff(m_model->codeAt(row));
    m.professionalLevel = m.professionalLevel == "tien_si"_L1 ? u"thac_si"_s : u"tien_si"_s;
    QVERIFY(m_registry->updateStaff(m).ok());

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->personChanged(m.code);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), row);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), row);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->codeAt(row), m.code);
    QCOMPARE(m_model->index(row).data(StaffListModel::ProfessionalLevelRole).toString(),
             CodeTables::professionalLevel().label(m.professionalLevel));
}

void TestStaffListModel::personChangedRenamedReloads()
{
    m_model->setPositionFilter(u"chu_tich_ubnd"_s);
    loadAll(*m_model);
    StaffMember m = *m_registry->findStaff(m_model->codeAt(0));
    m.fullName = u"Zương Văn Zũng"_s; // sorts last
    QVERIFY(m_registry->updateStaff(m).ok());

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->personChanged(m.code);
    QCOMPARE(reset.count(), 1);
    loadAll(*m_model);
    QCOMPARE(m_model->codeAt(m_model->rowCount() - 1), m.code);
    QCOMPARE(m_model->index(m_model->rowCount() - 1).data(StaffListModel::FullNameRole).toString(), m.fullName);
}

void TestStaffListModel::personChangedLeavingTheFilter()
{
    m_model->setPositionFilter(u"chu_tich_ubnd"_s);
    loadAll(*m_model);
    const int rows = m_model->rowCount();
    const int total = m_model->totalCount();
    StaffMember m = *m_registry->findStaff(m_model->codeAt(1));
    m.position = u"pho_chu_tich_ubnd"_s; // no longer matches the position filter
    QVERIFY(m_registry->updateStaff(m).ok());

    m_model->personChanged(m.code);
    loadAll(*m_model);
    QVERIFY2(!codesOf(*m_model).contains(m.code), "an edited person who no longer matches the filter stays listed");
    QCOMPARE(m_model->rowCount(), rows - 1);
    QCOMPARE(m_model->totalCount(), total - 1);
}

void TestStaffListModel::personRemoved()
{
    m_model->setCategoryFilter(u"cb_xa"_s);
    loadAll(*m_model);
    const int rows = m_model->rowCount();
    const int total = m_model->totalCount();
    const int row = 4;
    const QString code = m_model->codeAt(row);
    QVERIFY(m_registry->removeStaff(code).ok());

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy totalChanged(m_model.get(), &StaffListModel::totalCountChanged);
    m_model->personRemoved(code);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), row);
    QCOMPARE(removed.at(0).at(2).toInt(), row);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(totalChanged.count(), 1);
    QCOMPARE(m_model->rowCount(), rows - 1);
    QCOMPARE(m_model->totalCount(), total - 1);
    QVERIFY(!codesOf(*m_model).contains(code));

    m_model->personRemoved(u"NO-SUCH-CODE"_s);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(totalChanged.count(), 1);
}

void TestStaffListModel::personRemovedNotYetLoaded()
{
    m_model->reload(); // first page only
    QCOMPARE(m_model->rowCount(), StaffListModel::PageSize);
    std::vector<StaffMember> sorted = m_staff;
    std::sort(sorted.begin(), sorted.end(),
              [](const StaffMember &a, const StaffMember &b) { return Oracle::sortKey(a) < Oracle::sortKey(b); });
    const QString last = sorted.back().code; // on the last page, not loaded yet
    QVERIFY(m_registry->removeStaff(last).ok());

    m_model->personRemoved(last);
    QCOMPARE(m_model->rowCount(), StaffListModel::PageSize);
    QCOMPARE(m_model->totalCount(), People - 1);
}

void TestStaffListModel::inServiceFollowsTheDate()
{
    // Someone who left service after the list's date: listed for that date, so in service then.
    const QDate date(2024, 1, 1);
    const auto it = std::find_if(m_staff.cbegin(), m_staff.cend(), [&](const StaffMember &m) {
        return m.endDate.isValid() && Oracle::inService(m, date);
    });
    QVERIFY(it != m_staff.cend());
    m_model->setAsOfDate(date.toString(Qt::ISODate));
    m_model->setSearchText(it->code);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0).data(StaffListModel::InServiceRole).toBool(), true);
}

QTEST_GUILESS_MAIN(TestStaffListModel)
#include "tst_stafflistmodel.moc"
