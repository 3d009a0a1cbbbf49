// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvreader.h"
#include "exchange/csvwriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Rows = std::vector<QStringList>;
Q_DECLARE_METATYPE(Rows)

/** Tests CsvWriter's quoting and that CsvReader reads its output back unchanged. */
class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesBytes_data();
    void writesBytes();
    void roundTrip_data();
    void roundTrip();
};

void TestCsvWriter::writesBytes_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QByteArray>("expected");

    const QStringList ab{u"a"_s, u"b"_s};
    QTest::newRow("plain") << ab << Rows{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QChar(u',') << "a,b\n1,2\n3,4\n"_ba;
    QTest::newRow("header only") << ab << Rows{} << QChar(u',') << "a,b\n"_ba;
    QTest::newRow("separator quoted") << ab << Rows{{u"Trần, Thị B"_s, u"x"_s}} << QChar(u',')
                                      << "a,b\n\"Trần, Thị B\",x\n"_ba;
    QTest::newRow("other separator in data not quoted") << ab << Rows{{u"x;y"_s, u"z"_s}} << QChar(u',')
                                                        << "a,b\nx;y,z\n"_ba;
    QTest::newRow("semicolon separator") << ab << Rows{{u"Nguyễn, Văn An"_s, u"x;y"_s}} << QChar(u';')
                                         << "a;b\nNguyễn, Văn An;\"x;y\"\n"_ba;
    QTest::newRow("header guards both separators") << QStringList{u"a;b"_s, u"c,d"_s} << Rows{} << QChar(u',')
                                                   << "\"a;b\",\"c,d\"\n"_ba;
    QTest::newRow("one column guards both separators") << QStringList{u"name"_s} << Rows{{u"An, B"_s}, {u"C"_s}}
                                                       << QChar(u';') << "name\n\"An, B\"\nC\n"_ba;
    QTest::newRow("quote doubled") << ab << Rows{{u"Lê \"Tí\""_s, u"\""_s}} << QChar(u',')
                                   << "a,b\n\"Lê \"\"Tí\"\"\",\"\"\"\"\n"_ba;
    QTest::newRow("line breaks quoted") << ab << Rows{{u"x\ny"_s, u"p\r\nq"_s}} << QChar(u',')
                                        << "a,b\n\"x\ny\",\"p\r\nq\"\n"_ba;
    QTest::newRow("lone cr quoted") << ab << Rows{{u"x\ry"_s, u""_s}} << QChar(u',') << "a,b\n\"x\ry\",\n"_ba;
    QTest::newRow("edge spaces quoted") << ab << Rows{{u" x"_s, u"y "_s}, {u"in side"_s, u" "_s}} << QChar(u',')
                                        << "a,b\n\" x\",\"y \"\nin side,\" \"\n"_ba;
    QTest::newRow("empty cells not quoted") << QStringList{u"a"_s, u"b"_s, u"c"_s} << Rows{{u""_s, u"x"_s, u""_s}}
                                            << QChar(u',') << "a,b,c\n,x,\n"_ba;
    QTest::newRow("utf-8 without bom") << QStringList{u"họ và tên"_s} << Rows{{u"Đặng Thị Ngọc Hà"_s}} << QChar(u',')
                                       << "h\xE1\xBB\x8D v\xC3\xA0 t\xC3\xAAn\n\xC4\x90\xE1\xBA\xB7ng Th\xE1\xBB\x8B "
                                          "Ng\xE1\xBB\x8D"
                                          "c H\xC3\xA0\n"_ba;
}

void TestCsvWriter::writesBytes()
{
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(QChar, separator);
    QFETCH(QByteArray, expected);

    QCOMPARE(CsvWriter::write(header, rows, separator), expected);
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("lines"); // where each data row starts

    const QStringList staffHeader{u"mã cán bộ"_s, u"họ và tên"_s, u"chức danh"_s, u"chuyên ngành"_s,
                                  u"ghi chú"_s};
    const Rows staffRows{
        {u"PB-0001"_s, u"Nguyễn Văn Ánh"_s, u"chu_tich_ubnd"_s, u"Luật, Kinh tế"_s, u""_s},
        {u"PB-0002"_s, u"Trần Thị Bích Ngọc"_s, u"tu_phap_ho_tich"_s, u"Luật"_s, u"đã nộp \"bằng\"; chờ"_s},
        {u"PB-0003"_s, u"Lê Đức Thọ"_s, u"dia_chinh"_s, u"Quản lý đất đai"_s, u"dòng 1\ndòng 2\ndòng 3"_s},
        {u"PB-0004"_s, u"  Phạm Thị Ư  "_s, u"van_hoa_xa_hoi"_s, u"Văn hóa"_s, u"x\r\ny"_s},
        {u"PB-0005"_s, u"Đỗ Quang Hưng"_s, u"bi_thu"_s, u""_s, u"\"\""_s},
    };
    QTest::newRow("vietnamese") << staffHeader << staffRows << QList<int>{2, 3, 4, 7, 9};
    QTest::newRow("separator-looking header") << QStringList{u"a;b"_s, u"c,d"_s, u"e"_s}
                                              << Rows{{u"1;2"_s, u"3"_s, u"4,5"_s}} << QList<int>{2};
    QTest::newRow("one column") << QStringList{u"họ và tên"_s} << Rows{{u"Nguyễn, A"_s}, {u"Trần; B"_s}}
                                << QList<int>{2, 3};
}

void TestCsvWriter::roundTrip()
{
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, lines);

    for (const QChar separator : {QChar(u','), QChar(u';')}) {
        const QByteArray bytes = CsvWriter::write(header, rows, separator);
        TextTable table;
        TableError error;
        QVERIFY2(CsvReader::read(bytes, &table, &error), qPrintable(error.message));
        QCOMPARE(table.header, header);
        QCOMPARE(table.headerLine, 1);
        QCOMPARE(table.rows.size(), rows.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(table.rows[i].cells, rows[i]);
            QCOMPARE(table.rows[i].line, lines.at(qsizetype(i)));
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
