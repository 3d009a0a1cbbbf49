// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrysamples.h"
#include "services/clock.h"
#include "services/demogenerator.h"
#include "services/demoservice.h"
#include "storage/trainingrepository.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/** Audit rows of everything but the demo's training (DemoTraining audits its plans, enrolments and completions). */
qint64 auditsBesideTraining(Database &db)
{
    return Samples::auditCount(db) - qint64(Samples::auditRows(db, u"training_plan"_s).size())
        - qint64(Samples::auditRows(db, u"training_enrolment"_s).size())
        - qint64(Samples::auditRows(db, u"staff"_s).size());
}

} // namespace

/** DemoService: the generator's office goes into an empty database only, with one audit row. */
class TestDemoService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fillWritesTheGeneratedOffice_data();
    void fillWritesTheGeneratedOffice();
    void secondFillIsRefused();
    void fillRefusesADatabaseWithUnits();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
};

void TestDemoService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDemoService::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 10, 1), QTime(7, 0), Qt::UTC));
}

void TestDemoService::cleanup()
{
    m_clock.reset();
    m_db.reset();
}

void TestDemoService::fillWritesTheGeneratedOffice_data()
{
    QTest::addColumn<int>("staffCount");
    QTest::addColumn<quint32>("seed");

    QTest::newRow("small town") << 150 << 7u;
    QTest::newRow("with a province") << 1200 << 1u;
}

void TestDemoService::fillWritesTheGeneratedOffice()
{
    QFETCH(int, staffCount);
    QFETCH(quint32, seed);

    DemoService service(m_db->db(), *m_clock);
    service.setActor(u"cli:tester"_s);
    QVERIFY(service.isEmpty());

    std::vector<std::pair<int, int>> calls;
    QString error;
    QVERIFY2(service.fill(staffCount, seed, &error, [&](int done, int total) { calls.emplace_back(done, total); }),
             qPrintable(error));
    QVERIFY(!service.isEmpty());

    DemoOffice expected = DemoGenerator::generate(staffCount, seed);
    std::sort(expected.units.begin(), expected.units.end(),
              [](const OrgUnit &a, const OrgUnit &b) { return a.code < b.code; });
    std::sort(expected.staff.begin(), expected.staff.end(),
              [](const StaffMember &a, const StaffMember &b) { return a.code < b.code; });
    QCOMPARE(int(expected.staff.size()), staffCount);

    const std::vector<OrgUnit> units = UnitRepository(m_db->db().connection()).all();
    QCOMPARE(units.size(), expected.units.size());
    QVERIFY(units == expected.units);
    // The demo's completed courses put what they grant on the generated records (DemoTraining).
    TrainingRepository training(m_db->db().connection());
    for (const TrainingEnrolment &e : training.enrolments()) {
        if (e.status != EnrolmentStatus::Completed)
            continue;
        const auto it = std::find_if(expected.staff.begin(), expected.staff.end(),
                                     [&](const StaffMember &m) { return m.code == e.staffCode; });
        QVERIFY(it != expected.staff.end());
        *it = training.findCourse(e.courseCode)->appliedTo(*it);
    }
    const std::vector<StaffMember> staff = StaffRepository(m_db->db().connection()).all();
    QCOMPARE(staff.size(), expected.staff.size());
    for (size_t i = 0; i < staff.size(); ++i)
        QVERIFY2(staff[i] == expected.staff[i], qPrintable(expected.staff[i].code));

    QCOMPARE(auditsBesideTraining(m_db->db()), 1);
    const auto audit = Samples::auditRows(m_db->db(), u"database"_s);
    QCOMPARE(audit.size(), 1u);
    QCOMPARE(audit.front().action, u"demo"_s);
    QCOMPARE(audit.front().actor, u"cli:tester"_s);
    QCOMPARE(audit.front().at, m_clock->now());
    const QJsonObject summary = Samples::jsonObject(audit.front().afterJson);
    QCOMPARE(summary.value(u"units"_s).toInt(), int(expected.units.size()));
    QCOMPARE(summary.value(u"staff"_s).toInt(), staffCount);
    QCOMPARE(summary.value(u"seed"_s).toInteger(), qint64(seed));

    QVERIFY(!calls.empty());
    QCOMPARE(calls.back(), std::make_pair(staffCount, staffCount));
}

void TestDemoService::secondFillIsRefused()
{
    DemoService service(m_db->db(), *m_clock);
    QString error;
    QVERIFY2(service.fill(120, 3, &error), qPrintable(error));
    const auto staff = StaffRepository(m_db->db().connection()).all();
    const auto units = UnitRepository(m_db->db().connection()).all();

    error.clear();
    QVERIFY(!service.fill(120, 4, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(StaffRepository(m_db->db().connection()).all() == staff);
    QVERIFY(UnitRepository(m_db->db().connection()).all() == units);
    QCOMPARE(auditsBesideTraining(m_db->db()), 1);
    QCOMPARE(Samples::auditRows(m_db->db(), u"database"_s).front().actor, u"demo"_s); // the default actor
}

void TestDemoService::fillRefusesADatabaseWithUnits()
{
    QVERIFY(Samples::insertUnits(m_db->db(), {Samples::town().front()}));
    DemoService service(m_db->db(), *m_clock);
    QVERIFY(!service.isEmpty());
    QString error;
    QVERIFY(!service.fill(50, 1, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(UnitRepository(m_db->db().connection()).all().size(), 1u);
    QCOMPARE(Samples::staffRows(m_db->db()), 0);
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
}

QTEST_GUILESS_MAIN(TestDemoService)
#include "tst_demoservice.moc"
