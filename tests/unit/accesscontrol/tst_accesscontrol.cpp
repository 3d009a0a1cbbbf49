// SPDX-License-Identifier: GPL-3.0-or-later
// Role enforcement in the services (issue 8 item 4, item 8 "role enforcement per service"): every write
// of every service asks AccessControl, as the database session's user, and a forbidden one is refused
// with a clear message and nothing written; a unit manager reads and changes their units only.
#include "registrysamples.h"
#include "services/accesscontrol.h"
#include "services/auditservice.h"
#include "services/clock.h"
#include "services/cultureservice.h"
#include "services/disciplineservice.h"
#include "services/evaluationservice.h"
#include "services/importservice.h"
#include "services/reviewservice.h"
#include "services/scoringservice.h"
#include "services/standardsservice.h"
#include "services/trainingservice.h"
#include "services/userservice.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"mật khẩu 2026!"_s;
/** The users of the fixture, in Roles::all() order (the columns of the permission table). */
const QStringList kUsers{u"admin"_s, u"hr"_s, u"manager"_s, u"council"_s, u"viewer"_s};

/** The services of one office, as the session's user sees them. */
struct Office
{
    Database &db;
    const Clock &clock;
};

/** What a call did, as far as the permission check is concerned. */
struct Outcome
{
    bool denied = false;
    QString message;
};

Outcome of(const SaveResult &r)
{
    return {r.denied, r.text()};
}

using Call = std::function<Outcome(Office &)>;

} // namespace

Q_DECLARE_METATYPE(Call)

class TestAccessControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void servicesRefuseWhatTheRoleMayNot_data();
    void servicesRefuseWhatTheRoleMayNot();
    void rolesOffAllowEverythingWithoutALogIn();
    void rolesOnRefuseNobodyLoggedIn();
    void aDeactivatedUserIsRefusedAtOnce();
    void aUnitManagerReadsTheirUnitsOnly();
    void reportsOfAUnitManagerNameTheirUnit();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
};

void TestAccessControl::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccessControl::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    // P1 works in the agency AG, under the town H that the manager runs; P2 in the new ward WN, outside it.
    QVERIFY(Samples::insertStaff(m_db->db(), {Samples::person(u"P1"_s, u"Nguyễn Văn Một"_s, u"AG"_s),
                                              Samples::person(u"P2"_s, u"Trần Thị Hai"_s, u"WN"_s)}));
    UserService users(m_db->db(), *m_clock);
    users.setActor(u"setup"_s);
    users.setPasswordIterations(1000); // for speed; the default is tested in tst_passwordhash
    const QStringList roles{u"administrator"_s, u"hr_officer"_s, u"unit_manager"_s, u"council_member"_s,
                            u"viewer"_s};
    for (qsizetype i = 0; i < kUsers.size(); ++i) {
        const SaveResult r = users.addUser({kUsers[i], u"Người dùng "_s + kUsers[i], roles[i],
                                            roles[i] == "unit_manager"_L1 ? u"H"_s : QString(), kPassword});
        QVERIFY2(r.ok(), qPrintable(r.text()));
        // On a PostgreSQL server roles are on as soon as there is an administrator: the rest is added by them.
        if (i == 0)
            m_db->db().setSessionUser(kUsers[i]);
    }
    const SaveResult on = users.setRolesEnabled(true);
    QVERIFY2(on.ok(), qPrintable(on.text()));
    m_db->db().setSessionUser({});
}

void TestAccessControl::cleanup()
{
    m_db.reset();
}

