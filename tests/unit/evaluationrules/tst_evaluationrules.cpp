// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/evaluationlevel.h"
#include "domain/evaluationrules.h"

#include <QTest>

using namespace Qt::StringLiterals;

/**
 * EvaluationRules (LEGAL-RULES.md §1.4–1.6, 1.10, 1.11, P2.3, P2.4.1, P2.7; RECORDS-CSV.md "report
 * evaluations"): data-driven rule tables, each row naming the article it checks, in both regimes
 * (ND 90/2020 as amended by ND 48/2023 up to 2025; ND 335/2025 for civil servants and ND 233/2026 for
 * viên chức from 2026).
 */
class TestEvaluationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levels_data();
    void levels();
    void ruleSets_data();
    void ruleSets();
    void assess_data();
    void assess();
    void findingsCiteTheArticle();
    void nd90Transition_data();
    void nd90Transition();
    void excellentLimit_data();
    void excellentLimit();
    void ratePerMille_data();
    void ratePerMille();
    void consequence_data();
    void consequence();
};

void TestEvaluationRules::levels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code"); // "" = no match

    QTest::newRow("code") << u"xuat_sac"_s << u"xuat_sac"_s;
    QTest::newRow("abbreviation HTXSNV") << u"HTXSNV"_s << u"xuat_sac"_s;
    QTest::newRow("abbreviation lower case httnv") << u"httnv"_s << u"tot"_s;
    QTest::newRow("abbreviation HTNV") << u" HTNV "_s << u"hoan_thanh"_s;
    QTest::newRow("abbreviation KHTNV") << u"KHTNV"_s << u"khong_hoan_thanh"_s;
    QTest::newRow("Vietnamese words") << u"Hoàn thành tốt nhiệm vụ"_s << u"tot"_s;
    QTest::newRow("without diacritics or case") << u"KHONG HOAN THANH NHIEM VU"_s << u"khong_hoan_thanh"_s;
    QTest::newRow("short word") << u"xuất sắc"_s << u"xuat_sac"_s;
    QTest::newRow("unknown") << u"gioi"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestEvaluationRules::levels()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(EvaluationLevels::match(text).value_or(QString()), code);
    QCOMPARE(EvaluationLevels::codes(),
             (QStringList{u"xuat_sac"_s, u"tot"_s, u"hoan_thanh"_s, u"khong_hoan_thanh"_s}));
    QVERIFY(EvaluationLevels::isHigher(u"xuat_sac"_s, u"tot"_s));
    QVERIFY(!EvaluationLevels::isHigher(u"hoan_thanh"_s, u"tot"_s));
    QVERIFY(!EvaluationLevels::isHigher(u"tot"_s, QString()));
    QCOMPARE(EvaluationLevels::abbreviation(u"khong_hoan_thanh"_s), u"KHTNV"_s);
}

void TestEvaluationRules::ruleSets_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("ruleSet");

    QTest::newRow("ND 90/2020 + ND 48/2023: cc 2025") << u"cc"_s << 2025 << u"nd90_2020"_s;
    QTest::newRow("ND 335/2025 Art 1: cc from 2026") << u"cc"_s << 2026 << u"nd335_2025_cc"_s;
    QTest::newRow("ND 335/2025 Art 1: cc_xa from 2026") << u"cc_xa"_s << 2027 << u"nd335_2025_cc"_s;
    QTest::newRow("ND 90/2020: vc 2025") << u"vc"_s << 2025 << u"nd90_2020"_s;
    QTest::newRow("ND 233/2026: vc from 2026") << u"vc"_s << 2026 << u"nd233_2026_vc"_s;
    QTest::newRow("ND 90/2020 (UNSURE after 2025): cb 2026") << u"cb"_s << 2026 << u"nd90_2020_cb_2026"_s;
    QTest::newRow("ND 90/2020: cb_xa 2016") << u"cb_xa"_s << 2016 << u"nd90_2020"_s;
    QTest::newRow("khong_chuyen_trach by analogy") << u"khong_chuyen_trach"_s << 2026 << u"nd90_2020_cb_2026"_s;
}

void TestEvaluationRules::ruleSets()
{
    QFETCH(QString, category);
    QFETCH(int, year);
    QFETCH(QString, ruleSet);
    const EvaluationRuleSet *set = EvaluationRules::ruleSetFor(category, year);
    QVERIFY(set);
    QCOMPARE(set->id, ruleSet);
}

