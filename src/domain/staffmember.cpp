// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffmember.h"

bool StaffMember::isInServiceOn(const QDate &date) const
{
    if (startDate.isValid() && startDate > date)
        return false;
    if (endDate.isValid() && endDate <= date)
        return false;
    return true;
}
