// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orgunit.h"
#include "staffmember.h"

#include <QJsonObject>

/**
 * The canonical JSON form of registry records, keyed by the column keys of STAFF-CSV.md:
 * used for audit snapshots (before/after) and by `export staff --format json`.
 * Unknown values are null; dates are YYYY-MM-DD; booleans are true/false.
 */
namespace RecordJson {
/** A date as YYYY-MM-DD, or null when not known (the form every JSON of the project uses). */
[[nodiscard]] QJsonValue dateValue(const QDate &date);
[[nodiscard]] QJsonObject toJson(const StaffMember &member);
[[nodiscard]] QJsonObject toJson(const OrgUnit &unit);
} // namespace RecordJson
