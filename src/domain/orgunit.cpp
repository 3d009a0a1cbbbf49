// SPDX-License-Identifier: GPL-3.0-or-later
#include "orgunit.h"

#include "codetable.h"

bool OrgUnit::isValidOn(const QDate &date) const
{
    if (validFrom.isValid() && date < validFrom)
        return false;
    if (validTo.isValid() && date >= validTo)
        return false;
    return true;
}

bool OrgUnit::isCommuneLevel() const
{
    return CodeTables::isCommuneLevelKind(kind);
}
