// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/disciplinedecision.h"
#include "domain/orgunit.h"
#include "domain/staffmember.h"

#include <QtGlobal>

#include <vector>

/** The demo office: units, staff and discipline decisions, deterministic for a seed. */
struct DemoOffice
{
    std::vector<OrgUnit> units;
    std::vector<StaffMember> staff;
    /**
     * A handful of decisions (about one per 35 people in the town, fewer at province size) taking
     * effect in 2023-2026, each allowed by DisciplineRules for the person's category and leadership
     * on its effective date; in 2025 several units miss the "nobody disciplined" target.
     */
    std::vector<DisciplineDecision> discipline;
};

/**
 * The data of CLI.md `demo`, as plain domain values (no database, no clock): thị xã Phước Long
 * (Bình Phước) with its 5 wards, 2 communes and town agencies before 07/2025, the two merged
 * wards of Đồng Nai after, and, for benchmark sizes, a province of generated communes (about
 * one per 40 people beyond the town's 500, at most 2,500). Every person passes StaffValidator.
 */
class DemoGenerator
{
public:
    /**
     * Exactly staffCount people (default ~400, a town office), same seed → identical output on
     * every machine (std::mt19937 with our own range helpers, no distributions, no clock).
     * Below ~140 people not every commune title of every commune is filled.
     */
    [[nodiscard]] static DemoOffice generate(int staffCount = 400, quint32 seed = 1);
};
