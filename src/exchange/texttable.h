// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

/** One record of a spreadsheet file, with the line it starts on so that errors can name it. */
struct TextTableRow
{
    /** 1-based physical line where the record starts (header = line 1); for XLSX the sheet row number. */
    int line = 0;
    QStringList cells;
};

/** A spreadsheet read as text: the header row and the data rows, cells untrimmed and unvalidated. */
struct TextTable
{
    QStringList header;
    int headerLine = 1;
    std::vector<TextTableRow> rows;
};

/** A whole-file problem found while reading a table (column is "-" when no column applies). */
struct TableError
{
    int line = 0;
    QString column;
    QString message;
};
