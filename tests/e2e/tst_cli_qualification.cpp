// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `congvu report qualification` (CLI.md; STAFF-CSV.md "The standards shipped";
// docs/reports.md): the real binary imports the small town of tests/data/qualification and reports
// on dates before 01/08/2023 (the earlier standards), on the day Nghị định 33/2023 starts, and on
// both sides of the 01/07/2025 merge. Every expected number was counted by hand from the spec (below).

#include "clirunner.h"
#include "exchange/csvreader.h"
#include "jsonschemacheck.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

/*
 * The town (tests/data/qualification/units.csv):
 *   P  Tỉnh Bình Phước (tinh)
 *   ├─ H  Thị xã Phước Long (huyen, until 2025-07-01, no successor)
 *   │  ├─ W1 Phường Long Phước (phuong)        ┐ until 2025-07-01, then WN1
 *   │  ├─ W2 Phường Phước Bình (phuong)        ┘
 *   │  ├─ X1 Xã Long Giang (xa, DIFFICULT AREA) ┐ until 2025-07-01, then WN2
 *   │  ├─ X2 Xã Phước Tín (xa)                  ┘
 *   │  └─ AG Phòng Nội vụ thị xã (co_quan: not commune-level)
 *   ├─ X3 Xã Bù Gia Mập (xa, difficult area, always valid, nobody in it)
 *   ├─ WN1 Phường Phước Long (phuong, from 2025-07-01)
 *   └─ WN2 Xã Long Hà (xa, from 2025-07-01, NOT a difficult area)
 *
 * The people (tests/data/qualification/staff.csv, Vietnamese headers, ';', DD/MM/YYYY, Vietnamese
 * words for the codes). Levels: GE general education, PL professional level, PT political theory.
 *   P01 W1 cb_xa chu_tich_ubnd       2016-  GE thpt PL dai_hoc  PT trung_cap   field Luật
 *   P02 W1 cc_xa tu_phap_ho_tich     2018-  GE thpt PL trung_cap PT none  field "Luật kinh tế", IT unknown
 *   P03 W1 cc_xa dia_chinh           2019-  GE thpt PL cao_dang  IT A
 *   P04 W2 cb_xa pho_chu_tich_ubnd   2021-  GE thpt PL dai_hoc  PT so_cap
 *   P05 W2 cc_xa chi_huy_truong_quan_su 2020- GE unknown PL trung_cap field "Quân sự cơ sở"
 *   P06 W2 cc_xa van_hoa_xa_hoi      2015-05-01 → end 2023-06-30  GE thpt PL dai_hoc IT B
 *   P07 X1 cc_xa tai_chinh_ke_toan   2017-  GE thpt PL trung_cap IT A
 *   P08 X1 cb_xa bi_thu              2020-  GE thpt PL so_cap PT trung_cap
 *   P09 X2 cb_xa chu_tich_hdnd       2021-  GE thpt PL unknown PT so_cap
 *   P10 X2 cc_xa van_phong_thong_ke  from 2023-08-15  GE thpt PL dai_hoc IT unknown
 *   P11 X2 cb_xa bi_thu_doan         2022-  GE thpt PL trung_cap PT trung_cap
 *   P12 AG cc_xa dia_chinh           (recorded in an agency: never in scope)
 *   P13 W1 cc (not commune staff: never in scope)
 *   P14 WN1 cc_xa tu_phap_ho_tich    from 2025-07-01  GE thpt PL dai_hoc field Luật
 *   P15 W2 cb_xa chu_tich_mttq       start unknown (always in service)  GE thpt PL dai_hoc PT cao_cap
 *   P16 X1 cc_xa dia_chinh           2010-01-01 → end 2025-07-01  GE thpt PL trung_cap IT unknown
 *   P17 X2 cc_xa tai_chinh_ke_toan   2012-  GE thpt PL dai_hoc IT unknown
 *   P18 X1 cb_xa pho_chu_tich_hdnd   2021-  GE thpt PL trung_cap PT so_cap
 *
 * Before 01/08/2023 (TT 13/2019, TT 04/2022, Luật DQTV 2019, QĐ 04/2004): P04, P11, P15 hold titles
 * with no standard then (listed, qualified null). P02, P16, P17 miss it_skill (TT 13/2019 wants it
 * known); P03 misses professional_level (cao_dang < dai_hoc); P09 misses political_theory (so_cap <
 * trung_cap, X2 not difficult); P08 and P18 pass only through the difficult-area level of X1 (so_cap).
 * From 01/08/2023 (ND 33/2023, deadline 2028-08-01): it_skill is gone, cán bộ need dai_hoc and (but
 * bi_thu) political theory trung_cap. After the merge X1's people are in WN2, not a difficult area:
 * P07 (trung_cap) loses the lower level and misses professional_level.
 */

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kData = QStringLiteral(CONGVU_TEST_DATA_DIR) + u"/qualification"_s;
const QString kSchema = QStringLiteral(CONGVU_SOURCE_DIR) + u"/schemas/report-qualification.schema.json"_s;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** The town's office, with `report qualification` parsed. */
class Office : public CliSandbox
{
public:
    Office()
        : CliSandbox(kBinary)
    {
    }

