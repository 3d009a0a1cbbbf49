// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearlock.h"

#include "reviewservice.h"
#include "storage/reviewrepository.h"

QString YearLock::refusal(const QSqlDatabase &db, int year)
{
    QString error;
    const std::optional<YearClosure> closure = ReviewRepository(db).closure(year, &error);
    if (!error.isEmpty())
        return tr("cannot check whether the year %1 is closed: %2").arg(year).arg(error);
    return closure ? ReviewService::closedYearError(year) : QString();
}