void TestEvaluationRules::assess_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("worked");
    QTest::addColumn<int>("absent");
    QTest::addColumn<bool>("maternity");
    QTest::addColumn<int>("score"); // tenths; -1 = none
    QTest::addColumn<QString>("final");
    QTest::addColumn<bool>("disciplined");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<bool>("rated");
    QTest::addColumn<QString>("maxLevel");
    QTest::addColumn<QString>("scoreLevel");
    QTest::addColumn<QStringList>("flags");

    const QString xs = u"xuat_sac"_s, tot = u"tot"_s, ht = u"hoan_thanh"_s, kht = u"khong_hoan_thanh"_s;
    QTest::newRow("ND 90 Art 2: 12 months, no flag")
        << u"cc"_s << 2025 << 12 << 0 << false << -1 << tot << false << QString() << true << xs << QString()
        << QStringList{};
    QTest::newRow("ND 90 Art 2: 5 months worked → not rated, only short_service")
        << u"cc"_s << 2025 << 5 << 4 << false << -1 << xs << true << kht << false << QString() << QString()
        << QStringList{u"short_service"_s};
    QTest::newRow("ND 90 Art 2: 6 months worked is rated")
        << u"vc"_s << 2024 << 6 << 0 << false << -1 << tot << false << QString() << true << xs << QString()
        << QStringList{};
    QTest::newRow("ND 90 Art 2: 3 months worked on maternity leave is rated")
        << u"cc"_s << 2025 << 3 << 0 << true << -1 << tot << false << QString() << true << xs << QString()
        << QStringList{};
    QTest::newRow("ND 233/2026 Art 14: vc 2026 with 4 months not rated")
        << u"vc"_s << 2026 << 4 << 0 << false << -1 << QString() << false << QString() << false << QString()
        << QString() << QStringList{u"short_service"_s};
    QTest::newRow("ND 335/2025: cc 2026, 5 months: score level shown, no score_mismatch, only short_service")
        << u"cc"_s << 2026 << 5 << 0 << false << 950 << tot << false << QString() << false << QString() << xs
        << QStringList{u"short_service"_s};
    QTest::newRow("ND 90 Art 2: 3 months absent → at most hoan_thanh")
        << u"cc"_s << 2025 << 12 << 3 << false << -1 << ht << false << QString() << true << ht << QString()
        << QStringList{u"absence_cap"_s};
    QTest::newRow("ND 90 Art 2: 5 months absent with tot → above_max_level")
        << u"cb_xa"_s << 2024 << 12 << 5 << false << -1 << tot << false << QString() << true << ht << QString()
        << QStringList{u"absence_cap"_s, u"above_max_level"_s};
    QTest::newRow("ND 90 Art 2: 6 months absent is not capped")
        << u"cc"_s << 2025 << 12 << 6 << false << -1 << xs << false << QString() << true << xs << QString()
        << QStringList{};
    QTest::newRow("ND 90 Art 2: 2 months absent is not capped")
        << u"cc"_s << 2025 << 12 << 2 << false << -1 << xs << false << QString() << true << xs << QString()
        << QStringList{};
    QTest::newRow("ND 48/2023 Art 1: disciplined in 2025, KHTNV decided")
        << u"cc"_s << 2025 << 12 << 0 << false << -1 << kht << true << QString() << true << kht << QString()
        << QStringList{u"disciplined"_s};
    QTest::newRow("ND 48/2023 Art 1: disciplined, tot decided → above_max_level")
        << u"vc"_s << 2025 << 12 << 0 << false << -1 << tot << true << QString() << true << kht << QString()
        << QStringList{u"disciplined"_s, u"above_max_level"_s};
    QTest::newRow("ND 335/2025: disciplined cc 2026 with score 95, tot decided → disciplined, above, mismatch")
        << u"cc"_s << 2026 << 12 << 0 << false << 950 << tot << true << QString() << true << kht << xs
        << QStringList{u"disciplined"_s, u"above_max_level"_s, u"score_mismatch"_s};
    QTest::newRow("ND 233/2026 Art 14: disciplined vc 2026, no score bands")
        << u"vc"_s << 2026 << 12 << 0 << false << 950 << kht << true << QString() << true << kht << QString()
        << QStringList{u"disciplined"_s};
    QTest::newRow("absence cap and discipline together → KHTNV")
        << u"cc"_s << 2025 << 12 << 4 << false << -1 << QString() << true << QString() << true << kht << QString()
        << QStringList{u"absence_cap"_s, u"disciplined"_s};
    QTest::newRow("ND 335/2025: score 90.0 → xuat_sac")
        << u"cc"_s << 2026 << 12 << 0 << false << 900 << xs << false << QString() << true << xs << xs
        << QStringList{};
    QTest::newRow("ND 335/2025: score 89.9 → tot, xuat_sac decided → score_mismatch")
        << u"cc_xa"_s << 2026 << 12 << 0 << false << 899 << xs << false << QString() << true << xs << tot
        << QStringList{u"score_mismatch"_s};
    QTest::newRow("ND 335/2025: score 70.0 → tot") << u"cc"_s << 2026 << 12 << 0 << false << 700 << tot << false
                                                   << QString() << true << xs << tot << QStringList{};
    QTest::newRow("ND 335/2025: score 69.9 → hoan_thanh") << u"cc"_s << 2026 << 12 << 0 << false << 699 << ht
                                                          << false << QString() << true << xs << ht << QStringList{};
    QTest::newRow("ND 335/2025: score 50.0 → hoan_thanh") << u"cc"_s << 2026 << 12 << 0 << false << 500 << ht
                                                          << false << QString() << true << xs << ht << QStringList{};
    QTest::newRow("ND 335/2025: score 49.9 → khong_hoan_thanh")
        << u"cc"_s << 2026 << 12 << 0 << false << 499 << kht << false << QString() << true << xs << kht
        << QStringList{};
    QTest::newRow("ND 335/2025: score 0 → khong_hoan_thanh, not decided → no mismatch")
        << u"cc"_s << 2026 << 12 << 0 << false << 0 << QString() << false << QString() << true << xs << kht
        << QStringList{};
    QTest::newRow("ND 90: cc 2025 with a score has no score level")
        << u"cc"_s << 2025 << 12 << 0 << false << 950 << tot << false << QString() << true << xs << QString()
        << QStringList{};
    QTest::newRow("ND 335/2025 only for civil servants: cb 2026 has no score level")
        << u"cb"_s << 2026 << 12 << 0 << false << 950 << tot << false << QString() << true << xs << QString()
        << QStringList{};
    QTest::newRow("Luật CBCC Art 58: KHTNV 2025 after KHTNV 2024")
        << u"cc"_s << 2025 << 12 << 0 << false << -1 << kht << false << kht << true << xs << QString()
        << QStringList{u"second_consecutive_khong_hoan_thanh"_s};
    QTest::newRow("Luật CBCC Art 58: KHTNV 2026 after KHTNV 2025 (across ND 90 → ND 335)")
        << u"cc_xa"_s << 2026 << 12 << 0 << false << 400 << kht << false << kht << true << xs << kht
        << QStringList{u"second_consecutive_khong_hoan_thanh"_s};
    QTest::newRow("Luật Viên chức Art 29: vc KHTNV 2026 after 2025, disciplined")
        << u"vc"_s << 2026 << 12 << 0 << false << -1 << kht << true << kht << true << kht << QString()
        << QStringList{u"disciplined"_s, u"second_consecutive_khong_hoan_thanh"_s};
    QTest::newRow("KHTNV after hoan_thanh is not a second year")
        << u"cc"_s << 2026 << 12 << 0 << false << -1 << kht << false << ht << true << xs << QString()
        << QStringList{};
    QTest::newRow("ND 233/2026 Art 14: vc 2026, 2 months worked on maternity leave is rated")
        << u"vc"_s << 2026 << 2 << 0 << true << -1 << tot << false << QString() << true << xs << QString()
        << QStringList{};
    QTest::newRow("ND 335/2025: cc 2026, 5 months worked on maternity leave is rated, score level kept")
        << u"cc"_s << 2026 << 5 << 0 << true << 750 << tot << false << QString() << true << xs << tot
        << QStringList{};
    QTest::newRow("Luật Viên chức Art 29: vc KHTNV 2026 (ND 233) after KHTNV 2025 (ND 90)")
        << u"vc"_s << 2026 << 12 << 0 << false << -1 << kht << false << kht << true << xs << QString()
        << QStringList{u"second_consecutive_khong_hoan_thanh"_s};
    QTest::newRow("not rated in Y: no consecutive flag even with KHTNV twice")
        << u"cc"_s << 2026 << 4 << 0 << false << -1 << kht << false << kht << false << QString() << QString()
        << QStringList{u"short_service"_s};
}