    /** `report qualification --format json` on date (and args), parsed; fails the test otherwise. */
    QJsonObject report(const QString &asOf, const QStringList &more = {}) const
    {
        return json(QStringList{u"report"_s, u"qualification"_s, u"--as-of"_s, asOf, u"--format"_s, u"json"_s}
                    + more);
    }
};

/** "code:staff/qualified@rate" for each unit, in the report's order. */
QStringList unitLine(const QJsonObject &report)
{
    QStringList out;
    for (const auto &v : report.value(u"units"_s).toArray()) {
        const QJsonObject u = v.toObject();
        out << u"%1:%2/%3@%4"_s.arg(u.value(u"code"_s).toString())
                   .arg(u.value(u"staff"_s).toInt())
                   .arg(u.value(u"qualified"_s).toInt())
                   .arg(u.value(u"rate"_s).toDouble());
    }
    return out;
}

/** Each person as "unit position qualified [gaps] deadline", by code. */
std::map<QString, QString> peopleOf(const QJsonObject &report)
{
    std::map<QString, QString> out;
    for (const auto &v : report.value(u"people"_s).toArray()) {
        const QJsonObject p = v.toObject();
        const QJsonValue q = p.value(u"qualified"_s);
        const QString qualified = q.isNull() ? u"null"_s : q.toBool() ? u"true"_s : u"false"_s;
        QStringList gaps;
        for (const auto &g : p.value(u"gaps"_s).toArray())
            gaps << g.toString();
        const QJsonValue d = p.value(u"deadline"_s);
        out[p.value(u"code"_s).toString()] = u"%1 %2 %3 [%4] %5"_s.arg(
            p.value(u"unit"_s).toString(), p.value(u"position"_s).toString(), qualified, gaps.join(u','),
            d.isNull() ? u"null"_s : d.toString());
    }
    return out;
}

QString gapCounts(const QJsonObject &report)
{
    QStringList out;
    for (const auto &v : report.value(u"overall"_s).toObject().value(u"gap_counts"_s).toArray())
        out << u"%1=%2"_s.arg(v.toObject().value(u"gap"_s).toString()).arg(v.toObject().value(u"people"_s).toInt());
    return out.join(u' ');
}

QString pdfFonts(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(u"pdffonts"_s);
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {pdf});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCliQualification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void overall_data();
    void overall();
    void units_data();
    void units();
    void people_data();
    void people();
    void positionsOfAUnit();
    void jsonMatchesSchema_data();
    void jsonMatchesSchema();
    void schemaCheckerCatchesErrors();
    void unitFilter_data();
    void unitFilter();
    void formerUnitWithoutSuccessor();
    void usageErrors_data();
    void usageErrors();
    void defaults();
    void csv();
    void table();
    void pdfInEnglish();
    void pdfInVietnamese();
    void pdfToStandardOutput();

private:
    Office m_office;
};

void TestCliQualification::initTestCase()
{
    QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary));
    CHECK_EXIT(m_office.cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    CHECK_EXIT(m_office.cli({u"import"_s, u"staff"_s, kData + u"/staff.csv"_s}), kOk);
}

