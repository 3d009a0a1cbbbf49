// SPDX-License-Identifier: GPL-3.0-or-later
// UserService (issue 8 item 4): users and roles, log-in, roles on and off, and the permission check.
#include "domain/passwordhash.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/userservice.h"
#include "sqlinspect.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"mật khẩu 2026!"_s;

NewUser newUser(const QString &name, const QString &role, const QString &unit = {}, const QString &password = kPassword)
{
    return {name, u"Nguyễn Văn "_s + name, role, unit, password};
}

} // namespace

Q_DECLARE_METATYPE(NewUser)

class TestUserService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addUserStoresAHashAndAudits();
    void addUserRefuses_data();
    void addUserRefuses();
    void changeRoleAndUnit();
    void setPasswordReplacesTheHash();
    void deactivateKeepsTheRow();
    void authenticate();
    void authenticateDoesNotRevealTheName();
    void rolesNeedAnAdministrator();
    void onlyAnAdministratorManagesUsersOnceRolesAreOn();
    void lastAdministratorIsKept();
    void check_data();
    void check();
    void checkWhileRolesAreOffAllows();
    void checkRefusesADeactivatedUser();

private:
    std::optional<AppUser> user(const QString &name) { return m_service->find(name); }
    void add(const NewUser &u)
    {
        const SaveResult r = m_service->addUser(u);
        QVERIFY2(r.ok(), qPrintable(r.text()));
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<UserService> m_service;
};

void TestUserService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUserService::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
    m_service = std::make_unique<UserService>(m_db->db(), *m_clock);
    m_service->setActor(u"tester"_s);
    m_service->setPasswordIterations(1000); // for speed; the default (210,000) is tested in tst_passwordhash
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
}

void TestUserService::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestUserService::addUserStoresAHashAndAudits()
{
    add(newUser(u"an.nv"_s, u"unit_manager"_s, u"W1"_s));
    const auto u = user(u"an.nv"_s);
    QVERIFY(u);
    QCOMPARE(u->role, Role::UnitManager);
    QCOMPARE(u->unitCode, u"W1"_s);
    QCOMPARE(u->fullName, u"Nguyễn Văn an.nv"_s);
    QVERIFY(u->active);
    QCOMPARE(u->createdAt, m_clock->now());
    QVERIFY(u->passwordHash.startsWith(u"pbkdf2-sha256$1000$"_s));
    QVERIFY(!u->passwordHash.contains(kPassword));
    QVERIFY(PasswordHash::verify(kPassword, u->passwordHash));

    const auto rows = Samples::auditRows(m_db->db(), u"app_user"_s, u"an.nv"_s);
    QCOMPARE(rows.size(), 1u);
    QCOMPARE(rows.front().action, u"insert"_s);
    QCOMPARE(rows.front().actor, u"tester"_s);
    const QJsonObject after = Samples::jsonObject(rows.front().afterJson);
    QCOMPARE(after.value(u"role"_s).toString(), u"unit_manager"_s);
    QCOMPARE(after.value(u"unit_code"_s).toString(), u"W1"_s);
    QVERIFY(!after.contains(u"password_hash"_s));
    QVERIFY(!rows.front().afterJson.contains(u"pbkdf2"_s)); // never the hash in the trail
}

