// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrysamples.h"
#include "services/clock.h"
#include "services/registryservice.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

using Counts = std::map<std::pair<QString, QString>, int>;
Q_DECLARE_METATYPE(Counts)
Q_DECLARE_METATYPE(StaffMember)
Q_DECLARE_METATYPE(OrgUnit)

/**
 * RegistryService: every write is validated, runs in one transaction and leaves exactly one
 * audit row; refused or empty writes leave nothing; head counts follow successors.
 */
class TestRegistryService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addStaffWritesOneAuditRow();
    void updateStaffWritesOneAuditRow();
    void removeStaffWritesOneAuditRow();
    void refusedSaveWritesNothing_data();
    void refusedSaveWritesNothing();
    void updateOfUnknownPersonIsRefused();
    void removeOfUnknownPersonIsRefused();
    void unchangedSaveWritesNoAuditRow();

    void saveUnitInsertsAndUpdatesWithAudit();
    void saveUnitRefusesInvalid_data();
    void saveUnitRefusesInvalid();
    void removeUnitDeletesAnEmptyLeaf();
    void removeUnitRefuses_data();
    void removeUnitRefuses();

    void headcountsFollowSuccessors_data();
    void headcountsFollowSuccessors();
    void headcountsByRecordedUnitDoNotFollow();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RegistryService> m_registry;
};

void TestRegistryService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRegistryService::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 9, 1), QTime(10, 30), Qt::UTC));
    m_registry = std::make_unique<RegistryService>(m_db->db(), *m_clock);
    m_registry->setActor(u"tester"_s);
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
}

void TestRegistryService::cleanup()
{
    m_registry.reset();
    m_clock.reset();
    m_db.reset();
}

void TestRegistryService::addStaffWritesOneAuditRow()
{
    StaffMember m = Samples::person(u"P1"_s, u"Nguyễn Văn An"_s, u"W1"_s, u"cb_xa"_s, u"chu_tich_ubnd"_s);
    m.isLeader = true;
    m.foreignLanguage.clear(); // unknown → null in the snapshot
    m.ethnicMinority.reset();

    const SaveResult r = m_registry->addStaff(m);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(m_registry->findStaff(u"P1"_s), std::optional<StaffMember>(m));

    QCOMPARE(Samples::auditCount(m_db->db()), 1);
    const auto rows = Samples::auditRows(m_db->db(), u"staff"_s);
    QCOMPARE(rows.size(), 1u);
    const AuditEntry &e = rows.front();
    QCOMPARE(e.actor, u"tester"_s);
    QCOMPARE(e.action, u"insert"_s);
    QCOMPARE(e.entity, u"staff"_s);
    QCOMPARE(e.entityKey, u"P1"_s);
    QCOMPARE(e.at, m_clock->now());
    QVERIFY(Samples::auditColumnIsNull(m_db->db(), e.id, true));
    QVERIFY(!Samples::auditColumnIsNull(m_db->db(), e.id, false));

    const QJsonObject after = Samples::jsonObject(e.afterJson);
    QCOMPARE(after.value(u"code"_s).toString(), u"P1"_s);
    QCOMPARE(after.value(u"full_name"_s).toString(), u"Nguyễn Văn An"_s);
    QCOMPARE(after.value(u"birth_date"_s).toString(), u"1980-05-02"_s);
    QCOMPARE(after.value(u"unit_code"_s).toString(), u"W1"_s);
    QCOMPARE(after.value(u"category"_s).toString(), u"cb_xa"_s);
    QCOMPARE(after.value(u"position"_s).toString(), u"chu_tich_ubnd"_s);
    QCOMPARE(after.value(u"is_leader"_s), QJsonValue(true));
    QVERIFY(after.value(u"foreign_language"_s).isNull());
    QVERIFY(after.value(u"ethnic_minority"_s).isNull());
    QVERIFY(after.value(u"end_date"_s).isNull());
}

