// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodscore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMicro = 1000000; // millionths of a tenth
constexpr int kMaxAssigned = 10000;

/** a / b rounded half up, for a ≥ 0, b > 0. */
qint64 roundedDiv(qint64 a, qint64 b)
{
    return (2 * a + b) / (2 * b);
}

int totalWeight(const std::vector<TaskItem> &items)
{
    int sum = 0;
    for (const TaskItem &i : items)
        sum += std::max(i.weight, 0);
    return sum;
}

/** An item in millionths of a tenth. */
qint64 itemMicro(const TaskItem &item, int weightSum)
{
    if (weightSum <= 0 || item.assigned <= 0 || item.weight <= 0)
        return 0;
    const int done = std::clamp(item.done, 0, item.assigned);
    const qint64 quarters = std::max<qint64>(0, qint64(4) * done - PeriodScore::countedFailures(item));
    const qint64 num = qint64(PeriodScore::kTaskMaxTenths) * item.weight * quarters * kMicro;
    const qint64 den = qint64(weightSum) * 4 * item.assigned;
    return roundedDiv(num, den);
}

} // namespace

int PeriodScore::countedFailures(const TaskItem &item)
{
    return std::max(0, std::max(item.qualityFailures, 0) + std::max(item.lateFailures, 0)
                           - std::max(item.excusedFailures, 0));
}

int PeriodScore::itemTenths(const TaskItem &item, int weightSum)
{
    return int(roundedDiv(itemMicro(item, weightSum), kMicro));
}

int PeriodScore::taskTenths(const std::vector<TaskItem> &items)
{
    const int weights = totalWeight(items);
    qint64 sum = 0;
    for (const TaskItem &i : items)
        sum += itemMicro(i, weights);
    return int(std::min<qint64>(kTaskMaxTenths, roundedDiv(sum, kMicro)));
}

std::optional<int> PeriodScore::scoreTenths(const EvaluationPeriod &period)
{
    if (period.items.empty())
        return std::nullopt;
    return std::clamp(period.generalTenths, 0, kGeneralMaxTenths) + taskTenths(period.items);
}

int PeriodScore::monthsOf(const EvaluationPeriod &period)
{
    return period.kind == PeriodKind::Quarter ? 3 : 1;
}

std::pair<int, int> PeriodScore::monthRange(const EvaluationPeriod &period)
{
    if (period.kind == PeriodKind::Quarter)
        return {3 * period.number - 2, 3 * period.number};
    return {period.number, period.number};
}

std::optional<int> PeriodScore::yearlyTenths(const std::vector<EvaluationPeriod> &periods, PeriodWeighting weighting)
{
    qint64 sum = 0;
    qint64 weights = 0;
    for (const EvaluationPeriod &p : periods) {
        const std::optional<int> score = scoreTenths(p);
        if (!score)
            continue;
        const int w = weighting == PeriodWeighting::ByMonths ? monthsOf(p) : 1;
        sum += qint64(*score) * w;
        weights += w;
    }
    if (weights == 0)
        return std::nullopt;
    return int(roundedDiv(sum, weights));
}

FieldErrors PeriodScore::periodErrors(const EvaluationPeriod &period, const std::vector<EvaluationPeriod> &others)
{
    FieldErrors errors;
    if (period.year < 2000 || period.year > 2100)
        errors.push_back({u"year"_s, tr("the year must be from 2000 to 2100")});
    const bool month = period.kind == PeriodKind::Month;
    const bool quarter = period.kind == PeriodKind::Quarter;
    if (!month && !quarter)
        errors.push_back({u"kind"_s, tr("the period must be a month or a quarter")});
    else if (month && (period.number < 1 || period.number > 12))
        errors.push_back({u"number"_s, tr("the month must be from 1 to 12")});
    else if (quarter && (period.number < 1 || period.number > 4))
        errors.push_back({u"number"_s, tr("the quarter must be from 1 to 4")});
    if (period.generalTenths < 0 || period.generalTenths > kGeneralMaxTenths)
        errors.push_back({u"general_points"_s, tr("the general criteria are worth 0 to 30 points (ND 335/2025)")});

    for (size_t i = 0; i < period.items.size(); ++i) {
        const TaskItem &item = period.items.at(i);
        const QString key = u"items.%1."_s.arg(i);
        const QString n = QString::number(i + 1);
        if (item.title.trimmed().isEmpty())
            errors.push_back({key + u"title"_s, tr("task %1: the product or task needs a title").arg(n)});
        if (item.assigned < 1 || item.assigned > kMaxAssigned)
            errors.push_back({key + u"assigned"_s,
                              tr("task %1: the number assigned must be from 1 to %2").arg(n).arg(kMaxAssigned)});
        if (item.done < 0 || item.done > std::max(item.assigned, 0))
            errors.push_back({key + u"done"_s,
                              tr("task %1: the number completed must be from 0 to the number assigned").arg(n)});
        if (item.qualityFailures < 0 || item.qualityFailures > std::max(item.done, 0))
            errors.push_back({key + u"quality_failures"_s,
                              tr("task %1: quality errors are counted per completed product (0 to the number "
                                 "completed)")
                                  .arg(n)});
        if (item.lateFailures < 0 || item.lateFailures > std::max(item.done, 0))
            errors.push_back({key + u"late_failures"_s,
                              tr("task %1: delays are counted per completed product (0 to the number completed)")
                                  .arg(n)});
        if (item.excusedFailures < 0
            || item.excusedFailures > std::max(item.qualityFailures, 0) + std::max(item.lateFailures, 0))
            errors.push_back({key + u"excused_failures"_s,
                              tr("task %1: the excused failures (objective causes) cannot exceed the quality "
                                 "errors and delays")
                                  .arg(n)});
        if (item.weight < 1 || item.weight > kMaxWeight)
            errors.push_back(
                {key + u"weight"_s, tr("task %1: the weight must be from 1 to %2").arg(n).arg(kMaxWeight)});
    }

    if (errors.empty()) {
        const auto [first, last] = monthRange(period);
        for (const EvaluationPeriod &o : others) {
            if ((period.id != 0 && o.id == period.id) || o.staffCode != period.staffCode || o.year != period.year)
                continue;
            const auto [oFirst, oLast] = monthRange(o);
            if (first <= oLast && oFirst <= last) {
                errors.push_back({u"number"_s, tr("%1 overlaps %2, already recorded for this year")
                                                   .arg(periodLabel(period), periodLabel(o))});
                break;
            }
        }
    }
    return errors;
}

QString PeriodScore::weightingKey(PeriodWeighting weighting)
{
    return weighting == PeriodWeighting::ByMonths ? u"by_months"_s : u"equal"_s;
}

std::optional<PeriodWeighting> PeriodScore::weightingFromKey(const QString &key)
{
    if (key == "equal"_L1)
        return PeriodWeighting::Equal;
    if (key == "by_months"_L1)
        return PeriodWeighting::ByMonths;
    return std::nullopt;
}

QString PeriodScore::periodLabel(const EvaluationPeriod &period)
{
    if (period.kind == PeriodKind::Quarter)
        return tr("Quarter %1").arg(period.number);
    return tr("Month %1").arg(period.number);
}
