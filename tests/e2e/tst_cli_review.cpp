// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end acceptance of `congvu review` (issue 7; RECORDS-CSV.md "review --year Y --format json";
// LEGAL-RULES.md §6), written as an outside check: the test writes its own units, staff, evaluations and
// discipline files for 2025 and 2026 in the documented formats (STAFF-CSV.md, RECORDS-CSV.md), imports
// them with the real binary, and reads the review as JSON (against schemas/review.schema.json), table
// and PDF; then the council's decisions, closing the year, the lock on imports, and reopening.

#include "clirunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

/*
 * Units: T province; PA Phường An and PB Phường Bình under it; OLD Xã Cũ merged into PB on 2025-07-01.
 * Staff (all công chức "cc", started 2015-01-01 unless told):
 *   PA: A01 Nguyễn Văn An     2026 tot                                   → LĐTT
 *       A02 Trần Thị Bình     2026 xuat_sac                              → LĐTT, CSTĐCS (excellent)
 *       A03 Lê Văn Cường      2026 tot + initiative                      → LĐTT, CSTĐCS (initiative)
 *       A04 Phạm Thị Dung     start 2026-06-30, 2026 tot                 → LĐTT (6 months by 31/12)
 *       A05 Hoàng Văn Em      start 2026-07-01, 2026 tot, 5 months worked → refused: under 6 months (not rated)
 *       A06 Vũ Thị Giang      2026 tot, khien_trach in effect 2026-04-01 → refused: discipline in the year
 *       A07 Đỗ Văn Hải        2025 tot and 2026 tot, khien_trach in effect 2025-10-01
 *                                                                         → 2025 refused; 2026 LĐTT + warning
 *       A08 Bùi Thị Khánh     2026 hoan_thanh                            → refused: level
 *       PA 2026: 7 rated (A05 not), 5 LĐTT (71% > 50%), no cảnh cáo     → collective condition met
 *   PB: B01 Ngô Văn Lâm       2026 tot                                   → LĐTT
 *       B02 Dương Thị Mai     2026 tot, canh_cao in effect 2026-02-01    → refused; blocks the collective
 *       B03 Lý Văn Nam (OLD)  2025 tot and 2026 tot                     → reviewed in PB (successor)
 *       B04 Đinh Thị Oanh     2026 hoan_thanh
 *       PB 2026: 4 rated, 2 LĐTT (50%, not more), a cảnh cáo            → collective condition not met
 *   2025: A01 tot → LĐTT; A07 refused (discipline in 2025); B03 in PB (OLD gone on 31/12/2025).
 */

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kSchema = QStringLiteral(CONGVU_SOURCE_DIR) + u"/schemas/review.schema.json"_s;

const char *kUnits = "code,name,kind,parent_code,valid_from,valid_to,difficult_area,successor_code\n"
                     "T,Tỉnh Thử,tinh,,,,,\n"
                     "PA,Phường An,phuong,T,,,,\n"
                     "PB,Phường Bình,phuong,T,,,,\n"
                     "OLD,Xã Cũ,xa,T,,2025-07-01,,PB\n";

const char *kStaff = "code,full_name,birth_date,gender,unit_code,category,position,start_date\n"
                     "A01,Nguyễn Văn An,1980-01-01,nam,PA,cc,Chuyên viên,2015-01-01\n"
                     "A02,Trần Thị Bình,1981-02-02,nu,PA,cc,Chuyên viên,2015-01-01\n"
                     "A03,Lê Văn Cường,1982-03-03,nam,PA,cc,Chuyên viên,2015-01-01\n"
                     "A04,Phạm Thị Dung,1990-04-04,nu,PA,cc,Chuyên viên,2026-06-30\n"
                     "A05,Hoàng Văn Em,1991-05-05,nam,PA,cc,Chuyên viên,2026-07-01\n"
                     "A06,Vũ Thị Giang,1983-06-06,nu,PA,cc,Chuyên viên,2015-01-01\n"
                     "A07,Đỗ Văn Hải,1984-07-07,nam,PA,cc,Chuyên viên,2015-01-01\n"
                     "A08,Bùi Thị Khánh,1985-08-08,nu,PA,cc,Chuyên viên,2015-01-01\n"
                     "B01,Ngô Văn Lâm,1980-09-09,nam,PB,cc,Chuyên viên,2015-01-01\n"
                     "B02,Dương Thị Mai,1981-10-10,nu,PB,cc,Chuyên viên,2015-01-01\n"
                     "B03,Lý Văn Nam,1982-11-11,nam,OLD,cc,Chuyên viên,2015-01-01\n"
                     "B04,Đinh Thị Oanh,1983-12-12,nu,PB,cc,Chuyên viên,2015-01-01\n";

