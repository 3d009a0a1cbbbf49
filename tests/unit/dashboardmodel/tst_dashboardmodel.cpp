// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/codetable.h"
#include "models/dashboardmodel.h"
#include "registryoracle.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/demoservice.h"
#include "services/evaluationservice.h"
#include "services/registryservice.h"
#include "storage/evaluationrepository.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

/** What the dashboard should show on a date, computed from the records. */
struct Expected
{
    std::map<QString, int> byCategory;
    std::map<QString, std::map<QString, int>> byUnit; ///< unit → category → count
    int total = 0;
    int commune = 0;
    int unitCount = 0;
};

Expected expectedOn(const std::vector<StaffMember> &staff, const std::vector<OrgUnit> &units, const QDate &date)
{
    Expected e;
    const auto byCode = Oracle::byCode(units);
    for (const auto &m : staff) {
        if (!Oracle::inService(m, date))
            continue;
        const QString unit = Oracle::resolve(byCode, m.unitCode, date);
        if (unit.isEmpty())
            continue;
        ++e.total;
        ++e.byCategory[m.category];
        ++e.byUnit[unit][m.category];
        const QString kind = byCode.value(unit).kind;
        if (kind == "xa"_L1 || kind == "phuong"_L1 || kind == "thi_tran"_L1)
            ++e.commune;
    }
    for (const auto &u : units)
        e.unitCount += Oracle::valid(u, date) ? 1 : 0;
    return e;
}

} // namespace

/**
 * DashboardModel: totals by category and by unit as of a date, units as of that date; the evaluation
 * levels per unit of a year (EvaluationService::report), with the units over the cap.
 */
class TestDashboardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void sampleTown_data();
    void sampleTown();
    void oldAndNewWards();
    void demoOffice_data();
    void demoOffice();
    void signals_();
    void evaluationLevelsByUnit();
    void evaluationSignals();

private:
    /** The sample town's 2025 evaluations (fixture rows, no audit), see evaluationLevelsByUnit(). */
    void insertEvaluations();
    void openSampleTown();
    void compare(const DashboardModel &model, const Expected &expected, const std::vector<OrgUnit> &units,
                 const QDate &date);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RegistryService> m_registry;
};

void TestDashboardModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDashboardModel::cleanup()
{
    m_registry.reset();
    m_clock.reset();
    m_db.reset();
}

void TestDashboardModel::openSampleTown()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC));
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    std::vector<StaffMember> staff;
    staff.push_back(Samples::person(u"AG-1"_s, u"Ngô Văn A"_s, u"AG"_s));
    staff.push_back(Samples::person(u"AG-2"_s, u"Ngô Văn B"_s, u"AG"_s, u"vc"_s, u"Giáo viên"_s));
    StaffMember left = Samples::person(u"AG-3"_s, u"Ngô Văn C"_s, u"AG"_s);
    left.endDate = QDate(2022, 1, 1);
    staff.push_back(left);
    staff.push_back(Samples::person(u"W1-1"_s, u"Hồ Thị B"_s, u"W1"_s, u"cb_xa"_s, u"chu_tich_ubnd"_s));
    staff.push_back(Samples::person(u"W1-2"_s, u"Đỗ Văn C"_s, u"W1"_s, u"khong_chuyen_trach"_s, u"Công an viên"_s));
    staff.push_back(Samples::person(u"W1-3"_s, u"Lý Văn D"_s, u"W1"_s, u"cc_xa"_s, u"dia_chinh"_s));
    staff.push_back(Samples::person(u"W2-1"_s, u"Mai Thị E"_s, u"W2"_s, u"cc_xa"_s, u"tu_phap_ho_tich"_s));
    staff.push_back(Samples::person(u"W2-2"_s, u"Mai Văn F"_s, u"W2"_s, u"cb_xa"_s, u"bi_thu"_s));
    StaffMember newcomer = Samples::person(u"WN-1"_s, u"Vũ Văn G"_s, u"WN"_s, u"cc_xa"_s, u"van_phong_thong_ke"_s);
    newcomer.startDate = QDate(2025, 8, 1);
    staff.push_back(newcomer);
    QVERIFY(Samples::insertStaff(m_db->db(), staff));
    m_registry = std::make_unique<RegistryService>(m_db->db(), *m_clock);
}