void TestUserService::addUserRefuses_data()
{
    QTest::addColumn<NewUser>("input");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("name with capitals") << newUser(u"An.NV"_s, u"viewer"_s) << u"name"_s
                                        << u"\"An.NV\" is not a user name: 2 to 32 lowercase letters a-z, digits, "
                                           "'.', '_' or '-', starting with a letter"_s;
    QTest::newRow("name with a space") << newUser(u"an nv"_s, u"viewer"_s) << u"name"_s << QString();
    QTest::newRow("name with diacritics") << newUser(u"ân"_s, u"viewer"_s) << u"name"_s << QString();
    QTest::newRow("name starting with a digit") << newUser(u"1an"_s, u"viewer"_s) << u"name"_s << QString();
    QTest::newRow("name of one letter") << newUser(u"a"_s, u"viewer"_s) << u"name"_s << QString();
    QTest::newRow("name like the CLI actor") << newUser(u"cli:root"_s, u"viewer"_s) << u"name"_s << QString();
    QTest::newRow("existing name") << newUser(u"admin"_s, u"viewer"_s) << u"name"_s
                                   << u"the user admin already exists"_s;
    QTest::newRow("unknown role") << newUser(u"an"_s, u"root"_s) << u"role"_s
                                  << u"unknown role \"root\" (expected one of administrator, hr_officer, "
                                     "unit_manager, council_member, viewer)"_s;
    QTest::newRow("issue 8 item 4: unit manager without a unit")
        << newUser(u"an"_s, u"unit_manager"_s) << u"unit_code"_s << u"a unit manager needs the unit they manage"_s;
    QTest::newRow("unit manager of an unknown unit") << newUser(u"an"_s, u"unit_manager"_s, u"ZZ"_s) << u"unit_code"_s
                                                     << u"unknown unit \"ZZ\""_s;
    QTest::newRow("a unit for another role") << newUser(u"an"_s, u"viewer"_s, u"W1"_s) << u"unit_code"_s
                                             << u"only a unit manager is limited to a unit; a viewer sees the whole "
                                                "office"_s;
    QTest::newRow("password of 9 characters") << newUser(u"an"_s, u"viewer"_s, {}, u"123456789"_s) << u"password"_s
                                              << u"the password must have at least 10 characters"_s;
    QTest::newRow("password of 9 Vietnamese letters") << newUser(u"an"_s, u"viewer"_s, {}, u"đườngđườn"_s)
                                                      << u"password"_s << QString();
    QTest::newRow("password that is the name") << newUser(u"nguyenvanan"_s, u"viewer"_s, {}, u"NguyenVanAn"_s)
                                               << u"password"_s << u"the password must not be the user name"_s;
}

void TestUserService::addUserRefuses()
{
    QFETCH(NewUser, input);
    QFETCH(QString, field);
    QFETCH(QString, message);
    add(newUser(u"admin"_s, u"administrator"_s));
    m_db->db().setSessionUser(u"admin"_s); // roles are on on a PostgreSQL server with an administrator
    const qint64 audits = Samples::auditCount(m_db->db());
    const SaveResult r = m_service->addUser(input);
    QVERIFY(!r.ok());
    QVERIFY2(r.fieldErrorMap().contains(field), qPrintable(r.text()));
    if (!message.isEmpty())
        QCOMPARE(r.fieldErrorMap().value(field).toString(), message);
    QCOMPARE(Samples::auditCount(m_db->db()), audits); // nothing written
    QCOMPARE(m_service->users().size(), 1u);
}

void TestUserService::changeRoleAndUnit()
{
    add(newUser(u"binh"_s, u"viewer"_s));
    SaveResult r = m_service->changeRole(u"binh"_s, u"unit_manager"_s, u"H"_s);
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QCOMPARE(user(u"binh"_s)->role, Role::UnitManager);
    QCOMPARE(user(u"binh"_s)->unitCode, u"H"_s);
    r = m_service->changeRole(u"binh"_s, u"hr_officer"_s, QString());
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QCOMPARE(user(u"binh"_s)->unitCode, QString());
    const auto rows = Samples::auditRows(m_db->db(), u"app_user"_s, u"binh"_s);
    QCOMPARE(rows.size(), 3u);
    QCOMPARE(Samples::jsonObject(rows[2].beforeJson).value(u"role"_s).toString(), u"unit_manager"_s);
    QCOMPARE(Samples::jsonObject(rows[2].afterJson).value(u"role"_s).toString(), u"hr_officer"_s);
    // Unchanged: nothing written.
    QVERIFY(m_service->changeRole(u"binh"_s, u"hr_officer"_s, QString()).ok());
    QCOMPARE(Samples::auditRows(m_db->db(), u"app_user"_s, u"binh"_s).size(), 3u);
    // Refused: no unit for a unit manager, unknown user.
    r = m_service->changeRole(u"binh"_s, u"unit_manager"_s, QString());
    QVERIFY(r.fieldErrorMap().contains(u"unit_code"_s));
    QCOMPARE(m_service->changeRole(u"nobody"_s, u"viewer"_s, QString()).error, u"there is no user nobody"_s);
    QCOMPARE(user(u"binh"_s)->role, Role::HrOfficer);
}