const char *kEvaluations = "staff_code,year,months_worked,final_level,initiative\n"
                           "A01,2025,12,tot,\n"
                           "A07,2025,12,tot,\n"
                           "B03,2025,12,tot,\n"
                           "A01,2026,12,tot,\n"
                           "A02,2026,12,xuat_sac,\n"
                           "A03,2026,12,tot,x\n"
                           "A04,2026,6,tot,\n"
                           "A05,2026,5,tot,\n"
                           "A06,2026,12,tot,\n"
                           "A07,2026,12,tot,\n"
                           "A08,2026,12,hoan_thanh,\n"
                           "B01,2026,12,tot,\n"
                           "B02,2026,12,tot,\n"
                           "B03,2026,12,tot,\n"
                           "B04,2026,12,hoan_thanh,\n";

const char *kDiscipline = "staff_code,form,decision_no,decision_date,effective_date\n"
                          "A06,khien_trach,06/QĐ-UBND,2026-04-01,2026-04-01\n"
                          "A07,khien_trach,07/QĐ-UBND,2025-10-01,2025-10-01\n"
                          "B02,canh_cao,02/QĐ-UBND,2026-02-01,2026-02-01\n";

QJsonObject personIn(const QJsonObject &review, const QString &code)
{
    for (const auto &v : review.value(u"people"_s).toArray()) {
        if (v.toObject().value(u"code"_s).toString() == code)
            return v.toObject();
    }
    return {};
}

QJsonObject unitIn(const QJsonObject &review, const QString &code)
{
    for (const auto &v : review.value(u"units"_s).toArray()) {
        if (v.toObject().value(u"code"_s).toString() == code)
            return v.toObject();
    }
    return {};
}

/** The codes of a person's reasons of one title whose kind is kind. */
QStringList reasonCodes(const QJsonObject &person, const QString &title, const QString &kind)
{
    QStringList out;
    for (const auto &v : person.value(u"reasons"_s).toObject().value(title).toArray()) {
        if (v.toObject().value(u"kind"_s).toString() == kind)
            out << v.toObject().value(u"code"_s).toString();
    }
    return out;
}

} // namespace

class TestCliReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void json2026MatchesSchema();
    void personEligibility_data();
    void personEligibility();
    void units2026();
    void year2025();
    void unitFilterFollowsSuccessor();
    void tableAndPdf();
    void decide();
    void closeLocksAndReopen();
    void usageErrors_data();
    void usageErrors();

private:
    QJsonObject review(int year, const QStringList &more = {}) const;
    QString write(const QString &name, const char *text) const;

    CliSandbox m_office{kBinary};
};

QString TestCliReview::write(const QString &name, const char *text) const
{
    QFile f(m_office.path(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return f.fileName();
}

QJsonObject TestCliReview::review(int year, const QStringList &more) const
{
    return m_office.json(QStringList{u"review"_s, u"--year"_s, QString::number(year), u"--format"_s, u"json"_s} + more);
}

void TestCliReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary));
    QVERIFY(m_office.isValid());
    CHECK_EXIT(m_office.cli({u"import"_s, u"units"_s, write(u"units.csv"_s, kUnits)}), kOk);
    CHECK_EXIT(m_office.cli({u"import"_s, u"staff"_s, write(u"staff.csv"_s, kStaff)}), kOk);
    CHECK_EXIT(m_office.cli({u"import"_s, u"discipline"_s, write(u"discipline.csv"_s, kDiscipline)}), kOk);
    CHECK_EXIT(m_office.cli({u"import"_s, u"evaluations"_s, write(u"evaluations.csv"_s, kEvaluations)}), kOk);
}