void TestEvaluationRules::assess()
{
    QFETCH(QString, category);
    QFETCH(int, year);
    QFETCH(int, worked);
    QFETCH(int, absent);
    QFETCH(bool, maternity);
    QFETCH(int, score);
    QFETCH(QString, final);
    QFETCH(bool, disciplined);
    QFETCH(QString, previous);
    QFETCH(bool, rated);
    QFETCH(QString, maxLevel);
    QFETCH(QString, scoreLevel);
    QFETCH(QStringList, flags);

    EvaluationFacts f;
    f.category = category;
    f.year = year;
    f.monthsWorked = worked;
    f.monthsAbsent = absent;
    f.maternityLeave = maternity;
    if (score >= 0)
        f.scoreTenths = score;
    f.finalLevel = final;
    f.disciplined = disciplined;
    f.previousFinalLevel = previous;
    const EvaluationOutcome o = EvaluationRules::assess(f);
    QCOMPARE(o.rated, rated);
    QCOMPARE(o.maxLevel, maxLevel);
    QCOMPARE(o.scoreLevel, scoreLevel);
    QCOMPARE(o.flags, flags);
    QCOMPARE(int(o.findings.size()), int(flags.size()));
}

void TestEvaluationRules::findingsCiteTheArticle()
{
    EvaluationFacts f;
    f.category = u"cc"_s;
    f.year = 2025;
    f.disciplined = true;
    f.finalLevel = u"tot"_s;
    EvaluationOutcome o = EvaluationRules::assess(f);
    QCOMPARE(o.findings.front().citation, u"khoản 2 Điều 1 Nghị định 48/2023/NĐ-CP"_s);
    QVERIFY(o.findings.front().message.contains(u"Nghị định 48/2023/NĐ-CP"_s));
    f.year = 2026;
    o = EvaluationRules::assess(f);
    QCOMPARE(o.findings.front().citation, u"Nghị định 335/2025/NĐ-CP"_s);
    f.category = u"vc"_s;
    o = EvaluationRules::assess(f);
    QCOMPARE(o.findings.front().citation, u"Điều 14 Nghị định 233/2026/NĐ-CP"_s);
    f = {};
    f.category = u"cc"_s;
    f.year = 2025;
    f.monthsWorked = 2;
    o = EvaluationRules::assess(f);
    QVERIFY(o.findings.front().citation.startsWith(u"Điều 2 Nghị định 90/2020/NĐ-CP"_s));
    QCOMPARE(EvaluationRules::ruleSetFor(u"vc"_s, 2026)->capException.citation(),
             u"điểm b khoản 6 Điều 12 Nghị định 233/2026/NĐ-CP"_s);
    QCOMPARE(EvaluationRules::ruleSetFor(u"cc"_s, 2025)->capException.citation(),
             u"khoản 1.5 Điều 11 Quy định 366-QĐ/TW"_s);
}

