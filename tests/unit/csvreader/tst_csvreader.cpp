// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/** One cell for comparison: line breaks and the cell separator made visible. */
QString escaped(const QString &cell)
{
    QString out = cell;
    out.replace(u"\\"_s, u"\\\\"_s).replace(u"|"_s, u"\\|"_s).replace(u"\r"_s, u"\\r"_s).replace(u"\n"_s, u"\\n"_s);
    return out;
}

QString rowText(int line, const QStringList &cells)
{
    QStringList parts;
    for (const QString &cell : cells)
        parts << escaped(cell);
    return QString::number(line) + u": "_s + parts.join(u'|');
}

/** The whole table as lines "LINE: cell|cell", header first, so a failure shows all of it. */
QStringList render(const TextTable &table)
{
    QStringList out{rowText(table.headerLine, table.header)};
    for (const auto &row : table.rows)
        out << rowText(row.line, row.cells);
    return out;
}

} // namespace

/** Tests CsvReader against STAFF-CSV.md "Common rules". */
class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTable_data();
    void readsTable();
    void rejectsFile_data();
    void rejectsFile();
    void clearsOutputOnError();
    void acceptsNullError();
};

void TestCsvReader::readsTable_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected"); // render(): "LINE: cell|cell", header first

    QTest::newRow("plain comma") << "code,name\nA1,An\nA2,Binh\n"_ba
                                 << QStringList{u"1: code|name"_s, u"2: A1|An"_s, u"3: A2|Binh"_s};
    QTest::newRow("utf-8 bom") << "\xEF\xBB\xBF"
                                  "code,name\nA1,An\n"_ba
                               << QStringList{u"1: code|name"_s, u"2: A1|An"_s};
    QTest::newRow("bom and semicolon") << "\xEF\xBB\xBF"
                                          "code;name\nA1;An\n"_ba
                                       << QStringList{u"1: code|name"_s, u"2: A1|An"_s};
    QTest::newRow("semicolon keeps commas in cells")
        << "code;name;field\nA1;Nguyễn, Văn An;Luật, Kinh tế\n"_ba
        << QStringList{u"1: code|name|field"_s, u"2: A1|Nguyễn, Văn An|Luật, Kinh tế"_s};
    QTest::newRow("comma keeps semicolons in cells") << "code,note\nA1,a;b;c\n"_ba
                                                     << QStringList{u"1: code|note"_s, u"2: A1|a;b;c"_s};
    QTest::newRow("separator tie goes to comma") << "a;b,c;d,e\n1;2,3;4,5\n"_ba
                                                 << QStringList{u"1: a;b|c;d|e"_s, u"2: 1;2|3;4|5"_s};
    QTest::newRow("separators inside header quotes do not count")
        << "\"x;y;z\",a,b\n1,2,3\n"_ba << QStringList{u"1: x;y;z|a|b"_s, u"2: 1|2|3"_s};
    QTest::newRow("semicolon header after an empty spreadsheet row")
        << ";;\ncode;name\nA1;An\n"_ba << QStringList{u"2: code|name"_s, u"3: A1|An"_s};
    QTest::newRow("comma header after an empty spreadsheet row")
        << ",,,\r\ncode,name\r\nA1,An\r\n"_ba << QStringList{u"2: code|name"_s, u"3: A1|An"_s};
    QTest::newRow("quoted comma") << "code,name\nA1,\"Trần, Thị B\"\n"_ba
                                  << QStringList{u"1: code|name"_s, u"2: A1|Trần, Thị B"_s};
    QTest::newRow("quoted semicolon with semicolon separator") << "code;name\nA1;\"x;y\"\n"_ba
                                                               << QStringList{u"1: code|name"_s, u"2: A1|x;y"_s};
    QTest::newRow("doubled quote") << "code,name\nA1,\"Lê \"\"Tí\"\" Văn\"\nA2,\"\"\"\"\n"_ba
                                   << QStringList{u"1: code|name"_s, u"2: A1|Lê \"Tí\" Văn"_s, u"3: A2|\""_s};
    QTest::newRow("empty quoted cell") << "a,b,c\n\"\",x,\"\"\n"_ba << QStringList{u"1: a|b|c"_s, u"2: |x|"_s};
    QTest::newRow("embedded newline keeps later line numbers")
        << "code,address\nA1,\"Thôn 1\nXã Bình\nHuyện Đông\"\nA2,Phố 2\n\nA3,x\n"_ba
        << QStringList{u"1: code|address"_s, u"2: A1|Thôn 1\\nXã Bình\\nHuyện Đông"_s, u"5: A2|Phố 2"_s,
                       u"7: A3|x"_s};
    QTest::newRow("embedded newline in header") << "\"code\nmã\",name\nA1,An\n"_ba
                                                << QStringList{u"1: code\\nmã|name"_s, u"3: A1|An"_s};
    QTest::newRow("embedded crlf counts one line") << "a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n"_ba
                                                   << QStringList{u"1: a|b"_s, u"2: 1|x\\r\\ny"_s, u"4: 2|z"_s};
    QTest::newRow("crlf") << "code,name\r\nA1,An\r\nA2,Binh\r\n"_ba
                          << QStringList{u"1: code|name"_s, u"2: A1|An"_s, u"3: A2|Binh"_s};
    QTest::newRow("lone cr line ends") << "code,name\rA1,An\rA2,Binh"_ba
                                       << QStringList{u"1: code|name"_s, u"2: A1|An"_s, u"3: A2|Binh"_s};
    QTest::newRow("mixed line ends") << "a,b\r\n1,2\n3,4\r\n"_ba
                                     << QStringList{u"1: a|b"_s, u"2: 1|2"_s, u"3: 3|4"_s};
    QTest::newRow("trailing newline adds no row") << "a,b\n1,2\n"_ba << QStringList{u"1: a|b"_s, u"2: 1|2"_s};
    QTest::newRow("no trailing newline") << "a,b\n1,2"_ba << QStringList{u"1: a|b"_s, u"2: 1|2"_s};
    QTest::newRow("header only") << "a,b\n"_ba << QStringList{u"1: a|b"_s};
    QTest::newRow("blank lines skipped")
        << "a,b\n\n1,2\n,\n  \n , \n\"\",\"\"\n3,4\n\n\n"_ba
        << QStringList{u"1: a|b"_s, u"3: 1|2"_s, u"8: 3|4"_s};
    QTest::newRow("blank lines before header") << "\n\r\n,,\na,b\n1,2\n"_ba
                                               << QStringList{u"4: a|b"_s, u"5: 1|2"_s};
    QTest::newRow("ragged rows kept as found") << "a,b,c\n1,2\n1,2,3,4\n"_ba
                                               << QStringList{u"1: a|b|c"_s, u"2: 1|2"_s, u"3: 1|2|3|4"_s};
    QTest::newRow("trailing separator gives an empty cell") << "a,b,\n1,2,\n"_ba
                                                            << QStringList{u"1: a|b|"_s, u"2: 1|2|"_s};
    QTest::newRow("cells not trimmed") << " a , b \n 1 ,\t2\n"_ba
                                       << QStringList{u"1:  a | b "_s, u"2:  1 |\t2"_s};
    QTest::newRow("text after closing quote kept") << "a,b\n\"x\"y,2\n"_ba << QStringList{u"1: a|b"_s, u"2: xy|2"_s};
    QTest::newRow("quote inside unquoted cell is literal") << "a,b\n5\" disk,2\n"_ba
                                                           << QStringList{u"1: a|b"_s, u"2: 5\" disk|2"_s};
    QTest::newRow("vietnamese text") << "mã cán bộ;họ và tên;chức danh\nPB-0007;Nguyễn Thị Ánh Tuyết;Chủ tịch UBND\n"_ba
                                     << QStringList{u"1: mã cán bộ|họ và tên|chức danh"_s,
                                                    u"2: PB-0007|Nguyễn Thị Ánh Tuyết|Chủ tịch UBND"_s};
    QTest::newRow("one stray control character tolerated") << "a,b\n1,x\fy\n"_ba
                                                           << QStringList{u"1: a|b"_s, u"2: 1|x\fy"_s};
    QTest::newRow("one column") << "name\nAn\n\nBinh\n"_ba << QStringList{u"1: name"_s, u"2: An"_s, u"4: Binh"_s};
}

