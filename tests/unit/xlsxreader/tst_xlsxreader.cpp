// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/xlsxreader.h"

#include <QBuffer>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Parts = std::vector<std::pair<QString, QByteArray>>;

/** Zips @p parts in order; @p storedPart is written uncompressed (so a test can damage it). */
QByteArray zipParts(const Parts &parts, const QString &storedPart = {})
{
    QBuffer buffer;
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            qFatal("cannot create zip");
        for (const auto &[name, data] : parts) {
            QuaZipFile file(&zip);
            const int method = name == storedPart ? 0 : Z_DEFLATED;
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, method))
                qFatal("cannot add %s", qPrintable(name));
            file.write(data);
            file.close();
        }
        zip.close();
    }
    return buffer.data();
}

void setPart(Parts *parts, const QString &name, const QByteArray &data)
{
    for (auto &part : *parts) {
        if (part.first == name) {
            part.second = data;
            return;
        }
    }
    parts->emplace_back(name, data);
}

void removePart(Parts *parts, const QString &name)
{
    std::erase_if(*parts, [&name](const auto &part) { return part.first == name; });
}

const QByteArray MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"_ba;
const QByteArray RelTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"_ba;

QByteArray sheetXml(const QByteArray &sheetData)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MainNs
        + "\"><dimension ref=\"A1\"/><sheetData>" + sheetData
        + "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
          "footer=\"0.3\"/></worksheet>";
}

QByteArray workbookXml(const QByteArray &sheets, const QByteArray &workbookPr = "<workbookPr/>")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"" + MainNs
        + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" + workbookPr
        + "<sheets>" + sheets + "</sheets></workbook>";
}

QByteArray relsXml(const QByteArray &relationships)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + relationships + "</Relationships>";
}

QByteArray rel(const QByteArray &id, const QByteArray &type, const QByteArray &target)
{
    return "<Relationship Id=\"" + id + "\" Type=\"" + RelTypes + type + "\" Target=\"" + target + "\"/>";
}

/**
 * Shared strings: 0 code, 1 name, 2 rich "Nguyễn Văn An", 3 "Đông" with a phonetic run,
 * 4 "line\r\ntwo" via _xHHHH_ escapes, 5 "  spaced  ", 6 "ngày sinh", 7 empty.
 */
QByteArray sharedStringsXml()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MainNs
        + "\" count=\"8\" uniqueCount=\"8\">"
          "<si><t>code</t></si>"
          "<si><t>name</t></si>"
          "<si><r><rPr><b/><sz val=\"11\"/></rPr><t xml:space=\"preserve\">Nguyễn </t></r><r><t>Văn An</t></r></si>"
          "<si><t>Đông</t><rPh sb=\"0\" eb=\"1\"><t>dong</t></rPh><phoneticPr fontId=\"1\"/></si>"
          "<si><t>line_x000D__x000A_two</t></si>"
          "<si><t xml:space=\"preserve\">  spaced  </t></si>"
          "<si><t>ngày sinh</t></si>"
          "<si><t/></si>"
          "</sst>";
}

/**
 * Cell styles (cellXfs): 0 General, 1 built-in 14 (date), 2 dd/mm/yyyy, 3 #,##0.00, 4 built-in 20
 * (h:mm), 5 [$-42A]dd mmmm yyyy, 6 "Ngày "0 (not a date), 7 built-in 22 (date time), 8 text (@),
 * 9 00000 (codes kept as numbers with their leading zeros).
 * cellStyleXfs and dxfs hold date formats that must not leak into cellXfs.
 */
QByteArray stylesXml()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"" + MainNs
        + "\"><numFmts count=\"5\">"
          "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
          "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00\"/>"
          "<numFmt numFmtId=\"166\" formatCode=\"[$-42A]dd\\ mmmm\\ yyyy;@\"/>"
          "<numFmt numFmtId=\"167\" formatCode=\"&quot;Ngày &quot;0\"/>"
          "<numFmt numFmtId=\"168\" formatCode=\"00000\"/>"
          "</numFmts>"
          "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
          "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\" fontId=\"0\"/></cellStyleXfs>"
          "<cellXfs count=\"10\">"
          "<xf numFmtId=\"0\" fontId=\"0\" xfId=\"0\"/>"
          "<xf numFmtId=\"14\" fontId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"164\" fontId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"165\" fontId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"20\" fontId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"166\" fontId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"167\" fontId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"22\" fontId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"49\" fontId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"168\" fontId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
          "</cellXfs>"
          "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"165\" formatCode=\"yyyy\"/></dxf></dxfs>"
          "</styleSheet>";
}

