// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "titlestandard.h"

#include <QJsonObject>

/**
 * The canonical JSON form of a title standard, as the audit trail keeps it (before/after of a
 * change in Settings). Keys follow the shipped standards file (valid_from, minimum_difficult …);
 * unknown dates are null, dates are YYYY-MM-DD.
 */
namespace StandardJsonSnapshot {
[[nodiscard]] QJsonObject toJson(const StandardRequirement &requirement);
[[nodiscard]] QJsonObject toJson(const TitleStandard &standard);
} // namespace StandardJsonSnapshot
