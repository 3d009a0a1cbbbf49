// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `congvu import culture` and `congvu report culture` (docs/culture-csv.md): the real
// binary imports the town of tests/data/e2e (units.csv, staff.csv) and the inspections of culture.csv,
// then reports on 2025, 2026 and its quarters. Every expected number was counted by hand (below).

#include "clirunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

/*
 * Units: 25216 Phường Long Thủy (until 2025-07-01, then 25217), 25217 Phường Thác Mơ, 693-NV Phòng Nội vụ.
 * culture.csv (17 rows, 4 inspections):
 *   25216 2025-03-12  PL-0007 (cb_xa): the_deo ✓ khong_ruou_bia ✓ dung_gio ✗ (reported)
 *                     PL-0013 (cc_xa): the_deo ✓ trang_phuc ✗ (confirmed) dung_gio ✓      → 6 checks, 4 passed
 *   25217 2026-02-10  PL-0009 (cc_xa): the_deo ✓ trang_phuc ✓ dung_gio ✓ khong_hut_thuoc ✗ (confirmed)
 *                     PL-0008 (cb_xa): the_deo ✓ cong_bang_lanh_dao n/a                      → 5 checks, 4 passed
 *   25216 2026-05-05  PL-0013: the_deo ✓ dung_gio ✓ (recorded for the old ward: counts for 25217) → 2, 2
 *   693-NV 2026-08-20 PL-0002 (cc): the_deo ✓ cong_bang_lanh_dao ✓; PL-0003 (cc): bon_xin_bon_luon ✗ → 3, 2
 * 2026: 25217 7 checks 6 passed (0.8571), 693-NV 3/2 (0.6667), overall 10/8 (0.8).
 * ND 335 points 2026 (5 points): PL-0009 5 × 3/4 = 3.75 → 3.8; PL-0013 5.0; PL-0002 5.0; PL-0003 0.0;
 * PL-0008 (a cadre) null. 2025: no points (before ND 335).
 */

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kData = QStringLiteral(CONGVU_TEST_DATA_DIR) + u"/e2e"_s;
const QString kSchema = QStringLiteral(CONGVU_SOURCE_DIR) + u"/schemas/report-culture.schema.json"_s;

/** The town's office, with `report culture` parsed. */
class Office : public CliSandbox
{
public:
    Office()
        : CliSandbox(kBinary)
    {
    }

    /** `report culture --format json` with args, parsed; empty (and a warning) otherwise. */
    QJsonObject report(const QStringList &args) const
    {
        return CliSandbox::report(u"culture"_s, args);
    }
};

/** "code:inspections/checks/passed@rate" per unit, in the report's order. */
QStringList unitLine(const QJsonObject &report)
{
    QStringList out;
    for (const auto &v : report.value(u"units"_s).toArray()) {
        const QJsonObject u = v.toObject();
        const QJsonValue rate = u.value(u"compliance_rate"_s);
        out << u"%1:%2/%3/%4@%5"_s.arg(u.value(u"code"_s).toString())
                   .arg(u.value(u"inspections"_s).toInt())
                   .arg(u.value(u"checks"_s).toInt())
                   .arg(u.value(u"passed"_s).toInt())
                   .arg(rate.isNull() ? u"null"_s : QString::number(rate.toDouble()));
    }
    return out;
}

std::map<QString, QString> pointsOf(const QJsonObject &report)
{
    std::map<QString, QString> out;
    for (const auto &v : report.value(u"people"_s).toArray()) {
        const QJsonObject p = v.toObject();
        const QJsonValue points = p.value(u"nd335_culture_points"_s);
        out[p.value(u"code"_s).toString()] = points.isNull() ? u"null"_s : QString::number(points.toDouble());
    }
    return out;
}

QStringList stderrLines(const CliRun &r, const QString &file)
{
    QStringList out;
    for (const QString &line : QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts))
        out << (line.startsWith(file) ? line.mid(file.size()) : line);
    return out;
}

} // namespace