void TestCliQualification::overall_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<int>("staff");
    QTest::addColumn<int>("qualified");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("noStandard");
    QTest::addColumn<QString>("deadline");
    QTest::addColumn<QString>("gaps");

    // Earlier standards. Counted: P01 P02 P03 P05 P06 P07 P08 P09 P16 P17 P18 (11); qualified: P01 P05
    // P06 P07 P08 P18 (6): 6/11 = 0.54545 → 0.5455. Listed, no standard: P04 P11 P15. No deadline then.
    QTest::newRow("2022-12-31 earlier standards")
        << u"2022-12-31"_s << 11 << 6 << 0.5455 << 3 << QString() << u"it_skill=3 professional_level=1 political_theory=1"_s;
    // P06 left on 2023-06-30 (end is exclusive): 10 counted, 5 qualified: 0.5.
    QTest::newRow("2023-07-31 last day of the earlier standards")
        << u"2023-07-31"_s << 10 << 5 << 0.5 << 3 << QString() << u"it_skill=3 professional_level=1 political_theory=1"_s;
    // ND 33/2023. Every title has a standard: 13 counted (P10 starts 2023-08-15). Qualified: P01 P02
    // (trung_cap, field "Luật kinh tế") P05 P07 (X1 difficult: trung_cap) P15 P16 P17 (7): 7/13 → 0.5385.
    // Gaps: professional_level P03 P08 P09 P11 P18; political_theory P04 P09 P18.
    QTest::newRow("2023-08-01 ND 33/2023 starts")
        << u"2023-08-01"_s << 13 << 7 << 0.5385 << 0 << u"2028-08-01"_s
        << u"professional_level=5 political_theory=3"_s;
    // Day before the merge: P10 in service too (qualified): 14 counted, 8 qualified: 0.5714.
    QTest::newRow("2025-06-30 before the merge")
        << u"2025-06-30"_s << 14 << 8 << 0.5714 << 0 << u"2028-08-01"_s
        << u"professional_level=5 political_theory=3"_s;
    // The merge: P16 left (end 2025-07-01), P14 starts (qualified). P07 now in WN2, not a difficult
    // area: trung_cap < dai_hoc. 14 counted, 7 qualified: 0.5.
    QTest::newRow("2025-07-01 after the merge")
        << u"2025-07-01"_s << 14 << 7 << 0.5 << 0 << u"2028-08-01"_s << u"professional_level=6 political_theory=3"_s;
}

void TestCliQualification::overall()
{
    QFETCH(QString, asOf);
    QFETCH(int, staff);
    QFETCH(int, qualified);
    QFETCH(double, rate);
    QFETCH(int, noStandard);
    QFETCH(QString, deadline);
    QFETCH(QString, gaps);
    const QJsonObject report = m_office.report(asOf);
    QCOMPARE(report.value(u"as_of"_s).toString(), asOf);
    const QJsonObject o = report.value(u"overall"_s).toObject();
    QCOMPARE(o.value(u"staff"_s).toInt(), staff);
    QCOMPARE(o.value(u"qualified"_s).toInt(), qualified);
    QCOMPARE(o.value(u"rate"_s).toDouble(), rate);
    QCOMPARE(o.value(u"no_standard"_s).toInt(), noStandard);
    QCOMPARE(o.value(u"not_qualified"_s).toInt(), staff - qualified);
    QCOMPARE(o.value(u"deadline"_s).isNull() ? QString() : o.value(u"deadline"_s).toString(), deadline);
    QCOMPARE(gapCounts(report), gaps);
    // Everyone in scope is listed: counted and not counted.
    QCOMPARE(report.value(u"people"_s).toArray().size(), staff + noStandard);
}

void TestCliQualification::units_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QStringList>("units");

    // Every commune-level unit valid on the date, by name, even X3 with nobody (rate 0); never AG or H.
    // W1: P01 ✓ P02 ✗(it_skill) P03 ✗ → 1/3. W2: P05 ✓ P06 ✓ (P04, P15 not counted). X1: P07 ✓ P08 ✓
    // P16 ✗ P18 ✓ → 3/4. X2: P09 ✗ P17 ✗ (P11 not counted) → 0/2.
    QTest::newRow("2022-12-31") << u"2022-12-31"_s
                                << QStringList{u"W1:3/1@0.3333"_s, u"W2:2/2@1"_s, u"X3:0/0@0"_s, u"X1:4/3@0.75"_s,
                                               u"X2:2/0@0"_s};
    QTest::newRow("2023-07-31") << u"2023-07-31"_s
                                << QStringList{u"W1:3/1@0.3333"_s, u"W2:1/1@1"_s, u"X3:0/0@0"_s, u"X1:4/3@0.75"_s,
                                               u"X2:2/0@0"_s};
    // W1: P01 ✓ P02 ✓ P03 ✗. W2: P04 ✗ P05 ✓ P15 ✓. X1: P07 ✓ P08 ✗ P16 ✓ P18 ✗. X2: P09 ✗ P11 ✗ P17 ✓.
    QTest::newRow("2023-08-01") << u"2023-08-01"_s
                                << QStringList{u"W1:3/2@0.6667"_s, u"W2:3/2@0.6667"_s, u"X3:0/0@0"_s, u"X1:4/2@0.5"_s,
                                               u"X2:3/1@0.3333"_s};
    QTest::newRow("2025-06-30") << u"2025-06-30"_s
                                << QStringList{u"W1:3/2@0.6667"_s, u"W2:3/2@0.6667"_s, u"X3:0/0@0"_s, u"X1:4/2@0.5"_s,
                                               u"X2:4/2@0.5"_s};
    // After the merge: W1+W2 → WN1 (P01 ✓ P02 ✓ P03 ✗ P04 ✗ P05 ✓ P14 ✓ P15 ✓: 5/7 = 0.71428);
    // X1+X2 → WN2 (P07 ✗ P08 ✗ P09 ✗ P10 ✓ P11 ✗ P17 ✓ P18 ✗: 2/7 = 0.28571); X3 still there, empty.
    QTest::newRow("2025-07-01") << u"2025-07-01"_s
                                << QStringList{u"WN1:7/5@0.7143"_s, u"X3:0/0@0"_s, u"WN2:7/2@0.2857"_s};
}

