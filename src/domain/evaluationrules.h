// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "disciplinerules.h" // LegalBasis

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

/** Which evaluation regime a staff category falls under (LEGAL-RULES.md §1, P2.4.1). */
enum class EvaluationGroup {
    None,           ///< khong_chuyen_trach and unknown categories (no instrument named: ND 90 by analogy)
    Cadre,          ///< cán bộ: cb, cb_xa
    CivilServant,   ///< công chức: cc, cc_xa
    PublicEmployee, ///< viên chức: vc
};

/** One band of the 100-point score: at least minTenths (score × 10) gives level. */
struct EvaluationScoreBand
{
    int minTenths = 0;
    QString level;
};

/**
 * One legal instrument's evaluation rules for one group and a range of evaluation years (inclusive;
 * 0 = open). Every rule names the instrument and article it follows.
 */
struct EvaluationRuleSet
{
    QString id;                        ///< e.g. "nd335_2025_cc"
    QList<EvaluationGroup> groups;
    int fromYear = 0;
    int untilYear = 0;
    LegalBasis shortService;           ///< under 6 months worked (not maternity): not rated
    LegalBasis absenceCap;             ///< 3 to under 6 months of lawful leave: at most HTNV
    LegalBasis disciplined;            ///< discipline taking effect in the year: KHTNV
    LegalBasis excellentCap;           ///< HTXSNV ≤ rate × HTTNV per unit and task group
    LegalBasis capException;           ///< up to 25% for a unit recognised as outstanding
    std::vector<EvaluationScoreBand> scoreBands; ///< highest first; empty = no score bands
    LegalBasis scoreBasis;
    /** Chosen only through EvaluationFacts::nd90Transition (ND 233/2026 Art 20 cl 1), never by year alone. */
    bool transitionOnly = false;

    [[nodiscard]] bool appliesTo(int year) const
    {
        return (fromYear == 0 || year >= fromYear) && (untilYear == 0 || year <= untilYear);
    }
};

/** What the rules need to know of one person's year. */
struct EvaluationFacts
{
    QString category;            ///< staff category code
    int year = 0;
    int monthsWorked = 12;
    int monthsAbsent = 0;
    bool maternityLeave = false;
    std::optional<int> scoreTenths;
    QString finalLevel;          ///< "" = not decided
    bool disciplined = false;    ///< a discipline decision takes effect in the year (DisciplineService)
    QString previousFinalLevel;  ///< final level of year − 1 when that year was rated, else ""
    /**
     * The person's unit has chosen, for the 2026 rating of its viên chức, the ND 90/2020 criteria
     * (ND 233/2026 Art 20 cl 1; EvaluationService::usesNd90Transition). Ignored for other years and
     * categories.
     */
    bool nd90Transition = false;
};

/** One rule that fired, with its flag (RECORDS-CSV.md) and legal basis. */
struct EvaluationFinding
{
    QString flag;      ///< short_service, absence_cap, disciplined, above_max_level, score_mismatch, …
    QString citation;  ///< the article and instrument
    QString message;   ///< translated explanation for the UI
};

/** What the rules say of one person's year (RECORDS-CSV.md "report evaluations", per person). */
struct EvaluationOutcome
{
    bool rated = true;
    QString maxLevel;          ///< "" (null) when not rated
    QString scoreLevel;        ///< "" (null) when the regime has no score bands or there is no score (set even when not rated)
    QStringList flags;         ///< in the order of findings
    std::vector<EvaluationFinding> findings;
    QString ruleSet;           ///< id of the rule set applied
};

/**
 * The evaluation rules (LEGAL-RULES.md §1.4–1.6, 1.10, 1.11, P2.3, P2.4.1, P2.7): rule sets chosen by
 * evaluation year and staff category, the per-person assessment, the cap on "excellent" in integer
 * arithmetic and the consequence of a second consecutive "not completed". Pure functions.
 */
class EvaluationRules
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationRules)

public:
    /** The default share of HTXSNV among HTTNV, in per mille (20%: ND 335/2025; QĐ 366-QĐ/TW Art 11). */
    static constexpr int kDefaultRatePerMille = 200;
    /** The share for a unit recognised as outstanding (QĐ 366 Art 11 cl 1.5; ND 233/2026 Art 12 cl 6b). */
    static constexpr int kExceptionRatePerMille = 250;

    [[nodiscard]] static EvaluationGroup groupOf(const QString &category);
    [[nodiscard]] static const std::vector<EvaluationRuleSet> &ruleSets();
    /**
     * The rule set for a category and evaluation year (never null for a year from 2015). With
     * nd90Transition, a viên chức rated for 2026 gets the ND 90/2020 + ND 48/2023 set (ND 233/2026 Art 20
     * cl 1); the flag changes nothing else.
     */
    [[nodiscard]] static const EvaluationRuleSet *ruleSetFor(const QString &category, int year,
                                                             bool nd90Transition = false);
    /** The last evaluation year a unit may rate its viên chức on the ND 90 criteria (ND 233/2026 Art 20 cl 1). */
    static constexpr int kNd90TransitionYear = 2026;

    /** The per-person assessment: rated, maximum level, score level and flags. */
    [[nodiscard]] static EvaluationOutcome assess(const EvaluationFacts &facts);
    /** The level of a score under the rule set's bands, or "" when it has none. */
    [[nodiscard]] static QString scoreLevel(const EvaluationRuleSet &set, int scoreTenths);

    /**
     * The largest number of HTXSNV allowed: floor(rate × count of HTTNV), computed in integers
     * (ratePerMille × good / 1000) so that 20% of 5 is exactly 1.
     */
    [[nodiscard]] static int excellentLimit(int goodCount, int ratePerMille);
    /** A rate such as 0.2 or "0.20" as per mille, rounded (200); -1 when outside 0–1. */
    [[nodiscard]] static int ratePerMille(double rate);

    /**
     * The legal consequence of a second consecutive KHTNV for the category (LEGAL-RULES.md §1.10), a
     * translated text naming the law; "UNSURE" parts say so.
     */
    [[nodiscard]] static QString consecutiveConsequence(const QString &category, int year);
    [[nodiscard]] static LegalBasis consecutiveBasis(const QString &category, int year);
};