class TestCliCulture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importIsIdempotent();
    void vietnameseHeadersMatchTheSameRows();
    void brokenFileWritesNothing();
    void missingColumn();
    void reportYear2026();
    void reportQuarters_data();
    void reportQuarters();
    void report2025AndTheMergedUnit();
    void csvAndTable();
    void pdf();
    void usageErrors_data();
    void usageErrors();

private:
    Office m_office;
};

void TestCliCulture::initTestCase()
{
    QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary));
    CHECK_EXIT(m_office.cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    CHECK_EXIT(m_office.cli({u"import"_s, u"staff"_s, kData + u"/staff.csv"_s}), kOk);
    // --dry-run first: nothing written.
    const CliRun dry = m_office.cli({u"import"_s, u"culture"_s, kData + u"/culture.csv"_s, u"--dry-run"_s});
    CHECK_EXIT(dry, kOk);
    QVERIFY2(dry.out.contains("17 new"), dry.out.constData());
    QCOMPARE(m_office.report({u"--year"_s, u"2026"_s}).value(u"units"_s).toArray().size(), 0);
    const CliRun r = m_office.cli({u"import"_s, u"culture"_s, kData + u"/culture.csv"_s});
    CHECK_EXIT(r, kOk);
    QCOMPARE(r.out.trimmed(), QByteArray("Imported 17 rows: 17 new, 0 changed, 0 unchanged, 0 rejected."));
}

void TestCliCulture::importIsIdempotent()
{
    const CliRun r = m_office.cli({u"import"_s, u"culture"_s, kData + u"/culture.csv"_s});
    CHECK_EXIT(r, kOk);
    QCOMPARE(r.out.trimmed(), QByteArray("Imported 17 rows: 0 new, 0 changed, 17 unchanged, 0 rejected."));
}

void TestCliCulture::vietnameseHeadersMatchTheSameRows()
{
    // Vietnamese headers, ';', DD/MM/YYYY, items by their wording, results as words: the same three observations.
    const CliRun r = m_office.cli({u"import"_s, u"culture"_s, kData + u"/culture_vi_headers.csv"_s});
    CHECK_EXIT(r, kOk);
    QCOMPARE(r.out.trimmed(), QByteArray("Imported 3 rows: 0 new, 0 changed, 3 unchanged, 0 rejected."));
}

void TestCliCulture::brokenFileWritesNothing()
{
    const QString file = kData + u"/culture_broken.csv"_s;
    const CliRun r = m_office.cli({u"import"_s, u"culture"_s, file});
    CHECK_EXIT(r, kInvalidInput);
    const QString items = u"the_deo, trang_phuc, khong_ruou_bia, khong_hut_thuoc, dung_gio, bon_xin_bon_luon, "
                          "khong_te_nan, ky_luat_lam_viec, hop_tac, cong_bang_lanh_dao"_s;
    QCOMPARE(stderrLines(r, file),
             (QStringList{u":3: item: unknown checklist item \"hut_thuoc\"; expected one of: "_s + items,
                          u":4: result: unknown value \"tốt\"; expected one of: dat, vi_pham, khong_ap_dung"_s,
                          u":5: unit_code: unknown unit \"99999\""_s,
                          u":6: staff_code: unknown staff code \"PL-9999\""_s,
                          u":7: inspected_on: \"31/02/2026\" is not a valid date (expected YYYY-MM-DD or DD/MM/YYYY)"_s}));
    QCOMPARE(r.out.trimmed(), QByteArray("5 rows rejected: nothing was written."));
    // --skip-invalid writes the one valid row (already there: unchanged) and still exits 2.
    const CliRun skip = m_office.cli({u"import"_s, u"culture"_s, file, u"--skip-invalid"_s});
    CHECK_EXIT(skip, kInvalidInput);
    QVERIFY2(skip.out.contains("1 unchanged, 5 rejected"), skip.out.constData());
}