void TestCliQualification::units()
{
    QFETCH(QString, asOf);
    QFETCH(QStringList, units);
    QCOMPARE(unitLine(m_office.report(asOf)), units);
}

void TestCliQualification::people_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected"); // "unit position qualified [gaps] deadline", or "" = not listed

    const QString y22 = u"2022-12-31"_s, d33 = u"2023-08-01"_s, before = u"2025-06-30"_s, after = u"2025-07-01"_s;
    // Earlier standards: no deadline; a title without a standard is listed with null.
    QTest::newRow("22 P02 it_skill unknown (TT 04/2022)") << y22 << u"P02"_s << u"W1 tu_phap_ho_tich false [it_skill] null"_s;
    QTest::newRow("22 P03 cao_dang < dai_hoc (TT 13/2019)") << y22 << u"P03"_s << u"W1 dia_chinh false [professional_level] null"_s;
    QTest::newRow("22 P04 no standard then") << y22 << u"P04"_s << u"W2 pho_chu_tich_ubnd null [] null"_s;
    QTest::newRow("22 P05 field quân sự (Luật DQTV)") << y22 << u"P05"_s << u"W2 chi_huy_truong_quan_su true [] null"_s;
    QTest::newRow("22 P08 so_cap in a difficult area (QĐ 04/2004)") << y22 << u"P08"_s << u"X1 bi_thu true [] null"_s;
    QTest::newRow("22 P09 political theory") << y22 << u"P09"_s << u"X2 chu_tich_hdnd false [political_theory] null"_s;
    QTest::newRow("22 P15 start unknown, no standard") << y22 << u"P15"_s << u"W2 chu_tich_mttq null [] null"_s;
    QTest::newRow("22 P18 so_cap PT in a difficult area") << y22 << u"P18"_s << u"X1 pho_chu_tich_hdnd true [] null"_s;
    QTest::newRow("22 P10 not started") << y22 << u"P10"_s << QString();
    QTest::newRow("22 P12 agency: not commune-level") << y22 << u"P12"_s << QString();
    QTest::newRow("22 P13 category cc") << y22 << u"P13"_s << QString();
    // ND 33/2023: deadline 2028-08-01 for those not qualified, null for the others.
    QTest::newRow("33 P02 qualified now") << d33 << u"P02"_s << u"W1 tu_phap_ho_tich true [] null"_s;
    QTest::newRow("33 P06 left") << d33 << u"P06"_s << QString();
    QTest::newRow("33 P04") << d33 << u"P04"_s << u"W2 pho_chu_tich_ubnd false [political_theory] 2028-08-01"_s;
    QTest::newRow("33 P08 PT only suggested") << d33 << u"P08"_s << u"X1 bi_thu false [professional_level] 2028-08-01"_s;
    QTest::newRow("33 P09 unknown PL is a gap")
        << d33 << u"P09"_s << u"X2 chu_tich_hdnd false [professional_level,political_theory] 2028-08-01"_s;
    QTest::newRow("33 P07 difficult area X1") << d33 << u"P07"_s << u"X1 tai_chinh_ke_toan true [] null"_s;
    QTest::newRow("33 P11") << d33 << u"P11"_s << u"X2 bi_thu_doan false [professional_level] 2028-08-01"_s;
    QTest::newRow("before P16 still in service") << before << u"P16"_s << u"X1 dia_chinh true [] null"_s;
    QTest::newRow("before P14 not yet") << before << u"P14"_s << QString();
    // After the merge: the successor is the unit; the successor's difficult-area flag applies.
    QTest::newRow("after P01 in WN1") << after << u"P01"_s << u"WN1 chu_tich_ubnd true [] null"_s;
    QTest::newRow("after P07 WN2 not difficult")
        << after << u"P07"_s << u"WN2 tai_chinh_ke_toan false [professional_level] 2028-08-01"_s;
    QTest::newRow("after P14 recorded in WN1") << after << u"P14"_s << u"WN1 tu_phap_ho_tich true [] null"_s;
    QTest::newRow("after P16 left on the merge day") << after << u"P16"_s << QString();
    QTest::newRow("after P12 agency") << after << u"P12"_s << QString();
}

