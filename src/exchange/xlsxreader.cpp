// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include <QBuffer>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

/** Larger parts are refused: a staff list is a few MB, a zip bomb is not. */
constexpr qint64 MaxPartSize = 256 * 1024 * 1024;
/** Excel's own sheet limits. */
constexpr int MaxRows = 1048576;
constexpr int MaxColumns = 16384;

enum class PartStatus { Ok, Missing, Damaged, TooLarge };

PartStatus readPart(QuaZip &zip, const QString &path, QByteArray *data)
{
    data->clear();
    if (path.isEmpty() || !zip.setCurrentFile(path, QuaZip::csInsensitive))
        return PartStatus::Missing;
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info)) {
        if (info.uncompressedSize > quint64(MaxPartSize))
            return PartStatus::TooLarge;
        data->reserve(qsizetype(qMin<quint64>(info.uncompressedSize, 16 * 1024 * 1024)));
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return PartStatus::Damaged;
    // In chunks: the declared size may lie, and read(MaxPartSize) would allocate all of it up front.
    char chunk[64 * 1024];
    bool readOk = true;
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0)
            readOk = false;
        if (n <= 0)
            break;
        data->append(chunk, qsizetype(n));
        if (data->size() > MaxPartSize) {
            file.close();
            return PartStatus::TooLarge;
        }
    }
    readOk = readOk && file.getZipError() == UNZ_OK;
    file.close(); // checks the CRC
    if (!readOk || file.getZipError() != UNZ_OK)
        return PartStatus::Damaged;
    return PartStatus::Ok;
}

/** The folder of a part ("xl/workbook.xml" → "xl"). */
QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

/** A relationship target resolved against the folder of its source part, "." and ".." removed. */
QString resolveTarget(const QString &baseFolder, const QString &target)
{
    QString t = QUrl::fromPercentEncoding(target.toUtf8());
    t.replace(u'\\', u'/');
    const QString joined = t.startsWith(u'/') ? t : baseFolder + u'/' + t;
    QStringList parts;
    for (const QString &segment : joined.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"."_s)
            continue;
        if (segment == u".."_s) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts << segment;
    }
    return parts.join(u'/');
}

/** The relationships file of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"). */
QString relsPathOf(const QString &part)
{
    const QString folder = folderOf(part);
    const QString name = part.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    return (folder.isEmpty() ? QString() : folder + u'/') + u"_rels/"_s + name + u".rels"_s;
}

struct Relationship
{
    QString id;
    QString type;
    QString target; // resolved part name
};

std::vector<Relationship> parseRelationships(const QByteArray &xmlData, const QString &baseFolder, QString *xmlError)
{
    std::vector<Relationship> rels;
    QXmlStreamReader xml(xmlData);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship"_s)
            continue;
        const auto attrs = xml.attributes();
        if (attrs.value(u"TargetMode"_s) == u"External"_s)
            continue;
        rels.push_back({attrs.value(u"Id"_s).toString(), attrs.value(u"Type"_s).toString(),
                        resolveTarget(baseFolder, attrs.value(u"Target"_s).toString())});
    }
    if (xml.hasError())
        *xmlError = xml.errorString();
    return rels;
}

const Relationship *findByType(const std::vector<Relationship> &rels, QStringView typeSuffix)
{
    for (const auto &rel : rels) {
        if (rel.type.endsWith(typeSuffix))
            return &rel;
    }
    return nullptr;
}

/** Replaces the OOXML escapes _xHHHH_ (used for control characters) by the character. */
QString decodeEscapes(const QString &text)
{
    if (!text.contains(u"_x"_s))
        return text;
    static const QRegularExpression escape(u"_x([0-9A-Fa-f]{4})_"_s);
    QString out;
    qsizetype last = 0;
    auto it = escape.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    return out;
}