void TestCliCulture::missingColumn()
{
    const QString file = kData + u"/culture_missing_column.csv"_s;
    const CliRun r = m_office.cli({u"import"_s, u"culture"_s, file});
    CHECK_EXIT(r, kInvalidInput);
    QCOMPARE(stderrLines(r, file), QStringList{u":1: item: the required column item (tiêu chí) is missing"_s});
}

void TestCliCulture::reportYear2026()
{
    const QJsonObject report = m_office.report({u"--year"_s, u"2026"_s});
    const QStringList errors = schemaErrors(report, kSchema);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(report.value(u"year"_s).toInt(), 2026);
    QVERIFY(report.value(u"quarter"_s).isNull());
    QCOMPARE(report.value(u"from"_s).toString(), u"2026-01-01"_s);
    QCOMPARE(report.value(u"to"_s).toString(), u"2026-12-31"_s);
    QCOMPARE(report.value(u"points_max"_s).toDouble(), 5.0);
    const QJsonObject overall = report.value(u"overall"_s).toObject();
    QCOMPARE(overall.value(u"checks"_s).toInt(), 10);
    QCOMPARE(overall.value(u"passed"_s).toInt(), 8);
    QCOMPARE(overall.value(u"compliance_rate"_s).toDouble(), 0.8);
    QCOMPARE(unitLine(report), (QStringList{u"693-NV:1/3/2@0.6667"_s, u"25217:2/7/6@0.8571"_s}));
    const QJsonObject thacMo = report.value(u"units"_s).toArray().at(1).toObject();
    QCOMPARE(thacMo.value(u"people_inspected"_s).toInt(), 3);
    QCOMPARE(thacMo.value(u"people_with_breach"_s).toInt(), 1);
    QCOMPARE(thacMo.value(u"confirmed_violations"_s).toInt(), 1);
    QCOMPARE(thacMo.value(u"breaches_by_item"_s).toObject().value(u"khong_hut_thuoc"_s).toInt(), 1);
    const std::map<QString, QString> expected{{u"PL-0002"_s, u"5"_s}, {u"PL-0003"_s, u"0"_s},
                                              {u"PL-0008"_s, u"null"_s}, {u"PL-0009"_s, u"3.8"_s},
                                              {u"PL-0013"_s, u"5"_s}};
    QCOMPARE(pointsOf(report), expected);
    QStringList log;
    for (const auto &v : report.value(u"violations"_s).toArray())
        log << v.toObject().value(u"staff_code"_s).toString() + u':' + v.toObject().value(u"status"_s).toString();
    QCOMPARE(log, (QStringList{u"PL-0003:reported"_s, u"PL-0009:confirmed"_s}));
}

void TestCliCulture::reportQuarters_data()
{
    QTest::addColumn<QString>("quarter");
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<QVariant>("rate");
    QTest::newRow("Q1") << u"1"_s << QStringList{u"25217:1/5/4@0.8"_s} << QVariant(0.8);
    QTest::newRow("Q2: the old ward counts for its successor") << u"2"_s << QStringList{u"25217:1/2/2@1"_s}
                                                               << QVariant(1.0);
    QTest::newRow("Q3") << u"3"_s << QStringList{u"693-NV:1/3/2@0.6667"_s} << QVariant(0.6667);
    QTest::newRow("Q4: nothing checked, rate null") << u"4"_s << QStringList{} << QVariant();
}

void TestCliCulture::reportQuarters()
{
    QFETCH(QString, quarter);
    QFETCH(QStringList, units);
    QFETCH(QVariant, rate);
    const QJsonObject report = m_office.report({u"--year"_s, u"2026"_s, u"--quarter"_s, quarter});
    QCOMPARE(report.value(u"quarter"_s).toInt(), quarter.toInt());
    QCOMPARE(unitLine(report), units);
    const QJsonValue r = report.value(u"overall"_s).toObject().value(u"compliance_rate"_s);
    if (rate.isValid())
        QCOMPARE(r.toDouble(), rate.toDouble());
    else
        QVERIFY(r.isNull());
}

