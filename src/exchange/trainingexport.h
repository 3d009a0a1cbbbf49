// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/trainingservice.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/**
 * `congvu report training` as data (docs/reports.md "report training"):
 * - JSON: schemas/report-training.schema.json; money in whole VND, dates ISO, null when not known;
 * - CSV: one file, one row per enrolment of the year (the columns of csvColumns());
 * - text: the budget per unit and the enrolments, for a terminal.
 */
namespace TrainingExport {
[[nodiscard]] QByteArray toJson(const TrainingYearReport &report);
[[nodiscard]] QByteArray toCsv(const TrainingYearReport &report);
/** The CSV's header, in order. */
[[nodiscard]] const QStringList &csvColumns();
/** A plain-text summary for a terminal, in the user's language. */
[[nodiscard]] QString toText(const TrainingYearReport &report);
} // namespace TrainingExport
