// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationrepository.h"

#include "sqlquery.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"id, staff_code, year, task_group, months_worked, months_absent, maternity_leave, score, "
                         "self_level, proposed_level, final_level, initiative, note, status, override_reason, "
                         "decision_no, decision_date, row_version"_s;

Evaluation readEvaluation(const QSqlQuery &q)
{
    Evaluation e;
    e.id = q.value(0).toLongLong();
    e.staffCode = q.value(1).toString();
    e.year = q.value(2).toInt();
    e.taskGroup = q.value(3).toString();
    e.monthsWorked = q.value(4).toInt();
    e.monthsAbsent = q.value(5).toInt();
    e.maternityLeave = q.value(6).toInt() != 0;
    if (!q.value(7).isNull())
        e.scoreTenths = int(std::lround(q.value(7).toDouble() * 10.0));
    e.selfLevel = Sql::toText(q.value(8));
    e.proposedLevel = Sql::toText(q.value(9));
    e.finalLevel = Sql::toText(q.value(10));
    e.initiative = q.value(11).toInt() != 0;
    e.note = q.value(12).toString();
    e.status = q.value(13).toString();
    e.overrideReason = Sql::toText(q.value(14));
    e.decisionNo = Sql::toText(q.value(15));
    e.decisionDate = Sql::toDate(q.value(16));
    e.rowVersion.value = q.value(17).toInt();
    return e;
}

} // namespace

std::optional<Evaluation> EvaluationRepository::find(const QString &staffCode, int year, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT "_s + kColumns + u" FROM evaluation WHERE staff_code = :staff AND year = :year"_s,
                      error))
        return std::nullopt;
    q.bindValue(u":staff"_s, staffCode);
    q.bindValue(u":year"_s, year);
    return Sql::readFirst(q, readEvaluation, error);
}

std::vector<Evaluation> EvaluationRepository::forYears(int fromYear, int toYear, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT "_s + kColumns
                             + u" FROM evaluation WHERE year >= :from AND year <= :to ORDER BY year, staff_code"_s,
                      error))
        return {};
    q.bindValue(u":from"_s, fromYear);
    q.bindValue(u":to"_s, toYear);
    return Sql::readRows(q, readEvaluation, error);
}

std::vector<Evaluation> EvaluationRepository::forPerson(const QString &staffCode, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT "_s + kColumns + u" FROM evaluation WHERE staff_code = :staff ORDER BY year"_s,
                      error))
        return {};
    q.bindValue(u":staff"_s, staffCode);
    return Sql::readRows(q, readEvaluation, error);
}

