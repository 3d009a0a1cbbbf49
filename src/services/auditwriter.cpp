// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditwriter.h"

#include "clock.h"
#include "domain/recordjson.h"
#include "storage/auditrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString formJson(const std::optional<EvaluationForm> &f)
{
    if (!f)
        return {};
    return compactJson(QJsonObject{{u"politics"_s, f->politics},
                               {u"ethics"_s, f->ethics},
                               {u"work_style"_s, f->workStyle},
                               {u"discipline"_s, f->discipline},
                               {u"task_results"_s, f->taskResults},
                               {u"leader_unit_results"_s, f->leaderUnitResults},
                               {u"leader_capacity"_s, f->leaderCapacity},
                               {u"leader_unity"_s, f->leaderUnity},
                               {u"strengths"_s, f->strengths},
                               {u"weaknesses"_s, f->weaknesses},
                               {u"collective_comments"_s, f->collectiveComments},
                               {u"manager_comments"_s, f->managerComments}});
}

QString periodJson(const EvaluationPeriod &p)
{
    QJsonArray items;
    for (const TaskItem &i : p.items) {
        items.append(QJsonObject{{u"title"_s, i.title},
                                 {u"assigned"_s, i.assigned},
                                 {u"done"_s, i.done},
                                 {u"quality_failures"_s, i.qualityFailures},
                                 {u"late_failures"_s, i.lateFailures},
                                 {u"excused_failures"_s, i.excusedFailures},
                                 {u"weight"_s, i.weight}});
    }
    const std::optional<int> score = PeriodScore::scoreTenths(p);
    QJsonObject o{{u"staff_code"_s, p.staffCode},
                  {u"year"_s, p.year},
                  {u"kind"_s, p.kind},
                  {u"number"_s, p.number},
                  {u"general_points"_s, p.generalTenths / 10.0},
                  {u"items"_s, items},
                  {u"note"_s, p.note},
                  {u"score"_s, score ? QJsonValue(*score / 10.0) : QJsonValue()}};
    return compactJson(o);
}

QString periodKey(const EvaluationPeriod &p)
{
    return u"%1/%2/%3-%4"_s.arg(p.staffCode).arg(p.year).arg(p.kind).arg(p.number);
}


template<typename T>
QString snapshot(const std::optional<T> &record)
{
    if (!record)
        return {};
    return QString::fromUtf8(QJsonDocument(RecordJson::toJson(*record)).toJson(QJsonDocument::Compact));
}

