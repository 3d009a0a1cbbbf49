// SPDX-License-Identifier: GPL-3.0-or-later
// SpreadsheetWriter (libxlsxwriter) against XlsxReader: what is written is read back as the same cells, and
// the staff and evaluation exports read back through the importers as the CSV exports do.
#include "domain/recordfields.h"
#include "exchange/evaluationrecordexport.h"
#include "exchange/recordreaders.h"
#include "exchange/spreadsheetwriter.h"
#include "exchange/staffexport.h"
#include "exchange/xlsxreader.h"

#include <QBuffer>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Qt::StringLiterals;

namespace {

const QString kVietnamese = u"Nguyễn Thị Ánh Tuyết – Phường Phước Bình"_s;
/** Every Vietnamese vowel with every tone, both cases, and đ/Đ. */
const QString kAllDiacritics =
    u"àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    u"ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"_s;

/** One part of the workbook's zip (e.g. "xl/styles.xml"); empty when missing. */
QByteArray part(const QByteArray &xlsx, const QString &name)
{
    QBuffer buffer;
    buffer.setData(xlsx);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

TextTable readBack(const QByteArray &xlsx)
{
    TextTable table;
    TableError error;
    if (!XlsxReader::read(xlsx, &table, &error))
        qWarning().noquote() << "XlsxReader:" << error.line << error.column << error.message;
    return table;
}

QString issuesText(const std::vector<ImportIssue> &issues)
{
    QStringList out;
    for (const auto &i : issues)
        out << u"%1:%2: %3"_s.arg(i.line).arg(i.column, i.message);
    return out.join(u"; "_s);
}

StaffMember person(const QString &code, const QString &name)
{
    StaffMember m;
    m.code = code;
    m.fullName = name;
    m.birthDate = QDate(1984, 2, 29);
    m.gender = u"nu"_s;
    m.unitCode = u"00123"_s;
    m.category = u"cc_xa"_s;
    m.position = u"tu_phap_ho_tich"_s;
    m.isLeader = false;
    m.startDate = QDate(2024, 12, 31);
    m.generalEducation = u"thpt"_s;
    m.professionalLevel = u"dai_hoc"_s;
    m.professionalField = u"Luật; Hành chính, công"_s;
    m.politicalTheory = u"trung_cap"_s;
    m.stateManagement = u"chuyen_vien"_s;
    m.itSkill = u"Chứng chỉ \"Ứng dụng CNTT cơ bản\""_s;
    m.foreignLanguage = u"Tiếng Anh B1,\nTiếng Khmer"_s;
    m.ethnicMinority = true;
    return m;
}

Evaluation evaluation(const QString &code, int year)
{
    Evaluation e;
    e.staffCode = code;
    e.year = year;
    e.taskGroup = u"Tư pháp – hộ tịch"_s;
    e.monthsWorked = 11;
    e.monthsAbsent = 1;
    e.maternityLeave = true;
    e.scoreTenths = 855;
    e.selfLevel = u"xuat_sac"_s;
    e.proposedLevel = u"tot"_s;
    e.finalLevel = u"tot"_s;
    e.initiative = true;
    e.note = kVietnamese;
    return e;
}

} // namespace

class TestSpreadsheetWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsRoundTrip();
    void controlCharacters();
    void datesRoundTrip_data();
    void datesRoundTrip();
    void decimalsRoundTrip_data();
    void decimalsRoundTrip();
    void workbookIsSane();
    void emptyTableHasHeaderOnly();
    void manyRows();
    void refusals();
    void sheetNames_data();
    void sheetNames();
    void staffXlsxReadsAsCsv();
    void evaluationsXlsxReadsAsCsv();
};