void TestCliReview::json2026MatchesSchema()
{
    const QJsonObject json = review(2026);
    QVERIFY(!json.isEmpty());
    const QStringList errors = schemaErrors(json, kSchema);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(json.value(u"year"_s).toInt(), 2026);
    QVERIFY(json.value(u"unit"_s).isNull());
    QCOMPARE(json.value(u"closed"_s).toBool(), false);
    QCOMPARE(json.value(u"settings"_s).toObject().value(u"collective_threshold"_s).toDouble(), 0.5);
    QVERIFY(json.value(u"settings"_s).toObject().value(u"cstdcs_cap"_s).isNull()); // no cap by default
    // People by unit code, then given name.
    QStringList codes;
    for (const auto &v : json.value(u"people"_s).toArray())
        codes << v.toObject().value(u"code"_s).toString();
    QCOMPARE(codes, (QStringList{u"A01"_s, u"A02"_s, u"A03"_s, u"A04"_s, u"A05"_s, u"A06"_s, u"A07"_s, u"A08"_s,
                                 u"B01"_s, u"B02"_s, u"B03"_s, u"B04"_s}));
}

void TestCliReview::personEligibility_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("ldtt");
    QTest::addColumn<bool>("cstdcs");
    QTest::addColumn<QString>("refusal"); // a not_met reason of LĐTT, or of CSTĐCS when LĐTT holds
    QTest::addColumn<QString>("warning");

    QTest::newRow("tot: LĐTT (Luật 2022 Art 24)") << 2026 << u"A01"_s << true << false
                                                  << u"no_xuat_sac_or_initiative"_s << QString();
    QTest::newRow("xuat_sac: CSTĐCS (Art 23)") << 2026 << u"A02"_s << true << true << QString() << QString();
    QTest::newRow("initiative: CSTĐCS (Art 23)") << 2026 << u"A03"_s << true << true << QString() << QString();
    QTest::newRow("start 30/06: LĐTT (TT 01/2024)") << 2026 << u"A04"_s << true << false
                                                    << u"no_xuat_sac_or_initiative"_s << QString();
    QTest::newRow("start 01/07: refused (TT 01/2024)") << 2026 << u"A05"_s << false << false
                                                       << u"service_under_6_months"_s << QString();
    QTest::newRow("discipline in the year: refused") << 2026 << u"A06"_s << false << false
                                                     << u"discipline_in_year"_s << QString();
    QTest::newRow("2025 discipline running into 2026: warning, not refusal (ND 152/2025 Art 4 cl 4)")
        << 2026 << u"A07"_s << true << false << u"no_xuat_sac_or_initiative"_s
        << u"discipline_period_runs_into_year"_s;
    QTest::newRow("hoan_thanh: refused") << 2026 << u"A08"_s << false << false << u"level_too_low"_s << QString();
    QTest::newRow("canh_cao in the year: refused") << 2026 << u"B02"_s << false << false
                                                   << u"discipline_in_year"_s << QString();
    QTest::newRow("2025: tot: LĐTT") << 2025 << u"A01"_s << true << false << u"no_xuat_sac_or_initiative"_s
                                     << QString();
    QTest::newRow("2025: discipline in 2025: refused") << 2025 << u"A07"_s << false << false
                                                       << u"discipline_in_year"_s << QString();
}

