// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualificationrule.h"

#include "codetable.h"
#include "textfold.h"

using namespace Qt::StringLiterals;

namespace {

QString valueOf(const StaffMember &m, const QString &key)
{
    if (key == "general_education"_L1) return m.generalEducation;
    if (key == "professional_level"_L1) return m.professionalLevel;
    if (key == "professional_field"_L1) return m.professionalField;
    if (key == "political_theory"_L1) return m.politicalTheory;
    if (key == "state_management"_L1) return m.stateManagement;
    if (key == "it_skill"_L1) return m.itSkill;
    if (key == "foreign_language"_L1) return m.foreignLanguage;
    return {};
}

} // namespace

RequirementOutcome QualificationRule::check(const StaffMember &member, const StandardRequirement &r,
                                            bool lowerLevelApplies)
{
    RequirementOutcome out;
    out.requirement = r;
    const QString value = valueOf(member, r.key).trimmed();
    const CodeTable *table = CodeTables::levelsOf(r.key);
    out.actual = value.isEmpty() ? tr("not known") : (table ? table->label(value) : value);
    switch (r.kind) {
    case StandardRequirement::Kind::MinLevel: {
        const QString minimum = lowerLevelApplies && !r.minimumDifficult.isEmpty() ? r.minimumDifficult : r.minimum;
        out.minimum = minimum;
        out.expected = table ? tr("%1 or higher").arg(table->label(minimum)) : minimum;
        const int have = table ? table->rank(value) : -1;
        const int need = table ? table->rank(minimum) : -1;
        out.met = !value.isEmpty() && have >= 0 && need >= 0 && have >= need;
        break;
    }
    case StandardRequirement::Kind::FieldMatch: {
        out.expected = tr("a field of %1").arg(r.fieldKeywords.join(u" / "_s));
        const QString field = foldText(value);
        out.met = !field.isEmpty() && std::any_of(r.fieldKeywords.cbegin(), r.fieldKeywords.cend(), [&](const QString &k) {
                      const QString key = foldText(k);
                      return !key.isEmpty() && field.contains(key);
                  });
        break;
    }
    case StandardRequirement::Kind::Known: {
        // "Không", "Chưa có", "none" written in the cell say the person has none.
        static const QStringList nothing{u"khong"_s, u"chua"_s, u"chua co"_s, u"none"_s, u"no"_s, u"-"_s};
        out.expected = tr("on record");
        out.met = !value.isEmpty() && !nothing.contains(foldText(value));
        break;
    }
    }
    return out;
}

QualificationResult QualificationRule::evaluate(const StaffMember &member, const TitleStandard *standard,
                                                bool difficultArea, bool difficultAreaRuleOn)
{
    QualificationResult result;
    if (!standard || !standard->hasEnabledRequirement())
        return result;
    result.standard = standard;
    const bool lower = difficultArea && difficultAreaRuleOn;
    for (const StandardRequirement &r : standard->requirements) {
        if (!r.enabled)
            continue;
        RequirementOutcome o = check(member, r, lower);
        if (!o.met && !result.gaps.contains(r.key))
            result.gaps << r.key;
        result.outcomes.push_back(std::move(o));
    }
    result.status = result.gaps.isEmpty() ? QualificationResult::Status::Qualified
                                          : QualificationResult::Status::NotQualified;
    return result;
}