/** A workbook as Excel lays it out, with one sheet holding @p sheetData. */
Parts workbookParts(const QByteArray &sheetData)
{
    return Parts{
        {u"[Content_Types].xml"_s,
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/xl/workbook.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
         "</Types>"_ba},
        {u"_rels/.rels"_s, relsXml(rel("rId1", "officeDocument", "xl/workbook.xml"))},
        {u"xl/workbook.xml"_s, workbookXml("<sheet name=\"Danh sách\" sheetId=\"1\" r:id=\"rId1\"/>")},
        {u"xl/_rels/workbook.xml.rels"_s,
         relsXml(rel("rId1", "worksheet", "worksheets/sheet1.xml") + rel("rId2", "sharedStrings", "sharedStrings.xml")
                 + rel("rId3", "styles", "styles.xml") + rel("rId4", "theme", "theme/theme1.xml"))},
        {u"xl/worksheets/sheet1.xml"_s, sheetXml(sheetData)},
        {u"xl/sharedStrings.xml"_s, sharedStringsXml()},
        {u"xl/styles.xml"_s, stylesXml()},
    };
}

/** Header "code|name" (shared strings) on row 1. */
const QByteArray HeaderRow = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>";

QString rowText(int line, const QStringList &cells)
{
    QStringList parts;
    for (QString cell : cells)
        parts << cell.replace(u"|"_s, u"\\|"_s).replace(u"\r"_s, u"\\r"_s).replace(u"\n"_s, u"\\n"_s);
    return QString::number(line) + u": "_s + parts.join(u'|');
}

/** The whole table as lines "LINE: cell|cell", header first. */
QStringList render(const TextTable &table)
{
    QStringList out{rowText(table.headerLine, table.header)};
    for (const auto &row : table.rows)
        out << rowText(row.line, row.cells);
    return out;
}

} // namespace

/** Tests XlsxReader on workbooks built in memory the way Excel and LibreOffice write them. */
class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsZip_data();
    void detectsZip();
    void readsCell_data();
    void readsCell();
    void readsRows_data();
    void readsRows();
    void readsFirstWorksheet_data();
    void readsFirstWorksheet();
    void rejectsFile_data();
    void rejectsFile();
};

void TestXlsxReader::detectsZip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("xlsx");

    QTest::newRow("workbook") << zipParts(workbookParts(HeaderRow)) << true;
    QTest::newRow("csv") << "code,name\nA1,An\n"_ba << false;
    QTest::newRow("csv starting with PK") << "PK,name\n"_ba << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("old xls (OLE2)") << "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"_ba << false;
}

void TestXlsxReader::detectsZip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, xlsx);
    QCOMPARE(XlsxReader::isXlsx(bytes), xlsx);
}

