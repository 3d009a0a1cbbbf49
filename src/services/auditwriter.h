// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/disciplinedecision.h"
#include "domain/evaluation.h"
#include "domain/orgunit.h"
#include "domain/periodscore.h"
#include "domain/staffmember.h"
#include "domain/trainingplan.h"
#include "storage/auditrepository.h"

#include <QSqlDatabase>

#include <optional>

class Clock;

/** Writes the audit rows of a service's change, inside the service's transaction. */
class AuditWriter
{
public:
    AuditWriter(QSqlDatabase db, const Clock &clock, QString actor);

    bool staffChanged(const QString &action, const std::optional<StaffMember> &before,
                      const std::optional<StaffMember> &after, QString *error);
    bool unitChanged(const QString &action, const std::optional<OrgUnit> &before,
                     const std::optional<OrgUnit> &after, QString *error);
    /**
     * A change of the public-service culture: entity culture_item, culture_inspection (with its
     * observations) or culture_violation; before/after are compact JSON snapshots ("" = none).
     */
    bool cultureChanged(const QString &action, const QString &entity, const QString &key, const QString &beforeJson,
                        const QString &afterJson, QString *error);
    /**
     * A change of a discipline decision: entity discipline_decision, key "<staff_code>/<decision_no>",
     * before/after as JSON snapshots of the decision (none when absent).
     */
    bool disciplineChanged(const QString &action, const std::optional<DisciplineDecision> &before,
                           const std::optional<DisciplineDecision> &after, QString *error);
    /**
     * A change of an evaluation: entity evaluation, key "<staff_code>/<year>", before/after as JSON
     * snapshots (none when absent).
     */
    bool evaluationChanged(const QString &action, const std::optional<Evaluation> &before,
                           const std::optional<Evaluation> &after, QString *error);
    /** The same with the reason of the change (e.g. "reopen") added to the after snapshot as "reason". */
    bool evaluationChanged(const QString &action, const std::optional<Evaluation> &before,
                           const std::optional<Evaluation> &after, const QString &reason, QString *error);
    /** A change of the written parts of a form: entity evaluation_form, key "<staff_code>/<year>". */
    bool evaluationFormChanged(const QString &action, const QString &staffCode, int year,
                               const std::optional<EvaluationForm> &before, const std::optional<EvaluationForm> &after,
                               QString *error);
    /**
     * A change of an ND 335 period: entity evaluation_period, key "<staff_code>/<year>/<kind>-<number>",
     * snapshots with the items and the period's score.
     */
    bool periodChanged(const QString &action, const std::optional<EvaluationPeriod> &before,
                       const std::optional<EvaluationPeriod> &after, QString *error);
    /**
     * A change of a training enrolment: entity training_enrolment, key its id; reason (of a drop), when
     * given, is added to the after snapshot as "reason".
     */
    bool enrolmentChanged(const QString &action, const std::optional<TrainingEnrolment> &before,
                          const std::optional<TrainingEnrolment> &after, QString *error, const QString &reason = {});
    /** A change of a training plan: entity training_plan, key its id. */
    bool trainingPlanChanged(const QString &action, const std::optional<TrainingPlan> &before,
                             const std::optional<TrainingPlan> &after, QString *error);
    /** A change of any other record (a setting, an exception), with compact JSON snapshots ("" = none). */
    bool recordChanged(const QString &action, const QString &entity, const QString &key, const QString &beforeJson,
                       const QString &afterJson, QString *error);
    /** A row for a bulk action (demo data, import summary) with a JSON description. */
    bool note(const QString &action, const QString &entity, const QString &key, const QString &afterJson,
              QString *error);

private:
    AuditRepository m_repository;
    const Clock &m_clock;
    QString m_actor;
};
