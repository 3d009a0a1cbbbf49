// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `congvu import evaluations` and `congvu report evaluations` (RECORDS-CSV.md "Evaluations",
// "report evaluations"): the real binary imports the town of tests/data/e2e (units.csv, staff.csv, discipline.csv)
// and evaluations*.csv, then reports on 2024, 2025 and 2026. Every expected value was worked out by hand.

#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

/*
 * Discipline (discipline.csv) taking effect: 2024 PL-0002, PL-0004; 2025 PL-0003, PL-0009, PL-0013; 2026 PL-0006.
 * evaluations.csv (18 rows):
 *  2024 PL-0002 (cc, disciplined) tot → disciplined, above_max_level; PL-0020 tot.
 *  2025 PL-0003 (cc, disciplined) tot → disciplined, above_max_level (ND 48/2023 Art 1)
 *       PL-0009 (cc_xa, disciplined) KHTNV → disciplined
 *       PL-0013 (cc_xa, 25216 → 25217, disciplined, 6 months) HTNV → disciplined, above_max_level
 *       PL-0011 (4 months absent) tot → absence_cap, above_max_level (max hoan_thanh)
 *       PL-0012 (5 months) xuat_sac → not rated, short_service only, max null, counts nowhere
 *       PL-0005 (4 months, maternity) xuat_sac → rated, no flag; alone in 25231/lanh_dao → 0 allowed: cap exceeded
 *       PL-0020 KHTNV; PL-0004 tot; PL-0021 (vc) KHTNV
 *  2026 PL-0020 (cc) score 45 KHTNV → score_level KHTNV, second_consecutive (across ND 90 → ND 335)
 *       PL-0006 (cb_xa, disciplined) KHTNV → disciplined; PL-0021 (vc) KHTNV → second_consecutive
 *       25217/ubnd: PL-0010 score 92 tot → score_mismatch; PL-0014 85,5 tot; PL-0008 (cb_xa) 95 xuat_sac (no bands
 *       for cán bộ); PL-0009 75.0 tot → 1 xuat_sac, 3 tot: limit floor(0.6) = 0, cap exceeded.
 */

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kData = QStringLiteral(CONGVU_TEST_DATA_DIR) + u"/e2e"_s;
const QString kSchema = QStringLiteral(CONGVU_SOURCE_DIR) + u"/schemas/report-evaluations.schema.json"_s;

class Office : public CliSandbox
{
public:
    Office()
        : CliSandbox(kBinary)
    {
    }

    QJsonObject report(const QStringList &args) const
    {
        return CliSandbox::report(u"evaluations"_s, args);
    }
};

QString levelText(const QJsonValue &v)
{
    return v.isNull() ? u"null"_s : v.toString();
}

/** "code@unit/group rated|not final max score [flags]" per person. */
QStringList personLines(const QJsonObject &report)
{
    QStringList out;
    for (const auto &v : report.value(u"people"_s).toArray()) {
        const QJsonObject p = v.toObject();
        QStringList flags;
        for (const auto &f : p.value(u"flags"_s).toArray())
            flags << f.toString();
        out << u"%1@%2/%3 %4 %5 %6 %7 [%8]"_s.arg(p.value(u"code"_s).toString(), p.value(u"unit"_s).toString(),
                                                 p.value(u"task_group"_s).toString(),
                                                 p.value(u"rated"_s).toBool() ? u"rated"_s : u"not"_s,
                                                 levelText(p.value(u"final_level"_s)),
                                                 levelText(p.value(u"max_level"_s)),
                                                 levelText(p.value(u"score_level"_s)), flags.join(u','));
    }
    return out;
}

/** "unit/group xs/tot/ht/kht limit ok|exceeded" per group. */
QStringList groupLines(const QJsonObject &report)
{
    QStringList out;
    for (const auto &v : report.value(u"groups"_s).toArray()) {
        const QJsonObject g = v.toObject();
        const QJsonObject c = g.value(u"counts"_s).toObject();
        out << u"%1/%2 %3/%4/%5/%6 %7 %8"_s.arg(g.value(u"unit"_s).toString(), g.value(u"task_group"_s).toString())
                   .arg(c.value(u"xuat_sac"_s).toInt())
                   .arg(c.value(u"tot"_s).toInt())
                   .arg(c.value(u"hoan_thanh"_s).toInt())
                   .arg(c.value(u"khong_hoan_thanh"_s).toInt())
                   .arg(g.value(u"excellent_limit"_s).toInt())
                   .arg(g.value(u"cap_exceeded"_s).toBool() ? u"exceeded"_s : u"ok"_s);
    }
    return out;
}

} // namespace

