// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoringservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "clock.h"
#include "cultureservice.h"
#include "domain/evaluationrules.h"
#include "evaluationservice.h"
#include "yearlock.h"
#include "storage/database.h"
#include "storage/periodscorerepository.h"
#include "storage/settingrepository.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString kNd335RuleSet = u"nd335_2025_cc"_s;

QString storageError(const QString &what, const QString &error)
{
    return what.arg(error.isEmpty() ? ScoringService::tr("the transaction could not be committed") : error);
}

} // namespace

ScoringService::ScoringService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString ScoringService::notApplicableReason(const QString &staffCode, int year) const
{
    const std::optional<StaffMember> member = StaffRepository(m_db.connection()).find(staffCode);
    if (!member)
        return tr("unknown person \"%1\"").arg(staffCode);
    const EvaluationRuleSet *set = EvaluationRules::ruleSetFor(member->category, year);
    if (set && set->id == kNd335RuleSet)
        return {};
    if (EvaluationRules::groupOf(member->category) != EvaluationGroup::CivilServant)
        return tr("monthly and quarterly scoring under ND 335/2025 applies to civil servants (công chức) only");
    return tr("monthly and quarterly scoring under ND 335/2025 applies from the 2026 evaluation year; %1 is "
              "evaluated under the earlier rules")
        .arg(year);
}

bool ScoringService::isLocked(const QString &staffCode, int year) const
{
    const std::optional<Evaluation> e = EvaluationService(m_db, m_clock).find(staffCode, year);
    return e && e->status == EvaluationStatus::Decided;
}

std::vector<EvaluationPeriod> ScoringService::periods(const QString &staffCode, int year) const
{
    return PeriodScoreRepository(m_db.connection()).forPersonYear(staffCode, year);
}

std::optional<EvaluationPeriod> ScoringService::findPeriod(qint64 id) const
{
    return PeriodScoreRepository(m_db.connection()).find(id);
}

FieldErrors ScoringService::validate(const EvaluationPeriod &period) const
{
    return PeriodScore::periodErrors(period, periods(period.staffCode, period.year));
}

SaveResult ScoringService::savePeriod(const EvaluationPeriod &input, qint64 *id)
{
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::EvaluationWrite, input.staffCode.trimmed()); !denied.ok())
        return denied;
    SaveResult result;
    EvaluationPeriod period = input;
    period.staffCode = period.staffCode.trimmed();
    period.note = period.note.trimmed();
    for (TaskItem &i : period.items)
        i.title = i.title.trimmed();

    const QString reason = notApplicableReason(period.staffCode, period.year);
    if (!reason.isEmpty()) {
        result.error = reason;
        return result;
    }
    PeriodScoreRepository repo(m_db.connection());
    std::optional<EvaluationPeriod> before;
    if (period.id > 0) {
        before = repo.find(period.id);
        if (!before) {
            result.error = tr("this period no longer exists");
            return result;
        }
        if (before->staffCode != period.staffCode || before->year != period.year) {
            result.error = tr("a period cannot be moved to another person or year");
            return result;
        }
    }
    if (const QString locked = YearLock::refusal(m_db.connection(), period.year); !locked.isEmpty()) {
        result.error = locked;
        return result;
    }
    if (isLocked(period.staffCode, period.year)) {
        result.error = tr("the evaluation of %1 for %2 is decided: reopen it before changing its periods")
                           .arg(period.staffCode)
                           .arg(period.year);
        return result;
    }
    result.fieldErrors = validate(period);
    if (!result.ok())
        return result;

    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    bool ok = tx.isActive();
    qint64 stored = 0;
    if (ok) {
        stored = repo.write(period, &error);
        ok = stored > 0;
    }
    if (ok) {
        period.id = stored;
        ok = audit.periodChanged(before ? u"update"_s : u"insert"_s, before, period, &error);
    }
    if (!ok || !tx.commit()) {
        result.error = storageError(tr("cannot save the period: %1"), error);
        return result;
    }
    if (id)
        *id = stored;
    return result;
}