/** Text of a shared-string item <si> or inline string <is>, read up to its end; phonetic runs dropped. */
QString readStringItem(QXmlStreamReader &xml)
{
    const QString element = xml.name().toString();
    QString text;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t"_s)
                text += xml.readElementText();
            else if (xml.name() != u"r"_s)
                xml.skipCurrentElement(); // rPr, rPh, phoneticPr
        } else if (token == QXmlStreamReader::EndElement && xml.name() == element) {
            break;
        }
    }
    return decodeEscapes(text);
}

QStringList parseSharedStrings(const QByteArray &xmlData, QString *xmlError)
{
    QStringList strings;
    QXmlStreamReader xml(xmlData);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si"_s)
            strings << readStringItem(xml);
    }
    if (xml.hasError())
        *xmlError = xml.errorString();
    return strings;
}

/** True for a number format that shows a date: a day or year part outside quotes, escapes and [..]. */
bool isDateFormatCode(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u';')
            break; // the first section decides
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            if (end < 0)
                break;
            i = end;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            if (end < 0)
                break;
            i = end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // escaped character, spacing or fill
        } else if (c == u'y' || c == u'Y' || c == u'd' || c == u'D') {
            return true;
        }
    }
    return false;
}

bool isDateFormatId(int id, const QHash<int, QString> &customFormats)
{
    const auto it = customFormats.constFind(id);
    if (it != customFormats.cend())
        return isDateFormatCode(*it);
    // Built-in date formats (ECMA-376 §18.8.30 and the East Asian ones); the time-only ones are not dates.
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/**
 * The number of digits a format such as "00000" pads whole numbers to (codes kept as numbers, e.g. the
 * 5-digit commune codes "00123"); 0 for any other format.
 */
int zeroPadWidth(QStringView code)
{
    const QStringView first = code.left(code.indexOf(u';') < 0 ? code.size() : code.indexOf(u';'));
    if (first.size() < 2 || first.size() > 30)
        return 0;
    for (const QChar c : first) {
        if (c != u'0')
            return 0;
    }
    return int(first.size());
}

/** How a cell style (cellXfs entry) shows numbers. */
struct NumberStyle
{
    bool date = false;
    int zeroPad = 0; ///< pad whole numbers with leading zeros to this many digits
};

/** For each cell style (cellXfs index), whether it formats numbers as dates or pads them with zeros. */
std::vector<NumberStyle> parseNumberStyles(const QByteArray &xmlData, QString *xmlError)
{
    QHash<int, QString> customFormats;
    std::vector<int> formatIds;
    bool inNumFmts = false;
    bool inCellXfs = false;
    QXmlStreamReader xml(xmlData);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == u"numFmts"_s)
                inNumFmts = true;
            else if (name == u"cellXfs"_s)
                inCellXfs = true;
            else if (name == u"numFmt"_s && inNumFmts)
                customFormats.insert(xml.attributes().value(u"numFmtId"_s).toInt(),
                                     xml.attributes().value(u"formatCode"_s).toString());
            else if (name == u"xf"_s && inCellXfs)
                formatIds.push_back(xml.attributes().value(u"numFmtId"_s).toInt());
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"numFmts"_s)
                inNumFmts = false;
            else if (xml.name() == u"cellXfs"_s)
                inCellXfs = false;
        }
    }
    if (xml.hasError())
        *xmlError = xml.errorString();
    std::vector<NumberStyle> styles;
    styles.reserve(formatIds.size());
    for (const int id : formatIds)
        styles.push_back({isDateFormatId(id, customFormats), zeroPadWidth(customFormats.value(id))});
    return styles;
}

/** A number as Excel's General format shows it: no ".0", up to 15 significant digits. */
QString formatNumber(const QString &raw)
{
    bool ok = false;
    const double v = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return raw.trimmed();
    if (v == 0)
        return u"0"_s;
    if (std::floor(v) == v && std::abs(v) < 1e18)
        return QString::number(v, 'f', 0);
    return QString::number(v, 'g', 15);
}

