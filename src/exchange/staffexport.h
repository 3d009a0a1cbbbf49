// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/staffmember.h"

#include <QByteArray>

#include <vector>

/**
 * Writes staff in the formats `import staff` reads back unchanged: CSV with the column keys
 * of STAFF-CSV.md (codes, YYYY-MM-DD dates, 1/0 booleans, empty = not known), and JSON
 * {"staff": [...]} (schemas/export-staff.schema.json), and an Excel .xlsx workbook whose first sheet
 * holds the CSV's columns and values (dates as real dates shown dd/mm/yyyy, booleans 1/0, codes as
 * text; docs/spreadsheets.md).
 */
namespace StaffExport {
[[nodiscard]] QByteArray toCsv(const std::vector<StaffMember> &staff);
[[nodiscard]] QByteArray toJson(const std::vector<StaffMember> &staff);
/** The workbook; empty bytes and a translated reason in *error when it cannot be made. */
[[nodiscard]] QByteArray toXlsx(const std::vector<StaffMember> &staff, QString *error);
} // namespace StaffExport
