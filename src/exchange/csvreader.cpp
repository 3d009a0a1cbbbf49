// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QByteArrayView>
#include <QStringView>

using namespace Qt::StringLiterals;

namespace {

/** 1-based physical line of byte @p offset; LF, CRLF and a lone CR each end a line. */
int lineOfOffset(QByteArrayView data, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        const char c = data[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n')))
            ++line;
    }
    return line;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1 when all is valid. */
qsizetype firstInvalidUtf8(QByteArrayView data)
{
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const auto c = uchar(data[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            cp = c & 0x1F;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            cp = c & 0x0F;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            cp = c & 0x07;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            const auto b = uchar(data[i + k]);
            if ((b & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (b & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

/** A control character that has no business in a text file (tab, CR and LF are fine). */
bool isStrayControl(uchar c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

/**
 * ',' or ';', whichever occurs more outside quotes in the header (the first record with any
 * content; records made only of separators are passed over). Ties go to ','.
 */
QChar detectSeparator(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    bool inQuotes = false;
    bool content = false;
    for (const QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
            content = true;
        } else if (inQuotes) {
            continue;
        } else if (c == u',') {
            ++commas;
        } else if (c == u';') {
            ++semicolons;
        } else if (isLineBreak(c)) {
            if (content)
                break;
            commas = 0;
            semicolons = 0;
        } else if (!c.isSpace()) {
            content = true;
        }
    }
    return semicolons > commas ? u';' : u',';
}

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

/** Splits @p text into records (RFC 4180). Returns false with the start line of an unclosed quote. */
bool parseRecords(QStringView text, QChar separator, std::vector<TextTableRow> *records, int *unclosedQuoteLine)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        TextTableRow record;
        record.line = line;
        for (;;) {
            QString cell;
            if (i < n && text[i] == u'"') {
                const int quoteLine = line;
                bool closed = false;
                ++i;
                while (i < n) {
                    const QChar c = text[i];
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            cell += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\n' || (c == u'\r' && (i + 1 >= n || text[i + 1] != u'\n')))
                        ++line;
                    cell += c;
                    ++i;
                }
                if (!closed) {
                    *unclosedQuoteLine = quoteLine;
                    return false;
                }
            }
            // Unquoted text, or whatever follows a closing quote (kept, as spreadsheets do).
            const qsizetype start = i;
            while (i < n && text[i] != separator && !isLineBreak(text[i]))
                ++i;
            cell += text.sliced(start, i - start);
            record.cells << cell;
            if (i < n && text[i] == separator) {
                ++i;
                continue;
            }
            if (i < n) { // a line break ends the record
                i += (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
                ++line;
            }
            break;
        }
        records->push_back(std::move(record));
    }
    return true;
}

} // namespace

bool CsvReader::read(const QByteArray &bytes, TextTable *out, TableError *error)
{
    TextTable table;
    TableError dummy;
    TableError &err = error ? *error : dummy;
    const auto fail = [&err](int line, const QString &message) {
        err = TableError{line, u"-"_s, message};
        return false;
    };
    if (out)
        *out = TextTable{};

    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return fail(1, tr("the file is UTF-16 text; save it as CSV UTF-8"));
    if (data.trimmed().isEmpty())
        return fail(1, tr("the file is empty"));

    qsizetype controls = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = uchar(data[i]);
        if (c == 0)
            return fail(lineOfOffset(data, i), tr("the file is not a text (CSV) file"));
        if (isStrayControl(c))
            ++controls;
    }
    // A stray form feed is tolerated; many control characters mean binary data.
    if (controls > qMax<qsizetype>(2, data.size() / 50))
        return fail(1, tr("the file is not a text (CSV) file"));

    const qsizetype invalid = firstInvalidUtf8(data);
    if (invalid >= 0) {
        //: %1 is the hexadecimal value of the first byte that is not UTF-8, e.g. E9
        return fail(lineOfOffset(data, invalid), tr("the file is not valid UTF-8 text (byte 0x%1)")
                                                      .arg(QString::number(uchar(data[invalid]), 16)
                                                               .toUpper()
                                                               .rightJustified(2, u'0')));
    }

    const QString text = QString::fromUtf8(data);
    const QChar separator = detectSeparator(text);
    std::vector<TextTableRow> records;
    int quoteLine = 0;
    if (!parseRecords(text, separator, &records, &quoteLine))
        return fail(quoteLine, tr("a quoted field starting on this line has no closing quote (\")"));

    bool haveHeader = false;
    for (auto &record : records) {
        if (isBlank(record.cells))
            continue;
        if (!haveHeader) {
            table.header = std::move(record.cells);
            table.headerLine = record.line;
            haveHeader = true;
        } else {
            table.rows.push_back(std::move(record));
        }
    }
    if (!haveHeader)
        return fail(1, tr("the file is empty"));
    if (out)
        *out = std::move(table);
    return true;
}
