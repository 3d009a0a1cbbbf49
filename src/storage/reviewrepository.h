// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/reviewdecision.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

/**
 * The year-end review in the database: council decisions (review_decision), meetings (review_meeting)
 * and closed years (year_closure). Reads return domain values; writes run inside the caller's
 * transaction.
 */
class ReviewRepository
{
public:
    explicit ReviewRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /** Decisions of a year, of one unit ("" = every unit), by unit, staff code ("" first), award order. */
    [[nodiscard]] std::vector<ReviewDecision> decisions(int year, const QString &unitCode = {},
                                                        QString *error = nullptr) const;
    /** Every decision of a person, by year. */
    [[nodiscard]] std::vector<ReviewDecision> decisionsOf(const QString &staffCode, QString *error = nullptr) const;
    [[nodiscard]] std::optional<ReviewDecision> decision(qint64 id, QString *error = nullptr) const;
    /** The decision with this key (year, unit, staff code, award), if stored. */
    [[nodiscard]] std::optional<ReviewDecision> decision(int year, const QString &unitCode, const QString &staffCode,
                                                         const QString &award, QString *error = nullptr) const;
    /** Inserts (id 0: returns the new id) or updates by id (returns the id); 0 on failure. */
    qint64 write(const ReviewDecision &decision, QString *error = nullptr);
    bool removeDecision(qint64 id, QString *error = nullptr);

    [[nodiscard]] std::optional<ReviewMeeting> meeting(int year, const QString &unitCode, QString *error = nullptr) const;
    /** Meetings of a year, by unit code. */
    [[nodiscard]] std::vector<ReviewMeeting> meetings(int year, QString *error = nullptr) const;
    /** Inserts or replaces the meeting of (year, unit). */
    bool write(const ReviewMeeting &meeting, QString *error = nullptr);

    [[nodiscard]] std::optional<YearClosure> closure(int year, QString *error = nullptr) const;
    /** Every closed year, oldest first. */
    [[nodiscard]] std::vector<YearClosure> closures(QString *error = nullptr) const;
    bool close(const YearClosure &closure, QString *error = nullptr);
    bool reopen(int year, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};
