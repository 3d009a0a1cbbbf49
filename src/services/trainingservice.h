// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/trainingcourse.h"
#include "domain/trainingneed.h"
#include "registryservice.h" // SaveResult

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

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("unknown");
};