qint64 EvaluationRepository::write(const Evaluation &e, QString *error)
{
    m_conflict = false;
    QSqlQuery q(m_db);
    // An update raises row_version; one that states the version it was read at changes nothing when
    // another session saved in between: a conflict, reported, never a silent overwrite.
    const bool checked = e.id > 0 && e.rowVersion.isKnown();
    const QString sql = e.id > 0
        ? u"UPDATE evaluation SET staff_code = :staff, year = :year, task_group = :group, months_worked = :worked, "
          "months_absent = :absent, maternity_leave = :maternity, score = :score, self_level = :self, "
          "proposed_level = :proposed, final_level = :final, initiative = :initiative, note = :note, "
          "status = :status, override_reason = :override, decision_no = :no, decision_date = :decided, "
          "row_version = row_version + 1 WHERE id = :id"_s
            + (checked ? u" AND row_version = :version"_s : QString())
        : u"INSERT INTO evaluation (staff_code, year, task_group, months_worked, months_absent, maternity_leave, "
          "score, self_level, proposed_level, final_level, initiative, note, status, override_reason, decision_no, "
          "decision_date) VALUES (:staff, :year, :group, :worked, :absent, :maternity, :score, :self, :proposed, "
          ":final, :initiative, :note, :status, :override, :no, :decided)"_s;
    if (!Sql::prepare(q, sql, error))
        return 0;
    q.bindValue(u":staff"_s, e.staffCode);
    q.bindValue(u":year"_s, e.year);
    q.bindValue(u":group"_s, Sql::notNull(e.taskGroup));
    q.bindValue(u":worked"_s, e.monthsWorked);
    q.bindValue(u":absent"_s, e.monthsAbsent);
    q.bindValue(u":maternity"_s, e.maternityLeave ? 1 : 0);
    q.bindValue(u":score"_s, e.scoreTenths ? QVariant(*e.scoreTenths / 10.0) : QVariant(QMetaType::fromType<double>()));
    q.bindValue(u":self"_s, Sql::fromText(e.selfLevel));
    q.bindValue(u":proposed"_s, Sql::fromText(e.proposedLevel));
    q.bindValue(u":final"_s, Sql::fromText(e.finalLevel));
    q.bindValue(u":initiative"_s, e.initiative ? 1 : 0);
    q.bindValue(u":note"_s, Sql::notNull(e.note));
    q.bindValue(u":status"_s, e.status.isEmpty() ? u"decided"_s : e.status);
    q.bindValue(u":override"_s, Sql::fromText(e.overrideReason));
    q.bindValue(u":no"_s, Sql::fromText(e.decisionNo));
    q.bindValue(u":decided"_s, Sql::fromDate(e.decisionDate));
    if (e.id > 0)
        q.bindValue(u":id"_s, e.id);
    if (checked)
        q.bindValue(u":version"_s, e.rowVersion.value);
    if (!Sql::exec(q, error))
        return 0;
    if (e.id > 0 && q.numRowsAffected() == 0) {
        m_conflict = checked;
        if (error)
            *error = checked ? u"the evaluation %1/%2 was changed by someone else (version %3 is no longer current)"_s
                                   .arg(e.staffCode).arg(e.year).arg(e.rowVersion.value)
                             : u"the evaluation %1/%2 no longer exists"_s.arg(e.staffCode).arg(e.year);
        return 0;
    }
    return e.id > 0 ? e.id : Sql::insertedId(q);
}

std::vector<ExcellentCapException> EvaluationRepository::capExceptions(int year, QString *error) const
{
    std::vector<ExcellentCapException> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT unit_code, year, decision_no, reason FROM excellent_cap_exception "
                         "WHERE year = :year ORDER BY unit_code"_s,
                      error))
        return out;
    q.bindValue(u":year"_s, year);
    if (!Sql::exec(q, error))
        return out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

std::optional<ExcellentCapException> EvaluationRepository::capException(const QString &unitCode, int year,
                                                                        QString *error) const
{
    for (const ExcellentCapException &e : capExceptions(year, error)) {
        if (e.unitCode == unitCode)
            return e;
    }
    return std::nullopt;
}

bool EvaluationRepository::writeCapException(const ExcellentCapException &e, QString *error)
{
    QSqlQuery q(m_db);
    const bool exists = capException(e.unitCode, e.year, error).has_value();
    if (!Sql::prepare(q, exists ? u"UPDATE excellent_cap_exception SET decision_no = :no, reason = :reason "
                                  "WHERE unit_code = :unit AND year = :year"_s
                                : u"INSERT INTO excellent_cap_exception (unit_code, year, decision_no, reason) "
                                  "VALUES (:unit, :year, :no, :reason)"_s,
                      error))
        return false;
    q.bindValue(u":unit"_s, e.unitCode);
    q.bindValue(u":year"_s, e.year);
    q.bindValue(u":no"_s, Sql::notNull(e.decisionNo));
    q.bindValue(u":reason"_s, Sql::notNull(e.reason));
    return Sql::exec(q, error);
}

bool EvaluationRepository::removeCapException(const QString &unitCode, int year, QString *error)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"DELETE FROM excellent_cap_exception WHERE unit_code = :unit AND year = :year"_s, error))
        return false;
    q.bindValue(u":unit"_s, unitCode);
    q.bindValue(u":year"_s, year);
    return Sql::exec(q, error);
}

