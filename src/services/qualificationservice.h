// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/qualificationrule.h"
#include "domain/titlestandard.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

class Clock;
class Database;

/** Counts of one title in one unit. */
struct PositionQualification
{
    QString position;
    int staff = 0;
    int qualified = 0;
};

/** One commune-level unit valid on the report date. */
struct UnitQualification
{
    QString code;
    QString name;
    int staff = 0;      ///< counted people (their title has a standard in force)
    int qualified = 0;
    double rate = 0;    ///< qualified / staff, 0 when staff is 0
    std::vector<PositionQualification> positions;
    QString kind;       ///< xa, phuong, thi_tran
    bool difficultArea = false;
    int noStandard = 0; ///< people listed but not counted (their title has no standard in force)
};

/** One person in scope: counted (qualified true/false) or listed only (no standard in force). */
struct PersonQualification
{
    QString code;
    QString fullName;
    QString unitCode;   ///< the unit they belong to on the date (successors followed)
    QString position;
    QualificationResult::Status status = QualificationResult::Status::NoStandard;
    QStringList gaps;
    QDate deadline;     ///< of the standard applied (null when none)
    QString basis;      ///< instrument and article of the standard applied
    QStringList projectedCourses; ///< projected report: codes of the planned courses counted as done for them
};

/** How often a requirement is missed among counted people. */
struct GapCount
{
    QString key;
    int people = 0;
};

/** The commune-level qualification rate on a date (CLI.md "report qualification"). */
struct QualificationReport
{
    QDate asOf;
    int staff = 0;
    int qualified = 0;
    double rate = 0;
    std::vector<UnitQualification> units;     ///< every commune-level unit valid on asOf, by name
    std::vector<PersonQualification> people;  ///< by unit, then name
    std::vector<GapCount> gapCounts;          ///< most missed first
    QDate deadline;                           ///< the latest deadline among standards applied (01/08/2028)
    int stillToQualify = 0;                   ///< counted people not qualified
    int noStandard = 0;                       ///< people listed but not counted (no standard in force)
    bool difficultAreaRule = true;            ///< the province setting used
    QString unitCode;                         ///< the unit asked for ("" = every commune-level unit)
    QString unitResolved;                     ///< that unit on asOf (successors followed; "" when none)
    QString error;                            ///< storage error (translated); empty on success
    bool projected = false;                   ///< planned enrolments ending by asOf counted as completed
};

/** One point of the trend: the rate on a date. */
struct QualificationPoint
{
    QDate date;
    int staff = 0;
    int qualified = 0;
    double rate = 0;
};

/** One person not qualified today, and what the training plan does for them (issue 6 item 5). */
struct PersonProjection
{
    QString code;
    QString fullName;
    QString unitCode;
    QString unitName;
    QString position;
    QStringList gaps;          ///< today
    QDate qualifiesOn;         ///< the end of the planned enrolment that closes their last gap; null = not by the plan
    QStringList courses;       ///< the planned courses that count for them (by end date)
    QStringList courseNames;   ///< their names (TrainingCourse::nameVi), in the same order
    QStringList remainingGaps; ///< what the plan leaves open (empty when qualifiesOn is set)
    QDate deadline;            ///< of their title's standard
};

/** Actual, projected and target rate over time, and when the plan reaches 100% (issue 6 item 5). */
struct QualificationProjection
{
    QDate today;
    QDate deadline;                               ///< the latest standard deadline (01/08/2028)
    std::vector<QualificationPoint> actual;       ///< the trend up to today
    std::vector<QualificationPoint> projected;    ///< today, then each date the plan moves the rate, up to the deadline or later
    QDate fullOn;                                 ///< the earliest date the projected rate reaches 100%; null = never under the plan
    int missing = 0;                              ///< people the plan leaves unqualified
    std::vector<PersonProjection> people;         ///< everyone not qualified today: by qualifiesOn (never last), unit, name
    QString error;
};

/** A person's standing against their title's standard (the person's page). */
struct PersonStanding
{
    QualificationResult result;            ///< status, gaps, outcomes of enabled requirements
    std::optional<TitleStandard> standard; ///< the standard in force (a copy), if any
    std::vector<RequirementOutcome> suggestions; ///< requirements not enabled ("to verify"), checked for information
    bool counted = false;                  ///< inside the rate's scope on that date
    bool difficultArea = false;
    QString unitCode;                      ///< the unit they belong to on the date
};

/**
 * The commune-level qualification rate (tỷ lệ đạt chuẩn): reads the standards in force and the
 * commune staff in one query per date, then applies QualificationRule in memory (set-based: no
 * query per person). Successors are followed after merges.
 */
class QualificationService
{
    Q_DECLARE_TR_FUNCTIONS(QualificationService)

public:
    QualificationService(Database &db, const Clock &clock);

    /**
     * unitCode "" = every commune-level unit; else that unit or the units below it (as of asOf).
     * projected: planned, enrolled and attending enrolments whose (planned) end is on or before asOf count
     * as completed (their course's grants applied to the record first), as `report qualification --projected`.
     */
    [[nodiscard]] QualificationReport report(const QDate &asOf, const QString &unitCode = {},
                                             bool projected = false) const;
    /**
     * The people in service today, the standards in force today, and the planned enrolments not dropped
     * nor completed: when each person not qualified today would qualify, the rate that gives over time,
     * and the earliest date it reaches 100% (or who is still missing). A constant number of queries
     * (qualificationprojection.cpp).
     * Assumptions: the people in service today stay, and nobody joins; the standards in force today
     * (and each unit's difficult-area level today) stay in force; an open enrolment (planned, enrolled,
     * attending) ends on its planned end date and its course's grants go on the record then, one after
     * the other by end date (a course that puts nothing new on the record does not count); enrolments
     * without a planned end are left out; one still open after its planned end counts from today. The
     * denominator of every projected point is today's counted staff.
     */
    [[nodiscard]] QualificationProjection projection(const QString &unitCode = {}) const;
    /** 31/12 of every year that has commune staff in service, then today. */
    [[nodiscard]] std::vector<QualificationPoint> trend(const QString &unitCode = {}) const;
    [[nodiscard]] std::optional<PersonStanding> standing(const QString &staffCode, const QDate &date) const;

    /** Province setting: the lower level applies in difficult areas (on by default). */
    [[nodiscard]] bool difficultAreaRule() const;
    [[nodiscard]] StandardCatalogue catalogue() const;

    /** The setting key of the difficult-area rule ("0" = off; absent or "1" = on). */
    static constexpr const char *DifficultAreaRuleKey = "qualification.difficult_area_rule";
    /** The staff categories in the rate's scope: cb_xa, cc_xa. */
    [[nodiscard]] static QStringList categories();

private:
    Database &m_db;
    const Clock &m_clock;
};
