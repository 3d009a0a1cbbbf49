// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/evaluation.h"
#include "domain/evaluationrules.h"
#include "domain/fielderror.h"
#include "importtypes.h"
#include "registryservice.h" // SaveResult

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

class Clock;
class Database;
class UnitDirectory;

using EvaluationImportRow = ImportRow<Evaluation>;

/** One person's year in the report (RECORDS-CSV.md "report evaluations", per person). */
struct PersonEvaluation
{
    Evaluation evaluation;
    QString fullName;
    QString category;
    QString position;   ///< the person's title (chức danh), as in the registry
    QDate startDate;    ///< the person's start date, as in the registry (invalid = not known)
    QString unitCode;   ///< the recorded unit resolved on 31/12 of the year (successors followed)
    QString unitName;   ///< that unit's name (report() fills it)
    QString taskGroup;  ///< the evaluation's task group, or the person's position when empty
    EvaluationOutcome outcome;
};

/** One unit and task group (RECORDS-CSV.md "report evaluations", groups). */
struct EvaluationGroupSummary
{
    QString unitCode;
    QString unitName;
    QString taskGroup;
    QMap<QString, int> counts;   ///< every level, 0 included; rated people with a final level only
    int ratePerMille = EvaluationRules::kDefaultRatePerMille;
    int excellentLimit = 0;
    bool capExceeded = false;
    bool exception = false;      ///< the unit has a recorded 25% exception for the year
    QString capBasis;            ///< citation of the cap (and of the exception when used)
};

struct EvaluationReport
{
    int year = 0;
    QString unitCode;                          ///< the unit asked for ("" = all)
    std::vector<EvaluationGroupSummary> groups; ///< by unit code, then task group
    std::vector<PersonEvaluation> people;      ///< by unit code, task group, then staff code
    QString error;                             ///< storage error (translated)
};

/**
 * Annual evaluations (đánh giá, xếp loại chất lượng): import of RECORDS-CSV.md files with audit, the
 * rules of EvaluationRules applied per person (discipline from DisciplineService only), the cap on
 * "excellent" per unit and task group with its per-year rate and per-unit exceptions, and the yearly
 * report.
 */
class EvaluationService
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationService)

