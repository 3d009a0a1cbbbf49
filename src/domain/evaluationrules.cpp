// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationrules.h"

#include "codetable.h"
#include "evaluationlevel.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using G = EvaluationGroup;
namespace L = EvaluationLevels;

const QString kNd90 = u"Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP)"_s;
const QString kNd48 = u"Nghị định 48/2023/NĐ-CP"_s;
const QString kNd335 = u"Nghị định 335/2025/NĐ-CP"_s;
const QString kNd233 = u"Nghị định 233/2026/NĐ-CP"_s;
const QString kNd90Transition =
    u"Nghị định 90/2020/NĐ-CP (sửa đổi bởi Nghị định 48/2023/NĐ-CP), áp dụng theo khoản 1 Điều 20 Nghị định 233/2026/NĐ-CP"_s;
const QString kNd48Transition = u"Nghị định 48/2023/NĐ-CP, áp dụng theo khoản 1 Điều 20 Nghị định 233/2026/NĐ-CP"_s;
const QString kQd366 = u"Quy định 366-QĐ/TW"_s;
const QString kPartyCap = u"Nghị định 48/2023/NĐ-CP; Hướng dẫn 21-HD/BTCTW; Quy định 366-QĐ/TW"_s;

// The last year rated under ND 90 for công chức and viên chức (ND 335/2025 from 01/01/2026; ND 233/2026
// from 01/07/2026, which repeals ND 90 in its Art 19 cl 2).
constexpr int kLastNd90Year = 2025;

QString categoryLabel(const QString &category)
{
    return CodeTables::category().label(category);
}

} // namespace

EvaluationGroup EvaluationRules::groupOf(const QString &category)
{
    if (category == "cb"_L1 || category == "cb_xa"_L1)
        return G::Cadre;
    if (category == "cc"_L1 || category == "cc_xa"_L1)
        return G::CivilServant;
    if (category == "vc"_L1)
        return G::PublicEmployee;
    return G::None;
}

const std::vector<EvaluationRuleSet> &EvaluationRules::ruleSets()
{
    // LEGAL-RULES.md §1.4–1.6, §1.11, P2.3, P2.4.1, P2.7. Article numbers that the sources do not quote
    // are left empty (the instrument alone is cited).
    const std::vector<EvaluationScoreBand> nd335Bands{
        {900, L::XuatSac}, {700, L::Tot}, {500, L::HoanThanh}, {0, L::KhongHoanThanh}};
    static const std::vector<EvaluationRuleSet> sets{
        // Every category up to 2025: ND 90/2020 as amended by ND 48/2023 (in force 15/09/2023; earlier
        // years are judged by the same principles, which ND 90 Art 2 already held). The cap: the Party
        // share (ND 48 Art 1), ≤ 20% of HTTNV under HD 21-HD/BTCTW and QĐ 366-QĐ/TW (P2.3; UNSURE for
        // the QĐ 124 years 2023–2025: the same 20% is applied, as a setting per year).
        {u"nd90_2020"_s, {G::Cadre, G::CivilServant, G::PublicEmployee, G::None}, 0, kLastNd90Year,
         {kNd90, u"Điều 2"_s}, {kNd90, u"Điều 2"_s}, {kNd48, u"khoản 2 Điều 1"_s},
         {kPartyCap, u"Điều 1"_s}, {kQd366, u"khoản 1.5 Điều 11"_s}, {}, {}},
        // Công chức from 2026: ND 335/2025 (100-point score, bands ≥90/70/50; KHTNV when disciplined at
        // khiển trách or above, which every form is). UNSURE: the article numbers, and whether ND 335
        // restates the 6-month and 3-month rules of ND 90 Art 2 (it rates on the time actually worked,
        // P2.7); the rules are kept with ND 335 cited as the instrument. The cap exception ceiling in
        // ND 335 is UNSURE: 25% as in QĐ 366 Art 11.
        {u"nd335_2025_cc"_s, {G::CivilServant}, kLastNd90Year + 1, 0,
         {kNd335, {}}, {kNd335, {}}, {kNd335, {}},
         {kNd335, {}}, {kQd366, u"khoản 1.5 Điều 11"_s}, nd335Bands, {kNd335, {}}},
        // Viên chức from 2026: ND 233/2026 (Art 14: under 6 months not rated; discipline → KHTNV; Art 12
        // cl 6: ≤ 20% of HTTNV, up to 25% under cl 6b). Its Art 20 lets a unit keep the ND 90 criteria
        // for the 2026 rating (a per-unit choice, later); the 3-to-6-month cap stays as in ND 90 Art 2.
        {u"nd233_2026_vc"_s, {G::PublicEmployee}, kLastNd90Year + 1, 0,
         {kNd233, u"Điều 14"_s}, {kNd90, u"Điều 2"_s}, {kNd233, u"Điều 14"_s},
         {kNd233, u"khoản 6 Điều 12"_s}, {kNd233, u"điểm b khoản 6 Điều 12"_s}, {}, {}},
        // Cán bộ (and people of no known regime) from 2026: UNSURE which State text governs after ND 90
        // is repealed (P2.4.1; LEGAL-RULES.md P2.8 item 4). ND 90 as amended is applied until confirmed
        // otherwise (ARCHITECTURE.md "Legal rule sets"), with the QĐ 366 cap.
        {u"nd90_2020_cb_2026"_s, {G::Cadre, G::None}, kLastNd90Year + 1, 0,
         {kNd90, u"Điều 2"_s}, {kNd90, u"Điều 2"_s}, {kNd48, u"khoản 2 Điều 1"_s},
         {kQd366, u"khoản 1.5 Điều 11"_s}, {kQd366, u"khoản 1.5 Điều 11"_s}, {}, {}},
        // Viên chức of a unit that has not issued its own rules by the end-2026 rating: the ND 90/2020
        // criteria as amended by ND 48/2023 (ND 233/2026 Art 20 cl 1; LEGAL-RULES.md P2.4.1). Chosen per
        // unit (EvaluationFacts::nd90Transition), 2026 only. The cap stays that of ND 90's years (ND 48
        // Art 1 with HD 21 and QĐ 366), the exception QĐ 366 Art 11 cl 1.5. No score bands.
        {u"nd90_2020_vc_2026_transition"_s, {G::PublicEmployee}, kNd90TransitionYear, kNd90TransitionYear,
         {kNd90Transition, u"Điều 2"_s}, {kNd90Transition, u"Điều 2"_s}, {kNd48Transition, u"khoản 2 Điều 1"_s},
         {kPartyCap, u"Điều 1"_s}, {kQd366, u"khoản 1.5 Điều 11"_s}, {}, {}, true},
    };
    return sets;
}

