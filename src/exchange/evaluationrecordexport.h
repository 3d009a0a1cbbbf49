// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/evaluation.h"
#include "services/evaluationservice.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

/**
 * Writes evaluations in the file format `import evaluations` reads (RECORDS-CSV.md "Evaluations"), so
 * that exporting then importing changes nothing: the format's columns only (not the workflow status,
 * the decision number or the override reason, which the format has not), codes for the levels, 1/0
 * booleans, the score with one decimal. As CSV, or as an Excel .xlsx workbook whose first sheet holds
 * the same columns and values (numbers as numbers, codes as text; docs/spreadsheets.md).
 * Unlike EvaluationExport (the report), nothing here is judged by the rules.
 */
namespace EvaluationRecordExport {
/** The columns, in the order of RECORDS-CSV.md. */
[[nodiscard]] const QStringList &columns();
/** The stored evaluations of a report (a year, a unit and its sub-units or all), by staff code. */
[[nodiscard]] std::vector<Evaluation> evaluationsOf(const EvaluationReport &report);
[[nodiscard]] QByteArray toCsv(const std::vector<Evaluation> &evaluations);
/** The workbook; empty bytes and a translated reason in *error when it cannot be made. */
[[nodiscard]] QByteArray toXlsx(const std::vector<Evaluation> &evaluations, int year, QString *error);
} // namespace EvaluationRecordExport
