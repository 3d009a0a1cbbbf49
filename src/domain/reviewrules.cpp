// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrules.h"

#include "disciplineform.h"
#include "disciplinerules.h"
#include "evaluationlevel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Kind = ReviewReason::Kind;

const QString kLuat2022 = u"Luật Thi đua, khen thưởng 2022"_s;

// Luật TĐKT 2022 Art 24 cl 1 (LEGAL-RULES.md P2.5): LĐTT for CBCCVC needs HTTNV or higher.
const LegalBasis kLdttBasis{kLuat2022, u"Điều 24"_s};
// TT 01/2024/TT-BNV Art 1 cl 5 (d): no LĐTT for people newly recruited under 6 months.
const LegalBasis kServiceBasis{u"Thông tư 01/2024/TT-BNV"_s, u"điểm d khoản 5 Điều 1"_s};
// ND 152/2025 Art 4 cl 4: if disciplined, achievements count only from the end of the discipline period.
const LegalBasis kNd152Basis{u"Nghị định 152/2025/NĐ-CP"_s, u"khoản 4 Điều 4"_s};
// Luật TĐKT 2022 Art 23 (LEGAL-RULES.md §6, P2.5): CSTĐCS = LĐTT and (HTXSNV or an initiative or …).
const LegalBasis kCstdcsBasis{kLuat2022, u"Điều 23"_s};
// UNSURE (LEGAL-RULES.md §2.5, §6, P2.5): the collective LĐTT criteria (> 50% LĐTT, nobody at cảnh cáo
// or above) are read from the old law (Art 28) and provincial rules (Bắc Ninh QĐ 86/2025: 70%); the
// Luật 2022 article was not read, so no article is cited.
const LegalBasis kCollectiveBasis{kLuat2022, {}};
// UNSURE (LEGAL-RULES.md §6, P2.5): Luật 2022 sets no cap on CSTĐCS; ND 91/2017 Art 9 cl 3 (repealed)
// had ≤ 15% of LĐTT. A cap is the unit's or province's setting, cited as such.
const LegalBasis kCapBasis{u"Quy định của đơn vị (trước đây khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP)"_s, {}};

QString date(QDate d)
{
    return d.toString(u"dd/MM/yyyy"_s);
}

QString decisionText(const DisciplineDecision &d)
{
    return u"%1 %2"_s.arg(DisciplineForms::label(d.form), d.decisionNo).trimmed();
}

/** Per mille as a percentage for messages: 500 → "50", 625 → "62.5". */
QString percent(int perMille)
{
    return QString::number(perMille / 10.0, 'f', perMille % 10 == 0 ? 0 : 1);
}

void add(TitleEligibility &t, Kind kind, const QString &code, const QString &message, const LegalBasis &basis)
{
    t.reasons.push_back({kind, code, message, basis});
}

void settle(TitleEligibility &t)
{
    t.eligible = std::none_of(t.reasons.cbegin(), t.reasons.cend(),
                              [](const ReviewReason &r) { return r.kind == Kind::NotMet; });
}