void TestEvaluationRules::nd90Transition_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("transition");
    QTest::addColumn<int>("worked");
    QTest::addColumn<int>("absent");
    QTest::addColumn<bool>("disciplined");
    QTest::addColumn<int>("score"); // tenths; -1 = none
    QTest::addColumn<QString>("ruleSet");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("citation"); // of the first finding ("" = none)

    const QString tr90 = u"nd90_2020_vc_2026_transition"_s;
    QTest::newRow("ND 233/2026 Art 20 cl 1: vc 2026 of a unit without its own rules → ND 90 criteria")
        << u"vc"_s << 2026 << true << 12 << 0 << false << -1 << tr90 << QStringList{} << QString();
    QTest::newRow("ND 233/2026 Art 20 cl 1: vc 2026, 4 months worked → ND 90 Art 2, not rated")
        << u"vc"_s << 2026 << true << 4 << 0 << false << -1 << tr90 << QStringList{u"short_service"_s}
        << u"Điều 2 Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP), áp dụng theo khoản 1 Điều 20 "
           "Nghị định 233/2026/NĐ-CP"_s;
    QTest::newRow("ND 233/2026 Art 20 cl 1: vc 2026, 4 months of leave → ND 90 Art 2 cap")
        << u"vc"_s << 2026 << true << 12 << 4 << false << -1 << tr90 << QStringList{u"absence_cap"_s}
        << u"Điều 2 Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP), áp dụng theo khoản 1 Điều 20 "
           "Nghị định 233/2026/NĐ-CP"_s;
    QTest::newRow("ND 233/2026 Art 20 cl 1: vc 2026 disciplined → ND 48/2023 Art 1 cl 2")
        << u"vc"_s << 2026 << true << 12 << 0 << true << -1 << tr90 << QStringList{u"disciplined"_s}
        << u"khoản 2 Điều 1 Nghị định 48/2023/NĐ-CP, áp dụng theo khoản 1 Điều 20 Nghị định 233/2026/NĐ-CP"_s;
    QTest::newRow("ND 233/2026 Art 14: vc 2026 of a unit with its own rules → ND 233")
        << u"vc"_s << 2026 << false << 4 << 0 << false << -1 << u"nd233_2026_vc"_s << QStringList{u"short_service"_s}
        << u"Điều 14 Nghị định 233/2026/NĐ-CP"_s;
    QTest::newRow("ND 233/2026 Art 20 cl 1 is for the 2026 rating only: vc 2027 → ND 233")
        << u"vc"_s << 2027 << true << 12 << 0 << false << -1 << u"nd233_2026_vc"_s << QStringList{} << QString();
    QTest::newRow("ND 233/2026 Art 20 cl 1 changes nothing before 2026: vc 2025 → ND 90")
        << u"vc"_s << 2025 << true << 12 << 0 << false << -1 << u"nd90_2020"_s << QStringList{} << QString();
    QTest::newRow("ND 233/2026 Art 20 cl 1 is for viên chức: cc 2026 → ND 335, score bands kept")
        << u"cc"_s << 2026 << true << 12 << 0 << false << 950 << u"nd335_2025_cc"_s << QStringList{} << QString();
    QTest::newRow("ND 233/2026 Art 20 cl 1 is for viên chức: cb 2026 unchanged")
        << u"cb"_s << 2026 << true << 12 << 0 << false << -1 << u"nd90_2020_cb_2026"_s << QStringList{} << QString();
}

