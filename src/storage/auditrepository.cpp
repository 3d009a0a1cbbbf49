// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditrepository.h"

#include "sqlquery.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

bool AuditRepository::append(const AuditEntry &e, QString *error)
{
    if (!m_append) {
        m_append.emplace(m_db);
        if (!Sql::prepare(*m_append, u"INSERT INTO audit_log (at, actor, action, entity, entity_key, before_json, after_json) "
                                     "VALUES (:at, :actor, :action, :entity, :key, :before, :after)"_s, error)) {
            m_append.reset();
            return false;
        }
    }
    QSqlQuery &q = *m_append;
    q.bindValue(u":at"_s, e.at.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(u":actor"_s, e.actor);
    q.bindValue(u":action"_s, e.action);
    q.bindValue(u":entity"_s, e.entity);
    q.bindValue(u":key"_s, e.entityKey);
    q.bindValue(u":before"_s, Sql::fromText(e.beforeJson));
    q.bindValue(u":after"_s, Sql::fromText(e.afterJson));
    const bool ok = Sql::exec(q, error);
    q.finish();
    return ok;
}

std::vector<AuditEntry> AuditRepository::forEntity(const QString &entity, const QString &entityKey,
                                                   QString *error) const
{
    std::vector<AuditEntry> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = u"SELECT id, at, actor, action, entity, entity_key, before_json, after_json "
                        "FROM audit_log WHERE entity = :entity"_s
        + (entityKey.isEmpty() ? QString() : u" AND entity_key = :key"_s) + u" ORDER BY id"_s;
    if (!Sql::prepare(q, sql, error))
        return out;
    q.bindValue(u":entity"_s, entity);
    if (!entityKey.isEmpty())
        q.bindValue(u":key"_s, entityKey);
    if (!Sql::exec(q, error))
        return out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityKey = q.value(5).toString();
        e.beforeJson = Sql::toText(q.value(6));
        e.afterJson = Sql::toText(q.value(7));
        out.push_back(e);
    }
    return out;
}

qint64 AuditRepository::count(QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT COUNT(*) FROM audit_log"_s, error) || !Sql::exec(q, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
