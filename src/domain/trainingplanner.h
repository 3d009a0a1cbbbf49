// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trainingcourse.h"
#include "trainingneed.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/**
 * The training plan proposal (đề xuất kế hoạch đào tạo, bồi dưỡng; issue 6 item 3; LEGAL-RULES.md §4–5):
 * pure. The caller gathers the needs, the catalogue and each person's eligibility facts; the planner
 * chooses enrolments greedily and explains every need it leaves out.
 */

/** One person with needs, and what eligibility reads about them. */
struct PlannerPerson
{
    QString code;
    QString fullName;
    QDate deadline;                 ///< the standard's deadline (null = none)
    std::vector<TrainingNeed> needs;
    QDate birthDate;                ///< null = not known (fails the ND 171/2025 age condition)
    QDate serviceStart;             ///< start of service; null = not known (fails the 3-year condition)
    std::optional<QDate> barsUntil; ///< discipline: first day training is allowed again (DisciplineService::status)
    QMap<int, QString> ratings;     ///< final evaluation level (EvaluationLevels code) by year
};

/** The plan the proposal fills: its year, budget, start date and seats. */
struct PlannerInput
{
    int year = 0;
    qint64 budget = 0;          ///< VND
    QDate start;                ///< every proposed enrolment starts on this date
    QHash<QString, int> seats;  ///< seats per course code; a course not listed has no limit
};

/** One proposed enrolment (the manager edits the list before savePlan). */
struct ProposedEnrolment
{
    QString staffCode;
    QString fullName;
    QString courseCode;
    QStringList requirementKeys; ///< the needs it closes (one course may close several)
    QDate start;
    QDate end;                   ///< course.endFrom(start)
    QDate deadline;
    qint64 cost = 0;
    bool serviceCommitment = false; ///< postgraduate: a commitment to serve 3× the training time must be signed (ND 171/2025)
    QString note;                   ///< translated; the commitment when it applies
};

/** Why a need is not planned. */
enum class UnplannedReason {
    NoCourse,               ///< no active course closes it
    NoCourseBeforeDeadline, ///< every course that closes it ends after the deadline
    Barred,                 ///< discipline bars training until a date
    Nd171Service,           ///< postgraduate: less than 3 years of service
    Nd171Rating,            ///< postgraduate: the last 2 years not both rated tốt or better
    Nd171Age,               ///< postgraduate: over 45 at enrolment
    NoSeat,                 ///< every suitable course is full
    BudgetExhausted,        ///< the remaining budget pays for no suitable course
};

/** A need left out of the proposal, with its reason. */
struct UnplannedNeed
{
    QString staffCode;
    QString fullName;
    QString requirementKey;
    QDate deadline;
    UnplannedReason reason = UnplannedReason::NoCourse;
    QString courseCode; ///< the best course it was tried for ("" for NoCourse / Barred)
    QString message;    ///< translated, names the rule
};

struct TrainingProposal
{
    int year = 0;
    qint64 budget = 0;
    qint64 cost = 0;                           ///< sum of the enrolments' costs (≤ budget)
    QDate start;
    std::vector<ProposedEnrolment> enrolments; ///< in the order chosen
    std::vector<UnplannedNeed> unplanned;      ///< in the order considered
    QString error;                             ///< storage error (service; translated)
};

/**
 * Chooses enrolments: people by earliest deadline (none last), then most closable needs, then code;
 * each need in the standard's order takes the first course of TrainingNeed::courses (best first: the
 * cheapest sufficient) that ends by the deadline, admits the person (ND 171/2025 for postgraduate
 * courses), has a seat and fits in the remaining budget. A need already closed by a course chosen for
 * the same person joins that enrolment.
 */
class TrainingPlanner
{
    Q_DECLARE_TR_FUNCTIONS(TrainingPlanner)

public:
    [[nodiscard]] static TrainingProposal propose(const std::vector<PlannerPerson> &people,
                                                  const std::vector<TrainingCourse> &catalogue,
                                                  const PlannerInput &input);
    /** A degree programme granting thạc sĩ or above (the ND 171/2025 postgraduate conditions apply). */
    [[nodiscard]] static bool isPostgraduate(const TrainingCourse &course);
    /**
     * Why person may not take course starting on start, whoever chose it (the proposal or the manager):
     * a discipline bar still running (Barred), or for a postgraduate course the first ND 171/2025 condition
     * failed; nullopt when eligible. Deadlines, seats and budget are the plan's business, not the person's.
     */
    [[nodiscard]] static std::optional<UnplannedReason> ineligibility(const PlannerPerson &person,
                                                                      const TrainingCourse &course, const QDate &start);
    /** The first ND 171/2025 condition person fails for a postgraduate course starting on start, or nullopt. */
    [[nodiscard]] static std::optional<UnplannedReason> nd171Failure(const PlannerPerson &person, const QDate &start);
    /** The translated message of a reason (barsUntil: Barred; course: the course it was tried for). */
    [[nodiscard]] static QString message(UnplannedReason reason, const QDate &deadline = {},
                                         const QDate &barsUntil = {}, const QString &course = {});
    /** The stable code of a reason (exports): no_course, no_course_before_deadline, barred, nd171_service, … */
    [[nodiscard]] static QString reasonCode(UnplannedReason reason);
};
