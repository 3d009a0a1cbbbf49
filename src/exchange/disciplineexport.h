// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/disciplineservice.h"

#include <QByteArray>
#include <QString>

/**
 * `congvu report discipline` as data (RECORDS-CSV.md "report discipline"; docs/reports.md):
 * - JSON: schemas/report-discipline.schema.json; dates ISO, null when not known;
 * - CSV: one file, one row per level (overall, unit, decision, running), columns in docs/reports.md;
 * - text: the readable table shown on a terminal.
 */
namespace DisciplineExport {
[[nodiscard]] QByteArray toJson(const DisciplineReport &report);
[[nodiscard]] QByteArray toCsv(const DisciplineReport &report);
/** The CSV's header, in order. */
[[nodiscard]] const QStringList &csvColumns();
/** A plain-text summary for a terminal, in the user's language. */
[[nodiscard]] QString toText(const DisciplineReport &report);
} // namespace DisciplineExport
