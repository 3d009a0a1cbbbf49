// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordjson.h"

using namespace Qt::StringLiterals;

namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue boolean(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

} // namespace

namespace RecordJson {

QJsonValue dateValue(const QDate &d)
{
    return date(d);
}

QJsonObject toJson(const StaffMember &m)
{
    return QJsonObject{
        {u"code"_s, m.code},
        {u"full_name"_s, m.fullName},
        {u"birth_date"_s, date(m.birthDate)},
        {u"gender"_s, text(m.gender)},
        {u"unit_code"_s, m.unitCode},
        {u"category"_s, m.category},
        {u"position"_s, m.position},
        {u"is_leader"_s, boolean(m.isLeader)},
        {u"start_date"_s, date(m.startDate)},
        {u"end_date"_s, date(m.endDate)},
        {u"general_education"_s, text(m.generalEducation)},
        {u"professional_level"_s, text(m.professionalLevel)},
        {u"professional_field"_s, text(m.professionalField)},
        {u"political_theory"_s, text(m.politicalTheory)},
        {u"state_management"_s, text(m.stateManagement)},
        {u"it_skill"_s, text(m.itSkill)},
        {u"foreign_language"_s, text(m.foreignLanguage)},
        {u"ethnic_minority"_s, boolean(m.ethnicMinority)},
    };
}

QJsonObject toJson(const OrgUnit &u)
{
    return QJsonObject{
        {u"code"_s, u.code},
        {u"name"_s, u.name},
        {u"kind"_s, u.kind},
        {u"parent_code"_s, text(u.parentCode)},
        {u"valid_from"_s, date(u.validFrom)},
        {u"valid_to"_s, date(u.validTo)},
        {u"difficult_area"_s, u.difficultArea},
        {u"successor_code"_s, text(u.successorCode)},
    };
}

} // namespace RecordJson