TitleEligibility laoDongTienTien(const ReviewPersonFacts &facts, int year)
{
    TitleEligibility t;
    t.title = u"lao_dong_tien_tien"_s;

    // Level: HTTNV (tot) or HTXSNV (xuat_sac). Not rated in Y = no level to qualify on.
    if (facts.finalLevel.isEmpty()) {
        add(t, Kind::NotMet, u"not_rated"_s, ReviewRules::tr("Not rated in %1").arg(year), kLdttBasis);
    } else if (EvaluationLevels::rank(facts.finalLevel) >= EvaluationLevels::rank(EvaluationLevels::Tot)) {
        add(t, Kind::Met, u"level_ok"_s,
            //: %1 the level's label
            ReviewRules::tr("Rated %1: completes tasks well or better").arg(EvaluationLevels::label(facts.finalLevel)),
            kLdttBasis);
    } else {
        add(t, Kind::NotMet, u"level_too_low"_s,
            //: %1 the level's label
            ReviewRules::tr("Rated %1: needs \"completes tasks well\" or better")
                .arg(EvaluationLevels::label(facts.finalLevel)),
            kLdttBasis);
    }

    // Service: at least 6 months by 31/12 of Y, i.e. start date on or before 30/06 of Y.
    // UNSURE (LEGAL-RULES.md P2.5): TT 01/2024 says "newly recruited under 6 months"; the start date of
    // service stands for the recruitment date, and earlier contract work (MoHA's answer) is not counted.
    const QDate lastStart(year, 6, 30);
    if (!facts.startDate.isValid()) {
        // No record to refuse on: the council checks the file.
        add(t, Kind::Warning, u"start_date_unknown"_s,
            ReviewRules::tr("Start date of service not recorded: check 6 months of service by 31/12/%1").arg(year),
            kServiceBasis);
    } else if (facts.startDate <= lastStart) {
        add(t, Kind::Met, u"service_ok"_s,
            //: %1 start date, %2 year
            ReviewRules::tr("Started on %1: at least 6 months of service by 31/12/%2")
                .arg(date(facts.startDate))
                .arg(year),
            kServiceBasis);
    } else {
        add(t, Kind::NotMet, u"service_under_6_months"_s,
            //: %1 start date, %2 year
            ReviewRules::tr("Started on %1: under 6 months of service by 31/12/%2")
                .arg(date(facts.startDate))
                .arg(year),
            kServiceBasis);
    }

    // Discipline taking effect in Y refuses the title (in practice it also gives KHTNV, LEGAL-RULES.md
    // §2.5). UNSURE (P2.5): an explicit "khiển trách or above ⇒ no LĐTT" clause under ND 98/2023 or
    // TT 01/2024 was not read; Art 24 (HTTNV) and ND 152 Art 4 cl 4 are the grounds cited.
    std::vector<const DisciplineDecision *> inYear;
    std::vector<const DisciplineDecision *> running;
    for (const auto &d : facts.discipline) {
        if (ReviewRules::takesEffectIn(d, year))
            inYear.push_back(&d);
        else if (ReviewRules::runsInto(d, year))
            running.push_back(&d);
    }
    if (inYear.empty()) {
        add(t, Kind::Met, u"no_discipline_in_year"_s,
            ReviewRules::tr("No discipline taking effect in %1").arg(year), kLdttBasis);
    }
    for (const auto *d : inYear) {
        add(t, Kind::NotMet, u"discipline_in_year"_s,
            //: %1 form and decision number, %2 effective date
            ReviewRules::tr("Disciplined in the year: %1, in effect from %2").arg(decisionText(*d), date(d->effectiveOn())),
            kNd152Basis);
    }
    // A discipline of an earlier year whose period runs into Y: a warning with the date achievements count
    // again (ND 152/2025 Art 4 cl 4), not a refusal (RECORDS-CSV.md). UNSURE: whether achievements before
    // that date in Y may be counted at all is for the council; the rule in force before 01/07/2025
    // (ND 98/2023) was not read.
    for (const auto *d : running) {
        const auto until = DisciplineRules::barsUntil(*d);
        if (until) {
            add(t, Kind::Warning, u"discipline_period_runs_into_year"_s,
                //: %1 form and decision number, %2 effective date, %3 the first day achievements count again
                ReviewRules::tr("%1 (in effect from %2) runs into the year: achievements count again from %3")
                    .arg(decisionText(*d), date(d->effectiveOn()), date(*until)),
                kNd152Basis);
        } else {
            add(t, Kind::Warning, u"discipline_period_runs_into_year"_s,
                //: %1 form and decision number, %2 effective date
                ReviewRules::tr("%1 (in effect from %2) ended the service and has no end date")
                    .arg(decisionText(*d), date(d->effectiveOn())),
                kNd152Basis);
        }
    }
    settle(t);
    return t;
}

TitleEligibility chienSiThiDuaCoSo(const ReviewPersonFacts &facts, const TitleEligibility &ldtt)
{
    TitleEligibility t;
    t.title = u"chien_si_thi_dua_co_so"_s;
    if (ldtt.eligible) {
        add(t, Kind::Met, u"lao_dong_tien_tien"_s, ReviewRules::tr("Eligible for Lao động tiên tiến"), kCstdcsBasis);
    } else {
        add(t, Kind::NotMet, u"not_lao_dong_tien_tien"_s, ReviewRules::tr("Not eligible for Lao động tiên tiến"),
            kCstdcsBasis);
    }
    const bool excellent = facts.finalLevel == EvaluationLevels::XuatSac;
    if (excellent) {
        add(t, Kind::Met, u"level_xuat_sac"_s, ReviewRules::tr("Rated completes tasks excellently"), kCstdcsBasis);
    }
    if (facts.initiative) {
        add(t, Kind::Met, u"initiative"_s, ReviewRules::tr("An initiative recognised in the year"), kCstdcsBasis);
    }
    if (!excellent && !facts.initiative) {
        add(t, Kind::NotMet, u"no_xuat_sac_or_initiative"_s,
            ReviewRules::tr("Needs \"completes tasks excellently\" or an initiative recognised in the year"),
            kCstdcsBasis);
    }
    settle(t);
    return t;
}

} // namespace

QStringList TitleEligibility::codes() const
{
    QStringList out;
    for (const auto &r : reasons)
        out << r.code;
    return out;
}

bool TitleEligibility::has(const QString &code) const
{
    return std::any_of(reasons.cbegin(), reasons.cend(), [&](const ReviewReason &r) { return r.code == code; });
}

