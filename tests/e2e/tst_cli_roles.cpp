// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: roles enforced on every command (issue 8 items 4 and 8). An office with roles on: a command
// without --as is refused, --as logs in with CONGVU_AS_PASSWORD, each role gets what the permission table
// (docs/users-and-roles.md) gives it and a refusal exits 77 with its reason and writes nothing; a unit
// manager sees the people of their units only; the audit trail names the user.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kData = QStringLiteral(CONGVU_TEST_DATA_DIR) + u"/e2e"_s;

const QString kAdminPassword = u"quản trị viên 2026"_s;
const QString kHrPassword = u"cán bộ tổ chức 2026"_s;
const QString kManagerPassword = u"trưởng phường 2026"_s;
const QString kViewerPassword = u"người xem 2026!"_s;

} // namespace

class TestCliRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void withoutAUserEverythingIsRefused();
    void aWrongPasswordIsRefused();
    void eachRoleGetsWhatTheTableGives();
    void aUnitManagerSeesTheirUnitsOnly();
    void theAuditTrailNamesTheUser();

private:
    /** `congvu --db DB --lang en --as user args` with user's password in CONGVU_AS_PASSWORD. */
    CliRun as(const QString &user, const QString &password, const QStringList &args, const QByteArray &input = {})
    {
        QProcessEnvironment env = m_office->environment();
        env.insert(u"CONGVU_AS_PASSWORD"_s, password);
        return runCli(kBinary, QStringList{u"--db"_s, m_office->db(), u"--lang"_s, u"en"_s, u"--as"_s, user} + args,
                      input, env);
    }
    int staffCount()
    {
        const CliRun r = as(u"admin"_s, kAdminPassword, {u"export"_s, u"staff"_s, u"--format"_s, u"json"_s});
        return int(QJsonDocument::fromJson(r.out).object().value(u"staff"_s).toArray().size());
    }

    std::unique_ptr<CliSandbox> m_office;
};

