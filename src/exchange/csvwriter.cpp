// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace {

bool needsQuotes(const QString &cell, QChar separator, bool guardSeparators)
{
    if (cell.isEmpty())
        return false;
    if (cell.front().isSpace() || cell.back().isSpace())
        return true;
    for (const QChar c : cell) {
        if (c == separator || c == u'"' || c == u'\r' || c == u'\n')
            return true;
        if (guardSeparators && (c == u',' || c == u';'))
            return true;
    }
    return false;
}

void appendRow(QString *out, const QStringList &cells, QChar separator, bool guardSeparators)
{
    bool first = true;
    for (const QString &cell : cells) {
        if (!first)
            out->append(separator);
        first = false;
        if (needsQuotes(cell, separator, guardSeparators)) {
            out->append(u'"');
            out->append(QString(cell).replace(u"\""_s, u"\"\""_s));
            out->append(u'"');
        } else {
            out->append(cell);
        }
    }
    out->append(u'\n');
}

} // namespace

QByteArray CsvWriter::write(const QStringList &header, const std::vector<QStringList> &rows, QChar separator)
{
    // With one column the reader sees no separator in the header and assumes ','.
    const bool oneColumn = header.size() <= 1;
    QString out;
    appendRow(&out, header, separator, true);
    for (const QStringList &row : rows)
        appendRow(&out, row, separator, oneColumn);
    return out.toUtf8();
}
