// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodscorerepository.h"

#include "sqlquery.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"id, staff_code, year, kind, number, general_points, note"_s;

EvaluationPeriod readPeriod(const QSqlQuery &q)
{
    EvaluationPeriod p;
    p.id = q.value(0).toLongLong();
    p.staffCode = q.value(1).toString();
    p.year = q.value(2).toInt();
    p.kind = q.value(3).toString();
    p.number = q.value(4).toInt();
    p.generalTenths = q.value(5).toInt();
    p.note = q.value(6).toString();
    return p;
}

} // namespace

bool PeriodScoreRepository::readItems(EvaluationPeriod &period, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT id, title, assigned, done, quality_failures, late_failures, excused_failures, "
                         "weight FROM evaluation_task_item WHERE period_id = :period ORDER BY ordinal, id"_s,
                      error))
        return false;
    q.bindValue(u":period"_s, period.id);
    if (!Sql::exec(q, error))
        return false;
    period.items.clear();
    while (q.next()) {
        TaskItem i;
        i.id = q.value(0).toLongLong();
        i.title = q.value(1).toString();
        i.assigned = q.value(2).toInt();
        i.done = q.value(3).toInt();
        i.qualityFailures = q.value(4).toInt();
        i.lateFailures = q.value(5).toInt();
        i.excusedFailures = q.value(6).toInt();
        i.weight = q.value(7).toInt();
        period.items.push_back(i);
    }
    return true;
}

std::vector<EvaluationPeriod> PeriodScoreRepository::forPersonYear(const QString &staffCode, int year,
                                                                   QString *error) const
{
    std::vector<EvaluationPeriod> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT "_s + kColumns
                             + u" FROM evaluation_period WHERE staff_code = :staff AND year = :year"_s,
                      error))
        return out;
    q.bindValue(u":staff"_s, staffCode);
    q.bindValue(u":year"_s, year);
    out = Sql::readRows(q, readPeriod, error); // empty when it failed: nothing below to do
    for (EvaluationPeriod &p : out) {
        if (!readItems(p, error))
            return {};
    }
    std::sort(out.begin(), out.end(), [](const EvaluationPeriod &a, const EvaluationPeriod &b) {
        const int af = PeriodScore::monthRange(a).first;
        const int bf = PeriodScore::monthRange(b).first;
        if (af != bf)
            return af < bf;
        return PeriodScore::monthsOf(a) < PeriodScore::monthsOf(b);
    });
    return out;
}

std::vector<EvaluationPeriod> PeriodScoreRepository::forPerson(const QString &staffCode, QString *error) const
{
    std::vector<EvaluationPeriod> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT DISTINCT year FROM evaluation_period WHERE staff_code = :staff ORDER BY year"_s, error))
        return out;
    q.bindValue(u":staff"_s, staffCode);
    if (!Sql::exec(q, error))
        return out;
    std::vector<int> years;
    while (q.next())
        years.push_back(q.value(0).toInt());
    for (const int year : years) {
        QString yearError;
        std::vector<EvaluationPeriod> periods = forPersonYear(staffCode, year, &yearError);
        if (!yearError.isEmpty()) {
            if (error)
                *error = yearError;
            return {};
        }
        std::move(periods.begin(), periods.end(), std::back_inserter(out));
    }
    return out;
}

std::optional<EvaluationPeriod> PeriodScoreRepository::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT "_s + kColumns + u" FROM evaluation_period WHERE id = :id"_s, error))
        return std::nullopt;
    q.bindValue(u":id"_s, id);
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    EvaluationPeriod p = readPeriod(q);
    q.finish();
    if (!readItems(p, error))
        return std::nullopt;
    return p;
}

qint64 PeriodScoreRepository::write(const EvaluationPeriod &p, QString *error)
{
    QSqlQuery q(m_db);
    const QString sql = p.id > 0
        ? u"UPDATE evaluation_period SET staff_code = :staff, year = :year, kind = :kind, number = :number, "
          "general_points = :general, note = :note WHERE id = :id"_s
        : u"INSERT INTO evaluation_period (staff_code, year, kind, number, general_points, note) "
          "VALUES (:staff, :year, :kind, :number, :general, :note)"_s;
    if (!Sql::prepare(q, sql, error))
        return 0;
    q.bindValue(u":staff"_s, p.staffCode);
    q.bindValue(u":year"_s, p.year);
    q.bindValue(u":kind"_s, p.kind);
    q.bindValue(u":number"_s, p.number);
    q.bindValue(u":general"_s, p.generalTenths);
    q.bindValue(u":note"_s, Sql::notNull(p.note));
    if (p.id > 0)
        q.bindValue(u":id"_s, p.id);
    if (!Sql::exec(q, error))
        return 0;
    const qint64 id = p.id > 0 ? p.id : Sql::insertedId(q);
    if (id <= 0)
        return 0;

    QSqlQuery del(m_db);
    if (!Sql::prepare(del, u"DELETE FROM evaluation_task_item WHERE period_id = :period"_s, error))
        return 0;
    del.bindValue(u":period"_s, id);
    if (!Sql::exec(del, error))
        return 0;
    QSqlQuery ins(m_db);
    if (!Sql::prepare(ins, u"INSERT INTO evaluation_task_item (period_id, ordinal, title, assigned, done, "
                           "quality_failures, late_failures, excused_failures, weight) VALUES (:period, :ordinal, "
                           ":title, :assigned, :done, :quality, :late, :excused, :weight)"_s,
                      error))
        return 0;
    int ordinal = 0;
    for (const TaskItem &i : p.items) {
        ins.bindValue(u":period"_s, id);
        ins.bindValue(u":ordinal"_s, ++ordinal);
        ins.bindValue(u":title"_s, Sql::notNull(i.title));
        ins.bindValue(u":assigned"_s, i.assigned);
        ins.bindValue(u":done"_s, i.done);
        ins.bindValue(u":quality"_s, i.qualityFailures);
        ins.bindValue(u":late"_s, i.lateFailures);
        ins.bindValue(u":excused"_s, i.excusedFailures);
        ins.bindValue(u":weight"_s, i.weight);
        if (!Sql::exec(ins, error))
            return 0;
    }
    return id;
}

bool PeriodScoreRepository::remove(qint64 id, QString *error)
{
    // Items first: a database opened without foreign keys would keep them otherwise.
    return Sql::execWithId(m_db, u"DELETE FROM evaluation_task_item WHERE period_id = :id"_s, id, error)
        && Sql::execWithId(m_db, u"DELETE FROM evaluation_period WHERE id = :id"_s, id, error);
}