void TestXlsxReader::readsCell_data()
{
    QTest::addColumn<QByteArray>("cell"); // the <c> element at A2
    QTest::addColumn<QString>("expected");

    QTest::newRow("whole number") << "<c r=\"A2\"><v>42</v></c>"_ba << u"42"_s;
    QTest::newRow("whole number written with .0") << "<c r=\"A2\"><v>2.0</v></c>"_ba << u"2"_s;
    QTest::newRow("explicit number type") << "<c r=\"A2\" t=\"n\"><v>5</v></c>"_ba << u"5"_s;
    QTest::newRow("exponent form of an id number") << "<c r=\"A2\"><v>1.2345678901E10</v></c>"_ba
                                                   << u"12345678901"_s;
    QTest::newRow("negative") << "<c r=\"A2\"><v>-7</v></c>"_ba << u"-7"_s;
    QTest::newRow("zero") << "<c r=\"A2\"><v>-0</v></c>"_ba << u"0"_s;
    QTest::newRow("fraction") << "<c r=\"A2\"><v>3.5</v></c>"_ba << u"3.5"_s;
    QTest::newRow("binary float noise") << "<c r=\"A2\"><v>0.30000000000000004</v></c>"_ba << u"0.3"_s;
    QTest::newRow("thousands format is not a date") << "<c r=\"A2\" s=\"3\"><v>1234.5</v></c>"_ba << u"1234.5"_s;
    QTest::newRow("quoted d in format is not a date") << "<c r=\"A2\" s=\"6\"><v>5</v></c>"_ba << u"5"_s;
    QTest::newRow("time-only format is not a date") << "<c r=\"A2\" s=\"4\"><v>0.5</v></c>"_ba << u"0.5"_s;
    QTest::newRow("text format number") << "<c r=\"A2\" s=\"8\"><v>123</v></c>"_ba << u"123"_s;
    QTest::newRow("code with a 00000 format keeps its zeros") << "<c r=\"A2\" s=\"9\"><v>123</v></c>"_ba
                                                              << u"00123"_s;
    QTest::newRow("00000 format, longer number") << "<c r=\"A2\" s=\"9\"><v>1234567</v></c>"_ba << u"1234567"_s;
    QTest::newRow("00000 format, fraction unchanged") << "<c r=\"A2\" s=\"9\"><v>12.5</v></c>"_ba << u"12.5"_s;
    QTest::newRow("00000 format, negative unchanged") << "<c r=\"A2\" s=\"9\"><v>-12</v></c>"_ba << u"-12"_s;
    QTest::newRow("unknown style") << "<c r=\"A2\" s=\"99\"><v>45292</v></c>"_ba << u"45292"_s;
    QTest::newRow("formula number") << "<c r=\"A2\"><f>1+1</f><v>2</v></c>"_ba << u"2"_s;
    QTest::newRow("shared string") << "<c r=\"A2\" t=\"s\"><v>1</v></c>"_ba << u"name"_s;
    QTest::newRow("rich shared string") << "<c r=\"A2\" t=\"s\"><v>2</v></c>"_ba << u"Nguyễn Văn An"_s;
    QTest::newRow("phonetic run dropped") << "<c r=\"A2\" t=\"s\"><v>3</v></c>"_ba << u"Đông"_s;
    QTest::newRow("escaped control characters") << "<c r=\"A2\" t=\"s\"><v>4</v></c>"_ba << u"line\r\ntwo"_s;
    QTest::newRow("spaces kept") << "<c r=\"A2\" t=\"s\"><v>5</v></c>"_ba << u"  spaced  "_s;
    QTest::newRow("string in a date style stays text") << "<c r=\"A2\" s=\"1\" t=\"s\"><v>6</v></c>"_ba
                                                       << u"ngày sinh"_s;
    QTest::newRow("inline string") << "<c r=\"A2\" t=\"inlineStr\"><is><t>Trần Thị B</t></is></c>"_ba
                                   << u"Trần Thị B"_s;
    QTest::newRow("rich inline string")
        << "<c r=\"A2\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">Lê </t></r><r><rPr><i/></rPr><t>Văn</t></r></is></c>"_ba
        << u"Lê Văn"_s;
    QTest::newRow("formula string") << "<c r=\"A2\" t=\"str\"><f>A1&amp;\"x\"</f><v>codex</v></c>"_ba
                                    << u"codex"_s;
    QTest::newRow("boolean true") << "<c r=\"A2\" t=\"b\"><v>1</v></c>"_ba << u"TRUE"_s;
    QTest::newRow("boolean false") << "<c r=\"A2\" t=\"b\"><v>0</v></c>"_ba << u"FALSE"_s;
    QTest::newRow("error value") << "<c r=\"A2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"_ba << u"#DIV/0!"_s;
    QTest::newRow("built-in date format") << "<c r=\"A2\" s=\"1\"><v>45292</v></c>"_ba << u"2024-01-01"_s;
    QTest::newRow("custom dd/mm/yyyy") << "<c r=\"A2\" s=\"2\"><v>32874</v></c>"_ba << u"1990-01-01"_s;
    QTest::newRow("date format with locale prefix") << "<c r=\"A2\" s=\"5\"><v>36526</v></c>"_ba
                                                    << u"2000-01-01"_s;
    QTest::newRow("date and time drops the time") << "<c r=\"A2\" s=\"7\"><v>45292.75</v></c>"_ba
                                                  << u"2024-01-01"_s;
    QTest::newRow("late evening stays on its day") << "<c r=\"A2\" s=\"1\"><v>45292.999</v></c>"_ba
                                                   << u"2024-01-01"_s;
    QTest::newRow("date from a formula") << "<c r=\"A2\" s=\"2\"><f>DATE(2022,1,1)</f><v>44562</v></c>"_ba
                                         << u"2022-01-01"_s;
    QTest::newRow("serial 1") << "<c r=\"A2\" s=\"1\"><v>1</v></c>"_ba << u"1900-01-01"_s;
    QTest::newRow("serial 59") << "<c r=\"A2\" s=\"1\"><v>59</v></c>"_ba << u"1900-02-28"_s;
    QTest::newRow("serial 61 after the phantom leap day") << "<c r=\"A2\" s=\"1\"><v>61</v></c>"_ba
                                                          << u"1900-03-01"_s;
    QTest::newRow("iso date cell") << "<c r=\"A2\" t=\"d\"><v>2024-03-05T00:00:00</v></c>"_ba << u"2024-03-05"_s;
    QTest::newRow("iso date cell in date style") << "<c r=\"A2\" s=\"2\" t=\"d\"><v>1985-11-30</v></c>"_ba
                                                 << u"1985-11-30"_s;
}

