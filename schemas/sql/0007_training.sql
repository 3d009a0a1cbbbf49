-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0007: training (LEGAL-RULES.md §4–5; ND 101/2017 Art. 17 as amended by ND 89/2021, now ND 171/2025).
-- The course catalogue as editable reference data (filled from assets/training/catalogue.json right after
-- this migration): what each course grants on completion and asks before it, in the terms of the title
-- standards (JSON arrays of {"key", "value"}), and the titles it is meant for (JSON array; empty = anyone). Year plans per unit (unit_code NULL = the whole office) with
-- their budget, and enrolments of people in courses (within a plan or outside any), with their status
-- (planned, enrolled, attending, completed, dropped), dates, certificate and cost. Money is whole VND.
-- Deleting a person deletes their enrolments; deleting a plan leaves its enrolments without a plan.

CREATE TABLE training_course (
    code          TEXT PRIMARY KEY,
    ordinal       INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    name_vi       TEXT NOT NULL,
    name_en       TEXT NOT NULL DEFAULT '',
    provider      TEXT NOT NULL DEFAULT '',
    duration      INTEGER NOT NULL,
    duration_unit TEXT NOT NULL DEFAULT 'day',
    cost          BIGINT NOT NULL DEFAULT 0,
    grants        TEXT NOT NULL DEFAULT '[]',
    prerequisites TEXT NOT NULL DEFAULT '[]',
    positions     TEXT NOT NULL DEFAULT '[]',
    basis         TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1,
    origin        TEXT NOT NULL DEFAULT 'shipped'
);

CREATE TABLE training_plan (
    id         @AUTO_ID@,
    year       INTEGER NOT NULL,
    unit_code  TEXT REFERENCES org_unit(code),
    title      TEXT NOT NULL DEFAULT '',
    budget     BIGINT NOT NULL DEFAULT 0,
    note       TEXT NOT NULL DEFAULT ''
);

CREATE INDEX training_plan_year_idx ON training_plan(year, unit_code);

CREATE TABLE training_enrolment (
    id               @AUTO_ID@,
    plan_id          INTEGER REFERENCES training_plan(id) ON DELETE SET NULL,
    staff_code       TEXT NOT NULL REFERENCES staff(code) ON DELETE CASCADE,
    course_code      TEXT NOT NULL REFERENCES training_course(code),
    status           TEXT NOT NULL DEFAULT 'planned',
    start_date       TEXT,
    end_date         TEXT,
    certificate_no   TEXT NOT NULL DEFAULT '',
    certificate_date TEXT,
    cost             BIGINT NOT NULL DEFAULT 0,
    note             TEXT NOT NULL DEFAULT ''
);

CREATE INDEX training_enrolment_plan_idx ON training_enrolment(plan_id);
CREATE INDEX training_enrolment_staff_idx ON training_enrolment(staff_code, status);
