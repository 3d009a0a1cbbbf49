// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orgunit.h"
#include "staffmember.h"

#include <QStringList>

/**
 * The column keys of STAFF-CSV.md in their documented order, and copying one field between
 * records by key (an import keeps the stored value of a column its file does not have).
 */
namespace RecordFields {
[[nodiscard]] const QStringList &staffKeys();
[[nodiscard]] const QStringList &unitKeys();
void copyStaffField(const QString &key, const StaffMember &from, StaffMember &to);
void copyUnitField(const QString &key, const OrgUnit &from, OrgUnit &to);
} // namespace RecordFields
