// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qualificationrule.h"
#include "staffmember.h"
#include "titlestandard.h"
#include "trainingcourse.h"

#include <QDate>
#include <QStringList>

#include <vector>

/**
 * One training need (nhu cầu đào tạo) of a person: a requirement of their title's standard they miss
 * (a gap of QualificationRule), what it takes, by when, and the catalogue courses that would close it.
 */
struct TrainingNeed
{
    QString requirementKey;    ///< the gap, e.g. "political_theory" (RequirementLabels names it)
    StandardRequirement::Kind requirementKind = StandardRequirement::Kind::MinLevel;
    QString level;             ///< MinLevel: the lowest accepted code applied to the person (difficult-area level when it applies)
    QStringList fieldKeywords; ///< FieldMatch: the accepted fields
    QString expected;          ///< translated, as the qualification report words it
    QString actual;            ///< translated value on record, or "not known"
    QString kind;              ///< the TrainingKinds code of courses that close such a gap ("" for general education)
    QDate deadline;            ///< the standard's deadline (01/08/2028 under ND 33/2023); null = none
    QString basis;             ///< the requirement's legal basis
    QStringList courses;       ///< codes of the courses that close it, best first (lowest sufficient level, cost, duration)
    QStringList barredCourses; ///< codes of courses that would close it but whose prerequisites the person lacks

    /** Whether some course of the catalogue closes it (else it is reported as one no course closes). */
    [[nodiscard]] bool closable() const { return !courses.isEmpty(); }
};

/**
 * Derives training needs from qualification gaps (pure): each unmet requirement of the standard in force
 * becomes a need. A course closes it when it is active and meant for the person's title, the person
 * meets its prerequisites (else it is listed as barred), and the person's record with the course's grants
 * applied (TrainingCourse::appliedTo) meets the requirement under the same rule (QualificationRule): the
 * rules are never written twice.
 */
class TrainingNeeds
{
public:
    /** The needs of member against standard (nullptr: none), in the standard's order. */
    [[nodiscard]] static std::vector<TrainingNeed> derive(const StaffMember &member, const TitleStandard *standard,
                                                          bool difficultArea, bool difficultAreaRuleOn,
                                                          const std::vector<TrainingCourse> &catalogue);
    /** Whether completing course gives member what the unmet requirement of gap asks, at the level applied to them. */
    [[nodiscard]] static bool closes(const TrainingCourse &course, const StaffMember &member, const RequirementOutcome &gap);
};
