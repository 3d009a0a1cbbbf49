// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "disciplinedecision.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/** The article and instrument a rule follows, e.g. "Điều 7" + "Nghị định 234/2026/NĐ-CP". Proper names: not translated. */
struct LegalBasis
{
    QString instrument;
    QString article; ///< empty when the article number is not confirmed (LEGAL-RULES.md UNSURE)

    /** "Điều 7 Nghị định 234/2026/NĐ-CP", or the instrument alone when no article is known. */
    [[nodiscard]] QString citation() const { return article.isEmpty() ? instrument : article + u' ' + instrument; }
};

/** Which discipline regime a staff category falls under (LEGAL-RULES.md §2.1, P2.4.2). */
enum class DisciplineGroup {
    None,           ///< no rule set known (khong_chuyen_trach; unknown categories)
    Cadre,          ///< cán bộ: cb, cb_xa
    CivilServant,   ///< công chức: cc, cc_xa
    PublicEmployee, ///< viên chức: vc
};

/** One form a rule set allows, and for whom. */
struct DisciplineFormRule
{
    enum class Holder { Anyone, LeaderOnly, NonLeaderOnly };

    QString form;
    Holder holder = Holder::Anyone; ///< leadership = giữ chức vụ lãnh đạo, quản lý
};

/**
 * One legal instrument's discipline forms for one group, with its validity (inclusive dates; an
 * invalid date is open). Selected by the group and the decision's effective date.
 */
struct DisciplineRuleSet
{
    QString id;                 ///< e.g. "nd172_2025_cc"
    DisciplineGroup group = DisciplineGroup::None;
    QDate from;
    QDate until;
    LegalBasis forms;           ///< where the list of forms is set
    std::vector<DisciplineFormRule> allowed;
    LegalBasis repeat;          ///< "a new violation while a decision runs gets one form heavier"

    [[nodiscard]] bool appliesOn(QDate date) const
    {
        return (!from.isValid() || date >= from) && (!until.isValid() || date <= until);
    }
};

/** The statute of limitations (thời hiệu) for cases handled in a period: reference data. */
struct DisciplineLimitationRule
{
    QDate from;                        ///< inclusive; invalid = open
    QDate until;                       ///< inclusive; invalid = open
    QList<DisciplineGroup> groups;
    int reprimandMonths = 0;           ///< violations at khiển trách level
    int otherMonths = 0;               ///< cảnh cáo or heavier
    LegalBasis basis;
};

/** Violations with no statute of limitations (LEGAL-RULES.md P2.6): reference data. */
struct DisciplineLimitationExemption
{
    QString code;
    const char *label; ///< English source text, translated in context "DisciplineRules"
    LegalBasis basis;
};

/** The processing period (thời hạn xử lý), counted from detection to decision: reference data. */
struct DisciplineProcessingRule
{
    QDate from;
    QDate until;
    QList<DisciplineGroup> groups;
    int days = 90;
    int extendedDays = 150; ///< complex cases, when extended
    LegalBasis basis;
};

/** The period a form bars promotion, appointment, planning and training, and the salary-step delay. */
struct DisciplineEffectRule
{
    QString form;
    int barMonths = 0;          ///< 0 = no bar period (the form ends the service)
    LegalBasis barBasis;
    int salaryDelayMonths = 0;  ///< delay of the regular salary step; 0 = none known
    LegalBasis salaryBasis;
};

/** A warning at entry: not a refusal; the office decides. */
struct DisciplineWarning
{
    enum class Kind {
        NoRuleSet,                   ///< the category has no discipline rule set (khong_chuyen_trach)
        LimitationExpired,           ///< the violation is older than the statute of limitations
        ProcessingOverLimit,         ///< more than 90 days from detection to decision
        ProcessingOverExtendedLimit, ///< more than 150 days
        RepeatNotHeavier,            ///< new violation while a decision runs, form not heavier
    };

    Kind kind = Kind::NoRuleSet;
    QString message;       ///< translated, names the instrument and article
    QString suggestedForm; ///< RepeatNotHeavier: the next heavier allowed form, or empty
    QString citation;      ///< the legal basis alone
};

/**
 * Discipline rules (LEGAL-RULES.md §2 and P2.4.2, P2.6; RECORDS-CSV.md "Discipline"): allowed forms by
 * instrument, category, leadership and effective date; effect periods; warnings at entry. Pure
 * functions: every date is a parameter.
 */
