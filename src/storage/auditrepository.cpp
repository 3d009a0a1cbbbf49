// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditrepository.h"

#include "sqlquery.h"

#include <QSqlQuery>
#include <QVariantMap>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityKey = q.value(5).toString();
    e.beforeJson = Sql::toText(q.value(6));
    e.afterJson = Sql::toText(q.value(7));
    return e;
}

} // namespace

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
    while (q.next())
        out.push_back(readEntry(q));
    return out;
}

qint64 AuditRepository::count(QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT COUNT(*) FROM audit_log"_s, error) || !Sql::exec(q, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// ---- Reading the trail (the Audit trail page, `congvu audit`). Only fixed SQL fragments are joined;
// every value the user typed is bound.

namespace {

const QString kSelectColumns = u"SELECT id, at, actor, action, entity, entity_key, before_json, after_json "
                               "FROM audit_log"_s;

/** text for a LIKE pattern with ESCAPE '\': its own %, _ and \ match literally. */
QString likeLiteral(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/** The WHERE clause of query ("" when it selects every row) and its bound values. */
QString whereClause(const AuditQuery &query, QVariantMap *values)
{
    QStringList parts;
    if (!query.staffCode.isEmpty()) {
        parts << u"((entity = 'staff' AND entity_key = :staff_key)"
                 " OR (entity IN ('evaluation', 'evaluation_form', 'evaluation_period', 'discipline_decision')"
                 " AND entity_key LIKE :staff_prefix ESCAPE '\\')"
                 " OR before_json LIKE :staff_before ESCAPE '\\' OR after_json LIKE :staff_after ESCAPE '\\')"_s;
        const QString json = u"%\"staff_code\":\""_s + likeLiteral(query.staffCode) + u"\"%"_s;
        values->insert(u":staff_key"_s, query.staffCode);
        values->insert(u":staff_prefix"_s, likeLiteral(query.staffCode) + u"/%"_s);
        values->insert(u":staff_before"_s, json);
        values->insert(u":staff_after"_s, json);
    }
    if (!query.unitCode.isEmpty()) {
        parts << u"((entity = 'org_unit' AND entity_key = :unit_key)"
                 " OR before_json LIKE :unit_before ESCAPE '\\' OR after_json LIKE :unit_after ESCAPE '\\'"
                 " OR EXISTS (SELECT 1 FROM staff s WHERE s.unit_code = :unit_staff"
                 " AND ((audit_log.entity = 'staff' AND audit_log.entity_key = s.code)"
                 " OR (audit_log.entity IN ('evaluation', 'evaluation_form', 'evaluation_period',"
                 " 'discipline_decision') AND audit_log.entity_key LIKE s.code || '/%')"
                 " OR audit_log.before_json LIKE '%\"staff_code\":\"' || s.code || '\"%'"
                 " OR audit_log.after_json LIKE '%\"staff_code\":\"' || s.code || '\"%')))"_s;
        const QString json = u"%\"unit_code\":\""_s + likeLiteral(query.unitCode) + u"\"%"_s;
        values->insert(u":unit_key"_s, query.unitCode);
        values->insert(u":unit_before"_s, json);
        values->insert(u":unit_after"_s, json);
        values->insert(u":unit_staff"_s, query.unitCode);
    }
    if (!query.actor.isEmpty()) {
        parts << u"(actor = :actor OR actor LIKE :actor_suffix ESCAPE '\\')"_s;
        values->insert(u":actor"_s, query.actor);
        values->insert(u":actor_suffix"_s, u"%:"_s + likeLiteral(query.actor));
    }
    if (!query.entity.isEmpty()) {
        parts << u"entity = :entity"_s;
        values->insert(u":entity"_s, query.entity);
    }
    if (query.fromUtc.isValid()) {
        parts << u"at >= :from"_s;
        values->insert(u":from"_s, utcText(query.fromUtc));
    }
    if (query.toUtc.isValid()) {
        parts << u"at < :to"_s;
        values->insert(u":to"_s, utcText(query.toUtc));
    }
    return parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
}

bool prepareWith(QSqlQuery &q, const QString &sql, const QVariantMap &values, QString *error)
{
    if (!Sql::prepare(q, sql, error))
        return false;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    return true;
}


QStringList distinctColumn(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QStringList out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, sql, error) || !Sql::exec(q, error))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

std::vector<AuditEntry> AuditRepository::search(const AuditQuery &query, int offset, int limit, QString *error) const
{
    QVariantMap values;
    QString sql = kSelectColumns + whereClause(query, &values) + u" ORDER BY id DESC"_s;
    if (limit >= 0 || offset > 0) {
        // A plain number for "no limit": SQLite's -1 and PostgreSQL's ALL differ.
        sql += u" LIMIT :limit OFFSET :offset"_s;
        values.insert(u":limit"_s, limit >= 0 ? limit : std::numeric_limits<int>::max());
        values.insert(u":offset"_s, std::max(offset, 0));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepareWith(q, sql, values, error))
        return {};
    return Sql::readRows(q, &readEntry, error);
}

qint64 AuditRepository::countMatching(const AuditQuery &query, QString *error) const
{
    QVariantMap values;
    const QString sql = u"SELECT COUNT(*) FROM audit_log"_s + whereClause(query, &values);
    QSqlQuery q(m_db);
    if (!prepareWith(q, sql, values, error) || !Sql::exec(q, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool AuditRepository::scan(const AuditQuery &query, const std::function<bool(const AuditEntry &)> &visit,
                           QString *error) const
{
    QVariantMap values;
    const QString sql = kSelectColumns + whereClause(query, &values) + u" ORDER BY id DESC"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepareWith(q, sql, values, error) || !Sql::exec(q, error))
        return false;
    while (q.next()) {
        if (!visit(readEntry(q)))
            break;
    }
    return true;
}

QStringList AuditRepository::actors(QString *error) const
{
    return distinctColumn(m_db, u"SELECT DISTINCT actor FROM audit_log ORDER BY actor"_s, error);
}

QStringList AuditRepository::entities(QString *error) const
{
    return distinctColumn(m_db, u"SELECT DISTINCT entity FROM audit_log ORDER BY entity"_s, error);
}

std::optional<AuditEntry> AuditRepository::find(qint64 id, QString *error) const
{
    return Sql::selectById(m_db, kSelectColumns, id, &readEntry, error);
}