void TestXlsxReader::readsCell()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, expected);

    const QByteArray bytes = zipParts(workbookParts(HeaderRow + "<row r=\"2\">" + cell + "</row>"));
    TextTable table;
    TableError error;
    QVERIFY2(XlsxReader::read(bytes, &table, &error), qPrintable(error.message));
    QCOMPARE(table.header, (QStringList{u"code"_s, u"name"_s}));
    QCOMPARE(table.rows.size(), size_t(1));
    QCOMPARE(table.rows[0].line, 2);
    QCOMPARE(table.rows[0].cells, (QStringList{expected, QString()}));
}

void TestXlsxReader::readsRows_data()
{
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<QStringList>("expected"); // render(): "LINE: cell|cell", header first

    QTest::newRow("sheet row numbers") << "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"B3\" t=\"s\"><v>1</v></c></row>"
                                          "<row r=\"4\"><c r=\"A4\"><v>1</v></c><c r=\"B4\" t=\"s\"><v>2</v></c></row>"
                                          "<row r=\"9\"><c r=\"A9\"><v>2</v></c><c r=\"B9\" t=\"inlineStr\"><is><t>y</t></is></c></row>"_ba
                                       << QStringList{u"3: code|name"_s, u"4: 1|Nguyễn Văn An"_s, u"9: 2|y"_s};
    QTest::newRow("short row padded to the header") << HeaderRow + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"_ba
                                                    << QStringList{u"1: code|name"_s, u"2: 1|"_s};
    QTest::newRow("gap filled, first column empty") << HeaderRow + "<row r=\"2\"><c r=\"B2\"><v>7</v></c></row>"_ba
                                                    << QStringList{u"1: code|name"_s, u"2: |7"_s};
    QTest::newRow("styled empty cells ignored")
        << HeaderRow + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" s=\"1\"/><c r=\"F2\" s=\"2\"/></row>"_ba
        << QStringList{u"1: code|name"_s, u"2: 1|"_s};
    QTest::newRow("data beyond the header kept")
        << HeaderRow + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"D2\"><v>4</v></c></row>"_ba
        << QStringList{u"1: code|name"_s, u"2: 1|||4"_s};
    QTest::newRow("header trailing blank cells dropped")
        << "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" s=\"1\"/>"
           "<c r=\"D1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  </t></is></c></row>"
           "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><v>2</v></c><c r=\"D2\" t=\"s\"><v>7</v></c></row>"_ba
        << QStringList{u"1: code|name"_s, u"2: 1|2"_s};
    QTest::newRow("blank rows skipped")
        << HeaderRow
               + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>"
                 "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> </t></is></c></row>"
                 "<row r=\"4\" spans=\"1:2\" ht=\"20\" customHeight=\"1\"/>"
                 "<row r=\"5\"><c r=\"A5\"><v>5</v></c><c r=\"B5\" t=\"s\"><v>5</v></c></row>"_ba
        << QStringList{u"1: code|name"_s, u"5: 5|  spaced  "_s};
    QTest::newRow("cells and rows without references")
        << "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row><row><c><v>1</v></c><c><v>2</v></c></row>"
           "<row><c t=\"b\"><v>0</v></c></row>"_ba
        << QStringList{u"1: code|name"_s, u"2: 1|2"_s, u"3: FALSE|"_s};
    QTest::newRow("staff sheet")
        << "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>mã cán bộ</t></is></c>"
           "<c r=\"B1\" t=\"inlineStr\"><is><t>họ và tên</t></is></c>"
           "<c r=\"C1\" t=\"s\"><v>6</v></c>"
           "<c r=\"D1\" t=\"inlineStr\"><is><t>dân tộc thiểu số</t></is></c></row>"
           "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>PB-0007</t></is></c><c r=\"B2\" t=\"s\"><v>2</v></c>"
           "<c r=\"C2\" s=\"2\"><v>32874</v></c><c r=\"D2\" t=\"b\"><v>1</v></c></row>"_ba
        << QStringList{u"1: mã cán bộ|họ và tên|ngày sinh|dân tộc thiểu số"_s,
                       u"2: PB-0007|Nguyễn Văn An|1990-01-01|TRUE"_s};
}

