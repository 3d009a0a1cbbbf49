// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `congvu user` (issue 8 item 4; docs/users-and-roles.md): users and roles on the real
// binary. Passwords travel on standard input or in CONGVU_PASSWORD / CONGVU_AS_PASSWORD, never as arguments,
// and never reach the database or the audit trail in clear.

#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kData = QStringLiteral(CONGVU_TEST_DATA_DIR) + u"/e2e"_s;
const QString kAdminPassword = u"quản trị viên 2026"_s;
const QString kHrPassword = u"phòng nội vụ 2026"_s;

/** `congvu --db … --lang en user args` with extra environment variables. */
CliRun user(const CliSandbox &office, const QStringList &args, const QByteArray &input = {},
            const QList<std::pair<QString, QString>> &env = {})
{
    QProcessEnvironment e = office.environment();
    for (const auto &[name, value] : env)
        e.insert(name, value);
    return runCli(kBinary, QStringList{u"--db"_s, office.db(), u"--lang"_s, u"en"_s, u"user"_s} + args, input, e);
}

QJsonObject list(const CliSandbox &office)
{
    return office.json({u"user"_s, u"list"_s, u"--format"_s, u"json"_s});
}

/** Every text of the tables that could hold a password: users and the audit trail. */
QString storedText(const QString &dbPath)
{
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"SELECT name, full_name, role, password_hash FROM app_user"_s);
            while (q.next())
                out += q.value(0).toString() + q.value(1).toString() + q.value(2).toString() + q.value(3).toString();
            q.exec(u"SELECT actor, before_json, after_json FROM audit_log"_s);
            while (q.next())
                out += q.value(0).toString() + q.value(1).toString() + q.value(2).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return out;
}

/** "action key actor" of the audit rows of users. */
QStringList userAudit(const QString &dbPath)
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit"_s);
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"SELECT action, entity_key, actor FROM audit_log WHERE entity = 'app_user' ORDER BY id"_s);
            while (q.next())
                out << u"%1 %2 %3"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                         q.value(2).toString().startsWith(u"cli:"_s) ? u"cli:*"_s
                                                                                    : q.value(2).toString());
        }
    }
    QSqlDatabase::removeDatabase(u"audit"_s);
    return out;
}

} // namespace

class TestCliUser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void usageErrors_data();
    void usageErrors();
    void addListAndRefusals();
    void rolesOnNeedAnAdministrator();
};

void TestCliUser::help()
{
    CliSandbox office(kBinary);
    const CliRun r = user(office, {u"--help"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY(r.out.contains("CONGVU_PASSWORD"));
    QVERIFY(r.out.contains("council_member"));
    const CliRun top = office.cli({u"--help"_s});
    QVERIFY(top.out.contains("user add|passwd|role|deactivate|list|roles"));
}

void TestCliUser::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no role") << QStringList{u"add"_s, u"an"_s} << u"user add needs --role ROLE"_s;
    QTest::newRow("no name") << QStringList{u"add"_s, u"--role"_s, u"viewer"_s} << u"user add needs the user NAME"_s;
    QTest::newRow("password as an argument is not an option")
        << QStringList{u"add"_s, u"an"_s, u"--role"_s, u"viewer"_s, u"--password"_s, u"secret12345"_s}
        << u"--password"_s;
    QTest::newRow("unknown command") << QStringList{u"delete"_s, u"an"_s} << u"unknown user command \"delete\""_s;
    QTest::newRow("roles without a switch") << QStringList{u"roles"_s} << u"user roles needs --enable or --disable"_s;
    QTest::newRow("roles with both") << QStringList{u"roles"_s, u"--enable"_s, u"--disable"_s}
                                     << u"user roles needs --enable or --disable"_s;
    QTest::newRow("format for a change") << QStringList{u"deactivate"_s, u"an"_s, u"--format"_s, u"json"_s}
                                         << u"--format goes with user list"_s;
    QTest::newRow("unknown format") << QStringList{u"list"_s, u"--format"_s, u"csv"_s}
                                    << u"unknown format \"csv\""_s;
}

void TestCliUser::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    CliSandbox office(kBinary);
    const CliRun r = user(office, args, "a long enough password\n");
    CHECK_EXIT(r, kUsage);
    QVERIFY2(r.errText().contains(message), r.err.constData());
}

