// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffmember.h"
#include "titlestandard.h"

#include <QCoreApplication>

/** The outcome of one requirement for one person. */
struct RequirementOutcome
{
    StandardRequirement requirement;
    bool met = false;
    QString expected; ///< translated, e.g. "University or higher"
    QString actual;   ///< translated value on record, or "not known"
    QString minimum;  ///< MinLevel: the lowest code accepted for this person (the difficult-area one when it applies)
};

/** Whether a person meets the standard of their title on a date (đạt chuẩn). */
struct QualificationResult
{
    enum class Status { NoStandard, Qualified, NotQualified };

    Status status = Status::NoStandard;
    QStringList gaps;                      ///< keys of the unmet requirements, in the standard's order, once each
    std::vector<RequirementOutcome> outcomes; ///< every enabled requirement, met or not
    const TitleStandard *standard = nullptr;  ///< the standard applied (owned by the catalogue)
};

/**
 * The qualification rule (STAFF-CSV.md "The standards shipped"; CLI.md report qualification):
 * every enabled requirement of the title's standard must be met; a value not known is a gap;
 * fields match without case or diacritics; in a difficult area the lower level applies when the
 * province setting is on.
 */
class QualificationRule
{
    Q_DECLARE_TR_FUNCTIONS(QualificationRule)

public:
    [[nodiscard]] static QualificationResult evaluate(const StaffMember &member, const TitleStandard *standard,
                                                      bool difficultArea, bool difficultAreaRuleOn);
    /** One requirement against one person (also for suggestions that are not enabled). */
    [[nodiscard]] static RequirementOutcome check(const StaffMember &member, const StandardRequirement &requirement,
                                                  bool lowerLevelApplies);
};
