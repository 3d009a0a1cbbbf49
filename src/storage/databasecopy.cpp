// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasecopy.h"

#include "database.h"
#include "sqldialect.h"
#include "storagelog.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/** Most parameters in one INSERT: under SQLite's oldest limit (999) and well under PostgreSQL's (65535). */
constexpr int kSqliteParameters = 990;
constexpr int kPostgresParameters = 8000;

bool isPostgres(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

QString quoted(const QSqlDatabase &db, const QString &name, QSqlDriver::IdentifierType type)
{
    return db.driver()->escapeIdentifier(name, type);
}

QString columnList(const QSqlDatabase &db, const QStringList &columns)
{
    QStringList out;
    for (const QString &c : columns)
        out << quoted(db, c, QSqlDriver::FieldName);
    return out.join(u", "_s);
}

/** The tables of db that CongVu reaches (on PostgreSQL those of the current schema), sorted. */
QStringList userTables(const QSqlDatabase &db)
{
    QStringList tables =
        SqlDialect(isPostgres(db) ? SqlDialect::Engine::Postgres : SqlDialect::Engine::Sqlite).tables(db);
    tables.sort();
    return tables;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList out;
    for (int i = 0; i < record.count(); ++i)
        out << record.fieldName(i);
    return out;
}

/** The primary key's columns; every column when the table has none. */
QStringList keyOf(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    const QSqlIndex pk = db.primaryIndex(table);
    QStringList out;
    for (int i = 0; i < pk.count(); ++i)
        out << pk.fieldName(i);
    return out.isEmpty() ? columns : out;
}

bool isIntegral(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

bool isWholeReal(const QVariant &v, double *whole)
{
    const int type = v.metaType().id();
    if (type != QMetaType::Double && type != QMetaType::Float)
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::trunc(d) || std::fabs(d) > 9007199254740992.0)
        return false;
    *whole = d;
    return true;
}

/** The canonical text of one value: the same for SQLite and PostgreSQL whatever type each returns. */
QByteArray canonicalText(const QVariant &v)
{
    double whole = 0;
    if (isIntegral(v))
        return v.metaType().id() == QMetaType::ULongLong ? QByteArray::number(v.toULongLong())
                                                         : QByteArray::number(v.toLongLong());
    if (isWholeReal(v, &whole))
        return QByteArray::number(qint64(whole));
    switch (v.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QByteArray::number(v.toDouble(), 'g', 17);
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate).toUtf8();
    case QMetaType::QDateTime:
        return v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QTime:
        return v.toTime().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QByteArray:
        return "x'" + v.toByteArray().toHex() + '\'';
    default:
        return v.toString().toUtf8();
    }
}

/** A value as it enters the checksum: N for NULL, else V<length>:<canonical text>. */
void appendCanonical(QByteArray &out, const QVariant &v)
{
    if (v.isNull()) {
        out += 'N';
        return;
    }
    const QByteArray text = canonicalText(v);
    out += 'V';
    out += QByteArray::number(text.size());
    out += ':';
    out += text;
}

/** A key value as sort bytes: integers in numeric order (big-endian, sign flipped), text as UTF-8. */
void appendSortKey(QByteArray &out, const QVariant &v)
{
    double whole = 0;
    if (v.isNull()) {
        out += '\0';
        return;
    }
    if (isIntegral(v) || isWholeReal(v, &whole)) {
        const qint64 n = isIntegral(v) ? v.toLongLong() : qint64(whole);
        const quint64 flipped = quint64(n) ^ (quint64(1) << 63);
        char bytes[8];
        qToBigEndian(flipped, bytes);
        out += '\1';
        out.append(bytes, 8);
        return;
    }
    out += '\2';
    out += canonicalText(v);
    out += '\0';
}

