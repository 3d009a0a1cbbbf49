// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/trainingcourse.h"
#include "domain/trainingneed.h"
#include "domain/trainingplan.h" // enrolment lifecycle
#include "domain/trainingplanner.h" // plan proposal
#include "registryservice.h" // SaveResult
#include "importtypes.h" // import training

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

class Clock;
class Database;

/** Which needs to list: every filter left empty lets everything through. */
struct TrainingNeedFilter
{
    QString unitCode; ///< a unit and the units below it, successors followed (as the qualification report)
    QString position; ///< a commune title code
    QString kind;     ///< a TrainingKinds code: only needs of that kind
};

/** The needs of one person in scope who misses part of their title's standard. */
struct PersonTrainingNeeds
{
    QString code;
    QString fullName;
    QString unitCode;  ///< the unit they belong to on the date
    QString position;
    QDate deadline;    ///< the standard's deadline (null = none)
    std::vector<TrainingNeed> needs; ///< in the standard's order (after the kind filter)
};

/** Training needs on a date (issue 6 item 2), derived from the qualification gaps. */
struct TrainingNeedsReport
{
    QDate asOf;
    TrainingNeedFilter filter;
    std::vector<PersonTrainingNeeds> people; ///< by unit then name (the qualification report's order)
    int needs = 0;       ///< needs listed
    int unclosable = 0;  ///< needs no active course closes
    QString error;       ///< storage error (translated); empty on success
};

// --- Enrolment lifecycle (issue 6 item 4; trainingenrolments.cpp) ---

/** Which enrolments to read: every filter left empty (0, -1, "") lets everything through. */
struct TrainingEnrolmentFilter
{
    int year = 0;        ///< the plan's year; outside any plan, the year of the start date
    qint64 planId = -1;  ///< a plan (> 0), no plan (0) or any (-1)
    QString staffCode;
    QString status;      ///< an EnrolmentStatus code
};

/** What a step of the lifecycle records (TrainingService::advance). */
struct EnrolmentStep
{
    QDate date;            ///< attending: the actual start; completed / dropped: the actual end (optional)
    QString certificateNo; ///< completed: required (số chứng chỉ / văn bằng)
    QDate certificateDate; ///< completed: required, not in the future, not before the start
    QString reason;        ///< dropped: required (lý do không tiếp tục)
};

/** A person in a course from a date, before it is planned (eligibility checks). */
struct EnrolmentCandidate
{
    QString staffCode;
    QString courseCode;
    QDate start; ///< null = today
};

/** The result of a lifecycle write: field errors or a storage error, and the enrolment's id on success. */
struct EnrolmentResult : SaveResult
{
    qint64 id = 0;
};

// --- Year report and budget (issue 6 items 6–7; trainingreport.cpp) ---

/** One enrolment of the year with what a reader needs beside it (names, unit, what it closes). */
struct TrainingEnrolmentRow
{
    TrainingEnrolment enrolment;
    QString fullName;
    QString unitCode;   ///< the person's unit on 31/12 of the year (successors followed)
    QString unitName;   ///< its name
    QString budgetUnitCode; ///< the budget line it counts on: the plan's unit for a unit plan, else unitCode
    QString courseName; ///< Vietnamese name of the course
    QString courseKind; ///< its TrainingKinds code
};

/** Money of one unit in one year (VND): the budget of its plans against what the enrolments plan and spend. */
struct TrainingBudgetLine
{
    QString unitCode;   ///< "" = the whole office (plans for the whole office; the total line)
    QString unitName;
    qint64 budget = 0;  ///< sum of the budgets of its plans of the year
    qint64 planned = 0; ///< cost of its enrolments not dropped (planned, enrolled, attending, completed)
    qint64 spent = 0;   ///< cost of its enrolments enrolled, attending or completed (fees committed)
    int plans = 0;      ///< its plans of the year (0: its enrolments are paid by an office-wide plan or none)
    int enrolments = 0; ///< not dropped
    int completed = 0;
    int dropped = 0;
};

/** The training of a year (CLI "report training --year Y", the Training page, the plan PDF). */
struct TrainingYearReport
{
    int year = 0;
    QString unitCode;                          ///< the unit asked for ("" = the whole office)
    std::vector<TrainingPlan> plans;           ///< the year's plans in scope
    std::vector<TrainingEnrolmentRow> enrolments; ///< by unit, then name, then start
    std::vector<TrainingBudgetLine> budget;    ///< per unit (of the plan, else of the person), by name; office-wide plans under ""
    TrainingBudgetLine total;                  ///< the sums of the lines
    QString error;                             ///< storage error (translated); empty on success
};

// --- Import (issue 6 item 7; trainingimport.cpp, docs/training-csv.md) ---

/** One row of the training file: the plan it belongs to and one enrolment (empty optional cells: nullopt / ""). */
struct TrainingImportRecord
{
    int planYear = 0;
    QString planUnit;                ///< "" = the whole office
    QString planTitle;               ///< "" = the stored title (a new plan: "Training plan <year>")
    std::optional<qint64> planBudget; ///< VND; nullopt = the stored budget (a new plan: 0)
    QString staffCode;
    QString course;                  ///< a course code or its name, as written (matched by the service)
    QString status;                  ///< an EnrolmentStatus code ("" when missing or unknown)
    QDate start;
    QDate end;                       ///< null = stored / the course's duration
    QString certificateNo;
    QDate certificateDate;
    std::optional<qint64> cost;      ///< VND; nullopt = stored / the course's cost
    QString note;                    ///< "" = the stored note
};
using TrainingImportRow = ImportRow<TrainingImportRecord>;