SaveResult ScoringService::removePeriod(qint64 id)
{
    SaveResult result;
    PeriodScoreRepository repo(m_db.connection());
    const std::optional<EvaluationPeriod> before = repo.find(id);
    if (!before) {
        result.error = tr("this period no longer exists");
        return result;
    }
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::EvaluationWrite, before->staffCode);
        !denied.ok())
        return denied;
    if (const QString locked = YearLock::refusal(m_db.connection(), before->year); !locked.isEmpty()) {
        result.error = locked;
        return result;
    }
    if (isLocked(before->staffCode, before->year)) {
        result.error = tr("the evaluation of %1 for %2 is decided: reopen it before changing its periods")
                           .arg(before->staffCode)
                           .arg(before->year);
        return result;
    }
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    const bool ok = tx.isActive() && repo.remove(id, &error)
        && audit.periodChanged(u"delete"_s, before, std::nullopt, &error);
    if (!ok || !tx.commit())
        result.error = storageError(tr("cannot delete the period: %1"), error);
    return result;
}

PeriodWeighting ScoringService::weighting() const
{
    const std::optional<QString> text = SettingRepository(m_db.connection()).value(QString::fromLatin1(WeightingKey));
    if (!text)
        return PeriodWeighting::Equal;
    return PeriodScore::weightingFromKey(text->trimmed()).value_or(PeriodWeighting::Equal);
}

SaveResult ScoringService::setWeighting(PeriodWeighting weighting)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::StandardsWrite); !denied.ok())
        return denied;
    SaveResult result;
    const QString key = QString::fromLatin1(WeightingKey);
    const QString value = PeriodScore::weightingKey(weighting);
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    SettingRepository settings(m_db.connection());
    QString error;
    const std::optional<QString> previous = settings.value(key);
    if (previous && *previous == value)
        return result;
    auto json = [&](const QString &v) {
        return QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"key"_s, key}, {u"value"_s, v}}).toJson(QJsonDocument::Compact));
    };
    const bool ok = tx.isActive() && settings.setValue(key, value, &error)
        && audit.recordChanged(previous ? u"update"_s : u"insert"_s, u"setting"_s, key,
                               previous ? json(*previous) : QString(), json(value), &error);
    if (!ok || !tx.commit())
        result.error = storageError(tr("cannot save the weighting: %1"), error);
    return result;
}

std::optional<int> ScoringService::yearlyScore(const QString &staffCode, int year) const
{
    return PeriodScore::yearlyTenths(periods(staffCode, year), weighting());
}

SaveResult ScoringService::applyYearlyScore(const QString &staffCode, int year)
{
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::EvaluationWrite, staffCode); !denied.ok())
        return denied;
    SaveResult result;
    const QString reason = notApplicableReason(staffCode, year);
    if (!reason.isEmpty()) {
        result.error = reason;
        return result;
    }
    if (const QString locked = YearLock::refusal(m_db.connection(), year); !locked.isEmpty()) {
        result.error = locked;
        return result;
    }
    if (isLocked(staffCode, year)) {
        result.error = tr("the evaluation of %1 for %2 is decided: reopen it before changing its score")
                           .arg(staffCode)
                           .arg(year);
        return result;
    }
    const std::optional<int> score = yearlyScore(staffCode, year);
    if (!score) {
        result.error = tr("no period of %1 has a score yet: record the tasks of at least one month or quarter")
                           .arg(year);
        return result;
    }
    EvaluationService evaluations(m_db, m_clock);
    evaluations.setActor(m_actor);
    return evaluations.setScore(staffCode, year, score);
}

std::optional<int> ScoringService::suggestedCultureTenths(const QString &staffCode, int year) const
{
    const std::optional<double> points = CultureService(m_db, m_clock).culturePoints(staffCode, year);
    if (!points)
        return std::nullopt;
    return int(std::lround(*points * 10.0));
}