QString decisionSnapshot(const std::optional<DisciplineDecision> &d)
{
    if (!d)
        return {};
    auto date = [](const QDate &v) { return v.isValid() ? QJsonValue(v.toString(Qt::ISODate)) : QJsonValue(); };
    const QJsonObject o{{u"staff_code"_s, d->staffCode},         {u"form"_s, d->form},
                        {u"decision_no"_s, d->decisionNo},       {u"decision_date"_s, date(d->decisionDate)},
                        {u"effective_date"_s, date(d->effectiveDate)}, {u"violation_date"_s, date(d->violationDate)},
                        {u"detected_date"_s, date(d->detectedDate)}, {u"reason"_s, d->reason}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString evaluationSnapshot(const std::optional<Evaluation> &e)
{
    if (!e)
        return {};
    auto text = [](const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
    const QJsonObject o{{u"staff_code"_s, e->staffCode},
                        {u"year"_s, e->year},
                        {u"task_group"_s, e->taskGroup},
                        {u"months_worked"_s, e->monthsWorked},
                        {u"months_absent"_s, e->monthsAbsent},
                        {u"maternity_leave"_s, e->maternityLeave},
                        {u"score"_s, e->score() ? QJsonValue(*e->score()) : QJsonValue()},
                        {u"self_level"_s, text(e->selfLevel)},
                        {u"proposed_level"_s, text(e->proposedLevel)},
                        {u"final_level"_s, text(e->finalLevel)},
                        {u"initiative"_s, e->initiative},
                        {u"note"_s, e->note},
                        {u"status"_s, e->status},
                        {u"override_reason"_s, text(e->overrideReason)},
                        {u"decision_no"_s, text(e->decisionNo)},
                        {u"decision_date"_s, e->decisionDate.isValid() ? QJsonValue(e->decisionDate.toString(Qt::ISODate))
                                                                        : QJsonValue()}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

AuditWriter::AuditWriter(QSqlDatabase db, const Clock &clock, QString actor)
    : m_repository(std::move(db))
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

bool AuditWriter::staffChanged(const QString &action, const std::optional<StaffMember> &before,
                               const std::optional<StaffMember> &after, QString *error)
{
    const QString key = after ? after->code : before ? before->code : QString();
    return m_repository.append(
        {0, m_clock.now(), m_actor, action, u"staff"_s, key, snapshot(before), snapshot(after)}, error);
}

bool AuditWriter::unitChanged(const QString &action, const std::optional<OrgUnit> &before,
                              const std::optional<OrgUnit> &after, QString *error)
{
    const QString key = after ? after->code : before ? before->code : QString();
    return m_repository.append(
        {0, m_clock.now(), m_actor, action, u"org_unit"_s, key, snapshot(before), snapshot(after)}, error);
}

bool AuditWriter::cultureChanged(const QString &action, const QString &entity, const QString &key,
                                 const QString &beforeJson, const QString &afterJson, QString *error)
{
    return m_repository.append({0, m_clock.now(), m_actor, action, entity, key, beforeJson, afterJson}, error);
}

bool AuditWriter::disciplineChanged(const QString &action, const std::optional<DisciplineDecision> &before,
                                    const std::optional<DisciplineDecision> &after, QString *error)
{
    const DisciplineDecision &d = after ? *after : *before;
    const QString key = d.staffCode + u'/' + d.decisionNo;
    return m_repository.append({0, m_clock.now(), m_actor, action, u"discipline_decision"_s, key,
                                decisionSnapshot(before), decisionSnapshot(after)},
                               error);
}

bool AuditWriter::evaluationChanged(const QString &action, const std::optional<Evaluation> &before,
                                    const std::optional<Evaluation> &after, QString *error)
{
    const Evaluation &e = after ? *after : *before;
    const QString key = e.staffCode + u'/' + QString::number(e.year);
    return m_repository.append({0, m_clock.now(), m_actor, action, u"evaluation"_s, key, evaluationSnapshot(before),
                                evaluationSnapshot(after)},
                               error);
}

bool AuditWriter::evaluationChanged(const QString &action, const std::optional<Evaluation> &before,
                                    const std::optional<Evaluation> &after, const QString &reason, QString *error)
{
    const Evaluation &e = after ? *after : *before;
    const QString key = e.staffCode + u'/' + QString::number(e.year);
    QJsonObject afterJson;
    if (after)
        afterJson = QJsonDocument::fromJson(evaluationSnapshot(after).toUtf8()).object();
    afterJson.insert(u"reason"_s, reason);
    return m_repository.append({0, m_clock.now(), m_actor, action, u"evaluation"_s, key, evaluationSnapshot(before),
                                QString::fromUtf8(QJsonDocument(afterJson).toJson(QJsonDocument::Compact))},
                               error);
}

bool AuditWriter::evaluationFormChanged(const QString &action, const QString &staffCode, int year,
                                        const std::optional<EvaluationForm> &before,
                                        const std::optional<EvaluationForm> &after, QString *error)
{
    return m_repository.append({0, m_clock.now(), m_actor, action, u"evaluation_form"_s,
                                staffCode + u'/' + QString::number(year), formJson(before), formJson(after)},
                               error);
}

bool AuditWriter::periodChanged(const QString &action, const std::optional<EvaluationPeriod> &before,
                                const std::optional<EvaluationPeriod> &after, QString *error)
{
    const EvaluationPeriod &p = after ? *after : *before;
    return m_repository.append({0, m_clock.now(), m_actor, action, u"evaluation_period"_s, periodKey(p),
                                before ? periodJson(*before) : QString(), after ? periodJson(*after) : QString()},
                               error);
}

namespace {

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString enrolmentJson(const TrainingEnrolment &e, const QString &reason)
{
    QJsonObject o{
        {u"id"_s, double(e.id)},
        {u"plan_id"_s, e.planId > 0 ? QJsonValue(double(e.planId)) : QJsonValue()},
        {u"staff_code"_s, e.staffCode},
        {u"course_code"_s, e.courseCode},
        {u"status"_s, e.status},
        {u"start_date"_s, dateOrNull(e.startDate)},
        {u"end_date"_s, dateOrNull(e.endDate)},
        {u"certificate_no"_s, e.certificateNo},
        {u"certificate_date"_s, dateOrNull(e.certificateDate)},
        {u"cost"_s, double(e.cost)},
        {u"note"_s, e.note},
    };
    if (!reason.isEmpty())
        o.insert(u"reason"_s, reason);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString trainingPlanJson(const TrainingPlan &p)
{
    const QJsonObject o{{u"id"_s, double(p.id)},        {u"year"_s, p.year},
                        {u"unit_code"_s, p.unitCode},    {u"title"_s, p.title},
                        {u"budget"_s, double(p.budget)}, {u"note"_s, p.note}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

bool AuditWriter::enrolmentChanged(const QString &action, const std::optional<TrainingEnrolment> &before,
                                   const std::optional<TrainingEnrolment> &after, QString *error,
                                   const QString &reason)
{
    const qint64 id = after ? after->id : before->id;
    return m_repository.append({0, m_clock.now(), m_actor, action, u"training_enrolment"_s, QString::number(id),
                                before ? enrolmentJson(*before, {}) : QString(),
                                after ? enrolmentJson(*after, reason) : QString()},
                               error);
}

bool AuditWriter::trainingPlanChanged(const QString &action, const std::optional<TrainingPlan> &before,
                                      const std::optional<TrainingPlan> &after, QString *error)
{
    const qint64 id = after ? after->id : before->id;
    return m_repository.append({0, m_clock.now(), m_actor, action, u"training_plan"_s, QString::number(id),
                                before ? trainingPlanJson(*before) : QString(),
                                after ? trainingPlanJson(*after) : QString()},
                               error);
}

bool AuditWriter::recordChanged(const QString &action, const QString &entity, const QString &key,
                                const QString &beforeJson, const QString &afterJson, QString *error)
{
    return m_repository.append({0, m_clock.now(), m_actor, action, entity, key, beforeJson, afterJson}, error);
}

bool AuditWriter::note(const QString &action, const QString &entity, const QString &key, const QString &afterJson,
                       QString *error)
{
    return m_repository.append({0, m_clock.now(), m_actor, action, entity, key, {}, afterJson}, error);
}
