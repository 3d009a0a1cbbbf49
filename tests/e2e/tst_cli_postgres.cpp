// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the same program on PostgreSQL (issue 8, items 1 and 7). The real binary runs on the server
// named by CONGVU_TEST_PG_URL (postgresql://user@host:port/dbname; scripts/pg-test-cluster.sh starts a
// throwaway one and scripts/test.sh sets it) and on a SQLite file filled the same way; the reports must
// be the same bytes. Every test case starts from an empty database (all tables dropped). Without
// CONGVU_TEST_PG_URL the whole test is skipped.

#include "clirunner.h"
#include "pgtestschema.h"
#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kData = QStringLiteral(CONGVU_TEST_DATA_DIR) + u"/e2e/"_s;

/** The reports compared byte for byte (JSON), as command-line arguments after `--db DB`. */
const QList<QStringList> kReports = {
    {u"report"_s, u"qualification"_s, u"--as-of"_s, u"2025-12-31"_s, u"--format"_s, u"json"_s},
    {u"report"_s, u"qualification"_s, u"--as-of"_s, u"2026-12-31"_s, u"--projected"_s, u"--format"_s, u"json"_s},
    {u"report"_s, u"evaluations"_s, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s},
    {u"report"_s, u"evaluations"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"json"_s},
    {u"review"_s, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s},
    {u"report"_s, u"discipline"_s, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s},
    {u"report"_s, u"training"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"json"_s},
    {u"report"_s, u"culture"_s, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s},
    {u"evaluation-cap"_s, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s},
};

} // namespace

class TestCliPostgres : public QObject
{
    Q_OBJECT

private:
    QString m_url;

    /** A direct connection to the test server (to empty it and to count rows). */
    QSqlDatabase server()
    {
        return PgTest::serverConnection(m_url, u"tst_cli_postgres"_s);
    }

    /** Drops every table of the test database's current schema. */
    void emptyServer()
    {
        QSqlDatabase db = server();
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"_s));
        QStringList tables;
        while (q.next())
            tables << u"\""_s + q.value(0).toString() + u"\""_s;
        if (!tables.isEmpty())
            QVERIFY2(q.exec(u"DROP TABLE IF EXISTS "_s + tables.join(u", "_s) + u" CASCADE"_s),
                     qPrintable(q.lastError().text()));
    }

    qint64 rowsOf(const QString &table)
    {
        QSqlQuery q(server());
        if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    /** `congvu --lang en --db db args` in the sandbox. */
    static CliRun run(const CliSandbox &box, const QString &db, const QStringList &args)
    {
        QProcessEnvironment env = box.environment();
        env.insert(u"LC_MESSAGES"_s, u"C"_s); // libpq's messages in English
        return runCli(kBinary, QStringList{u"--lang"_s, u"en"_s, u"--db"_s, db} + args, {}, env);
    }

    /** Every report of kReports, on PostgreSQL and on the SQLite file, the same bytes and exit code. */
    void compareReports(const CliSandbox &box)
    {
        for (const QStringList &args : kReports) {
            const CliRun onFile = run(box, box.fileDb(), args);
            const CliRun onServer = run(box, m_url, args);
            CHECK_EXIT(onFile, kOk);
            CHECK_EXIT(onServer, kOk);
            QVERIFY2(onFile.out.size() > 50, qPrintable(args.join(u' ')));
            if (onFile.out != onServer.out) {
                // Show where they part.
                qsizetype at = 0;
                while (at < onFile.out.size() && at < onServer.out.size() && onFile.out[at] == onServer.out[at])
                    ++at;
                qWarning().noquote() << args.join(u' ') << "differs at byte" << at << "\nSQLite:    "
                                     << onFile.out.mid(std::max<qsizetype>(0, at - 200), 400)
                                     << "\nPostgreSQL:" << onServer.out.mid(std::max<qsizetype>(0, at - 200), 400);
            }
            QVERIFY2(onFile.out == onServer.out, qPrintable(u"not the same bytes: "_s + args.join(u' ')));
        }
    }

private slots:
    void initTestCase()
    {
        m_url = qEnvironmentVariable("CONGVU_TEST_PG_URL");
        if (m_url.isEmpty())
            QSKIP("CONGVU_TEST_PG_URL is not set: no PostgreSQL server to test on "
                  "(scripts/pg-test-cluster.sh start prints one; scripts/test.sh does it when it can)");
        QVERIFY2(Database::isServerUrl(m_url), qPrintable(m_url));
        QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "the QPSQL driver is not installed (libqt6sql6-psql)");
        QVERIFY2(server().isOpen(), qPrintable(u"cannot reach "_s + m_url + u": "_s + server().lastError().text()));
    }

    void init() { emptyServer(); }

    void cleanupTestCase()
    {
        if (!m_url.isEmpty() && QSqlDatabase::contains(u"tst_cli_postgres"_s)) {
            emptyServer();
            QSqlDatabase::database(u"tst_cli_postgres"_s).close();
        }
        QSqlDatabase::removeDatabase(u"tst_cli_postgres"_s);
    }