void TestCliQualification::people()
{
    QFETCH(QString, asOf);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    const auto people = peopleOf(m_office.report(asOf));
    const auto it = people.find(code);
    QCOMPARE(it == people.end() ? QString() : it->second, expected);
}

void TestCliQualification::positionsOfAUnit()
{
    // WN1 after the merge: two tu_phap_ho_tich (P02, P14), cán bộ titles first, in the title order.
    const QJsonObject report = m_office.report(u"2025-07-01"_s);
    QJsonObject wn1;
    for (const auto &v : report.value(u"units"_s).toArray()) {
        if (v.toObject().value(u"code"_s).toString() == "WN1"_L1)
            wn1 = v.toObject();
    }
    QCOMPARE(wn1.value(u"name"_s).toString(), u"Phường Phước Long"_s);
    QStringList positions;
    int staff = 0, qualified = 0;
    for (const auto &v : wn1.value(u"positions"_s).toArray()) {
        const QJsonObject p = v.toObject();
        positions << u"%1 %2/%3"_s.arg(p.value(u"position"_s).toString())
                         .arg(p.value(u"staff"_s).toInt())
                         .arg(p.value(u"qualified"_s).toInt());
        staff += p.value(u"staff"_s).toInt();
        qualified += p.value(u"qualified"_s).toInt();
    }
    QCOMPARE(positions, (QStringList{u"chu_tich_ubnd 1/1"_s, u"pho_chu_tich_ubnd 1/0"_s, u"chu_tich_mttq 1/1"_s,
                                     u"chi_huy_truong_quan_su 1/1"_s, u"dia_chinh 1/0"_s, u"tu_phap_ho_tich 2/2"_s}));
    QCOMPARE(staff, wn1.value(u"staff"_s).toInt());
    QCOMPARE(qualified, wn1.value(u"qualified"_s).toInt());
}

void TestCliQualification::jsonMatchesSchema_data()
{
    QTest::addColumn<QStringList>("args");
    for (const QString &d : {u"2022-12-31"_s, u"2023-07-31"_s, u"2023-08-01"_s, u"2025-06-30"_s, u"2025-07-01"_s})
        QTest::newRow(qPrintable(d)) << QStringList{u"--as-of"_s, d};
    QTest::newRow("--unit") << QStringList{u"--as-of"_s, u"2025-07-01"_s, u"--unit"_s, u"W1"_s};
    QTest::newRow("--unit without successor") << QStringList{u"--as-of"_s, u"2025-07-01"_s, u"--unit"_s, u"H"_s};
}

void TestCliQualification::jsonMatchesSchema()
{
    QFETCH(QStringList, args);
    QJsonParseError e;
    const QJsonObject schema = QJsonDocument::fromJson(readAll(kSchema), &e).object();
    QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
    QCOMPARE(schema.value(u"$schema"_s).toString(), u"https://json-schema.org/draft/2020-12/schema"_s);
    const CliRun r = m_office.cli(QStringList{u"report"_s, u"qualification"_s, u"--format"_s, u"json"_s} + args);
    CHECK_EXIT(r, kOk);
    const QStringList errors = JsonSchemaCheck::check(QJsonDocument::fromJson(r.out).object(), schema);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

void TestCliQualification::schemaCheckerCatchesErrors()
{
    // The check above means something only if the checker sees a wrong document.
    const QJsonObject schema = QJsonDocument::fromJson(readAll(kSchema)).object();
    QJsonObject report = m_office.report(u"2025-06-30"_s);
    QJsonArray people = report.value(u"people"_s).toArray();
    QJsonObject first = people.at(0).toObject();
    first.insert(u"qualified"_s, u"yes"_s);
    first.remove(u"gaps"_s);
    people.replace(0, first);
    report.insert(u"people"_s, people);
    QJsonObject overall = report.value(u"overall"_s).toObject();
    overall.insert(u"rate"_s, 1.5);
    report.insert(u"overall"_s, overall);
    report.insert(u"as_of"_s, u"30/06/2025"_s);
    const QStringList errors = JsonSchemaCheck::check(report, schema);
    QVERIFY2(errors.size() >= 4, qPrintable(errors.join(u'\n')));
}

void TestCliQualification::unitFilter_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<int>("staff");
    QTest::addColumn<int>("qualified");
    QTest::addColumn<QString>("resolved");

    // H's subtree: its four communes (not X3, under P; not AG, an agency): everyone of 2025-06-30.
    QTest::newRow("town before the merge")
        << u"2025-06-30"_s << u"H"_s
        << QStringList{u"W1:3/2@0.6667"_s, u"W2:3/2@0.6667"_s, u"X1:4/2@0.5"_s, u"X2:4/2@0.5"_s} << 14 << 8 << u"H"_s;
    QTest::newRow("one commune") << u"2025-06-30"_s << u"X1"_s << QStringList{u"X1:4/2@0.5"_s} << 4 << 2 << u"X1"_s;
    QTest::newRow("empty commune") << u"2025-06-30"_s << u"X3"_s << QStringList{u"X3:0/0@0"_s} << 0 << 0 << u"X3"_s;
    // A merged unit stands for its successor.
    QTest::newRow("former ward → successor")
        << u"2025-07-01"_s << u"W1"_s << QStringList{u"WN1:7/5@0.7143"_s} << 7 << 5 << u"WN1"_s;
    QTest::newRow("province after the merge")
        << u"2025-07-01"_s << u"P"_s << QStringList{u"WN1:7/5@0.7143"_s, u"X3:0/0@0"_s, u"WN2:7/2@0.2857"_s} << 14
        << 7 << u"P"_s;
    // A new unit before it exists: nothing stands for it.
    QTest::newRow("new ward before it exists") << u"2025-06-30"_s << u"WN1"_s << QStringList{} << 0 << 0 << QString();
}

