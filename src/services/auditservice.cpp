// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "domain/textfold.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

using namespace Qt::StringLiterals;

namespace {

AuditQuery toQuery(const AuditFilter &f)
{
    AuditQuery q;
    q.staffCode = f.staffCode.trimmed();
    q.unitCode = f.unitCode.trimmed();
    q.actor = f.user.trimmed();
    q.entity = f.entity.trimmed();
    // Days are the office's (local) days; the trail stores UTC.
    if (f.from.isValid())
        q.fromUtc = f.from.startOfDay(Qt::LocalTime).toUTC();
    if (f.to.isValid())
        q.toUtc = f.to.addDays(1).startOfDay(Qt::LocalTime).toUTC();
    return q;
}

/** Everything a free-text search looks at, folded. */
QString searchableText(const AuditEntry &e)
{
    return foldText(QStringList{e.actor, e.action, e.entity, e.entityKey, e.beforeJson, e.afterJson}.join(u' '));
}

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

/** The object's keys in the order the snapshot wrote them (QJsonObject sorts its keys). */
QStringList keysInOrder(const QString &json, const QJsonObject &object)
{
    QStringList keys;
    // A top-level key is a string directly after '{' or ',' at depth 1; scan the text for them.
    int depth = 0;
    bool inString = false;
    bool expectKey = false;
    QString current;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (inString) {
            if (c == u'\\' && i + 1 < json.size()) {
                current += json.at(++i);
            } else if (c == u'"') {
                inString = false;
                if (expectKey && object.contains(current) && !keys.contains(current))
                    keys << current;
                expectKey = false;
            } else {
                current += c;
            }
            continue;
        }
        if (c == u'"') {
            inString = true;
            current.clear();
        } else if (c == u'{' || c == u'[') {
            ++depth;
            expectKey = depth == 1 && c == u'{';
        } else if (c == u'}' || c == u']') {
            --depth;
        } else if (c == u',' && depth == 1) {
            expectKey = true;
        }
    }
    for (const QString &k : object.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    return keys;
}

} // namespace

AuditService::AuditService(Database &db)
    : m_db(db)
{
}

FieldErrors AuditService::check(const AuditFilter &filter)
{
    FieldErrors errors;
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        errors.push_back({u"to"_s, tr("the end date %1 is before the start date %2")
                                       .arg(filter.to.toString(u"dd/MM/yyyy"_s), filter.from.toString(u"dd/MM/yyyy"_s))});
    return errors;
}

AuditPage AuditService::find(const AuditFilter &filter, int offset, int limit) const
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::AuditRead); !denied.ok()) {
        AuditPage refused;
        refused.error = denied.error;
        return refused;
    }
    AuditPage page;
    page.offset = std::max(offset, 0);
    page.fieldErrors = check(filter);
    if (!page.fieldErrors.empty())
        return page;
    AuditRepository repository(m_db.connection());
    const AuditQuery query = toQuery(filter);
    QString error;
    const QString text = foldText(filter.text);
    if (text.isEmpty()) {
        page.total = repository.countMatching(query, &error);
        if (page.total >= 0 && error.isEmpty())
            page.entries = repository.search(query, page.offset, limit, &error);
    } else {
        // Diacritics-free matching cannot be done portably in SQL: scan the rows the other filters
        // select and fold each one.
        qint64 seen = 0;
        repository.scan(query,
                        [&](const AuditEntry &e) {
                            if (!searchableText(e).contains(text))
                                return true;
                            if (seen >= page.offset && (limit < 0 || qint64(page.entries.size()) < limit))
                                page.entries.push_back(e);
                            ++seen;
                            return true;
                        },
                        &error);
        page.total = seen;
    }
    if (!error.isEmpty()) {
        page.entries.clear();
        page.total = 0;
        page.error = tr("cannot read the audit trail: %1").arg(error);
    }
    return page;
}

std::optional<AuditEntry> AuditService::entry(qint64 id) const
{
    return AuditRepository(m_db.connection()).find(id);
}

QStringList AuditService::actors() const
{
    return AuditRepository(m_db.connection()).actors();
}

QStringList AuditService::entities() const
{
    return AuditRepository(m_db.connection()).entities();
}

std::vector<AuditFieldChange> AuditService::changes(const AuditEntry &entry)
{
    const QJsonObject before = QJsonDocument::fromJson(entry.beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(entry.afterJson.toUtf8()).object();
    QStringList keys = keysInOrder(entry.beforeJson, before);
    for (const QString &k : keysInOrder(entry.afterJson, after)) {
        if (!keys.contains(k))
            keys << k;
    }
    std::vector<AuditFieldChange> out;
    out.reserve(keys.size());
    for (const QString &k : keys) {
        // Compared as shown: null and absent are both "no value".
        const QString b = valueText(before.value(k));
        const QString a = valueText(after.value(k));
        out.push_back({k, b, a, b != a});
    }
    return out;
}