void TestXlsxReader::readsRows()
{
    QFETCH(QByteArray, sheetData);
    QFETCH(QStringList, expected);

    TextTable table;
    TableError error;
    QVERIFY2(XlsxReader::read(zipParts(workbookParts(sheetData)), &table, &error), qPrintable(error.message));
    QCOMPARE(render(table), expected);
}

void TestXlsxReader::readsFirstWorksheet_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    const QByteArray firstRows = HeaderRow + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>43830</v></c></row>";
    const QByteArray otherRows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>other</t></is></c></row>";
    const QByteArray twoSheetRels = relsXml(rel("rId1", "worksheet", "worksheets/sheet1.xml")
                                            + rel("rId2", "worksheet", "worksheets/sheet2.xml")
                                            + rel("rId3", "sharedStrings", "sharedStrings.xml")
                                            + rel("rId4", "styles", "styles.xml"));

    {
        // Excel numbers parts by creation; the tab order is the workbook's <sheets> order.
        Parts parts = workbookParts(otherRows);
        setPart(&parts, u"xl/worksheets/sheet2.xml"_s, sheetXml(firstRows));
        setPart(&parts, u"xl/workbook.xml"_s,
                workbookXml("<sheet name=\"B\" sheetId=\"2\" r:id=\"rId2\"/><sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/>"));
        setPart(&parts, u"xl/_rels/workbook.xml.rels"_s, twoSheetRels);
        QTest::newRow("tab order, not part name") << zipParts(parts)
                                                  << QStringList{u"1: code|name"_s, u"2: 2019-12-31|"_s};
    }
    {
        Parts parts = workbookParts(otherRows);
        setPart(&parts, u"xl/worksheets/sheet2.xml"_s, sheetXml(firstRows));
        setPart(&parts, u"xl/workbook.xml"_s,
                workbookXml("<sheet name=\"A\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"
                            "<sheet name=\"B\" sheetId=\"2\" r:id=\"rId2\"/>"));
        setPart(&parts, u"xl/_rels/workbook.xml.rels"_s, twoSheetRels);
        QTest::newRow("hidden sheet passed over") << zipParts(parts)
                                                  << QStringList{u"1: code|name"_s, u"2: 2019-12-31|"_s};
    }
    {
        Parts parts = workbookParts(firstRows);
        setPart(&parts, u"xl/workbook.xml"_s,
                workbookXml("<sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/>", "<workbookPr date1904=\"1\"/>"));
        QTest::newRow("1904 date system") << zipParts(parts) << QStringList{u"1: code|name"_s, u"2: 2024-01-01|"_s};
    }
    {
        // LibreOffice-style absolute targets, parts in another order, no theme.
        Parts parts = workbookParts(firstRows);
        setPart(&parts, u"xl/_rels/workbook.xml.rels"_s,
                relsXml(rel("rId3", "styles", "/xl/styles.xml") + rel("rId1", "worksheet", "/xl/worksheets/sheet1.xml")
                        + rel("rId2", "sharedStrings", "/xl/sharedStrings.xml")));
        std::reverse(parts.begin(), parts.end());
        QTest::newRow("absolute targets") << zipParts(parts) << QStringList{u"1: code|name"_s, u"2: 2019-12-31|"_s};
    }
    {
        Parts parts = workbookParts("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>only</t></is></c></row>"
                                    "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>");
        removePart(&parts, u"xl/sharedStrings.xml"_s);
        removePart(&parts, u"xl/styles.xml"_s);
        setPart(&parts, u"xl/_rels/workbook.xml.rels"_s, relsXml(rel("rId1", "worksheet", "worksheets/sheet1.xml")));
        QTest::newRow("no shared strings or styles") << zipParts(parts) << QStringList{u"1: only"_s, u"2: 1"_s};
    }
    {
        Parts parts = workbookParts(firstRows);
        removePart(&parts, u"xl/_rels/workbook.xml.rels"_s);
        removePart(&parts, u"_rels/.rels"_s);
        QTest::newRow("no relationships: Excel's part names") << zipParts(parts)
                                                              << QStringList{u"1: code|name"_s, u"2: 2019-12-31|"_s};
    }
}