/**
 * Training (issue 6; LEGAL-RULES.md §4–5): the course catalogue as editable reference data, and the
 * training needs of everyone in the qualification rate's scope, derived from their gaps. Later work
 * (plans, proposal, lifecycle, projection) builds on TrainingRepository's plans and enrolments.
 */
class TrainingService
{
    Q_DECLARE_TR_FUNCTIONS(TrainingService)

public:
    TrainingService(Database &db, const Clock &clock);
    void setActor(const QString &actor) { m_actor = actor; }

    [[nodiscard]] std::vector<TrainingCourse> catalogue(bool activeOnly = true) const;
    [[nodiscard]] std::optional<TrainingCourse> findCourse(const QString &code) const;
    /**
     * Adds or edits a course (origin becomes edited / added); validated, one transaction with its audit
     * row (entity training_course). Courses are retired (active false), never deleted. Unchanged: nothing written.
     */
    SaveResult saveCourse(const TrainingCourse &course);

    /**
     * The needs of every commune-level person in service on asOf who misses part of their title's standard,
     * with the courses that close each need (or none). A constant number of queries, whatever the headcount.
     */
    [[nodiscard]] TrainingNeedsReport needs(const QDate &asOf, const TrainingNeedFilter &filter = {}) const;

    // --- Enrolment lifecycle (issue 6 item 4; trainingenrolments.cpp) ---
    /**
     * Plans a person in service in an active course (status planned; within an existing plan or none):
     * validated with field errors, one transaction with its audit row (entity training_enrolment, key the id).
     */
    EnrolmentResult enrol(const TrainingEnrolment &enrolment);
    /**
     * Moves an enrolment along planned → enrolled → attending → completed, or to dropped from any state
     * not final; completed and dropped are locked. Completion applies what the course grants to the
     * person's record (never lowering a level) with its staff audit row, in the same transaction.
     */
    EnrolmentResult advance(qint64 enrolmentId, const QString &toStatus, const EnrolmentStep &step = {});
    /** Deletes a planned enrolment (audited); any other status is refused. */
    EnrolmentResult removeEnrolment(qint64 enrolmentId);
    /** The enrolments the filter lets through, by id. */
    [[nodiscard]] std::vector<TrainingEnrolment> enrolments(const TrainingEnrolmentFilter &filter = {}) const;
    /** Whether the lifecycle allows from → to (the table of EnrolmentStatus). */
    [[nodiscard]] static bool canAdvance(const QString &from, const QString &to);

    // --- Plan proposal (issue 6 item 3; trainingproposal.cpp) ---
    /**
     * Proposes the enrolments of a year plan for unitCode ("" = the whole office) within budget (VND) and
     * seats (per course code; absent = no limit), all starting on startDate: the needs on startDate, the
     * discipline bars, service start, birth date and the two previous years' ratings (ND 171/2025 for
     * postgraduate courses) fed to TrainingPlanner. Writes nothing.
     */
    [[nodiscard]] TrainingProposal proposePlan(int year, const QString &unitCode, qint64 budget, const QDate &startDate,
                                               const QHash<QString, int> &seats = {}) const;
    /**
     * Why each candidate's person may not take its course from its start (a course meant for other titles,
     * a prerequisite not on record, then TrainingPlanner::ineligibility: a discipline bar still running, the
     * ND 171/2025 postgraduate conditions), translated and naming the
     * rule; "" when eligible or when the person or course is unknown (the caller checks those). The proposal,
     * the manager's own rows, enrol and savePlan all ask it.
     */
    [[nodiscard]] std::vector<QString> ineligibility(const std::vector<EnrolmentCandidate> &candidates) const;
    /**
     * Writes plan (new, id 0) and the enrolments (status planned, within it) in one transaction with audit
     * rows (training_plan, training_enrolment). Returns the plan's id in EnrolmentResult::id.
     */
    EnrolmentResult savePlan(const TrainingPlan &plan, const std::vector<ProposedEnrolment> &enrolments);

    // --- Year report and budget (issue 6 items 6–7; trainingreport.cpp) ---
    /**
     * The plans and enrolments of year (enrolments in the year's plans, and those outside any plan that
     * start in the year) for the whole office or the units under unitCode, with the budget per unit.
     */
    [[nodiscard]] TrainingYearReport report(int year, const QString &unitCode = {}) const;

    // --- Import (issue 6 item 7; trainingimport.cpp, docs/training-csv.md) ---
    /**
     * Imports plans and enrolments: a plan matched by (year, unit), an enrolment by (person, course, start);
     * statuses only move forward, completed rows put the course's grants on the record (audited). Every row
     * checked with where and why; all or nothing unless options.skipInvalid; nothing written on a dry run.
     */
    ImportReport importRecords(const std::vector<TrainingImportRow> &rows, std::vector<ImportIssue> parseIssues,
                               const ImportOptions &options, const ProgressCallback &progress = {});

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("unknown");
};
