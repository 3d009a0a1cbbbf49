// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/periodscore.h"
#include "registryservice.h" // SaveResult

#include <QCoreApplication>

#include <optional>
#include <vector>

class Clock;
class Database;

/**
 * The ND 335/2025 period scoring of civil servants (công chức, categories cc and cc_xa, from 2026;
 * LEGAL-RULES.md §1.11, P2.7): the monthly or quarterly periods of a person's year with their task
 * items, the yearly score as the average of the period scores, the weighting of months and quarters
 * (an office setting, because the decree does not fix it), and the transfer of the yearly score to the
 * person's evaluation. Every write is one audited transaction; a decided evaluation locks its year.
 */
class ScoringService
{
    Q_DECLARE_TR_FUNCTIONS(ScoringService)

public:
    /** The setting holding the weighting ("equal" or "by_months"). */
    static constexpr const char *WeightingKey = "evaluation.period_weighting";

    ScoringService(Database &db, const Clock &clock);
    void setActor(const QString &actor) { m_actor = actor; }

    /**
     * Why ND 335 period scoring does not apply to the person in year (a translated message naming
     * ND 335/2025), or "" when it applies: unknown person, not a civil servant, or a year before 2026.
     */
    [[nodiscard]] QString notApplicableReason(const QString &staffCode, int year) const;
    /** The person's evaluation of the year is decided (locked): periods cannot change. */
    [[nodiscard]] bool isLocked(const QString &staffCode, int year) const;

    /** The person's periods of the year with their items, by month covered. */
    [[nodiscard]] std::vector<EvaluationPeriod> periods(const QString &staffCode, int year) const;
    [[nodiscard]] std::optional<EvaluationPeriod> findPeriod(qint64 id) const;
    /** What savePeriod would refuse for the period's fields (overlap with the stored periods included). */
    [[nodiscard]] FieldErrors validate(const EvaluationPeriod &period) const;
    /**
     * Adds (id 0) or replaces (by id) a period with its items. Refused when ND 335 does not apply, when
     * the year is decided, or with field errors. *id receives the period's id.
     */
    SaveResult savePeriod(const EvaluationPeriod &period, qint64 *id = nullptr);
    /** Removes a period (an entry made by mistake); refused when its year is decided. */
    SaveResult removePeriod(qint64 id);

    /** How periods weigh in the yearly average (setting WeightingKey, default Equal). */
    [[nodiscard]] PeriodWeighting weighting() const;
    SaveResult setWeighting(PeriodWeighting weighting);

    /** The yearly score in tenths: the weighted average of the period scores; nullopt when none is scored. */
    [[nodiscard]] std::optional<int> yearlyScore(const QString &staffCode, int year) const;
    /**
     * Writes yearlyScore() as the score of the person's evaluation (EvaluationService::setScore, which
     * creates the draft when missing). Refused when ND 335 does not apply, the year is decided or no period
     * is scored.
     */
    SaveResult applyYearlyScore(const QString &staffCode, int year);

    /**
     * A suggestion for the culture share of the general points in tenths: the person's public-service
     * culture points of the year (CultureService::culturePoints); nullopt when nothing was inspected.
     */
    [[nodiscard]] std::optional<int> suggestedCultureTenths(const QString &staffCode, int year) const;

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("unknown");
};
