// SPDX-License-Identifier: GPL-3.0-or-later
#include "disciplinerules.h"

#include "codetable.h"
#include "disciplineform.h"

using namespace Qt::StringLiterals;

namespace {

using Holder = DisciplineFormRule::Holder;
using G = DisciplineGroup;

const QString kNd112 = u"Nghị định 112/2020/NĐ-CP (sửa đổi bởi Nghị định 71/2023/NĐ-CP)"_s;
const QString kNd172 = u"Nghị định 172/2025/NĐ-CP"_s;
const QString kNd234 = u"Nghị định 234/2026/NĐ-CP"_s;

// Switch-over dates (LEGAL-RULES.md §0, §2.1, P2.4.2).
const QDate kNd112EndCbcc(2025, 6, 30);
const QDate kNd172Start(2025, 7, 1);
const QDate kNd112EndVc(2026, 6, 30);
const QDate kNd234Start(2026, 7, 1);

QString holderText(Holder h)
{
    return h == Holder::LeaderOnly ? DisciplineRules::tr("only to a person holding a leadership or management post")
                                   : DisciplineRules::tr("only to a person without a leadership or management post");
}

bool fits(const DisciplineFormRule &r, bool isLeader)
{
    return r.holder == Holder::Anyone || (r.holder == Holder::LeaderOnly) == isLeader;
}

QString categoryLabel(const QString &category)
{
    return CodeTables::category().label(category);
}

} // namespace

DisciplineGroup DisciplineRules::groupOf(const QString &category)
{
    if (category == "cb"_L1 || category == "cb_xa"_L1)
        return G::Cadre;
    if (category == "cc"_L1 || category == "cc_xa"_L1)
        return G::CivilServant;
    if (category == "vc"_L1)
        return G::PublicEmployee;
    // khong_chuyen_trach (người hoạt động không chuyên trách cấp xã): LEGAL-RULES.md names no
    // discipline instrument for them (they are neither cán bộ, công chức nor viên chức). UNSURE: no
    // rule set, so no form is refused and entry shows a NoRuleSet warning instead.
    return G::None;
}

const std::vector<DisciplineRuleSet> &DisciplineRules::ruleSets()
{
    using namespace DisciplineForms;
    // Forms by group: LEGAL-RULES.md §2.1 (to 30/6/2025 and ND 172/2025) and P2.4.2 (viên chức).
    // The ND 112 sets are open towards the past: earlier decisions (ND 34/2011, ND 27/2012) are
    // checked against the same lists, which follow Luật CBCC Art 78-79 and Luật Viên chức Art 52.
    // UNSURE article numbers: "Điều 7" of ND 112 (the list of forms) and "Điều 2" of ND 112 (one form
    // heavier) are not quoted in LEGAL-RULES.md; the ND 172 forms article and the ND 234 repeat rule
    // are not known, so only the instrument is cited there.
    static const std::vector<DisciplineRuleSet> sets{
        {u"nd112_2020_cb"_s, G::Cadre, {}, kNd112EndCbcc, {kNd112, u"Điều 7"_s},
         {{KhienTrach}, {CanhCao}, {CachChuc, Holder::LeaderOnly}, {BaiNhiem}},
         {kNd112, u"Điều 2"_s}},
        {u"nd112_2020_cc"_s, G::CivilServant, {}, kNd112EndCbcc, {kNd112, u"Điều 7"_s},
         {{KhienTrach}, {CanhCao}, {HaBacLuong, Holder::NonLeaderOnly}, {GiangChuc, Holder::LeaderOnly},
          {CachChuc, Holder::LeaderOnly}, {BuocThoiViec}},
         {kNd112, u"Điều 2"_s}},
        {u"nd172_2025_cb"_s, G::Cadre, kNd172Start, {}, {kNd172, {}},
         {{KhienTrach}, {CanhCao}, {CachChuc, Holder::LeaderOnly}, {BaiNhiem}},
         {kNd172, u"Điều 2"_s}},
        {u"nd172_2025_cc"_s, G::CivilServant, kNd172Start, {}, {kNd172, {}},
         {{KhienTrach}, {CanhCao}, {CachChuc, Holder::LeaderOnly}, {BuocThoiViec}},
         {kNd172, u"Điều 2"_s}},
        // ND 172/2025 Art 29 cl 2 repealed ND 112 only for cán bộ and công chức (P2.4.2).
        {u"nd112_2020_vc"_s, G::PublicEmployee, {}, kNd112EndVc, {kNd112, u"Điều 7"_s},
         {{KhienTrach}, {CanhCao}, {CachChuc, Holder::LeaderOnly}, {BuocThoiViec}},
         {kNd112, u"Điều 2"_s}},
        // ND 234/2026 Art 24: violations before 01/7/2026 reviewed later follow ND 234 unless the old
        // rule is more favourable. The forms are the same in both, so selecting by effective date is exact.
        {u"nd234_2026_vc"_s, G::PublicEmployee, kNd234Start, {}, {kNd234, u"Điều 7"_s},
         {{KhienTrach}, {CanhCao}, {CachChuc, Holder::LeaderOnly}, {BuocThoiViec}},
         {kNd234, {}}},
    };
    return sets;
}

