// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the Excel workbooks (docs/spreadsheets.md): `congvu export staff --format xlsx` and
// `congvu export evaluations` written by the real binary, imported back into empty and populated databases;
// bad rows reported with the sheet's row number; damaged workbooks refused. The town is tests/data/e2e.

#include "clirunner.h"
#include "exchange/spreadsheetwriter.h"
#include "exchange/xlsxreader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kData = QStringLiteral(CONGVU_TEST_DATA_DIR) + u"/e2e"_s;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/** One part of a zip (e.g. "xl/worksheets/sheet1.xml"); empty when missing. */
QByteArray zipPart(const QByteArray &zipBytes, const QString &name)
{
    QBuffer buffer;
    buffer.setData(zipBytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** A database with the e2e town: units, staff (plain and tricky), discipline and optionally evaluations. */
class Town : public CliSandbox
{
public:
    explicit Town(bool withEvaluations)
        : CliSandbox(kBinary)
    {
        for (const QString kind : {u"units"_s, u"staff"_s, u"discipline"_s})
            ok = ok && cli({u"import"_s, kind, kData + u'/' + kind + u".csv"_s}).exitCode == kOk;
        ok = ok && cli({u"import"_s, u"staff"_s, kData + u"/staff_tricky.csv"_s}).exitCode == kOk;
        if (withEvaluations)
            ok = ok && cli({u"import"_s, u"evaluations"_s, kData + u"/evaluations.csv"_s}).exitCode == kOk;
    }

    /** `export staff --format csv` on standard output. */
    [[nodiscard]] QByteArray staffCsv() const
    {
        const CliRun r = cli({u"export"_s, u"staff"_s, u"--format"_s, u"csv"_s});
        return r.exitCode == kOk ? r.out : QByteArray();
    }

    /** `export evaluations --year Y --format csv` on standard output. */
    [[nodiscard]] QByteArray evaluationsCsv(int year) const
    {
        const CliRun r = cli({u"export"_s, u"evaluations"_s, u"--year"_s, QString::number(year), u"--format"_s, u"csv"_s});
        return r.exitCode == kOk ? r.out : QByteArray();
    }

    bool ok = true;
};

/** N of "N evaluation(s) written to FILE." (the English plural form may come from the translation or not). */
int writtenCount(const CliRun &r)
{
    static const QRegularExpression pattern(u"^(\\d+) evaluations?(\\(s\\))? written to "_s);
    const auto m = pattern.match(QString::fromUtf8(r.out));
    if (!m.hasMatch())
        qWarning().noquote() << r.describe();
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/** Everything the evaluations report says of a year, as JSON. */
QJsonObject evaluationsReport(const CliSandbox &s, int year)
{
    return s.report(u"evaluations"_s, {u"--year"_s, QString::number(year)});
}

} // namespace

class TestCliXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void staffRoundTrip();
    void staffXlsxIsASaneWorkbook();
    void evaluationsRoundTrip_data();
    void evaluationsRoundTrip();
    void evaluationsIntoEmptyDatabase();
    void evaluationsOfAUnit();
    void evaluationsCsvIsTheImportFormat();
    void badRowNamesTheSheetRow();
    void badEvaluationRow();
    void damagedWorkbook_data();
    void damagedWorkbook();
    void formatFromExtensionAndPipes();
    void usageErrors_data();
    void usageErrors();
};

void TestCliXlsx::initTestCase()
{
    QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary));
}