bool ReviewRules::takesEffectIn(const DisciplineDecision &decision, int year)
{
    const QDate on = decision.effectiveOn();
    return on.isValid() && on.year() == year;
}

bool ReviewRules::runsInto(const DisciplineDecision &decision, int year)
{
    const QDate on = decision.effectiveOn();
    return on.isValid() && on.year() < year && DisciplineRules::inForceOn(decision, QDate(year, 1, 1));
}

bool ReviewRules::isWarningOrHeavier(const QString &form)
{
    const int s = DisciplineForms::severity(form);
    return s > 0 && s >= DisciplineForms::severity(DisciplineForms::CanhCao);
}

PersonReview ReviewRules::reviewPerson(const ReviewPersonFacts &facts, int year)
{
    PersonReview r;
    r.code = facts.code;
    r.rated = !facts.finalLevel.isEmpty();
    r.laoDongTienTien = laoDongTienTien(facts, year);
    r.chienSiThiDuaCoSo = chienSiThiDuaCoSo(facts, r.laoDongTienTien);
    return r;
}

UnitReview ReviewRules::reviewUnit(const ReviewUnitFacts &facts, int year, const ReviewSettings &settings)
{
    UnitReview u;
    u.unitCode = facts.unitCode;
    QStringList blockers; // "code: form decision" of members at cảnh cáo or heavier in Y
    for (const auto &p : facts.people) {
        u.people.push_back(reviewPerson(p, year));
        const PersonReview &r = u.people.back();
        u.ratedCount += r.rated ? 1 : 0;
        u.laoDongTienTienCount += r.laoDongTienTien.eligible ? 1 : 0;
        u.chienSiThiDuaCoSoCount += r.chienSiThiDuaCoSo.eligible ? 1 : 0;
        for (const auto &d : p.discipline) {
            if (takesEffectIn(d, year) && isWarningOrHeavier(d.form))
                blockers << u"%1: %2"_s.arg(p.code, decisionText(d));
        }
    }

    TitleEligibility &t = u.tapTheMembersOk;
    t.title = u"tap_the_lao_dong_tien_tien_members_ok"_s;
    // "More than" the threshold, strictly, in integers: count × 1000 > threshold × rated. No rated
    // people = no share to exceed.
    const int threshold = settings.collectiveThresholdPerMille;
    const bool shareOk = u.ratedCount > 0
        && qint64(u.laoDongTienTienCount) * 1000 > qint64(threshold) * u.ratedCount;
    //: %1 LĐTT count, %2 rated count, %3 threshold in percent
    const QString shareText = tr("%1 of %2 rated people are Lao động tiên tiến; more than %3% needed")
                                  .arg(u.laoDongTienTienCount)
                                  .arg(u.ratedCount)
                                  .arg(percent(threshold));
    add(t, shareOk ? Kind::Met : Kind::NotMet, shareOk ? u"members_share_ok"_s : u"members_share_too_low"_s,
        shareText, kCollectiveBasis);
    if (blockers.isEmpty()) {
        add(t, Kind::Met, u"no_member_canh_cao_or_heavier"_s,
            tr("No member disciplined at warning (cảnh cáo) or heavier in %1").arg(year), kCollectiveBasis);
    } else {
        add(t, Kind::NotMet, u"member_canh_cao_or_heavier"_s,
            //: %1 year, %2 list of "staff code: form decision number"
            tr("Members disciplined at warning (cảnh cáo) or heavier in %1: %2").arg(year).arg(blockers.join(u"; "_s)),
            kCollectiveBasis);
    }
    settle(t);

    // The cap: places = floor(cap × LĐTT count). Over it, nobody is dropped here: every candidate is
    // flagged and the council chooses.
    if (settings.cstdcsCapPerMille) {
        const int limit = int(qint64(*settings.cstdcsCapPerMille) * u.laoDongTienTienCount / 1000);
        u.cstdcsCapLimit = limit;
        u.cstdcsOverCapBy = std::max(0, u.chienSiThiDuaCoSoCount - limit);
        if (u.cstdcsOverCapBy > 0) {
            //: %1 candidates, %2 places, %3 cap in percent, %4 LĐTT count
            const QString text = tr("Over the cap: %1 candidates for %2 places (%3% of %4 Lao động tiên tiến); "
                                    "the council decides")
                                     .arg(u.chienSiThiDuaCoSoCount)
                                     .arg(limit)
                                     .arg(percent(*settings.cstdcsCapPerMille))
                                     .arg(u.laoDongTienTienCount);
            for (auto &r : u.people) {
                if (r.chienSiThiDuaCoSo.eligible)
                    add(r.chienSiThiDuaCoSo, Kind::Warning, u"over_cap"_s, text, kCapBasis);
            }
        }
    }
    return u;
}