void TestCliRoles::init()
{
    m_office = std::make_unique<CliSandbox>(kBinary);
    QVERIFY(m_office->isValid());
    CHECK_EXIT(m_office->cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    CHECK_EXIT(m_office->cli({u"import"_s, u"staff"_s, kData + u"/staff.csv"_s}), kOk);
    CHECK_EXIT(m_office->cli({u"user"_s, u"add"_s, u"admin"_s, u"--role"_s, u"administrator"_s},
                             kAdminPassword.toUtf8() + '\n'),
               kOk);
    CHECK_EXIT(as(u"admin"_s, kAdminPassword, {u"user"_s, u"add"_s, u"lan"_s, u"--role"_s, u"hr_officer"_s},
                  kHrPassword.toUtf8() + '\n'),
               kOk);
    CHECK_EXIT(as(u"admin"_s, kAdminPassword,
                  {u"user"_s, u"add"_s, u"truong"_s, u"--role"_s, u"unit_manager"_s, u"--unit"_s, u"25217"_s},
                  kManagerPassword.toUtf8() + '\n'),
               kOk);
    CHECK_EXIT(as(u"admin"_s, kAdminPassword, {u"user"_s, u"add"_s, u"xem"_s, u"--role"_s, u"viewer"_s},
                  kViewerPassword.toUtf8() + '\n'),
               kOk);
    // On a shared server roles are on as soon as there is an administrator; on a file they are turned on.
    const CliRun on = as(u"admin"_s, kAdminPassword, {u"user"_s, u"roles"_s, u"--enable"_s});
    CHECK_EXIT(on, kOk);
}

void TestCliRoles::cleanup()
{
    m_office.reset();
}

void TestCliRoles::withoutAUserEverythingIsRefused()
{
    CliRun r = m_office->cli({u"report"_s, u"evaluations"_s, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s});
    CHECK_EXIT(r, kForbidden);
    QVERIFY2(r.errText().contains(u"roles are on: log in to read staff records"_s), r.err.constData());
    QVERIFY2(r.errText().contains(u"--as USER"_s), r.err.constData());
    QVERIFY(r.out.isEmpty());
    r = m_office->cli({u"import"_s, u"staff"_s, kData + u"/staff_10_good_1_bad.csv"_s});
    CHECK_EXIT(r, kForbidden);
    QCOMPARE(staffCount(), 21);
}

void TestCliRoles::aWrongPasswordIsRefused()
{
    const CliRun r = as(u"lan"_s, u"not her password"_s, {u"export"_s, u"staff"_s, u"--format"_s, u"json"_s});
    CHECK_EXIT(r, kForbidden);
    QVERIFY2(r.errText().contains(u"wrong user name or password"_s), r.err.constData());
    QVERIFY(r.out.isEmpty());
    // Without the password in the environment.
    const CliRun none = runCli(kBinary,
                               {u"--db"_s, m_office->db(), u"--lang"_s, u"en"_s, u"--as"_s, u"lan"_s, u"export"_s,
                                u"staff"_s},
                               {}, m_office->environment());
    CHECK_EXIT(none, kForbidden);
    QVERIFY(none.errText().contains(u"CONGVU_AS_PASSWORD"_s));
}

void TestCliRoles::eachRoleGetsWhatTheTableGives()
{
    const QStringList importStaff{u"import"_s, u"staff"_s, kData + u"/staff_tricky.csv"_s, u"--skip-invalid"_s};
    // A viewer reads but may not import: refused with the reason, nothing written.
    CHECK_EXIT(as(u"xem"_s, kViewerPassword, {u"report"_s, u"qualification"_s, u"--format"_s, u"json"_s}), kOk);
    CliRun r = as(u"xem"_s, kViewerPassword, importStaff);
    CHECK_EXIT(r, kForbidden);
    QVERIFY2(r.errText().contains(u"a viewer may not import files"_s), r.err.constData());
    QCOMPARE(staffCount(), 21);
    // Nor export personal data, nor read the audit trail, nor close a year.
    CHECK_EXIT(as(u"xem"_s, kViewerPassword, {u"export"_s, u"staff"_s, u"--format"_s, u"json"_s}), kForbidden);
    CHECK_EXIT(as(u"xem"_s, kViewerPassword, {u"audit"_s, u"--format"_s, u"json"_s}), kForbidden);
    r = as(u"xem"_s, kViewerPassword, {u"review"_s, u"close"_s, u"--year"_s, u"2025"_s});
    CHECK_EXIT(r, kForbidden);
    QVERIFY2(r.errText().contains(u"may not"_s), r.err.constData());
    // A unit manager may not import either, nor manage users.
    CHECK_EXIT(as(u"truong"_s, kManagerPassword, importStaff), kForbidden);
    CHECK_EXIT(as(u"truong"_s, kManagerPassword, {u"user"_s, u"deactivate"_s, u"xem"_s}), kForbidden);
    // The HR officer imports; an HR officer may not close the year (the council and the administrator do).
    r = as(u"lan"_s, kHrPassword, importStaff);
    QVERIFY2(r.exitCode == kOk || r.exitCode == kInvalidInput, r.describe().constData()); // skipped rows exit 2
    QVERIFY(staffCount() > 21);
    CHECK_EXIT(as(u"lan"_s, kHrPassword, {u"review"_s, u"close"_s, u"--year"_s, u"2025"_s}), kForbidden);
    CHECK_EXIT(as(u"admin"_s, kAdminPassword, {u"review"_s, u"close"_s, u"--year"_s, u"2025"_s}), kOk);
}

void TestCliRoles::aUnitManagerSeesTheirUnitsOnly()
{
    CliRun r = as(u"truong"_s, kManagerPassword, {u"export"_s, u"staff"_s, u"--format"_s, u"json"_s});
    CHECK_EXIT(r, kOk);
    const QJsonArray seen = QJsonDocument::fromJson(r.out).object().value(u"staff"_s).toArray();
    QCOMPARE(seen.size(), 6);
    for (const QJsonValue &person : seen)
        QCOMPARE(person.toObject().value(u"unit_code"_s).toString(), u"25217"_s);
    // A report names their unit; the office as a whole, or another unit, is refused.
    CHECK_EXIT(as(u"truong"_s, kManagerPassword,
                  {u"report"_s, u"evaluations"_s, u"--year"_s, u"2025"_s, u"--unit"_s, u"25217"_s, u"--format"_s,
                   u"json"_s}),
               kOk);
    r = as(u"truong"_s, kManagerPassword, {u"report"_s, u"evaluations"_s, u"--year"_s, u"2025"_s, u"--format"_s,
                                           u"json"_s});
    CHECK_EXIT(r, kForbidden);
    QVERIFY2(r.errText().contains(u"only in their own unit"_s), r.err.constData());
    CHECK_EXIT(as(u"truong"_s, kManagerPassword,
                  {u"report"_s, u"evaluations"_s, u"--year"_s, u"2025"_s, u"--unit"_s, u"25231"_s}),
               kForbidden);
}

void TestCliRoles::theAuditTrailNamesTheUser()
{
    CHECK_EXIT(as(u"lan"_s, kHrPassword, {u"import"_s, u"discipline"_s, kData + u"/discipline.csv"_s}), kOk);
    const CliRun r = as(u"admin"_s, kAdminPassword,
                        {u"audit"_s, u"--user"_s, u"lan"_s, u"--format"_s, u"json"_s});
    CHECK_EXIT(r, kOk);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).object().value(u"entries"_s).toArray();
    QVERIFY2(!rows.isEmpty(), r.out.constData());
    for (const QJsonValue &row : rows)
        QCOMPARE(row.toObject().value(u"actor"_s).toString(), u"lan"_s);
}

QTEST_GUILESS_MAIN(TestCliRoles)
#include "tst_cli_roles.moc"
