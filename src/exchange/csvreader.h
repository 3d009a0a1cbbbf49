// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/texttable.h"

#include <QByteArray>
#include <QCoreApplication>

/**
 * Reads a CSV file (STAFF-CSV.md "Common rules"): UTF-8 with or without BOM, ',' or ';' detected
 * from the header, RFC 4180 quoting. Cells are kept as found (no trimming, no column-count check);
 * rows whose cells are all empty or blank are skipped. Pure function, thread-safe.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /**
     * Parses @p bytes into @p out (cleared first). Returns false and fills @p error (line, "-",
     * translated reason) when the file is empty, binary, not UTF-8 or has an unterminated quote.
     */
    static bool read(const QByteArray &bytes, TextTable *out, TableError *error);
};
