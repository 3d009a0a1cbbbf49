#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes congvu-v1.sqlite: a CongVu database as version 0.1 left it (schema version 1).

tst_database upgrades a copy of it to the latest schema (STYLE.md §4 "Ship an old-version DB in
tests/data/ and test the upgrade"). Run from anywhere; the file is written next to this script:

    python3 tests/data/make_congvu_v1.py

The schema is schemas/sql/0001_initial.sql with the SQLite expansion of @AUTO_ID@, exactly as
Database::applyMigration ran it at version 1. Names are stored in NFC, as typed on a Vietnamese
keyboard. Do not regenerate this file after 0001 changes: it stands for files already in offices.
"""

import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, "..", ".."))
SCHEMA = os.path.join(SOURCE, "schemas", "sql", "0001_initial.sql")
OUTPUT = os.path.join(HERE, "congvu-v1.sqlite")

UNITS = [
    # code, name, kind, parent_code, valid_from, valid_to, difficult_area, successor_code
    ("H_DONGHY", "Huyện Đồng Hỷ", "huyen", None, None, "2025-07-01", 0, None),
    ("X_HOAHA", "Xã Hòa Hà", "xa", "H_DONGHY", None, "2025-07-01", 1, "X_DONGHY"),
    ("X_DONGHY", "Xã Đồng Hỷ", "xa", None, "2025-07-01", None, 0, None),
]

STAFF = [
    # code, full_name, birth_date, gender, unit_code, category, position, is_leader, start_date,
    # end_date, general_education, professional_level, professional_field, political_theory,
    # state_management, it_skill, foreign_language, ethnic_minority
    ("CB001", "Nguyễn Văn Ánh", "1980-05-12", "nam", "X_HOAHA", "cb_xa", "chu_tich_ubnd", 1,
     "2016-07-01", None, "thpt", "dai_hoc", "Luật", "trung_cap", "chuyen_vien", "Cơ bản", "Tiếng Anh B", 0),
    ("CB002", "Trần Thị Bích Ngọc", "1990-11-03", "nu", "X_HOAHA", "cc_xa", "tu_phap_ho_tich", 0,
     "2015-03-01", None, "thpt", "trung_cap", "Luật", None, None, None, None, 1),
    ("CB003", "Đặng Hữu Phước", "1975-01-20", "nam", "X_DONGHY", "cc_xa", "dia_chinh", None,
     "2025-07-01", None, "thpt", None, None, None, None, None, None, None),
    ("CB004", "Lương Thị Thủy", "1968-09-09", "nu", "H_DONGHY", "cc", "Chuyên viên Phòng Nội vụ", 0,
     "1990-01-01", "2023-10-01", "thpt", "cao_dang", "Kế toán", "so_cap", None, None, None, 0),
]

AUDIT = [
    # at, actor, action, entity, entity_key, before_json, after_json
    ("2024-03-01T08:00:00.000Z", "admin", "import", "staff", "CB001", None,
     '{"code":"CB001","full_name":"Nguyễn Văn Ánh"}'),
    ("2024-03-02T09:30:00.000Z", "admin", "update", "staff", "CB002",
     '{"code":"CB002","position":"van_phong_thong_ke"}', '{"code":"CB002","position":"tu_phap_ho_tich"}'),
]


def main():
    with open(SCHEMA, encoding="utf-8") as f:
        script = f.read().replace("@AUTO_ID@", "INTEGER PRIMARY KEY AUTOINCREMENT")
    if os.path.exists(OUTPUT):
        os.remove(OUTPUT)
    db = sqlite3.connect(OUTPUT)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.executescript(script)
        with db:
            db.execute("INSERT INTO schema_version (version) VALUES (1)")
            db.executemany("INSERT INTO org_unit VALUES (?, ?, ?, ?, ?, ?, ?, ?)", UNITS)
            db.executemany(
                "INSERT INTO staff VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", STAFF)
            db.executemany(
                "INSERT INTO audit_log (at, actor, action, entity, entity_key, before_json, after_json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)", AUDIT)
        # A single self-contained file in rollback-journal mode, as 0.1 wrote it before WAL.
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("VACUUM")
    finally:
        db.close()
    print("wrote", OUTPUT, file=sys.stderr)


if __name__ == "__main__":
    main()