void TestCsvReader::readsTable()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);

    TextTable table;
    TableError error;
    QVERIFY2(CsvReader::read(input, &table, &error), qPrintable(error.message));
    QCOMPARE(render(table), expected);
}

void TestCsvReader::rejectsFile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << 1 << u"the file is empty"_s;
    QTest::newRow("only bom") << "\xEF\xBB\xBF"_ba << 1 << u"the file is empty"_s;
    QTest::newRow("only white space") << "\xEF\xBB\xBF  \n\r\n\t\n"_ba << 1 << u"the file is empty"_s;
    QTest::newRow("only separators") << ",,\n , \n\"\"\n"_ba << 1 << u"the file is empty"_s;
    QTest::newRow("nul binary garbage") << QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00", 10) << 1
                                        << u"the file is not a text (CSV) file"_s;
    QTest::newRow("nul on line 3") << QByteArray("a,b\n1,2\n3,\x00\n", 12) << 3
                                   << u"the file is not a text (CSV) file"_s;
    QTest::newRow("many control characters") << "\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f\x10\x11"_ba << 1
                                             << u"the file is not a text (CSV) file"_s;
    QTest::newRow("utf-16 le") << QByteArray("\xFF\xFE" "a\0,\0b\0", 8) << 1 << u"the file is UTF-16 text"_s;
    QTest::newRow("latin-1 on line 1") << "code,t\xEAn\n"_ba << 1
                                       << u"the file is not valid UTF-8 text (byte 0xEA)"_s;
    QTest::newRow("windows-1258 on line 3") << "code,name\nA1,An\nA2,Nguy\xEAn\n"_ba << 3
                                            << u"the file is not valid UTF-8 text (byte 0xEA)"_s;
    QTest::newRow("truncated sequence at end") << "a,b\n1,\xE1\xBB"_ba << 2
                                               << u"the file is not valid UTF-8 text (byte 0xE1)"_s;
    QTest::newRow("overlong slash") << "a,b\n\xC0\xAF,1\n"_ba << 2
                                    << u"the file is not valid UTF-8 text (byte 0xC0)"_s;
    QTest::newRow("surrogate") << "a,b\n1,2\n\xED\xA0\x80\n"_ba << 3
                               << u"the file is not valid UTF-8 text (byte 0xED)"_s;
    QTest::newRow("lone continuation byte") << "a,b\n\x80\n"_ba << 2
                                            << u"the file is not valid UTF-8 text (byte 0x80)"_s;
    QTest::newRow("invalid byte after embedded newline") << "a,b\n1,\"x\ny\"\n2,\xFF\n"_ba << 4
                                                         << u"the file is not valid UTF-8 text (byte 0xFF)"_s;
    QTest::newRow("invalid byte after crlf") << "a,b\r\n1,2\r\n\xC3(\r\n"_ba << 3
                                             << u"the file is not valid UTF-8 text (byte 0xC3)"_s;
    QTest::newRow("unterminated quote on line 3") << "a,b\n1,2\n3,\"open\n4,5\n6,7\n"_ba << 3
                                                  << u"a quoted field starting on this line has no closing quote"_s;
    QTest::newRow("unterminated quote after embedded newline")
        << "a,b\n1,\"x\ny\"\n2,3\n\"never closed"_ba << 5
        << u"a quoted field starting on this line has no closing quote"_s;
    QTest::newRow("unterminated quote in header") << "\"a,b\n1,2\n"_ba << 1
                                                  << u"a quoted field starting on this line has no closing quote"_s;
}

void TestCsvReader::rejectsFile()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);

    TextTable table;
    TableError error;
    QVERIFY(!CsvReader::read(input, &table, &error));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, u"-"_s);
    QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
}

void TestCsvReader::clearsOutputOnError()
{
    TextTable table;
    table.header = QStringList{u"old"_s};
    table.rows.push_back({5, {u"x"_s}});
    TableError error;
    QVERIFY(!CsvReader::read("a,\"b\n"_ba, &table, &error));
    QVERIFY(table.header.isEmpty());
    QVERIFY(table.rows.empty());
}

void TestCsvReader::acceptsNullError()
{
    TextTable table;
    QVERIFY(!CsvReader::read(QByteArray(), &table, nullptr));
    QVERIFY(CsvReader::read("a\n1\n"_ba, &table, nullptr));
    QCOMPARE(table.rows.size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