void TestCliReview::personEligibility()
{
    QFETCH(int, year);
    QFETCH(QString, code);
    QFETCH(bool, ldtt);
    QFETCH(bool, cstdcs);
    QFETCH(QString, refusal);
    QFETCH(QString, warning);
    const QJsonObject p = personIn(review(year), code);
    QVERIFY2(!p.isEmpty(), qPrintable(code));
    QCOMPARE(p.value(u"lao_dong_tien_tien"_s).toBool(), ldtt);
    QCOMPARE(p.value(u"chien_si_thi_dua_co_so"_s).toBool(), cstdcs);
    if (!refusal.isEmpty()) {
        const QString title = ldtt ? u"chien_si_thi_dua_co_so"_s : u"lao_dong_tien_tien"_s;
        QVERIFY2(reasonCodes(p, title, u"not_met"_s).contains(refusal),
                 qPrintable(reasonCodes(p, title, u"not_met"_s).join(u' ')));
    }
    if (ldtt)
        QVERIFY(reasonCodes(p, u"lao_dong_tien_tien"_s, u"not_met"_s).isEmpty());
    const QJsonArray warnings = p.value(u"warnings"_s).toArray();
    if (warning.isEmpty()) {
        QVERIFY(warnings.isEmpty());
    } else {
        QVERIFY(warnings.contains(warning));
        QVERIFY(reasonCodes(p, u"lao_dong_tien_tien"_s, u"warning"_s).contains(warning));
    }
    // Every reason has a message and a legal basis.
    for (const QString &title : {u"lao_dong_tien_tien"_s, u"chien_si_thi_dua_co_so"_s}) {
        for (const auto &v : p.value(u"reasons"_s).toObject().value(title).toArray()) {
            QVERIFY(!v.toObject().value(u"message"_s).toString().isEmpty());
            QVERIFY(!v.toObject().value(u"basis"_s).toString().isEmpty());
        }
    }
}

void TestCliReview::units2026()
{
    const QJsonObject json = review(2026);
    const QJsonObject pa = unitIn(json, u"PA"_s);
    QCOMPARE(pa.value(u"rated"_s).toInt(), 7); // A05 worked 5 months: not rated
    QCOMPARE(pa.value(u"lao_dong_tien_tien"_s).toInt(), 5);
    QCOMPARE(pa.value(u"chien_si_thi_dua_co_so"_s).toInt(), 2);
    QCOMPARE(pa.value(u"tap_the_lao_dong_tien_tien_members_ok"_s).toBool(), true); // 5 of 7, khiển trách only
    QCOMPARE(pa.value(u"discipline"_s).toArray().size(), 1); // A06's, not A07's of 2025
    QCOMPARE(pa.value(u"discipline"_s).toArray().at(0).toObject().value(u"code"_s).toString(), u"A06"_s);
    const QJsonObject pb = unitIn(json, u"PB"_s);
    QCOMPARE(pb.value(u"rated"_s).toInt(), 4);
    QCOMPARE(pb.value(u"lao_dong_tien_tien"_s).toInt(), 2);
    QCOMPARE(pb.value(u"tap_the_lao_dong_tien_tien_members_ok"_s).toBool(), false); // 50% is not more; a cảnh cáo
    QStringList notMet;
    for (const auto &v : pb.value(u"reasons"_s).toArray()) {
        if (v.toObject().value(u"kind"_s).toString() == u"not_met"_s)
            notMet << v.toObject().value(u"code"_s).toString();
    }
    QCOMPARE(notMet, (QStringList{u"members_share_too_low"_s, u"member_canh_cao_or_heavier"_s}));
    const QJsonObject noted = pb.value(u"discipline"_s).toArray().at(0).toObject();
    QCOMPARE(noted.value(u"form"_s).toString(), u"canh_cao"_s);
    QCOMPARE(noted.value(u"effective_date"_s).toString(), u"2026-02-01"_s);
    QVERIFY(unitIn(json, u"OLD"_s).isEmpty());
}

