-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0004: discipline decisions (RECORDS-CSV.md "Discipline") and the public-service culture
-- (QĐ 1847/QĐ-TTg): the checklist as editable reference data (filled from
-- assets/culture/checklist.json right after this migration), inspections with their observations
-- per person and item, and the violations log.

CREATE TABLE discipline_decision (
    id              @AUTO_ID@,
    staff_code      TEXT NOT NULL REFERENCES staff(code),
    form            TEXT NOT NULL,
    decision_no     TEXT NOT NULL,
    decision_date   TEXT NOT NULL,
    effective_date  TEXT,
    violation_date  TEXT,
    detected_date   TEXT,
    reason          TEXT NOT NULL DEFAULT '',
    UNIQUE (staff_code, decision_no)
);

CREATE INDEX discipline_staff_idx ON discipline_decision(staff_code, effective_date);
CREATE INDEX discipline_effective_idx ON discipline_decision(effective_date);

CREATE TABLE culture_item (
    code         TEXT PRIMARY KEY,
    ordinal      INTEGER NOT NULL,
    item_group   TEXT NOT NULL,
    label_vi     TEXT NOT NULL,
    label_en     TEXT NOT NULL DEFAULT '',
    basis        TEXT NOT NULL DEFAULT '',
    leaders_only INTEGER NOT NULL DEFAULT 0,
    active       INTEGER NOT NULL DEFAULT 1,
    origin       TEXT NOT NULL DEFAULT 'shipped'
);

CREATE TABLE culture_inspection (
    id           @AUTO_ID@,
    unit_code    TEXT NOT NULL REFERENCES org_unit(code),
    inspected_on TEXT NOT NULL,
    inspector    TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    UNIQUE (unit_code, inspected_on, inspector)
);

CREATE INDEX culture_inspection_date_idx ON culture_inspection(inspected_on);

CREATE TABLE culture_observation (
    inspection_id INTEGER NOT NULL REFERENCES culture_inspection(id) ON DELETE CASCADE,
    staff_code    TEXT NOT NULL REFERENCES staff(code),
    item_code     TEXT NOT NULL REFERENCES culture_item(code),
    result        TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (inspection_id, staff_code, item_code)
);

CREATE INDEX culture_observation_staff_idx ON culture_observation(staff_code);

CREATE TABLE culture_violation (
    id             @AUTO_ID@,
    staff_code     TEXT NOT NULL REFERENCES staff(code),
    item_code      TEXT NOT NULL REFERENCES culture_item(code),
    occurred_on    TEXT NOT NULL,
    inspection_id  INTEGER REFERENCES culture_inspection(id) ON DELETE SET NULL,
    description    TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'reported',
    discipline_id  INTEGER REFERENCES discipline_decision(id) ON DELETE SET NULL
);

CREATE INDEX culture_violation_staff_idx ON culture_violation(staff_code, occurred_on);
CREATE INDEX culture_violation_date_idx ON culture_violation(occurred_on);
