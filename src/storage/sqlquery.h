// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

/** Helpers shared by the repositories: execution with logging, and value conversion. */
namespace Sql {
/** exec() a prepared query; on failure logs query, bound values and error, and sets *error. */
bool exec(QSqlQuery &query, QString *error);
/** prepare() + log on failure. */
bool prepare(QSqlQuery &query, const QString &sql, QString *error);

QVariant fromDate(const QDate &d);
QVariant fromText(const QString &s);
/** s for a NOT NULL text column: "" when s is null (Qt binds a null QString as SQL NULL). */
QVariant notNull(const QString &s);
QVariant fromBool(const std::optional<bool> &b);
QDate toDate(const QVariant &v);
QString toText(const QVariant &v);
std::optional<bool> toBool(const QVariant &v);
/** id for a nullable foreign key: NULL when id is 0 (none). */
QVariant idOrNull(qint64 id);

/** Runs the prepared q; every row through read (what was read so far on failure, *error set). */
template<typename T>
std::vector<T> readRows(QSqlQuery &q, T (*read)(const QSqlQuery &), QString *error)
{
    std::vector<T> out;
    if (!exec(q, error))
        return out;
    while (q.next())
        out.push_back(read(q));
    return out;
}

/** Runs the prepared q; its first row through read, or nullopt (none, or *error set). */
template<typename T>
std::optional<T> readFirst(QSqlQuery &q, T (*read)(const QSqlQuery &), QString *error)
{
    if (!exec(q, error) || !q.next())
        return std::nullopt;
    return read(q);
}

/** `select WHERE id = :id`, read by read; nullopt when there is none. */
template<typename T>
std::optional<T> selectById(const QSqlDatabase &db, const QString &select, qint64 id, T (*read)(const QSqlQuery &),
                            QString *error)
{
    QSqlQuery q(db);
    if (!prepare(q, select + QStringLiteral(" WHERE id = :id"), error))
        return std::nullopt;
    q.bindValue(QStringLiteral(":id"), id);
    return readFirst(q, read, error);
}

/**
 * The id of the row the INSERT q just added: lastInsertId() on SQLite; on PostgreSQL (where QPSQL has
 * no last id for tables without OIDs) the session's lastval() of the id sequence.
 */
qint64 insertedId(const QSqlQuery &q);

/** Runs a statement whose one parameter is :id. */
bool execWithId(const QSqlDatabase &db, const QString &sql, qint64 id, QString *error);
} // namespace Sql