void TestCliReview::year2025()
{
    const QJsonObject json = review(2025);
    QCOMPARE(schemaErrors(json, kSchema), QStringList());
    QCOMPARE(json.value(u"people"_s).toArray().size(), 3);
    QCOMPARE(personIn(json, u"B03"_s).value(u"unit"_s).toString(), u"PB"_s); // OLD is gone on 31/12/2025
    const QJsonObject pa = unitIn(json, u"PA"_s);
    QCOMPARE(pa.value(u"rated"_s).toInt(), 2);
    QCOMPARE(pa.value(u"lao_dong_tien_tien"_s).toInt(), 1);
    QCOMPARE(pa.value(u"tap_the_lao_dong_tien_tien_members_ok"_s).toBool(), false); // 1 of 2 is not more than 50%
}

void TestCliReview::unitFilterFollowsSuccessor()
{
    QJsonObject json = review(2026, {u"--unit"_s, u"PB"_s});
    QCOMPARE(schemaErrors(json, kSchema), QStringList());
    QCOMPARE(json.value(u"unit"_s).toString(), u"PB"_s);
    QCOMPARE(json.value(u"units"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"people"_s).toArray().size(), 4);
    QVERIFY(!personIn(json, u"B03"_s).isEmpty());
    json = review(2026, {u"--unit"_s, u"OLD"_s}); // stands for PB in 2026
    QCOMPARE(json.value(u"people"_s).toArray().size(), 4);
}

void TestCliReview::tableAndPdf()
{
    const CliRun table = m_office.cli({u"review"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"table"_s});
    CHECK_EXIT(table, kOk);
    const QString text = QString::fromUtf8(table.out);
    for (const QString &s : {u"Phường An"_s, u"Phường Bình"_s, u"Nguyễn Văn An"_s, u"Dương Thị Mai"_s, u"02/QĐ-UBND"_s})
        QVERIFY2(text.contains(s), qPrintable(s));

    const QString pdf = m_office.path(u"review-2026.pdf"_s);
    CHECK_EXIT(m_office.cli({u"review"_s, u"--year"_s, u"2026"_s, u"-o"_s, pdf}), kOk); // format from the extension
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5).startsWith("%PDF"));
    if (const std::optional<QString> pdfText = ::pdfText(pdf)) {
        for (const QString &s : {u"Nguyễn Văn An"_s, u"Lý Văn Nam"_s, u"Phường Bình"_s, u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s})
            QVERIFY2(pdfText->contains(s), qPrintable(s));
    }

    // One unit's minutes and decision list; they need the unit.
    for (const QString &document : {u"minutes"_s, u"decisions"_s}) {
        const QString file = m_office.path(document + u".pdf"_s);
        CHECK_EXIT(m_office.cli({u"review"_s, u"--year"_s, u"2026"_s, u"--unit"_s, u"PA"_s, u"--document"_s, document,
                                 u"-o"_s, file}),
                   kOk);
        QFile doc(file);
        QVERIFY(doc.open(QIODevice::ReadOnly));
        QVERIFY(doc.read(5).startsWith("%PDF"));
        if (const std::optional<QString> docText = ::pdfText(file))
            QVERIFY2(docText->contains(u"Phường An"_s, Qt::CaseInsensitive), qPrintable(*docText));
        CHECK_EXIT(m_office.cli({u"review"_s, u"--year"_s, u"2026"_s, u"--document"_s, document, u"-o"_s, file}), kUsage);
    }
    CHECK_EXIT(m_office.cli({u"review"_s, u"--year"_s, u"2026"_s, u"--unit"_s, u"PA"_s, u"--document"_s, u"memo"_s,
                             u"-o"_s, m_office.path(u"x.pdf"_s)}),
               kUsage);
}