void TestCliXlsx::staffRoundTrip()
{
    const Town first(false);
    QVERIFY(first.ok);
    const QByteArray csv = first.staffCsv();
    QVERIFY(!csv.isEmpty());
    const QString xlsx = first.path(u"staff.xlsx"_s);
    const CliRun exported = first.cli({u"export"_s, u"staff"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, xlsx});
    CHECK_EXIT(exported, kOk);
    QVERIFY2(exported.out.contains("25 people written to"), exported.describe().constData());
    QVERIFY(XlsxReader::isXlsx(readAll(xlsx)));
    // Personal data: readable by its owner only, as the other exports.
    QVERIFY(!(QFileInfo(xlsx).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

    // Into an empty database (only the units): the CSV export is byte for byte the original's.
    const CliSandbox second(kBinary);
    CHECK_EXIT(second.cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    const CliRun imported = second.cli({u"import"_s, u"staff"_s, xlsx});
    CHECK_EXIT(imported, kOk);
    QVERIFY2(imported.out.contains("Imported 25 rows: 25 new, 0 changed, 0 unchanged, 0 rejected."),
             imported.describe().constData());
    const CliRun again = second.cli({u"export"_s, u"staff"_s, u"--format"_s, u"csv"_s});
    CHECK_EXIT(again, kOk);
    QCOMPARE(again.out, csv);
    const CliRun json1 = first.cli({u"export"_s, u"staff"_s, u"--format"_s, u"json"_s});
    const CliRun json2 = second.cli({u"export"_s, u"staff"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json2.out, json1.out);

    // And back into the first: nothing changes.
    const CliRun back = first.cli({u"import"_s, u"staff"_s, xlsx});
    CHECK_EXIT(back, kOk);
    QVERIFY2(back.out.contains("25 rows: 0 new, 0 changed, 25 unchanged"), back.describe().constData());
}

void TestCliXlsx::staffXlsxIsASaneWorkbook()
{
    const Town town(false);
    QVERIFY(town.ok);
    const QString xlsx = town.path(u"staff.xlsx"_s);
    CHECK_EXIT(town.cli({u"export"_s, u"staff"_s, u"-o"_s, xlsx}), kOk); // xlsx from the extension
    const QByteArray bytes = readAll(xlsx);
    const QString workbook = QString::fromUtf8(zipPart(bytes, u"xl/workbook.xml"_s));
    QVERIFY2(workbook.contains(u"<sheet name=\"Staff\""_s), qPrintable(workbook));
    const QString sheet = QString::fromUtf8(zipPart(bytes, u"xl/worksheets/sheet1.xml"_s));
    QVERIFY2(sheet.contains(u"<dimension ref=\"A1:R26\"/>"_s), qPrintable(sheet.left(400)));
    QVERIFY(sheet.contains(u"state=\"frozen\""_s));
    const QString strings = QString::fromUtf8(zipPart(bytes, u"xl/sharedStrings.xml"_s));
    QVERIFY(strings.contains(u"<t>full_name</t>"_s));
    QVERIFY(strings.contains(u"Nguyễn Thị 𠀧 Nôm"_s));
    QVERIFY(strings.contains(u"<t>=SUM(A1)</t>"_s)); // text, never a formula
    QVERIFY(!sheet.contains(u"<f>"_s));
    const QString styles = QString::fromUtf8(zipPart(bytes, u"xl/styles.xml"_s));
    QVERIFY(styles.contains(u"formatCode=\"dd/mm/yyyy\""_s));
}

void TestCliXlsx::evaluationsRoundTrip_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("rows");

    QTest::newRow("2024") << 2024 << 2;
    QTest::newRow("2025") << 2025 << 9;
    QTest::newRow("2026 with scores") << 2026 << 7;
}

void TestCliXlsx::evaluationsRoundTrip()
{
    QFETCH(int, year);
    QFETCH(int, rows);

    const Town town(true);
    QVERIFY(town.ok);
    const QJsonObject before = evaluationsReport(town, year);
    QVERIFY(!before.isEmpty());
    const QByteArray csvBefore = town.evaluationsCsv(year);
    const QString xlsx = town.path(u"evaluations.xlsx"_s);
    const CliRun exported = town.cli({u"export"_s, u"evaluations"_s, u"--year"_s, QString::number(year),
                                      u"--format"_s, u"xlsx"_s, u"-o"_s, xlsx});
    CHECK_EXIT(exported, kOk);
    QCOMPARE(writtenCount(exported), rows);

    const CliRun imported = town.cli({u"import"_s, u"evaluations"_s, xlsx});
    CHECK_EXIT(imported, kOk);
    QVERIFY2(imported.out.contains(u"Imported %1 rows: 0 new, 0 changed, %1 unchanged, 0 rejected."_s.arg(rows).toUtf8()),
             imported.describe().constData());
    QCOMPARE(evaluationsReport(town, year), before);
    QCOMPARE(town.evaluationsCsv(year), csvBefore);
}

void TestCliXlsx::evaluationsIntoEmptyDatabase()
{
    // The three years exported from one office and imported into another with the same staff and
    // discipline give the same reports (second_consecutive_khong_hoan_thanh needs the year before too).
    const Town first(true);
    const Town second(false);
    QVERIFY(first.ok && second.ok);
    for (const int year : {2024, 2025, 2026}) {
        const QString xlsx = first.path(u"e%1.xlsx"_s.arg(year));
        CHECK_EXIT(first.cli({u"export"_s, u"evaluations"_s, u"--year"_s, QString::number(year), u"-o"_s, xlsx}), kOk);
        const CliRun imported = second.cli({u"import"_s, u"evaluations"_s, xlsx});
        CHECK_EXIT(imported, kOk);
        QVERIFY2(imported.out.contains("0 changed, 0 unchanged, 0 rejected"), imported.describe().constData());
        const CliRun twice = second.cli({u"import"_s, u"evaluations"_s, xlsx});
        QVERIFY2(twice.out.contains(" 0 new, 0 changed,"), twice.describe().constData());
    }
    for (const int year : {2024, 2025, 2026}) {
        QCOMPARE(evaluationsReport(second, year), evaluationsReport(first, year));
        QCOMPARE(second.evaluationsCsv(year), first.evaluationsCsv(year));
    }
}

void TestCliXlsx::evaluationsOfAUnit()
{
    const Town town(true);
    QVERIFY(town.ok);
    // The unit and its sub-units, merged units in their successor: the people of report --unit.
    for (const QString unit : {u"25217"_s, u"693"_s}) {
        const QJsonObject report = town.report(u"evaluations"_s, {u"--year"_s, u"2025"_s, u"--unit"_s, unit});
        QStringList expected;
        for (const auto &p : report.value(u"people"_s).toArray())
            expected << p.toObject().value(u"code"_s).toString();
        expected.sort();
        const QString xlsx = town.path(u"unit.xlsx"_s);
        CHECK_EXIT(town.cli({u"export"_s, u"evaluations"_s, u"--year"_s, u"2025"_s, u"--unit"_s, unit, u"-o"_s, xlsx}),
                   kOk);
        TextTable table;
        TableError error;
        QVERIFY2(XlsxReader::read(readAll(xlsx), &table, &error), qPrintable(error.message));
        QStringList codes;
        for (const auto &row : table.rows)
            codes << row.cells.value(0);
        QCOMPARE(codes, expected); // by staff code
        QVERIFY(!codes.isEmpty());
    }
}

void TestCliXlsx::evaluationsCsvIsTheImportFormat()
{
    const Town town(true);
    QVERIFY(town.ok);
    const QByteArray csv = town.evaluationsCsv(2026);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.value(0),
             "staff_code,year,task_group,months_worked,months_absent,maternity_leave,score,self_level,proposed_level,"
             "final_level,initiative,note"_ba);
    // evaluations.csv has PL-0014 with "85,5" and HTTNV: codes and a decimal point come out.
    bool found = false;
    for (const QByteArray &line : lines) {
        if (line.startsWith("PL-0014,")) {
            QVERIFY2(line.contains(",85.5,"), line.constData());
            QVERIFY2(line.contains(",tot,"), line.constData());
            found = true;
        }
    }
    QVERIFY(found);
    // Importing the CSV back changes nothing either.
    const QString file = town.path(u"e.csv"_s);
    QVERIFY(writeAll(file, csv));
    const CliRun r = town.cli({u"import"_s, u"evaluations"_s, file});
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.contains("0 new, 0 changed"), r.describe().constData());
}

void TestCliXlsx::badRowNamesTheSheetRow()
{
    const Town town(false);
    QVERIFY(town.ok);
    const QByteArray before = town.staffCsv();
    // Row 2 good, row 3 blank (skipped, numbering kept), row 4 bad category, row 5 bad date.
    const auto row = [](const QString &code, const QString &category, const SpreadsheetCell &birth) {
        return SpreadsheetRow{SpreadsheetCell::text(code),      SpreadsheetCell::text(u"Phạm Thị Mới"_s), birth,
                              SpreadsheetCell::text(u"25217"_s), SpreadsheetCell::text(category),
                              SpreadsheetCell::text(u"van_hoa_xa_hoi"_s)};
    };
    QString error;
    const QByteArray xlsx = SpreadsheetWriter::write(
        u"Staff"_s, {u"code"_s, u"full_name"_s, u"birth_date"_s, u"unit_code"_s, u"category"_s, u"position"_s},
        {row(u"NEW-1"_s, u"cc_xa"_s, SpreadsheetCell::date(QDate(1990, 1, 2))), SpreadsheetRow{},
         row(u"NEW-2"_s, u"giam_doc"_s, SpreadsheetCell::date(QDate(1990, 1, 2))),
         row(u"NEW-3"_s, u"cc_xa"_s, SpreadsheetCell::text(u"31/02/1990"_s))},
        &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    const QString file = town.path(u"bad.xlsx"_s);
    QVERIFY(writeAll(file, xlsx));

    const CliRun r = town.cli({u"import"_s, u"staff"_s, file});
    CHECK_EXIT(r, kInvalidInput);
    const QStringList lines = stderrLinesUnder(r, QFileInfo(town.fileDb()).absolutePath());
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(u"bad.xlsx:4: category: "_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines[0].contains(u"giam_doc"_s), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(u"bad.xlsx:5: birth_date: "_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(r.out.contains("2 rows rejected: nothing was written."), r.describe().constData());
    QCOMPARE(town.staffCsv(), before);
}

void TestCliXlsx::badEvaluationRow()
{
    const Town town(true);
    QVERIFY(town.ok);
    const QByteArray before = town.evaluationsCsv(2026);
    QString error;
    const QByteArray xlsx = SpreadsheetWriter::write(
        u"x"_s, {u"staff_code"_s, u"year"_s, u"score"_s, u"final_level"_s},
        {{SpreadsheetCell::text(u"PL-0010"_s), SpreadsheetCell::integer(2026), SpreadsheetCell::decimal(50),
          SpreadsheetCell::text(u"hoan_thanh"_s)},
         {SpreadsheetCell::text(u"PL-0014"_s), SpreadsheetCell::integer(2026), SpreadsheetCell::decimal(150.5),
          SpreadsheetCell::text(u"tot"_s)},
         {SpreadsheetCell::text(u"PL-9999"_s), SpreadsheetCell::integer(2026), SpreadsheetCell(),
          SpreadsheetCell::text(u"tot"_s)}},
        &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    const QString file = town.path(u"bad-eval.xlsx"_s);
    QVERIFY(writeAll(file, xlsx));
    const CliRun r = town.cli({u"import"_s, u"evaluations"_s, file});
    CHECK_EXIT(r, kInvalidInput);
    const QStringList lines = stderrLinesUnder(r, QFileInfo(town.fileDb()).absolutePath());
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(u"bad-eval.xlsx:3: score: \"150.5\""_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines[1].startsWith(u"bad-eval.xlsx:4: staff_code: "_s), qPrintable(lines.join(u'\n')));
    // Nothing written: PL-0010's good row did not go in either.
    QCOMPARE(town.evaluationsCsv(2026), before);
}

void TestCliXlsx::damagedWorkbook_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated zip") << u"truncate"_s;
    QTest::newRow("corrupted deflate data") << u"corrupt"_s;
    QTest::newRow("zip without a workbook") << u"notworkbook"_s;
}

void TestCliXlsx::damagedWorkbook()
{
    QFETCH(QString, damage);

    const Town town(true);
    QVERIFY(town.ok);
    const QString good = town.path(u"good.xlsx"_s);
    CHECK_EXIT(town.cli({u"export"_s, u"evaluations"_s, u"--year"_s, u"2025"_s, u"-o"_s, good}), kOk);
    QByteArray bytes = readAll(good);
    QVERIFY(bytes.size() > 2000);
    if (damage == "truncate"_L1) {
        bytes.truncate(bytes.size() / 2);
    } else if (damage == "corrupt"_L1) {
        // Scramble the compressed data of the sheet, keep the zip's directory: the CRC or inflate fails.
        const qsizetype at = bytes.indexOf("xl/worksheets/sheet1.xml");
        QVERIFY(at > 0);
        for (qsizetype i = at + 30; i < at + 90; ++i)
            bytes[i] = char(bytes[i] ^ 0x5a);
    } else {
        QBuffer buffer;
        {
            QuaZip zip(&buffer);
            QVERIFY(zip.open(QuaZip::mdCreate));
            QuaZipFile f(&zip);
            QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(u"readme.txt"_s)));
            f.write("not a workbook");
            f.close();
            zip.close();
        }
        bytes = buffer.data();
    }
    const QString file = town.path(u"damaged.xlsx"_s);
    QVERIFY(writeAll(file, bytes));
    const QByteArray before = town.evaluationsCsv(2025);

    const CliRun r = town.cli({u"import"_s, u"evaluations"_s, file});
    CHECK_EXIT(r, kInvalidInput);
    const QStringList lines = stderrLinesUnder(r, QFileInfo(town.fileDb()).absolutePath());
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].startsWith(u"damaged.xlsx:1: -: "_s), qPrintable(lines[0]));
    QVERIFY2(lines[0].contains(u"xlsx"_s) || lines[0].contains(u"workbook"_s), qPrintable(lines[0]));
    QVERIFY2(r.out.contains("The file was refused: nothing was written."), r.describe().constData());
    QCOMPARE(town.evaluationsCsv(2025), before);
    // Staff import refuses it the same way.
    const CliRun staff = town.cli({u"import"_s, u"staff"_s, file});
    CHECK_EXIT(staff, kInvalidInput);
}

