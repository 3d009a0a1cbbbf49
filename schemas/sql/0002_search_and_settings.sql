-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0002: diacritic-free search and name ordering for the staff list; office settings.
-- search_text = folded "full name code"; sort_key = folded given name, then folded full name.
-- Existing rows are filled by the program right after this migration (Database::backfill).

ALTER TABLE staff ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
ALTER TABLE staff ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';

-- The list is read in name order a page at a time; this covering index answers the page query and
-- every filter of the Staff page without touching the table, however rare the matches.
CREATE INDEX staff_sort_idx ON staff(sort_key, code, search_text, unit_code, category, position, start_date, end_date);
CREATE INDEX staff_position_idx ON staff(position);
CREATE INDEX org_unit_parent_idx ON org_unit(parent_code);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
