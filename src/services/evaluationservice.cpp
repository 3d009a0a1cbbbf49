// SPDX-License-Identifier: GPL-3.0-or-later
// EvaluationService: lookups, the person's history, the cap's rate and exceptions. The yearly report is in
// evaluationreport.cpp, the file import in evaluationimport.cpp.
#include "evaluationservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "clock.h"
#include "disciplineservice.h"
#include "yearlock.h"
#include "domain/unitdirectory.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/settingrepository.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

EvaluationService::EvaluationService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString EvaluationService::rateKey(int year)
{
    return u"evaluation.excellent_rate."_s + QString::number(year);
}

std::optional<Evaluation> EvaluationService::find(const QString &staffCode, int year) const
{
    return EvaluationRepository(m_db.connection()).find(staffCode, year);
}

std::vector<PersonEvaluation> EvaluationService::history(const QString &staffCode) const
{
    std::vector<PersonEvaluation> out;
    const std::optional<StaffMember> member = StaffRepository(m_db.connection()).find(staffCode);
    if (!member)
        return out;
    const UnitDirectory units(UnitRepository(m_db.connection()).all());
    const DisciplineService discipline(m_db, m_clock);
    const QSet<QString> transition = nd90TransitionUnits(EvaluationRules::kNd90TransitionYear, units);
    QString previousRatedFinal;
    int previousYear = 0;
    for (const Evaluation &e : EvaluationRepository(m_db.connection()).forPerson(staffCode)) {
        PersonEvaluation p;
        p.evaluation = e;
        p.fullName = member->fullName;
        p.category = member->category;
        p.position = member->position;
        p.startDate = member->startDate;
        const QDate last(e.year, 12, 31);
        p.unitCode = units.resolveOn(member->unitCode, last);
        if (p.unitCode.isEmpty())
            p.unitCode = member->unitCode;
        p.taskGroup = e.taskGroup.isEmpty() ? member->position : e.taskGroup;
        EvaluationFacts f{member->category, e.year, e.monthsWorked, e.monthsAbsent, e.maternityLeave,
                          e.scoreTenths, e.finalLevel, discipline.disciplinedInYear(staffCode, e.year),
                          previousYear == e.year - 1 ? previousRatedFinal : QString()};
        f.nd90Transition = e.year == EvaluationRules::kNd90TransitionYear && transition.contains(p.unitCode);
        p.outcome = EvaluationRules::assess(f);
        previousYear = e.year;
        previousRatedFinal = p.outcome.rated ? e.finalLevel : QString();
        out.push_back(std::move(p));
    }
    return out;
}

int EvaluationService::excellentRatePerMille(int year) const
{
    const auto text = SettingRepository(m_db.connection()).value(rateKey(year));
    if (!text)
        return EvaluationRules::kDefaultRatePerMille;
    bool ok = false;
    const double rate = text->trimmed().toDouble(&ok);
    const int perMille = ok ? EvaluationRules::ratePerMille(rate) : -1;
    return perMille >= 0 ? perMille : EvaluationRules::kDefaultRatePerMille;
}

SaveResult EvaluationService::setExcellentRate(int year, double rate)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::StandardsWrite); !denied.ok())
        return denied;
    SaveResult result;
    if (const QString locked = YearLock::refusal(m_db.connection(), year); !locked.isEmpty()) {
        result.fieldErrors.push_back({u"year"_s, locked});
        return result;
    }
    const int perMille = EvaluationRules::ratePerMille(rate);
    if (year < 2015 || year > 2100)
        result.fieldErrors.push_back({u"year"_s, tr("the year must be from 2015 to 2100")});
    if (perMille < 0)
        result.fieldErrors.push_back({u"rate"_s, tr("the rate must be a share from 0 to 1, such as 0.2")});
    if (!result.ok())
        return result;
    const QString value = QString::number(perMille / 1000.0, 'f', 3);
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    SettingRepository settings(m_db.connection());
    const std::optional<QString> previous = settings.value(rateKey(year));
    auto json = [&](const QString &v) {
        return QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"key"_s, rateKey(year)}, {u"value"_s, v}}).toJson(QJsonDocument::Compact));
    };
    const bool ok = tx.isActive() && settings.setValue(rateKey(year), value, &error)
        && audit.recordChanged(previous ? u"update"_s : u"insert"_s, u"setting"_s, rateKey(year),
                               previous ? json(*previous) : QString(), json(value), &error);
    if (!ok || !tx.commit())
        result.error = tr("cannot save the rate: %1")
                           .arg(error.isEmpty() ? tr("the transaction could not be committed") : error);
    return result;
}

SaveResult EvaluationService::recordCapException(const QString &unitCode, int year, const QString &decisionNo,
                                                 const QString &reason)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::EvaluationDecide, unitCode); !denied.ok())
        return denied;
    SaveResult result;
    if (const QString locked = YearLock::refusal(m_db.connection(), year); !locked.isEmpty()) {
        result.fieldErrors.push_back({u"year"_s, locked});
        return result;
    }
    if (!UnitRepository(m_db.connection()).find(unitCode))
        result.fieldErrors.push_back({u"unit_code"_s, tr("unknown unit \"%1\"").arg(unitCode)});
    if (year < 2015 || year > 2100)
        result.fieldErrors.push_back({u"year"_s, tr("the year must be from 2015 to 2100")});
    if (decisionNo.trimmed().isEmpty())
        result.fieldErrors.push_back(
            {u"decision_no"_s, tr("the decision recognising the unit as outstanding is required")});
    if (!result.ok())
        return result;
    EvaluationRepository repo(m_db.connection());
    const ExcellentCapException exception{unitCode, year, decisionNo.trimmed(), reason.trimmed()};
    const auto before = repo.capException(unitCode, year);
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    auto json = [](const ExcellentCapException &e) {
        return QString::fromUtf8(QJsonDocument(QJsonObject{{u"unit_code"_s, e.unitCode},
                                                           {u"year"_s, e.year},
                                                           {u"decision_no"_s, e.decisionNo},
                                                           {u"reason"_s, e.reason}})
                                     .toJson(QJsonDocument::Compact));
    };
    const QString key = unitCode + u'/' + QString::number(year);
    const bool ok = tx.isActive() && repo.writeCapException(exception, &error)
        && audit.recordChanged(before ? u"update"_s : u"insert"_s, u"excellent_cap_exception"_s, key,
                                before ? json(*before) : QString(), json(exception), &error);
    if (!ok || !tx.commit())
        result.error = tr("cannot record the exception: %1")
                           .arg(error.isEmpty() ? tr("the transaction could not be committed") : error);
    return result;
}