void TestUserService::setPasswordReplacesTheHash()
{
    add(newUser(u"chi"_s, u"viewer"_s));
    const QString before = user(u"chi"_s)->passwordHash;
    QVERIFY(!m_service->setPassword(u"chi"_s, u"short"_s).ok());
    QCOMPARE(user(u"chi"_s)->passwordHash, before);
    QVERIFY(m_service->setPassword(u"chi"_s, u"a new long password"_s).ok());
    QVERIFY(m_service->authenticate(u"chi"_s, u"a new long password"_s).ok());
    QVERIFY(!m_service->authenticate(u"chi"_s, kPassword).ok());
    const auto rows = Samples::auditRows(m_db->db(), u"app_user"_s, u"chi"_s);
    QCOMPARE(rows.back().action, u"password"_s);
    QVERIFY(!rows.back().beforeJson.contains(u"pbkdf2"_s));
    QVERIFY(!rows.back().afterJson.contains(u"pbkdf2"_s));
}

void TestUserService::deactivateKeepsTheRow()
{
    add(newUser(u"dung"_s, u"hr_officer"_s));
    QVERIFY(m_service->deactivate(u"dung"_s).ok());
    QVERIFY(user(u"dung"_s));
    QVERIFY(!user(u"dung"_s)->active);
    QCOMPARE(TestSupport::scalar(m_db->connection(), u"SELECT COUNT(*) FROM app_user"_s).toInt(), 1);
    QCOMPARE(Samples::auditRows(m_db->db(), u"app_user"_s, u"dung"_s).back().action, u"deactivate"_s);
    QVERIFY(!m_service->authenticate(u"dung"_s, kPassword).ok());
    // Again: nothing more written.
    QVERIFY(m_service->deactivate(u"dung"_s).ok());
    QCOMPARE(Samples::auditRows(m_db->db(), u"app_user"_s, u"dung"_s).size(), 2u);
}

void TestUserService::authenticate()
{
    add(newUser(u"giang"_s, u"council_member"_s));
    const AuthResult ok = m_service->authenticate(u"giang"_s, kPassword);
    QVERIFY(ok.ok());
    QCOMPARE(ok.user->name, u"giang"_s);
    QCOMPARE(ok.user->role, Role::CouncilMember);
    QVERIFY(!m_service->authenticate(u"giang"_s, u"mat khau 2026!"_s).ok());
    QVERIFY(!m_service->authenticate(u"giang"_s, QString()).ok());
}

void TestUserService::authenticateDoesNotRevealTheName()
{
    add(newUser(u"ha"_s, u"viewer"_s));
    const AuthResult wrongPassword = m_service->authenticate(u"ha"_s, u"wrong password"_s);
    const AuthResult unknownName = m_service->authenticate(u"hoa"_s, u"wrong password"_s);
    QVERIFY(!wrongPassword.ok());
    QVERIFY(!unknownName.ok());
    QCOMPARE(wrongPassword.error, u"wrong user name or password"_s);
    QCOMPARE(unknownName.error, wrongPassword.error);
}