void TestCliCulture::report2025AndTheMergedUnit()
{
    const QJsonObject year = m_office.report({u"--year"_s, u"2025"_s});
    QCOMPARE(unitLine(year), QStringList{u"25216:1/6/4@0.6667"_s});
    for (const auto &[code, points] : pointsOf(year))
        QCOMPARE(points, u"null"_s); // before ND 335
    // --unit: the ward and the one merged into it.
    QCOMPARE(unitLine(m_office.report({u"--year"_s, u"2025"_s, u"--unit"_s, u"25217"_s})),
             QStringList{u"25216:1/6/4@0.6667"_s});
    QCOMPARE(unitLine(m_office.report({u"--year"_s, u"2026"_s, u"--unit"_s, u"693-NV"_s})),
             QStringList{u"693-NV:1/3/2@0.6667"_s});
    QCOMPARE(unitLine(m_office.report({u"--year"_s, u"2026"_s, u"--unit"_s, u"693"_s})).size(), 2);
}

void TestCliCulture::csvAndTable()
{
    const CliRun csv = m_office.cli({u"report"_s, u"culture"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"csv"_s});
    CHECK_EXIT(csv, kOk);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QVERIFY(lines.first().startsWith("from,to,level,unit_code"));
    QCOMPARE(lines.size(), 1 + 1 + 2 + 5 + 2); // header, overall, units, people, violations
    QVERIFY(lines.at(1).contains(",overall,"));
    const QString out = m_office.path(u"culture.csv"_s);
    CHECK_EXIT(m_office.cli({u"report"_s, u"culture"_s, u"--year"_s, u"2026"_s, u"-o"_s, out}), kOk);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), csv.out); // the format from the extension
    const CliRun table = m_office.cli({u"report"_s, u"culture"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"table"_s});
    CHECK_EXIT(table, kOk);
    const QString text = QString::fromUtf8(table.out);
    QVERIFY2(text.contains(u"Phường Thác Mơ"_s) && text.contains(u"85.71%"_s) && text.contains(u"80.00%"_s),
             qPrintable(text));
}

void TestCliCulture::pdf()
{
    const QString pdf = m_office.path(u"culture.pdf"_s);
    CHECK_EXIT(m_office.cli({u"report"_s, u"culture"_s, u"--year"_s, u"2026"_s, u"-o"_s, pdf}), kOk);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    const auto extracted = pdfText(pdf);
    if (!extracted)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = extracted->simplified();
    for (const QString &s : {u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"REPORT"_s, u"Phường Thác Mơ"_s,
                             u"Phòng Nội vụ"_s, u"85.71%"_s, u"Hút thuốc lá tại bộ phận một cửa"_s, u"Lê Minh Châu"_s})
        QVERIFY2(text.contains(s), qPrintable(s + u"\n---\n"_s + text));
}

void TestCliCulture::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("--help") << QStringList{u"--help"_s} << kOk;
    QTest::newRow("no --year") << QStringList{} << kUsage;
    QTest::newRow("bad year") << QStringList{u"--year"_s, u"20x6"_s} << kUsage;
    QTest::newRow("quarter 5") << QStringList{u"--year"_s, u"2026"_s, u"--quarter"_s, u"5"_s} << kUsage;
    QTest::newRow("unknown option") << QStringList{u"--year"_s, u"2026"_s, u"--month"_s, u"3"_s} << kUsage;
    QTest::newRow("unknown unit") << QStringList{u"--year"_s, u"2026"_s, u"--unit"_s, u"ZZ"_s} << kUsage;
    QTest::newRow("unknown format") << QStringList{u"--year"_s, u"2026"_s, u"--format"_s, u"xml"_s} << kUsage;
    QTest::newRow("extra argument") << QStringList{u"--year"_s, u"2026"_s, u"extra"_s} << kUsage;
}

void TestCliCulture::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const CliRun r = m_office.cli(QStringList{u"report"_s, u"culture"_s} + args);
    CHECK_EXIT(r, exitCode);
    if (exitCode == kOk)
        QVERIFY(r.out.contains("report culture --year Y"));
    else
        QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCulture)
#include "tst_cli_culture.moc"
