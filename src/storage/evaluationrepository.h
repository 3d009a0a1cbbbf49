// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/evaluation.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>
#include <vector>

/**
 * Evaluations in the database (tables evaluation, evaluation_form, excellent_cap_exception). Reads return domain
 * values; writes run inside the caller's transaction.
 */
class EvaluationRepository
{
public:
    explicit EvaluationRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /** The evaluation of a person for a year (the file's match key), if stored. */
    [[nodiscard]] std::optional<Evaluation> find(const QString &staffCode, int year, QString *error = nullptr) const;
    /** Every evaluation of the years in [fromYear, toYear], by year then staff code (one query). */
    [[nodiscard]] std::vector<Evaluation> forYears(int fromYear, int toYear, QString *error = nullptr) const;
    /** A person's evaluations, oldest year first. */
    [[nodiscard]] std::vector<Evaluation> forPerson(const QString &staffCode, QString *error = nullptr) const;
    /**
     * Inserts (id 0: returns the new id) or updates by id (returns the id); 0 on failure. An update raises
     * row_version by one; when evaluation.rowVersion is known it must still be the stored one, else
     * nothing is written, 0 is returned and conflicted() is true (someone else saved since it was read).
     */
    qint64 write(const Evaluation &evaluation, QString *error = nullptr);
    /** The last write changed nothing because the row's version was no longer the one it was read at. */
    [[nodiscard]] bool conflicted() const { return m_conflict; }
    /** Deletes a person's year and its form (true when nothing failed, also when there was none). */
    bool remove(const QString &staffCode, int year, QString *error = nullptr);

    /** The written parts of the form of a person's year (table evaluation_form), if stored. */
    [[nodiscard]] std::optional<EvaluationForm> form(const QString &staffCode, int year,
                                                     QString *error = nullptr) const;
    /** Inserts or replaces the form of a person's year; raises the version of the year's evaluation row. */
    bool writeForm(const QString &staffCode, int year, const EvaluationForm &form, QString *error = nullptr);

    [[nodiscard]] std::vector<ExcellentCapException> capExceptions(int year, QString *error = nullptr) const;
    [[nodiscard]] std::optional<ExcellentCapException> capException(const QString &unitCode, int year,
                                                                    QString *error = nullptr) const;
    /** Inserts or replaces the exception of (unit, year). */
    bool writeCapException(const ExcellentCapException &exception, QString *error = nullptr);
    /** Deletes the exception of (unit, year) (true also when there was none). */
    bool removeCapException(const QString &unitCode, int year, QString *error = nullptr);

    /** Every office setting (table setting) whose key starts with prefix: key → value (one query). */
    [[nodiscard]] QHash<QString, QString> settingsWithPrefix(const QString &prefix, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
    bool m_conflict = false;
};