void TestCliUser::addListAndRefusals()
{
    // Adds an administrator and then works (or turns roles off) without --as: single-PC behaviour.
    if (PgTest::active())
        QSKIP("single-PC behaviour: roles are always on on a shared server with an administrator");
    CliSandbox office(kBinary);
    CHECK_EXIT(office.cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    QJsonObject json = list(office);
    QCOMPARE(json.value(u"roles_enabled"_s), QJsonValue(false)); // off on a new office
    QCOMPARE(json.value(u"users"_s).toArray().size(), 0);

    // The password on standard input.
    CliRun r = user(office, {u"add"_s, u"admin"_s, u"--role"_s, u"administrator"_s, u"--full-name"_s, u"Trần Quản Trị"_s},
                    kAdminPassword.toUtf8() + "\n");
    CHECK_EXIT(r, kOk);
    QVERIFY(r.out.contains("User admin added."));
    // ... or in CONGVU_PASSWORD.
    r = user(office, {u"add"_s, u"truong.phuong"_s, u"--role"_s, u"unit_manager"_s, u"--unit"_s, u"25217"_s}, {},
             {{u"CONGVU_PASSWORD"_s, u"thác mơ 25217 ok"_s}});
    CHECK_EXIT(r, kOk);

    json = list(office);
    const QJsonArray users = json.value(u"users"_s).toArray();
    QCOMPARE(users.size(), 2);
    const QJsonObject admin = users.at(0).toObject();
    QCOMPARE(admin.value(u"name"_s).toString(), u"admin"_s);
    QCOMPARE(admin.value(u"full_name"_s).toString(), u"Trần Quản Trị"_s);
    QCOMPARE(admin.value(u"role"_s).toString(), u"administrator"_s);
    QVERIFY(admin.value(u"unit_code"_s).isNull());
    QCOMPARE(admin.value(u"active"_s), QJsonValue(true));
    QVERIFY(!admin.contains(u"password_hash"_s));
    QCOMPARE(users.at(1).toObject().value(u"unit_code"_s).toString(), u"25217"_s);

    // Refusals: exit 2, the field named, nothing written.
    r = user(office, {u"add"_s, u"ngan"_s, u"--role"_s, u"viewer"_s}, "short\n");
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY2(r.errText().contains(u"password: the password must have at least 10 characters"_s), r.err.constData());
    r = user(office, {u"add"_s, u"ngan"_s, u"--role"_s, u"unit_manager"_s}, "long enough password\n");
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY2(r.errText().contains(u"--unit: a unit manager needs the unit they manage"_s), r.err.constData());
    r = user(office, {u"add"_s, u"ngan"_s, u"--role"_s, u"unit_manager"_s, u"--unit"_s, u"99999"_s},
             "long enough password\n");
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY2(r.errText().contains(u"--unit: unknown unit \"99999\""_s), r.err.constData());
    r = user(office, {u"add"_s, u"Ngan Pham"_s, u"--role"_s, u"boss"_s}, "long enough password\n");
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY(r.errText().contains(u"NAME: \"Ngan Pham\" is not a user name"_s));
    QVERIFY(r.errText().contains(u"--role: unknown role \"boss\""_s));
    r = user(office, {u"add"_s, u"admin"_s, u"--role"_s, u"viewer"_s}, "long enough password\n");
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY(r.errText().contains(u"the user admin already exists"_s));
    QCOMPARE(list(office).value(u"users"_s).toArray().size(), 2);

    // Change the role, the password; deactivate.
    CHECK_EXIT(user(office, {u"role"_s, u"truong.phuong"_s, u"--role"_s, u"hr_officer"_s}), kOk);
    CHECK_EXIT(user(office, {u"passwd"_s, u"truong.phuong"_s}, "another good password\n"), kOk);
    r = user(office, {u"passwd"_s, u"nobody"_s}, "another good password\n");
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY(r.errText().contains(u"there is no user nobody"_s));
    CHECK_EXIT(user(office, {u"deactivate"_s, u"truong.phuong"_s}), kOk);
    json = list(office);
    const QJsonObject deactivated = json.value(u"users"_s).toArray().at(1).toObject();
    QCOMPARE(deactivated.value(u"active"_s), QJsonValue(false)); // kept, not deleted
    QCOMPARE(deactivated.value(u"role"_s).toString(), u"hr_officer"_s);

    // The table.
    r = user(office, {u"list"_s, u"--format"_s, u"table"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY(r.out.contains("Roles are off"));
    QVERIFY(r.out.contains("truong.phuong"));

    QCOMPARE(userAudit(office.db()),
             (QStringList{u"insert admin cli:*"_s, u"insert truong.phuong cli:*"_s, u"update truong.phuong cli:*"_s,
                          u"password truong.phuong cli:*"_s, u"deactivate truong.phuong cli:*"_s}));
    const QString stored = storedText(office.db());
    QVERIFY(!stored.contains(kAdminPassword));
    QVERIFY(!stored.contains(u"thác mơ 25217 ok"_s));
    QVERIFY(!stored.contains(u"another good password"_s));
    QVERIFY(stored.contains(u"pbkdf2-sha256$210000$"_s)); // the real iteration count in the binary
}

void TestCliUser::rolesOnNeedAnAdministrator()
{
    // Adds an administrator and then works (or turns roles off) without --as: single-PC behaviour.
    if (PgTest::active())
        QSKIP("single-PC behaviour: roles are always on on a shared server with an administrator");
    CliSandbox office(kBinary);
    CHECK_EXIT(office.cli({u"init"_s}), kOk);
    CliRun r = user(office, {u"roles"_s, u"--enable"_s});
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY2(r.errText().contains(u"without an active administrator"_s), r.err.constData());

    CHECK_EXIT(user(office, {u"add"_s, u"admin"_s, u"--role"_s, u"administrator"_s}, kAdminPassword.toUtf8()), kOk);
    CHECK_EXIT(user(office, {u"add"_s, u"hr"_s, u"--role"_s, u"hr_officer"_s}, kHrPassword.toUtf8()), kOk);
    r = user(office, {u"roles"_s, u"--enable"_s});
    CHECK_EXIT(r, kOk);
    QCOMPARE(list(office).value(u"roles_enabled"_s), QJsonValue(true));

    // Nobody named: refused, with the way out.
    r = user(office, {u"add"_s, u"xem"_s, u"--role"_s, u"viewer"_s}, "a viewer password\n");
    CHECK_EXIT(r, kForbidden);
    QVERIFY2(r.errText().contains(u"roles are on: log in as an administrator to manage users"_s), r.err.constData());
    QVERIFY(r.errText().contains(u"--as USER"_s));
    // --as without its password.
    r = user(office, {u"add"_s, u"xem"_s, u"--role"_s, u"viewer"_s, u"--as"_s, u"admin"_s}, "a viewer password\n");
    CHECK_EXIT(r, kForbidden);
    QVERIFY(r.errText().contains(u"CONGVU_AS_PASSWORD"_s));
    // A wrong password and an unknown name get the same answer.
    r = user(office, {u"add"_s, u"xem"_s, u"--role"_s, u"viewer"_s, u"--as"_s, u"admin"_s}, "a viewer password\n",
             {{u"CONGVU_AS_PASSWORD"_s, u"wrong password"_s}});
    CHECK_EXIT(r, kForbidden);
    const CliRun unknown = user(office, {u"add"_s, u"xem"_s, u"--role"_s, u"viewer"_s, u"--as"_s, u"adm1n"_s},
                                "a viewer password\n", {{u"CONGVU_AS_PASSWORD"_s, u"wrong password"_s}});
    CHECK_EXIT(unknown, kForbidden);
    QVERIFY(r.errText().contains(u"wrong user name or password"_s));
    QCOMPARE(unknown.err, r.err);
    // An HR officer may not manage users ...
    r = user(office, {u"add"_s, u"xem"_s, u"--role"_s, u"viewer"_s, u"--as"_s, u"hr"_s}, "a viewer password\n",
             {{u"CONGVU_AS_PASSWORD"_s, kHrPassword}});
    CHECK_EXIT(r, kForbidden);
    QVERIFY2(r.errText().contains(u"an HR officer may not manage users"_s), r.err.constData());
    // ... but may change their own password.
    CHECK_EXIT(user(office, {u"passwd"_s, u"hr"_s, u"--as"_s, u"hr"_s}, "hr officer new password\n",
                    {{u"CONGVU_AS_PASSWORD"_s, kHrPassword}}),
               kOk);
    // The administrator may; the audit trail names them.
    CHECK_EXIT(user(office, {u"add"_s, u"xem"_s, u"--role"_s, u"viewer"_s, u"--as"_s, u"admin"_s}, "a viewer password\n",
                    {{u"CONGVU_AS_PASSWORD"_s, kAdminPassword}}),
               kOk);
    QCOMPARE(userAudit(office.db()).mid(2),
             (QStringList{u"password hr hr"_s, u"insert xem admin"_s}));
    // The last administrator cannot be deactivated while roles are on.
    r = user(office, {u"deactivate"_s, u"admin"_s, u"--as"_s, u"admin"_s}, {},
             {{u"CONGVU_AS_PASSWORD"_s, kAdminPassword}});
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY(r.errText().contains(u"last active administrator"_s));
    // Turning roles off needs the administrator too.
    CHECK_EXIT(user(office, {u"roles"_s, u"--disable"_s}), kForbidden);
    CHECK_EXIT(user(office, {u"roles"_s, u"--disable"_s, u"--as"_s, u"admin"_s}, {},
                    {{u"CONGVU_AS_PASSWORD"_s, kAdminPassword}}),
               kOk);
    QCOMPARE(list(office).value(u"roles_enabled"_s), QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestCliUser)
#include "tst_cli_user.moc"