/** An Excel date serial as a date; the time of day is dropped. */
std::optional<QDate> serialToDate(const QString &raw, bool date1904)
{
    bool ok = false;
    const double serial = raw.trimmed().toDouble(&ok);
    if (!ok || !(serial >= 0) || serial >= 2958466) // 2958465 = 9999-12-31
        return std::nullopt;
    // Round to the second first so that 45000.99999999 (23:59:59.9999) stays on its day.
    const auto days = qint64(std::floor((std::round(serial * 86400.0)) / 86400.0));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days == 0 || days == 60) // "1900-01-00" and Lotus's 1900-02-29 are not dates
        return std::nullopt;
    // Serials up to 59 count from 1899-12-31; later ones skip the fictitious 1900-02-29.
    return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

/** "AB12" → column 27 (0-based) and row 12; -1 for a part that is missing or out of range. */
void parseCellReference(QStringView ref, int *column, int *row)
{
    *column = -1;
    *row = -1;
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        col = col * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (col > MaxColumns)
            return;
        ++i;
    }
    if (i > 0)
        *column = int(col - 1);
    bool ok = false;
    const int r = ref.sliced(i).toInt(&ok);
    if (ok && r >= 1 && r <= MaxRows)
        *row = r;
}

struct SheetContext
{
    const QStringList *sharedStrings = nullptr;
    const std::vector<NumberStyle> *styles = nullptr;
    bool date1904 = false;
};

/** Reads one <c> element up to its end and returns its text as the user sees it. */
QString readCell(QXmlStreamReader &xml, const SheetContext &context)
{
    const auto attrs = xml.attributes();
    const QString type = attrs.value(u"t"_s).toString();
    const int style = attrs.value(u"s"_s).toInt();
    QString value;
    QString inlineText;
    bool hasValue = false;
    bool hasInline = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"v"_s) {
                value = xml.readElementText();
                hasValue = true;
            } else if (xml.name() == u"is"_s) {
                inlineText = readStringItem(xml);
                hasInline = true;
            } else {
                xml.skipCurrentElement(); // formula, extensions
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"c"_s) {
            break;
        }
    }
    if (type == u"inlineStr"_s)
        return hasInline ? inlineText : value;
    if (!hasValue)
        return hasInline ? inlineText : QString();
    if (type == u"s"_s) {
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        return ok && index >= 0 && index < context.sharedStrings->size() ? context.sharedStrings->at(index)
                                                                         : QString();
    }
    if (type == u"str"_s)
        return decodeEscapes(value);
    if (type == u"b"_s) {
        const QString v = value.trimmed();
        return (v == u"1"_s || v.compare(u"true"_s, Qt::CaseInsensitive) == 0) ? u"TRUE"_s : u"FALSE"_s;
    }
    if (type == u"e"_s)
        return value.trimmed();
    if (type == u"d"_s) { // ISO 8601 date cell
        static const QRegularExpression isoDate(u"^\\s*(\\d{4}-\\d{2}-\\d{2})"_s);
        const auto m = isoDate.match(value);
        return m.hasMatch() ? m.captured(1) : value.trimmed();
    }
    // A number.
    const NumberStyle numberStyle =
        style >= 0 && size_t(style) < context.styles->size() ? (*context.styles)[style] : NumberStyle{};
    if (numberStyle.date) {
        if (const auto date = serialToDate(value, context.date1904))
            return date->toString(Qt::ISODate);
    }
    const QString number = formatNumber(value);
    // A code kept as a number with a "00000" format: the zeros the user sees are part of it.
    if (numberStyle.zeroPad > 0 && !number.isEmpty() && std::all_of(number.cbegin(), number.cend(), [](QChar c) {
            return c.isDigit();
        }))
        return number.rightJustified(numberStyle.zeroPad, u'0');
    return number;
}

using SheetGrid = std::map<int, std::map<int, QString>>; // row number → column → text