bool EvaluationRepository::remove(const QString &staffCode, int year, QString *error)
{
    for (const QString &table : {u"evaluation_form"_s, u"evaluation"_s}) {
        QSqlQuery q(m_db);
        if (!Sql::prepare(q, u"DELETE FROM "_s + table + u" WHERE staff_code = :staff AND year = :year"_s, error))
            return false;
        q.bindValue(u":staff"_s, staffCode);
        q.bindValue(u":year"_s, year);
        if (!Sql::exec(q, error))
            return false;
    }
    return true;
}

namespace {

const QString kFormColumns = u"politics, ethics, work_style, discipline, task_results, leader_unit_results, "
                             "leader_capacity, leader_unity, strengths, weaknesses, collective_comments, "
                             "manager_comments"_s;

/** The form's fields in the order of kFormColumns. */
std::vector<QString EvaluationForm::*> formFields()
{
    return {&EvaluationForm::politics,         &EvaluationForm::ethics,          &EvaluationForm::workStyle,
            &EvaluationForm::discipline,       &EvaluationForm::taskResults,     &EvaluationForm::leaderUnitResults,
            &EvaluationForm::leaderCapacity,   &EvaluationForm::leaderUnity,     &EvaluationForm::strengths,
            &EvaluationForm::weaknesses,       &EvaluationForm::collectiveComments, &EvaluationForm::managerComments};
}

} // namespace

std::optional<EvaluationForm> EvaluationRepository::form(const QString &staffCode, int year, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT "_s + kFormColumns
                             + u" FROM evaluation_form WHERE staff_code = :staff AND year = :year"_s,
                      error))
        return std::nullopt;
    q.bindValue(u":staff"_s, staffCode);
    q.bindValue(u":year"_s, year);
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    EvaluationForm f;
    int i = 0;
    for (QString EvaluationForm::*field : formFields())
        f.*field = q.value(i++).toString();
    return f;
}

bool EvaluationRepository::writeForm(const QString &staffCode, int year, const EvaluationForm &f, QString *error)
{
    QString readError;
    const bool exists = form(staffCode, year, &readError).has_value();
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    const QStringList columns = kFormColumns.split(u", "_s);
    QString sql;
    if (exists) {
        QStringList sets;
        for (const QString &c : columns)
            sets << c + u" = :"_s + c;
        sql = u"UPDATE evaluation_form SET "_s + sets.join(u", "_s)
            + u" WHERE staff_code = :staff AND year = :year"_s;
    } else {
        sql = u"INSERT INTO evaluation_form (staff_code, year, "_s + kFormColumns + u") VALUES (:staff, :year, :"_s
            + columns.join(u", :"_s) + u')';
    }
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, sql, error))
        return false;
    q.bindValue(u":staff"_s, staffCode);
    q.bindValue(u":year"_s, year);
    int i = 0;
    for (QString EvaluationForm::*field : formFields())
        q.bindValue(u':' + columns.at(i++), Sql::notNull(f.*field));
    if (!Sql::exec(q, error))
        return false;
    // The written parts belong to the person's evaluation of the year: saving them raises its version,
    // so an officer editing that evaluation elsewhere notices.
    QSqlQuery bump(m_db);
    if (!Sql::prepare(bump, u"UPDATE evaluation SET row_version = row_version + 1 WHERE staff_code = :staff AND year = :year"_s,
                      error))
        return false;
    bump.bindValue(u":staff"_s, staffCode);
    bump.bindValue(u":year"_s, year);
    return Sql::exec(bump, error);
}

QHash<QString, QString> EvaluationRepository::settingsWithPrefix(const QString &prefix, QString *error) const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // LIKE's wildcards in the prefix ("_") may match more keys; the exact prefix is checked below.
    if (!Sql::prepare(q, u"SELECT key, value FROM setting WHERE key LIKE :prefix"_s, error))
        return out;
    q.bindValue(u":prefix"_s, prefix + u'%');
    if (!Sql::exec(q, error))
        return out;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key.startsWith(prefix))
            out.insert(key, q.value(1).toString());
    }
    return out;
}