void TestDashboardModel::compare(const DashboardModel &model, const Expected &expected,
                                 const std::vector<OrgUnit> &units, const QDate &date)
{
    QCOMPARE(model.asOfDate(), date.toString(Qt::ISODate));
    QCOMPARE(model.totalStaff(), expected.total);
    QCOMPARE(model.communeStaff(), expected.commune);
    QCOMPARE(model.unitCount(), expected.unitCount);

    // One entry per category code, in the table's order, with the count.
    const QVariantList byCategory = model.byCategory();
    QCOMPARE(byCategory.size(), qsizetype(CodeTables::category().entries().size()));
    for (qsizetype i = 0; i < byCategory.size(); ++i) {
        const QVariantMap entry = byCategory.at(i).toMap();
        const QString code = CodeTables::category().entries().at(size_t(i)).code;
        QCOMPARE(entry.value(u"category"_s).toString(), code);
        QCOMPARE(entry.value(u"label"_s).toString(), CodeTables::category().label(code));
        QCOMPARE(entry.value(u"count"_s).toInt(), expected.byCategory.count(code) ? expected.byCategory.at(code) : 0);
    }

    // Units with people, and every commune-level unit valid that day; largest first.
    const auto byCode = Oracle::byCode(units);
    QSet<QString> shown;
    int previous = std::numeric_limits<int>::max();
    int max = 0;
    for (const QVariant &v : model.byUnit()) {
        const QVariantMap entry = v.toMap();
        const QString code = entry.value(u"code"_s).toString();
        QVERIFY2(!shown.contains(code), qPrintable(code));
        shown.insert(code);
        QVERIFY2(Oracle::valid(byCode.value(code), date), qPrintable(code));
        QCOMPARE(entry.value(u"name"_s).toString(), byCode.value(code).name);
        const int total = entry.value(u"total"_s).toInt();
        QVERIFY(total <= previous);
        previous = total;
        max = std::max(max, total);
        const auto it = expected.byUnit.find(code);
        std::map<QString, int> counts;
        const QVariantMap actualCounts = entry.value(u"counts"_s).toMap();
        for (auto c = actualCounts.cbegin(); c != actualCounts.cend(); ++c)
            counts[c.key()] = c.value().toInt();
        if (it == expected.byUnit.end()) {
            QCOMPARE(total, 0);
            QVERIFY(counts.empty());
        } else {
            int sum = 0;
            for (const auto &[cat, n] : it->second)
                sum += n;
            QCOMPARE(total, sum);
            QCOMPARE(counts, it->second);
        }
    }
    for (const auto &[code, counts] : expected.byUnit)
        QVERIFY2(shown.contains(code), qPrintable(code));
    for (const auto &u : units) {
        if (Oracle::valid(u, date) && (u.kind == "xa"_L1 || u.kind == "phuong"_L1 || u.kind == "thi_tran"_L1))
            QVERIFY2(shown.contains(u.code), qPrintable(u.code));
    }
    QCOMPARE(model.maxUnitTotal(), max);
}

void TestDashboardModel::sampleTown_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("2021") << QDate(2021, 6, 1);
    QTest::newRow("the day before the merge") << QDate(2025, 6, 30);
    QTest::newRow("the merge day") << QDate(2025, 7, 1);
    QTest::newRow("after the newcomer") << QDate(2025, 9, 1);
}

void TestDashboardModel::sampleTown()
{
    QFETCH(QDate, date);
    openSampleTown();
    DashboardModel model(*m_registry);
    model.setAsOf(date);
    compare(model, expectedOn(m_registry->allStaff(), Samples::town(), date), Samples::town(), date);
}

