// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffvalidator.h"

#include "codetable.h"

using namespace Qt::StringLiterals;

namespace {

void checkCode(FieldErrors &errors, const CodeTable &table, const QString &value)
{
    if (!value.isEmpty() && !table.contains(value)) {
        errors.push_back({table.field(),
                          StaffValidator::tr("unknown value \"%1\"; expected one of: %2")
                              .arg(value, table.codes().join(u", "_s))});
    }
}

} // namespace

FieldErrors StaffValidator::validate(const StaffMember &m)
{
    FieldErrors errors;
    if (m.code.trimmed().isEmpty())
        errors.push_back({u"code"_s, tr("the staff code is required")});
    else if (m.code.size() > 64)
        errors.push_back({u"code"_s, tr("the staff code is longer than 64 characters")});
    if (m.fullName.trimmed().isEmpty())
        errors.push_back({u"full_name"_s, tr("the full name is required")});
    if (!m.birthDate.isValid())
        errors.push_back({u"birth_date"_s, tr("the birth date is required")});
    if (m.unitCode.trimmed().isEmpty())
        errors.push_back({u"unit_code"_s, tr("the unit is required")});

    if (m.category.isEmpty())
        errors.push_back({u"category"_s, tr("the category is required")});
    else
        checkCode(errors, CodeTables::category(), m.category);

    if (m.position.trimmed().isEmpty()) {
        errors.push_back({u"position"_s, tr("the position is required")});
    } else if (m.category == "cb_xa"_L1 || m.category == "cc_xa"_L1) {
        const bool cadre = m.category == "cb_xa"_L1;
        const QStringList allowed = cadre ? CodeTables::communeCadreTitles()
                                          : CodeTables::communeCivilServantTitles();
        if (!allowed.contains(m.position)) {
            errors.push_back({u"position"_s,
                              cadre ? tr("\"%1\" is not a title of a commune cadre (cb_xa); expected one of: %2")
                                          .arg(m.position, allowed.join(u", "_s))
                                    : tr("\"%1\" is not a title of a commune civil servant (cc_xa); expected one of: %2")
                                          .arg(m.position, allowed.join(u", "_s))});
        }
    }

    checkCode(errors, CodeTables::gender(), m.gender);
    checkCode(errors, CodeTables::generalEducation(), m.generalEducation);
    checkCode(errors, CodeTables::professionalLevel(), m.professionalLevel);
    checkCode(errors, CodeTables::politicalTheory(), m.politicalTheory);
    checkCode(errors, CodeTables::stateManagement(), m.stateManagement);

    if (m.birthDate.isValid()) {
        if (m.birthDate.year() < 1900)
            errors.push_back({u"birth_date"_s, tr("the birth date %1 is before 1900").arg(m.birthDate.toString(Qt::ISODate))});
        if (m.startDate.isValid() && m.startDate < m.birthDate.addYears(15))
            errors.push_back({u"start_date"_s, tr("the start date %1 is less than 15 years after the birth date")
                                                  .arg(m.startDate.toString(Qt::ISODate))});
    }
    if (m.startDate.isValid() && m.endDate.isValid() && m.endDate <= m.startDate)
        errors.push_back({u"end_date"_s, tr("the end date must be after the start date")});
    return errors;
}
