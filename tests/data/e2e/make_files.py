#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the byte-exact files of tests/data/e2e used by tests/e2e/tst_cli_import.cpp.

The files are committed; this script documents how they were made (BOM, CRLF and CR-only line ends,
Latin-1 and NUL bytes, UTF-16, a damaged ZIP) and remakes them: python3 tests/data/e2e/make_files.py
units.csv and staff.csv are written by hand and are not touched here.
"""
import os
import random

os.chdir(os.path.dirname(os.path.abspath(__file__)))

HDR = "code,full_name,birth_date,gender,unit_code,category,position,is_leader,start_date,end_date,general_education,professional_level,professional_field,political_theory,state_management,it_skill,foreign_language,ethnic_minority"

def row(code, name="Nguyễn Văn Tốt", birth="1985-05-05", gender="nam", unit="25217", cat="cc_xa",
        pos="van_hoa_xa_hoi", leader="", start="2010-01-01", end="", ge="thpt", pl="dai_hoc",
        field="Văn hóa", pt="", sm="", it="Cơ bản", fl="", em=""):
    return ",".join([code, name, birth, gender, unit, cat, pos, leader, start, end, ge, pl, field, pt, sm, it, fl, em])

def write(name, text, encoding="utf-8", raw=None):
    with open(name, "wb") as f:
        f.write(raw if raw is not None else text.encode(encoding))

# Vietnamese headers: BOM, semicolons, CRLF, DD/MM/YYYY, words for codes, shuffled columns.
vi = [
    "Mã cán bộ;Mã đơn vị;Họ và tên;Ngày sinh;Giới tính;Loại cán bộ;Chức danh;Lãnh đạo quản lý;Ngày bắt đầu;"
    "Ngày kết thúc;Trình độ phổ thông;TRINH DO CHUYEN MON;Chuyên ngành;Lý luận chính trị;Quản lý nhà nước;"
    "Tin học;Ngoại ngữ;  Dân tộc thiểu số  ",
    "VI-0001;25231;Điểu Văn Bình;05/03/1986;Nam;Cán bộ cấp xã;Chủ tịch UBND;có;01/07/2021;;12/12;Đại học;Luật;Trung cấp;Chuyên viên;Cơ bản;;có",
    "VI-0002;25231;Thị Hằng;17/11/1994;Nữ;Công chức cấp xã;Tư pháp - hộ tịch;không;15/08/2019;;THPT;Trung cấp;Luật;Sơ cấp;Chưa;Cơ bản;Tiếng Anh A2;x",
    "VI-0003;25217;Nguyễn Hữu Phước;29/02/1984;Nam;Cán bộ cấp xã;Phó Chủ tịch HĐND;x;01/07/2021;;Trung học phổ thông;Thạc sĩ;Quản lý kinh tế;Cao cấp;Chuyên viên chính;;Tiếng Anh B1;không",
    "VI-0004;693-NV;Lê Thị Mai;01/01/1990;Nữ;Công chức;Chuyên viên;;01/10/2014;;THPT;Đại học;Quản lý nhà nước;Không;Chuyên viên;;;",
    "VI-0005;25217;Phan Văn Lực;12/12/2000;Nam;Không chuyên trách;Công an viên;;01/01/2022;;9/12;Sơ cấp;;;;;;0",
]
write("staff_vi_headers.csv", None, raw=b"\xEF\xBB\xBF" + ("\r\n".join(vi) + "\r\n").encode("utf-8"))

# 10 good rows and one bad (line 7: unknown unit).
rows = [HDR] + [row(f"AT-{i:04d}", name=f"Người Thử {i}") for i in range(1, 6)]
rows.append(row("AT-BAD", unit="99999"))
rows += [row(f"AT-{i:04d}", name=f"Người Thử {i}") for i in range(6, 11)]
write("staff_10_good_1_bad.csv", "\n".join(rows) + "\n")

B = "broken/"
good2 = row("BR-0001")
good3 = row("BR-0002", name="Trần Thị Hai", gender="nu")
good4 = row("BR-0003", name="Lê Văn Ba")
write(B + "unknown_header.csv", HDR + ",nickname\n" + good2 + ",Tí\n" + good3 + ",\n")
write(B + "misspelt_header.csv", HDR.replace("full_name", "ho_va_ten_x") + "\n" + good2 + "\n" + good3 + "\n")
cols = HDR.split(",")
drop = cols.index("birth_date")
def without(line, i):
    cells = line.split(",")
    return ",".join(cells[:i] + cells[i + 1:])
write(B + "missing_column.csv", "\n".join([without(HDR, drop), without(good2, drop), without(good3, drop)]) + "\n")
write(B + "missing_value.csv", "\n".join([HDR, good2, row("BR-0002", name=""), good4]) + "\n")
write(B + "duplicate_code.csv", "\n".join([HDR, good2, good3, row("BR-0001", name="Người Trùng Mã"), ]) + "\n")
write(B + "date_iso_impossible.csv", "\n".join([HDR, good2, row("BR-0002", start="2023-02-30"), good4]) + "\n")
write(B + "date_vn_impossible.csv", "\n".join([HDR, row("BR-0001", birth="31/04/1980"), good3]) + "\n")
write(B + "unknown_unit.csv", "\n".join([HDR, good2, good3, good4, row("BR-0004", unit="00000")]) + "\n")
write(B + "bad_category.csv", "\n".join([HDR, good2, row("BR-0002", cat="cbx", pos="Chuyên viên"), good4]) + "\n")
write(B + "bad_level.csv", "\n".join([HDR, row("BR-0001", pl="dai hoc x"), good3]) + "\n")
write(B + "ragged_short.csv", "\n".join([HDR, good2, good3.rsplit(",", 1)[0], good4]) + "\n")
write(B + "ragged_long.csv", "\n".join([HDR, good2, good3, good4 + ",thừa"]) + "\n")
write(B + "invalid_utf8.csv", None,
      raw=("\n".join([HDR, good2]) + "\n").encode() + row("BR-0002", name="Tr\x00n").encode().replace(b"\x00", b"\xe9")
      + b"\n" + (good4 + "\n").encode())
write(B + "empty.csv", "")
write(B + "header_only.csv", HDR + "\n")
write(B + "unterminated_quote.csv", "\n".join([HDR, good2, row("BR-0002", field='"Luật'), good4]) + "\n")
random.seed(20250701)
garbage = bytearray(random.randrange(256) for _ in range(4096))
garbage[0:4] = b"\x00\x13\xfe\x00"   # NULs on line 1, and not a BOM, ZIP or JSON start
write(B + "binary_garbage.bin", None, raw=bytes(garbage))
write(B + "embedded_newline.csv",
      "\n".join([HDR, row("BR-0001", field='"Luật\nKinh tế"'), row("BR-0002", unit="00000"), good4]) + "\n")
vib = vi[:2] + ["VI-0002;25231;Thị Hằng;30/02/1994;Nữ;Công chức cấp xã;Tư pháp - hộ tịch;không;15/08/2019;;THPT;Trung cấp;Luật;Sơ cấp;Chưa;Cơ bản;Tiếng Anh A2;x"] + vi[3:4]
write(B + "vi_headers_bad_date.csv", None, raw=b"\xEF\xBB\xBF" + ("\r\n".join(vib) + "\r\n").encode("utf-8"))

# Units with errors.
UH = "code,name,kind,parent_code,valid_from,valid_to,difficult_area,successor_code"
write("units_cycle.csv", "\n".join([UH, "C-1,Đơn vị Một,co_quan,C-2,,,,", "C-2,Đơn vị Hai,co_quan,C-1,,,,"]) + "\n")
write("units_unknown_successor.csv", "\n".join([UH, "S-1,Xã Sáp Nhập,xa,693,,2025-07-01,,S-9", "S-2,Xã Còn Lại,xa,693,,,,"]) + "\n")

# More line-counting cases.
write(B + "blank_lines.csv", "\n".join([HDR, good2, "", ",,,", row("BR-0002", unit="00000"), good4]) + "\n")
write(B + "cr_only.csv", "\r".join([HDR, good2, row("BR-0002", birth="1985-13-01"), good4]) + "\r")
write(B + "utf16.csv", None, raw=b"\xFF\xFE" + ("\n".join([HDR, good2]) + "\n").encode("utf-16-le"))
write(B + "truncated.xlsx", None, raw=b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(40)))
write(B + "duplicate_header.csv", HDR + ",code\n" + good2 + ",BR-0001\n")

# JSON, as `export staff --format json` writes it, but one record per line.
import json as _json
def rec(code, **over):
    cells = dict(zip(HDR.split(","), row(code).split(",")))
    cells.update(over)
    out = {}
    for k, v in cells.items():
        if k in ("is_leader", "ethnic_minority"):
            out[k] = None if v == "" else v in ("1", "x")
        else:
            out[k] = v if v != "" else None
    return _json.dumps(out, ensure_ascii=False)
write(B + "json_bad_record.json",
      "{\n  \"staff\": [\n    " + rec("BR-0001") + ",\n\n    " + rec("BR-0002", category="cbx") + "\n  ]\n}\n")
write(B + "json_syntax.json",
      "{\n  \"staff\": [\n    " + rec("BR-0001") + ",\n    " + rec("BR-0002").replace(", \"gender\"", " \"gender\"") + "\n  ]\n}\n")
write(B + "json_no_staff.json", "{\n  \"people\": [\n    " + rec("BR-0001") + "\n  ]\n}\n")

# Cells that must survive export → import → export unchanged.
tricky = [HDR,
    row("TR-0001", name="Nguyễn Thị 𠀧 Nôm", field='"Luật\nKinh tế"', it='"Word; Excel, ""PowerPoint"""'),
    row("TR-0002", name='"Lê ""Bé"" Ba"', field="=SUM(A1)", fl="Tiếng Pháp; Tiếng Anh"),
    row("TR-0003", name="Trần Văn Bốn", field='"Dòng một\r\nDòng hai"', pos="Văn hóa - xã hội", leader="yes", em="false"),
    row("TR-0004", name="Đào Thị Năm", cat="vc", pos="'0123", start="", ge="", pl="", field="", it="", fl="", em="có"),
]
write("staff_tricky.csv", "\n".join(tricky) + "\n")
