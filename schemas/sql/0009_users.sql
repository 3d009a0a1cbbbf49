-- SPDX-License-Identifier: GPL-3.0-or-later
-- 0009: users and roles of a shared office (issue 8 item 4; docs/users-and-roles.md).
-- app_user: one row per user, never deleted (the audit trail names users): deactivated instead.
-- role: administrator, hr_officer, unit_manager, council_member, viewer (src/domain/role.h).
-- unit_code: the unit of a unit_manager (their unit and its sub-units), NULL for the other roles.
-- password_hash: pbkdf2-sha256$<iterations>$<salt base64>$<hash base64> (src/domain/passwordhash.h).
-- active: 1 or 0. created_at: ISO 8601 UTC.
-- The setting security.roles_enabled ('true' or 'false') is off when absent, the default of a single-PC
-- SQLite office; an administrator turns it on (congvu user roles --enable).

CREATE TABLE app_user (
    name           TEXT PRIMARY KEY,
    full_name      TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL,
    unit_code      TEXT,
    password_hash  TEXT NOT NULL,
    active         INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL
);

CREATE INDEX app_user_role_idx ON app_user(role, active);
