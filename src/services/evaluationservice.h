// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/evaluation.h"
#include "domain/evaluationrules.h"
#include "domain/fielderror.h"
#include "importtypes.h"
#include "registryservice.h" // SaveResult

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <optional>
#include <vector>

class Clock;
class Database;

using EvaluationImportRow = ImportRow<Evaluation>;

/** One person's year in the report (RECORDS-CSV.md "report evaluations", per person). */
struct PersonEvaluation
{
    Evaluation evaluation;
    QString fullName;
    QString category;
    QString unitCode;   ///< the recorded unit resolved on 31/12 of the year (successors followed)
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

    /**
     * Imports evaluations (matched by staff_code + year: a row replaces the stored one, columns the
     * file lacks keep their stored values; the same file twice changes nothing).
     */
    ImportReport importEvaluations(const std::vector<EvaluationImportRow> &rows, std::vector<ImportIssue> parseIssues,
                                   const ImportOptions &options, const ProgressCallback &progress = {});

    /** The setting key of a year's rate. */
    [[nodiscard]] static QString rateKey(int year);

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("unknown");
};
