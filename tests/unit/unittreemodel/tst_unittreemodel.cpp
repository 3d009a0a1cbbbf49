// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/codetable.h"
#include "models/unittreemodel.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/registryservice.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using Rows = QList<std::pair<QString, int>>;
Q_DECLARE_METATYPE(Rows)

/** UnitTreeModel: the unit tree flattened depth-first, with validity, successor and head count. */
class TestUnitTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void depthFirstOrder_data();
    void depthFirstOrder();
    void roles();
    void staffCount_data();
    void staffCount();
    void reloadSignals();

private:
    [[nodiscard]] int rowOf(const QString &code) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RegistryService> m_registry;
    std::unique_ptr<UnitTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestUnitTreeModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUnitTreeModel::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC));
    std::vector<OrgUnit> units = Samples::town();
    // A second root with a child, to see the roots in code order.
    units.push_back(Samples::unit(u"R"_s, u"Tỉnh Khác"_s, u"tinh"_s));
    units.push_back(Samples::unit(u"RX"_s, u"Sở Nội vụ"_s, u"co_quan"_s, u"R"_s));
    QVERIFY(Samples::insertUnits(m_db->db(), units));

    std::vector<StaffMember> staff;
    for (int i = 1; i <= 3; ++i)
        staff.push_back(Samples::person(u"AG-%1"_s.arg(i), u"Cán Bộ %1"_s.arg(i), u"AG"_s));
    staff.push_back(Samples::person(u"W1-1"_s, u"Hồ Thị B"_s, u"W1"_s, u"cb_xa"_s, u"chu_tich_ubnd"_s));
    staff.push_back(Samples::person(u"W1-2"_s, u"Đỗ Văn C"_s, u"W1"_s, u"khong_chuyen_trach"_s, u"Công an viên"_s));
    StaffMember left = Samples::person(u"W1-3"_s, u"Lý Văn D"_s, u"W1"_s, u"cc_xa"_s, u"dia_chinh"_s);
    left.endDate = QDate(2020, 1, 1);
    staff.push_back(left);
    staff.push_back(Samples::person(u"W2-1"_s, u"Mai Thị E"_s, u"W2"_s, u"cc_xa"_s, u"tu_phap_ho_tich"_s));
    StaffMember newcomer = Samples::person(u"WN-1"_s, u"Vũ Văn G"_s, u"WN"_s, u"cc_xa"_s, u"van_phong_thong_ke"_s);
    newcomer.startDate = QDate(2025, 8, 1);
    staff.push_back(newcomer);
    QVERIFY(Samples::insertStaff(m_db->db(), staff));

    m_registry = std::make_unique<RegistryService>(m_db->db(), *m_clock);
    m_model = std::make_unique<UnitTreeModel>(*m_registry);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestUnitTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_registry.reset();
    m_clock.reset();
    m_db.reset();
}

int TestUnitTreeModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row).data(UnitTreeModel::CodeRole).toString() == code)
            return row;
    }
    return -1;
}

void TestUnitTreeModel::depthFirstOrder_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<Rows>("rows");

    // Roots by code; children: valid ones first, then by kind (province … commune … agency), then name.
    QTest::newRow("after the merge") << QDate(2025, 9, 1)
                                     << Rows{{u"R"_s, 0}, {u"RX"_s, 1}, {u"T"_s, 0}, {u"WN"_s, 1}, {u"H"_s, 1},
                                             {u"AG"_s, 2}, {u"W1"_s, 2}, {u"W2"_s, 2}};
    QTest::newRow("before the merge") << QDate(2025, 6, 30)
                                      << Rows{{u"R"_s, 0}, {u"RX"_s, 1}, {u"T"_s, 0}, {u"H"_s, 1}, {u"W1"_s, 2},
                                              {u"W2"_s, 2}, {u"AG"_s, 2}, {u"WN"_s, 1}};
}

void TestUnitTreeModel::depthFirstOrder()
{
    QFETCH(QDate, today);
    QFETCH(Rows, rows);

    m_model->reload(today);
    Rows actual;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex idx = m_model->index(row);
        actual.append({idx.data(UnitTreeModel::CodeRole).toString(), idx.data(UnitTreeModel::DepthRole).toInt()});
    }
    QCOMPARE(actual, rows);
    QCOMPARE(m_model->count(), int(rows.size()));
}

