// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderror.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

/**
 * One product or group of products/tasks assigned in a period (sản phẩm, công việc được giao) and what
 * became of it (ND 335/2025, task results; LEGAL-RULES.md §1.11). Counts are of products.
 */
struct TaskItem
{
    QString title;             ///< tên sản phẩm, công việc
    int assigned = 1;          ///< số lượng được giao (≥ 1)
    int done = 0;              ///< số lượng hoàn thành (0 … assigned)
    int qualityFailures = 0;   ///< completed products with a major quality error (lỗi chất lượng), ≤ done
    int lateFailures = 0;      ///< completed products delivered late (chậm tiến độ), ≤ done
    int excusedFailures = 0;   ///< of those failures, the ones with an objective cause confirmed by the competent authority
    int weight = 1;            ///< relative share of the 70 task points (1–100; equal by default)
    qint64 id = 0;             ///< storage id; 0 = not stored yet

    friend bool operator==(const TaskItem &, const TaskItem &) = default;
};

/** The kinds of tracking period (kỳ theo dõi, đánh giá) of ND 335/2025. */
namespace PeriodKind {
inline constexpr QLatin1StringView Month{"month"};     ///< tháng (number 1–12)
inline constexpr QLatin1StringView Quarter{"quarter"}; ///< quý (number 1–4)
} // namespace PeriodKind

/** One person's monthly or quarterly evaluation on the 100-point scale (ND 335/2025). */
struct EvaluationPeriod
{
    QString staffCode;      ///< mã cán bộ
    int year = 0;
    QString kind = QString(PeriodKind::Month); ///< PeriodKind
    int number = 1;         ///< the month 1–12 or the quarter 1–4
    int generalTenths = 0;  ///< điểm tiêu chí chung × 10 (0–300)
    std::vector<TaskItem> items;
    QString note;
    qint64 id = 0;          ///< storage id; 0 = not stored yet

    friend bool operator==(const EvaluationPeriod &, const EvaluationPeriod &) = default;
};

/** How the period scores of a year are averaged: the law says "điểm trung bình" and no more (UNSURE). */
enum class PeriodWeighting {
    Equal,    ///< every recorded period counts the same (default)
    ByMonths, ///< a quarter counts 3, a month 1
};

/**
 * The ND 335/2025 period score (LEGAL-RULES.md §1.11, P2.7), in integer arithmetic on tenths of a point.
 *
 * - General criteria: 30 points, entered (generalTenths).
 * - Task results: 70 points shared among the items by weight. One item of n assigned products is worth
 *   share = 70 × weight / Σ weights; each completed product earns share / n, and each counted failure
 *   (quality error or delay, less the excused ones) takes 25% of one product's points:
 *   item = share × (4 × done − counted) / (4 × n), never below 0. With one product, a failure takes 25%
 *   of the item, as the decree words it.
 * - Rounding: every item is computed in millionths of a tenth (integer, half up); the task total is the
 *   sum of those, rounded once, half up, to tenths (so full completion is exactly 70.0 whatever the
 *   weights). The item points shown are rounded the same way and may differ from the total by 0.1.
 * - A period with no items has no score (the task part cannot be judged) and is left out of the year.
 * - The yearly score is the average of the period scores, weighted by PeriodWeighting, rounded half up
 *   to tenths.
 * - Validation (periodErrors): year 2000–2100, kind month or quarter, number in range, general points 0–30, every item
 *   with a title, assigned ≥ 1, 0 ≤ done ≤ assigned, 0 ≤ failures of each kind ≤ done, excused ≤ the
 *   failures, weight 1–100. Within a person's year the periods may mix months and quarters (a person
 *   transferred between units that track differently), but may not overlap: a month may not be recorded
 *   twice nor fall in a recorded quarter.
 */
class PeriodScore
{
    Q_DECLARE_TR_FUNCTIONS(PeriodScore)

public:
    static constexpr int kGeneralMaxTenths = 300; ///< 30 points of general criteria
    static constexpr int kTaskMaxTenths = 700;    ///< 70 points of task results
    static constexpr int kPenaltyQuarters = 1;    ///< each failure takes 1/4 (25%) of a product's points
    static constexpr int kMaxWeight = 100;

    /** Failures that count: quality + late − excused, never below 0. */
    [[nodiscard]] static int countedFailures(const TaskItem &item);
    /** An item's points in tenths (rounded half up), given the sum of the weights of its period. */
    [[nodiscard]] static int itemTenths(const TaskItem &item, int totalWeight);
    /** The task results of a period in tenths (0–700). 0 when there are no items. */
    [[nodiscard]] static int taskTenths(const std::vector<TaskItem> &items);
    /** The period's score in tenths (0–1000), or nullopt when it has no items. */
    [[nodiscard]] static std::optional<int> scoreTenths(const EvaluationPeriod &period);
    /** The months a period covers (1 or 3). */
    [[nodiscard]] static int monthsOf(const EvaluationPeriod &period);
    /** The first and last month a period covers (1–12). */
    [[nodiscard]] static std::pair<int, int> monthRange(const EvaluationPeriod &period);

    /**
     * The yearly score in tenths: the average of the scores of the periods that have one, weighted by
     * weighting, rounded half up. nullopt when no period has a score.
     */
    [[nodiscard]] static std::optional<int> yearlyTenths(const std::vector<EvaluationPeriod> &periods,
                                                         PeriodWeighting weighting);

    /**
     * The field errors of a period: its own fields and items (keys "year", "kind", "number", "general_points",
     * "items.<i>.<field>"), and "number" when it overlaps one of others (the person's other periods of
     * the same year; the period itself, same id, is skipped).
     */
    [[nodiscard]] static FieldErrors periodErrors(const EvaluationPeriod &period,
                                                  const std::vector<EvaluationPeriod> &others = {});

    /** "equal" / "by_months". */
    [[nodiscard]] static QString weightingKey(PeriodWeighting weighting);
    /** The weighting of a key; nullopt for an unknown key. */
    [[nodiscard]] static std::optional<PeriodWeighting> weightingFromKey(const QString &key);
    /** A short label such as "Month 3" or "Quarter 2" (translated). */
    [[nodiscard]] static QString periodLabel(const EvaluationPeriod &period);
};