class TestCliEvaluations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importIsIdempotent();
    void report2025();
    void report2024And2026();
    void unitFilterFollowsSuccessor();
    void specExample();
    void vietnameseHeaders();
    void brokenFiles_data();
    void brokenFiles();
    void skipInvalidAndDryRun();
    void csvAndTable();
    void summaryPdf();
    void formPdf();
    void usageErrors_data();
    void usageErrors();

private:
    Office m_office;
};

void TestCliEvaluations::initTestCase()
{
    QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary));
    CHECK_EXIT(m_office.cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    CHECK_EXIT(m_office.cli({u"import"_s, u"staff"_s, kData + u"/staff.csv"_s}), kOk);
    CHECK_EXIT(m_office.cli({u"import"_s, u"discipline"_s, kData + u"/discipline.csv"_s}), kOk);
    const CliRun r = m_office.cli({u"import"_s, u"evaluations"_s, kData + u"/evaluations.csv"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.contains("Imported 18 rows: 18 new, 0 changed, 0 unchanged, 0 rejected."), r.describe().constData());
    QVERIFY2(stderrLinesUnder(r, kData).isEmpty(), r.describe().constData());
}

void TestCliEvaluations::importIsIdempotent()
{
    const CliRun r = m_office.cli({u"import"_s, u"evaluations"_s, kData + u"/evaluations.csv"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.contains("18 rows: 0 new, 0 changed, 18 unchanged"), r.describe().constData());
}

void TestCliEvaluations::report2025()
{
    const QJsonObject json = m_office.report({u"--year"_s, u"2025"_s});
    QCOMPARE(schemaErrors(json, kSchema), QStringList());
    QCOMPARE(json.value(u"year"_s).toInt(), 2025);
    QCOMPARE(personLines(json),
             (QStringList{u"PL-0009@25217/ubnd rated khong_hoan_thanh khong_hoan_thanh null [disciplined]"_s,
                          u"PL-0013@25217/ubnd rated hoan_thanh khong_hoan_thanh null [disciplined,above_max_level]"_s,
                          u"PL-0012@25231/dia_chinh not xuat_sac null null [short_service]"_s,
                          u"PL-0005@25231/lanh_dao rated xuat_sac xuat_sac null []"_s,
                          u"PL-0011@25231/van_phong rated tot hoan_thanh null [absence_cap,above_max_level]"_s,
                          u"PL-0003@693-TCKH/ke_toan rated tot khong_hoan_thanh null [disciplined,above_max_level]"_s,
                          u"PL-0004@693-TTVH/van_hoa rated tot xuat_sac null []"_s,
                          u"PL-0021@693-TTVH/van_hoa rated khong_hoan_thanh xuat_sac null []"_s,
                          u"PL-0020@70-SNV/chuyen_vien rated khong_hoan_thanh xuat_sac null []"_s}));
    QCOMPARE(groupLines(json), (QStringList{u"25217/ubnd 0/0/1/1 0 ok"_s, u"25231/lanh_dao 1/0/0/0 0 exceeded"_s,
                                            u"25231/van_phong 0/1/0/0 0 ok"_s, u"693-TCKH/ke_toan 0/1/0/0 0 ok"_s,
                                            u"693-TTVH/van_hoa 0/1/0/1 0 ok"_s,
                                            u"70-SNV/chuyen_vien 0/0/0/1 0 ok"_s}));
    const QJsonObject p3 = json.value(u"people"_s).toArray().at(5).toObject();
    const QJsonObject reason = p3.value(u"reasons"_s).toArray().at(0).toObject();
    QCOMPARE(reason.value(u"basis"_s).toString(), u"khoản 2 Điều 1 Nghị định 48/2023/NĐ-CP"_s);
}

void TestCliEvaluations::report2024And2026()
{
    const QJsonObject y2024 = m_office.report({u"--year"_s, u"2024"_s});
    QCOMPARE(schemaErrors(y2024, kSchema), QStringList());
    QCOMPARE(personLines(y2024),
             (QStringList{u"PL-0002@693-NV/lanh_dao rated tot khong_hoan_thanh null [disciplined,above_max_level]"_s,
                          u"PL-0020@70-SNV/chuyen_vien rated tot xuat_sac null []"_s}));
    const QJsonObject y2026 = m_office.report({u"--year"_s, u"2026"_s});
    QCOMPARE(schemaErrors(y2026, kSchema), QStringList());
    QCOMPARE(personLines(y2026),
             (QStringList{u"PL-0008@25217/ubnd rated xuat_sac xuat_sac null []"_s,
                          u"PL-0009@25217/ubnd rated tot xuat_sac tot []"_s,
                          u"PL-0010@25217/ubnd rated tot xuat_sac xuat_sac [score_mismatch]"_s,
                          u"PL-0014@25217/ubnd rated tot xuat_sac tot []"_s,
                          u"PL-0006@25231/lanh_dao rated khong_hoan_thanh khong_hoan_thanh null [disciplined]"_s,
                          u"PL-0021@693-TTVH/van_hoa rated khong_hoan_thanh xuat_sac null "
                          "[second_consecutive_khong_hoan_thanh]"_s,
                          u"PL-0020@70-SNV/chuyen_vien rated khong_hoan_thanh xuat_sac khong_hoan_thanh "
                          "[second_consecutive_khong_hoan_thanh]"_s}));
    QCOMPARE(groupLines(y2026), (QStringList{u"25217/ubnd 1/3/0/0 0 exceeded"_s, u"25231/lanh_dao 0/0/0/1 0 ok"_s,
                                             u"693-TTVH/van_hoa 0/0/0/1 0 ok"_s,
                                             u"70-SNV/chuyen_vien 0/0/0/1 0 ok"_s}));
    const QJsonObject p14 = y2026.value(u"people"_s).toArray().at(3).toObject();
    QCOMPARE(p14.value(u"score"_s).toDouble(), 85.5);
    const QJsonObject p20 = y2026.value(u"people"_s).toArray().at(6).toObject();
    QVERIFY(p20.value(u"reasons"_s).toArray().at(0).toObject().value(u"text"_s).toString().contains(u"cho thôi việc"_s));
}

void TestCliEvaluations::unitFilterFollowsSuccessor()
{
    const QJsonObject json = m_office.report({u"--year"_s, u"2025"_s, u"--unit"_s, u"25216"_s});
    QCOMPARE(schemaErrors(json, kSchema), QStringList());
    QCOMPARE(json.value(u"unit"_s).toString(), u"25216"_s);
    QCOMPARE(groupLines(json), QStringList{u"25217/ubnd 0/0/1/1 0 ok"_s});
    QCOMPARE(json.value(u"people"_s).toArray().size(), 2);
    QCOMPARE(m_office.report({u"--year"_s, u"2025"_s, u"--unit"_s, u"693"_s}).value(u"people"_s).toArray().size(), 8);
}

void TestCliEvaluations::specExample()
{
    // RECORDS-CSV.md "report evaluations --year Y --format json", reproduced: 9 office and statistics civil
    // servants of PB (task group = their position), T001 with 80 points.
    Office office;
    CHECK_EXIT(office.cli({u"import"_s, u"units"_s, kData + u"/evaluations_example_units.csv"_s}), kOk);
    CHECK_EXIT(office.cli({u"import"_s, u"staff"_s, kData + u"/evaluations_example_staff.csv"_s}), kOk);
    CHECK_EXIT(office.cli({u"import"_s, u"evaluations"_s, kData + u"/evaluations_example.csv"_s}), kOk);
    const QJsonObject json = office.report({u"--year"_s, u"2026"_s});
    QCOMPARE(schemaErrors(json, kSchema), QStringList());
    const QJsonObject spec = QJsonDocument::fromJson(R"({"year": 2026,
 "groups": [{"unit": "PB", "task_group": "van_phong_thong_ke",
             "counts": {"xuat_sac": 1, "tot": 6, "hoan_thanh": 2, "khong_hoan_thanh": 0},
             "excellent_limit": 1, "cap_exceeded": false}],
 "people": [{"code": "T001", "unit": "PB", "task_group": "van_phong_thong_ke", "rated": true,
             "final_level": "tot", "max_level": "xuat_sac", "score_level": "tot",
             "flags": []}]})")
                                 .object();
    QCOMPARE(schemaErrors(spec, kSchema), QStringList());
    QCOMPARE(json.value(u"year"_s), spec.value(u"year"_s));
    const QJsonArray groups = json.value(u"groups"_s).toArray();
    QCOMPARE(groups.size(), 1);
    const QJsonObject expectedGroup = spec.value(u"groups"_s).toArray().at(0).toObject();
    for (auto it = expectedGroup.begin(); it != expectedGroup.end(); ++it)
        QCOMPARE(groups.at(0).toObject().value(it.key()), it.value());
    const QJsonObject expectedPerson = spec.value(u"people"_s).toArray().at(0).toObject();
    const QJsonObject person = json.value(u"people"_s).toArray().at(0).toObject();
    for (auto it = expectedPerson.begin(); it != expectedPerson.end(); ++it)
        QCOMPARE(person.value(it.key()), it.value());
    QCOMPARE(json.value(u"people"_s).toArray().size(), 9);
}

void TestCliEvaluations::vietnameseHeaders()
{
    Office office;
    CHECK_EXIT(office.cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    CHECK_EXIT(office.cli({u"import"_s, u"staff"_s, kData + u"/staff.csv"_s}), kOk);
    const CliRun r = office.cli({u"import"_s, u"evaluations"_s, kData + u"/evaluations_vi_headers.csv"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.contains("2 new"), r.describe().constData());
    QCOMPARE(personLines(office.report({u"--year"_s, u"2025"_s})),
             QStringList{u"PL-0001@693/lanh_dao rated tot xuat_sac null []"_s});
    QCOMPARE(personLines(office.report({u"--year"_s, u"2026"_s})),
             QStringList{u"PL-0020@70-SNV/chuyen_vien rated tot xuat_sac tot []"_s});
}

void TestCliEvaluations::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("bad level, unknown staff, year, score, months, boolean, duplicate")
        << u"evaluations_broken.csv"_s
        << QStringList{
               u"evaluations_broken.csv:2: final_level: unknown value \"gioi\"; expected one of: xuat_sac, tot, "
               "hoan_thanh, khong_hoan_thanh"_s,
               u"evaluations_broken.csv:3: staff_code: unknown staff code \"PL-9999\""_s,
               u"evaluations_broken.csv:4: year: \"2014\" is not a year from 2015 to 2100"_s,
               u"evaluations_broken.csv:5: score: \"100.5\" is not a score from 0 to 100 with at most one decimal"_s,
               u"evaluations_broken.csv:6: months_worked: \"13\" is not a number of months from 0 to 12"_s,
               u"evaluations_broken.csv:7: maternity_leave: \"chắc\" is not a yes/no value (expected 1/0, x, "
               "có/không, yes/no, true/false)"_s,
               u"evaluations_broken.csv:9: year: the evaluation of PL-0011 for 2025 is already on line 8"_s};
    QTest::newRow("missing column") << u"evaluations_missing_column.csv"_s
                                    << QStringList{u"evaluations_missing_column.csv:1: year: the required column "
                                                   "year (năm đánh giá) is missing"_s};
}

void TestCliEvaluations::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, lines);
    const CliRun r = m_office.cli({u"import"_s, u"evaluations"_s, kData + u'/' + file});
    CHECK_EXIT(r, kInvalidInput);
    QCOMPARE(stderrLinesUnder(r, kData), lines);
    QVERIFY2(r.out.contains("nothing was written"), r.describe().constData());
    // Nothing was written: PL-0011 keeps the level of evaluations.csv.
    QCOMPARE(personLines(m_office.report({u"--year"_s, u"2025"_s})).at(4),
             u"PL-0011@25231/van_phong rated tot hoan_thanh null [absence_cap,above_max_level]"_s);
}

