// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "disciplinedecision.h"
#include "disciplinerules.h" // LegalBasis

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/** What the year-end emulation review (bình xét thi đua) needs to know of one person's year Y. */
struct ReviewPersonFacts
{
    QString code;                 ///< mã cán bộ
    QDate startDate;              ///< ngày bắt đầu công tác; invalid = not known
    QString finalLevel;           ///< final evaluation level in Y (EvaluationLevels code); "" = not rated
    bool initiative = false;      ///< a sáng kiến recognised at grassroots level recorded in Y
    /** The person's discipline decisions of any year: the rules pick those that matter for Y. */
    std::vector<DisciplineDecision> discipline;
};

/** One unit's people for year Y: everyone the unit reviews, rated or not. */
struct ReviewUnitFacts
{
    QString unitCode;
    std::vector<ReviewPersonFacts> people;
};

/** Settings of the review (the province's or unit's choices, not national law). */
struct ReviewSettings
{
    /**
     * Tập thể LĐTT: the share of the unit's rated people who must be LĐTT, strictly exceeded, in per
     * mille (500 = "more than 50%", the national rule; some provinces ask 700).
     */
    int collectiveThresholdPerMille = 500;
    /**
     * Cap on Chiến sĩ thi đua cơ sở as a share of the unit's LĐTT, in per mille; nullopt = no cap
     * (Luật 2022 has none; ND 91/2017 Art 9 cl 3 had 15%).
     */
    std::optional<int> cstdcsCapPerMille;
};

/** One condition checked for a title, with its outcome, a stable code and the legal basis. */
struct ReviewReason
{
    enum class Kind {
        Met,     ///< the condition holds
        NotMet,  ///< the condition fails: the title is refused
        Warning, ///< shown to the council; does not refuse the title
    };

    Kind kind = Kind::Met;
    QString code;      ///< stable, e.g. "level_ok", "discipline_in_year" (RECORDS-CSV.md "review")
    QString message;   ///< translated explanation
    LegalBasis basis;
};

/** The decision on one title: eligible, and every reason that decides it, in a stable order. */
struct TitleEligibility
{
    QString title;     ///< lao_dong_tien_tien, chien_si_thi_dua_co_so, tap_the_lao_dong_tien_tien_members_ok
    bool eligible = false;
    std::vector<ReviewReason> reasons;

    /** The codes of the reasons, in order: what a caller or test usually looks at. */
    [[nodiscard]] QStringList codes() const;
    /** True when a reason with this code is present. */
    [[nodiscard]] bool has(const QString &code) const;
};

/** The review of one person for year Y. */
struct PersonReview
{
    QString code;
    bool rated = false;
    TitleEligibility laoDongTienTien;      ///< Lao động tiên tiến (LĐTT)
    TitleEligibility chienSiThiDuaCoSo;    ///< Chiến sĩ thi đua cơ sở (CSTĐCS)
};

/** The review of one unit for year Y. */
struct UnitReview
{
    QString unitCode;
    int ratedCount = 0;
    int laoDongTienTienCount = 0;
    int chienSiThiDuaCoSoCount = 0;                  ///< people eligible for CSTĐCS (before any cap)
    TitleEligibility tapTheMembersOk;                ///< the members' part of Tập thể LĐTT
    std::optional<int> cstdcsCapLimit;               ///< places under the cap; nullopt = no cap
    int cstdcsOverCapBy = 0;                         ///< candidates beyond the cap: the council chooses
    std::vector<PersonReview> people;                ///< in the order of the facts
};

/**
 * The eligibility rules of the year-end emulation review (LEGAL-RULES.md §2.5, §6, P2.5; RECORDS-CSV.md
 * "review --year Y --format json"). Pure functions: the year and the settings are parameters. Discipline
 * periods come from DisciplineRules (barsUntil, inForceOn), never re-derived here.
 */
class ReviewRules
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRules)

public:
    static constexpr int kDefaultCollectiveThresholdPerMille = 500;

    /** True when the decision takes effect (DisciplineDecision::effectiveOn) within year. */
    [[nodiscard]] static bool takesEffectIn(const DisciplineDecision &decision, int year);
    /**
     * True when a decision that took effect before year is still in force on 01/01 of year (its bar
     * period, DisciplineRules::inForceOn, runs into the year).
     */
    [[nodiscard]] static bool runsInto(const DisciplineDecision &decision, int year);
    /** Cảnh cáo or heavier (DisciplineForms severity): what bars the unit's collective title. */
    [[nodiscard]] static bool isWarningOrHeavier(const QString &form);

    /** Lao động tiên tiến and Chiến sĩ thi đua cơ sở for one person, without any cap. */
    [[nodiscard]] static PersonReview reviewPerson(const ReviewPersonFacts &facts, int year);
    /**
     * Every person of the unit, the members' condition of Tập thể LĐTT and, when settings set a cap,
     * the CSTĐCS places: floor(cap × LĐTT count), in integers. Over the cap, every CSTĐCS candidate gets
     * an "over_cap" warning and stays eligible: choosing is the council's decision.
     */
    [[nodiscard]] static UnitReview reviewUnit(const ReviewUnitFacts &facts, int year,
                                               const ReviewSettings &settings = {});
};