void TestSpreadsheetWriter::cellsRoundTrip()
{
    const QStringList header{u"code"_s, u"full_name"_s, u"birth_date"_s, u"is_leader"_s, u"score"_s,
                             u"months"_s, u"note"_s, u"tên đơn vị"_s};
    std::vector<SpreadsheetRow> rows{
        {SpreadsheetCell::text(u"00123"_s), SpreadsheetCell::text(kVietnamese),
         SpreadsheetCell::date(QDate(2024, 2, 29)), SpreadsheetCell::boolean(true), SpreadsheetCell::decimal(85.5),
         SpreadsheetCell::integer(12), SpreadsheetCell::text(u"hai dòng\nthứ hai"_s),
         SpreadsheetCell::text(kAllDiacritics)},
        // Empty cells in the middle and at the end; text that looks like a number, a formula or a boolean.
        {SpreadsheetCell::text(u"0001"_s), SpreadsheetCell(), SpreadsheetCell::date(QDate(2025, 12, 31)),
         SpreadsheetCell::boolean(false), SpreadsheetCell(), SpreadsheetCell::integer(0),
         SpreadsheetCell::text(u"=1+1"_s)},
        {SpreadsheetCell::text(u"TRUE"_s), SpreadsheetCell::text(u"  spaces kept  "_s), SpreadsheetCell(),
         SpreadsheetCell(), SpreadsheetCell::decimal(100.0), SpreadsheetCell::integer(-3),
         SpreadsheetCell::text(u"a<b & \"c\" 'd'"_s), SpreadsheetCell::text(u"1.5"_s)},
    };
    QString error;
    const QByteArray xlsx = SpreadsheetWriter::write(u"Cán bộ"_s, header, rows, &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(XlsxReader::isXlsx(xlsx));

    const TextTable table = readBack(xlsx);
    QCOMPARE(table.header, header);
    QCOMPARE(table.headerLine, 1);
    QCOMPARE(table.rows.size(), size_t(3));
    QCOMPARE(table.rows[0].line, 2);
    QCOMPARE(table.rows[1].line, 3);
    QCOMPARE(table.rows[2].line, 4);
    QCOMPARE(table.rows[0].cells,
             (QStringList{u"00123"_s, kVietnamese, u"2024-02-29"_s, u"1"_s, u"85.5"_s, u"12"_s, u"hai dòng\nthứ hai"_s,
                          kAllDiacritics}));
    QCOMPARE(table.rows[1].cells, (QStringList{u"0001"_s, QString(), u"2025-12-31"_s, u"0"_s, QString(), u"0"_s,
                                               u"=1+1"_s, QString()}));
    QCOMPARE(table.rows[2].cells, (QStringList{u"TRUE"_s, u"  spaces kept  "_s, QString(), QString(), u"100"_s,
                                               u"-3"_s, u"a<b & \"c\" 'd'"_s, u"1.5"_s}));
}

void TestSpreadsheetWriter::controlCharacters()
{
    // Pasted text may hold tabs, carriage returns and stray control characters; XML cannot hold the latter
    // raw, so they must come back as they went in (escaped as _xHHHH_ in the file).
    // Text that looks like such an escape stays as it is.
    const QString text = u"a\tb\r\nc"_s + QChar(0x01) + u"d"_s + QChar(0x1f) + u"e _x0041_ _x00"_s;
    QString error;
    const QByteArray xlsx = SpreadsheetWriter::write(u"c"_s, {u"code"_s, u"note"_s},
                                                     {{SpreadsheetCell::text(u"A"_s), SpreadsheetCell::text(text)}},
                                                     &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    const TextTable table = readBack(xlsx);
    QCOMPARE(table.rows.size(), size_t(1));
    QCOMPARE(table.rows[0].cells.value(1), text);
}

void TestSpreadsheetWriter::datesRoundTrip_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("read");

    QTest::newRow("29/02/2024 leap day") << QDate(2024, 2, 29) << u"2024-02-29"_s;
    QTest::newRow("31/12/2025 year end") << QDate(2025, 12, 31) << u"2025-12-31"_s;
    QTest::newRow("01/01/2026") << QDate(2026, 1, 1) << u"2026-01-01"_s;
    QTest::newRow("01/03/1900 first true serial") << QDate(1900, 3, 1) << u"1900-03-01"_s;
    QTest::newRow("29/02/2000 century leap") << QDate(2000, 2, 29) << u"2000-02-29"_s;
    QTest::newRow("31/12/9999 last") << QDate(9999, 12, 31) << u"9999-12-31"_s;
    // Excel has no serial for these: written as ISO text, which the importers read as well.
    QTest::newRow("28/02/1900 before Excel") << QDate(1900, 2, 28) << u"1900-02-28"_s;
    QTest::newRow("1899 as text") << QDate(1899, 12, 31) << u"1899-12-31"_s;
    QTest::newRow("invalid = empty") << QDate() << QString();
}

void TestSpreadsheetWriter::datesRoundTrip()
{
    QFETCH(QDate, date);
    QFETCH(QString, read);

    QString error;
    const QByteArray xlsx = SpreadsheetWriter::write(u"d"_s, {u"code"_s, u"date"_s},
                                                     {{SpreadsheetCell::text(u"A"_s), SpreadsheetCell::date(date)}},
                                                     &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    const TextTable table = readBack(xlsx);
    QCOMPARE(table.rows.size(), size_t(1));
    QCOMPARE(table.rows[0].cells, (QStringList{u"A"_s, read}));
    QDate parsed;
    if (!read.isEmpty()) {
        QVERIFY(RecordReaders::parseDate(table.rows[0].cells[1], &parsed));
        QCOMPARE(parsed, date);
    }
}

void TestSpreadsheetWriter::decimalsRoundTrip_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("read");

    QTest::newRow("85.5") << 85.5 << u"85.5"_s;
    QTest::newRow("92.0 whole") << 92.0 << u"92"_s;
    QTest::newRow("0.1") << 0.1 << u"0.1"_s;
    QTest::newRow("99.9") << 99.9 << u"99.9"_s;
    QTest::newRow("tenths 87.3") << 873 / 10.0 << u"87.3"_s;
    QTest::newRow("0") << 0.0 << u"0"_s;
    QTest::newRow("negative") << -2.25 << u"-2.25"_s;
}

void TestSpreadsheetWriter::decimalsRoundTrip()
{
    QFETCH(double, value);
    QFETCH(QString, read);

    QString error;
    const QByteArray xlsx = SpreadsheetWriter::write(u"n"_s, {u"code"_s, u"score"_s},
                                                     {{SpreadsheetCell::text(u"A"_s), SpreadsheetCell::decimal(value)}},
                                                     &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    const TextTable table = readBack(xlsx);
    QCOMPARE(table.rows.size(), size_t(1));
    QCOMPARE(table.rows[0].cells.value(1), read);
}

void TestSpreadsheetWriter::workbookIsSane()
{
    QString error;
    const QByteArray xlsx = SpreadsheetWriter::write(
        u"Đánh giá 2025"_s, {u"staff_code"_s, u"birth_date"_s, u"a_rather_long_column_name"_s},
        {{SpreadsheetCell::text(u"PL-0001"_s), SpreadsheetCell::date(QDate(2024, 2, 29)),
          SpreadsheetCell::text(QString(200, u'x'))}},
        &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));

    const QString workbook = QString::fromUtf8(part(xlsx, u"xl/workbook.xml"_s));
    QVERIFY2(workbook.contains(u"<sheet name=\"Đánh giá 2025\""_s), qPrintable(workbook));
    QVERIFY(!part(xlsx, u"[Content_Types].xml"_s).isEmpty());
    QVERIFY(!part(xlsx, u"_rels/.rels"_s).isEmpty());

    // The date format, and a bold header style.
    const QString styles = QString::fromUtf8(part(xlsx, u"xl/styles.xml"_s));
    QVERIFY2(styles.contains(u"formatCode=\"dd/mm/yyyy\""_s), qPrintable(styles));
    QVERIFY2(styles.contains(u"<b/>"_s), qPrintable(styles));

    const QString sheet = QString::fromUtf8(part(xlsx, u"xl/worksheets/sheet1.xml"_s));
    // The header row is frozen and filtered.
    QVERIFY2(sheet.contains(u"ySplit=\"1\""_s) && sheet.contains(u"state=\"frozen\""_s), qPrintable(sheet));
    QVERIFY2(sheet.contains(u"<autoFilter ref=\"A1:C2\""_s), qPrintable(sheet));
    // Column widths follow the content: the 200-character column is capped, the others fit their header.
    static const QRegularExpression col(u"<col min=\"(\\d+)\" max=\"\\d+\" width=\"([0-9.]+)\""_s);
    QMap<int, double> widths;
    for (auto it = col.globalMatch(sheet); it.hasNext();) {
        const auto m = it.next();
        widths.insert(m.captured(1).toInt(), m.captured(2).toDouble());
    }
    QCOMPARE(widths.size(), 3);
    QVERIFY2(widths.value(1) >= 10 && widths.value(1) <= 20, qPrintable(QString::number(widths.value(1))));
    QVERIFY2(widths.value(3) >= 60 && widths.value(3) <= 70, qPrintable(QString::number(widths.value(3))));
    // The date is a number cell with a style, not a string.
    static const QRegularExpression dateCell(u"<c r=\"B2\" s=\"\\d+\"><v>45351</v></c>"_s);
    QVERIFY2(dateCell.match(sheet).hasMatch(), qPrintable(sheet));
}

void TestSpreadsheetWriter::emptyTableHasHeaderOnly()
{
    QString error;
    const QByteArray xlsx = SpreadsheetWriter::write(u"e"_s, {u"a"_s, u"b"_s}, {}, &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    const TextTable table = readBack(xlsx);
    QCOMPARE(table.header, (QStringList{u"a"_s, u"b"_s}));
    QVERIFY(table.rows.empty());
}

void TestSpreadsheetWriter::manyRows()
{
    std::vector<SpreadsheetRow> rows;
    for (int i = 0; i < 20000; ++i)
        rows.push_back({SpreadsheetCell::text(u"PL-"_s + QString::number(i).rightJustified(5, u'0')), SpreadsheetCell::integer(i),
                        SpreadsheetCell::date(QDate(2020, 1, 1).addDays(i))});
    QString error;
    const QByteArray xlsx = SpreadsheetWriter::write(u"m"_s, {u"code"_s, u"n"_s, u"d"_s}, rows, &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    const TextTable table = readBack(xlsx);
    QCOMPARE(table.rows.size(), size_t(20000));
    QCOMPARE(table.rows.back().line, 20001);
    QCOMPARE(table.rows.back().cells,
             (QStringList{u"PL-19999"_s, u"19999"_s, QDate(2020, 1, 1).addDays(19999).toString(Qt::ISODate)}));
}

void TestSpreadsheetWriter::refusals()
{
    QString error;
    QVERIFY(SpreadsheetWriter::write(u"x"_s, {}, {}, &error).isEmpty());
    QVERIFY2(error.contains(u"columns"_s), qPrintable(error));

    error.clear();
    QVERIFY(SpreadsheetWriter::write(u"x"_s, {u"a"_s},
                                     {{SpreadsheetCell::text(u"1"_s), SpreadsheetCell::text(u"2"_s)}}, &error)
                .isEmpty());
    QVERIFY2(error.contains(u"row 2 has 2 cells for 1 columns"_s), qPrintable(error));

    // Excel's 32767 characters per cell: refused, naming the cell.
    error.clear();
    QVERIFY(SpreadsheetWriter::write(u"x"_s, {u"a"_s, u"b"_s},
                                     {{SpreadsheetCell::text(u"ok"_s)},
                                      {SpreadsheetCell(), SpreadsheetCell::text(QString(32768, u'x'))}},
                                     &error)
                .isEmpty());
    QVERIFY2(error.contains(u"B3"_s) && error.contains(u"32767"_s), qPrintable(error));

    // Exactly at the limit it is written.
    error.clear();
    const QByteArray xlsx =
        SpreadsheetWriter::write(u"x"_s, {u"a"_s}, {{SpreadsheetCell::text(QString(32767, QChar(u'ệ')))}}, &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    QCOMPARE(readBack(xlsx).rows.at(0).cells.at(0), QString(32767, QChar(u'ệ')));
}

void TestSpreadsheetWriter::sheetNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("safe");

    QTest::newRow("plain") << u"Cán bộ"_s << u"Cán bộ"_s;
    QTest::newRow("forbidden characters") << u"a/b\\c[d]e:f*g?h"_s << u"a-b-c-d-e-f-g-h"_s;
    QTest::newRow("31 characters") << u"Đánh giá xếp loại chất lượng năm 2025"_s << u"Đánh giá xếp loại chất lượng nă"_s;
    QTest::newRow("apostrophes") << u"'x'"_s << u"x"_s;
    QTest::newRow("empty") << QString() << u"Sheet1"_s;
}

void TestSpreadsheetWriter::sheetNames()
{
    QFETCH(QString, name);
    QFETCH(QString, safe);
    QCOMPARE(SpreadsheetWriter::safeSheetName(name), safe);
    QString error;
    QVERIFY2(!SpreadsheetWriter::write(name, {u"a"_s}, {{SpreadsheetCell::text(u"1"_s)}}, &error).isEmpty(),
             qPrintable(error));
}

void TestSpreadsheetWriter::staffXlsxReadsAsCsv()
{
    StaffMember unknowns;
    unknowns.code = u"0042"_s;
    unknowns.fullName = kAllDiacritics;
    unknowns.birthDate = QDate(2000, 12, 31);
    unknowns.unitCode = u"25219"_s;
    unknowns.category = u"khong_chuyen_trach"_s;
    unknowns.position = u"Phó Chỉ huy trưởng quân sự"_s;
    StaffMember ended = person(u"PB-0002"_s, kVietnamese);
    ended.isLeader = true;
    ended.ethnicMinority = false;
    ended.endDate = QDate(2025, 7, 1);
    const std::vector<StaffMember> staff{person(u"00123"_s, kVietnamese), unknowns, ended};

    QString error;
    const QByteArray xlsx = StaffExport::toXlsx(staff, &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    const auto fromXlsx = RecordReaders::readStaff(xlsx);
    const auto fromCsv = RecordReaders::readStaff(StaffExport::toCsv(staff));
    QVERIFY2(fromXlsx.fileOk && fromXlsx.issues.empty(), qPrintable(issuesText(fromXlsx.issues)));
    QCOMPARE(fromXlsx.rows.size(), staff.size());
    for (size_t i = 0; i < staff.size(); ++i) {
        QCOMPARE(fromXlsx.rows[i].line, int(i) + 2);
        QCOMPARE(fromXlsx.rows[i].record.code, staff[i].code);
        QCOMPARE(fromXlsx.rows[i].record.birthDate, staff[i].birthDate);
        QCOMPARE(fromXlsx.rows[i].record.isLeader, staff[i].isLeader);
        QCOMPARE(fromXlsx.rows[i].record.ethnicMinority, staff[i].ethnicMinority);
        QVERIFY(fromXlsx.rows[i].record == staff[i]);
        QVERIFY(fromXlsx.rows[i].record == fromCsv.rows[i].record);
        QCOMPARE(fromXlsx.rows[i].presentColumns, fromCsv.rows[i].presentColumns);
    }
    // The header is the CSV's.
    QCOMPARE(readBack(xlsx).header, RecordFields::staffKeys());
}

void TestSpreadsheetWriter::evaluationsXlsxReadsAsCsv()
{
    Evaluation blank;
    blank.staffCode = u"00123"_s;
    blank.year = 2026;
    Evaluation whole = evaluation(u"PB-0002"_s, 2026);
    whole.scoreTenths = 920;
    whole.maternityLeave = false;
    whole.initiative = false;
    whole.note = u"dòng 1\ndòng 2"_s;
    Evaluation zero = evaluation(u"PB-0003"_s, 2026);
    zero.scoreTenths = 0;
    zero.monthsWorked = 0;
    zero.monthsAbsent = 12;
    zero.finalLevel.clear();
    const std::vector<Evaluation> evaluations{evaluation(u"PB-0001"_s, 2026), blank, whole, zero};

    QString error;
    const QByteArray xlsx = EvaluationRecordExport::toXlsx(evaluations, 2026, &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    const auto fromXlsx = RecordReaders::readEvaluations(xlsx);
    const auto fromCsv = RecordReaders::readEvaluations(EvaluationRecordExport::toCsv(evaluations));
    QVERIFY2(fromXlsx.fileOk && fromXlsx.issues.empty(), qPrintable(issuesText(fromXlsx.issues)));
    QVERIFY2(fromCsv.fileOk && fromCsv.issues.empty(), qPrintable(issuesText(fromCsv.issues)));
    QCOMPARE(fromXlsx.rows.size(), evaluations.size());
    for (size_t i = 0; i < evaluations.size(); ++i) {
        const Evaluation &read = fromXlsx.rows[i].record;
        QCOMPARE(read.staffCode, evaluations[i].staffCode);
        QCOMPARE(read.scoreTenths, evaluations[i].scoreTenths);
        QCOMPARE(read.maternityLeave, evaluations[i].maternityLeave);
        QCOMPARE(read.note, evaluations[i].note);
        QVERIFY(read == evaluations[i]);
        QVERIFY(read == fromCsv.rows[i].record);
    }
    const TextTable table = readBack(xlsx);
    QCOMPARE(table.header, EvaluationRecordExport::columns());
    // Numbers as numbers, the score with its decimal, booleans 1/0.
    QCOMPARE(table.rows[0].cells,
             (QStringList{u"PB-0001"_s, u"2026"_s, u"Tư pháp – hộ tịch"_s, u"11"_s, u"1"_s, u"1"_s, u"85.5"_s,
                          u"xuat_sac"_s, u"tot"_s, u"tot"_s, u"1"_s, kVietnamese}));
    QCOMPARE(table.rows[1].cells, (QStringList{u"00123"_s, u"2026"_s, QString(), u"12"_s, u"0"_s, u"0"_s, QString(),
                                               QString(), QString(), QString(), u"0"_s, QString()}));
}

QTEST_GUILESS_MAIN(TestSpreadsheetWriter)
#include "tst_spreadsheetwriter.moc"
