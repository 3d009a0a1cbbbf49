// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

/**
 * The lock of a closed year (khóa sổ; ReviewService::closeYear) as the evaluation, scoring and
 * discipline services check it before a write: they read the closure from storage
 * (ReviewRepository::closure) and refuse with ReviewService::closedYearError, the one message a user
 * meets wherever the lock stops them.
 */
class YearLock
{
    Q_DECLARE_TR_FUNCTIONS(YearLock)

public:
    /**
     * The refusal of a write into year: ReviewService::closedYearError(year) when it is closed, a
     * storage error when the closure cannot be read (nothing is written then either), "" when open.
     */
    [[nodiscard]] static QString refusal(const QSqlDatabase &db, int year);
};
