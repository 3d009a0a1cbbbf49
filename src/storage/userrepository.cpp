// SPDX-License-Identifier: GPL-3.0-or-later
#include "userrepository.h"

#include "sqlquery.h"
#include "storagelog.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString kSelect = u"SELECT name, full_name, role, unit_code, password_hash, active, created_at FROM app_user"_s;

AppUser readUser(const QSqlQuery &q)
{
    AppUser u;
    u.name = q.value(0).toString();
    u.fullName = q.value(1).toString();
    const QString role = q.value(2).toString();
    // An unknown role (a newer program's) reads as the least powerful one.
    u.role = Roles::fromCode(role).value_or(Role::Viewer);
    if (!Roles::fromCode(role))
        qCWarning(lcStorage) << "unknown role" << role << "of user" << u.name << "read as viewer";
    u.unitCode = Sql::toText(q.value(3));
    u.passwordHash = q.value(4).toString();
    u.active = q.value(5).toInt() != 0;
    u.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    return u;
}

} // namespace

std::vector<AppUser> UserRepository::all(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, kSelect + u" ORDER BY name"_s, error))
        return {};
    return Sql::readRows(q, &readUser, error);
}

std::optional<AppUser> UserRepository::find(const QString &name, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, kSelect + u" WHERE name = :name"_s, error))
        return std::nullopt;
    q.bindValue(u":name"_s, name);
    return Sql::readFirst(q, &readUser, error);
}

bool UserRepository::insert(const AppUser &u, QString *error)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"INSERT INTO app_user (name, full_name, role, unit_code, password_hash, active, created_at) "
                         "VALUES (:name, :full_name, :role, :unit, :hash, :active, :created)"_s, error))
        return false;
    q.bindValue(u":name"_s, u.name);
    q.bindValue(u":full_name"_s, Sql::notNull(u.fullName));
    q.bindValue(u":role"_s, Roles::code(u.role));
    q.bindValue(u":unit"_s, Sql::fromText(u.unitCode));
    q.bindValue(u":hash"_s, u.passwordHash);
    q.bindValue(u":active"_s, u.active ? 1 : 0);
    q.bindValue(u":created"_s, u.createdAt.toUTC().toString(Qt::ISODateWithMs));
    return Sql::exec(q, error);
}

bool UserRepository::update(const AppUser &u, QString *error)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"UPDATE app_user SET full_name = :full_name, role = :role, unit_code = :unit, "
                         "password_hash = :hash, active = :active WHERE name = :name"_s, error))
        return false;
    q.bindValue(u":name"_s, u.name);
    q.bindValue(u":full_name"_s, Sql::notNull(u.fullName));
    q.bindValue(u":role"_s, Roles::code(u.role));
    q.bindValue(u":unit"_s, Sql::fromText(u.unitCode));
    q.bindValue(u":hash"_s, u.passwordHash);
    q.bindValue(u":active"_s, u.active ? 1 : 0);
    if (!Sql::exec(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = u"no user named %1"_s.arg(u.name);
        return false;
    }
    return true;
}

int UserRepository::activeCount(Role role, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT COUNT(*) FROM app_user WHERE role = :role AND active = 1"_s, error))
        return -1;
    q.bindValue(u":role"_s, Roles::code(role));
    if (!Sql::exec(q, error) || !q.next())
        return -1;
    return q.value(0).toInt();
}
