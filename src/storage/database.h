// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

/**
 * The office database: opens the SQLite file (WAL, foreign keys, busy timeout) or, for a
 * postgresql:// URL, a PostgreSQL database through QPSQL (a shared office); applies the
 * numbered migrations of schemas/sql each in its own transaction, records the version, and
 * refuses a database written by a newer program. One instance per connection and thread.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Status { Ok, CannotOpen, TooNew, NotCongVu, MigrationFailed };

    /** connectionName must be unique per open database (tests use one per test). */
    explicit Database(QString connectionName = QStringLiteral("congvu"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /**
     * Opens (creating when missing) and migrates to the latest version.
     * path may be ":memory:", or postgresql://user@host:port/dbname (also postgres://; the
     * password comes from PGPASSWORD or ~/.pgpass, never from the URL; query items such as
     * ?sslmode=require are passed to libpq). On failure returns the status and sets errorString().
     */
    Status open(const QString &path);
    /** Opens without migrating (to read the version of a file). */
    Status openOnly(const QString &path);
    void close();

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QSqlDatabase connection() const;
    /** The file, or the server URL without any password. */
    [[nodiscard]] const QString &path() const { return m_path; }
    /** True when path names a PostgreSQL server (postgresql:// or postgres://), not a file. */
    [[nodiscard]] static bool isServerUrl(const QString &path);
    [[nodiscard]] const QString &errorString() const { return m_error; }
    [[nodiscard]] const SqlDialect &dialect() const { return m_dialect; }
    /** Version recorded in the database (0 for an empty one). */
    [[nodiscard]] int schemaVersion() const;
    /** The newest migration this program knows. */
    [[nodiscard]] static int latestVersion();
    /** Applies the missing migrations. */
    Status migrate();

    /**
     * The user who works through this connection (phiên làm việc): set once they have logged in
     * (the window's log-in, the command line's --as), empty for nobody. The services' permission
     * checks (AccessControl) read it; it is never stored.
     */
    void setSessionUser(const QString &name) { m_sessionUser = name; }
    [[nodiscard]] const QString &sessionUser() const { return m_sessionUser; }

private:
    Status openPostgres(const QString &url);
    bool applyMigration(int version, const QString &script);
    bool afterMigration(int version);
    bool seedTitleStandards();
    bool seedCultureItems();

    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_sessionUser;
    SqlDialect m_dialect;
};