public:
    EvaluationService(Database &db, const Clock &clock);
    void setActor(const QString &actor) { m_actor = actor; }

    [[nodiscard]] std::optional<Evaluation> find(const QString &staffCode, int year) const;
    /** A person's years, oldest first, each assessed by the rules (Person page, evaluation grid). */
    [[nodiscard]] std::vector<PersonEvaluation> history(const QString &staffCode) const;

    /** The share of HTXSNV among HTTNV for a year, per mille (setting "evaluation.excellent_rate.<year>", default 200). */
    [[nodiscard]] int excellentRatePerMille(int year) const;
    /** Sets the rate of a year (0–1, e.g. 0.2). Audited. */
    SaveResult setExcellentRate(int year, double rate);
    /** Records the 25% exception of a unit for a year, with its decision. Audited. */
    SaveResult recordCapException(const QString &unitCode, int year, const QString &decisionNo, const QString &reason);

    [[nodiscard]] EvaluationReport report(int year, const QString &unitCode = {}) const;

    // --- Entry and workflow (GUI; evaluationworkflow.cpp). Every write is one audited transaction. ---

    /**
     * The people of a unit (and its sub-units) in service during the year, each with their stored
     * evaluation or a blank draft (id 0, status draft, task group empty), assessed by the rules: the
     * rows of the entry grid, by staff code.
     */
    [[nodiscard]] std::vector<PersonEvaluation> unitYear(const QString &unitCode, int year) const;
    /** What the rules say of an unsaved evaluation (live checks while typing). */
    [[nodiscard]] PersonEvaluation assess(const Evaluation &evaluation) const;
    /**
     * Saves a person's year from the grid or the form: task group, months, maternity, score, self and
     * proposed levels, initiative, note; status draft for a new row. Refused (error) when the stored
     * row is decided: reopen it first. The final level, decision and override are set by decide() only.
     * evaluation.rowVersion is the version the grid or form read: when someone else saved the person's
     * year since (a save, a workflow step, the written form, an import), nothing is written and the result
     * is a conflict naming who, when and the fields that differ between startedFrom (what was read;
     * evaluation when not given) and the stored evaluation.
     */
    SaveResult save(const Evaluation &evaluation, const std::optional<Evaluation> &startedFrom = std::nullopt);
    /**
     * Removes a person's year when it is not decided (an entry made by mistake). readAs: the year as the
     * caller read it; when its version is known and someone else saved the year since, nothing is removed
     * and the result is a conflict.
     */
    SaveResult remove(const QString &staffCode, int year, const std::optional<Evaluation> &readAs = std::nullopt);
    /** The written parts of the form (empty when none is stored). */
    [[nodiscard]] EvaluationForm form(const QString &staffCode, int year) const;
    /**
     * Saves the written parts; refused when the year is decided. Creates the draft row when missing.
     * readAs: the year's evaluation as the form read it; when its version is known and someone else saved
     * that evaluation (or its form) since, nothing is written and the result is a conflict.
     */
    SaveResult saveForm(const QString &staffCode, int year, const EvaluationForm &form,
                        const std::optional<Evaluation> &readAs = std::nullopt);
    /**
     * Moves the workflow forward: to self_assessed (needs the self level), to proposed (needs the
     * proposed level). Moving back to draft is allowed before the decision. decided only via decide().
     */
    SaveResult advance(const QString &staffCode, int year, const QString &toStatus);
    /**
     * The competent authority's decision: final level, decision number and date; locks the row.
     * A level above the maximum the rules allow (EvaluationOutcome::maxLevel) or for a person not to be
     * rated is refused unless overrideReason is given; the override is kept and audited.
     */
    SaveResult decide(const QString &staffCode, int year, const QString &finalLevel, const QString &decisionNo,
                      const QDate &decisionDate, const QString &overrideReason = {});
    /** Reopens a decided evaluation (back to proposed); the reason is required and audited. */
    SaveResult reopen(const QString &staffCode, int year, const QString &reason);
    /** Sets the score (tenths; nullopt clears it), e.g. the ND 335 yearly score; refused when decided. */
    SaveResult setScore(const QString &staffCode, int year, std::optional<int> scoreTenths);
    /**
     * Copies each person's task group of year − 1 to their year (creating drafts where there is none,
     * never touching a decided row or a task group already set). Returns how many rows changed.
     */
    int copyTaskGroups(const QString &unitCode, int year, QString *error = nullptr);

    /** The recorded 25% exceptions of a year. */
    [[nodiscard]] std::vector<ExcellentCapException> capExceptions(int year) const;
    /** Removes a unit's exception for a year. Audited. */
    SaveResult removeCapException(const QString &unitCode, int year);

    /**
     * ND 233/2026 Art 20 cl 1: a public service unit that has not issued its own rules by the end-2026
     * rating evaluates its viên chức on the ND 90/2020 criteria. A per-unit choice for 2026 (setting
     * "evaluation.vc_nd90_transition.<unit>.<year>"); false by default.
     */
    [[nodiscard]] bool usesNd90Transition(const QString &unitCode, int year) const;
    SaveResult setNd90Transition(const QString &unitCode, int year, bool useNd90);

    /**
     * Imports evaluations (matched by staff_code + year: a row replaces the stored one, columns the
     * file lacks take the format's defaults; the decision number, date and override reason, which the
     * format has not, stay; the same file twice changes nothing).
     */
    ImportReport importEvaluations(const std::vector<EvaluationImportRow> &rows, std::vector<ImportIssue> parseIssues,
                                   const ImportOptions &options, const ProgressCallback &progress = {});

    /** The setting key of a year's rate. */
    [[nodiscard]] static QString rateKey(int year);

    /** The setting key of a unit's ND 90 transition choice for a year. */
    [[nodiscard]] static QString nd90TransitionKey(const QString &unitCode, int year);

private:
    /**
     * The units whose viên chức are rated on the ND 90 criteria in year (ND 233/2026 Art 20 cl 1): a unit
     * takes the choice of the nearest of itself and its ancestors that has one. Empty unless year is 2026.
     * One query.
     */
    [[nodiscard]] QSet<QString> nd90TransitionUnits(int year, const UnitDirectory &units) const;

    Database &m_db;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("unknown");
};