bool parseSheet(const QByteArray &xmlData, const SheetContext &context, SheetGrid *grid, QString *xmlError)
{
    QXmlStreamReader xml(xmlData);
    int rowNumber = 0;
    int nextColumn = 0;
    bool inSheetData = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"sheetData"_s)
            inSheetData = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sheetData"_s) {
            inSheetData = true;
        } else if (inSheetData && xml.name() == u"row"_s) {
            bool ok = false;
            const int r = xml.attributes().value(u"r"_s).toInt(&ok);
            rowNumber = ok && r >= 1 && r <= MaxRows ? r : rowNumber + 1;
            nextColumn = 0;
        } else if (inSheetData && xml.name() == u"c"_s) {
            int column = -1;
            int row = -1;
            parseCellReference(xml.attributes().value(u"r"_s), &column, &row);
            if (column < 0)
                column = nextColumn;
            if (row < 0)
                row = qMax(rowNumber, 1);
            nextColumn = column + 1;
            const QString text = readCell(xml, context);
            if (!text.isEmpty() && column < MaxColumns)
                (*grid)[row][column] = text;
        }
    }
    if (xml.hasError()) {
        *xmlError = xml.errorString();
        return false;
    }
    return true;
}

bool isBlank(const std::map<int, QString> &cells)
{
    for (const auto &[column, text] : cells) {
        if (!text.trimmed().isEmpty())
            return false;
    }
    return true;
}

/** Index past the last cell holding more than white space. */
int usedWidth(const std::map<int, QString> &cells)
{
    int width = 0;
    for (const auto &[column, text] : cells) {
        if (!text.trimmed().isEmpty())
            width = column + 1;
    }
    return width;
}

QStringList rowCells(const std::map<int, QString> &cells, int width)
{
    QStringList out;
    out.reserve(width);
    for (int column = 0; column < width; ++column) {
        const auto it = cells.find(column);
        out << (it == cells.end() ? QString() : it->second);
    }
    return out;
}

} // namespace