void TestDashboardModel::oldAndNewWards()
{
    openSampleTown();
    DashboardModel model(*m_registry);
    auto unitTotals = [&]() {
        QHash<QString, int> out;
        for (const QVariant &v : model.byUnit())
            out.insert(v.toMap().value(u"code"_s).toString(), v.toMap().value(u"total"_s).toInt());
        return out;
    };

    model.setAsOfDate(u"2025-06-30"_s);
    QHash<QString, int> totals = unitTotals();
    QCOMPARE(totals.value(u"W1"_s), 3);
    QCOMPARE(totals.value(u"W2"_s), 2);
    QCOMPARE(totals.value(u"AG"_s), 2);
    QVERIFY(!totals.contains(u"WN"_s));
    QCOMPARE(model.totalStaff(), 7);
    QCOMPARE(model.communeStaff(), 5);

    model.setAsOfDate(u"2025-09-01"_s);
    totals = unitTotals();
    QVERIFY(!totals.contains(u"W1"_s));
    QVERIFY(!totals.contains(u"W2"_s));
    QCOMPARE(totals.value(u"WN"_s), 6);
    QCOMPARE(totals.value(u"AG"_s), 2);
    QCOMPARE(model.totalStaff(), 8);
    QCOMPARE(model.communeStaff(), 6);
    QCOMPARE(model.maxUnitTotal(), 6);
    QCOMPARE(model.byUnit().first().toMap().value(u"code"_s).toString(), u"WN"_s);
    const QVariantMap wnCounts = model.byUnit().first().toMap().value(u"counts"_s).toMap();
    QCOMPARE(wnCounts.value(u"cb_xa"_s).toInt(), 2);
    QCOMPARE(wnCounts.value(u"cc_xa"_s).toInt(), 3);
    QCOMPARE(wnCounts.value(u"khong_chuyen_trach"_s).toInt(), 1);
}

void TestDashboardModel::demoOffice_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("2023") << QDate(2023, 3, 1);
    QTest::newRow("before the merge") << QDate(2025, 6, 1);
    QTest::newRow("after the merge") << QDate(2025, 10, 1);
}

void TestDashboardModel::demoOffice()
{
    QFETCH(QDate, date);
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 10, 1), QTime(8, 0), Qt::UTC));
    QString error;
    QVERIFY2(DemoService(m_db->db(), *m_clock).fill(700, 5, &error), qPrintable(error));
    m_registry = std::make_unique<RegistryService>(m_db->db(), *m_clock);

    DashboardModel model(*m_registry);
    model.setAsOf(date);
    const std::vector<OrgUnit> units = m_registry->units().units();
    const Expected expected = expectedOn(m_registry->allStaff(), units, date);
    QVERIFY(expected.total > 500);
    compare(model, expected, units, date);
}

void TestDashboardModel::signals_()
{
    openSampleTown();
    DashboardModel model(*m_registry);
    QSignalSpy changed(&model, &DashboardModel::changed);
    model.reload(); // no date yet: nothing
    QCOMPARE(changed.count(), 0);
    model.setAsOfDate(u"2025-09-01"_s);
    QCOMPARE(changed.count(), 1);
    model.setAsOfDate(u"2025-09-01"_s);
    QCOMPARE(changed.count(), 1);
    model.setAsOfDate(u"not a date"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.asOfDate(), u"2025-09-01"_s);
    model.setAsOf(QDate(2025, 6, 1));
    QCOMPARE(changed.count(), 2);
    model.reload();
    QCOMPARE(changed.count(), 3);
}

void TestDashboardModel::insertEvaluations()
{
    EvaluationRepository repo(m_db->db().connection());
    auto write = [&](const QString &code, const QString &level, const QString &taskGroup, int months = 12) {
        Evaluation e;
        e.staffCode = code;
        e.year = 2025;
        e.taskGroup = taskGroup;
        e.monthsWorked = months;
        e.finalLevel = level;
        e.status = level.isEmpty() ? u"proposed"_s : u"decided"_s;
        QString error;
        QVERIFY2(repo.write(e, &error) > 0, qPrintable(error));
    };
    write(u"AG-1"_s, u"xuat_sac"_s, u"cv"_s); // alone in AG/cv: 0 HTTNV, limit 0 → over the cap
    write(u"AG-2"_s, u"tot"_s, u"gv"_s);
    write(u"W1-1"_s, u"tot"_s, u"xa"_s);      // W1 and W2 count in WN on 31/12/2025
    write(u"W1-2"_s, u"khong_hoan_thanh"_s, u"xa"_s);
    write(u"W1-3"_s, u"hoan_thanh"_s, u"xa"_s);
    write(u"W2-1"_s, QString(), u"xa"_s);     // not decided yet
    write(u"W2-2"_s, u"tot"_s, u"xa"_s, 4);   // under 6 months: not rated (ND 90/2020 Art 2)
}

