// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: `congvu migrate --to` (issue 8 item 2). The real binary fills the sandbox's database with
// the demo office, copies it into a second SQLite file and, when CONGVU_TEST_PG_URL names a server, into a
// fresh PostgreSQL database made for the test (congvu_a_e2e_<pid>_<n>, dropped at the end); the reports
// read from the copy are the same bytes; a second copy into the same target is refused and changes
// nothing; usage and unreachable servers give their exit codes.

#include "clirunner.h"
#include "pgtestschema.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);

/** The reports compared byte for byte (JSON) on the source and the copy. */
const QList<QStringList> kReports = {
    {u"report"_s, u"qualification"_s, u"--as-of"_s, u"2025-12-31"_s, u"--format"_s, u"json"_s},
    {u"report"_s, u"evaluations"_s, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s},
    {u"review"_s, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s},
    {u"report"_s, u"training"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"json"_s},
    {u"audit"_s, u"--format"_s, u"json"_s},
};

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCliMigrate : public QObject
{
    Q_OBJECT

private:
    QString m_pgUrl;
    QStringList m_pgDatabases;
    int m_targets = 0;

    QSqlDatabase admin()
    {
        return PgTest::serverConnection(m_pgUrl, u"tst_cli_migrate_admin"_s);
    }

    /** A fresh PostgreSQL database on the test server; its URL. */
    QString newServerDatabase()
    {
        const QString name = u"congvu_a_e2e_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_targets);
        QSqlQuery q(admin());
        q.exec(u"DROP DATABASE IF EXISTS "_s + name);
        if (!q.exec(u"CREATE DATABASE "_s + name)) {
            qWarning() << "cannot create" << name << q.lastError().text();
            return {};
        }
        m_pgDatabases << name;
        QUrl url(m_pgUrl);
        url.setPath(u"/"_s + name);
        url.setQuery(QString());
        return url.toString();
    }

    /** `congvu --lang en --db db args` in the sandbox. */
    static CliRun run(const CliSandbox &box, const QString &db, const QStringList &args)
    {
        QProcessEnvironment env = box.environment();
        env.insert(u"LC_MESSAGES"_s, u"C"_s); // libpq's messages in English
        return runCli(kBinary, QStringList{u"--lang"_s, u"en"_s, u"--db"_s, db} + args, {}, env);
    }

    /** Every report of kReports the same bytes on both databases. */
    void compareReports(const CliSandbox &box, const QString &source, const QString &target)
    {
        for (const QStringList &args : kReports) {
            const CliRun a = run(box, source, args);
            const CliRun b = run(box, target, args);
            CHECK_EXIT(a, kOk);
            CHECK_EXIT(b, kOk);
            QVERIFY2(a.out.size() > 50, qPrintable(args.join(u' ')));
            QVERIFY2(a.out == b.out, qPrintable(u"not the same bytes: "_s + args.join(u' ')));
        }
    }

    /** migrate --to target in JSON: the report, checked. */
    void migrateInto(const CliSandbox &box, const QString &target)
    {
        const CliRun r = run(box, box.db(), {u"migrate"_s, u"--to"_s, target, u"--format"_s, u"json"_s});
        CHECK_EXIT(r, kOk);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(u"verified"_s).toBool(), true);
        QCOMPARE(json.value(u"target"_s).toString(), target);
        QCOMPARE(json.value(u"source"_s).toString(), box.db());
        const QJsonArray tables = json.value(u"tables"_s).toArray();
        QVERIFY(tables.size() >= 20);
        QStringList names;
        for (const auto &t : tables) {
            const QJsonObject o = t.toObject();
            names << o.value(u"table"_s).toString();
            QCOMPARE(o.value(u"checksum"_s).toString().size(), 16);
            QVERIFY(o.value(u"rows"_s).toInteger() >= 0);
        }
        QVERIFY(names.contains(u"staff"_s) && names.contains(u"audit_log"_s) && !names.contains(u"schema_version"_s));
        QVERIFY(names.indexOf(u"org_unit"_s) < names.indexOf(u"staff"_s));
        QCOMPARE(tables.at(names.indexOf(u"staff"_s)).toObject().value(u"rows"_s).toInt(), 120);
    }