void TestCliEvaluations::skipInvalidAndDryRun()
{
    Office office;
    CHECK_EXIT(office.cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    CHECK_EXIT(office.cli({u"import"_s, u"staff"_s, kData + u"/staff.csv"_s}), kOk);
    const CliRun dry = office.cli({u"import"_s, u"evaluations"_s, kData + u"/evaluations.csv"_s, u"--dry-run"_s});
    CHECK_EXIT(dry, kOk);
    QVERIFY2(dry.out.contains("18 new") && dry.out.contains("Nothing was written"), dry.describe().constData());
    QCOMPARE(office.report({u"--year"_s, u"2025"_s}).value(u"people"_s).toArray().size(), 0);
    const CliRun r =
        office.cli({u"import"_s, u"evaluations"_s, kData + u"/evaluations_broken.csv"_s, u"--skip-invalid"_s});
    CHECK_EXIT(r, kInvalidInput);
    QCOMPARE(stderrLinesUnder(r, kData).size(), 7);
    QVERIFY2(r.out.contains("1 new") && r.out.contains("7 rejected"), r.describe().constData());
    QCOMPARE(personLines(office.report({u"--year"_s, u"2025"_s})),
             QStringList{u"PL-0011@25231/van_phong_thong_ke rated tot xuat_sac null []"_s});
}

void TestCliEvaluations::csvAndTable()
{
    const QString csvPath = m_office.path(u"e.csv"_s);
    CHECK_EXIT(m_office.cli({u"report"_s, u"evaluations"_s, u"--year"_s, u"2026"_s, u"-o"_s, csvPath}), kOk);
    QFile f(csvPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 4 + 7);
    QCOMPARE(rows.at(0), u"year,level,unit,unit_name,task_group,xuat_sac,tot,hoan_thanh,khong_hoan_thanh,"
                         "excellent_limit,cap_exceeded,exception,rate,code,name,category,rated,final_level,max_level,"
                         "score_level,score,flags"_s);
    QCOMPARE(rows.at(1), u"2026,group,25217,Phường Thác Mơ,ubnd,1,3,0,0,0,1,0,0.2,,,,,,,,,"_s);
    QVERIFY(rows.contains(u"2026,person,25217,Phường Thác Mơ,ubnd,,,,,,,,,PL-0010,Bùi Văn Phúc,cc_xa,1,tot,xuat_sac,"
                          "xuat_sac,92.0,"
                          "score_mismatch"_s));

    const CliRun t = m_office.cli({u"report"_s, u"evaluations"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"table"_s});
    CHECK_EXIT(t, kOk);
    const QString text = QString::fromUtf8(t.out);
    QVERIFY2(text.contains(u"exceeded"_s) && text.contains(u"score_mismatch"_s), t.describe().constData());
    QVERIFY2(text.contains(u"7 people evaluated; 1 of 4 group(s) over the cap on excellent"_s),
             t.describe().constData());
}

void TestCliEvaluations::summaryPdf()
{
    const QString pdf = m_office.path(u"evaluations.pdf"_s);
    const CliRun r = m_office.cli({u"report"_s, u"evaluations"_s, u"--year"_s, u"2026"_s, u"-o"_s, pdf});
    CHECK_EXIT(r, kOk);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF-"));
    const auto text = pdfText(pdf);
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString t = text->simplified();
    // 25217/ubnd: 1 HTXSNV for 3 HTTNV, limit 0: exceeded; PL-0010's score gives HTXSNV, decided HTTNV.
    const QStringList expected{u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"Độc lập - Tự do - Hạnh phúc"_s,
                               u"REPORT"_s, u"(year 2026)"_s, u"People with an evaluation: 7"_s,
                               u"Phường Thác Mơ"_s, u"exceeded"_s, u"Bùi Văn Phúc"_s, u"PREPARED BY"_s,
                               u"HEAD OF THE UNIT"_s};
    for (const QString &s : expected)
        QVERIFY2(t.contains(s), qPrintable(u"missing \""_s + s + u"\" in:\n"_s + *text));
}

void TestCliEvaluations::formPdf()
{
    const QString pdf = m_office.path(u"form.pdf"_s);
    const CliRun r = m_office.cli({u"report"_s, u"evaluations"_s, u"--year"_s, u"2026"_s, u"--staff"_s, u"PL-0010"_s,
                                   u"--format"_s, u"pdf"_s, u"-o"_s, pdf});
    CHECK_EXIT(r, kOk);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF-"));
    const auto text = pdfText(pdf);
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString t = text->simplified();
    // PL-0010, cc_xa in 25217, 2026: ND 335/2025, score 92 (HTXSNV by the score), decided HTTNV.
    const QStringList expected{u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"Form No. 02"_s,
                               u"QUALITY EVALUATION AND RATING FORM OF A CIVIL SERVANT"_s, u"Year 2026"_s,
                               u"Bùi Văn Phúc"_s, u"Phường Thác Mơ"_s, u"I. SELF-ASSESSMENT"_s,
                               u"1. Political ideology:"_s, u"II. SELF-COMMENT AND SELF-RATING"_s,
                               u"92.0/100 points"_s, u"Final level: Good completion of tasks"_s,
                               u"THE COMPETENT AUTHORITY"_s};
    for (const QString &s : expected)
        QVERIFY2(t.contains(s), qPrintable(u"missing \""_s + s + u"\" in:\n"_s + *text));

    // Another year without a stored evaluation: a blank form of that year.
    const CliRun blank = m_office.cli({u"report"_s, u"evaluations"_s, u"--year"_s, u"2024"_s, u"--staff"_s,
                                       u"PL-0010"_s, u"-o"_s, m_office.path(u"blank.pdf"_s)});
    CHECK_EXIT(blank, kOk);
}

void TestCliEvaluations::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");

    QTest::newRow("help") << QStringList{u"--help"_s} << kOk;
    QTest::newRow("no --year") << QStringList{} << kUsage;
    QTest::newRow("--year 2014") << QStringList{u"--year"_s, u"2014"_s} << kUsage;
    QTest::newRow("--year abc") << QStringList{u"--year"_s, u"abc"_s} << kUsage;
    QTest::newRow("--staff without pdf") << QStringList{u"--year"_s, u"2025"_s, u"--staff"_s, u"PL-0010"_s} << kUsage;
    QTest::newRow("--staff with json")
        << QStringList{u"--year"_s, u"2025"_s, u"--staff"_s, u"PL-0010"_s, u"--format"_s, u"json"_s} << kUsage;
    QTest::newRow("--staff with --unit") << QStringList{u"--year"_s, u"2025"_s, u"--staff"_s, u"PL-0010"_s,
                                                        u"--unit"_s, u"25217"_s, u"--format"_s, u"pdf"_s}
                                         << kUsage;
    QTest::newRow("unknown staff")
        << QStringList{u"--year"_s, u"2025"_s, u"--staff"_s, u"NOBODY"_s, u"--format"_s, u"pdf"_s} << kUsage;
    QTest::newRow("--staff without value") << QStringList{u"--year"_s, u"2025"_s, u"--staff"_s} << kUsage;
    QTest::newRow("unknown format") << QStringList{u"--year"_s, u"2025"_s, u"--format"_s, u"xml"_s} << kUsage;
    QTest::newRow("unknown option") << QStringList{u"--year"_s, u"2025"_s, u"--quarter"_s, u"1"_s} << kUsage;
    QTest::newRow("unknown unit") << QStringList{u"--year"_s, u"2025"_s, u"--unit"_s, u"99999"_s} << kUsage;
    QTest::newRow("year 2015 is fine") << QStringList{u"--year"_s, u"2015"_s, u"--format"_s, u"json"_s} << kOk;
}

void TestCliEvaluations::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    const CliRun r = m_office.cli(QStringList{u"report"_s, u"evaluations"_s} + args);
    CHECK_EXIT(r, exit);
    if (exit == kUsage)
        QVERIFY2(r.err.contains("Try 'congvu --help'."), r.describe().constData());
    if (args == QStringList{u"--help"_s})
        QVERIFY2(r.out.contains("report evaluations --year Y"), r.describe().constData());
    if (args.contains(u"NOBODY"_s))
        QVERIFY2(r.err.contains("NOBODY"), r.describe().constData());
    if (args.contains(u"--staff"_s) && !args.contains(u"pdf"_s) && args.size() > 3)
        QVERIFY2(r.err.contains("--format pdf"), r.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliEvaluations)
#include "tst_cli_evaluations.moc"