const DisciplineRuleSet *DisciplineRules::ruleSetFor(const QString &category, QDate date)
{
    const DisciplineGroup group = groupOf(category);
    if (group == G::None || !date.isValid())
        return nullptr;
    for (const auto &s : ruleSets()) {
        if (s.group == group && s.appliesOn(date))
            return &s;
    }
    return nullptr;
}

QStringList DisciplineRules::allowedForms(const QString &category, bool isLeader, QDate date)
{
    QStringList out;
    const DisciplineRuleSet *set = ruleSetFor(category, date);
    if (!set)
        return out;
    // Lightest first, in the order of the form table.
    for (const QString &form : DisciplineForms::codes()) {
        for (const auto &r : set->allowed) {
            if (r.form == form && fits(r, isLeader))
                out << form;
        }
    }
    return out;
}

std::optional<QString> DisciplineRules::check(const DisciplineDecision &decision, const QString &category,
                                              bool isLeader)
{
    if (!DisciplineForms::table().contains(decision.form))
        return tr("\"%1\" is not a discipline form").arg(decision.form);
    const QDate on = decision.effectiveOn();
    if (!on.isValid())
        return tr("the decision has no decision or effective date");
    const DisciplineRuleSet *set = ruleSetFor(category, on);
    if (!set) {
        // Whatever the category, bãi nhiệm (removal by the electing body) is a form for cán bộ only
        // (LEGAL-RULES.md §2.1; RECORDS-CSV.md "Discipline").
        if (decision.form == DisciplineForms::BaiNhiem)
            //: %1 the form "bãi nhiệm", %2 staff category
            return tr("%1 is a discipline form for cán bộ only, not for %2 (Luật Cán bộ, công chức)")
                .arg(DisciplineForms::label(decision.form), categoryLabel(category));
        return std::nullopt;
    }
    const QString form = DisciplineForms::label(decision.form);
    for (const auto &r : set->allowed) {
        if (r.form != decision.form)
            continue;
        if (fits(r, isLeader))
            return std::nullopt;
        //: %1 form, %2 "only to a person holding …", %3 article and instrument, %4 the decision's effective date
        return tr("%1 applies %2 (%3, the rules in force for a decision effective on %4)")
            .arg(form, holderText(r.holder), set->forms.citation(), on.toString(u"dd/MM/yyyy"_s));
    }
    //: %1 form, %2 staff category, %3 article and instrument, %4 the decision's effective date
    return tr("%1 is not a discipline form for %2 under %3 (the rules in force for a decision effective on %4)")
        .arg(form, categoryLabel(category), set->forms.citation(), on.toString(u"dd/MM/yyyy"_s));
}

std::optional<QString> DisciplineRules::nextHeavierForm(const QString &runningForm, const QString &category,
                                                        bool isLeader, QDate date)
{
    for (const QString &form : allowedForms(category, isLeader, date)) {
        if (DisciplineForms::isHeavier(form, runningForm))
            return form;
    }
    return std::nullopt;
}

