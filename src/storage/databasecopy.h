// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class Database;

/** One table of a copy: how many rows it holds and their checksum (the same on the source and the target). */
struct TableCopyReport
{
    QString table;
    qint64 rows = 0;
    QByteArray checksum; ///< SHA-256 of the rows in canonical text, by primary key (TableChecksum)

    /** The first 16 hex digits of the checksum, as reports show it. */
    [[nodiscard]] QString shortChecksum() const { return QString::fromLatin1(checksum.toHex().left(16)); }
};

/** The rows and the checksum of one table as read from one database. */
struct TableChecksum
{
    qint64 rows = 0;
    QByteArray sha256;
};

/** What a copy did. */
struct DatabaseCopyResult
{
    enum class Outcome {
        Copied,            ///< every table copied, verified and committed
        TargetNotEmpty,    ///< refused: the target holds data (nothing written)
        SameDatabase,      ///< refused: the target is the source
        CannotOpenTarget,  ///< the target could not be opened or created
        VerificationFailed, ///< a table read back differently: rolled back
        StorageError,      ///< a read or write failed: rolled back
    };
    Outcome outcome = Outcome::StorageError;
    QString error;       ///< translated; empty when copied
    QString table;       ///< the table refused or that failed, when there is one
    QString source;      ///< the source's path or URL (never a password)
    QString target;      ///< the target's path or URL (never a password)
    std::vector<TableCopyReport> tables; ///< in copy order (parents first); those verified so far
    [[nodiscard]] bool ok() const { return outcome == Outcome::Copied; }
};

/**
 * Moves an office from one database to another (issue 8 item 2, `congvu migrate --to`): typically from
 * its SQLite file to an empty PostgreSQL database, or back to a new file. The target is opened with
 * Database (the same migrations), refused unless it is empty or holds only what the migrations seed;
 * then, in one transaction on the target, the seeded rows are deleted and every table of the schema
 * (all but schema_version) is copied parents first, ids kept, in prepared batched inserts; the id
 * sequences are set to continue after the source's; every table is read back and compared with the
 * source (row count and a SHA-256 over the rows in canonical text); any difference rolls it all back.
 * The source is read in one read transaction (a consistent snapshot) and never written.
 */
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    /** source: open and migrated to Database::latestVersion(). */
    explicit DatabaseCopy(Database &source);

    /** Rows copied so far out of the rows of the source (called after every batch). */
    void setProgress(std::function<void(qint64 copied, qint64 total)> progress) { m_progress = std::move(progress); }
    /** Called once a table has been copied and verified (still inside the transaction). */
    void setTableDone(std::function<void(const TableCopyReport &)> done) { m_tableDone = std::move(done); }
    /** Test hook: called after a table's rows were inserted, before they are verified. */
    void setAfterTableCopied(std::function<void(const QString &table, QSqlDatabase target)> hook)
    {
        m_afterTableCopied = std::move(hook);
    }

    /** Copies the source into target (a file path or a postgresql:// URL). */
    DatabaseCopyResult copyTo(const QString &target);

    /**
     * The tables of the open database that hold office data (all but schema_version and the engine's
     * own), parents before the tables whose foreign keys name them; ties by name.
     */
    [[nodiscard]] static std::optional<QStringList> tablesInCopyOrder(const QSqlDatabase &db, QString *error);
    /**
     * The rows and checksum of table in db over columns (in that order), the rows ordered by the key
     * columns: each value in canonical text (NULL; integers and whole reals in decimal; other reals to
     * 17 significant digits; text as UTF-8; dates ISO 8601), so SQLite and PostgreSQL agree.
     */
    [[nodiscard]] static std::optional<TableChecksum> checksum(const QSqlDatabase &db, const QString &table,
                                                               const QStringList &columns, const QStringList &key,
                                                               QString *error);
    /** checksum() over the table's columns and primary key as db describes them. */
    [[nodiscard]] static std::optional<TableChecksum> checksum(const QSqlDatabase &db, const QString &table,
                                                               QString *error);

private:
    /** Nullopt when the open target may receive the office; else the refusal. */
    std::optional<DatabaseCopyResult> refuseNonEmpty(Database &target, const QStringList &tables);
    bool copyTable(const QSqlDatabase &target, const QString &table, const QStringList &columns, qint64 *copied,
                   qint64 total, QString *error);
    bool continueIds(const QSqlDatabase &target, const QString &table, QString *error);

    Database &m_source;
    std::function<void(qint64, qint64)> m_progress;
    std::function<void(const TableCopyReport &)> m_tableDone;
    std::function<void(const QString &, QSqlDatabase)> m_afterTableCopied;
};
