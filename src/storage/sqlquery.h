// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

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
} // namespace Sql