void TestRegistryService::updateStaffWritesOneAuditRow()
{
    StaffMember m = Samples::person(u"P1"_s, u"Nguyễn Văn An"_s, u"AG"_s);
    QVERIFY(m_registry->addStaff(m).ok());
    m_clock->set(QDateTime(QDate(2025, 9, 2), QTime(8, 0), Qt::UTC));

    StaffMember changed = m;
    changed.fullName = u"Nguyễn Văn Bình"_s;
    changed.professionalLevel = u"thac_si"_s;
    const SaveResult r = m_registry->updateStaff(changed);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(m_registry->findStaff(u"P1"_s)->fullName, u"Nguyễn Văn Bình"_s);

    const auto rows = Samples::auditRows(m_db->db(), u"staff"_s, u"P1"_s);
    QCOMPARE(rows.size(), 2u);
    const AuditEntry &e = rows.back();
    QCOMPARE(e.action, u"update"_s);
    QCOMPARE(e.actor, u"tester"_s);
    QCOMPARE(e.at, m_clock->now());
    const QJsonObject before = Samples::jsonObject(e.beforeJson);
    const QJsonObject after = Samples::jsonObject(e.afterJson);
    QCOMPARE(before.value(u"full_name"_s).toString(), u"Nguyễn Văn An"_s);
    QCOMPARE(after.value(u"full_name"_s).toString(), u"Nguyễn Văn Bình"_s);
    QCOMPARE(before.value(u"professional_level"_s).toString(), u"dai_hoc"_s);
    QCOMPARE(after.value(u"professional_level"_s).toString(), u"thac_si"_s);
    QCOMPARE(before.value(u"unit_code"_s), after.value(u"unit_code"_s));
    QCOMPARE(Samples::auditCount(m_db->db()), 2);
}

void TestRegistryService::removeStaffWritesOneAuditRow()
{
    const StaffMember m = Samples::person(u"P1"_s, u"Trần Thị Cúc"_s, u"AG"_s);
    QVERIFY(m_registry->addStaff(m).ok());

    const SaveResult r = m_registry->removeStaff(u"P1"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!m_registry->findStaff(u"P1"_s));
    QCOMPARE(Samples::staffRows(m_db->db()), 0);

    const auto rows = Samples::auditRows(m_db->db(), u"staff"_s, u"P1"_s);
    QCOMPARE(rows.size(), 2u);
    const AuditEntry &e = rows.back();
    QCOMPARE(e.action, u"delete"_s);
    QCOMPARE(e.actor, u"tester"_s);
    QCOMPARE(e.entity, u"staff"_s);
    QCOMPARE(e.entityKey, u"P1"_s);
    QVERIFY(Samples::auditColumnIsNull(m_db->db(), e.id, false));
    QCOMPARE(Samples::jsonObject(e.beforeJson).value(u"full_name"_s).toString(), u"Trần Thị Cúc"_s);
}

void TestRegistryService::refusedSaveWritesNothing_data()
{
    QTest::addColumn<bool>("isNew");
    QTest::addColumn<StaffMember>("member");
    QTest::addColumn<QString>("field");

    const StaffMember base = Samples::person(u"P1"_s, u"Lê Văn Dũng"_s, u"AG"_s);
    auto with = [&](auto change) {
        StaffMember m = base;
        change(m);
        return m;
    };
    const auto newCode = [](StaffMember &m) { m.code = u"P2"_s; };

    QTest::newRow("add: empty name") << true << with([&](StaffMember &m) { newCode(m); m.fullName = u" "_s; })
                                     << u"full_name"_s;
    QTest::newRow("add: bad category") << true << with([&](StaffMember &m) { newCode(m); m.category = u"xx"_s; })
                                       << u"category"_s;
    QTest::newRow("add: commune cadre with a free-text title")
        << true << with([&](StaffMember &m) { newCode(m); m.category = u"cb_xa"_s; m.position = u"Chuyên viên"_s; })
        << u"position"_s;
    QTest::newRow("add: unknown unit") << true << with([&](StaffMember &m) { newCode(m); m.unitCode = u"NOPE"_s; })
                                       << u"unit_code"_s;
    QTest::newRow("add: no birth date") << true << with([&](StaffMember &m) { newCode(m); m.birthDate = {}; })
                                        << u"birth_date"_s;
    QTest::newRow("add: duplicate code") << true << with([](StaffMember &m) { m.fullName = u"Người khác"_s; })
                                         << u"code"_s;
    QTest::newRow("update: bad gender") << false << with([](StaffMember &m) { m.gender = u"x"_s; }) << u"gender"_s;
    QTest::newRow("update: unknown unit") << false << with([](StaffMember &m) { m.unitCode = u"NOPE"_s; })
                                          << u"unit_code"_s;
    QTest::newRow("update: end before start")
        << false << with([](StaffMember &m) { m.endDate = m.startDate.addDays(-1); }) << u"end_date"_s;
}