void TestCliXlsx::formatFromExtensionAndPipes()
{
    const Town town(true);
    QVERIFY(town.ok);
    // Standard output that is not a terminal may take the workbook (a pipe).
    const CliRun piped = town.cli({u"export"_s, u"staff"_s, u"--format"_s, u"xlsx"_s});
    CHECK_EXIT(piped, kOk);
    QVERIFY(XlsxReader::isXlsx(piped.out));
    TextTable table;
    TableError error;
    QVERIFY2(XlsxReader::read(piped.out, &table, &error), qPrintable(error.message));
    QCOMPARE(table.rows.size(), size_t(25));
    // .XLSX in capitals is a workbook; another extension is CSV unless --format says otherwise.
    const QString upper = town.path(u"E.XLSX"_s);
    CHECK_EXIT(town.cli({u"export"_s, u"evaluations"_s, u"--year"_s, u"2025"_s, u"-o"_s, upper}), kOk);
    QVERIFY(XlsxReader::isXlsx(readAll(upper)));
    const QString txt = town.path(u"e.txt"_s);
    CHECK_EXIT(town.cli({u"export"_s, u"evaluations"_s, u"--year"_s, u"2025"_s, u"-o"_s, txt}), kOk);
    QVERIFY(readAll(txt).startsWith("staff_code,year,"));
    // An empty year is a workbook with the header only, which import refuses as having no data.
    const QString empty = town.path(u"empty.xlsx"_s);
    const CliRun none = town.cli({u"export"_s, u"evaluations"_s, u"--year"_s, u"2030"_s, u"-o"_s, empty});
    CHECK_EXIT(none, kOk);
    QCOMPARE(writtenCount(none), 0);
    QVERIFY(XlsxReader::read(readAll(empty), &table, &error));
    QVERIFY(table.rows.empty());
}

