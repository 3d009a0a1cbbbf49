-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0010: concurrent editing (issue 8 item 3, docs/concurrent-editing.md). Two officers editing the same
-- person or the same evaluation must not silently overwrite each other: each record an officer edits as
-- one carries a row version, read with the record and raised by one on every UPDATE (the forms, the
-- workflow steps, the imports, the archive import). A save states the version it started from
-- (UPDATE ... WHERE key = ? AND row_version = ?): no row changed means someone else saved first.
-- staff: the person (the person's form).
-- evaluation: a person's year, and its written form (evaluation_form), which saves raise too: the
-- levels, months, score, workflow status and written parts are one evaluation to the officer.
-- Plain ALTER TABLE ... ADD COLUMN with a constant default runs unchanged on SQLite and PostgreSQL.

ALTER TABLE staff ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE evaluation ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
