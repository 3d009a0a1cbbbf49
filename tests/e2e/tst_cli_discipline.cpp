// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `congvu import discipline` and `congvu report discipline` (RECORDS-CSV.md "Discipline",
// "report discipline"): the real binary imports the town of tests/data/e2e (units.csv, staff.csv) and the
// decisions of discipline*.csv, then reports on 2024, 2025 and 2026. Every expected number was counted by hand.

#include "clirunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>


using namespace Qt::StringLiterals;

/*
 * Units: 25216 Phường Long Thủy (until 2025-07-01, then 25217 Phường Thác Mơ), 25231 Xã Long Giang, 693 town,
 * 693-NV, 693-TCKH, 693-TTVH, 70 province, 70-SNV: 8 units valid on 31/12/2025.
 * discipline.csv (6 rows):
 *   PL-0013 (cc_xa, 25216 → 25217) khien_trach 2025-03-10            bars 2026-03-10, salary delay 6
 *   PL-0009 (cc_xa, 25217)          canh_cao decided 2025-08-12, effective 2025-08-15  bars 2026-08-15
 *   PL-0003 (cc, 693-TCKH)          ha_bac_luong effective 2025-06-30 (ND 112: the last day) bars 2026-06-30
 *   PL-0002 (cc leader, 693-NV)     khien_trach 2024-02-29 → bars 2025-02-28 (runs into 2025)
 *   PL-0004 (vc, 693-TTVH)          khien_trach 2024-01-31 → bars 2025-01-31 (runs into 2025)
 *   PL-0006 (cb_xa, 25231)          canh_cao 2026-02-01
 * 2025: 3 decisions, 25217 (2) and 693-TCKH (1) miss the target: units_missed 2 of 8.
 * discipline_vi_headers.csv adds PL-0011 (25231) khien_trach 05/05/2025 and PL-0021 (vc) canh_cao 31/01/2026.
 */

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kData = QStringLiteral(CONGVU_TEST_DATA_DIR) + u"/e2e"_s;
const QString kSchema = QStringLiteral(CONGVU_SOURCE_DIR) + u"/schemas/report-discipline.schema.json"_s;

/** The town's office, with `report discipline` parsed. */
class Office : public CliSandbox
{
public:
    Office()
        : CliSandbox(kBinary)
    {
    }

    /** `report discipline --format json` with args, parsed; empty (and a warning) otherwise. */
    QJsonObject report(const QStringList &args) const
    {
        return CliSandbox::report(u"discipline"_s, args);
    }
};

/** "code:decisions:khien_trach/canh_cao/ha_bac_luong:met|missed" per unit, in the report's order. */
QStringList unitLine(const QJsonObject &report)
{
    QStringList out;
    for (const auto &v : report.value(u"units"_s).toArray()) {
        const QJsonObject u = v.toObject();
        const QJsonObject c = u.value(u"counts"_s).toObject();
        out << u"%1:%2:%3/%4/%5:%6"_s.arg(u.value(u"code"_s).toString())
                   .arg(u.value(u"decisions"_s).toInt())
                   .arg(c.value(u"khien_trach"_s).toInt())
                   .arg(c.value(u"canh_cao"_s).toInt())
                   .arg(c.value(u"ha_bac_luong"_s).toInt())
                   .arg(u.value(u"none_reprimand_or_above"_s).toBool() ? u"met"_s : u"missed"_s);
    }
    return out;
}

/** "code@unit:form until bars_until" per decision of the people list. */
QStringList decisionLines(const QJsonObject &report, const QString &listKey = u"people"_s,
                          const QString &decisionsKey = u"decisions"_s)
{
    QStringList out;
    for (const auto &v : report.value(listKey).toArray()) {
        const QJsonObject p = v.toObject();
        for (const auto &d : p.value(decisionsKey).toArray()) {
            const QJsonValue bars = d.toObject().value(u"bars_until"_s);
            out << u"%1@%2:%3 until %4"_s.arg(p.value(u"code"_s).toString(), p.value(u"unit"_s).toString(),
                                               d.toObject().value(u"form"_s).toString(),
                                               bars.isNull() ? u"null"_s : bars.toString());
        }
    }
    return out;
}

} // namespace

