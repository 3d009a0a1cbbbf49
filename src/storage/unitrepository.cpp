// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitrepository.h"

#include "sqlquery.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"code, name, kind, parent_code, valid_from, valid_to, difficult_area, successor_code"_s;

OrgUnit readUnit(const QSqlQuery &q)
{
    OrgUnit u;
    u.code = q.value(0).toString();
    u.name = q.value(1).toString();
    u.kind = q.value(2).toString();
    u.parentCode = Sql::toText(q.value(3));
    u.validFrom = Sql::toDate(q.value(4));
    u.validTo = Sql::toDate(q.value(5));
    u.difficultArea = q.value(6).toInt() != 0;
    u.successorCode = Sql::toText(q.value(7));
    return u;
}

} // namespace

std::vector<OrgUnit> UnitRepository::all(QString *error) const
{
    std::vector<OrgUnit> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT "_s + kColumns + u" FROM org_unit ORDER BY code"_s, error) || !Sql::exec(q, error))
        return out;
    while (q.next())
        out.push_back(readUnit(q));
    return out;
}

std::optional<OrgUnit> UnitRepository::find(const QString &code, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT "_s + kColumns + u" FROM org_unit WHERE code = :code"_s, error))
        return std::nullopt;
    q.bindValue(u":code"_s, code);
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    return readUnit(q);
}

bool UnitRepository::upsert(const OrgUnit &u, QString *error)
{
    QSqlQuery q(m_db);
    const bool exists = find(u.code).has_value();
    const QString sql = exists
        ? u"UPDATE org_unit SET name = :name, kind = :kind, parent_code = :parent, valid_from = :from, "
          "valid_to = :to, difficult_area = :difficult, successor_code = :successor WHERE code = :code"_s
        : u"INSERT INTO org_unit ("_s + kColumns
            + u") VALUES (:code, :name, :kind, :parent, :from, :to, :difficult, :successor)"_s;
    if (!Sql::prepare(q, sql, error))
        return false;
    q.bindValue(u":code"_s, u.code);
    q.bindValue(u":name"_s, u.name);
    q.bindValue(u":kind"_s, u.kind);
    q.bindValue(u":parent"_s, Sql::fromText(u.parentCode));
    q.bindValue(u":from"_s, Sql::fromDate(u.validFrom));
    q.bindValue(u":to"_s, Sql::fromDate(u.validTo));
    q.bindValue(u":difficult"_s, u.difficultArea ? 1 : 0);
    q.bindValue(u":successor"_s, Sql::fromText(u.successorCode));
    return Sql::exec(q, error);
}

bool UnitRepository::remove(const QString &code, QString *error)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"DELETE FROM org_unit WHERE code = :code"_s, error))
        return false;
    q.bindValue(u":code"_s, code);
    return Sql::exec(q, error);
}

int UnitRepository::staffCount(const QString &code, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT COUNT(*) FROM staff WHERE unit_code = :code"_s, error))
        return -1;
    q.bindValue(u":code"_s, code);
    if (!Sql::exec(q, error) || !q.next())
        return -1;
    return q.value(0).toInt();
}
