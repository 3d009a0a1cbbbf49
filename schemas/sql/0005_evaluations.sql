-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0005: annual evaluations (RECORDS-CSV.md "Evaluations"; LEGAL-RULES.md §1, P2.3, P2.4.1, P2.7) and the
-- per-unit exception to the cap on "excellent" (25% instead of 20% of "good": QĐ 366-QĐ/TW Art 11;
-- ND 233/2026 Art 12 cl 6b). Imported rows are stored as decided; the workflow (draft, self_assessed,
-- proposed, decided) uses the same status column. Deleting a person (an entry made by mistake) deletes
-- their evaluations with them; RegistryService::removeStaff writes an audit row for each.

CREATE TABLE evaluation (
    id              @AUTO_ID@,
    staff_code      TEXT NOT NULL REFERENCES staff(code) ON DELETE CASCADE,
    year            INTEGER NOT NULL,
    task_group      TEXT NOT NULL DEFAULT '',
    months_worked   INTEGER NOT NULL DEFAULT 12,
    months_absent   INTEGER NOT NULL DEFAULT 0,
    maternity_leave INTEGER NOT NULL DEFAULT 0,
    score           REAL,
    self_level      TEXT,
    proposed_level  TEXT,
    final_level     TEXT,
    initiative      INTEGER NOT NULL DEFAULT 0,
    note            TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'decided',
    override_reason TEXT,
    decision_no     TEXT,
    decision_date   TEXT,
    UNIQUE (staff_code, year)
);

CREATE INDEX evaluation_year_idx ON evaluation(year);

CREATE TABLE excellent_cap_exception (
    id          @AUTO_ID@,
    unit_code   TEXT NOT NULL REFERENCES org_unit(code),
    year        INTEGER NOT NULL,
    decision_no TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    UNIQUE (unit_code, year)
);

-- The written parts of the evaluation form (phiếu đánh giá, xếp loại chất lượng: Mẫu 01/02/03 of
-- ND 90/2020), one per person and year, kept apart from the levels so that a file import never touches
-- it. Entered from the GUI only.
CREATE TABLE evaluation_form (
    id                  @AUTO_ID@,
    staff_code          TEXT NOT NULL REFERENCES staff(code) ON DELETE CASCADE,
    year                INTEGER NOT NULL,
    politics            TEXT NOT NULL DEFAULT '',
    ethics              TEXT NOT NULL DEFAULT '',
    work_style          TEXT NOT NULL DEFAULT '',
    discipline          TEXT NOT NULL DEFAULT '',
    task_results        TEXT NOT NULL DEFAULT '',
    leader_unit_results TEXT NOT NULL DEFAULT '',
    leader_capacity     TEXT NOT NULL DEFAULT '',
    leader_unity        TEXT NOT NULL DEFAULT '',
    strengths           TEXT NOT NULL DEFAULT '',
    weaknesses          TEXT NOT NULL DEFAULT '',
    collective_comments TEXT NOT NULL DEFAULT '',
    manager_comments    TEXT NOT NULL DEFAULT '',
    UNIQUE (staff_code, year)
);