private slots:
    void initTestCase()
    {
        m_pgUrl = qEnvironmentVariable("CONGVU_TEST_PG_URL");
        if (!m_pgUrl.isEmpty())
            QVERIFY2(admin().isOpen(), qPrintable(u"cannot reach "_s + m_pgUrl + u": "_s + admin().lastError().text()));
    }

    void cleanupTestCase()
    {
        if (!m_pgUrl.isEmpty()) {
            QSqlQuery q(admin());
            for (const QString &name : std::as_const(m_pgDatabases))
                if (!q.exec(u"DROP DATABASE IF EXISTS "_s + name + u" WITH (FORCE)"_s))
                    qWarning() << "cannot drop" << name << q.lastError().text();
            admin().close();
        }
        QSqlDatabase::removeDatabase(u"tst_cli_migrate_admin"_s);
    }

    /** Into a new SQLite file: verified, the same reports; a second copy refused with nothing changed. */
    void intoANewFile()
    {
        CliSandbox box(kBinary);
        CHECK_EXIT(box.cli({u"demo"_s, u"--staff"_s, u"120"_s, u"--seed"_s, u"3"_s}), kOk);
        const QString target = box.path(u"copy.sqlite"_s);
        migrateInto(box, target);
        compareReports(box, box.db(), target);

        const QByteArray before = fileHash(target);
        const CliRun again = run(box, box.db(), {u"migrate"_s, u"--to"_s, target});
        CHECK_EXIT(again, kInvalidInput);
        QVERIFY2(again.errText().contains(u"not empty"_s), again.describe());
        QVERIFY2(again.errText().contains(u"table"_s), again.describe());
        QCOMPARE(fileHash(target), before);

        // The table output: a line per table and the verdict.
        const QString third = box.path(u"third.sqlite"_s);
        const CliRun table = run(box, box.db(), {u"migrate"_s, u"--to"_s, third, u"--format"_s, u"table"_s});
        CHECK_EXIT(table, kOk);
        const QString out = QString::fromUtf8(table.out);
        QVERIFY2(out.contains(u"  staff "_s) && out.contains(u"120 rows"_s), table.describe());
        QVERIFY2(out.contains(u"Verified"_s), table.describe());
    }

    /** Into a fresh PostgreSQL database (CONGVU_TEST_PG_URL), then back into a new file. */
    void intoAServerAndBack()
    {
        if (m_pgUrl.isEmpty())
            QSKIP("CONGVU_TEST_PG_URL is not set: no PostgreSQL server to migrate into");
        CliSandbox box(kBinary);
        CHECK_EXIT(box.cli({u"demo"_s, u"--staff"_s, u"120"_s, u"--seed"_s, u"3"_s}), kOk);
        const QString server = newServerDatabase();
        QVERIFY(!server.isEmpty());
        migrateInto(box, server);
        compareReports(box, box.db(), server);
        const CliRun report = run(box, server, kReports.first());

        const CliRun again = run(box, box.db(), {u"migrate"_s, u"--to"_s, server});
        CHECK_EXIT(again, kInvalidInput);
        QVERIFY2(again.errText().contains(u"not empty"_s), again.describe());
        CHECK_EXIT(run(box, server, kReports.first()), kOk);
        QCOMPARE(run(box, server, kReports.first()).out, report.out);

        // And back from the server into a new file (the way back).
        const QString back = box.path(u"back.sqlite"_s);
        const CliRun r = run(box, server, {u"migrate"_s, u"--to"_s, back, u"--format"_s, u"json"_s});
        CHECK_EXIT(r, kOk);
        compareReports(box, server, back);
    }

    void usageAndUnreachable()
    {
        CliSandbox box(kBinary);
        CHECK_EXIT(box.cli({u"demo"_s, u"--staff"_s, u"20"_s}), kOk);
        const CliRun missing = run(box, box.db(), {u"migrate"_s});
        CHECK_EXIT(missing, kUsage);
        QVERIFY2(missing.errText().contains(u"--to"_s), missing.describe());
        CHECK_EXIT(run(box, box.db(), {u"migrate"_s, u"--to"_s, box.path(u"x.sqlite"_s), u"--format"_s, u"csv"_s}),
                   kUsage);
        CHECK_EXIT(run(box, box.db(), {u"migrate"_s, u"--to"_s, box.path(u"x.sqlite"_s), u"extra"_s}), kUsage);
        QVERIFY(!QFile::exists(box.path(u"x.sqlite"_s)));

        const CliRun unreachable =
            run(box, box.db(), {u"migrate"_s, u"--to"_s, u"postgresql://congvu@127.0.0.1:1/congvu"_s});
        CHECK_EXIT(unreachable, kDatabaseError);
        QVERIFY2(unreachable.errText().contains(u"127.0.0.1"_s), unreachable.describe());

        const CliRun withPassword =
            run(box, box.db(), {u"migrate"_s, u"--to"_s, u"postgresql://congvu:s3cret@127.0.0.1:1/congvu"_s});
        CHECK_EXIT(withPassword, kDatabaseError);
        QVERIFY2(!withPassword.errText().contains(u"s3cret"_s), withPassword.describe());

        const CliRun itself = run(box, box.db(), {u"migrate"_s, u"--to"_s, box.db()});
        CHECK_EXIT(itself, kInvalidInput);

        CHECK_EXIT(run(box, box.db(), {u"migrate"_s, u"--help"_s}), kOk);
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