void TestCliQualification::unitFilter()
{
    QFETCH(QString, asOf);
    QFETCH(QString, unit);
    QFETCH(QStringList, units);
    QFETCH(int, staff);
    QFETCH(int, qualified);
    QFETCH(QString, resolved);
    const QJsonObject report = m_office.report(asOf, {u"--unit"_s, unit});
    QCOMPARE(unitLine(report), units);
    QCOMPARE(report.value(u"overall"_s).toObject().value(u"staff"_s).toInt(), staff);
    QCOMPARE(report.value(u"overall"_s).toObject().value(u"qualified"_s).toInt(), qualified);
    const QJsonObject filter = report.value(u"unit_filter"_s).toObject();
    QCOMPARE(filter.value(u"code"_s).toString(), unit);
    QCOMPARE(filter.value(u"resolved"_s).isNull() ? QString() : filter.value(u"resolved"_s).toString(), resolved);
    // Only people of the units listed.
    QStringList codes;
    for (const QString &u : units)
        codes << u.section(u':', 0, 0);
    for (const auto &v : report.value(u"people"_s).toArray())
        QVERIFY2(codes.contains(v.toObject().value(u"unit"_s).toString()), qPrintable(v.toObject().value(u"code"_s).toString()));
}

void TestCliQualification::formerUnitWithoutSuccessor()
{
    // The town was abolished on 2025-07-01 without a successor: an empty report, said on stderr, exit 0.
    const CliRun r = m_office.cli({u"report"_s, u"qualification"_s, u"--as-of"_s, u"2025-07-01"_s, u"--unit"_s, u"H"_s,
                                   u"--format"_s, u"json"_s});
    CHECK_EXIT(r, kOk);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QVERIFY(report.value(u"units"_s).toArray().isEmpty());
    QVERIFY(report.value(u"people"_s).toArray().isEmpty());
    QCOMPARE(report.value(u"overall"_s).toObject().value(u"rate"_s).toDouble(), 0.0); // 0 when nobody is counted
    QVERIFY2(QString::fromUtf8(r.err).contains(u"H"_s), r.describe());
}

void TestCliQualification::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList rq{u"report"_s, u"qualification"_s};
    QTest::newRow("month 13") << rq + QStringList{u"--as-of"_s, u"2025-13-01"_s};
    QTest::newRow("29 February 2023") << rq + QStringList{u"--as-of"_s, u"2023-02-29"_s};
    QTest::newRow("DD/MM/YYYY") << rq + QStringList{u"--as-of"_s, u"31/12/2022"_s};
    QTest::newRow("a word") << rq + QStringList{u"--as-of"_s, u"yesterday"_s};
    QTest::newRow("empty date") << rq + QStringList{u"--as-of="_s};
    QTest::newRow("missing value") << rq + QStringList{u"--as-of"_s};
    QTest::newRow("unknown unit") << rq + QStringList{u"--unit"_s, u"ZZZ"_s};
    QTest::newRow("unknown format") << rq + QStringList{u"--format"_s, u"xml"_s};
    QTest::newRow("unknown option") << rq + QStringList{u"--frobnicate"_s};
    QTest::newRow("extra argument") << rq + QStringList{u"now"_s};
    QTest::newRow("no report kind") << QStringList{u"report"_s};
    QTest::newRow("unknown report") << QStringList{u"report"_s, u"salaries"_s};
}