const std::vector<DisciplineEffectRule> &DisciplineRules::effectRules()
{
    using namespace DisciplineForms;
    // 12/24 months: Luật 52/2019/QH14 Art 1 cl 17 (Luật CBCC Art 82 cl 2-3), as RECORDS-CSV.md
    // "report discipline" fixes them for every category. UNSURE (LEGAL-RULES.md §2.4, §8 item 3): the
    // periods under Luật CBCC 2025 / ND 172 and for viên chức (ND 234 Art 2 speaks of 12 months).
    // Salary step: TT 08/2013/TT-BNV as amended by TT 03/2021/TT-BNV, 6 months after khiển trách or
    // cảnh cáo; the article is not quoted. UNSURE 12 months after giáng chức / cách chức: not applied.
    const LegalBasis bars{u"Luật 52/2019/QH14 (Điều 82 Luật Cán bộ, công chức)"_s, u"khoản 17 Điều 1"_s};
    const LegalBasis salary{u"Thông tư 08/2013/TT-BNV (sửa đổi bởi Thông tư 03/2021/TT-BNV)"_s, {}};
    static const std::vector<DisciplineEffectRule> rules{
        {KhienTrach, 12, bars, 6, salary},
        {CanhCao, 12, bars, 6, salary},
        {HaBacLuong, 12, bars, 0, {}},
        {GiangChuc, 24, bars, 0, {}},
        {CachChuc, 24, bars, 0, {}},
        {BuocThoiViec, 0, {}, 0, {}},
        {BaiNhiem, 0, {}, 0, {}},
    };
    return rules;
}

const DisciplineEffectRule *DisciplineRules::effectRule(const QString &form)
{
    for (const auto &r : effectRules()) {
        if (r.form == form)
            return &r;
    }
    return nullptr;
}

std::optional<QDate> DisciplineRules::barsUntil(const DisciplineDecision &decision)
{
    const DisciplineEffectRule *rule = effectRule(decision.form);
    const QDate on = decision.effectiveOn();
    if (!rule || rule->barMonths <= 0 || !on.isValid())
        return std::nullopt;
    return on.addMonths(rule->barMonths);
}

int DisciplineRules::salaryStepDelayMonths(const QString &form)
{
    const DisciplineEffectRule *rule = effectRule(form);
    return rule ? rule->salaryDelayMonths : 0;
}

bool DisciplineRules::inForceOn(const DisciplineDecision &decision, QDate date)
{
    const QDate on = decision.effectiveOn();
    if (!on.isValid() || !date.isValid() || date < on)
        return false;
    if (DisciplineForms::endsService(decision.form))
        return true;
    const auto until = barsUntil(decision);
    return until && date < *until;
}

const std::vector<DisciplineLimitationRule> &DisciplineRules::limitationRules()
{
    // LEGAL-RULES.md §2.3 and P2.6. The rule is chosen by the date the case is decided (UNSURE: the
    // texts apply NQ 76/2022 "from its adoption" without saying whether older violations keep the
    // shorter limit; the decision date gives the office the longer, newer limit).
    const QList<G> all{G::Cadre, G::CivilServant, G::PublicEmployee};
    static const std::vector<DisciplineLimitationRule> rules{
        {{}, QDate(2020, 6, 30), all, 24, 24,
         {u"Luật Cán bộ, công chức 2008 (Điều 80); Luật Viên chức 2010 (Điều 53)"_s, {}}},
        {QDate(2020, 7, 1), QDate(2022, 11, 14), all, 24, 60,
         {u"Luật 52/2019/QH14 (Điều 80 Luật Cán bộ, công chức; Điều 53 Luật Viên chức)"_s, {}}},
        {QDate(2022, 11, 15), kNd112EndCbcc, {G::Cadre, G::CivilServant}, 60, 120,
         {u"Nghị quyết 76/2022/QH15"_s, {}}},
        {QDate(2022, 11, 15), kNd112EndVc, {G::PublicEmployee}, 60, 120, {u"Nghị quyết 76/2022/QH15"_s, {}}},
        {kNd172Start, {}, {G::Cadre, G::CivilServant}, 60, 120,
         {u"Luật Cán bộ, công chức 80/2025/QH15; khoản 3 Điều 5 Nghị định 172/2025/NĐ-CP"_s, u"Điều 37"_s}},
        {kNd234Start, {}, {G::PublicEmployee}, 60, 120,
         {u"Luật Viên chức 129/2025/QH15; khoản 3 Điều 5 Nghị định 234/2026/NĐ-CP"_s, u"Điều 36"_s}},
    };
    return rules;
}