const EvaluationRuleSet *EvaluationRules::ruleSetFor(const QString &category, int year, bool nd90Transition)
{
    const EvaluationGroup group = groupOf(category);
    const bool transition = nd90Transition && group == G::PublicEmployee && year == kNd90TransitionYear;
    for (const auto &s : ruleSets()) {
        if (s.transitionOnly == transition && s.groups.contains(group) && s.appliesTo(year))
            return &s;
    }
    return nullptr;
}

QString EvaluationRules::scoreLevel(const EvaluationRuleSet &set, int scoreTenths)
{
    for (const EvaluationScoreBand &b : set.scoreBands) {
        if (scoreTenths >= b.minTenths)
            return b.level;
    }
    return {};
}

EvaluationOutcome EvaluationRules::assess(const EvaluationFacts &f)
{
    EvaluationOutcome out;
    const EvaluationRuleSet *set = ruleSetFor(f.category, f.year, f.nd90Transition);
    if (!set)
        return out;
    out.ruleSet = set->id;
    auto add = [&](const QString &flag, const LegalBasis &basis, const QString &message) {
        out.flags << flag;
        out.findings.push_back({flag, basis.citation(), message});
    };
    // The score's level is information about the score (RECORDS-CSV.md states it for every civil servant
    // from 2026 with a score), shown for a person who is not rated too; it flags nothing for them.
    if (f.scoreTenths && !set->scoreBands.empty())
        out.scoreLevel = scoreLevel(*set, *f.scoreTenths);
    if (f.monthsWorked < 6 && !f.maternityLeave) {
        out.rated = false;
        //: %n months worked, %1 article and instrument
        add(u"short_service"_s, set->shortService,
            tr("Worked %n month(s) in the year, under 6 and not on maternity leave: not rated (%1)", nullptr,
               f.monthsWorked)
                .arg(set->shortService.citation()));
        return out;
    }
    out.maxLevel = L::XuatSac;
    if (f.monthsAbsent >= 3 && f.monthsAbsent < 6) {
        out.maxLevel = L::HoanThanh;
        //: %n months of leave, %1 level, %2 article and instrument
        add(u"absence_cap"_s, set->absenceCap,
            tr("%n month(s) of lawful leave (3 to under 6): at most %1 (%2)", nullptr, f.monthsAbsent)
                .arg(L::label(L::HoanThanh), set->absenceCap.citation()));
    }
    if (f.disciplined) {
        out.maxLevel = L::KhongHoanThanh;
        //: %1 level, %2 article and instrument
        add(u"disciplined"_s, set->disciplined,
            tr("A discipline decision takes effect in the year: %1 (%2)")
                .arg(L::label(L::KhongHoanThanh), set->disciplined.citation()));
    }
    if (!f.finalLevel.isEmpty() && L::isHigher(f.finalLevel, out.maxLevel)) {
        const LegalBasis &why = f.disciplined ? set->disciplined : set->absenceCap;
        //: %1 decided level, %2 highest level allowed
        add(u"above_max_level"_s, why,
            tr("%1 is higher than the highest level the rules allow, %2").arg(L::label(f.finalLevel),
                                                                              L::label(out.maxLevel)));
    }
    if (!f.finalLevel.isEmpty() && !out.scoreLevel.isEmpty() && f.finalLevel != out.scoreLevel) {
        //: %1 decided level, %2 score, %3 level of the score, %4 article and instrument
        add(u"score_mismatch"_s, set->scoreBasis,
            tr("%1 differs from the level of the score %2, %3 (%4)")
                .arg(L::label(f.finalLevel), QString::number(*f.scoreTenths / 10.0, 'f', 1),
                     L::label(out.scoreLevel), set->scoreBasis.citation()));
    }
    if (f.finalLevel == L::KhongHoanThanh && f.previousFinalLevel == L::KhongHoanThanh)
        add(u"second_consecutive_khong_hoan_thanh"_s, consecutiveBasis(f.category, f.year),
            consecutiveConsequence(f.category, f.year));
    return out;
}

