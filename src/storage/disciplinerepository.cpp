// SPDX-License-Identifier: GPL-3.0-or-later
#include "disciplinerepository.h"

#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"id, staff_code, form, decision_no, decision_date, effective_date, violation_date, "
                         "detected_date, reason"_s;
/** The date a decision takes effect, in SQL (effective_date defaults to decision_date). */
const QString kEffective = u"COALESCE(effective_date, decision_date)"_s;

DisciplineDecision readDecision(const QSqlQuery &q)
{
    DisciplineDecision d;
    d.id = q.value(0).toLongLong();
    d.staffCode = q.value(1).toString();
    d.form = q.value(2).toString();
    d.decisionNo = q.value(3).toString();
    d.decisionDate = Sql::toDate(q.value(4));
    d.effectiveDate = Sql::toDate(q.value(5));
    d.violationDate = Sql::toDate(q.value(6));
    d.detectedDate = Sql::toDate(q.value(7));
    d.reason = q.value(8).toString();
    return d;
}

std::vector<DisciplineDecision> readAll(QSqlQuery &q)
{
    std::vector<DisciplineDecision> out;
    while (q.next())
        out.push_back(readDecision(q));
    return out;
}

} // namespace

std::optional<DisciplineDecision> DisciplineRepository::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT "_s + kColumns + u" FROM discipline_decision WHERE id = :id"_s, error))
        return std::nullopt;
    q.bindValue(u":id"_s, id);
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    return readDecision(q);
}

std::optional<DisciplineDecision> DisciplineRepository::find(const QString &staffCode, const QString &decisionNo,
                                                             QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT "_s + kColumns
                             + u" FROM discipline_decision WHERE staff_code = :staff AND decision_no = :no"_s,
                      error))
        return std::nullopt;
    q.bindValue(u":staff"_s, staffCode);
    q.bindValue(u":no"_s, decisionNo);
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    return readDecision(q);
}

std::vector<DisciplineDecision> DisciplineRepository::forPerson(const QString &staffCode, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT "_s + kColumns + u" FROM discipline_decision WHERE staff_code = :staff ORDER BY "_s
                             + kEffective + u", id"_s,
                      error))
        return {};
    q.bindValue(u":staff"_s, staffCode);
    if (!Sql::exec(q, error))
        return {};
    return readAll(q);
}

std::vector<DisciplineDecision> DisciplineRepository::effectiveUpTo(const QDate &to, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString where = to.isValid() ? u" WHERE "_s + kEffective + u" <= :to"_s : QString();
    if (!Sql::prepare(q, u"SELECT "_s + kColumns + u" FROM discipline_decision"_s + where + u" ORDER BY "_s
                             + kEffective + u", id"_s,
                      error))
        return {};
    if (to.isValid())
        q.bindValue(u":to"_s, Sql::fromDate(to));
    if (!Sql::exec(q, error))
        return {};
    return readAll(q);
}

QStringList DisciplineRepository::staffWithEffectBetween(const QDate &from, const QDate &to, QString *error) const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT DISTINCT staff_code FROM discipline_decision WHERE "_s + kEffective
                             + u" >= :from AND "_s + kEffective + u" <= :to ORDER BY staff_code"_s,
                      error))
        return out;
    q.bindValue(u":from"_s, Sql::fromDate(from));
    q.bindValue(u":to"_s, Sql::fromDate(to));
    if (!Sql::exec(q, error))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

qint64 DisciplineRepository::write(const DisciplineDecision &d, QString *error)
{
    QSqlQuery q(m_db);
    const QString sql = d.id > 0
        ? u"UPDATE discipline_decision SET staff_code = :staff, form = :form, decision_no = :no, "
          "decision_date = :decided, effective_date = :effective, violation_date = :violation, "
          "detected_date = :detected, reason = :reason WHERE id = :id"_s
        : u"INSERT INTO discipline_decision (staff_code, form, decision_no, decision_date, effective_date, "
          "violation_date, detected_date, reason) VALUES (:staff, :form, :no, :decided, :effective, :violation, "
          ":detected, :reason)"_s;
    if (!Sql::prepare(q, sql, error))
        return 0;
    q.bindValue(u":staff"_s, d.staffCode);
    q.bindValue(u":form"_s, d.form);
    q.bindValue(u":no"_s, d.decisionNo);
    q.bindValue(u":decided"_s, Sql::fromDate(d.decisionDate));
    q.bindValue(u":effective"_s, Sql::fromDate(d.effectiveDate));
    q.bindValue(u":violation"_s, Sql::fromDate(d.violationDate));
    q.bindValue(u":detected"_s, Sql::fromDate(d.detectedDate));
    q.bindValue(u":reason"_s, Sql::notNull(d.reason));
    if (d.id > 0)
        q.bindValue(u":id"_s, d.id);
    if (!Sql::exec(q, error))
        return 0;
    return d.id > 0 ? d.id : Sql::insertedId(q);
}

bool DisciplineRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"DELETE FROM discipline_decision WHERE id = :id"_s, error))
        return false;
    q.bindValue(u":id"_s, id);
    return Sql::exec(q, error);
}
