// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QStringList>

#include <vector>

/** Writes a table as CSV that CsvReader (and spreadsheets) read back unchanged. Thread-safe. */
class CsvWriter
{
public:
    /**
     * UTF-8 without BOM, LF line ends, one line per row after the header. A cell is quoted when it
     * holds the separator, a quote, CR, LF or leading/trailing white space; header cells (and the
     * cells of a one-column table) are also quoted when they hold ',' or ';', so that the reader's
     * separator detection cannot be misled.
     */
    static QByteArray write(const QStringList &header, const std::vector<QStringList> &rows,
                            QChar separator = u',');
};
