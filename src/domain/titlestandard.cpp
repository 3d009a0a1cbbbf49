// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlestandard.h"

#include <algorithm>

bool TitleStandard::isInForceOn(const QDate &date) const
{
    if (validFrom.isValid() && date < validFrom)
        return false;
    if (validTo.isValid() && date >= validTo)
        return false;
    return true;
}

bool TitleStandard::hasEnabledRequirement() const
{
    return std::any_of(requirements.cbegin(), requirements.cend(),
                       [](const StandardRequirement &r) { return r.enabled; });
}

const TitleStandard *StandardCatalogue::inForce(const QString &position, const QDate &date) const
{
    const TitleStandard *best = nullptr;
    for (const auto &s : m_standards) {
        if (s.position != position || !s.isInForceOn(date) || !s.hasEnabledRequirement())
            continue;
        if (!best || (s.validFrom.isValid() && (!best->validFrom.isValid() || s.validFrom > best->validFrom)))
            best = &s;
    }
    return best;
}
