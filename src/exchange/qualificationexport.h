// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/qualificationservice.h"

#include <QByteArray>
#include <QString>

/**
 * `congvu report qualification` as data (CLI.md; docs/reports.md):
 * - JSON: the contract of CLI.md (schemas/report-qualification.schema.json), rates rounded to 4 decimals;
 * - CSV: one file, one row per level (overall, unit, position, person), columns in docs/reports.md;
 * - text: the readable table shown on a terminal.
 * A projected report (QualificationReport::projected) says so in each: "projected": true and per person
 * "projected_courses" in the JSON, two more CSV columns, a title and a list of the courses in the text.
 */
namespace QualificationExport {
/** Rounds a rate to 4 decimals, as every output shows it. */
[[nodiscard]] double roundedRate(double rate);
[[nodiscard]] QByteArray toJson(const QualificationReport &report);
[[nodiscard]] QByteArray toCsv(const QualificationReport &report);
/** The CSV's header, in order. */
[[nodiscard]] const QStringList &csvColumns();
/** The header of a projected report's CSV: csvColumns() then projected (1 on every row) and projected_courses. */
[[nodiscard]] const QStringList &projectedCsvColumns();
/** A plain-text summary for a terminal, in the user's language. */
[[nodiscard]] QString toText(const QualificationReport &report);
} // namespace QualificationExport