void TestDashboardModel::evaluationLevelsByUnit()
{
    openSampleTown();
    insertEvaluations();
    const EvaluationService evaluations(m_db->db(), *m_clock);
    DashboardModel model(*m_registry);
    model.setEvaluations(&evaluations);
    model.setAsOf(QDate(2025, 9, 1));
    QCOMPARE(model.evaluationYear(), 2025); // the dashboard date's year to begin with

    QStringList levels;
    for (const QVariant &v : model.evaluationLevels())
        levels << v.toMap().value(u"abbreviation"_s).toString();
    QCOMPARE(levels, (QStringList{u"HTXSNV"_s, u"HTTNV"_s, u"HTNV"_s, u"KHTNV"_s}));

    auto line = [](const QVariantMap &u) {
        const QVariantMap c = u.value(u"counts"_s).toMap();
        return u"%1 %2/%3/%4/%5 notRated=%6 notDecided=%7 total=%8 cap=%9 exception=%10"_s
            .arg(u.value(u"code"_s).toString())
            .arg(c.value(u"xuat_sac"_s).toInt())
            .arg(c.value(u"tot"_s).toInt())
            .arg(c.value(u"hoan_thanh"_s).toInt())
            .arg(c.value(u"khong_hoan_thanh"_s).toInt())
            .arg(u.value(u"notRated"_s).toInt())
            .arg(u.value(u"notDecided"_s).toInt())
            .arg(u.value(u"total"_s).toInt())
            .arg(u.value(u"capExceeded"_s).toBool() ? u"true"_s : u"false"_s,
                 u.value(u"exception"_s).toBool() ? u"true"_s : u"false"_s);
    };
    QStringList units;
    for (const QVariant &v : model.evaluationUnits())
        units << line(v.toMap());
    // By unit name: Phòng Nội vụ, Phường Mới.
    QCOMPARE(units, (QStringList{u"AG 1/1/0/0 notRated=0 notDecided=0 total=2 cap=true exception=false"_s,
                                 u"WN 0/1/1/1 notRated=1 notDecided=1 total=5 cap=false exception=false"_s}));
    QCOMPARE(model.evaluationUnits().front().toMap().value(u"name"_s).toString(), u"Phòng Nội vụ"_s);
    QCOMPARE(line(model.evaluationTotals()),
             u" 1/2/1/1 notRated=1 notDecided=1 total=7 cap=false exception=false"_s);
    QCOMPARE(model.evaluationUnitsOverCap(), 1);

    // A recorded 25% exception shows on the unit (QĐ 366-QĐ/TW Art 11 cl 1.5).
    QString error;
    QVERIFY2(EvaluationRepository(m_db->db().connection())
                 .writeCapException({u"WN"_s, 2025, u"07/QĐ-UBND"_s, u"Tập thể xuất sắc"_s}, &error),
             qPrintable(error));
    model.reloadEvaluations();
    QVERIFY(model.evaluationUnits().at(1).toMap().value(u"exception"_s).toBool());

    // Another year without evaluations: nothing to show.
    model.setEvaluationYear(2024);
    QVERIFY(model.evaluationUnits().isEmpty());
    QCOMPARE(model.evaluationUnitsOverCap(), 0);
    QCOMPARE(model.evaluationTotals().value(u"total"_s).toInt(), 0);
}

void TestDashboardModel::evaluationSignals()
{
    openSampleTown();
    insertEvaluations();
    const EvaluationService evaluations(m_db->db(), *m_clock);
    DashboardModel model(*m_registry);
    QSignalSpy changed(&model, &DashboardModel::evaluationChanged);
    model.setEvaluations(&evaluations); // no year yet: emptied
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.evaluationUnits().isEmpty());
    model.setEvaluationYear(2025);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.evaluationUnits().size(), 2);
    model.setEvaluationYear(2025); // unchanged
    QCOMPARE(changed.count(), 2);
    model.setEvaluationYear(1999); // outside 2015–2100: ignored
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.evaluationYear(), 2025);
    model.setAsOf(QDate(2023, 1, 1)); // the date keeps a year already chosen; reload() re-reads the panel
    QCOMPARE(model.evaluationYear(), 2025);
    QCOMPARE(changed.count(), 3);
    DashboardModel without(*m_registry); // no service: the panel stays empty
    without.setAsOf(QDate(2025, 9, 1));
    QVERIFY(without.evaluationUnits().isEmpty());
}

QTEST_GUILESS_MAIN(TestDashboardModel)
#include "tst_dashboardmodel.moc"