void TestUnitTreeModel::roles()
{
    m_model->reload(QDate(2025, 9, 1));
    const QModelIndex w1 = m_model->index(rowOf(u"W1"_s));
    const QModelIndex w2 = m_model->index(rowOf(u"W2"_s));
    const QModelIndex wn = m_model->index(rowOf(u"WN"_s));
    const QModelIndex t = m_model->index(rowOf(u"T"_s));
    const QModelIndex ag = m_model->index(rowOf(u"AG"_s));
    QVERIFY(w1.isValid() && w2.isValid() && wn.isValid() && t.isValid() && ag.isValid());

    QCOMPARE(w1.data(Qt::DisplayRole).toString(), u"Phường Một"_s);
    QCOMPARE(w1.data(UnitTreeModel::NameRole).toString(), u"Phường Một"_s);
    QCOMPARE(w1.data(UnitTreeModel::KindRole).toString(), u"phuong"_s);
    QCOMPARE(w1.data(UnitTreeModel::KindLabelRole).toString(), CodeTables::unitKind().label(u"phuong"_s));
    QCOMPARE(w1.data(UnitTreeModel::SuccessorRole).toString(), u"Phường Mới (WN)"_s);
    QCOMPARE(wn.data(UnitTreeModel::SuccessorRole).toString(), QString());
    QCOMPARE(w1.data(UnitTreeModel::ValidFromRole).toString(), QString());
    QCOMPARE(w1.data(UnitTreeModel::ValidToRole).toString(), u"01/07/2025"_s);
    QCOMPARE(wn.data(UnitTreeModel::ValidFromRole).toString(), u"01/07/2025"_s);
    QCOMPARE(w1.data(UnitTreeModel::ValidTodayRole).toBool(), false);
    QCOMPARE(wn.data(UnitTreeModel::ValidTodayRole).toBool(), true);
    QCOMPARE(ag.data(UnitTreeModel::ValidTodayRole).toBool(), true);
    QCOMPARE(w2.data(UnitTreeModel::DifficultAreaRole).toBool(), true);
    QCOMPARE(w1.data(UnitTreeModel::DifficultAreaRole).toBool(), false);
    QCOMPARE(t.data(UnitTreeModel::HasChildrenRole).toBool(), true);
    QCOMPARE(ag.data(UnitTreeModel::HasChildrenRole).toBool(), false);
    QVERIFY(!w1.data(Qt::UserRole + 999).isValid());

    m_model->reload(QDate(2025, 6, 30));
    QCOMPARE(m_model->index(rowOf(u"W1"_s)).data(UnitTreeModel::ValidTodayRole).toBool(), true);
    QCOMPARE(m_model->index(rowOf(u"WN"_s)).data(UnitTreeModel::ValidTodayRole).toBool(), false);

    const QHash<int, QByteArray> names = m_model->roleNames();
    QCOMPARE(names.value(UnitTreeModel::DepthRole), "depth"_ba);
    QCOMPARE(names.value(UnitTreeModel::SuccessorRole), "successor"_ba);
    QCOMPARE(names.value(UnitTreeModel::ValidTodayRole), "validToday"_ba);
    QCOMPARE(names.value(UnitTreeModel::StaffCountRole), "staffCount"_ba);
}

void TestUnitTreeModel::staffCount_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("count");

    // People are counted in the unit recorded on them (no successor followed), if serving that day.
    QTest::newRow("agency") << QDate(2025, 9, 1) << u"AG"_s << 3;
    QTest::newRow("old ward after the merge") << QDate(2025, 9, 1) << u"W1"_s << 2;
    QTest::newRow("old commune after the merge") << QDate(2025, 9, 1) << u"W2"_s << 1;
    QTest::newRow("new ward after the merge") << QDate(2025, 9, 1) << u"WN"_s << 1;
    QTest::newRow("new ward before its newcomer") << QDate(2025, 7, 15) << u"WN"_s << 0;
    QTest::newRow("old ward in 2019") << QDate(2019, 6, 1) << u"W1"_s << 3;
    QTest::newRow("province") << QDate(2025, 9, 1) << u"T"_s << 0;
}

void TestUnitTreeModel::staffCount()
{
    QFETCH(QDate, today);
    QFETCH(QString, code);
    QFETCH(int, count);

    m_model->reload(today);
    QCOMPARE(m_model->index(rowOf(code)).data(UnitTreeModel::StaffCountRole).toInt(), count);
}

void TestUnitTreeModel::reloadSignals()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy countChanged(m_model.get(), &UnitTreeModel::countChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->reload(QDate(2025, 9, 1));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(countChanged.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->count(), 8);

    QVERIFY(RegistryService(m_db->db(), *m_clock)
                .saveUnit(Samples::unit(u"AG2"_s, u"Phòng Tư pháp"_s, u"co_quan"_s, u"H"_s))
                .ok());
    m_model->reload();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->count(), 9);
    QCOMPARE(m_model->index(rowOf(u"AG2"_s)).data(UnitTreeModel::DepthRole).toInt(), 2);
    // reload() without a date keeps the date it had.
    QCOMPARE(m_model->index(rowOf(u"W1"_s)).data(UnitTreeModel::ValidTodayRole).toBool(), false);
}

QTEST_GUILESS_MAIN(TestUnitTreeModel)
#include "tst_unittreemodel.moc"
