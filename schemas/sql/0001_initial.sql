-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0001: the registry (units, staff) and the audit trail.
-- Portable SQL (SQLite and PostgreSQL); @AUTO_ID@ is replaced by the dialect helper.
-- Dates are ISO text (YYYY-MM-DD), booleans are 0/1 integers, unknown is NULL.

CREATE TABLE schema_version (
    version INTEGER NOT NULL
);

CREATE TABLE org_unit (
    code            TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    parent_code     TEXT,
    valid_from      TEXT,
    valid_to        TEXT,
    difficult_area  INTEGER NOT NULL DEFAULT 0,
    successor_code  TEXT
);

CREATE TABLE staff (
    code                TEXT PRIMARY KEY,
    full_name           TEXT NOT NULL,
    birth_date          TEXT NOT NULL,
    gender              TEXT,
    unit_code           TEXT NOT NULL REFERENCES org_unit(code),
    category            TEXT NOT NULL,
    position            TEXT NOT NULL,
    is_leader           INTEGER,
    start_date          TEXT,
    end_date            TEXT,
    general_education   TEXT,
    professional_level  TEXT,
    professional_field  TEXT,
    political_theory    TEXT,
    state_management    TEXT,
    it_skill            TEXT,
    foreign_language    TEXT,
    ethnic_minority     INTEGER
);

CREATE INDEX staff_unit_idx ON staff(unit_code);
CREATE INDEX staff_category_idx ON staff(category);

CREATE TABLE audit_log (
    id          @AUTO_ID@,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_key  TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT
);

CREATE INDEX audit_entity_idx ON audit_log(entity, entity_key);
