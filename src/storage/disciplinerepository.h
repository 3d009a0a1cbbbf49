// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/disciplinedecision.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <vector>

/**
 * Discipline decisions in the database (table discipline_decision). Reads return domain values;
 * writes run inside the caller's transaction.
 */
class DisciplineRepository
{
public:
    explicit DisciplineRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    [[nodiscard]] std::optional<DisciplineDecision> find(qint64 id, QString *error = nullptr) const;
    /** The decision with this key (the file's match key), if stored. */
    [[nodiscard]] std::optional<DisciplineDecision> find(const QString &staffCode, const QString &decisionNo,
                                                         QString *error = nullptr) const;
    /** A person's decisions by effective date (decision date when none), then id. */
    [[nodiscard]] std::vector<DisciplineDecision> forPerson(const QString &staffCode, QString *error = nullptr) const;
    /**
     * Decisions taking effect on or before `to` (effective date, or decision date when none), by that
     * date then id: one query for a year's report (earlier decisions may still run into the year).
     * An invalid `to` reads every decision.
     */
    [[nodiscard]] std::vector<DisciplineDecision> effectiveUpTo(const QDate &to, QString *error = nullptr) const;
    /** The staff codes with a decision taking effect in [from, to], in code order (one query). */
    [[nodiscard]] QStringList staffWithEffectBetween(const QDate &from, const QDate &to,
                                                     QString *error = nullptr) const;
    /** Inserts (id 0: returns the new id) or updates by id (returns the id); 0 on failure. */
    qint64 write(const DisciplineDecision &decision, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};
