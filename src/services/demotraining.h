// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

class Clock;
class Database;

/**
 * The training part of the demo office (CLI.md `demo`; issue 6; docs/training-csv.md): an office-wide plan
 * for 2026 and one for 2027, each filled by the plan proposal (TrainingService::proposePlan) and cut to a
 * budget below its cost, so that needs no course closes (or none before the deadline), needs the budget
 * does not reach and people barred by discipline stay without a plan and are explained. The 2026 plan
 * started on 02/03/2026 and is part way through: most courses that have ended are completed with a
 * certificate (what they grant goes on the record, audited, as the lifecycle does it), a few were dropped,
 * the long ones are attending or enrolled. The 2027 plan is planned, every course ending before the
 * 01/08/2028 deadline, so the projected rate on that day is above today's. Deterministic for a seed and independent of the clock; written in the caller's transaction
 * with audit rows for plans, enrolments and the records completion changes.
 */
namespace DemoTraining {
/** Writes the plans into db (the office's units, staff, discipline and evaluations stored); false with *error set. */
bool fill(Database &db, const Clock &clock, const QString &actor, quint32 seed, QString *error);
} // namespace DemoTraining
