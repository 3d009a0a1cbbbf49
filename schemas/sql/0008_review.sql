-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0008: the year-end emulation review (bình xét thi đua, LEGAL-RULES.md §6) and year closing.
-- review_decision: one council decision per year, unit, person and award. staff_code '' = the unit
-- itself (a collective title). award: lao_dong_tien_tien, chien_si_thi_dua_co_so, giay_khen, bang_khen,
-- tap_the_lao_dong_tien_tien (ReviewAwards). outcome: proposed (put to the council), approved, rejected.
-- Votes are the council's count (NULL = not recorded). decision_no/decision_date: the reward decision.
-- review_meeting: the council's meeting of a unit and year (what the minutes, biên bản, say).
-- year_closure: a closed year (its evaluations, discipline decisions and review decisions are locked);
-- reopening deletes the row; both are audited with their reason.

CREATE TABLE review_decision (
    id             @AUTO_ID@,
    year           INTEGER NOT NULL,
    unit_code      TEXT NOT NULL,
    staff_code     TEXT NOT NULL DEFAULT '',
    award          TEXT NOT NULL,
    outcome        TEXT NOT NULL DEFAULT 'proposed',
    votes_for      INTEGER,
    votes_against  INTEGER,
    votes_abstain  INTEGER,
    decision_no    TEXT NOT NULL DEFAULT '',
    decision_date  TEXT,
    note           TEXT NOT NULL DEFAULT '',
    UNIQUE (year, unit_code, staff_code, award)
);

CREATE INDEX review_decision_staff_idx ON review_decision(staff_code, year);

CREATE TABLE review_meeting (
    year             INTEGER NOT NULL,
    unit_code        TEXT NOT NULL,
    meeting_date     TEXT,
    place            TEXT NOT NULL DEFAULT '',
    chair            TEXT NOT NULL DEFAULT '',
    secretary        TEXT NOT NULL DEFAULT '',
    members_total    INTEGER NOT NULL DEFAULT 0,
    members_present  INTEGER NOT NULL DEFAULT 0,
    note             TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (year, unit_code)
);

CREATE TABLE year_closure (
    year       INTEGER PRIMARY KEY,
    closed_at  TEXT NOT NULL,
    closed_by  TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT ''
);