void TestAccessControl::servicesRefuseWhatTheRoleMayNot_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");

    StaffMember moved = Samples::person(u"P1"_s, u"Nguyễn Văn Một"_s, u"WN"_s);
    Evaluation p1;
    p1.staffCode = u"P1"_s;
    p1.year = 2025;
    p1.selfLevel = u"hoan_thanh_tot"_s;
    Evaluation p2 = p1;
    p2.staffCode = u"P2"_s;
    DisciplineDecision discipline;
    discipline.staffCode = u"P1"_s;
    discipline.form = u"khien_trach"_s;
    discipline.decisionNo = u"12/QĐ-UBND"_s;
    discipline.decisionDate = QDate(2026, 2, 1);
    CultureViolation violation;
    violation.staffCode = u"P1"_s;
    violation.date = QDate(2026, 2, 1);
    TrainingEnrolment enrolment;
    enrolment.staffCode = u"P1"_s;
    enrolment.courseCode = u"llct_trung_cap"_s;
    ReviewDecision award;
    award.year = 2025;
    award.unitCode = u"AG"_s;
    award.staffCode = u"P1"_s;
    award.award = u"giay_khen"_s;

    // The expected answer per user, in kUsers order: Y allowed, N refused (docs/users-and-roles.md's table).
    const struct
    {
        const char *name;
        const char *expected;
        Call call;
    } rows[] = {
        {"staff.write, a person of the manager's units", "YYYNN",
         [](Office &o) { return of(RegistryService(o.db, o.clock).updateStaff(Samples::person(u"P1"_s, u"Nguyễn Văn Mốt"_s, u"AG"_s))); }},
        {"staff.write, a person outside the manager's units", "YYNNN",
         [](Office &o) { return of(RegistryService(o.db, o.clock).updateStaff(Samples::person(u"P2"_s, u"Trần Thị Hài"_s, u"WN"_s))); }},
        {"staff.write, moving a person out of the manager's units", "YYNNN",
         [moved](Office &o) { return of(RegistryService(o.db, o.clock).updateStaff(moved)); }},
        {"staff.write, adding a person outside the manager's units", "YYNNN",
         [](Office &o) { return of(RegistryService(o.db, o.clock).addStaff(Samples::person(u"P3"_s, u"Lê Văn Ba"_s, u"WN"_s))); }},
        {"staff.write, removing a person", "YYNNN",
         [](Office &o) { return of(RegistryService(o.db, o.clock).removeStaff(u"P2"_s)); }},
        {"unit.write, a unit", "YYNNN",
         [](Office &o) {
             OrgUnit unit = *RegistryService(o.db, o.clock).units().find(u"AG"_s);
             unit.name = u"Phòng Nội vụ thị xã"_s;
             return of(RegistryService(o.db, o.clock).saveUnit(unit));
         }},
        {"evaluation.write, a person of the manager's units", "YYYNN",
         [p1](Office &o) { return of(EvaluationService(o.db, o.clock).save(p1)); }},
        {"evaluation.write, a person outside the manager's units", "YYNNN",
         [p2](Office &o) { return of(EvaluationService(o.db, o.clock).save(p2)); }},
        {"evaluation.decide, a person of the manager's units", "YYYNN",
         [](Office &o) {
             return of(EvaluationService(o.db, o.clock).decide(u"P1"_s, 2025, u"hoan_thanh_tot"_s, u"5/QĐ"_s, QDate(2026, 1, 5)));
         }},
        {"standards.write, the excellent-rate cap", "YYNNN",
         [](Office &o) { return of(EvaluationService(o.db, o.clock).setExcellentRate(2026, 0.2)); }},
        {"standards.write, the difficult-area rule", "YYNNN",
         [](Office &o) { return of(StandardsService(o.db, o.clock).setDifficultAreaRule(true)); }},
        {"standards.write, the ND 335 period weighting", "YYNNN",
         [](Office &o) { return of(ScoringService(o.db, o.clock).setWeighting(PeriodWeighting::ByMonths)); }},
        {"discipline.write, a decision", "YYNNN",
         [discipline](Office &o) { return of(DisciplineService(o.db, o.clock).save(discipline)); }},
        {"culture.write, a violation of the manager's units", "YYYNN",
         [violation](Office &o) { return of(CultureService(o.db, o.clock).saveViolation(violation)); }},
        {"training.write, an enrolment of the manager's units", "YYYNN",
         [enrolment](Office &o) { return of(TrainingService(o.db, o.clock).enrol(enrolment)); }},
        {"training.write, the office's course catalogue", "YYNNN",
         [](Office &o) {
             TrainingCourse course;
             course.code = u"tin_hoc_co_ban"_s;
             return of(TrainingService(o.db, o.clock).saveCourse(course));
         }},
        {"review.decide, a council decision", "YYNYN",
         [award](Office &o) { return of(ReviewService(o.db, o.clock).recordDecision(award)); }},
        {"year.close, closing 2025", "YNNYN",
         [](Office &o) { return of(ReviewService(o.db, o.clock).closeYear(2025)); }},
        {"import, a staff file", "YYNNN",
         [](Office &o) {
             const ImportReport r = ImportService(o.db, o.clock).importStaff({}, {}, ImportOptions{});
             return Outcome{!r.deniedReason.isEmpty(), r.deniedReason};
         }},
        {"audit.read, the audit trail", "YYNNN",
         [](Office &o) {
             const AuditPage page = AuditService(o.db).find(AuditFilter{});
             return Outcome{!page.error.isEmpty(), page.error};
         }},
        {"user.manage, a new user", "YNNNN",
         [](Office &o) {
             UserService users(o.db, o.clock);
             users.setPasswordIterations(1000);
             return of(users.addUser({u"new.user"_s, u"Người mới"_s, u"viewer"_s, {}, kPassword}));
         }},
        {"settings.write, turning roles off", "YNNNN",
         [](Office &o) { return of(UserService(o.db, o.clock).setRolesEnabled(false)); }},
    };
    for (const auto &row : rows) {
        for (qsizetype i = 0; i < kUsers.size(); ++i) {
            const QByteArray name = "issue 8 item 4: "_ba + row.name + " as " + kUsers[i].toLatin1();
            QTest::newRow(name.constData()) << row.call << kUsers[i] << (row.expected[i] == 'Y');
        }
    }
}

