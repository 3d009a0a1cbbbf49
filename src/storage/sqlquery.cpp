// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlquery.h"

#include "storagelog.h"

#include <QMetaType>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>

using namespace Qt::StringLiterals;

namespace Sql {

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    qCWarning(lcStorage) << "query failed:" << query.lastQuery() << query.boundValues()
                         << query.lastError().text();
    if (error)
        *error = query.lastError().text();
    return false;
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    qCWarning(lcStorage) << "prepare failed:" << sql << query.lastError().text();
    if (error)
        *error = query.lastError().text();
    return false;
}

qint64 insertedId(const QSqlQuery &q)
{
    const QVariant id = q.lastInsertId();
    if (id.isValid() && !id.isNull())
        return id.toLongLong();
    const QSqlDriver *driver = q.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return 0;
    QSqlQuery last(driver->createResult());
    if (!last.exec(u"SELECT lastval()"_s) || !last.next()) {
        qCWarning(lcStorage) << "cannot read the inserted id:" << last.lastError().text();
        return 0;
    }
    return last.value(0).toLongLong();
}

QVariant fromDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant fromText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant notNull(const QString &s)
{
    return s.isNull() ? QVariant(QString(u""_s)) : QVariant(s);
}

QVariant fromBool(const std::optional<bool> &b)
{
    return b ? QVariant(*b ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}

QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString toText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

std::optional<bool> toBool(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt() != 0;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

bool execWithId(const QSqlDatabase &db, const QString &sql, qint64 id, QString *error)
{
    QSqlQuery q(db);
    if (!prepare(q, sql, error))
        return false;
    q.bindValue(u":id"_s, id);
    return exec(q, error);
}

} // namespace Sql