const std::vector<DisciplineLimitationExemption> &DisciplineRules::limitationExemptions()
{
    // The no-limit list of Luật CBCC 2025 Art 37 / ND 172 Art 5 cl 3 and ND 234 Art 5 cl 3 (P2.6);
    // the earlier laws had the same cases (§2.3, partial list there), so one list serves every period.
    const LegalBasis basis{u"Nghị định 172/2025/NĐ-CP; Nghị định 234/2026/NĐ-CP"_s, u"khoản 3 Điều 5"_s};
    static const std::vector<DisciplineLimitationExemption> list{
        {u"khai_tru_dang"_s, QT_TRANSLATE_NOOP("DisciplineRules", "Party member whose violation warrants expulsion"),
         basis},
        {u"bao_ve_chinh_tri_noi_bo"_s, QT_TRANSLATE_NOOP("DisciplineRules", "Violation of internal political protection"),
         basis},
        {u"loi_ich_quoc_gia"_s,
         QT_TRANSLATE_NOOP("DisciplineRules", "Harm to the national interest in defence, security or foreign affairs"),
         basis},
        {u"van_bang_gia"_s,
         QT_TRANSLATE_NOOP("DisciplineRules", "Use of fake or unlawful diplomas or certificates"), basis},
    };
    return list;
}

const DisciplineLimitationRule *DisciplineRules::limitationRuleFor(const QString &category, QDate decidedOn)
{
    const DisciplineGroup group = groupOf(category);
    if (group == G::None || !decidedOn.isValid())
        return nullptr;
    for (const auto &r : limitationRules()) {
        if (r.groups.contains(group) && (!r.from.isValid() || decidedOn >= r.from)
            && (!r.until.isValid() || decidedOn <= r.until))
            return &r;
    }
    return nullptr;
}

std::optional<DisciplineWarning> DisciplineRules::limitationWarning(const DisciplineDecision &decision,
                                                                    const QString &category, const QString &exemption)
{
    if (!decision.violationDate.isValid() || !decision.decisionDate.isValid())
        return std::nullopt;
    for (const auto &e : limitationExemptions()) {
        if (e.code == exemption)
            return std::nullopt;
    }
    const DisciplineLimitationRule *rule = limitationRuleFor(category, decision.decisionDate);
    if (!rule)
        return std::nullopt;
    const bool reprimandLevel = decision.form == DisciplineForms::KhienTrach;
    const int months = reprimandLevel ? rule->reprimandMonths : rule->otherMonths;
    const QDate end = decision.violationDate.addMonths(months);
    if (decision.decisionDate <= end)
        return std::nullopt;
    DisciplineWarning w;
    w.kind = DisciplineWarning::Kind::LimitationExpired;
    w.citation = rule->basis.citation();
    //: %1 violation date, %2 months, %3 end date, %4 article and instrument
    w.message = tr("The violation of %1 is past the statute of limitations of %n month(s), which ended on %2 (%3)",
                   nullptr, months)
                    .arg(decision.violationDate.toString(u"dd/MM/yyyy"_s), end.toString(u"dd/MM/yyyy"_s),
                         w.citation);
    return w;
}

const std::vector<DisciplineProcessingRule> &DisciplineRules::processingRules()
{
    // 90 days, 150 when extended (LEGAL-RULES.md §2.2, P2.6). Before ND 172 / ND 234 the same 90/150
    // days stood in Luật CBCC Art 80 cl 3 / Luật Viên chức Art 53 cl 3 as amended by Luật 52/2019
    // (UNSURE: article numbers not quoted in LEGAL-RULES.md).
    static const std::vector<DisciplineProcessingRule> rules{
        {{}, kNd112EndCbcc, {G::Cadre, G::CivilServant}, 90, 150,
         {u"Luật 52/2019/QH14 (Luật Cán bộ, công chức)"_s, u"khoản 3 Điều 80"_s}},
        {{}, kNd112EndVc, {G::PublicEmployee}, 90, 150,
         {u"Luật 52/2019/QH14 (Luật Viên chức)"_s, u"khoản 3 Điều 53"_s}},
        {kNd172Start, {}, {G::Cadre, G::CivilServant}, 90, 150,
         {u"Luật Cán bộ, công chức 80/2025/QH15"_s, u"khoản 3 Điều 37"_s}},
        {kNd234Start, {}, {G::PublicEmployee}, 90, 150, {kNd234, u"khoản 5 Điều 5"_s}},
    };
    return rules;
}

