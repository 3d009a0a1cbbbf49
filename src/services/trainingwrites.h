// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the training writes that run inside a caller's transaction (the lifecycle of
// trainingenrolments.cpp, the import of trainingimport.cpp, the demo of demotraining.cpp): not part of
// TrainingService's API.

#include "domain/trainingplan.h"

#include <QSqlDatabase>
#include <QString>

class AuditWriter;

namespace TrainingWrites {
/**
 * The completion of an enrolment (TrainingService::advance to completed): what its course grants goes on
 * its person's record, a ranked level never going down, with its staff audit row (nothing written when the
 * record already holds it). Runs in the caller's transaction; false with *error set when the course or
 * the person cannot be read or the record cannot be written.
 */
bool applyCompletion(QSqlDatabase db, AuditWriter &audit, const TrainingEnrolment &completed, QString *error);
} // namespace TrainingWrites
