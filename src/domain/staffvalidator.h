// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderror.h"
#include "staffmember.h"

#include <QCoreApplication>

/**
 * Checks one staff record on its own (no database): required fields, codes, dates, and that
 * a commune category holds a commune title of its group (Nghị định 33/2023/NĐ-CP Art. 5).
 * Whether the unit exists and the code is unique are the service's checks.
 */
class StaffValidator
{
    Q_DECLARE_TR_FUNCTIONS(StaffValidator)

public:
    [[nodiscard]] static FieldErrors validate(const StaffMember &member);
};
