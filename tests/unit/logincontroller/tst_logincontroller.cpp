// SPDX-License-Identifier: GPL-3.0-or-later
// LoginController (issue 8 item 4): the log-in window's checks. A wrong password or an unknown name
// gets one message that does not say which; a success makes the user the database session's user,
// whom the services' permission checks then ask about.
#include "app/logincontroller.h"
#include "services/accesscontrol.h"
#include "services/clock.h"
#include "services/userservice.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestLoginController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void aWrongPasswordIsRefusedWithoutSayingWhich();
    void aSuccessOpensTheSession();
    void aDeactivatedUserCannotLogIn();
    void cancelIsSignalled();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<LoginController> m_login;
};

void TestLoginController::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC));
    m_users = std::make_unique<UserService>(m_db->db(), *m_clock);
    m_users->setPasswordIterations(1000);
    QVERIFY(m_users->addUser({u"admin"_s, u"Trần Văn Quản"_s, u"administrator"_s, {}, u"quản trị 2026!"_s}).ok());
    m_db->db().setSessionUser(u"admin"_s); // on a server, roles are on from the first administrator
    QVERIFY(m_users->addUser({u"xem"_s, u"Lê Thị Xem"_s, u"viewer"_s, {}, u"người xem 2026"_s}).ok());
    QVERIFY(m_users->setRolesEnabled(true).ok());
    m_db->db().setSessionUser({});
    m_login = std::make_unique<LoginController>(m_db->db(), *m_users);
}

void TestLoginController::cleanup()
{
    m_login.reset();
    m_users.reset();
    m_db.reset();
}

void TestLoginController::aWrongPasswordIsRefusedWithoutSayingWhich()
{
    QSignalSpy loggedIn(m_login.get(), &LoginController::loggedIn);
    QVERIFY(!m_login->logIn(u"xem"_s, u"wrong password"_s));
    const QString wrongPassword = m_login->error();
    QVERIFY(!m_login->logIn(u"nobody"_s, u"wrong password"_s));
    QCOMPARE(m_login->error(), wrongPassword);
    QCOMPARE(wrongPassword, u"wrong user name or password"_s);
    QCOMPARE(loggedIn.count(), 0);
    QVERIFY(m_db->db().sessionUser().isEmpty());
    QVERIFY(m_login->userName().isEmpty());
}

void TestLoginController::aSuccessOpensTheSession()
{
    QSignalSpy loggedIn(m_login.get(), &LoginController::loggedIn);
    QVERIFY(!m_login->logIn(u"xem"_s, u"wrong password"_s));
    QVERIFY(m_login->logIn(u"  xem "_s, u"người xem 2026"_s)); // the name as typed, spaces around it
    QCOMPARE(loggedIn.count(), 1);
    QVERIFY(m_login->error().isEmpty());
    QCOMPARE(m_login->userName(), u"xem"_s);
    QCOMPARE(m_db->db().sessionUser(), u"xem"_s);
    // The session is the viewer's: reading is allowed, changing is not.
    const AccessControl access(m_db->db());
    QVERIFY(access.require(Actions::StaffRead).ok());
    QVERIFY(access.require(Actions::StaffWrite).denied);
}

void TestLoginController::aDeactivatedUserCannotLogIn()
{
    m_db->db().setSessionUser(u"admin"_s);
    QVERIFY(m_users->deactivate(u"xem"_s).ok());
    m_db->db().setSessionUser({});
    QVERIFY(!m_login->logIn(u"xem"_s, u"người xem 2026"_s));
    QVERIFY(!m_login->error().isEmpty());
    QVERIFY(m_db->db().sessionUser().isEmpty());
}

void TestLoginController::cancelIsSignalled()
{
    QSignalSpy cancelled(m_login.get(), &LoginController::cancelled);
    m_login->cancel();
    QCOMPARE(cancelled.count(), 1);
}

QTEST_GUILESS_MAIN(TestLoginController)
#include "tst_logincontroller.moc"
