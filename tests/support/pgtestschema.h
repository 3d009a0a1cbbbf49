// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

/**
 * The PostgreSQL pass of the tests (issue 8, item 7): when CONGVU_TEST_PG_URL names a server
 * (postgresql://user@host:port/dbname), every TestDatabase and CliSandbox lives in a fresh schema of its
 * own in that database instead of a SQLite file, so the whole suite runs on both engines
 * (scripts/test.sh runs it twice).
 */
namespace PgTest {
/** The server of the PostgreSQL pass (CONGVU_TEST_PG_URL), empty in the SQLite pass. */
QString serverUrl();
/** True in the PostgreSQL pass. */
bool active();
/**
 * A direct QPSQL connection named name to the database of url (postgresql://user@host:port/dbname),
 * opened (notices quietened), for a test that creates or drops databases or counts rows itself.
 */
QSqlDatabase serverConnection(const QString &url, const QString &name);
} // namespace PgTest

/**
 * A schema of its own (t_<pid>_<n>) in the database of PgTest::serverUrl(), created through an admin
 * connection and dropped with everything in it when destroyed. url() reaches it: the server URL with
 * options=-csearch_path=<schema>, which Database::open passes to libpq, so every connection opened on
 * url() (a second Database, the congvu binary's --db) sees the same tables.
 */
class PgTestSchema
{
public:
    /** Dies (qFatal) when the server cannot be reached: the PostgreSQL pass cannot run without it. */
    PgTestSchema();
    ~PgTestSchema();
    PgTestSchema(const PgTestSchema &) = delete;
    PgTestSchema &operator=(const PgTestSchema &) = delete;

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QString &url() const { return m_url; }

private:
    QString m_name;
    QString m_url;
};

/** Skips the current test in the PostgreSQL pass, for a test about the SQLite file itself. */
#define SKIP_ON_POSTGRES(reason)                                                                                   \
    do {                                                                                                           \
        if (PgTest::active())                                                                                      \
            QSKIP("SQLite file only: " reason);                                                                    \
    } while (false)