int EvaluationRules::excellentLimit(int goodCount, int ratePerMille)
{
    if (goodCount <= 0 || ratePerMille <= 0)
        return 0;
    return int((qint64(goodCount) * ratePerMille) / 1000);
}

int EvaluationRules::ratePerMille(double rate)
{
    if (!std::isfinite(rate) || rate < 0.0 || rate > 1.0)
        return -1;
    return int(std::lround(rate * 1000.0));
}

LegalBasis EvaluationRules::consecutiveBasis(const QString &category, int year)
{
    Q_UNUSED(year)
    // LEGAL-RULES.md §1.10.
    switch (groupOf(category)) {
    case G::Cadre:
        return {u"Luật Cán bộ, công chức (sửa đổi bởi Luật 52/2019/QH14)"_s, u"Điều 29"_s};
    case G::CivilServant:
        return {u"Luật 52/2019/QH14 (Điều 58 Luật Cán bộ, công chức)"_s, u"khoản 12 Điều 1"_s};
    case G::PublicEmployee:
        return {u"Luật Viên chức 2010"_s, u"Điều 29"_s};
    case G::None:
        break;
    }
    return {};
}

QString EvaluationRules::consecutiveConsequence(const QString &category, int year)
{
    const QString basis = consecutiveBasis(category, year).citation();
    QString text;
    switch (groupOf(category)) {
    case G::Cadre:
        //: %1 article and instrument
        text = tr("Second consecutive year not completed: dismissal from post or removal from duty (miễn nhiệm, "
                  "cho thôi làm nhiệm vụ) (%1)")
                   .arg(basis);
        if (year > kLastNd90Year - 1)
            text += u' ' + tr("UNSURE: the article under Luật Cán bộ, công chức 80/2025/QH15 is not confirmed");
        return text;
    case G::CivilServant:
        //: %1 article and instrument
        text = tr("Second consecutive year not completed: the agency dismisses the civil servant (cho thôi việc), "
                  "not while under discipline review or prosecution, nor a woman pregnant or raising a child under "
                  "36 months unless she asks (%1)")
                   .arg(basis);
        if (year > kLastNd90Year - 1)
            text += u' ' + tr("UNSURE: the article under Luật Cán bộ, công chức 80/2025/QH15 is not confirmed");
        return text;
    case G::PublicEmployee:
        //: %1 article and instrument
        text = tr("Second consecutive year not completed: the unit may end the working contract unilaterally, "
                  "with 45 days' notice (indefinite term) or 30 days' notice (fixed term) (%1)")
                   .arg(basis);
        if (year > kLastNd90Year)
            text += u' ' + tr("UNSURE: the article under Luật Viên chức 129/2025/QH15 is not confirmed");
        return text;
    case G::None:
        break;
    }
    //: %1 staff category
    return tr("Second consecutive year not completed: no legal consequence is known for %1 (UNSURE)")
        .arg(categoryLabel(category));
}