void TestCliReview::decide()
{
    // Approving an eligible person, with the vote and the decision.
    CHECK_EXIT(m_office.cli({u"review"_s, u"decide"_s, u"--year"_s, u"2026"_s, u"--unit"_s, u"PA"_s, u"--staff"_s,
                             u"A02"_s, u"--award"_s, u"chien_si_thi_dua_co_so"_s, u"--outcome"_s, u"approved"_s,
                             u"--votes"_s, u"7/0/1"_s, u"--decision-no"_s, u"45/QĐ-UBND"_s, u"--decision-date"_s,
                             u"2026-12-20"_s}),
               kOk);
    // Approving an ineligible one needs the council's reason.
    QStringList a08{u"review"_s, u"decide"_s, u"--year"_s, u"2026"_s, u"--unit"_s, u"PA"_s, u"--staff"_s,
                    u"A08"_s, u"--award"_s, u"lao_dong_tien_tien"_s, u"--outcome"_s, u"approved"_s};
    CliRun r = m_office.cli(a08);
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY2(r.errText().contains(u"--note"_s), r.describe().constData());
    CHECK_EXIT(m_office.cli(a08 + QStringList{u"--note"_s, u"thành tích đột xuất"_s}), kOk);
    // The collective title of PA.
    CHECK_EXIT(m_office.cli({u"review"_s, u"decide"_s, u"--year"_s, u"2026"_s, u"--unit"_s, u"PA"_s, u"--award"_s,
                             u"tap_the_lao_dong_tien_tien"_s, u"--outcome"_s, u"proposed"_s}),
               kOk);
    // Field errors: exit 2 with the option named.
    r = m_office.cli({u"review"_s, u"decide"_s, u"--year"_s, u"2026"_s, u"--unit"_s, u"PA"_s, u"--staff"_s, u"ZZZ"_s,
                      u"--award"_s, u"giay_khen"_s, u"--votes"_s, u"a/b"_s});
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY2(r.errText().contains(u"--votes"_s), r.describe().constData());
    r = m_office.cli({u"review"_s, u"decide"_s, u"--year"_s, u"2026"_s, u"--unit"_s, u"PA"_s, u"--staff"_s, u"ZZZ"_s,
                      u"--award"_s, u"huy_chuong"_s});
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY2(r.errText().contains(u"--staff"_s) && r.errText().contains(u"--award"_s), r.describe().constData());

    const QJsonObject json = review(2026);
    QCOMPARE(schemaErrors(json, kSchema), QStringList());
    const QJsonArray decisions = personIn(json, u"A02"_s).value(u"decisions"_s).toArray();
    QCOMPARE(decisions.size(), 1);
    const QJsonObject d = decisions.at(0).toObject();
    QCOMPARE(d.value(u"award"_s).toString(), u"chien_si_thi_dua_co_so"_s);
    QCOMPARE(d.value(u"outcome"_s).toString(), u"approved"_s);
    QCOMPARE(d.value(u"votes_for"_s).toInt(), 7);
    QCOMPARE(d.value(u"votes_against"_s).toInt(), 0);
    QCOMPARE(d.value(u"votes_abstain"_s).toInt(), 1);
    QCOMPARE(d.value(u"decision_no"_s).toString(), u"45/QĐ-UBND"_s);
    QCOMPARE(d.value(u"decision_date"_s).toString(), u"2026-12-20"_s);
    QCOMPARE(personIn(json, u"A08"_s).value(u"decisions"_s).toArray().at(0).toObject().value(u"note"_s).toString(),
             u"thành tích đột xuất"_s);
    QCOMPARE(unitIn(json, u"PA"_s).value(u"decisions"_s).toArray().size(), 1);
}