void TestCliXlsx::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    QTest::newRow("no year") << QStringList{u"export"_s, u"evaluations"_s} << u"needs --year"_s;
    QTest::newRow("bad year") << QStringList{u"export"_s, u"evaluations"_s, u"--year"_s, u"20x5"_s}
                              << u"--year must be"_s;
    QTest::newRow("pdf") << QStringList{u"export"_s, u"evaluations"_s, u"--year"_s, u"2025"_s, u"--format"_s, u"pdf"_s}
                         << u"expected csv or xlsx"_s;
    QTest::newRow("staff pdf") << QStringList{u"export"_s, u"staff"_s, u"--format"_s, u"pdf"_s}
                               << u"expected csv, json or xlsx"_s;
    QTest::newRow("unknown unit") << QStringList{u"export"_s, u"evaluations"_s, u"--year"_s, u"2025"_s, u"--unit"_s,
                                                 u"NOPE"_s}
                                  << u"unknown unit \"NOPE\""_s;
    QTest::newRow("leftover") << QStringList{u"export"_s, u"evaluations"_s, u"--year"_s, u"2025"_s, u"extra"_s}
                              << u"unexpected argument \"extra\""_s;
    QTest::newRow("unknown export") << QStringList{u"export"_s, u"discipline"_s} << u"expected staff or evaluations"_s;
}

void TestCliXlsx::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliSandbox s(kBinary);
    const CliRun r = s.cli(args);
    CHECK_EXIT(r, kUsage);
    QVERIFY2(r.errText().contains(message), r.describe().constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliXlsx)
#include "tst_cli_xlsx.moc"
