// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderror.h"
#include "orgunit.h"
#include "unitdirectory.h"

#include <QCoreApplication>

/**
 * Checks one org unit against the directory it will live in (which already holds it, or its
 * new version): required fields, kind, dates, and that parent and successor exist and make no cycle.
 */
class UnitValidator
{
    Q_DECLARE_TR_FUNCTIONS(UnitValidator)

public:
    [[nodiscard]] static FieldErrors validate(const OrgUnit &unit, const UnitDirectory &directory);
};
