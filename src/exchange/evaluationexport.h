// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/evaluationservice.h"

#include <QByteArray>
#include <QString>

/**
 * `congvu report evaluations` as data (RECORDS-CSV.md "report evaluations"; docs/reports.md):
 * - JSON: schemas/report-evaluations.schema.json; levels null when not known;
 * - CSV: one file, one row per group then per person, columns in docs/reports.md;
 * - text: the readable table shown on a terminal.
 */
namespace EvaluationExport {
[[nodiscard]] QByteArray toJson(const EvaluationReport &report);
[[nodiscard]] QByteArray toCsv(const EvaluationReport &report);
/** The CSV's header, in order. */
[[nodiscard]] const QStringList &csvColumns();
/** A plain-text summary for a terminal, in the user's language. */
[[nodiscard]] QString toText(const EvaluationReport &report);
} // namespace EvaluationExport