void TestEvaluationRules::nd90Transition()
{
    QFETCH(QString, category);
    QFETCH(int, year);
    QFETCH(bool, transition);
    QFETCH(int, worked);
    QFETCH(int, absent);
    QFETCH(bool, disciplined);
    QFETCH(int, score);
    QFETCH(QString, ruleSet);
    QFETCH(QStringList, flags);
    QFETCH(QString, citation);

    const EvaluationRuleSet *set = EvaluationRules::ruleSetFor(category, year, transition);
    QVERIFY(set);
    QCOMPARE(set->id, ruleSet);
    EvaluationFacts f;
    f.category = category;
    f.year = year;
    f.monthsWorked = worked;
    f.monthsAbsent = absent;
    f.disciplined = disciplined;
    if (score >= 0)
        f.scoreTenths = score;
    f.nd90Transition = transition;
    const EvaluationOutcome o = EvaluationRules::assess(f);
    QCOMPARE(o.ruleSet, ruleSet);
    QCOMPARE(o.flags, flags);
    if (!citation.isEmpty())
        QCOMPARE(o.findings.front().citation, citation);
    // Without the flag the year's own set applies; the transition set is never chosen by year alone.
    QVERIFY(EvaluationRules::ruleSetFor(category, year)->id != u"nd90_2020_vc_2026_transition"_s);
    if (ruleSet == u"nd90_2020_vc_2026_transition"_s)
        QVERIFY(set->scoreBands.empty());
}