void TestRegistryService::refusedSaveWritesNothing()
{
    QFETCH(bool, isNew);
    QFETCH(StaffMember, member);
    QFETCH(QString, field);

    const StaffMember stored = Samples::person(u"P1"_s, u"Lê Văn Dũng"_s, u"AG"_s);
    QVERIFY(m_registry->addStaff(stored).ok());
    const qint64 audit = Samples::auditCount(m_db->db());

    const SaveResult r = isNew ? m_registry->addStaff(member) : m_registry->updateStaff(member);
    QVERIFY(!r.ok());
    QVERIFY(r.error.isEmpty());
    QVERIFY2(std::any_of(r.fieldErrors.cbegin(), r.fieldErrors.cend(),
                         [&](const FieldError &e) { return e.field == field && !e.message.isEmpty(); }),
             qPrintable(field));
    QCOMPARE(Samples::auditCount(m_db->db()), audit);
    QCOMPARE(Samples::staffRows(m_db->db()), 1);
    QCOMPARE(m_registry->findStaff(u"P1"_s), std::optional<StaffMember>(stored));
}

void TestRegistryService::updateOfUnknownPersonIsRefused()
{
    const SaveResult r = m_registry->updateStaff(Samples::person(u"GHOST"_s, u"Không Có"_s, u"AG"_s));
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(Samples::staffRows(m_db->db()), 0);
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
}

void TestRegistryService::removeOfUnknownPersonIsRefused()
{
    const SaveResult r = m_registry->removeStaff(u"GHOST"_s);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
}

void TestRegistryService::unchangedSaveWritesNoAuditRow()
{
    const StaffMember m = Samples::person(u"P1"_s, u"Phạm Thị Hoa"_s, u"AG"_s);
    QVERIFY(m_registry->addStaff(m).ok());
    QCOMPARE(Samples::auditCount(m_db->db()), 1);

    const SaveResult r = m_registry->updateStaff(m);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(Samples::auditCount(m_db->db()), 1);
}

void TestRegistryService::saveUnitInsertsAndUpdatesWithAudit()
{
    OrgUnit u = Samples::unit(u"AG2"_s, u"Phòng Tư pháp"_s, u"co_quan"_s, u"H"_s);
    SaveResult r = m_registry->saveUnit(u);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(m_registry->units().find(u"AG2"_s));

    auto rows = Samples::auditRows(m_db->db(), u"org_unit"_s, u"AG2"_s);
    QCOMPARE(rows.size(), 1u);
    QCOMPARE(rows.back().action, u"insert"_s);
    QCOMPARE(rows.back().actor, u"tester"_s);
    QVERIFY(Samples::auditColumnIsNull(m_db->db(), rows.back().id, true));
    QCOMPARE(Samples::jsonObject(rows.back().afterJson).value(u"name"_s).toString(), u"Phòng Tư pháp"_s);

    // Unchanged: nothing written.
    r = m_registry->saveUnit(u);
    QVERIFY(r.ok());
    QCOMPARE(Samples::auditRows(m_db->db(), u"org_unit"_s, u"AG2"_s).size(), 1u);

    u.name = u"Phòng Tư pháp thị xã"_s;
    u.difficultArea = true;
    r = m_registry->saveUnit(u);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(m_registry->units().find(u"AG2"_s)->name, u"Phòng Tư pháp thị xã"_s);
    rows = Samples::auditRows(m_db->db(), u"org_unit"_s, u"AG2"_s);
    QCOMPARE(rows.size(), 2u);
    QCOMPARE(rows.back().action, u"update"_s);
    QCOMPARE(Samples::jsonObject(rows.back().beforeJson).value(u"difficult_area"_s), QJsonValue(false));
    QCOMPARE(Samples::jsonObject(rows.back().afterJson).value(u"difficult_area"_s), QJsonValue(true));
    QCOMPARE(Samples::auditCount(m_db->db()), 2);
}

