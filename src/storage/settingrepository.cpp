// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingrepository.h"

#include "sqlquery.h"

using namespace Qt::StringLiterals;

std::optional<QString> SettingRepository::value(const QString &key, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT value FROM setting WHERE key = :key"_s, error))
        return std::nullopt;
    q.bindValue(u":key"_s, key);
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool SettingRepository::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db);
    const bool exists = this->value(key).has_value();
    if (!Sql::prepare(q, exists ? u"UPDATE setting SET value = :value WHERE key = :key"_s
                                : u"INSERT INTO setting (key, value) VALUES (:key, :value)"_s, error))
        return false;
    q.bindValue(u":key"_s, key);
    q.bindValue(u":value"_s, value.isNull() ? u""_s : value); // the column is NOT NULL
    return Sql::exec(q, error);
}