void TestUserService::rolesNeedAnAdministrator()
{
    if (PgTest::active())
        QSKIP("single-PC behaviour: roles are always on on a shared server with an administrator");
    QVERIFY(!m_service->rolesEnabled()); // off by default on a new office
    add(newUser(u"hr"_s, u"hr_officer"_s));
    SaveResult r = m_service->setRolesEnabled(true);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"without an active administrator"_s), qPrintable(r.error));
    QVERIFY(!m_service->rolesEnabled());
    add(newUser(u"admin"_s, u"administrator"_s));
    r = m_service->setRolesEnabled(true);
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QVERIFY(m_service->rolesEnabled());
    const auto rows = Samples::auditRows(m_db->db(), u"setting"_s, u"security.roles_enabled"_s);
    QCOMPARE(rows.size(), 1u);
    QCOMPARE(Samples::jsonObject(rows.front().afterJson).value(u"value"_s).toString(), u"true"_s);

    // Turning them off needs an administrator logged in.
    r = m_service->setRolesEnabled(false);
    QVERIFY(!r.ok());
    m_db->db().setSessionUser(u"hr"_s);
    r = m_service->setRolesEnabled(false);
    QCOMPARE(r.error, u"an HR officer may not change the office settings"_s);
    m_db->db().setSessionUser(u"admin"_s);
    QVERIFY(m_service->setRolesEnabled(false).ok());
    QVERIFY(!m_service->rolesEnabled());
}

void TestUserService::onlyAnAdministratorManagesUsersOnceRolesAreOn()
{
    add(newUser(u"admin"_s, u"administrator"_s));
    m_db->db().setSessionUser(u"admin"_s); // roles are on on a PostgreSQL server with an administrator
    add(newUser(u"hr"_s, u"hr_officer"_s));
    QVERIFY(m_service->setRolesEnabled(true).ok());
    m_db->db().setSessionUser({});

    // Nobody logged in.
    SaveResult r = m_service->addUser(newUser(u"khanh"_s, u"viewer"_s));
    QCOMPARE(r.error, u"roles are on: log in as an administrator to manage users"_s);
    // An HR officer.
    m_db->db().setSessionUser(u"hr"_s);
    r = m_service->addUser(newUser(u"khanh"_s, u"viewer"_s));
    QCOMPARE(r.error, u"an HR officer may not manage users"_s);
    QCOMPARE(m_service->changeRole(u"hr"_s, u"administrator"_s, {}).error, u"an HR officer may not manage users"_s);
    QCOMPARE(m_service->deactivate(u"admin"_s).error, u"an HR officer may not manage users"_s);
    QCOMPARE(m_service->setPassword(u"admin"_s, u"taken over now"_s).error, u"an HR officer may not manage users"_s);
    // ... who may still change their own password.
    QVERIFY(m_service->setPassword(u"hr"_s, u"my own new password"_s).ok());
    QVERIFY(!user(u"khanh"_s));
    // The administrator.
    m_db->db().setSessionUser(u"admin"_s);
    QVERIFY(m_service->addUser(newUser(u"khanh"_s, u"viewer"_s)).ok());
    // A deactivated administrator no longer may: the acting user is read again at each check.
    add(newUser(u"admin2"_s, u"administrator"_s));
    QVERIFY(m_service->deactivate(u"admin2"_s).ok());
    m_db->db().setSessionUser(u"admin2"_s);
    QCOMPARE(m_service->addUser(newUser(u"lan"_s, u"viewer"_s)).error, u"the user admin2 is deactivated"_s);
}

void TestUserService::lastAdministratorIsKept()
{
    add(newUser(u"admin"_s, u"administrator"_s));
    m_db->db().setSessionUser(u"admin"_s);
    QVERIFY(m_service->setRolesEnabled(true).ok());
    SaveResult r = m_service->deactivate(u"admin"_s);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"last active administrator"_s), qPrintable(r.error));
    r = m_service->changeRole(u"admin"_s, u"viewer"_s, {});
    QVERIFY(r.error.contains(u"last active administrator"_s));
    QCOMPARE(user(u"admin"_s)->role, Role::Administrator);
    add(newUser(u"admin2"_s, u"administrator"_s));
    QVERIFY(m_service->deactivate(u"admin"_s).ok());
}