class TestCliDiscipline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importIsIdempotent();
    void report2025();
    void reportJsonDetails();
    void report2024And2026();
    void unitFilterFollowsSuccessor();
    void vietnameseHeaders();
    void invalidFormWritesNothing();
    void skipInvalidAndDryRun();
    void brokenFiles_data();
    void brokenFiles();
    void csvAndTable();
    void pdf();
    void usageErrors_data();
    void usageErrors();

private:
    Office m_office;
};

void TestCliDiscipline::initTestCase()
{
    QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary));
    CHECK_EXIT(m_office.cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    CHECK_EXIT(m_office.cli({u"import"_s, u"staff"_s, kData + u"/staff.csv"_s}), kOk);
    const CliRun r = m_office.cli({u"import"_s, u"discipline"_s, kData + u"/discipline.csv"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.contains("Imported 6 rows: 6 new, 0 changed, 0 unchanged, 0 rejected."), r.describe().constData());
    QVERIFY2(stderrLinesUnder(r, kData).isEmpty(), r.describe().constData());
}

void TestCliDiscipline::importIsIdempotent()
{
    const CliRun r = m_office.cli({u"import"_s, u"discipline"_s, kData + u"/discipline.csv"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.contains("6 rows: 0 new, 0 changed, 6 unchanged"), r.describe().constData());
}

void TestCliDiscipline::report2025()
{
    const QJsonObject json = m_office.report({u"--year"_s, u"2025"_s});
    QVERIFY(!json.isEmpty());
    const QStringList errors = schemaErrors(json, kSchema);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(json.value(u"year"_s).toInt(), 2025);
    QVERIFY(json.value(u"unit"_s).isNull());
    const QJsonObject overall = json.value(u"overall"_s).toObject();
    QCOMPARE(overall.value(u"decisions"_s).toInt(), 3);
    QCOMPARE(overall.value(u"units"_s).toInt(), 8);
    QCOMPARE(overall.value(u"units_missed"_s).toInt(), 2);
    // Every unit valid on 31/12/2025 by Vietnamese name; 25216 is gone (its people count in 25217).
    QCOMPARE(unitLine(json), (QStringList{u"693-NV:0:0/0/0:met"_s, u"693-TCKH:1:0/0/1:missed"_s,
                                          u"25217:2:1/1/0:missed"_s, u"70-SNV:0:0/0/0:met"_s, u"693:0:0/0/0:met"_s,
                                          u"70:0:0/0/0:met"_s, u"693-TTVH:0:0/0/0:met"_s, u"25231:0:0/0/0:met"_s}));
    QCOMPARE(decisionLines(json), (QStringList{u"PL-0003@693-TCKH:ha_bac_luong until 2026-06-30"_s,
                                               u"PL-0009@25217:canh_cao until 2026-08-15"_s,
                                               u"PL-0013@25217:khien_trach until 2026-03-10"_s}));
    // Earlier decisions still running on 01/01/2025 (leap day + 12 months = 28/02; 31/01 + 12 months = 31/01).
    QCOMPARE(decisionLines(json, u"people_running_from_earlier"_s, u"running_from_earlier"_s),
             (QStringList{u"PL-0002@693-NV:khien_trach until 2025-02-28"_s,
                          u"PL-0004@693-TTVH:khien_trach until 2025-01-31"_s}));
}

void TestCliDiscipline::reportJsonDetails()
{
    const QJsonObject json = m_office.report({u"--year"_s, u"2025"_s});
    const QJsonArray people = json.value(u"people"_s).toArray();
    QCOMPARE(people.size(), 3);
    const QJsonObject ngoc = people.at(1).toObject();
    QCOMPARE(ngoc.value(u"name"_s).toString(), u"Đặng Thị Ngọc"_s);
    QCOMPARE(ngoc.value(u"category"_s).toString(), u"cc_xa"_s);
    const QJsonObject d = ngoc.value(u"decisions"_s).toArray().at(0).toObject();
    QCOMPARE(d.value(u"decision_no"_s).toString(), u"41/QĐ-UBND"_s);
    QCOMPARE(d.value(u"decision_date"_s).toString(), u"2025-08-12"_s);
    QCOMPARE(d.value(u"effective_date"_s).toString(), u"2025-08-15"_s);
    QVERIFY(d.value(u"violation_date"_s).isNull());
    QCOMPARE(d.value(u"salary_step_delay_months"_s).toInt(), 6);
    QVERIFY(d.value(u"basis"_s).toString().contains(u"52/2019"_s));
    const QJsonObject tam = people.at(2).toObject().value(u"decisions"_s).toArray().at(0).toObject();
    QCOMPARE(tam.value(u"effective_date"_s).toString(), u"2025-03-10"_s); // defaults to the decision date
    QCOMPARE(tam.value(u"violation_date"_s).toString(), u"2025-01-20"_s);
    const QJsonObject chau = people.at(0).toObject().value(u"decisions"_s).toArray().at(0).toObject();
    QCOMPARE(chau.value(u"salary_step_delay_months"_s).toInt(), 0);
}

void TestCliDiscipline::report2024And2026()
{
    const QJsonObject y2024 = m_office.report({u"--year"_s, u"2024"_s});
    QCOMPARE(schemaErrors(y2024, kSchema), QStringList());
    QCOMPARE(y2024.value(u"overall"_s).toObject().value(u"units"_s).toInt(), 9); // 25216 still exists
    QCOMPARE(y2024.value(u"overall"_s).toObject().value(u"units_missed"_s).toInt(), 2);
    QCOMPARE(decisionLines(y2024), (QStringList{u"PL-0002@693-NV:khien_trach until 2025-02-28"_s,
                                                u"PL-0004@693-TTVH:khien_trach until 2025-01-31"_s}));
    const QJsonObject y2026 = m_office.report({u"--year"_s, u"2026"_s});
    QCOMPARE(decisionLines(y2026), QStringList{u"PL-0006@25231:canh_cao until 2027-02-01"_s});
    QCOMPARE(decisionLines(y2026, u"people_running_from_earlier"_s, u"running_from_earlier"_s),
             (QStringList{u"PL-0003@693-TCKH:ha_bac_luong until 2026-06-30"_s,
                          u"PL-0009@25217:canh_cao until 2026-08-15"_s,
                          u"PL-0013@25217:khien_trach until 2026-03-10"_s}));
    const QJsonObject y2023 = m_office.report({u"--year"_s, u"2023"_s});
    QCOMPARE(y2023.value(u"overall"_s).toObject().value(u"units_missed"_s).toInt(), 0);
}

void TestCliDiscipline::unitFilterFollowsSuccessor()
{
    // 25216 no longer exists on 31/12/2025: its successor 25217 stands for it.
    QJsonObject json = m_office.report({u"--year"_s, u"2025"_s, u"--unit"_s, u"25216"_s});
    QCOMPARE(schemaErrors(json, kSchema), QStringList());
    QCOMPARE(json.value(u"unit"_s).toString(), u"25216"_s);
    QCOMPARE(unitLine(json), QStringList{u"25217:2:1/1/0:missed"_s});
    QCOMPARE(json.value(u"people"_s).toArray().size(), 2);
    json = m_office.report({u"--year"_s, u"2025"_s, u"--unit"_s, u"693"_s});
    QCOMPARE(json.value(u"overall"_s).toObject().value(u"units"_s).toInt(), 6);
    QCOMPARE(json.value(u"overall"_s).toObject().value(u"decisions"_s).toInt(), 3);
}

void TestCliDiscipline::vietnameseHeaders()
{
    Office office;
    CHECK_EXIT(office.cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    CHECK_EXIT(office.cli({u"import"_s, u"staff"_s, kData + u"/staff.csv"_s}), kOk);
    const CliRun r = office.cli({u"import"_s, u"discipline"_s, kData + u"/discipline_vi_headers.csv"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.contains("2 new"), r.describe().constData());
    QCOMPARE(decisionLines(office.report({u"--year"_s, u"2025"_s})),
             QStringList{u"PL-0011@25231:khien_trach until 2026-05-05"_s});
    QCOMPARE(decisionLines(office.report({u"--year"_s, u"2026"_s})),
             QStringList{u"PL-0021@693-TTVH:canh_cao until 2027-01-31"_s});
}

void TestCliDiscipline::invalidFormWritesNothing()
{
    Office office;
    CHECK_EXIT(office.cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    CHECK_EXIT(office.cli({u"import"_s, u"staff"_s, kData + u"/staff.csv"_s}), kOk);
    const CliRun r = office.cli({u"import"_s, u"discipline"_s, kData + u"/discipline_invalid_form.csv"_s});
    CHECK_EXIT(r, kInvalidInput);
    QCOMPARE(stderrLinesUnder(r, kData),
             (QStringList{u"discipline_invalid_form.csv:3: form: Salary step demotion is not a discipline form for "
                          "Civil servant under Nghị định 172/2025/NĐ-CP (the rules in force for a decision effective on "
                          "10/07/2025)"_s,
                          u"discipline_invalid_form.csv:4: form: Demotion in post applies only to a person holding a "
                          "leadership or management post (Điều 7 Nghị định 112/2020/NĐ-CP (sửa đổi bởi Nghị định "
                          "71/2023/NĐ-CP), the rules in force for a decision effective on 10/05/2024)"_s}));
    QVERIFY2(r.out.contains("nothing was written"), r.describe().constData());
    QCOMPARE(office.report({u"--year"_s, u"2025"_s}).value(u"overall"_s).toObject().value(u"decisions"_s).toInt(), 0);
}

void TestCliDiscipline::skipInvalidAndDryRun()
{
    Office office;
    CHECK_EXIT(office.cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    CHECK_EXIT(office.cli({u"import"_s, u"staff"_s, kData + u"/staff.csv"_s}), kOk);
    const CliRun dry = office.cli({u"import"_s, u"discipline"_s, kData + u"/discipline.csv"_s, u"--dry-run"_s});
    CHECK_EXIT(dry, kOk);
    QVERIFY2(dry.out.contains("6 new") && dry.out.contains("Nothing was written"), dry.describe().constData());
    QCOMPARE(office.report({u"--year"_s, u"2025"_s}).value(u"people"_s).toArray().size(), 0);

    const CliRun r =
        office.cli({u"import"_s, u"discipline"_s, kData + u"/discipline_invalid_form.csv"_s, u"--skip-invalid"_s});
    CHECK_EXIT(r, kInvalidInput); // the rejected rows are still reported
    QCOMPARE(stderrLinesUnder(r, kData).size(), 2);
    QVERIFY2(r.out.contains("1 new") && r.out.contains("2 rejected"), r.describe().constData());
    QCOMPARE(decisionLines(office.report({u"--year"_s, u"2025"_s})),
             QStringList{u"PL-0014@25217:khien_trach until 2026-09-01"_s});
}

void TestCliDiscipline::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("bad date, unknown staff, unknown form, duplicate decision")
        << u"discipline_broken.csv"_s
        << QStringList{
               u"discipline_broken.csv:2: decision_date: \"2025-02-30\" is not a valid date (expected YYYY-MM-DD or "
               "DD/MM/YYYY)"_s,
               u"discipline_broken.csv:3: staff_code: unknown staff code \"PL-9999\""_s,
               u"discipline_broken.csv:4: form: unknown value \"phạt tiền\"; expected one of: khien_trach, canh_cao, "
               "ha_bac_luong, giang_chuc, cach_chuc, buoc_thoi_viec, bai_nhiem"_s,
               u"discipline_broken.csv:6: decision_no: decision \"4/QĐ\" of PL-0011 is already on line 5"_s};
    QTest::newRow("missing column") << u"discipline_missing_column.csv"_s
                                    << QStringList{u"discipline_missing_column.csv:1: decision_no: the required "
                                                   "column decision_no (số quyết định) is missing"_s};
    QTest::newRow("empty file") << u"discipline_empty.csv"_s
                                << QStringList{u"discipline_empty.csv:1: -: the file is empty"_s};
    QTest::newRow("header only") << u"discipline_header_only.csv"_s
                                 << QStringList{u"discipline_header_only.csv:1: -: the file has a header but no "
                                                "data rows"_s};
}

void TestCliDiscipline::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, lines);
    const CliRun r = m_office.cli({u"import"_s, u"discipline"_s, kData + u'/' + file});
    CHECK_EXIT(r, kInvalidInput);
    QCOMPARE(stderrLinesUnder(r, kData), lines);
    QVERIFY2(r.out.contains("nothing was written"), r.describe().constData());
    // Nothing was written: the 2025 report is what discipline.csv made it.
    QCOMPARE(m_office.report({u"--year"_s, u"2025"_s}).value(u"overall"_s).toObject().value(u"decisions"_s).toInt(), 3);
}

void TestCliDiscipline::csvAndTable()
{
    const QString csvPath = m_office.path(u"d.csv"_s);
    CHECK_EXIT(m_office.cli({u"report"_s, u"discipline"_s, u"--year"_s, u"2025"_s, u"-o"_s, csvPath}), kOk);
    QFile f(csvPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 1 + 8 + 3 + 2); // header, overall, units, decisions, running
    QVERIFY(rows.at(0).startsWith(u"year,level,unit_code,unit_name,staff,khien_trach,canh_cao,ha_bac_luong,"_s));
    QCOMPARE(rows.at(1), u"2025,overall,,,21,1,1,1,0,0,0,0,3,,,,,,,,,,,,"_s);
    QVERIFY(rows.contains(u"2025,unit,25217,Phường Thác Mơ,8,1,1,0,0,0,0,0,2,0,,,,,,,,,,,"_s));

    const CliRun t = m_office.cli({u"report"_s, u"discipline"_s, u"--year"_s, u"2025"_s, u"--format"_s, u"table"_s});
    CHECK_EXIT(t, kOk);
    const QString text = QString::fromUtf8(t.out);
    QVERIFY2(text.contains(u"Phường Thác Mơ"_s) && text.contains(u"missed"_s), t.describe().constData());
    QVERIFY2(text.contains(u"3 decision(s); 2 of 8 unit(s) missed the target"_s), t.describe().constData());
}

void TestCliDiscipline::pdf()
{
    const QString pdf = m_office.path(u"discipline.pdf"_s);
    const CliRun r = m_office.cli({u"report"_s, u"discipline"_s, u"--year"_s, u"2025"_s, u"--format"_s, u"pdf"_s,
                                   u"-o"_s, pdf});
    CHECK_EXIT(r, kOk);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF-"));
    const auto text = pdfText(pdf);
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString t = text->simplified();
    const QStringList expected{u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"Độc lập - Tự do - Hạnh phúc"_s,
                               u"REPORT"_s, u"(decisions taking"_s, u"Phường Thác Mơ"_s,
                               u"Phòng Tài chính - Kế hoạch"_s, u"Đặng Thị Ngọc"_s, u"Dương Thị Tâm"_s,
                               u"15/08/2026"_s, u"10/03/2026"_s, u"missed"_s, u"Trần Thị Bích"_s, u"28/02/2025"_s,
                               u"PREPARED BY"_s, u"HEAD OF THE UNIT"_s};
    for (const QString &s : expected)
        QVERIFY2(t.contains(s), qPrintable(u"missing \""_s + s + u"\" in:\n"_s + *text));
}

void TestCliDiscipline::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");

    QTest::newRow("help") << QStringList{u"--help"_s} << kOk;
    QTest::newRow("no --year") << QStringList{} << kUsage;
    QTest::newRow("--year 2014") << QStringList{u"--year"_s, u"2014"_s} << kUsage;
    QTest::newRow("--year 2101") << QStringList{u"--year"_s, u"2101"_s} << kUsage;
    QTest::newRow("--year abc") << QStringList{u"--year"_s, u"abc"_s} << kUsage;
    QTest::newRow("--year without value") << QStringList{u"--year"_s} << kUsage;
    QTest::newRow("unknown format") << QStringList{u"--year"_s, u"2025"_s, u"--format"_s, u"xml"_s} << kUsage;
    QTest::newRow("unknown option") << QStringList{u"--year"_s, u"2025"_s, u"--quarter"_s, u"1"_s} << kUsage;
    QTest::newRow("unexpected argument") << QStringList{u"--year"_s, u"2025"_s, u"extra"_s} << kUsage;
    QTest::newRow("unknown unit") << QStringList{u"--year"_s, u"2025"_s, u"--unit"_s, u"99999"_s} << kUsage;
    QTest::newRow("year 2015 is fine") << QStringList{u"--year"_s, u"2015"_s, u"--format"_s, u"json"_s} << kOk;
}

void TestCliDiscipline::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    const CliRun r = m_office.cli(QStringList{u"report"_s, u"discipline"_s} + args);
    CHECK_EXIT(r, exit);
    if (exit == kUsage)
        QVERIFY2(r.err.contains("Try 'congvu --help'."), r.describe().constData());
    if (args == QStringList{u"--help"_s})
        QVERIFY2(r.out.contains("report discipline --year Y"), r.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliDiscipline)
#include "tst_cli_discipline.moc"
