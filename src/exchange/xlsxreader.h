// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "texttable.h"

#include <QByteArray>
#include <QCoreApplication>

/**
 * Reads the first worksheet of an Excel .xlsx workbook as text, the way CsvReader reads a CSV file:
 * strings as found, whole numbers without ".0" (with their leading zeros under a "00000" format),
 * dates as YYYY-MM-DD, booleans as TRUE/FALSE.
 * Rows are numbered as in the sheet; blank rows are skipped; data rows are padded with empty cells
 * to the header's width (a spreadsheet has no ragged rows). Pure function, thread-safe.
 */
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    /** True when @p bytes start like a zip archive, which an .xlsx is; read() tells if it is a workbook. */
    static bool isXlsx(const QByteArray &bytes);

    /**
     * Parses the first (visible) worksheet into @p out (cleared first). Returns false and fills
     * @p error (line 1, "-", translated reason) when the archive or workbook is damaged or empty.
     */
    static bool read(const QByteArray &bytes, TextTable *out, TableError *error);
};