std::optional<DisciplineWarning> DisciplineRules::processingWarning(const DisciplineDecision &decision,
                                                                    const QString &category, QDate detectedOn)
{
    if (!detectedOn.isValid() || !decision.decisionDate.isValid())
        return std::nullopt;
    const DisciplineGroup group = groupOf(category);
    const DisciplineProcessingRule *rule = nullptr;
    for (const auto &r : processingRules()) {
        if (r.groups.contains(group) && (!r.from.isValid() || decision.decisionDate >= r.from)
            && (!r.until.isValid() || decision.decisionDate <= r.until)) {
            rule = &r;
            break;
        }
    }
    if (!rule)
        return std::nullopt;
    const qint64 days = detectedOn.daysTo(decision.decisionDate);
    if (days <= rule->days)
        return std::nullopt;
    DisciplineWarning w;
    w.citation = rule->basis.citation();
    if (days > rule->extendedDays) {
        w.kind = DisciplineWarning::Kind::ProcessingOverExtendedLimit;
        //: %1 days, %2 limit days, %3 article and instrument
        w.message = tr("%1 days from detection to decision: more than the extended limit of %2 days (%3)")
                        .arg(days)
                        .arg(rule->extendedDays)
                        .arg(w.citation);
    } else {
        w.kind = DisciplineWarning::Kind::ProcessingOverLimit;
        //: %1 days, %2 limit days, %3 extended limit, %4 article and instrument
        w.message = tr("%1 days from detection to decision: more than %2 days, allowed only when extended up to %3 "
                       "days for a complex case (%4)")
                        .arg(days)
                        .arg(rule->days)
                        .arg(rule->extendedDays)
                        .arg(w.citation);
    }
    return w;
}

std::optional<DisciplineWarning> DisciplineRules::repeatWarning(const DisciplineDecision &decision,
                                                                const std::vector<DisciplineDecision> &earlier,
                                                                const QString &category, bool isLeader)
{
    const QDate violation = decision.violationDate;
    if (!violation.isValid())
        return std::nullopt;
    const DisciplineDecision *running = nullptr;
    for (const auto &d : earlier) {
        if (d.staffCode != decision.staffCode || d == decision || !inForceOn(d, violation))
            continue;
        if (!running || DisciplineForms::isHeavier(d.form, running->form))
            running = &d;
    }
    if (!running || DisciplineForms::isHeavier(decision.form, running->form))
        return std::nullopt;
    const QDate on = decision.effectiveOn();
    const DisciplineRuleSet *set = ruleSetFor(category, on.isValid() ? on : violation);
    DisciplineWarning w;
    w.kind = DisciplineWarning::Kind::RepeatNotHeavier;
    w.citation = set ? set->repeat.citation() : QString();
    w.suggestedForm = nextHeavierForm(running->form, category, isLeader, on.isValid() ? on : violation).value_or(QString());
    const QString runningText = u"%1 %2"_s.arg(DisciplineForms::label(running->form), running->decisionNo).trimmed();
    if (w.suggestedForm.isEmpty()) {
        //: %1 running form and decision number, %2 violation date, %3 article and instrument
        w.message = tr("%1 was still in force on %2; a new violation calls for a heavier form, and none is "
                       "heavier for this person (%3)")
                        .arg(runningText, violation.toString(u"dd/MM/yyyy"_s), w.citation);
    } else {
        //: %1 running form and decision number, %2 violation date, %3 suggested form, %4 article and instrument
        w.message = tr("%1 was still in force on %2; a new violation calls for one form heavier: %3 (%4)")
                        .arg(runningText, violation.toString(u"dd/MM/yyyy"_s),
                             DisciplineForms::label(w.suggestedForm), w.citation);
    }
    return w;
}

QList<DisciplineWarning> DisciplineRules::warnings(const DisciplineDecision &decision, const QString &category,
                                                   bool isLeader, const std::vector<DisciplineDecision> &earlier,
                                                   QDate detectedOn, const QString &exemption)
{
    QList<DisciplineWarning> out;
    if (groupOf(category) == G::None) {
        DisciplineWarning w;
        w.kind = DisciplineWarning::Kind::NoRuleSet;
        //: %1 staff category
        w.message = tr("No discipline rule set is known for %1: the form is not checked")
                        .arg(categoryLabel(category));
        out << w;
    }
    if (auto w = limitationWarning(decision, category, exemption))
        out << *w;
    if (auto w = processingWarning(decision, category, detectedOn))
        out << *w;
    if (auto w = repeatWarning(decision, earlier, category, isLeader))
        out << *w;
    return out;
}