void TestCliReview::closeLocksAndReopen()
{
    const QJsonObject before = review(2025);
    CHECK_EXIT(m_office.cli({u"review"_s, u"close"_s, u"--year"_s, u"2025"_s, u"--note"_s, u"họp 20/12"_s}), kOk);
    QJsonObject closed = review(2025);
    QCOMPARE(closed.value(u"closed"_s).toBool(), true);
    QCOMPARE(schemaErrors(closed, kSchema), QStringList());
    QCOMPARE(closed.value(u"people"_s), before.value(u"people"_s)); // the same review
    QCOMPARE(review(2026).value(u"closed"_s).toBool(), false);
    CHECK_EXIT(m_office.cli({u"review"_s, u"close"_s, u"--year"_s, u"2025"_s}), kInvalidInput); // already closed

    // An evaluations file with a row of the closed year: exit 2, the row named, nothing written.
    const QString evaluations = write(u"late.csv"_s, "staff_code,year,final_level\nA02,2026,xuat_sac\nA01,2025,xuat_sac\n");
    CliRun r = m_office.cli({u"import"_s, u"evaluations"_s, evaluations});
    CHECK_EXIT(r, kInvalidInput);
    const QStringList lines = stderrLinesUnder(r, QFileInfo(evaluations).absolutePath());
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(u"late.csv:3: year: "_s) && lines.first().contains(u"2025"_s),
             qPrintable(lines.join(u'\n')));
    QCOMPARE(review(2025).value(u"people"_s), before.value(u"people"_s));
    // A discipline decision taking effect in the closed year: the same.
    const QString discipline = write(u"late-discipline.csv"_s,
                                     "staff_code,form,decision_no,decision_date\nA01,khien_trach,99/QĐ,2025-11-01\n");
    r = m_office.cli({u"import"_s, u"discipline"_s, discipline});
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY2(r.errText().contains(u"late-discipline.csv:2: decision_date: "_s), r.describe().constData());
    QCOMPARE(review(2025).value(u"people"_s), before.value(u"people"_s));
    // The council's decisions of the closed year too.
    r = m_office.cli({u"review"_s, u"decide"_s, u"--year"_s, u"2025"_s, u"--unit"_s, u"PA"_s, u"--staff"_s, u"A01"_s,
                      u"--award"_s, u"lao_dong_tien_tien"_s});
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY2(r.errText().contains(u"closed"_s), r.describe().constData());

    // Reopening needs a reason; then the same imports pass.
    CHECK_EXIT(m_office.cli({u"review"_s, u"reopen"_s, u"--year"_s, u"2025"_s}), kUsage);
    CHECK_EXIT(m_office.cli({u"review"_s, u"reopen"_s, u"--year"_s, u"2025"_s, u"--reason"_s, u"bổ sung hồ sơ"_s}), kOk);
    QCOMPARE(review(2025).value(u"closed"_s).toBool(), false);
    CHECK_EXIT(m_office.cli({u"import"_s, u"discipline"_s, discipline}), kOk);
    CHECK_EXIT(m_office.cli({u"import"_s, u"evaluations"_s, evaluations}), kOk);
    const QJsonObject a01 = personIn(review(2025), u"A01"_s);
    QCOMPARE(a01.value(u"final_level"_s).toString(), u"xuat_sac"_s);
    QCOMPARE(a01.value(u"lao_dong_tien_tien"_s).toBool(), false); // disciplined in 2025 now
}

void TestCliReview::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::newRow("no --year") << QStringList{u"review"_s} << kUsage;
    QTest::newRow("--year abc") << QStringList{u"review"_s, u"--year"_s, u"abc"_s} << kUsage;
    QTest::newRow("--year 1999") << QStringList{u"review"_s, u"--year"_s, u"1999"_s} << kUsage;
    QTest::newRow("unknown unit") << QStringList{u"review"_s, u"--year"_s, u"2026"_s, u"--unit"_s, u"NOPE"_s} << kUsage;
    QTest::newRow("csv") << QStringList{u"review"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"csv"_s} << kUsage;
    QTest::newRow("unknown option") << QStringList{u"review"_s, u"--year"_s, u"2026"_s, u"--bogus"_s} << kUsage;
    QTest::newRow("decide without --award")
        << QStringList{u"review"_s, u"decide"_s, u"--year"_s, u"2026"_s, u"--unit"_s, u"PA"_s} << kUsage;
    QTest::newRow("help") << QStringList{u"review"_s, u"--help"_s} << kOk;
}

void TestCliReview::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    const CliRun r = m_office.cli(args);
    CHECK_EXIT(r, exit);
    if (exit == kOk)
        QVERIFY(r.out.contains("review close") && r.out.contains("review decide"));
    else
        QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
