-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0003: title standards (tiêu chuẩn chức danh) as reference data, one row per title and period.
-- Filled from assets/standards/commune-title-standards.json right after this migration; edits
-- close a period and open a new one, so history is never rewritten.

CREATE TABLE title_standard (
    id          @AUTO_ID@,
    position    TEXT NOT NULL,
    valid_from  TEXT,
    valid_to    TEXT,
    instrument  TEXT NOT NULL,
    article     TEXT NOT NULL DEFAULT '',
    deadline    TEXT,
    note        TEXT NOT NULL DEFAULT '',
    origin      TEXT NOT NULL DEFAULT 'shipped'
);

CREATE INDEX title_standard_position_idx ON title_standard(position, valid_from);

CREATE TABLE standard_requirement (
    id                @AUTO_ID@,
    standard_id       INTEGER NOT NULL REFERENCES title_standard(id) ON DELETE CASCADE,
    ordinal           INTEGER NOT NULL,
    req_key           TEXT NOT NULL,
    kind              TEXT NOT NULL,
    minimum           TEXT NOT NULL DEFAULT '',
    minimum_difficult TEXT NOT NULL DEFAULT '',
    field_keywords    TEXT NOT NULL DEFAULT '',
    enabled           INTEGER NOT NULL DEFAULT 1,
    confirmed         INTEGER NOT NULL DEFAULT 1,
    basis             TEXT NOT NULL DEFAULT ''
);

CREATE INDEX standard_requirement_standard_idx ON standard_requirement(standard_id, ordinal);

-- The staff of a category in service on a date are read in one query for the rate.
CREATE INDEX staff_category_position_idx ON staff(category, position);