void TestRegistryService::saveUnitRefusesInvalid_data()
{
    QTest::addColumn<OrgUnit>("unit");
    QTest::addColumn<QString>("field");

    QTest::newRow("no name") << Samples::unit(u"X"_s, u""_s, u"xa"_s, u"H"_s) << u"name"_s;
    QTest::newRow("bad kind") << Samples::unit(u"X"_s, u"Xã X"_s, u"lang"_s, u"H"_s) << u"kind"_s;
    QTest::newRow("unknown parent") << Samples::unit(u"X"_s, u"Xã X"_s, u"xa"_s, u"NOPE"_s) << u"parent_code"_s;
    QTest::newRow("own successor") << Samples::unit(u"X"_s, u"Xã X"_s, u"xa"_s, u"H"_s, {}, QDate(2025, 7, 1), u"X"_s)
                                   << u"successor_code"_s;
    QTest::newRow("parent cycle") << Samples::unit(u"T"_s, u"Tỉnh Thử"_s, u"tinh"_s, u"AG"_s) << u"parent_code"_s;
    QTest::newRow("successor cycle")
        << Samples::unit(u"WN"_s, u"Phường Mới"_s, u"phuong"_s, u"T"_s, Samples::mergeDate(), QDate(2026, 1, 1),
                         u"W1"_s)
        << u"successor_code"_s;
    QTest::newRow("valid_to before valid_from")
        << Samples::unit(u"X"_s, u"Xã X"_s, u"xa"_s, u"H"_s, QDate(2020, 1, 1), QDate(2019, 1, 1)) << u"valid_to"_s;
}

void TestRegistryService::saveUnitRefusesInvalid()
{
    QFETCH(OrgUnit, unit);
    QFETCH(QString, field);

    const std::vector<OrgUnit> before = m_registry->units().units();
    const SaveResult r = m_registry->saveUnit(unit);
    QVERIFY(!r.ok());
    QVERIFY2(std::any_of(r.fieldErrors.cbegin(), r.fieldErrors.cend(),
                         [&](const FieldError &e) { return e.field == field; }),
             qPrintable(field));
    QCOMPARE(m_registry->units().units(), before);
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
}

void TestRegistryService::removeUnitDeletesAnEmptyLeaf()
{
    const SaveResult r = m_registry->removeUnit(u"AG"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!m_registry->units().find(u"AG"_s));
    const auto rows = Samples::auditRows(m_db->db(), u"org_unit"_s, u"AG"_s);
    QCOMPARE(rows.size(), 1u);
    QCOMPARE(rows.front().action, u"delete"_s);
    QVERIFY(Samples::auditColumnIsNull(m_db->db(), rows.front().id, false));
    QCOMPARE(Samples::jsonObject(rows.front().beforeJson).value(u"code"_s).toString(), u"AG"_s);
}

void TestRegistryService::removeUnitRefuses_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("has people") << u"AG"_s;
    QTest::newRow("is a parent") << u"H"_s;
    QTest::newRow("is a successor") << u"WN"_s;
    QTest::newRow("does not exist") << u"NOPE"_s;
}

void TestRegistryService::removeUnitRefuses()
{
    QFETCH(QString, code);
    QVERIFY(Samples::insertStaff(m_db->db(), {Samples::person(u"P1"_s, u"Võ Văn Em"_s, u"AG"_s)}));

    const std::vector<OrgUnit> before = m_registry->units().units();
    const SaveResult r = m_registry->removeUnit(code);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(m_registry->units().units(), before);
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
}

