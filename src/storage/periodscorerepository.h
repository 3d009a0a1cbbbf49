// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/periodscore.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

/**
 * ND 335/2025 monthly and quarterly evaluations in the database (tables evaluation_period,
 * evaluation_task_item). Reads return domain values with their items; writes run inside the caller's
 * transaction.
 */
class PeriodScoreRepository
{
public:
    explicit PeriodScoreRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /** A person's periods of a year with their items, by first month covered (months before quarters on a tie). */
    [[nodiscard]] std::vector<EvaluationPeriod> forPersonYear(const QString &staffCode, int year,
                                                              QString *error = nullptr) const;
    /** Every period of a person, all years, by year then as forPersonYear (one query per year and period). */
    [[nodiscard]] std::vector<EvaluationPeriod> forPerson(const QString &staffCode, QString *error = nullptr) const;
    [[nodiscard]] std::optional<EvaluationPeriod> find(qint64 id, QString *error = nullptr) const;
    /**
     * Inserts (id 0) or updates by id a period and replaces its items (their ids are renewed). Returns the
     * period's id, 0 on failure.
     */
    qint64 write(const EvaluationPeriod &period, QString *error = nullptr);
    /** Deletes a period and its items. */
    bool remove(qint64 id, QString *error = nullptr);

private:
    bool readItems(EvaluationPeriod &period, QString *error) const;

    QSqlDatabase m_db;
};