void TestEvaluationRules::excellentLimit_data()
{
    QTest::addColumn<int>("good");
    QTest::addColumn<int>("perMille");
    QTest::addColumn<int>("limit");

    QTest::newRow("ND 335/2025: 0 tot → 0") << 0 << 200 << 0;
    QTest::newRow("ND 335/2025: 4 tot → 0 (floor of 0.8)") << 4 << 200 << 0;
    QTest::newRow("ND 335/2025: 5 tot → 1 (0.2 × 5 exactly)") << 5 << 200 << 1;
    QTest::newRow("ND 335/2025: 6 tot → 1") << 6 << 200 << 1;
    QTest::newRow("ND 335/2025: 9 tot → 1") << 9 << 200 << 1;
    QTest::newRow("ND 335/2025: 10 tot → 2") << 10 << 200 << 2;
    QTest::newRow("ND 335/2025: 15 tot → 3 (0.2 × 15 = 3.0000000000000004 in doubles)") << 15 << 200 << 3;
    QTest::newRow("ND 335/2025: 35 tot → 7") << 35 << 200 << 7;
    QTest::newRow("QĐ 366 Art 11 cl 1.5: 25% of 3 tot → 0") << 3 << 250 << 0;
    QTest::newRow("QĐ 366 Art 11 cl 1.5: 25% of 4 tot → 1") << 4 << 250 << 1;
    QTest::newRow("ND 233/2026 Art 12 cl 6b: 25% of 7 tot → 1") << 7 << 250 << 1;
    QTest::newRow("ND 233/2026 Art 12 cl 6b: 25% of 8 tot → 2") << 8 << 250 << 2;
    QTest::newRow("setting 0.3: 10 tot → 3 (0.3 × 10 = 2.9999999999999996 in doubles)") << 10 << 300 << 3;
    QTest::newRow("setting 0.7: 10 tot → 7 (0.7 × 10 = 7.000000000000001)") << 10 << 700 << 7;
    QTest::newRow("setting 0.15: 20 tot → 3") << 20 << 150 << 3;
    QTest::newRow("rate 0 → 0") << 10 << 0 << 0;
}

void TestEvaluationRules::excellentLimit()
{
    QFETCH(int, good);
    QFETCH(int, perMille);
    QFETCH(int, limit);
    QCOMPARE(EvaluationRules::excellentLimit(good, perMille), limit);
}

void TestEvaluationRules::ratePerMille_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("perMille");

    QTest::newRow("0.2") << 0.2 << 200;
    QTest::newRow("0.25") << 0.25 << 250;
    QTest::newRow("0.1 + 0.2 (0.30000000000000004)") << 0.1 + 0.2 << 300;
    QTest::newRow("0.7") << 0.7 << 700;
    QTest::newRow("0.29 (0.28999999999999998)") << 0.29 << 290;
    QTest::newRow("0") << 0.0 << 0;
    QTest::newRow("1") << 1.0 << 1000;
    QTest::newRow("negative") << -0.1 << -1;
    QTest::newRow("over 1") << 1.5 << -1;
}

void TestEvaluationRules::ratePerMille()
{
    QFETCH(double, rate);
    QFETCH(int, perMille);
    QCOMPARE(EvaluationRules::ratePerMille(rate), perMille);
    if (perMille >= 0) // 0.29 × 100 tot = 28.999999999999996 in doubles: the limit stays 29
        QCOMPARE(EvaluationRules::excellentLimit(100, EvaluationRules::ratePerMille(rate)), perMille / 10);
}

void TestEvaluationRules::consequence_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("citation");
    QTest::addColumn<QString>("says");

    QTest::newRow("Luật CBCC Art 29: cán bộ") << u"cb_xa"_s << 2024 << u"Điều 29"_s << u"miễn nhiệm"_s;
    QTest::newRow("Luật 52/2019 Art 1 cl 12 (Luật CBCC Art 58): công chức")
        << u"cc"_s << 2024 << u"khoản 12 Điều 1 Luật 52/2019/QH14"_s << u"cho thôi việc"_s;
    QTest::newRow("Luật Viên chức Art 29: viên chức") << u"vc"_s << 2025 << u"Điều 29 Luật Viên chức 2010"_s
                                                      << u"45 days"_s;
    QTest::newRow("công chức 2026: UNSURE under Luật 80/2025") << u"cc"_s << 2026 << u"Luật 52/2019"_s
                                                              << u"UNSURE"_s;
    QTest::newRow("viên chức 2026: UNSURE under Luật 129/2025") << u"vc"_s << 2026 << u"Luật Viên chức"_s
                                                               << u"UNSURE"_s;
    QTest::newRow("không chuyên trách: none known") << u"khong_chuyen_trach"_s << 2025 << QString() << u"UNSURE"_s;
}

void TestEvaluationRules::consequence()
{
    QFETCH(QString, category);
    QFETCH(int, year);
    QFETCH(QString, citation);
    QFETCH(QString, says);
    const QString basis = EvaluationRules::consecutiveBasis(category, year).citation();
    if (citation.isEmpty())
        QVERIFY(basis.isEmpty());
    else
        QVERIFY2(basis.contains(citation), qPrintable(basis));
    const QString text = EvaluationRules::consecutiveConsequence(category, year);
    QVERIFY2(text.contains(says), qPrintable(text));
    if (!citation.isEmpty())
        QVERIFY2(text.contains(basis), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestEvaluationRules)
#include "tst_evaluationrules.moc"
