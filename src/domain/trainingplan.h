// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codetable.h"

#include <QDate>
#include <QString>

/**
 * Training plans and enrolments (kế hoạch đào tạo, bồi dưỡng; issue 6): plain values stored by
 * TrainingRepository. The proposal, the lifecycle rules and the budget view are built on them.
 */

/** A year plan for one unit, or for the whole office (unitCode empty), with its budget. */
struct TrainingPlan
{
    qint64 id = 0;     ///< 0 = not stored yet
    int year = 0;
    QString unitCode;  ///< "" = the whole office
    QString title;
    qint64 budget = 0; ///< VND
    QString note;

    friend bool operator==(const TrainingPlan &, const TrainingPlan &) = default;
};

/** One person in one course: within a plan (planId) or outside any (planId 0). */
struct TrainingEnrolment
{
    qint64 id = 0;          ///< 0 = not stored yet
    qint64 planId = 0;      ///< 0 = no plan
    QString staffCode;
    QString courseCode;
    QString status = QStringLiteral("planned"); ///< an EnrolmentStatus code
    QDate startDate;        ///< planned, then actual
    QDate endDate;          ///< planned, then actual
    QString certificateNo;  ///< số chứng chỉ / văn bằng (completed)
    QDate certificateDate;
    qint64 cost = 0;        ///< VND: planned, then spent
    QString note;

    friend bool operator==(const TrainingEnrolment &, const TrainingEnrolment &) = default;
};

/** planned → enrolled → attending → completed, or dropped. */
namespace EnrolmentStatus {
inline constexpr QLatin1StringView Planned{"planned"};
inline constexpr QLatin1StringView Enrolled{"enrolled"};
inline constexpr QLatin1StringView Attending{"attending"};
inline constexpr QLatin1StringView Completed{"completed"};
inline constexpr QLatin1StringView Dropped{"dropped"};
const CodeTable &table();
} // namespace EnrolmentStatus