bool XlsxReader::isXlsx(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

bool XlsxReader::read(const QByteArray &bytes, TextTable *out, TableError *error)
{
    TableError dummy;
    TableError &err = error ? *error : dummy;
    const auto fail = [&err](const QString &message) {
        err = TableError{1, u"-"_s, message};
        return false;
    };
    if (out)
        *out = TextTable{};

    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    if (!isXlsx(bytes) || !zip.open(QuaZip::mdUnzip))
        return fail(tr("the file is not a readable .xlsx workbook (damaged zip archive)"));

    QString xmlError;
    QByteArray data;
    // Reads one part; on failure reports it and returns false.
    const auto load = [&](const QString &part, bool required, bool *present) {
        *present = false;
        switch (readPart(zip, part, &data)) {
        case PartStatus::Ok:
            *present = true;
            return true;
        case PartStatus::Missing:
            if (required) {
                //: %1 is a file name inside the workbook, e.g. xl/workbook.xml
                fail(tr("the file is not an Excel .xlsx workbook (%1 is missing)").arg(part));
                return false;
            }
            return true;
        case PartStatus::TooLarge:
            //: %1 is a file name inside the workbook, %2 a size in MB
            fail(tr("the workbook is too large (%1 is over %2 MB)").arg(part).arg(MaxPartSize / (1024 * 1024)));
            return false;
        case PartStatus::Damaged:
            break;
        }
        //: %1 is a file name inside the workbook
        fail(tr("the workbook is damaged (%1 cannot be unpacked)").arg(part));
        return false;
    };
    const auto xmlFailed = [&](const QString &part) {
        if (xmlError.isEmpty())
            return false;
        //: %1 is a file name inside the workbook, %2 the XML parser's message
        fail(tr("the workbook is damaged (%1: %2)").arg(part, xmlError));
        return true;
    };
    bool present = false;

    // _rels/.rels → the workbook part (almost always xl/workbook.xml).
    QString workbookPath = u"xl/workbook.xml"_s;
    if (!load(u"_rels/.rels"_s, false, &present))
        return false;
    if (present) {
        const auto rels = parseRelationships(data, QString(), &xmlError);
        if (xmlFailed(u"_rels/.rels"_s))
            return false;
        if (const Relationship *rel = findByType(rels, u"/officeDocument"))
            workbookPath = rel->target;
    }

    // The workbook: sheet order, visibility, date system.
    if (!load(workbookPath, true, &present))
        return false;
    struct Sheet
    {
        QString relId;
        bool visible = true;
    };
    std::vector<Sheet> sheets;
    bool date1904 = false;
    {
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto attrs = xml.attributes();
            if (xml.name() == u"workbookPr"_s) {
                const auto v = attrs.value(u"date1904"_s);
                date1904 = v == u"1"_s || v == u"true"_s;
            } else if (xml.name() == u"sheet"_s) {
                Sheet sheet;
                for (const auto &attr : attrs) {
                    if (attr.name() == u"id"_s && !attr.namespaceUri().isEmpty())
                        sheet.relId = attr.value().toString();
                }
                const auto state = attrs.value(u"state"_s);
                sheet.visible = state.isEmpty() || state == u"visible"_s;
                sheets.push_back(sheet);
            }
        }
        if (xml.hasError())
            xmlError = xml.errorString();
        if (xmlFailed(workbookPath))
            return false;
    }

    // The workbook's relationships: worksheets, shared strings, styles.
    const QString workbookRels = relsPathOf(workbookPath);
    const QString workbookFolder = folderOf(workbookPath);
    QString sheetPath;
    QString sharedStringsPath;
    QString stylesPath;
    if (!load(workbookRels, false, &present))
        return false;
    if (present) {
        const auto rels = parseRelationships(data, workbookFolder, &xmlError);
        if (xmlFailed(workbookRels))
            return false;
        QString firstHidden;
        for (const Sheet &sheet : sheets) {
            for (const auto &rel : rels) {
                if (rel.id != sheet.relId || !rel.type.endsWith(u"/worksheet"))
                    continue;
                if (sheet.visible && sheetPath.isEmpty())
                    sheetPath = rel.target;
                else if (!sheet.visible && firstHidden.isEmpty())
                    firstHidden = rel.target;
            }
        }
        if (sheetPath.isEmpty())
            sheetPath = firstHidden;
        if (const Relationship *rel = findByType(rels, u"/sharedStrings"))
            sharedStringsPath = rel->target;
        if (const Relationship *rel = findByType(rels, u"/styles"))
            stylesPath = rel->target;
    } else {
        // No relationships file: fall back to the names Excel uses.
        sheetPath = workbookFolder + u"/worksheets/sheet1.xml"_s;
        sharedStringsPath = workbookFolder + u"/sharedStrings.xml"_s;
        stylesPath = workbookFolder + u"/styles.xml"_s;
    }
    if (sheetPath.isEmpty())
        return fail(tr("the workbook has no worksheet"));

    QStringList sharedStrings;
    if (!load(sharedStringsPath, false, &present))
        return false;
    if (present) {
        sharedStrings = parseSharedStrings(data, &xmlError);
        if (xmlFailed(sharedStringsPath))
            return false;
    }
    std::vector<NumberStyle> numberStyles;
    if (!load(stylesPath, false, &present))
        return false;
    if (present) {
        numberStyles = parseNumberStyles(data, &xmlError);
        if (xmlFailed(stylesPath))
            return false;
    }

    if (!load(sheetPath, true, &present))
        return false;
    const SheetContext context{&sharedStrings, &numberStyles, date1904};
    SheetGrid grid;
    if (!parseSheet(data, context, &grid, &xmlError)) {
        xmlFailed(sheetPath);
        return false;
    }

    TextTable table;
    bool haveHeader = false;
    for (const auto &[rowNumber, cells] : grid) {
        if (isBlank(cells))
            continue;
        if (!haveHeader) {
            table.header = rowCells(cells, usedWidth(cells));
            table.headerLine = rowNumber;
            haveHeader = true;
            continue;
        }
        // Pad to the header; keep cells past it only when they hold something (the caller reports them).
        const auto width = qMax(int(table.header.size()), usedWidth(cells));
        table.rows.push_back({rowNumber, rowCells(cells, width)});
    }
    if (!haveHeader)
        return fail(tr("the first worksheet is empty"));
    if (out)
        *out = std::move(table);
    return true;
}