/** The next id the database would give table (0 when it has no id column). */
std::optional<qint64> nextId(const QSqlDatabase &db, const QString &table, QString *error)
{
    if (!db.record(table).contains(u"id"_s))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT MAX(id) FROM "_s + quoted(db, table, QSqlDriver::TableName)) || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    qint64 next = q.value(0).toLongLong() + 1;
    if (isPostgres(db)) {
        if (!q.prepare(u"SELECT pg_get_serial_sequence(?, 'id')"_s))
            return std::nullopt;
        q.addBindValue(table);
        if (!q.exec() || !q.next()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        const QString sequence = q.value(0).toString();
        if (sequence.isEmpty())
            return next;
        // The sequence's name comes from the server, already quoted where it needs it.
        if (!q.exec(u"SELECT last_value, is_called FROM "_s + sequence) || !q.next()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        const qint64 last = q.value(0).toLongLong();
        return std::max(next, q.value(1).toBool() ? last + 1 : last);
    }
    if (!db.tables().contains(u"sqlite_sequence"_s) || !q.prepare(u"SELECT seq FROM sqlite_sequence WHERE name = ?"_s))
        return next; // no AUTOINCREMENT table has had a row yet
    q.addBindValue(table);
    if (q.exec() && q.next())
        next = std::max(next, q.value(0).toLongLong() + 1);
    return next;
}

/** Two paths or URLs that name the same database. */
bool sameDatabase(const QString &a, const QString &b)
{
    if (Database::isServerUrl(a) != Database::isServerUrl(b))
        return false;
    if (Database::isServerUrl(a)) {
        // The same server and database, and the same schema (libpq's options=-csearch_path=...).
        const QUrl ua(a), ub(b);
        return ua.host().compare(ub.host(), Qt::CaseInsensitive) == 0 && ua.port(5432) == ub.port(5432)
            && ua.path() == ub.path()
            && QUrlQuery(ua).queryItemValue(u"options"_s) == QUrlQuery(ub).queryItemValue(u"options"_s);
    }
    const QFileInfo fa(a), fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

QString uniqueConnection(const char *what)
{
    static std::atomic<int> counter{0};
    return u"congvu-copy-%1-%2"_s.arg(QString::fromLatin1(what)).arg(++counter);
}

} // namespace

DatabaseCopy::DatabaseCopy(Database &source)
    : m_source(source)
{
}

std::optional<QStringList> DatabaseCopy::tablesInCopyOrder(const QSqlDatabase &db, QString *error)
{
    QStringList tables = userTables(db);
    tables.removeAll(u"schema_version"_s);
    // parent tables of each table (foreign keys), self references left out
    QMap<QString, QSet<QString>> parents;
    QSqlQuery q(db);
    if (isPostgres(db)) {
        if (!q.exec(u"SELECT r.relname, p.relname FROM pg_constraint c "
                    "JOIN pg_class r ON r.oid = c.conrelid JOIN pg_class p ON p.oid = c.confrelid "
                    "JOIN pg_namespace n ON n.oid = c.connamespace "
                    "WHERE c.contype = 'f' AND n.nspname = current_schema()"_s)) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        while (q.next())
            parents[q.value(0).toString()].insert(q.value(1).toString());
    } else {
        for (const QString &table : tables) {
            if (!q.exec(u"PRAGMA foreign_key_list("_s + quoted(db, table, QSqlDriver::TableName) + u')')) {
                *error = q.lastError().text();
                return std::nullopt;
            }
            while (q.next())
                parents[table].insert(q.value(2).toString());
        }
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool progress = false;
        for (const QString &table : std::as_const(tables)) { // sorted: ties by name
            if (placed.contains(table))
                continue;
            const QSet<QString> &mine = parents.value(table);
            const bool ready = std::all_of(mine.cbegin(), mine.cend(), [&](const QString &p) {
                return p == table || placed.contains(p) || !tables.contains(p);
            });
            if (ready) {
                ordered << table;
                placed.insert(table);
                progress = true;
                break; // restart: the first ready table by name
            }
        }
        if (!progress) {
            *error = tr("the foreign keys of the tables form a cycle");
            return std::nullopt;
        }
    }
    return ordered;
}

std::optional<TableChecksum> DatabaseCopy::checksum(const QSqlDatabase &db, const QString &table,
                                                    const QStringList &columns, const QStringList &key,
                                                    QString *error)
{
    QList<int> keyAt;
    for (const QString &k : key)
        keyAt << int(columns.indexOf(k));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + columnList(db, columns) + u" FROM "_s + quoted(db, table, QSqlDriver::TableName))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    std::vector<std::pair<QByteArray, QByteArray>> rows; // sort key, canonical row
    while (q.next()) {
        QByteArray sortKey, row;
        for (const int at : std::as_const(keyAt))
            appendSortKey(sortKey, at >= 0 ? q.value(at) : QVariant());
        for (int i = 0; i < columns.size(); ++i)
            appendCanonical(row, q.value(i));
        rows.emplace_back(std::move(sortKey), std::move(row));
    }
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    std::sort(rows.begin(), rows.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[sortKey, row] : rows) {
        hash.addData(row);
        hash.addData(QByteArrayView("\n"));
    }
    return TableChecksum{qint64(rows.size()), hash.result()};
}

std::optional<TableChecksum> DatabaseCopy::checksum(const QSqlDatabase &db, const QString &table, QString *error)
{
    const QStringList columns = columnsOf(db, table);
    return checksum(db, table, columns, keyOf(db, table, columns), error);
}

std::optional<DatabaseCopyResult> DatabaseCopy::refuseNonEmpty(Database &target, const QStringList &tables)
{
    DatabaseCopyResult refused;
    refused.outcome = DatabaseCopyResult::Outcome::TargetNotEmpty;
    refused.source = m_source.path();
    refused.target = target.path();
    if (tables.isEmpty())
        return std::nullopt;
    if (!tables.contains(u"schema_version"_s)) {
        refused.table = tables.first();
        refused.error = tr("the target %1 is not empty: it has the table %2 and is not a CongVu database; "
                           "migrate into an empty database")
                            .arg(target.path(), refused.table);
        return refused;
    }
    const int version = target.schemaVersion();
    if (version != Database::latestVersion()) {
        refused.table = u"schema_version"_s;
        refused.error = tr("the target %1 is not empty: it holds a CongVu database of schema version %2 "
                           "(this program writes version %3); migrate into an empty database")
                            .arg(target.path())
                            .arg(version)
                            .arg(Database::latestVersion());
        return refused;
    }
    // A CongVu database at our version: empty when every table holds what a new one holds (the
    // migrations' reference data) and nothing else.
    Database fresh(uniqueConnection("fresh"));
    if (fresh.open(u":memory:"_s) != Database::Status::Ok) {
        refused.outcome = DatabaseCopyResult::Outcome::StorageError;
        refused.error = fresh.errorString();
        return refused;
    }
    QString error;
    const auto order = tablesInCopyOrder(target.connection(), &error);
    if (!order) {
        refused.outcome = DatabaseCopyResult::Outcome::StorageError;
        refused.error = tr("cannot read the target %1: %2").arg(target.path(), error);
        return refused;
    }
    for (const QString &table : *order) {
        const QStringList columns = columnsOf(target.connection(), table);
        const QStringList key = keyOf(target.connection(), table, columns);
        const auto there = checksum(target.connection(), table, columns, key, &error);
        const auto seeded = checksum(fresh.connection(), table, columns, key, &error);
        if (!there || !seeded) {
            refused.outcome = DatabaseCopyResult::Outcome::StorageError;
            refused.table = table;
            refused.error = tr("cannot read the table %1 of the target %2: %3").arg(table, target.path(), error);
            return refused;
        }
        if (there->rows != seeded->rows || there->sha256 != seeded->sha256) {
            refused.table = table;
            refused.error = tr("the target %1 is not empty: the table %2 holds %3 row(s) of an office; "
                               "migrate into an empty database")
                                .arg(target.path(), table)
                                .arg(there->rows);
            return refused;
        }
    }
    return std::nullopt;
}

bool DatabaseCopy::copyTable(const QSqlDatabase &target, const QString &table, const QStringList &columns,
                             qint64 *copied, qint64 total, QString *error)
{
    const QSqlDatabase source = m_source.connection();
    QSqlQuery read(source);
    read.setForwardOnly(true);
    const QStringList key = keyOf(target, table, columns);
    if (!read.exec(u"SELECT "_s + columnList(source, columns) + u" FROM "_s
                   + quoted(source, table, QSqlDriver::TableName) + u" ORDER BY "_s + columnList(source, key))) {
        *error = read.lastError().text();
        return false;
    }
    const int width = int(columns.size());
    const int perBatch = std::max(1, (isPostgres(target) ? kPostgresParameters : kSqliteParameters) / width);
    const QString head = u"INSERT INTO "_s + quoted(target, table, QSqlDriver::TableName) + u" ("_s
        + columnList(target, columns) + u") VALUES "_s;
    const QString tuple = u'(' + QStringList(width, u"?"_s).join(u", "_s) + u')';
    auto statement = [&](int rows) { return head + QStringList(rows, tuple).join(u", "_s); };

    QSqlQuery full(target);
    bool fullPrepared = false;
    QVariantList pending;
    pending.reserve(perBatch * width);
    int pendingRows = 0;
    auto flush = [&]() {
        if (pendingRows == 0)
            return true;
        QSqlQuery partial(target);
        QSqlQuery &insert = pendingRows == perBatch ? full : partial;
        if (pendingRows == perBatch && !fullPrepared) {
            if (!full.prepare(statement(perBatch))) {
                *error = full.lastError().text();
                return false;
            }
            fullPrepared = true;
        } else if (pendingRows != perBatch && !partial.prepare(statement(pendingRows))) {
            *error = partial.lastError().text();
            return false;
        }
        for (const QVariant &v : std::as_const(pending))
            insert.addBindValue(v);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
        *copied += pendingRows;
        pending.clear();
        pendingRows = 0;
        if (m_progress)
            m_progress(*copied, total);
        return true;
    };
    while (read.next()) {
        for (int i = 0; i < width; ++i)
            pending << read.value(i);
        if (++pendingRows == perBatch && !flush())
            return false;
    }
    if (read.lastError().isValid()) {
        *error = read.lastError().text();
        return false;
    }
    return flush();
}

bool DatabaseCopy::continueIds(const QSqlDatabase &target, const QString &table, QString *error)
{
    const auto next = nextId(m_source.connection(), table, error);
    if (!next)
        return false;
    if (*next == 0)
        return true; // no id column
    QSqlQuery q(target);
    if (isPostgres(target)) {
        q.prepare(u"SELECT pg_get_serial_sequence(?, 'id')"_s);
        q.addBindValue(table);
        if (!q.exec() || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        const QString sequence = q.value(0).toString();
        if (sequence.isEmpty())
            return true;
        q.prepare(u"SELECT setval(?, ?, false)"_s);
        q.addBindValue(sequence);
        q.addBindValue(*next);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
    q.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    q.addBindValue(table);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.value(0).toString().contains("AUTOINCREMENT"_L1, Qt::CaseInsensitive))
        return true;
    q.prepare(u"DELETE FROM sqlite_sequence WHERE name = ?"_s);
    q.addBindValue(table);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    q.prepare(u"INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)"_s);
    q.addBindValue(table);
    q.addBindValue(*next - 1);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

DatabaseCopyResult DatabaseCopy::copyTo(const QString &targetPath)
{
    DatabaseCopyResult result;
    result.source = m_source.path();
    result.target = targetPath;
    auto fail = [&result](DatabaseCopyResult::Outcome outcome, const QString &error, const QString &table = {}) {
        result.outcome = outcome;
        result.error = error;
        result.table = table;
        return result;
    };
    if (!m_source.isOpen() || m_source.schemaVersion() != Database::latestVersion())
        return fail(DatabaseCopyResult::Outcome::StorageError,
                    tr("the source %1 is not open at schema version %2").arg(m_source.path()).arg(Database::latestVersion()));
    if (sameDatabase(m_source.path(), targetPath))
        return fail(DatabaseCopyResult::Outcome::SameDatabase,
                    tr("the target %1 is the database being copied; name another one").arg(targetPath));

    const bool newFile = !Database::isServerUrl(targetPath) && !QFileInfo::exists(targetPath);
    Database target(uniqueConnection("target"));
    if (target.openOnly(targetPath) != Database::Status::Ok)
        return fail(DatabaseCopyResult::Outcome::CannotOpenTarget, target.errorString());
    result.target = target.path();
    // A file this copy created is removed again when the copy does not land.
    struct RemoveUnlessCopied
    {
        Database &db;
        const DatabaseCopyResult &result;
        bool created;
        ~RemoveUnlessCopied()
        {
            if (!created || result.ok())
                return;
            const QString path = db.path();
            db.close();
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
                QFile::remove(path + suffix);
        }
    } cleanup{target, result, newFile};

    if (auto refused = refuseNonEmpty(target, userTables(target.connection()))) {
        result = *refused;
        return result;
    }
    if (target.migrate() != Database::Status::Ok)
        return fail(DatabaseCopyResult::Outcome::CannotOpenTarget, target.errorString());

    const QSqlDatabase source = m_source.connection();
    const QSqlDatabase tdb = target.connection();
    QString error;
    const auto order = tablesInCopyOrder(tdb, &error);
    if (!order)
        return fail(DatabaseCopyResult::Outcome::StorageError, tr("cannot read the target %1: %2").arg(result.target, error));
    const auto sourceTables = tablesInCopyOrder(source, &error);
    if (!sourceTables)
        return fail(DatabaseCopyResult::Outcome::StorageError, tr("cannot read the source %1: %2").arg(result.source, error));
    for (const QString &table : *sourceTables) {
        if (!order->contains(table))
            return fail(DatabaseCopyResult::Outcome::StorageError,
                        tr("the table %1 of the source is not in the target").arg(table), table);
    }

    // One snapshot of the source for the copy and its checksums.
    Transaction reading(source, Transaction::Mode::Read);
    if (isPostgres(source)) {
        QSqlQuery q(source);
        q.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s);
    }
    qint64 total = 0;
    QMap<QString, QStringList> columnsByTable;
    for (const QString &table : *order) {
        const QStringList columns = columnsOf(tdb, table);
        const QStringList sourceColumns = columnsOf(source, table);
        if (QSet<QString>(columns.cbegin(), columns.cend()) != QSet<QString>(sourceColumns.cbegin(), sourceColumns.cend()))
            return fail(DatabaseCopyResult::Outcome::StorageError,
                        tr("the table %1 has other columns in the source than in the target").arg(table), table);
        columnsByTable.insert(table, columns);
        QSqlQuery q(source);
        if (!q.exec(u"SELECT count(*) FROM "_s + quoted(source, table, QSqlDriver::TableName)) || !q.next())
            return fail(DatabaseCopyResult::Outcome::StorageError,
                        tr("cannot read the table %1 of the source: %2").arg(table, q.lastError().text()), table);
        total += q.value(0).toLongLong();
    }

    Transaction writing(tdb);
    if (!writing.isActive())
        return fail(DatabaseCopyResult::Outcome::StorageError,
                    tr("cannot write the target %1: %2").arg(result.target, tdb.lastError().text()));
    // The rows the migrations seeded (reference data) make way for the office's own.
    for (auto it = order->crbegin(); it != order->crend(); ++it) {
        QSqlQuery q(tdb);
        if (!q.exec(u"DELETE FROM "_s + quoted(tdb, *it, QSqlDriver::TableName)))
            return fail(DatabaseCopyResult::Outcome::StorageError,
                        tr("cannot empty the table %1 of the target: %2").arg(*it, q.lastError().text()), *it);
    }
    qint64 copied = 0;
    if (m_progress)
        m_progress(0, total);
    for (const QString &table : *order) {
        const QStringList &columns = columnsByTable[table];
        if (!copyTable(tdb, table, columns, &copied, total, &error))
            return fail(DatabaseCopyResult::Outcome::StorageError,
                        tr("cannot copy the table %1: %2").arg(table, error), table);
        if (!continueIds(tdb, table, &error))
            return fail(DatabaseCopyResult::Outcome::StorageError,
                        tr("cannot set the next id of the table %1: %2").arg(table, error), table);
        if (m_afterTableCopied)
            m_afterTableCopied(table, tdb);
        const QStringList key = keyOf(tdb, table, columns);
        const auto from = checksum(source, table, columns, key, &error);
        const auto to = from ? checksum(tdb, table, columns, key, &error) : std::nullopt;
        if (!from || !to)
            return fail(DatabaseCopyResult::Outcome::StorageError,
                        tr("cannot read back the table %1: %2").arg(table, error), table);
        if (from->rows != to->rows || from->sha256 != to->sha256) {
            qCWarning(lcStorage) << "copy of" << table << "differs:" << from->rows << from->sha256.toHex()
                                 << to->rows << to->sha256.toHex();
            return fail(DatabaseCopyResult::Outcome::VerificationFailed,
                        from->rows != to->rows
                            ? tr("verification failed: the table %1 has %2 row(s) in the source and %3 in the "
                                 "target; nothing was written")
                                  .arg(table)
                                  .arg(from->rows)
                                  .arg(to->rows)
                            : tr("verification failed: the rows of the table %1 differ between the source and "
                                 "the target (checksum %2 against %3); nothing was written")
                                  .arg(table, QString::fromLatin1(from->sha256.toHex().left(16)),
                                       QString::fromLatin1(to->sha256.toHex().left(16))),
                        table);
        }
        result.tables.push_back(TableCopyReport{table, to->rows, to->sha256});
        if (m_tableDone)
            m_tableDone(result.tables.back());
    }
    if (!writing.commit())
        return fail(DatabaseCopyResult::Outcome::StorageError,
                    tr("cannot write the target %1: %2").arg(result.target, tdb.lastError().text()));
    if (!isPostgres(tdb)) {
        QSqlQuery q(tdb);
        q.exec(u"PRAGMA journal_mode=WAL"_s); // as Database::open leaves an office file
    }
    qCInfo(lcStorage) << "copied" << copied << "rows of" << order->size() << "tables from" << result.source << "to"
                      << result.target;
    result.outcome = DatabaseCopyResult::Outcome::Copied;
    result.error.clear();
    result.table.clear();
    return result;
}
