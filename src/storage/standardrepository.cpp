// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardrepository.h"

#include "domain/standardsjson.h"
#include "sqlquery.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

TitleStandard readStandard(const QSqlQuery &q)
{
    TitleStandard s;
    s.id = q.value(0).toLongLong();
    s.position = q.value(1).toString();
    s.validFrom = Sql::toDate(q.value(2));
    s.validTo = Sql::toDate(q.value(3));
    s.instrument = q.value(4).toString();
    s.article = q.value(5).toString();
    s.deadline = Sql::toDate(q.value(6));
    s.note = q.value(7).toString();
    return s;
}

/** The standard's own columns (not id, origin or requirements). */
void bindStandard(QSqlQuery &q, const TitleStandard &s)
{
    q.bindValue(u":position"_s, s.position);
    q.bindValue(u":from"_s, Sql::fromDate(s.validFrom));
    q.bindValue(u":to"_s, Sql::fromDate(s.validTo));
    q.bindValue(u":instrument"_s, s.instrument);
    q.bindValue(u":article"_s, Sql::notNull(s.article));
    q.bindValue(u":deadline"_s, Sql::fromDate(s.deadline));
    q.bindValue(u":note"_s, Sql::notNull(s.note));
}

const QString kColumns = u"id, position, valid_from, valid_to, instrument, article, deadline, note"_s;

} // namespace

std::vector<TitleStandard> StandardRepository::all(QString *error) const
{
    std::vector<TitleStandard> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A standard without a start (valid_from NULL) comes first on both engines: SQLite sorts NULL first,
    // PostgreSQL last, so the order says it ("valid_from IS NOT NULL" is false, 0, for NULL on both).
    if (!Sql::prepare(q,
                      u"SELECT "_s + kColumns
                          + u" FROM title_standard ORDER BY position, valid_from IS NOT NULL, valid_from, id"_s,
                      error)
        || !Sql::exec(q, error))
        return out;
    QHash<qint64, size_t> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out.size());
        out.push_back(readStandard(q));
    }
    QSqlQuery r(m_db);
    r.setForwardOnly(true);
    if (!Sql::prepare(r, u"SELECT standard_id, req_key, kind, minimum, minimum_difficult, field_keywords, enabled, "
                         "confirmed, basis FROM standard_requirement ORDER BY standard_id, ordinal"_s, error)
        || !Sql::exec(r, error))
        return {};
    while (r.next()) {
        const auto it = index.constFind(r.value(0).toLongLong());
        if (it == index.cend())
            continue;
        StandardRequirement req;
        req.key = r.value(1).toString();
        req.kind = StandardsJson::kindFromName(r.value(2).toString()).value_or(StandardRequirement::Kind::Known);
        req.minimum = r.value(3).toString();
        req.minimumDifficult = r.value(4).toString();
        req.fieldKeywords = r.value(5).toString().split(u'|', Qt::SkipEmptyParts);
        req.enabled = r.value(6).toInt() != 0;
        req.confirmed = r.value(7).toInt() != 0;
        req.basis = r.value(8).toString();
        out[*it].requirements.push_back(req);
    }
    return out;
}

std::optional<TitleStandard> StandardRepository::find(qint64 id, QString *error) const
{
    for (auto &s : all(error)) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

qint64 StandardRepository::insert(const TitleStandard &s, const QString &origin, QString *error)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"INSERT INTO title_standard (position, valid_from, valid_to, instrument, article, deadline, "
                         "note, origin) VALUES (:position, :from, :to, :instrument, :article, :deadline, :note, :origin)"_s,
                      error))
        return 0;
    bindStandard(q, s);
    q.bindValue(u":origin"_s, origin);
    if (!Sql::exec(q, error))
        return 0;
    const qint64 id = Sql::insertedId(q);
    if (id <= 0 || !writeRequirements(id, s.requirements, error))
        return 0;
    return id;
}

bool StandardRepository::update(const TitleStandard &s, QString *error)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"UPDATE title_standard SET position = :position, valid_from = :from, valid_to = :to, "
                         "instrument = :instrument, article = :article, deadline = :deadline, note = :note "
                         "WHERE id = :id"_s, error))
        return false;
    bindStandard(q, s);
    q.bindValue(u":id"_s, s.id);
    if (!Sql::exec(q, error))
        return false;
    QSqlQuery d(m_db);
    if (!Sql::prepare(d, u"DELETE FROM standard_requirement WHERE standard_id = :id"_s, error))
        return false;
    d.bindValue(u":id"_s, s.id);
    return Sql::exec(d, error) && writeRequirements(s.id, s.requirements, error);
}

bool StandardRepository::writeRequirements(qint64 id, const std::vector<StandardRequirement> &requirements,
                                           QString *error)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"INSERT INTO standard_requirement (standard_id, ordinal, req_key, kind, minimum, "
                         "minimum_difficult, field_keywords, enabled, confirmed, basis) VALUES (:id, :ordinal, :key, "
                         ":kind, :minimum, :difficult, :keywords, :enabled, :confirmed, :basis)"_s, error))
        return false;
    int ordinal = 0;
    for (const auto &r : requirements) {
        q.bindValue(u":id"_s, id);
        q.bindValue(u":ordinal"_s, ordinal++);
        q.bindValue(u":key"_s, r.key);
        q.bindValue(u":kind"_s, StandardsJson::kindName(r.kind));
        q.bindValue(u":minimum"_s, Sql::notNull(r.minimum));
        q.bindValue(u":difficult"_s, Sql::notNull(r.minimumDifficult));
        q.bindValue(u":keywords"_s, Sql::notNull(r.fieldKeywords.join(u'|')));
        q.bindValue(u":enabled"_s, r.enabled ? 1 : 0);
        q.bindValue(u":confirmed"_s, r.confirmed ? 1 : 0);
        q.bindValue(u":basis"_s, Sql::notNull(r.basis));
        if (!Sql::exec(q, error))
            return false;
    }
    return true;
}
