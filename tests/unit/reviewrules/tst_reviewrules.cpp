// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/disciplineform.h"
#include "domain/reviewrules.h"
#include "testprinters.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QDate d(int day, int month, int year)
{
    return QDate(year, month, day);
}

DisciplineDecision discipline(const QString &form, QDate effective, const QString &staff = u"T001"_s)
{
    DisciplineDecision x;
    x.staffCode = staff;
    x.form = form;
    x.decisionNo = u"01/QĐ-UBND"_s;
    x.decisionDate = effective;
    x.effectiveDate = effective;
    return x;
}

ReviewPersonFacts person(const QString &code, const QString &level, QDate start = QDate(2020, 1, 1),
                         bool initiative = false, std::vector<DisciplineDecision> decisions = {})
{
    return {code, start, level, initiative, std::move(decisions)};
}

QStringList codes(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(u' ', Qt::SkipEmptyParts);
}

/** A unit of `total` people: `ldtt` rated tot, the rest rated hoan_thanh, plus `unrated` not rated. */
ReviewUnitFacts unit(int ldtt, int total, int unrated = 0)
{
    ReviewUnitFacts u;
    u.unitCode = u"U01"_s;
    for (int i = 0; i < total + unrated; ++i) {
        const QString level = i < ldtt ? u"tot"_s : (i < total ? u"hoan_thanh"_s : QString());
        u.people.push_back(person(u"P%1"_s.arg(i, 3, 10, QChar(u'0')), level));
    }
    return u;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<DisciplineDecision>)

/**
 * Tests the year-end emulation review rules (LEGAL-RULES.md §2.5, §6, P2.5; RECORDS-CSV.md "review").
 * Each row names the instrument and article it checks. The review year is 2026.
 */
class TestReviewRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laoDongTienTien_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<std::vector<DisciplineDecision>>("decisions");
        QTest::addColumn<bool>("eligible");
        QTest::addColumn<QStringList>("reasons");

        const QDate old = d(1, 1, 2020);
        const std::vector<DisciplineDecision> none;

        // Luật TĐKT 2022 Art 24 cl 1: HTTNV or higher.
        QTest::newRow("tot: Luật 2022 Điều 24") << u"tot"_s << old << none << true
                                                << codes("level_ok service_ok no_discipline_in_year");
        QTest::newRow("xuat_sac: Luật 2022 Điều 24") << u"xuat_sac"_s << old << none << true
                                                     << codes("level_ok service_ok no_discipline_in_year");
        QTest::newRow("hoan_thanh refused: Luật 2022 Điều 24")
            << u"hoan_thanh"_s << old << none << false << codes("level_too_low service_ok no_discipline_in_year");
        QTest::newRow("khong_hoan_thanh refused: Luật 2022 Điều 24")
            << u"khong_hoan_thanh"_s << old << none << false
            << codes("level_too_low service_ok no_discipline_in_year");
        QTest::newRow("not rated refused: Luật 2022 Điều 24")
            << QString() << old << none << false << codes("not_rated service_ok no_discipline_in_year");

        // TT 01/2024/TT-BNV Art 1 cl 5(d): not under 6 months of service by 31/12 (start ≤ 30/06).
        QTest::newRow("start 30/06/2026 ok: TT 01/2024 khoản 5 Điều 1")
            << u"tot"_s << d(30, 6, 2026) << none << true << codes("level_ok service_ok no_discipline_in_year");
        QTest::newRow("start 01/07/2026 refused: TT 01/2024 khoản 5 Điều 1")
            << u"tot"_s << d(1, 7, 2026) << none << false
            << codes("level_ok service_under_6_months no_discipline_in_year");
        QTest::newRow("start 01/07/2025 ok: TT 01/2024 khoản 5 Điều 1")
            << u"tot"_s << d(1, 7, 2025) << none << true << codes("level_ok service_ok no_discipline_in_year");
        QTest::newRow("start unknown warns: TT 01/2024 khoản 5 Điều 1")
            << u"tot"_s << QDate() << none << true << codes("level_ok start_date_unknown no_discipline_in_year");

        // ND 152/2025 Art 4 cl 4: discipline taking effect in Y refuses; one of Y−1 running into Y warns.
        QTest::newRow("khien_trach 01/01/2026 in Y refused: ND 152 khoản 4 Điều 4")
            << u"tot"_s << old << std::vector{discipline(u"khien_trach"_s, d(1, 1, 2026))} << false
            << codes("level_ok service_ok discipline_in_year");
        QTest::newRow("canh_cao 31/12/2026 in Y refused: ND 152 khoản 4 Điều 4")
            << u"xuat_sac"_s << old << std::vector{discipline(u"canh_cao"_s, d(31, 12, 2026))} << false
            << codes("level_ok service_ok discipline_in_year");
        QTest::newRow("khien_trach 15/03/2025 runs into Y warns: ND 152 khoản 4 Điều 4")
            << u"tot"_s << old << std::vector{discipline(u"khien_trach"_s, d(15, 3, 2025))} << true
            << codes("level_ok service_ok no_discipline_in_year discipline_period_runs_into_year");
        QTest::newRow("khien_trach 01/01/2025 ends 01/01/2026 no warning: ND 152 khoản 4 Điều 4")
            << u"tot"_s << old << std::vector{discipline(u"khien_trach"_s, d(1, 1, 2025))} << true
            << codes("level_ok service_ok no_discipline_in_year");
        QTest::newRow("khien_trach 02/01/2025 ends 02/01/2026 warns: ND 152 khoản 4 Điều 4")
            << u"tot"_s << old << std::vector{discipline(u"khien_trach"_s, d(2, 1, 2025))} << true
            << codes("level_ok service_ok no_discipline_in_year discipline_period_runs_into_year");
        QTest::newRow("giang_chuc 01/03/2024 (24 months) warns: ND 152 khoản 4 Điều 4")
            << u"tot"_s << old << std::vector{discipline(u"giang_chuc"_s, d(1, 3, 2024))} << true
            << codes("level_ok service_ok no_discipline_in_year discipline_period_runs_into_year");
        QTest::newRow("khien_trach 2024 over before Y: ND 152 khoản 4 Điều 4")
            << u"tot"_s << old << std::vector{discipline(u"khien_trach"_s, d(1, 6, 2024))} << true
            << codes("level_ok service_ok no_discipline_in_year");
        QTest::newRow("discipline 2027 ignored: ND 152 khoản 4 Điều 4")
            << u"tot"_s << old << std::vector{discipline(u"canh_cao"_s, d(1, 1, 2027))} << true
            << codes("level_ok service_ok no_discipline_in_year");
        QTest::newRow("every condition fails: Luật 2022 Điều 24, TT 01/2024, ND 152")
            << u"hoan_thanh"_s << d(1, 7, 2026)
            << std::vector{discipline(u"canh_cao"_s, d(1, 2, 2025)), discipline(u"khien_trach"_s, d(1, 8, 2026))}
            << false << codes("level_too_low service_under_6_months discipline_in_year discipline_period_runs_into_year");
    }

    void laoDongTienTien()
    {
        QFETCH(QString, level);
        QFETCH(QDate, start);
        QFETCH(std::vector<DisciplineDecision>, decisions);
        QFETCH(bool, eligible);
        QFETCH(QStringList, reasons);

        const PersonReview r = ReviewRules::reviewPerson(person(u"T001"_s, level, start, false, decisions), 2026);
        QCOMPARE(r.laoDongTienTien.title, u"lao_dong_tien_tien"_s);
        QCOMPARE(r.laoDongTienTien.eligible, eligible);
        QCOMPARE(r.laoDongTienTien.codes(), reasons);
        QCOMPARE(r.rated, !level.isEmpty());
        for (const auto &reason : r.laoDongTienTien.reasons) {
            QVERIFY2(!reason.message.isEmpty(), qPrintable(reason.code));
            QVERIFY2(!reason.basis.instrument.isEmpty(), qPrintable(reason.code));
            QCOMPARE(reason.kind == ReviewReason::Kind::Warning,
                     reason.code == u"discipline_period_runs_into_year"_s || reason.code == u"start_date_unknown"_s);
        }
    }

    void warningCarriesTheDateAchievementsCountAgain()
    {
        // ND 152/2025 Art 4 cl 4: khien_trach effective 15/03/2025 bars until 15/03/2026 (DisciplineRules).
        const auto r = ReviewRules::reviewPerson(
            person(u"T001"_s, u"tot"_s, d(1, 1, 2020), false, {discipline(u"khien_trach"_s, d(15, 3, 2025))}), 2026);
        const auto &w = r.laoDongTienTien.reasons.back();
        QCOMPARE(w.code, u"discipline_period_runs_into_year"_s);
        QVERIFY2(w.message.contains(u"15/03/2026"_s), qPrintable(w.message));
        QCOMPARE(w.basis.citation(), u"khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP"_s);

        const auto ok = ReviewRules::reviewPerson(person(u"T001"_s, u"tot"_s), 2026);
        QCOMPARE(ok.laoDongTienTien.reasons.front().basis.citation(), u"Điều 24 Luật Thi đua, khen thưởng 2022"_s);
        QCOMPARE(ok.laoDongTienTien.reasons.at(1).basis.instrument, u"Thông tư 01/2024/TT-BNV"_s);
    }

    void chienSiThiDuaCoSo_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("initiative");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<bool>("eligible");
        QTest::addColumn<QStringList>("reasons");

        const QDate old = d(1, 1, 2020);
        // Luật TĐKT 2022 Art 23: LĐTT and (HTXSNV or an initiative).
        QTest::newRow("xuat_sac: Luật 2022 Điều 23")
            << u"xuat_sac"_s << false << old << true << codes("lao_dong_tien_tien level_xuat_sac");
        QTest::newRow("tot + initiative: Luật 2022 Điều 23")
            << u"tot"_s << true << old << true << codes("lao_dong_tien_tien initiative");
        QTest::newRow("xuat_sac + initiative: Luật 2022 Điều 23")
            << u"xuat_sac"_s << true << old << true << codes("lao_dong_tien_tien level_xuat_sac initiative");
        QTest::newRow("tot alone refused: Luật 2022 Điều 23")
            << u"tot"_s << false << old << false << codes("lao_dong_tien_tien no_xuat_sac_or_initiative");
        QTest::newRow("hoan_thanh + initiative refused (no LĐTT): Luật 2022 Điều 23")
            << u"hoan_thanh"_s << true << old << false << codes("not_lao_dong_tien_tien initiative");
        QTest::newRow("xuat_sac started 01/07 refused (no LĐTT): Luật 2022 Điều 23, TT 01/2024")
            << u"xuat_sac"_s << false << d(1, 7, 2026) << false << codes("not_lao_dong_tien_tien level_xuat_sac");
    }

    void chienSiThiDuaCoSo()
    {
        QFETCH(QString, level);
        QFETCH(bool, initiative);
        QFETCH(QDate, start);
        QFETCH(bool, eligible);
        QFETCH(QStringList, reasons);

        const PersonReview r = ReviewRules::reviewPerson(person(u"T001"_s, level, start, initiative), 2026);
        QCOMPARE(r.chienSiThiDuaCoSo.title, u"chien_si_thi_dua_co_so"_s);
        QCOMPARE(r.chienSiThiDuaCoSo.eligible, eligible);
        QCOMPARE(r.chienSiThiDuaCoSo.codes(), reasons);
        QCOMPARE(r.chienSiThiDuaCoSo.reasons.front().basis.citation(), u"Điều 23 Luật Thi đua, khen thưởng 2022"_s);
    }

    void collectiveMembers_data()
    {
        QTest::addColumn<int>("ldtt");
        QTest::addColumn<int>("rated");
        QTest::addColumn<int>("unrated");
        QTest::addColumn<QString>("disciplineForm"); // given to the first person, effective in Y; "" = none
        QTest::addColumn<int>("thresholdPerMille");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("reasons");

        // Collective LĐTT (old Luật TĐKT Art 28; LEGAL-RULES.md §6): more than 50% of members LĐTT, strictly.
        QTest::newRow("exactly 50% refused: Tập thể LĐTT > 50%")
            << 5 << 10 << 0 << QString() << 500 << false
            << codes("members_share_too_low no_member_canh_cao_or_heavier");
        QTest::newRow("51% ok: Tập thể LĐTT > 50%")
            << 51 << 100 << 0 << QString() << 500 << true << codes("members_share_ok no_member_canh_cao_or_heavier");
        QTest::newRow("6 of 10 ok: Tập thể LĐTT > 50%")
            << 6 << 10 << 0 << QString() << 500 << true << codes("members_share_ok no_member_canh_cao_or_heavier");
        QTest::newRow("unrated people not counted, 3 of 5 rated: Tập thể LĐTT > 50%")
            << 3 << 5 << 4 << QString() << 500 << true << codes("members_share_ok no_member_canh_cao_or_heavier");
        QTest::newRow("nobody rated refused: Tập thể LĐTT > 50%")
            << 0 << 0 << 3 << QString() << 500 << false
            << codes("members_share_too_low no_member_canh_cao_or_heavier");
        // Provincial 70% (Bắc Ninh QĐ 86/2025 Art 4 cl 3), as the setting: still "more than".
        QTest::newRow("70% at threshold 0.7 refused: QĐ 86/2025 Bắc Ninh")
            << 7 << 10 << 0 << QString() << 700 << false
            << codes("members_share_too_low no_member_canh_cao_or_heavier");
        QTest::newRow("71% at threshold 0.7 ok: QĐ 86/2025 Bắc Ninh")
            << 71 << 100 << 0 << QString() << 700 << true << codes("members_share_ok no_member_canh_cao_or_heavier");
        QTest::newRow("60% at threshold 0.7 refused: QĐ 86/2025 Bắc Ninh")
            << 6 << 10 << 0 << QString() << 700 << false
            << codes("members_share_too_low no_member_canh_cao_or_heavier");
        // No member disciplined at cảnh cáo or heavier in Y (old Luật TĐKT Art 28).
        QTest::newRow("member khien_trach does not bar: Tập thể LĐTT no cảnh cáo")
            << 7 << 10 << 0 << u"khien_trach"_s << 500 << true
            << codes("members_share_ok no_member_canh_cao_or_heavier");
        QTest::newRow("member canh_cao bars: Tập thể LĐTT no cảnh cáo")
            << 7 << 10 << 0 << u"canh_cao"_s << 500 << false << codes("members_share_ok member_canh_cao_or_heavier");
        QTest::newRow("member ha_bac_luong bars: Tập thể LĐTT no cảnh cáo")
            << 7 << 10 << 0 << u"ha_bac_luong"_s << 500 << false
            << codes("members_share_ok member_canh_cao_or_heavier");
        QTest::newRow("unrated member buoc_thoi_viec bars: Tập thể LĐTT no cảnh cáo")
            << 3 << 5 << 1 << u"buoc_thoi_viec"_s << 500 << false
            << codes("members_share_ok member_canh_cao_or_heavier");
    }

    void collectiveMembers()
    {
        QFETCH(int, ldtt);
        QFETCH(int, rated);
        QFETCH(int, unrated);
        QFETCH(QString, disciplineForm);
        QFETCH(int, thresholdPerMille);
        QFETCH(bool, ok);
        QFETCH(QStringList, reasons);

        ReviewUnitFacts facts = unit(ldtt, rated, unrated);
        if (!disciplineForm.isEmpty()) {
            // On someone who is not counted as LĐTT either way: the last person (hoan_thanh or unrated).
            facts.people.back().discipline.push_back(discipline(disciplineForm, d(1, 5, 2026), facts.people.back().code));
        }
        ReviewSettings settings;
        settings.collectiveThresholdPerMille = thresholdPerMille;
        const UnitReview u = ReviewRules::reviewUnit(facts, 2026, settings);
        QCOMPARE(u.unitCode, u"U01"_s);
        QCOMPARE(u.ratedCount, rated);
        QCOMPARE(u.laoDongTienTienCount, ldtt);
        QCOMPARE(int(u.people.size()), rated + unrated);
        QCOMPARE(u.tapTheMembersOk.title, u"tap_the_lao_dong_tien_tien_members_ok"_s);
        QCOMPARE(u.tapTheMembersOk.eligible, ok);
        QCOMPARE(u.tapTheMembersOk.codes(), reasons);
        QVERIFY(!u.cstdcsCapLimit);
        QCOMPARE(u.cstdcsOverCapBy, 0);
    }

    void collectiveIgnoresCanhCaoOfAnEarlierYear()
    {
        // Tập thể LĐTT: only discipline taking effect in Y bars; cảnh cáo of 2025 running into 2026 does not.
        ReviewUnitFacts facts = unit(7, 10);
        facts.people.back().discipline.push_back(discipline(u"canh_cao"_s, d(1, 10, 2025), facts.people.back().code));
        const UnitReview u = ReviewRules::reviewUnit(facts, 2026);
        QVERIFY(u.tapTheMembersOk.eligible);
        QVERIFY(u.tapTheMembersOk.has(u"no_member_canh_cao_or_heavier"_s));
        QVERIFY(u.people.back().laoDongTienTien.has(u"discipline_period_runs_into_year"_s));
        QVERIFY(u.tapTheMembersOk.reasons.front().message.contains(u"7 of 10"_s));
    }

    void formRanking()
    {
        // The discipline domain's ranking: khien_trach < canh_cao < … (DisciplineForms::severity).
        QVERIFY(!ReviewRules::isWarningOrHeavier(u"khien_trach"_s));
        for (const auto &f : DisciplineForms::codes()) {
            if (f != u"khien_trach"_s)
                QVERIFY2(ReviewRules::isWarningOrHeavier(f), qPrintable(f));
        }
        QVERIFY(!ReviewRules::isWarningOrHeavier(u"unknown"_s));
    }

    void cap_data()
    {
        QTest::addColumn<int>("excellent"); // people rated xuat_sac (CSTĐCS candidates)
        QTest::addColumn<int>("good");      // people rated tot, no initiative
        QTest::addColumn<std::optional<int>>("capPerMille");
        QTest::addColumn<std::optional<int>>("limit");
        QTest::addColumn<int>("overBy");

        // Luật TĐKT 2022 Art 23: no cap; a cap is a setting (ND 91/2017 Art 9 cl 3 had 15% of LĐTT).
        QTest::newRow("cap off, 5 of 10: Luật 2022 Điều 23 no cap")
            << 5 << 5 << std::optional<int>() << std::optional<int>() << 0;
        QTest::newRow("cap 15% of 20 LĐTT = 3 places, 5 candidates: ND 91/2017 khoản 3 Điều 9")
            << 5 << 15 << std::optional<int>(150) << std::optional<int>(3) << 2;
        QTest::newRow("cap 15% of 20 LĐTT = 3 places, 3 candidates: ND 91/2017 khoản 3 Điều 9")
            << 3 << 17 << std::optional<int>(150) << std::optional<int>(3) << 0;
        QTest::newRow("cap 15% of 6 LĐTT = 0 places, 1 candidate: ND 91/2017 khoản 3 Điều 9")
            << 1 << 5 << std::optional<int>(150) << std::optional<int>(0) << 1;
    }

    void cap()
    {
        QFETCH(int, excellent);
        QFETCH(int, good);
        QFETCH(std::optional<int>, capPerMille);
        QFETCH(std::optional<int>, limit);
        QFETCH(int, overBy);

        ReviewUnitFacts facts;
        facts.unitCode = u"U01"_s;
        for (int i = 0; i < excellent + good; ++i)
            facts.people.push_back(person(u"P%1"_s.arg(i), i < excellent ? u"xuat_sac"_s : u"tot"_s));
        ReviewSettings settings;
        settings.cstdcsCapPerMille = capPerMille;
        const UnitReview u = ReviewRules::reviewUnit(facts, 2026, settings);
        QCOMPARE(u.chienSiThiDuaCoSoCount, excellent);
        QCOMPARE(u.cstdcsCapLimit, limit);
        QCOMPARE(u.cstdcsOverCapBy, overBy);
        // Nobody is chosen or dropped: every candidate stays eligible; over the cap, each is flagged.
        for (const auto &p : u.people) {
            QCOMPARE(p.chienSiThiDuaCoSo.eligible, p.chienSiThiDuaCoSo.has(u"level_xuat_sac"_s));
            const bool flagged = p.chienSiThiDuaCoSo.has(u"over_cap"_s);
            QCOMPARE(flagged, overBy > 0 && p.chienSiThiDuaCoSo.eligible);
            if (flagged) {
                const auto &w = p.chienSiThiDuaCoSo.reasons.back();
                QCOMPARE(w.kind, ReviewReason::Kind::Warning);
                QVERIFY2(w.message.contains(u"council"_s), qPrintable(w.message));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
