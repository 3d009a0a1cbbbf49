// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

class Clock;
class Database;

/**
 * The year-end review part of the demo office (CLI.md `demo`; issue 7): for 2025, every unit with evaluated
 * people held its emulation-reward council (hội đồng thi đua, khen thưởng) in mid-December 2025 (date, place,
 * chair and secretary from the unit's people, members present) and decided on the people the rules make
 * eligible: Lao động tiên tiến and Chiến sĩ thi đua cơ sở approved with their votes, decision numbers and
 * dates in late December 2025, a couple of CSTĐCS proposals rejected by vote, and Tập thể lao động tiên tiến
 * for the units meeting the members' condition. 2026 is left open with no meeting and no decision.
 * Deterministic for a seed; written in the caller's transaction, covered by the demo's one audit row (generated
 * data, not anyone's edit).
 */
namespace DemoReview {
/** The year the demo's council decided. */
inline constexpr int kDecidedYear = 2025;
/** Writes the meetings and decisions into db (evaluations and discipline stored); false with *error set. */
bool fill(Database &db, const Clock &clock, const QString &actor, quint32 seed, QString *error);
} // namespace DemoReview
