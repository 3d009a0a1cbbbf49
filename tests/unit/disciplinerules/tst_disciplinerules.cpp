// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/disciplineform.h"
#include "domain/disciplinerules.h"
#include "testprinters.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QDate d(int day, int month, int year)
{
    return QDate(year, month, day);
}

DisciplineDecision decision(const QString &form, QDate decisionDate, QDate effectiveDate = {},
                            QDate violationDate = {}, const QString &staff = u"T001"_s)
{
    DisciplineDecision x;
    x.staffCode = staff;
    x.form = form;
    x.decisionNo = u"01/QĐ-UBND"_s;
    x.decisionDate = decisionDate;
    x.effectiveDate = effectiveDate;
    x.violationDate = violationDate;
    return x;
}

QStringList forms(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

/**
 * Tests the discipline rule sets (LEGAL-RULES.md §2, P2.4.2, P2.6; RECORDS-CSV.md "Discipline").
 * Each row names the instrument and article it checks.
 */
class TestDisciplineRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleSetsAreWellFormed()
    {
        // Every rule names its instrument; every form is a known code; per group the sets do not overlap.
        for (const auto &s : DisciplineRules::ruleSets()) {
            QVERIFY2(!s.forms.instrument.isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.repeat.instrument.isEmpty(), qPrintable(s.id));
            for (const auto &r : s.allowed)
                QVERIFY2(DisciplineForms::table().contains(r.form), qPrintable(s.id + u' ' + r.form));
            for (const auto &t : DisciplineRules::ruleSets()) {
                if (&s == &t || s.group != t.group)
                    continue;
                const bool overlap = (!s.from.isValid() || !t.until.isValid() || s.from <= t.until)
                    && (!t.from.isValid() || !s.until.isValid() || t.from <= s.until);
                QVERIFY2(!overlap, qPrintable(s.id + u" overlaps "_s + t.id));
            }
        }
        for (const auto &r : DisciplineRules::limitationRules())
            QVERIFY(!r.basis.instrument.isEmpty());
        for (const auto &r : DisciplineRules::processingRules())
            QVERIFY(!r.basis.instrument.isEmpty());
        QCOMPARE(DisciplineRules::limitationExemptions().size(), size_t(4));
    }

    void allowedForms_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<bool>("leader");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("ruleSet");

        // ND 112/2020 + ND 71/2023 (Điều 7; Luật CBCC Art 79) for công chức until 30/06/2025.
        QTest::newRow("cc non-leader 30/06/2025: ND 112 Điều 7")
            << u"cc"_s << false << d(30, 6, 2025) << forms("khien_trach canh_cao ha_bac_luong buoc_thoi_viec")
            << u"nd112_2020_cc"_s;
        QTest::newRow("cc leader 30/06/2025: ND 112 Điều 7")
            << u"cc"_s << true << d(30, 6, 2025) << forms("khien_trach canh_cao giang_chuc cach_chuc buoc_thoi_viec")
            << u"nd112_2020_cc"_s;
        QTest::newRow("cc non-leader 2019: ND 112 set, open to the past")
            << u"cc"_s << false << d(1, 3, 2019) << forms("khien_trach canh_cao ha_bac_luong buoc_thoi_viec")
            << u"nd112_2020_cc"_s;
        // ND 172/2025 from 01/07/2025: giáng chức and hạ bậc lương abolished for công chức.
        QTest::newRow("cc non-leader 01/07/2025: ND 172/2025")
            << u"cc"_s << false << d(1, 7, 2025) << forms("khien_trach canh_cao buoc_thoi_viec") << u"nd172_2025_cc"_s;
        QTest::newRow("cc leader 01/07/2025: ND 172/2025")
            << u"cc"_s << true << d(1, 7, 2025) << forms("khien_trach canh_cao cach_chuc buoc_thoi_viec")
            << u"nd172_2025_cc"_s;
        QTest::newRow("cc_xa non-leader 01/07/2025: ND 172/2025")
            << u"cc_xa"_s << false << d(1, 7, 2025) << forms("khien_trach canh_cao buoc_thoi_viec")
            << u"nd172_2025_cc"_s;
        // Cán bộ: khiển trách, cảnh cáo, cách chức, bãi nhiệm (ND 112 Điều 7 / Luật CBCC Art 78; ND 172/2025).
        QTest::newRow("cb leader 30/06/2025: ND 112 Điều 7")
            << u"cb"_s << true << d(30, 6, 2025) << forms("khien_trach canh_cao cach_chuc bai_nhiem")
            << u"nd112_2020_cb"_s;
        QTest::newRow("cb non-leader 01/07/2025: ND 172/2025")
            << u"cb"_s << false << d(1, 7, 2025) << forms("khien_trach canh_cao bai_nhiem") << u"nd172_2025_cb"_s;
        QTest::newRow("cb_xa leader 01/07/2025: ND 172/2025")
            << u"cb_xa"_s << true << d(1, 7, 2025) << forms("khien_trach canh_cao cach_chuc bai_nhiem")
            << u"nd172_2025_cb"_s;
        // Viên chức: ND 112 until 30/06/2026 (ND 172 Art 29 cl 2 left them there), ND 234/2026 Điều 7 after.
        QTest::newRow("vc non-leader 01/07/2025: still ND 112 (ND 172 Art 29 cl 2)")
            << u"vc"_s << false << d(1, 7, 2025) << forms("khien_trach canh_cao buoc_thoi_viec") << u"nd112_2020_vc"_s;
        QTest::newRow("vc leader 30/06/2026: ND 112 Điều 7")
            << u"vc"_s << true << d(30, 6, 2026) << forms("khien_trach canh_cao cach_chuc buoc_thoi_viec")
            << u"nd112_2020_vc"_s;
        QTest::newRow("vc non-leader 30/06/2026: ND 112 Điều 7")
            << u"vc"_s << false << d(30, 6, 2026) << forms("khien_trach canh_cao buoc_thoi_viec") << u"nd112_2020_vc"_s;
        QTest::newRow("vc leader 01/07/2026: ND 234/2026 Điều 7")
            << u"vc"_s << true << d(1, 7, 2026) << forms("khien_trach canh_cao cach_chuc buoc_thoi_viec")
            << u"nd234_2026_vc"_s;
        QTest::newRow("vc non-leader 01/07/2026: ND 234/2026 Điều 7")
            << u"vc"_s << false << d(1, 7, 2026) << forms("khien_trach canh_cao buoc_thoi_viec") << u"nd234_2026_vc"_s;
        // UNSURE in LEGAL-RULES.md: no instrument named for người hoạt động không chuyên trách.
        QTest::newRow("khong_chuyen_trach: no rule set (UNSURE)")
            << u"khong_chuyen_trach"_s << false << d(1, 7, 2025) << QStringList() << QString();
        QTest::newRow("unknown category") << u"xyz"_s << false << d(1, 7, 2025) << QStringList() << QString();
        QTest::newRow("invalid date") << u"cc"_s << false << QDate() << QStringList() << QString();
    }

    void allowedForms()
    {
        QFETCH(QString, category);
        QFETCH(bool, leader);
        QFETCH(QDate, date);
        QFETCH(QStringList, expected);
        QFETCH(QString, ruleSet);
        QCOMPARE(DisciplineRules::allowedForms(category, leader, date), expected);
        const DisciplineRuleSet *set = DisciplineRules::ruleSetFor(category, date);
        QCOMPARE(set ? set->id : QString(), ruleSet);
    }

    void check_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("category");
        QTest::addColumn<bool>("leader");
        QTest::addColumn<QDate>("decisionDate");
        QTest::addColumn<QDate>("effectiveDate");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("cites");

        const QString nd112 = u"Điều 7 Nghị định 112/2020/NĐ-CP"_s;
        const QString nd172 = u"Nghị định 172/2025/NĐ-CP"_s;
        const QString nd234 = u"Điều 7 Nghị định 234/2026/NĐ-CP"_s;

        QTest::newRow("ha_bac_luong cc 30/06/2025: allowed, ND 112 Điều 7")
            << u"ha_bac_luong"_s << u"cc"_s << false << d(30, 6, 2025) << QDate() << false << QString();
        QTest::newRow("ha_bac_luong cc 01/07/2025: refused, ND 172/2025")
            << u"ha_bac_luong"_s << u"cc"_s << false << d(1, 7, 2025) << QDate() << true << nd172;
        QTest::newRow("ha_bac_luong cc decided 25/06, effective 01/07/2025: ND 172/2025 by effective date")
            << u"ha_bac_luong"_s << u"cc"_s << false << d(25, 6, 2025) << d(1, 7, 2025) << true << nd172;
        QTest::newRow("ha_bac_luong cc decided 01/07, effective 30/06/2025: ND 112 by effective date")
            << u"ha_bac_luong"_s << u"cc"_s << false << d(1, 7, 2025) << d(30, 6, 2025) << false << QString();
        QTest::newRow("ha_bac_luong cc leader 30/06/2025: refused, ND 112 Điều 7 (non-leaders only)")
            << u"ha_bac_luong"_s << u"cc"_s << true << d(30, 6, 2025) << QDate() << true << nd112;
        QTest::newRow("giang_chuc cc leader 30/06/2025: allowed, ND 112 Điều 7")
            << u"giang_chuc"_s << u"cc"_s << true << d(30, 6, 2025) << QDate() << false << QString();
        QTest::newRow("giang_chuc cc leader 01/07/2025: refused, ND 172/2025")
            << u"giang_chuc"_s << u"cc"_s << true << d(1, 7, 2025) << QDate() << true << nd172;
        QTest::newRow("giang_chuc cc non-leader 30/06/2025: refused, ND 112 Điều 7")
            << u"giang_chuc"_s << u"cc"_s << false << d(30, 6, 2025) << QDate() << true << nd112;
        QTest::newRow("cach_chuc cc non-leader 30/06/2025: refused, ND 112 Điều 7")
            << u"cach_chuc"_s << u"cc"_s << false << d(30, 6, 2025) << QDate() << true << nd112;
        QTest::newRow("cach_chuc cc non-leader 01/07/2025: refused, ND 172/2025")
            << u"cach_chuc"_s << u"cc"_s << false << d(1, 7, 2025) << QDate() << true << nd172;
        QTest::newRow("cach_chuc cc leader 01/07/2025: allowed, ND 172/2025")
            << u"cach_chuc"_s << u"cc"_s << true << d(1, 7, 2025) << QDate() << false << QString();
        QTest::newRow("buoc_thoi_viec cc 01/07/2025: allowed, ND 172/2025")
            << u"buoc_thoi_viec"_s << u"cc"_s << false << d(1, 7, 2025) << QDate() << false << QString();
        QTest::newRow("bai_nhiem cb 01/07/2025: allowed, ND 172/2025")
            << u"bai_nhiem"_s << u"cb"_s << false << d(1, 7, 2025) << QDate() << false << QString();
        QTest::newRow("bai_nhiem cb_xa 30/06/2025: allowed, ND 112 Điều 7")
            << u"bai_nhiem"_s << u"cb_xa"_s << false << d(30, 6, 2025) << QDate() << false << QString();
        QTest::newRow("bai_nhiem cc 01/07/2025: refused, ND 172/2025 (cán bộ only)")
            << u"bai_nhiem"_s << u"cc"_s << true << d(1, 7, 2025) << QDate() << true << nd172;
        QTest::newRow("bai_nhiem vc 01/07/2026: refused, ND 234/2026 Điều 7")
            << u"bai_nhiem"_s << u"vc"_s << true << d(1, 7, 2026) << QDate() << true << nd234;
        QTest::newRow("buoc_thoi_viec cb 01/07/2025: refused, ND 172/2025 (not a cán bộ form)")
            << u"buoc_thoi_viec"_s << u"cb"_s << false << d(1, 7, 2025) << QDate() << true << nd172;
        QTest::newRow("ha_bac_luong vc 30/06/2026: refused, ND 112 Điều 7")
            << u"ha_bac_luong"_s << u"vc"_s << false << d(30, 6, 2026) << QDate() << true << nd112;
        QTest::newRow("ha_bac_luong vc 01/07/2026: refused, ND 234/2026 Điều 7")
            << u"ha_bac_luong"_s << u"vc"_s << false << d(1, 7, 2026) << QDate() << true << nd234;
        QTest::newRow("giang_chuc vc leader 30/06/2026: refused, ND 112 Điều 7")
            << u"giang_chuc"_s << u"vc"_s << true << d(30, 6, 2026) << QDate() << true << nd112;
        QTest::newRow("giang_chuc vc leader 01/07/2026: refused, ND 234/2026 Điều 7")
            << u"giang_chuc"_s << u"vc"_s << true << d(1, 7, 2026) << QDate() << true << nd234;
        QTest::newRow("cach_chuc vc manager 01/07/2026: allowed, ND 234/2026 Điều 7")
            << u"cach_chuc"_s << u"vc"_s << true << d(1, 7, 2026) << QDate() << false << QString();
        QTest::newRow("cach_chuc vc non-manager 01/07/2026: refused, ND 234/2026 Điều 7")
            << u"cach_chuc"_s << u"vc"_s << false << d(1, 7, 2026) << QDate() << true << nd234;
        QTest::newRow("ha_bac_luong khong_chuyen_trach: not checked (UNSURE, no rule set)")
            << u"ha_bac_luong"_s << u"khong_chuyen_trach"_s << false << d(1, 7, 2025) << QDate() << false
            << QString();
        QTest::newRow("bai_nhiem khong_chuyen_trach: refused, cán bộ only (RECORDS-CSV.md, LEGAL-RULES §2.1)")
            << u"bai_nhiem"_s << u"khong_chuyen_trach"_s << false << d(1, 7, 2025) << QDate() << true
            << u"Luật Cán bộ, công chức"_s;
        QTest::newRow("unknown form: refused")
            << u"phat_tien"_s << u"cc"_s << false << d(1, 7, 2025) << QDate() << true
            << u"is not a discipline form"_s;
        QTest::newRow("no date: refused")
            << u"khien_trach"_s << u"cc"_s << false << QDate() << QDate() << true << u"no decision"_s;
    }

    void check()
    {
        QFETCH(QString, form);
        QFETCH(QString, category);
        QFETCH(bool, leader);
        QFETCH(QDate, decisionDate);
        QFETCH(QDate, effectiveDate);
        QFETCH(bool, refused);
        QFETCH(QString, cites);
        const auto error = DisciplineRules::check(decision(form, decisionDate, effectiveDate), category, leader);
        QCOMPARE(error.has_value(), refused);
        if (refused)
            QVERIFY2(error->contains(cites), qPrintable(*error));
    }

    void barsUntil_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QDate>("decisionDate");
        QTest::addColumn<QDate>("effectiveDate");
        QTest::addColumn<QDate>("expected");

        // Luật 52/2019 Art 1 cl 17 (Luật CBCC Art 82 cl 2-3); RECORDS-CSV.md "report discipline".
        QTest::newRow("khien_trach +12 months: Luật 52/2019 Điều 1 k17")
            << u"khien_trach"_s << d(10, 3, 2025) << d(15, 3, 2025) << d(15, 3, 2026);
        QTest::newRow("khien_trach, effective = decision date")
            << u"khien_trach"_s << d(31, 8, 2025) << QDate() << d(31, 8, 2026);
        QTest::newRow("canh_cao 31/01 +12 months")
            << u"canh_cao"_s << d(31, 1, 2023) << QDate() << d(31, 1, 2024);
        QTest::newRow("canh_cao end of month 30/04 +12")
            << u"canh_cao"_s << d(30, 4, 2025) << QDate() << d(30, 4, 2026);
        QTest::newRow("ha_bac_luong 29/02/2024 +12: 28/02/2025")
            << u"ha_bac_luong"_s << d(29, 2, 2024) << QDate() << d(28, 2, 2025);
        QTest::newRow("khien_trach 28/02/2023 +12: 28/02/2024 (not 29)")
            << u"khien_trach"_s << d(28, 2, 2023) << QDate() << d(28, 2, 2024);
        QTest::newRow("giang_chuc 29/02/2024 +24: 28/02/2026")
            << u"giang_chuc"_s << d(29, 2, 2024) << QDate() << d(28, 2, 2026);
        QTest::newRow("cach_chuc 29/02/2028 +24: 28/02/2030")
            << u"cach_chuc"_s << d(29, 2, 2028) << QDate() << d(28, 2, 2030);
        QTest::newRow("cach_chuc 31/12/2025 +24: 31/12/2027")
            << u"cach_chuc"_s << d(31, 12, 2025) << QDate() << d(31, 12, 2027);
        QTest::newRow("giang_chuc 01/07/2024 +24") << u"giang_chuc"_s << d(1, 7, 2024) << QDate() << d(1, 7, 2026);
        QTest::newRow("buoc_thoi_viec: none (service ends)") << u"buoc_thoi_viec"_s << d(1, 7, 2025) << QDate()
                                                              << QDate();
        QTest::newRow("bai_nhiem: none (service ends)") << u"bai_nhiem"_s << d(1, 7, 2025) << QDate() << QDate();
        QTest::newRow("unknown form: none") << u"x"_s << d(1, 7, 2025) << QDate() << QDate();
    }

    void barsUntil()
    {
        QFETCH(QString, form);
        QFETCH(QDate, decisionDate);
        QFETCH(QDate, effectiveDate);
        QFETCH(QDate, expected);
        const auto until = DisciplineRules::barsUntil(decision(form, decisionDate, effectiveDate));
        QCOMPARE(until.value_or(QDate()), expected);
    }

    void addMonthsClampsToMonthEnd()
    {
        // The month arithmetic barsUntil relies on: QDate::addMonths keeps the day or clamps to the last one.
        QCOMPARE(d(31, 1, 2025).addMonths(1), d(28, 2, 2025));
        QCOMPARE(d(31, 1, 2024).addMonths(1), d(29, 2, 2024));
        QCOMPARE(d(29, 2, 2024).addMonths(48), d(29, 2, 2028));
    }

    void inForceOn_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QDate>("effective");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("inForce");

        QTest::newRow("khien_trach day before effect") << u"khien_trach"_s << d(15, 3, 2025) << d(14, 3, 2025) << false;
        QTest::newRow("khien_trach first day") << u"khien_trach"_s << d(15, 3, 2025) << d(15, 3, 2025) << true;
        QTest::newRow("khien_trach last day of 12 months") << u"khien_trach"_s << d(15, 3, 2025) << d(14, 3, 2026)
                                                           << true;
        QTest::newRow("khien_trach bars lifted") << u"khien_trach"_s << d(15, 3, 2025) << d(15, 3, 2026) << false;
        QTest::newRow("ha_bac_luong 29/02/2024: 27/02/2025 in force")
            << u"ha_bac_luong"_s << d(29, 2, 2024) << d(27, 2, 2025) << true;
        QTest::newRow("ha_bac_luong 29/02/2024: 28/02/2025 lifted")
            << u"ha_bac_luong"_s << d(29, 2, 2024) << d(28, 2, 2025) << false;
        QTest::newRow("cach_chuc 24 months: month 23") << u"cach_chuc"_s << d(1, 7, 2025) << d(30, 6, 2027) << true;
        QTest::newRow("cach_chuc 24 months: lifted") << u"cach_chuc"_s << d(1, 7, 2025) << d(1, 7, 2027) << false;
        QTest::newRow("buoc_thoi_viec: for good") << u"buoc_thoi_viec"_s << d(1, 1, 2025) << d(1, 1, 2040) << true;
        QTest::newRow("buoc_thoi_viec: not before") << u"buoc_thoi_viec"_s << d(1, 1, 2025) << d(31, 12, 2024)
                                                    << false;
    }

    void inForceOn()
    {
        QFETCH(QString, form);
        QFETCH(QDate, effective);
        QFETCH(QDate, date);
        QFETCH(bool, inForce);
        QCOMPARE(DisciplineRules::inForceOn(decision(form, effective), date), inForce);
    }

    void salaryStepDelay_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("months");
        // TT 08/2013/TT-BNV as amended by TT 03/2021/TT-BNV: 6 months after khiển trách or cảnh cáo.
        QTest::newRow("khien_trach: 6, TT 08/2013") << u"khien_trach"_s << 6;
        QTest::newRow("canh_cao: 6, TT 08/2013") << u"canh_cao"_s << 6;
        QTest::newRow("ha_bac_luong: none known") << u"ha_bac_luong"_s << 0;
        QTest::newRow("giang_chuc: UNSURE 12, not applied") << u"giang_chuc"_s << 0;
        QTest::newRow("cach_chuc: UNSURE 12, not applied") << u"cach_chuc"_s << 0;
        QTest::newRow("unknown") << u"x"_s << 0;
    }

    void salaryStepDelay()
    {
        QFETCH(QString, form);
        QFETCH(int, months);
        QCOMPARE(DisciplineRules::salaryStepDelayMonths(form), months);
    }

    void limitation_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QDate>("violation");
        QTest::addColumn<QDate>("decided");
        QTest::addColumn<QString>("exemption");
        QTest::addColumn<bool>("warned");
        QTest::addColumn<QString>("cites");

        const QString law2008 = u"Luật Cán bộ, công chức 2008"_s;
        const QString law2019 = u"Luật 52/2019/QH14"_s;
        const QString nq76 = u"Nghị quyết 76/2022/QH15"_s;
        const QString cbcc2025 = u"Điều 37 Luật Cán bộ, công chức 80/2025/QH15"_s;
        const QString vc2025 = u"Điều 36 Luật Viên chức 129/2025/QH15"_s;

        QTest::newRow("Luật 2008 Điều 80: 24 months, canh_cao expired")
            << u"canh_cao"_s << u"cc"_s << d(1, 1, 2017) << d(2, 1, 2019) << QString() << true << law2008;
        QTest::newRow("Luật 2008 Điều 80: 24 months, last day")
            << u"canh_cao"_s << u"cc"_s << d(1, 1, 2017) << d(1, 1, 2019) << QString() << false << QString();
        QTest::newRow("Luật 52/2019: khien_trach 2 years, last day")
            << u"khien_trach"_s << u"cc"_s << d(10, 3, 2019) << d(10, 3, 2021) << QString() << false << QString();
        QTest::newRow("Luật 52/2019: khien_trach 2 years, expired")
            << u"khien_trach"_s << u"cc"_s << d(10, 3, 2019) << d(11, 3, 2021) << QString() << true << law2019;
        QTest::newRow("Luật 52/2019: canh_cao 5 years, expired")
            << u"canh_cao"_s << u"cc"_s << d(10, 3, 2017) << d(11, 3, 2022) << QString() << true << law2019;
        QTest::newRow("Luật 52/2019: canh_cao 5 years, decided 14/11/2022 expired")
            << u"canh_cao"_s << u"cc"_s << d(10, 3, 2017) << d(14, 11, 2022) << QString() << true << law2019;
        QTest::newRow("NQ 76/2022: canh_cao 10 years from 15/11/2022")
            << u"canh_cao"_s << u"cc"_s << d(10, 3, 2017) << d(15, 11, 2022) << QString() << false << QString();
        QTest::newRow("Luật 52/2019: khien_trach decided 14/11/2022, 2 years expired")
            << u"khien_trach"_s << u"cc"_s << d(1, 6, 2019) << d(14, 11, 2022) << QString() << true << law2019;
        QTest::newRow("NQ 76/2022: khien_trach decided 15/11/2022, 5 years")
            << u"khien_trach"_s << u"cc"_s << d(1, 6, 2019) << d(15, 11, 2022) << QString() << false << QString();
        QTest::newRow("NQ 76/2022: khien_trach 5 years expired")
            << u"khien_trach"_s << u"cb"_s << d(1, 1, 2020) << d(2, 1, 2025) << QString() << true << nq76;
        QTest::newRow("NQ 76/2022: khien_trach 29/02/2020 + 5 years = 28/02/2025, within")
            << u"khien_trach"_s << u"cc"_s << d(29, 2, 2020) << d(28, 2, 2025) << QString() << false << QString();
        QTest::newRow("NQ 76/2022: khien_trach 29/02/2020, 01/03/2025 expired")
            << u"khien_trach"_s << u"cc"_s << d(29, 2, 2020) << d(1, 3, 2025) << QString() << true << nq76;
        QTest::newRow("Luật CBCC 2025 Điều 37: khien_trach 5 years expired")
            << u"khien_trach"_s << u"cc"_s << d(1, 1, 2021) << d(2, 1, 2026) << QString() << true << cbcc2025;
        QTest::newRow("Luật CBCC 2025 Điều 37: cach_chuc 10 years within")
            << u"cach_chuc"_s << u"cc"_s << d(1, 1, 2016) << d(1, 1, 2026) << QString() << false << QString();
        QTest::newRow("NQ 76/2022 for vc until 30/06/2026: canh_cao expired")
            << u"canh_cao"_s << u"vc"_s << d(1, 1, 2016) << d(2, 1, 2026) << QString() << true << nq76;
        QTest::newRow("Luật Viên chức 2025 Điều 36: canh_cao expired")
            << u"canh_cao"_s << u"vc"_s << d(1, 1, 2016) << d(2, 7, 2026) << QString() << true << vc2025;
        QTest::newRow("ND 172 Điều 5 k3: fake diploma, no limit")
            << u"buoc_thoi_viec"_s << u"cc"_s << d(1, 1, 2000) << d(1, 8, 2025) << u"van_bang_gia"_s << false
            << QString();
        QTest::newRow("ND 172 Điều 5 k3: Party expulsion, no limit")
            << u"canh_cao"_s << u"cb"_s << d(1, 1, 2000) << d(1, 8, 2025) << u"khai_tru_dang"_s << false << QString();
        QTest::newRow("unknown exemption code: still limited")
            << u"canh_cao"_s << u"cc"_s << d(1, 1, 2000) << d(1, 8, 2025) << u"xyz"_s << true << cbcc2025;
        QTest::newRow("no violation date: no warning")
            << u"canh_cao"_s << u"cc"_s << QDate() << d(1, 8, 2025) << QString() << false << QString();
        QTest::newRow("khong_chuyen_trach: no rule (UNSURE)")
            << u"canh_cao"_s << u"khong_chuyen_trach"_s << d(1, 1, 2000) << d(1, 8, 2025) << QString() << false
            << QString();
    }

    void limitation()
    {
        QFETCH(QString, form);
        QFETCH(QString, category);
        QFETCH(QDate, violation);
        QFETCH(QDate, decided);
        QFETCH(QString, exemption);
        QFETCH(bool, warned);
        QFETCH(QString, cites);
        const auto w = DisciplineRules::limitationWarning(decision(form, decided, {}, violation), category, exemption);
        QCOMPARE(w.has_value(), warned);
        if (warned) {
            QCOMPARE(w->kind, DisciplineWarning::Kind::LimitationExpired);
            QVERIFY2(w->message.contains(cites), qPrintable(w->message));
            QVERIFY2(w->citation.contains(cites), qPrintable(w->citation));
        }
    }

    void processing_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QDate>("detected");
        QTest::addColumn<QDate>("decided");
        QTest::addColumn<int>("kind"); // -1 none
        QTest::addColumn<QString>("cites");

        const int over = int(DisciplineWarning::Kind::ProcessingOverLimit);
        const int extended = int(DisciplineWarning::Kind::ProcessingOverExtendedLimit);
        const QString law2019cc = u"khoản 3 Điều 80"_s;
        const QString law2019vc = u"khoản 3 Điều 53"_s;
        const QString cbcc2025 = u"khoản 3 Điều 37 Luật Cán bộ, công chức 80/2025/QH15"_s;
        const QString nd234 = u"khoản 5 Điều 5 Nghị định 234/2026/NĐ-CP"_s;

        QTest::newRow("cc 90 days: Luật CBCC Điều 80 k3, within") << u"cc"_s << d(1, 1, 2025) << d(1, 4, 2025) << -1
                                                                  << QString();
        QTest::newRow("cc 91 days: Luật CBCC Điều 80 k3, over 90")
            << u"cc"_s << d(1, 1, 2025) << d(2, 4, 2025) << over << law2019cc;
        QTest::newRow("cc 150 days: over 90, within extension")
            << u"cc"_s << d(1, 1, 2025) << d(31, 5, 2025) << over << law2019cc;
        QTest::newRow("cc 151 days: over 150") << u"cc"_s << d(1, 1, 2025) << d(1, 6, 2025) << extended << law2019cc;
        QTest::newRow("cc 90 days: Luật CBCC 2025 Điều 37 k3, within")
            << u"cc"_s << d(1, 8, 2025) << d(30, 10, 2025) << -1 << QString();
        QTest::newRow("cc 91 days: Luật CBCC 2025 Điều 37 k3")
            << u"cc"_s << d(1, 8, 2025) << d(31, 10, 2025) << over << cbcc2025;
        QTest::newRow("cb_xa 200 days: Luật CBCC 2025 Điều 37 k3, over 150")
            << u"cb_xa"_s << d(1, 8, 2025) << d(17, 2, 2026) << extended << cbcc2025;
        QTest::newRow("vc 122 days 2025: Luật Viên chức Điều 53 k3")
            << u"vc"_s << d(1, 8, 2025) << d(1, 12, 2025) << over << law2019vc;
        QTest::newRow("vc 182 days 2026: ND 234 Điều 5 k5")
            << u"vc"_s << d(1, 8, 2026) << d(30, 1, 2027) << extended << nd234;
        QTest::newRow("no detection date") << u"cc"_s << QDate() << d(1, 6, 2025) << -1 << QString();
        QTest::newRow("khong_chuyen_trach: no rule") << u"khong_chuyen_trach"_s << d(1, 1, 2025) << d(1, 12, 2025)
                                                     << -1 << QString();
    }

    void processing()
    {
        QFETCH(QString, category);
        QFETCH(QDate, detected);
        QFETCH(QDate, decided);
        QFETCH(int, kind);
        QFETCH(QString, cites);
        const auto w = DisciplineRules::processingWarning(decision(u"khien_trach"_s, decided), category, detected);
        QCOMPARE(w ? int(w->kind) : -1, kind);
        if (w)
            QVERIFY2(w->message.contains(cites), qPrintable(w->message));
    }

    void nextHeavier_data()
    {
        QTest::addColumn<QString>("running");
        QTest::addColumn<QString>("category");
        QTest::addColumn<bool>("leader");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected"); // empty = none

        QTest::newRow("ND 172: khien_trach → canh_cao") << u"khien_trach"_s << u"cc"_s << false << d(1, 7, 2025)
                                                        << u"canh_cao"_s;
        QTest::newRow("ND 112 Điều 7: canh_cao → ha_bac_luong (non-leader)")
            << u"canh_cao"_s << u"cc"_s << false << d(30, 6, 2025) << u"ha_bac_luong"_s;
        QTest::newRow("ND 172: canh_cao → buoc_thoi_viec (non-leader, hạ bậc lương abolished)")
            << u"canh_cao"_s << u"cc"_s << false << d(1, 7, 2025) << u"buoc_thoi_viec"_s;
        QTest::newRow("ND 112 Điều 7: canh_cao → giang_chuc (leader)")
            << u"canh_cao"_s << u"cc"_s << true << d(30, 6, 2025) << u"giang_chuc"_s;
        QTest::newRow("ND 172: canh_cao → cach_chuc (leader)")
            << u"canh_cao"_s << u"cc"_s << true << d(1, 7, 2025) << u"cach_chuc"_s;
        QTest::newRow("ND 172: running ha_bac_luong → buoc_thoi_viec")
            << u"ha_bac_luong"_s << u"cc"_s << false << d(1, 7, 2025) << u"buoc_thoi_viec"_s;
        QTest::newRow("ND 172: cán bộ canh_cao → bai_nhiem (non-leader)")
            << u"canh_cao"_s << u"cb"_s << false << d(1, 7, 2025) << u"bai_nhiem"_s;
        QTest::newRow("ND 234 Điều 7: vc manager canh_cao → cach_chuc")
            << u"canh_cao"_s << u"vc"_s << true << d(1, 7, 2026) << u"cach_chuc"_s;
        QTest::newRow("ND 234 Điều 7: vc canh_cao → buoc_thoi_viec")
            << u"canh_cao"_s << u"vc"_s << false << d(1, 7, 2026) << u"buoc_thoi_viec"_s;
        QTest::newRow("heaviest: none") << u"buoc_thoi_viec"_s << u"cc"_s << false << d(1, 7, 2025) << QString();
        QTest::newRow("khong_chuyen_trach: none (UNSURE)")
            << u"khien_trach"_s << u"khong_chuyen_trach"_s << false << d(1, 7, 2025) << QString();
    }

    void nextHeavier()
    {
        QFETCH(QString, running);
        QFETCH(QString, category);
        QFETCH(bool, leader);
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        QCOMPARE(DisciplineRules::nextHeavierForm(running, category, leader, date).value_or(QString()), expected);
    }

    void repeat_data()
    {
        QTest::addColumn<QString>("earlierForm");
        QTest::addColumn<QDate>("earlierEffective");
        QTest::addColumn<QString>("earlierStaff");
        QTest::addColumn<QString>("form");
        QTest::addColumn<QDate>("violation");
        QTest::addColumn<QDate>("effective");
        QTest::addColumn<QString>("category");
        QTest::addColumn<bool>("leader");
        QTest::addColumn<bool>("warned");
        QTest::addColumn<QString>("suggested");
        QTest::addColumn<QString>("cites");

        const QString t1 = u"T001"_s;
        const QString nd172 = u"Điều 2 Nghị định 172/2025/NĐ-CP"_s;
        QTest::newRow("ND 172 Điều 2: khien_trach running, khien_trach again → canh_cao")
            << u"khien_trach"_s << d(1, 3, 2025) << t1 << u"khien_trach"_s << d(1, 9, 2025) << d(1, 11, 2025)
            << u"cc"_s << false << true << u"canh_cao"_s << nd172;
        QTest::newRow("ND 172 Điều 2: canh_cao running → buoc_thoi_viec")
            << u"canh_cao"_s << d(1, 3, 2025) << t1 << u"canh_cao"_s << d(1, 9, 2025) << d(1, 11, 2025) << u"cc"_s
            << false << true << u"buoc_thoi_viec"_s << nd172;
        QTest::newRow("ND 172 Điều 2: lighter than running also warned")
            << u"canh_cao"_s << d(1, 3, 2025) << t1 << u"khien_trach"_s << d(1, 9, 2025) << d(1, 11, 2025)
            << u"cc"_s << true << true << u"cach_chuc"_s << nd172;
        QTest::newRow("ND 172 Điều 2: heavier form given, no warning")
            << u"khien_trach"_s << d(1, 3, 2025) << t1 << u"canh_cao"_s << d(1, 9, 2025) << d(1, 11, 2025)
            << u"cc"_s << false << false << QString() << QString();
        QTest::newRow("violation on the last running day (28/02/2025)")
            << u"khien_trach"_s << d(29, 2, 2024) << t1 << u"khien_trach"_s << d(27, 2, 2025) << d(1, 5, 2025)
            << u"cc"_s << false << true << u"canh_cao"_s << u"Điều 2 Nghị định 112/2020/NĐ-CP"_s;
        QTest::newRow("violation after the bars lifted: no warning")
            << u"khien_trach"_s << d(29, 2, 2024) << t1 << u"khien_trach"_s << d(28, 2, 2025) << d(1, 5, 2025)
            << u"cc"_s << false << false << QString() << QString();
        QTest::newRow("another person's decision: no warning")
            << u"khien_trach"_s << d(1, 3, 2025) << u"T002"_s << u"khien_trach"_s << d(1, 9, 2025) << d(1, 11, 2025)
            << u"cc"_s << false << false << QString() << QString();
        QTest::newRow("violation date unknown: no warning")
            << u"khien_trach"_s << d(1, 3, 2025) << t1 << u"khien_trach"_s << QDate() << d(1, 11, 2025) << u"cc"_s
            << false << false << QString() << QString();
        QTest::newRow("ND 234/2026: vc manager canh_cao running → cach_chuc")
            << u"canh_cao"_s << d(1, 8, 2026) << t1 << u"canh_cao"_s << d(1, 10, 2026) << d(1, 12, 2026) << u"vc"_s
            << true << true << u"cach_chuc"_s << u"Nghị định 234/2026/NĐ-CP"_s;
        QTest::newRow("ND 172 Điều 2: cach_chuc running, leader → buoc_thoi_viec")
            << u"cach_chuc"_s << d(1, 8, 2025) << t1 << u"cach_chuc"_s << d(1, 10, 2026) << d(1, 12, 2026)
            << u"cc"_s << true << true << u"buoc_thoi_viec"_s << nd172;
        QTest::newRow("ND 172 Điều 2: bai_nhiem running, nothing heavier")
            << u"bai_nhiem"_s << d(1, 8, 2025) << t1 << u"khien_trach"_s << d(1, 10, 2025) << d(1, 12, 2025)
            << u"cb"_s << false << true << QString() << nd172;
    }

    void repeat()
    {
        QFETCH(QString, earlierForm);
        QFETCH(QDate, earlierEffective);
        QFETCH(QString, earlierStaff);
        QFETCH(QString, form);
        QFETCH(QDate, violation);
        QFETCH(QDate, effective);
        QFETCH(QString, category);
        QFETCH(bool, leader);
        QFETCH(bool, warned);
        QFETCH(QString, suggested);
        QFETCH(QString, cites);
        const std::vector<DisciplineDecision> earlier{decision(earlierForm, earlierEffective, {}, {}, earlierStaff)};
        const auto w = DisciplineRules::repeatWarning(decision(form, effective, {}, violation), earlier, category,
                                                      leader);
        QCOMPARE(w.has_value(), warned);
        if (!w)
            return;
        QCOMPARE(w->kind, DisciplineWarning::Kind::RepeatNotHeavier);
        QCOMPARE(w->suggestedForm, suggested);
        QVERIFY2(w->message.contains(cites), qPrintable(w->message));
        if (!suggested.isEmpty())
            QVERIFY2(w->message.contains(DisciplineForms::label(suggested)), qPrintable(w->message));
    }

    void warningsCollected()
    {
        // khong_chuyen_trach: UNSURE in LEGAL-RULES.md, so a NoRuleSet warning and nothing refused.
        const auto a = DisciplineRules::warnings(decision(u"ha_bac_luong"_s, d(1, 8, 2025)), u"khong_chuyen_trach"_s,
                                                 false);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().kind, DisciplineWarning::Kind::NoRuleSet);

        // A civil servant: limitation, processing and repeat, in that order.
        const DisciplineDecision running = decision(u"khien_trach"_s, d(1, 3, 2025));
        const DisciplineDecision late = decision(u"khien_trach"_s, d(1, 12, 2025), {}, d(1, 9, 2025));
        QCOMPARE(DisciplineRules::warnings(late, u"cc"_s, false, {running}, d(1, 1, 2025)).size(), 2);
        const DisciplineDecision old = decision(u"khien_trach"_s, d(1, 12, 2025), {}, d(1, 1, 2019));
        const auto b = DisciplineRules::warnings(old, u"cc"_s, false, {running}, d(1, 1, 2025));
        QCOMPARE(b.size(), 2);
        QCOMPARE(b.at(0).kind, DisciplineWarning::Kind::LimitationExpired);
        QCOMPARE(b.at(1).kind, DisciplineWarning::Kind::ProcessingOverExtendedLimit);
        QVERIFY(DisciplineRules::warnings(decision(u"khien_trach"_s, d(1, 8, 2025)), u"cc"_s, false).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDisciplineRules)
#include "tst_disciplinerules.moc"
