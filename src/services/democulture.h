// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demogenerator.h"

#include <QSqlDatabase>
#include <QString>

/**
 * The public-service culture part of the demo office (CLI.md `demo`): inspections of the town's
 * commune-level units in 2025 (before and after the 07/2025 merge) and 2026, every active checklist
 * item for the people in service there, a few breaches with their violations-log entries (some
 * confirmed). Deterministic for a seed; written in the caller's transaction, without audit rows of its own.
 */
namespace DemoCulture {
/** Writes the inspections into db (migrated, the office's units and staff stored); false with *error set. */
bool fill(QSqlDatabase db, const DemoOffice &office, quint32 seed, QString *error);
} // namespace DemoCulture