class DisciplineRules
{
    Q_DECLARE_TR_FUNCTIONS(DisciplineRules)

public:
    /** The group of a staff category code (cb, cc, vc, cb_xa, cc_xa, khong_chuyen_trach). */
    [[nodiscard]] static DisciplineGroup groupOf(const QString &category);

    /** All rule sets, oldest first. */
    [[nodiscard]] static const std::vector<DisciplineRuleSet> &ruleSets();
    /** The rule set for a category on a date, or nullptr when none is known. */
    [[nodiscard]] static const DisciplineRuleSet *ruleSetFor(const QString &category, QDate date);
    /**
     * The forms the law in force on date allows for the person, lightest first. Empty when no rule
     * set is known for the category (the caller offers every form with a NoRuleSet warning).
     */
    [[nodiscard]] static QStringList allowedForms(const QString &category, bool isLeader, QDate date);
    /**
     * nullopt when the decision's form is allowed on its effective date (or no rule set is known for
     * the category); otherwise a translated refusal naming the instrument and article.
     */
    [[nodiscard]] static std::optional<QString> check(const DisciplineDecision &decision, const QString &category,
                                                      bool isLeader);
    /** The next heavier form allowed for the person on date, or nullopt when there is none. */
    [[nodiscard]] static std::optional<QString> nextHeavierForm(const QString &runningForm, const QString &category,
                                                                bool isLeader, QDate date);

    /** Effect periods and salary-step delays per form. */
    [[nodiscard]] static const std::vector<DisciplineEffectRule> &effectRules();
    [[nodiscard]] static const DisciplineEffectRule *effectRule(const QString &form);
    /**
     * The first day the bars lift: effective date + 12 months (khien_trach, canh_cao, ha_bac_luong) or
     * + 24 months (giang_chuc, cach_chuc), by QDate::addMonths (31/01 + 1 month = end of February).
     * nullopt for buoc_thoi_viec and bai_nhiem (the service ends) and for unknown forms.
     */
    [[nodiscard]] static std::optional<QDate> barsUntil(const DisciplineDecision &decision);
    /** Months the regular salary step is delayed (6 after khien_trach or canh_cao), 0 when none is known. */
    [[nodiscard]] static int salaryStepDelayMonths(const QString &form);
    /**
     * True on days from the effective date up to the day before barsUntil; for buoc_thoi_viec and
     * bai_nhiem, on every day from the effective date.
     */
    [[nodiscard]] static bool inForceOn(const DisciplineDecision &decision, QDate date);

    [[nodiscard]] static const std::vector<DisciplineLimitationRule> &limitationRules();
    [[nodiscard]] static const std::vector<DisciplineLimitationExemption> &limitationExemptions();
    /** The limitation rule for a category on the day the case is decided, or nullptr. */
    [[nodiscard]] static const DisciplineLimitationRule *limitationRuleFor(const QString &category, QDate decidedOn);
    /**
     * LimitationExpired when decision date > violation date + the limit of the rule in force on the
     * decision date (5 years at khiển trách level, 10 otherwise from 15/11/2022). nullopt when the
     * violation date is not known, the category has no rule, or exemption names a no-limit case.
     */
    [[nodiscard]] static std::optional<DisciplineWarning> limitationWarning(const DisciplineDecision &decision,
                                                                            const QString &category,
                                                                            const QString &exemption = {});
    [[nodiscard]] static const std::vector<DisciplineProcessingRule> &processingRules();
    /**
     * Processing period from detectedOn (the record has no detection field: the caller supplies it) to
     * the decision date: over 90 days, or over 150 days. nullopt when within, or detectedOn is invalid.
     */
    [[nodiscard]] static std::optional<DisciplineWarning> processingWarning(const DisciplineDecision &decision,
                                                                            const QString &category,
                                                                            QDate detectedOn);
    /**
     * RepeatNotHeavier when an earlier decision of the same person was in force on the new violation
     * date and the new form is not heavier than it, with the next heavier allowed form suggested.
     * nullopt when the violation date is unknown.
     */
    [[nodiscard]] static std::optional<DisciplineWarning> repeatWarning(const DisciplineDecision &decision,
                                                                        const std::vector<DisciplineDecision> &earlier,
                                                                        const QString &category, bool isLeader);
    /** Every warning for a decision at entry, in a stable order. */
    [[nodiscard]] static QList<DisciplineWarning> warnings(const DisciplineDecision &decision, const QString &category,
                                                           bool isLeader,
                                                           const std::vector<DisciplineDecision> &earlier = {},
                                                           QDate detectedOn = {}, const QString &exemption = {});
};
