// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingneed.h"

#include <algorithm>

bool TrainingNeeds::closes(const TrainingCourse &course, const StaffMember &member, const RequirementOutcome &gap)
{
    if (!course.grantFor(gap.requirement.key))
        return false;
    // The requirement at the level applied to this person (QualificationRule chose it: difficult area or not).
    StandardRequirement applied = gap.requirement;
    if (applied.kind == StandardRequirement::Kind::MinLevel) {
        applied.minimum = gap.minimum;
        applied.minimumDifficult.clear();
    }
    return QualificationRule::check(course.appliedTo(member), applied, false).met;
}

std::vector<TrainingNeed> TrainingNeeds::derive(const StaffMember &member, const TitleStandard *standard,
                                                bool difficultArea, bool difficultAreaRuleOn,
                                                const std::vector<TrainingCourse> &catalogue)
{
    std::vector<TrainingNeed> needs;
    const QualificationResult result =
        QualificationRule::evaluate(member, standard, difficultArea, difficultAreaRuleOn);
    if (result.status != QualificationResult::Status::NotQualified)
        return needs;
    for (const RequirementOutcome &o : result.outcomes) {
        if (o.met)
            continue;
        const StandardRequirement &r = o.requirement;
        TrainingNeed need;
        need.requirementKey = r.key;
        need.requirementKind = r.kind;
        need.level = o.minimum;
        need.fieldKeywords = r.fieldKeywords;
        need.expected = o.expected;
        need.actual = o.actual;
        need.kind = TrainingKinds::forRequirement(r.key);
        need.deadline = standard->deadline;
        need.basis = r.basis;

        // Closing courses, best first: the lowest level that is enough, then the cheapest, then the shortest.
        struct Candidate
        {
            const TrainingCourse *course;
            int rank;
        };
        std::vector<Candidate> closing;
        for (const TrainingCourse &c : catalogue) {
            if (!c.active || !c.offeredTo(member) || !closes(c, member, o))
                continue;
            if (!c.admits(member)) {
                need.barredCourses << c.code;
                continue;
            }
            const CodeTable *table = CodeTables::levelsOf(r.key);
            closing.push_back({&c, table ? table->rank(c.grantFor(r.key)->value) : 0});
        }
        std::stable_sort(closing.begin(), closing.end(), [](const Candidate &a, const Candidate &b) {
            if (a.rank != b.rank)
                return a.rank < b.rank;
            if (a.course->cost != b.course->cost)
                return a.course->cost < b.course->cost;
            const int da = a.course->endFrom(QDate(2000, 1, 1)).toJulianDay();
            const int db = b.course->endFrom(QDate(2000, 1, 1)).toJulianDay();
            return da != db ? da < db : a.course->code < b.course->code;
        });
        for (const Candidate &c : closing)
            need.courses << c.course->code;
        needs.push_back(std::move(need));
    }
    return needs;
}
