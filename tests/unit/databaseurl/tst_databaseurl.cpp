// SPDX-License-Identifier: GPL-3.0-or-later
// Which engine a --db value names (issue 8 item 1), and the addresses refused before any connection:
// no server is needed here (tests/e2e/tst_cli_postgres.cpp runs on one).

#include "storage/database.h"
#include "storage/sqldialect.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void isServerUrl_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("server");
        QTest::newRow("postgresql URL") << u"postgresql://hr@db.office:5432/congvu"_s << true;
        QTest::newRow("postgres URL") << u"postgres://hr@db.office/congvu"_s << true;
        QTest::newRow("scheme in capitals") << u"PostgreSQL://hr@db.office/congvu"_s << true;
        QTest::newRow("file") << u"/home/hr/congvu.sqlite"_s << false;
        QTest::newRow("relative file") << u"office.sqlite"_s << false;
        QTest::newRow("in-memory") << u":memory:"_s << false;
        QTest::newRow("file named like a scheme") << u"./postgresql:/x.sqlite"_s << false;
        QTest::newRow("other scheme") << u"mysql://hr@db/congvu"_s << false;
    }

    void isServerUrl()
    {
        QFETCH(QString, path);
        QFETCH(bool, server);
        QCOMPARE(Database::isServerUrl(path), server);
    }

    void refusedAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");    // the address as the message names it
        QTest::addColumn<QString>("expected"); // the cause
        QTest::newRow("password in the address")
            << u"postgresql://hr:Secret-123@127.0.0.1:1/congvu"_s << u"postgresql://hr@127.0.0.1:1/congvu"_s
            << u"PGPASSWORD"_s;
        QTest::newRow("password as a query item")
            << u"postgresql://hr@127.0.0.1:1/congvu?password=Secret-123"_s
            << u"postgresql://hr@127.0.0.1:1/congvu"_s << u"~/.pgpass"_s;
        QTest::newRow("no database name") << u"postgresql://hr@127.0.0.1:1"_s << u"postgresql://hr@127.0.0.1:1"_s
                                          << u"postgresql://user@host:port/dbname"_s;
        QTest::newRow("a path, not a database name")
            << u"postgresql://hr@127.0.0.1:1/a/b"_s << u"postgresql://hr@127.0.0.1:1/a/b"_s
            << u"not a valid server address"_s;
    }

    void refusedAddresses()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        QFETCH(QString, expected);
        Database db(u"tst_databaseurl"_s);
        QCOMPARE(db.open(url), Database::Status::CannotOpen);
        QVERIFY(!db.isOpen());
        QCOMPARE(db.dialect().engine(), SqlDialect::Engine::Postgres);
        QVERIFY2(db.errorString().contains(shown), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(expected), qPrintable(db.errorString()));
        QVERIFY2(!db.errorString().contains(u"Secret"_s), qPrintable(db.errorString()));
        QVERIFY2(!db.path().contains(u"Secret"_s), qPrintable(db.path()));
    }

    /** The same object opens a file after a server: the engine follows the path. */
    void engineFollowsThePath()
    {
        Database db(u"tst_databaseurl_engine"_s);
        QCOMPARE(db.open(u"postgresql://hr@127.0.0.1:1"_s), Database::Status::CannotOpen);
        QCOMPARE(db.dialect().engine(), SqlDialect::Engine::Postgres);
        QCOMPARE(db.open(u":memory:"_s), Database::Status::Ok);
        QCOMPARE(db.dialect().engine(), SqlDialect::Engine::Sqlite);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
    }

    void autoIdPerEngine()
    {
        const QString sql = u"CREATE TABLE t (id @AUTO_ID@, x TEXT)"_s;
        QCOMPARE(SqlDialect(SqlDialect::Engine::Sqlite).expand(sql),
                 u"CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, x TEXT)"_s);
        QCOMPARE(SqlDialect(SqlDialect::Engine::Postgres).expand(sql), u"CREATE TABLE t (id BIGSERIAL PRIMARY KEY, x TEXT)"_s);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
