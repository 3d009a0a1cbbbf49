// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordfields.h"

using namespace Qt::StringLiterals;

namespace RecordFields {

const QStringList &staffKeys()
{
    static const QStringList keys{
        u"code"_s, u"full_name"_s, u"birth_date"_s, u"gender"_s, u"unit_code"_s, u"category"_s,
        u"position"_s, u"is_leader"_s, u"start_date"_s, u"end_date"_s, u"general_education"_s,
        u"professional_level"_s, u"professional_field"_s, u"political_theory"_s, u"state_management"_s,
        u"it_skill"_s, u"foreign_language"_s, u"ethnic_minority"_s};
    return keys;
}

const QStringList &unitKeys()
{
    static const QStringList keys{u"code"_s, u"name"_s, u"kind"_s, u"parent_code"_s,
                                  u"valid_from"_s, u"valid_to"_s, u"difficult_area"_s, u"successor_code"_s};
    return keys;
}

void copyStaffField(const QString &key, const StaffMember &from, StaffMember &to)
{
    if (key == "code"_L1) to.code = from.code;
    else if (key == "full_name"_L1) to.fullName = from.fullName;
    else if (key == "birth_date"_L1) to.birthDate = from.birthDate;
    else if (key == "gender"_L1) to.gender = from.gender;
    else if (key == "unit_code"_L1) to.unitCode = from.unitCode;
    else if (key == "category"_L1) to.category = from.category;
    else if (key == "position"_L1) to.position = from.position;
    else if (key == "is_leader"_L1) to.isLeader = from.isLeader;
    else if (key == "start_date"_L1) to.startDate = from.startDate;
    else if (key == "end_date"_L1) to.endDate = from.endDate;
    else if (key == "general_education"_L1) to.generalEducation = from.generalEducation;
    else if (key == "professional_level"_L1) to.professionalLevel = from.professionalLevel;
    else if (key == "professional_field"_L1) to.professionalField = from.professionalField;
    else if (key == "political_theory"_L1) to.politicalTheory = from.politicalTheory;
    else if (key == "state_management"_L1) to.stateManagement = from.stateManagement;
    else if (key == "it_skill"_L1) to.itSkill = from.itSkill;
    else if (key == "foreign_language"_L1) to.foreignLanguage = from.foreignLanguage;
    else if (key == "ethnic_minority"_L1) to.ethnicMinority = from.ethnicMinority;
}

void copyUnitField(const QString &key, const OrgUnit &from, OrgUnit &to)
{
    if (key == "code"_L1) to.code = from.code;
    else if (key == "name"_L1) to.name = from.name;
    else if (key == "kind"_L1) to.kind = from.kind;
    else if (key == "parent_code"_L1) to.parentCode = from.parentCode;
    else if (key == "valid_from"_L1) to.validFrom = from.validFrom;
    else if (key == "valid_to"_L1) to.validTo = from.validTo;
    else if (key == "difficult_area"_L1) to.difficultArea = from.difficultArea;
    else if (key == "successor_code"_L1) to.successorCode = from.successorCode;
}

} // namespace RecordFields