void TestUserService::check_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("error");

    QTest::newRow("issue 8 item 4: viewer writes staff") << u"viewer"_s << QString() << u"staff.write"_s << u"W1"_s
                                                         << u"a viewer may not change staff records"_s;
    QTest::newRow("issue 8 item 4: viewer reads") << u"viewer"_s << QString() << u"staff.read"_s << u"W1"_s
                                                  << QString();
    QTest::newRow("issue 8 item 4: unit manager, own unit") << u"unit_manager"_s << u"H"_s << u"evaluation.write"_s
                                                            << u"H"_s << QString();
    QTest::newRow("issue 8 item 4: unit manager, a sub-unit") << u"unit_manager"_s << u"H"_s << u"evaluation.write"_s
                                                              << u"W1"_s << QString();
    QTest::newRow("issue 8 item 4: unit manager, the parent unit")
        << u"unit_manager"_s << u"H"_s << u"evaluation.write"_s << u"T"_s
        << u"a unit manager may enter evaluations only in their own unit and its sub-units, and T is not one of them"_s;
    QTest::newRow("issue 8 item 4: unit manager, a sibling")
        << u"unit_manager"_s << u"W1"_s << u"staff.write"_s << u"AG"_s
        << u"a unit manager may change staff records only in their own unit and its sub-units, and AG is not one of "
           "them"_s;
    QTest::newRow("issue 8 item 4: council member decides the review")
        << u"council_member"_s << QString() << u"review.decide"_s << u"W1"_s << QString();
    QTest::newRow("issue 8 item 4: council member enters evaluations")
        << u"council_member"_s << QString() << u"evaluation.write"_s << u"W1"_s
        << u"a council member may not enter evaluations"_s;
    QTest::newRow("issue 8 item 6 + ND 13/2023: HR officer exports personal data")
        << u"hr_officer"_s << QString() << u"export.personal"_s << QString() << QString();
    QTest::newRow("unknown action") << u"administrator"_s << QString() << u"staff.erase"_s << QString()
                                    << u"unknown action \"staff.erase\""_s;
}

void TestUserService::check()
{
    QFETCH(QString, role);
    QFETCH(QString, unit);
    QFETCH(QString, action);
    QFETCH(QString, target);
    QFETCH(QString, error);
    add(newUser(u"admin"_s, u"administrator"_s));
    m_db->db().setSessionUser(u"admin"_s);
    QVERIFY(m_service->setRolesEnabled(true).ok());
    if (role != "administrator"_L1)
        add(newUser(u"someone"_s, role, unit));
    const AppUser u = *user(role == "administrator"_L1 ? u"admin"_s : u"someone"_s);
    const SaveResult r = m_service->check(u, action, target);
    QCOMPARE(r.error, error);
    QCOMPARE(r.ok(), error.isEmpty());
    m_db->db().setSessionUser(u.name);
    QCOMPARE(m_service->checkActing(action, target).error, error);
}

void TestUserService::checkWhileRolesAreOffAllows()
{
    add(newUser(u"viewer"_s, u"viewer"_s));
    QVERIFY(m_service->check(*user(u"viewer"_s), u"staff.write"_s, u"W1"_s).ok());
    QVERIFY(m_service->checkActing(u"user.manage"_s).ok()); // nobody logged in on a single PC
    QVERIFY(!m_service->checkActing(u"staff.erase"_s).ok()); // a misspelt action is still an error
}

void TestUserService::checkRefusesADeactivatedUser()
{
    add(newUser(u"admin"_s, u"administrator"_s));
    m_db->db().setSessionUser(u"admin"_s); // roles are on on a PostgreSQL server with an administrator
    add(newUser(u"hr"_s, u"hr_officer"_s));
    QVERIFY(m_service->deactivate(u"hr"_s).ok());
    QVERIFY(m_service->setRolesEnabled(true).ok());
    QCOMPARE(m_service->check(*user(u"hr"_s), u"staff.write"_s).error, u"the user hr is deactivated"_s);
    m_db->db().setSessionUser({});
    QCOMPARE(m_service->checkActing(u"staff.write"_s).error, u"roles are on: log in to change staff records"_s);
}

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
