// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/cultureservice.h"

#include <QByteArray>
#include <QString>

/**
 * `congvu report culture` as data (docs/culture-csv.md):
 * - JSON: schemas/report-culture.schema.json; rates with 4 decimals, points with 1, null when nothing was checked;
 * - CSV: one file, one row per level (overall, unit, person, violation);
 * - text: the readable table shown on a terminal.
 */
namespace CultureExport {
/** The quarter (1–4) the report's period is exactly, or 0 (a year or another period). */
[[nodiscard]] int quarterOf(const CultureReport &report);
[[nodiscard]] QByteArray toJson(const CultureReport &report);
[[nodiscard]] QByteArray toCsv(const CultureReport &report);
/** The CSV's header, in order. */
[[nodiscard]] const QStringList &csvColumns();
/** A plain-text summary for a terminal, in the user's language. */
[[nodiscard]] QString toText(const CultureReport &report);
} // namespace CultureExport
