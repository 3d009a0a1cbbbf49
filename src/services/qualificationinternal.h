// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by qualificationservice.cpp and qualificationprojection.cpp only: not part of the service's API.

#include "qualificationservice.h"

#include "domain/staffmember.h"
#include "domain/titlestandard.h"
#include "domain/trainingcourse.h"
#include "domain/unitdirectory.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <vector>

class Database;

namespace QualificationDetail {

/** Everything a computation reads besides the staff: read once, used for any number of dates. */
struct Inputs
{
    UnitDirectory units;
    StandardCatalogue catalogue;
    bool difficultAreaRule = true;
    QString error;
};

Inputs readInputs(Database &db);

/**
 * Where the people of each recorded unit belong on one date, inside the report's scope: the unit
 * reached through successors, when it is commune-level, valid on the date and inside the selection.
 */
class ScopeOnDate
{
public:
    ScopeOnDate(const UnitDirectory &units, const QDate &date, const QString &root);

    /** The commune-level units of the report (valid on the date, in the selection), unsorted. */
    [[nodiscard]] const std::vector<const OrgUnit *> &selected() const { return m_selected; }
    [[nodiscard]] const QString &rootResolved() const { return m_rootResolved; }

    /** The unit people recorded in recordedCode belong to, or nullptr when outside the scope. */
    const OrgUnit *unitFor(const QString &recordedCode);

    /**
     * The recorded unit codes to read the staff of (StaffRepository::inService's unitCodes): empty for
     * the whole office or a large part of it; a list that matches nobody when nothing is in scope.
     */
    QStringList recordedUnits(const QString &unitCode);

private:
    const UnitDirectory &m_units;
    QDate m_date;
    bool m_restricted = false;
    QString m_rootResolved;
    QSet<QString> m_subtree;
    std::vector<const OrgUnit *> m_selected;
    QHash<QString, const OrgUnit *> m_cache;
};

double rateOf(int qualified, int staff);

/**
 * QualificationService::trend on staff already read (every commune staff member, whatever their dates:
 * StaffRepository::ofCategories): 31/12 of every year with counted staff, then today.
 */
std::vector<QualificationPoint> trendOf(const Inputs &in, const std::vector<StaffMember> &staff, const QDate &today,
                                        const QString &unitCode);

/** One open enrolment as the projection counts it: its planned end and its course. */
struct PlannedCourse
{
    QDate end;
    const TrainingCourse *course = nullptr;
};

/** The open enrolments (planned, enrolled, attending) with their courses, per person, by end date. */
struct PlannedTraining
{
    std::vector<TrainingCourse> courses;
    QHash<QString, std::vector<PlannedCourse>> byPerson;
};

/**
 * Reads the open enrolments ending on or before endingBy (null = any end) and the catalogue: two
 * queries. Enrolments of a course no longer in the catalogue are left out. False with *error on failure.
 */
bool readPlannedTraining(Database &db, const QDate &endingBy, PlannedTraining *out, QString *error);

/** member with the grants of planned applied in order; the codes applied go to *applied. */
StaffMember withPlanned(StaffMember member, const std::vector<PlannedCourse> &planned, QStringList *applied);

} // namespace QualificationDetail