void TestCliQualification::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun r = m_office.cli(args);
    CHECK_EXIT(r, kUsage);
    QVERIFY2(r.err.startsWith("congvu: "), r.describe());
    QVERIFY2(r.out.isEmpty(), r.describe());
}

void TestCliQualification::defaults()
{
    // No --as-of: today; no --format and standard output a pipe: JSON.
    const QDate before = QDate::currentDate();
    const CliRun r = m_office.cli({u"report"_s, u"qualification"_s});
    CHECK_EXIT(r, kOk);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    const QDate asOf = QDate::fromString(report.value(u"as_of"_s).toString(), Qt::ISODate);
    QVERIFY2(asOf >= before && asOf <= QDate::currentDate(), r.describe());
    // Today is after the merge: the merged units.
    QCOMPARE(unitLine(report).size(), 3);

    // -o FILE.csv without --format: CSV.
    const QString file = m_office.path(u"r.csv"_s);
    CHECK_EXIT(m_office.cli({u"report"_s, u"qualification"_s, u"--as-of"_s, u"2025-06-30"_s, u"-o"_s, file}), kOk);
    QVERIFY(readAll(file).startsWith("as_of,level,"));
    QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

    const CliRun help = m_office.cli({u"report"_s, u"qualification"_s, u"--help"_s});
    CHECK_EXIT(help, kOk);
    QVERIFY(help.out.contains("--as-of"));
}

void TestCliQualification::csv()
{
    const CliRun r = m_office.cli(
        {u"report"_s, u"qualification"_s, u"--as-of"_s, u"2025-07-01"_s, u"--format"_s, u"csv"_s});
    CHECK_EXIT(r, kOk);
    TextTable table;
    TableError error;
    QVERIFY2(CsvReader::read(r.out, &table, &error), qPrintable(error.message));
    // The documented columns (docs/reports.md), one row per level.
    QCOMPARE(table.header, (QStringList{u"as_of"_s, u"level"_s, u"unit_code"_s, u"unit_name"_s, u"position"_s, u"code"_s,
                                        u"full_name"_s, u"staff"_s, u"qualified"_s, u"rate"_s, u"gaps"_s, u"deadline"_s,
                                        u"basis"_s}));
    std::map<QString, int> levels;
    int unitStaff = 0, personStaff = 0, personQualified = 0;
    QStringList unitOrder;
    for (const TextTableRow &row : table.rows) {
        QCOMPARE(row.cells.size(), table.header.size());
        QCOMPARE(row.cells.at(0), u"2025-07-01"_s);
        const QString level = row.cells.at(1);
        ++levels[level];
        if (level == "overall"_L1) {
            QCOMPARE(row.cells.mid(7, 3), (QStringList{u"14"_s, u"7"_s, u"0.5000"_s}));
            QCOMPARE(row.cells.at(11), u"2028-08-01"_s);
        } else if (level == "unit"_L1) {
            unitStaff += row.cells.at(7).toInt();
            unitOrder << row.cells.at(2);
        } else if (level == "person"_L1) {
            personStaff += row.cells.at(7).toInt();
            personQualified += row.cells.at(8).toInt();
            if (row.cells.at(5) == "P09"_L1) {
                QCOMPARE(row.cells.at(2), u"WN2"_s);
                QCOMPARE(row.cells.at(3), u"Xã Long Hà"_s);
                QCOMPARE(row.cells.at(6), u"Ngô Văn Khánh"_s);
                QCOMPARE(row.cells.at(8), u"0"_s);
                QCOMPARE(row.cells.at(10), u"professional_level;political_theory"_s);
                QCOMPARE(row.cells.at(11), u"2028-08-01"_s);
                QVERIFY(row.cells.at(12).startsWith(u"Nghị định 33/2023/NĐ-CP"_s));
            }
        }
    }
    QCOMPARE(levels[u"overall"_s], 1);
    QCOMPARE(levels[u"unit"_s], 3);
    QCOMPARE(levels[u"person"_s], 14);
    QCOMPARE(levels[u"position"_s], 6 + 6); // WN1 6 titles, WN2 6 titles, X3 none
    QCOMPARE(unitOrder, (QStringList{u"WN1"_s, u"X3"_s, u"WN2"_s}));
    QCOMPARE(unitStaff, 14);
    QCOMPARE(personStaff, 14);
    QCOMPARE(personQualified, 7);
}

