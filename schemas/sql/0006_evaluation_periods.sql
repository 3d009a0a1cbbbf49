-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0006: monthly and quarterly evaluation of civil servants on the 100-point scale (ND 335/2025/NĐ-CP, from
-- 01/01/2026; LEGAL-RULES.md §1.11, P2.7). A period holds the general-criteria points (30) entered in
-- tenths; its task items hold what was assigned and done, from which the 70 task points are computed
-- (PeriodScore). Deleting a person deletes their periods; deleting a period deletes its items.

CREATE TABLE evaluation_period (
    id             @AUTO_ID@,
    staff_code     TEXT NOT NULL REFERENCES staff(code) ON DELETE CASCADE,
    year           INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    number         INTEGER NOT NULL,
    general_points INTEGER NOT NULL DEFAULT 0,
    note           TEXT NOT NULL DEFAULT '',
    UNIQUE (staff_code, year, kind, number)
);

CREATE TABLE evaluation_task_item (
    id               @AUTO_ID@,
    period_id        INTEGER NOT NULL REFERENCES evaluation_period(id) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL,
    title            TEXT NOT NULL,
    assigned         INTEGER NOT NULL DEFAULT 1,
    done             INTEGER NOT NULL DEFAULT 0,
    quality_failures INTEGER NOT NULL DEFAULT 0,
    late_failures    INTEGER NOT NULL DEFAULT 0,
    excused_failures INTEGER NOT NULL DEFAULT 0,
    weight           INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX evaluation_task_item_period_idx ON evaluation_task_item(period_id);