void TestAccessControl::servicesRefuseWhatTheRoleMayNot()
{
    QFETCH(Call, call);
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    if (PgTest::active() && QString::fromLatin1(QTest::currentDataTag()).contains(u"turning roles off"_s))
        QSKIP("single-PC behaviour: roles cannot be turned off on a shared server");
    m_db->db().setSessionUser(user);
    const qint64 auditBefore = Samples::auditCount(m_db->db());
    Office office{m_db->db(), *m_clock};
    const Outcome outcome = call(office);
    if (allowed) {
        QVERIFY2(!outcome.denied, qPrintable(outcome.message));
    } else {
        QVERIFY2(outcome.denied, qPrintable(outcome.message));
        // A clear message: who may not do what, or only where (Permissions::refusal); nothing written.
        QVERIFY2(outcome.message.startsWith(u"a"_s) && outcome.message.contains(u" may "_s), qPrintable(outcome.message));
        QCOMPARE(Samples::auditCount(m_db->db()), auditBefore);
    }
}

void TestAccessControl::rolesOffAllowEverythingWithoutALogIn()
{
    if (PgTest::active())
        QSKIP("single-PC behaviour: roles are always on on a shared server with an administrator");
    m_db->db().setSessionUser(u"admin"_s);
    QVERIFY(UserService(m_db->db(), *m_clock).setRolesEnabled(false).ok());
    m_db->db().setSessionUser({});
    const SaveResult r = RegistryService(m_db->db(), *m_clock).removeStaff(u"P2"_s);
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QCOMPARE(RegistryService(m_db->db(), *m_clock).allStaff().size(), size_t(1));
}

void TestAccessControl::rolesOnRefuseNobodyLoggedIn()
{
    m_db->db().setSessionUser({});
    const SaveResult r = RegistryService(m_db->db(), *m_clock).removeStaff(u"P2"_s);
    QVERIFY(r.denied);
    QVERIFY2(r.error.contains(u"log in"_s), qPrintable(r.error));
    QVERIFY(RegistryService(m_db->db(), *m_clock).allStaff().empty()); // nobody reads either
    m_db->db().setSessionUser(u"nobody"_s);
    QVERIFY(RegistryService(m_db->db(), *m_clock).removeStaff(u"P2"_s).denied);
}

void TestAccessControl::aDeactivatedUserIsRefusedAtOnce()
{
    m_db->db().setSessionUser(u"hr"_s);
    QVERIFY(AccessControl(m_db->db()).require(Actions::StaffWrite).ok());
    m_db->db().setSessionUser(u"admin"_s);
    QVERIFY(UserService(m_db->db(), *m_clock).deactivate(u"hr"_s).ok());
    m_db->db().setSessionUser(u"hr"_s); // a session opened before the deactivation
    const SaveResult r = RegistryService(m_db->db(), *m_clock).removeStaff(u"P2"_s);
    QVERIFY(r.denied);
    QVERIFY2(r.error.contains(u"deactivated"_s), qPrintable(r.error));
}

void TestAccessControl::aUnitManagerReadsTheirUnitsOnly()
{
    RegistryService registry(m_db->db(), *m_clock);
    m_db->db().setSessionUser(u"manager"_s);
    const std::vector<StaffMember> seen = registry.allStaff();
    QCOMPARE(seen.size(), size_t(1));
    QCOMPARE(seen.front().code, u"P1"_s);
    QVERIFY(registry.findStaff(u"P1"_s));
    QVERIFY(!registry.findStaff(u"P2"_s));
    QCOMPARE(registry.staffCount({}), 1);
    StaffQuery outside;
    outside.unitCodes = QStringList{u"WN"_s};
    QCOMPARE(registry.staffCount(outside), 0);
    QCOMPARE(registry.staffPage(outside, std::nullopt, 50).size(), size_t(0));
    const std::optional<QStringList> units = AccessControl(m_db->db()).readableUnits();
    QVERIFY(units);
    QCOMPARE(*units, (QStringList{u"AG"_s, u"H"_s, u"W1"_s, u"W2"_s}));

    m_db->db().setSessionUser(u"viewer"_s);
    QCOMPARE(registry.allStaff().size(), size_t(2));
    QVERIFY(!AccessControl(m_db->db()).readableUnits());
}

void TestAccessControl::reportsOfAUnitManagerNameTheirUnit()
{
    m_db->db().setSessionUser(u"manager"_s);
    const AccessControl access(m_db->db());
    QVERIFY(access.requireRead(u"H"_s).ok());
    QVERIFY(access.requireRead(u"W2"_s).ok());
    const SaveResult outside = access.requireRead(u"WN"_s);
    QVERIFY(outside.denied);
    QVERIFY2(outside.error.contains(u"only in their own unit"_s), qPrintable(outside.error));
    const SaveResult office = access.requireRead({});
    QVERIFY(office.denied);
    QVERIFY2(office.error.contains(u"only in their own unit"_s), qPrintable(office.error));
    m_db->db().setSessionUser(u"council"_s);
    QVERIFY(AccessControl(m_db->db()).requireRead({}).ok());
}

QTEST_GUILESS_MAIN(TestAccessControl)
#include "tst_accesscontrol.moc"