    /** init creates every table of every migration on the server, and a second init changes nothing. */
    void initMigratesTheServer()
    {
        CliSandbox box(kBinary);
        const CliRun first = run(box, m_url, {u"init"_s});
        CHECK_EXIT(first, kOk);
        QVERIFY2(first.out.contains(QByteArray::number(Database::latestVersion())), first.describe());
        QVERIFY2(!first.out.contains("password"), first.describe());
        QSqlQuery q(server());
        QVERIFY(q.exec(u"SELECT version FROM schema_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::latestVersion());
        QVERIFY(rowsOf(u"title_standard"_s) > 0);   // seeded after migration 3
        QVERIFY(rowsOf(u"culture_item"_s) > 0);     // seeded after migration 4
        QVERIFY(rowsOf(u"training_course"_s) > 0);  // seeded after migration 7
        CHECK_EXIT(run(box, m_url, {u"init"_s}), kOk);
        QCOMPARE(rowsOf(u"schema_version"_s), 1);
    }

    /** The demo office (same seed) gives the same reports on both engines, byte for byte. */
    void demoOfficeSameReports()
    {
        CliSandbox box(kBinary);
        const QStringList demo{u"demo"_s, u"--staff"_s, u"300"_s, u"--seed"_s, u"7"_s};
        CHECK_EXIT(run(box, box.fileDb(), demo), kOk);
        CHECK_EXIT(run(box, m_url, demo), kOk);
        QCOMPARE(rowsOf(u"staff"_s), 300);
        compareReports(box);
        // What export writes (import reads it back) is the same too.
        const QStringList exportStaff{u"export"_s, u"staff"_s, u"--format"_s, u"csv"_s};
        const CliRun fileStaff = run(box, box.fileDb(), exportStaff);
        CHECK_EXIT(fileStaff, kOk);
        QCOMPARE(run(box, m_url, exportStaff).out, fileStaff.out);
    }

    /** The documented files imported on both engines give the same reports, byte for byte. */
    void importedOfficeSameReports()
    {
        CliSandbox box(kBinary);
        const QList<QStringList> imports = {
            {u"units"_s, u"units.csv"_s},           {u"staff"_s, u"staff.csv"_s},
            {u"evaluations"_s, u"evaluations.csv"_s}, {u"discipline"_s, u"discipline.csv"_s},
            {u"culture"_s, u"culture.csv"_s},       {u"training"_s, u"training.csv"_s},
        };
        for (const QStringList &what : imports) {
            const QStringList args{u"import"_s, what[0], kData + what[1]};
            CHECK_EXIT(run(box, box.fileDb(), args), kOk);
            CHECK_EXIT(run(box, m_url, args), kOk);
        }
        compareReports(box);
    }

    /** A broken file on the server: exit 2 with its field errors, and not one row written (nor audited). */
    void brokenImportWritesNothing()
    {
        CliSandbox box(kBinary);
        CHECK_EXIT(run(box, m_url, {u"import"_s, u"units"_s, kData + u"units.csv"_s}), kOk);
        CHECK_EXIT(run(box, m_url, {u"import"_s, u"staff"_s, kData + u"staff.csv"_s}), kOk);
        const qint64 staff = rowsOf(u"staff"_s);
        const qint64 evaluations = rowsOf(u"evaluation"_s);
        const qint64 audit = rowsOf(u"audit_log"_s);
        QVERIFY(staff > 0 && audit > 0);
        QCOMPARE(evaluations, 0);

        const CliRun broken = run(box, m_url, {u"import"_s, u"evaluations"_s, kData + u"evaluations_broken.csv"_s});
        CHECK_EXIT(broken, kInvalidInput);
        QVERIFY2(broken.errText().contains(u"final_level"_s), broken.describe());
        const CliRun oneBad = run(box, m_url, {u"import"_s, u"staff"_s, kData + u"staff_10_good_1_bad.csv"_s});
        CHECK_EXIT(oneBad, kInvalidInput);

        QCOMPARE(rowsOf(u"staff"_s), staff);
        QCOMPARE(rowsOf(u"evaluation"_s), 0);
        QCOMPARE(rowsOf(u"audit_log"_s), audit);
    }

    /** CONGVU_DB may name the server instead of --db. */
    void serverFromEnvironment()
    {
        CliSandbox box(kBinary);
        QProcessEnvironment env = box.environment();
        env.insert(u"CONGVU_DB"_s, m_url);
        const CliRun r = runCli(kBinary, {u"--lang"_s, u"en"_s, u"init"_s}, {}, env);
        CHECK_EXIT(r, kOk);
        QVERIFY2(r.out.contains(QUrl(m_url).host().toUtf8()), r.describe());
        QCOMPARE(rowsOf(u"schema_version"_s), 1);
    }

    /** A server that cannot be used: exit 3, a message naming the server and the cause, never a password. */
    void unusableServer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected"); // in the message besides the URL

        const QUrl url(m_url);
        QUrl closedPort(url);
        closedPort.setHost(u"127.0.0.1"_s);
        closedPort.setPort(1); // nothing listens on a privileged port here
        QTest::newRow("nothing listening") << closedPort.toString() << u"port 1"_s;
        QUrl missingDb(url);
        missingDb.setPath(u"/congvu_no_such_database"_s);
        QTest::newRow("no such database") << missingDb.toString() << u"does not exist"_s;
        QUrl withPassword(url);
        withPassword.setPassword(u"s3cret-Passw0rd"_s);
        QTest::newRow("password in the URL") << withPassword.toString() << u"PGPASSWORD"_s;
        QUrl noDbName(url);
        noDbName.setPath(QString());
        QTest::newRow("no database name") << noDbName.toString() << u"postgresql://user@host:port/dbname"_s;
    }

    void unusableServer()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        CliSandbox box(kBinary);
        const CliRun r = run(box, url, {u"init"_s});
        CHECK_EXIT(r, kDatabaseError);
        const QString err = r.errText();
        QVERIFY2(err.contains(QUrl(url).toString(QUrl::RemovePassword)), r.describe());
        QVERIFY2(err.contains(expected), r.describe());
        QVERIFY2(!err.contains(u"s3cret"_s), r.describe());
        QVERIFY2(!err.contains(u"removeDatabase"_s), r.describe());
        QVERIFY2(r.out.isEmpty(), r.describe());
    }
};

QTEST_GUILESS_MAIN(TestCliPostgres)
#include "tst_cli_postgres.moc"