void TestRegistryService::headcountsFollowSuccessors_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Counts>("expected");

    // See the fixture in headcountsFollowSuccessors().
    QTest::newRow("before the merge")
        << QDate(2025, 6, 30)
        << Counts{{{u"AG"_s, u"cc"_s}, 1}, {{u"W1"_s, u"cb_xa"_s}, 1}, {{u"W1"_s, u"khong_chuyen_trach"_s}, 1},
                  {{u"W2"_s, u"cc_xa"_s}, 1}};
    QTest::newRow("on the merge day")
        << QDate(2025, 7, 1)
        << Counts{{{u"AG"_s, u"cc"_s}, 1}, {{u"WN"_s, u"cb_xa"_s}, 1}, {{u"WN"_s, u"khong_chuyen_trach"_s}, 1},
                  {{u"WN"_s, u"cc_xa"_s}, 1}};
    QTest::newRow("after the merge")
        << QDate(2025, 9, 1)
        << Counts{{{u"AG"_s, u"cc"_s}, 1}, {{u"WN"_s, u"cb_xa"_s}, 1}, {{u"WN"_s, u"khong_chuyen_trach"_s}, 1},
                  {{u"WN"_s, u"cc_xa"_s}, 2}};
    QTest::newRow("years before")
        << QDate(2015, 1, 1)
        << Counts{{{u"AG"_s, u"cc"_s}, 1}, {{u"W1"_s, u"cb_xa"_s}, 1}, {{u"W1"_s, u"khong_chuyen_trach"_s}, 1},
                  {{u"W1"_s, u"cc_xa"_s}, 1}, {{u"W2"_s, u"cc_xa"_s}, 1}};
}

void TestRegistryService::headcountsFollowSuccessors()
{
    QFETCH(QDate, date);
    QFETCH(Counts, expected);

    std::vector<StaffMember> staff;
    staff.push_back(Samples::person(u"A1"_s, u"Ngô Văn A"_s, u"AG"_s));
    staff.push_back(Samples::person(u"W1-1"_s, u"Hồ Thị B"_s, u"W1"_s, u"cb_xa"_s, u"chu_tich_ubnd"_s));
    staff.push_back(Samples::person(u"W1-2"_s, u"Đỗ Văn C"_s, u"W1"_s, u"khong_chuyen_trach"_s, u"Công an viên"_s));
    StaffMember left = Samples::person(u"W1-3"_s, u"Lý Văn D"_s, u"W1"_s, u"cc_xa"_s, u"dia_chinh"_s);
    left.endDate = QDate(2020, 1, 1); // not in service after 2020
    staff.push_back(left);
    staff.push_back(Samples::person(u"W2-1"_s, u"Mai Thị E"_s, u"W2"_s, u"cc_xa"_s, u"tu_phap_ho_tich"_s));
    StaffMember newcomer = Samples::person(u"WN-1"_s, u"Vũ Văn G"_s, u"WN"_s, u"cc_xa"_s, u"van_phong_thong_ke"_s);
    newcomer.startDate = QDate(2025, 8, 1);
    staff.push_back(newcomer);
    StaffMember future = Samples::person(u"A2"_s, u"Tạ Văn H"_s, u"AG"_s);
    future.startDate = QDate(2030, 1, 1);
    staff.push_back(future);
    QVERIFY(Samples::insertStaff(m_db->db(), staff));

    Counts actual;
    for (const Headcount &h : m_registry->headcounts(date)) {
        QVERIFY(h.count > 0);
        QVERIFY2(!actual.contains({h.unitCode, h.category}), "each unit and category once");
        actual[{h.unitCode, h.category}] = h.count;
    }
    QCOMPARE(actual, expected);
}

void TestRegistryService::headcountsByRecordedUnitDoNotFollow()
{
    QVERIFY(Samples::insertStaff(m_db->db(), {Samples::person(u"W1-1"_s, u"Hồ Thị B"_s, u"W1"_s)}));
    const auto counts = m_registry->headcountsByRecordedUnit(QDate(2025, 9, 1));
    QCOMPARE(counts.size(), 1u);
    QCOMPARE(counts.front().unitCode, u"W1"_s);
    QCOMPARE(counts.front().count, 1);
}

QTEST_GUILESS_MAIN(TestRegistryService)
#include "tst_registryservice.moc"