void TestCliQualification::table()
{
    const CliRun r = m_office.cli(
        {u"report"_s, u"qualification"_s, u"--as-of"_s, u"2025-06-30"_s, u"--format"_s, u"table"_s});
    CHECK_EXIT(r, kOk);
    const QString text = QString::fromUtf8(r.out);
    for (const QString &s : {u"Phường Long Phước"_s, u"Xã Bù Gia Mập"_s, u"Total"_s, u"57.14%"_s, u"Ngô Văn Khánh"_s})
        QVERIFY2(text.contains(s), qPrintable(s + u"\n"_s + text));
    QVERIFY2(!text.contains(u"Nguyễn Văn An"_s), qPrintable(text)); // qualified: not in the list of gaps
}

void TestCliQualification::pdfInEnglish()
{
    const QString pdf = m_office.path(u"report-en.pdf"_s);
    const CliRun r = m_office.cli({u"report"_s, u"qualification"_s, u"--as-of"_s, u"2025-06-30"_s, u"--format"_s,
                                   u"pdf"_s, u"-o"_s, pdf});
    CHECK_EXIT(r, kOk);
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    const auto text = pdfText(pdf);
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString t = text->simplified();
    const QStringList expected{
        // The national motto block, never translated.
        u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"Độc lập - Tự do - Hạnh phúc"_s,
        u"REPORT"_s, u"(as of 30/06/2025)"_s,
        // Overall against the target, every unit, the titles, the totals.
        u"rate: 57.14% (target: 100%)"_s, u"Phường Long Phước"_s, u"Phường Phước Bình"_s, u"Xã Long Giang"_s,
        u"Xã Phước Tín"_s, u"Xã Bù Gia Mập"_s, u"Chair of the People's Council"_s, u"Total 14 8 6 57.14%"_s,
        // People with gaps and their deadline; the signatures.
        u"Ngô Văn Khánh"_s, u"Kiều Thị Uyên"_s, u"Political theory"_s, u"01/08/2028"_s, u"PREPARED BY"_s,
        u"HEAD OF THE UNIT"_s};
    for (const QString &s : expected)
        QVERIFY2(t.contains(s), qPrintable(u"missing \""_s + s + u"\" in:\n"_s + *text));
    // Only people with gaps are listed by name.
    QVERIFY2(!t.contains(u"Nguyễn Văn An"_s), qPrintable(*text));
    // The fonts are embedded (a Home Affairs office's PC may have none with Vietnamese glyphs).
    const QString fonts = pdfFonts(pdf);
    const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
    for (const QString &line : lines)
        QVERIFY2(line.contains(u" yes "_s), qPrintable(fonts));
}

void TestCliQualification::pdfInVietnamese()
{
    // Vietnamese is the default language.
    const QString pdf = m_office.path(u"report-vi.pdf"_s);
    const CliRun r = m_office.cli({u"report"_s, u"qualification"_s, u"--as-of"_s, u"2025-07-01"_s, u"--format"_s,
                                   u"pdf"_s, u"-o"_s, pdf},
                                  {}, u"vi"_s);
    CHECK_EXIT(r, kOk);
    const auto text = pdfText(pdf);
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString t = text->simplified();
    for (const QString &s : {u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"Độc lập - Tự do - Hạnh phúc"_s,
                             u"Phường Phước Long"_s, u"Xã Long Hà"_s, u"Đặng Văn Hải"_s, u"01/07/2025"_s,
                             u"50,00%"_s /* Vietnamese decimal comma */})
        QVERIFY2(t.contains(s), qPrintable(u"missing \""_s + s + u"\" in:\n"_s + *text));
    // The words of the report come from i18n/congvu_vi.ts (context QualificationPdf); the summary line
    // under "BÁO CÁO" is in normal capitals (Nghị định 30/2020/NĐ-CP).
    for (const QString &s : {u"BÁO CÁO"_s, u"cấp xã đạt chuẩn"_s, u"NGƯỜI LẬP BIỂU"_s, u"THỦ TRƯỞNG ĐƠN VỊ"_s})
        QVERIFY2(t.contains(s), qPrintable(u"missing \""_s + s + u"\" in:\n"_s + *text));
}

void TestCliQualification::pdfToStandardOutput()
{
    const CliRun r = m_office.cli(
        {u"report"_s, u"qualification"_s, u"--as-of"_s, u"2023-08-01"_s, u"--format"_s, u"pdf"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.startsWith("%PDF-"), r.describe());
    QVERIFY(r.out.trimmed().endsWith("%%EOF"));
}

QTEST_GUILESS_MAIN(TestCliQualification)
#include "tst_cli_qualification.moc"