void TestXlsxReader::readsFirstWorksheet()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);

    TextTable table;
    TableError error;
    QVERIFY2(XlsxReader::read(bytes, &table, &error), qPrintable(error.message));
    QCOMPARE(render(table), expected);
}

void TestXlsxReader::rejectsFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("not a zip") << "code,name\n"_ba << u"the file is not a readable .xlsx workbook"_s;
    QTest::newRow("truncated zip") << zipParts(workbookParts(HeaderRow)).left(60)
                                   << u"the file is not a readable .xlsx workbook"_s;
    QTest::newRow("zip of something else")
        << zipParts({{u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet"_ba},
                     {u"content.xml"_s, "<office:document-content/>"_ba}})
        << u"the file is not an Excel .xlsx workbook (xl/workbook.xml is missing)"_s;
    {
        Parts parts = workbookParts(HeaderRow);
        removePart(&parts, u"xl/worksheets/sheet1.xml"_s);
        QTest::newRow("worksheet missing")
            << zipParts(parts) << u"the file is not an Excel .xlsx workbook (xl/worksheets/sheet1.xml is missing)"_s;
    }
    {
        Parts parts = workbookParts(HeaderRow);
        setPart(&parts, u"xl/workbook.xml"_s, workbookXml(""));
        QTest::newRow("no sheets") << zipParts(parts) << u"the workbook has no worksheet"_s;
    }
    {
        Parts parts = workbookParts(HeaderRow);
        setPart(&parts, u"xl/worksheets/sheet1.xml"_s, "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>"_ba);
        QTest::newRow("malformed sheet xml") << zipParts(parts)
                                             << u"the workbook is damaged (xl/worksheets/sheet1.xml: "_s;
    }
    {
        Parts parts = workbookParts(HeaderRow);
        setPart(&parts, u"xl/sharedStrings.xml"_s, "<sst><si><t>code</si>"_ba);
        QTest::newRow("malformed shared strings") << zipParts(parts)
                                                  << u"the workbook is damaged (xl/sharedStrings.xml: "_s;
    }
    {
        QByteArray bytes = zipParts(workbookParts(HeaderRow), u"xl/worksheets/sheet1.xml"_s);
        const qsizetype at = bytes.indexOf("<sheetData>");
        QVERIFY(at > 0);
        bytes[at + 1] = 'S'; // same length, wrong CRC
        QTest::newRow("crc error") << bytes << u"the workbook is damaged (xl/worksheets/sheet1.xml cannot be unpacked)"_s;
    }
    QTest::newRow("empty sheet") << zipParts(workbookParts(QByteArray())) << u"the first worksheet is empty"_s;
    QTest::newRow("only blank rows")
        << zipParts(workbookParts("<row r=\"1\"><c r=\"A1\" s=\"1\"/></row><row r=\"2\"><c r=\"B2\" t=\"s\"><v>7</v></c></row>"))
        << u"the first worksheet is empty"_s;
}

void TestXlsxReader::rejectsFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    TextTable table;
    table.header = QStringList{u"stale"_s};
    TableError error;
    QVERIFY(!XlsxReader::read(bytes, &table, &error));
    QCOMPARE(error.line, 1);
    QCOMPARE(error.column, u"-"_s);
    QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    QVERIFY(table.header.isEmpty());
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
