// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demogenerator.h"

#include <QSqlDatabase>
#include <QString>

/**
 * The evaluation part of the demo office (CLI.md `demo`): one evaluation per person in service for 2024,
 * 2025 and 2026, deterministic for a seed, with a task group by role (leaders, cán bộ, công chức, viên
 * chức, không chuyên trách). 2024 and 2025 are decided; 2026 is the season in progress: a third of the
 * units decided on 20/11/2026, the others at draft, self-assessed or proposed. Most people are rated tot, some xuat_sac within
 * the cap, a few hoan_thanh; everyone disciplined in a year gets khong_hoan_thanh; a few people have a
 * short year (not rated), months of leave (absence_cap) or maternity leave; civil servants have a
 * 100-point score in 2026 (ND 335/2025), now and then out of line with the level (score_mismatch).
 * Written in the caller's transaction, without audit rows of its own.
 */
namespace DemoEvaluations {
/** Writes the evaluations into db (migrated, the office's staff and discipline stored); false with *error set. */
bool fill(QSqlDatabase db, const DemoOffice &office, quint32 seed, QString *error);
} // namespace DemoEvaluations
