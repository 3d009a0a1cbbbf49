// SPDX-License-Identifier: GPL-3.0-or-later
// EvaluationService::report: levels per unit and task group, the cap and the per-person flags
// (RECORDS-CSV.md "report evaluations").
#include "evaluationservice.h"

#include "disciplineservice.h"
#include "domain/evaluationlevel.h"
#include "domain/unitdirectory.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/staffrepository.h"
#include "storage/unitrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/** Rated in a year: at least 6 months worked, or maternity leave (ND 90 Art 2; ND 233 Art 14). */
bool isRated(const Evaluation &e)
{
    return e.monthsWorked >= 6 || e.maternityLeave;
}

} // namespace

EvaluationReport EvaluationService::report(int year, const QString &unitCode) const
{
    EvaluationReport report;
    report.year = year;
    report.unitCode = unitCode;
    const QDate last(year, 12, 31);

    QString error;
    const UnitDirectory units(UnitRepository(m_db.connection()).all(&error));
    std::vector<StaffMember> staff;
    std::vector<Evaluation> evaluations;
    std::vector<ExcellentCapException> exceptions;
    EvaluationRepository repo(m_db.connection());
    if (error.isEmpty())
        staff = StaffRepository(m_db.connection()).all(&error);
    if (error.isEmpty())
        evaluations = repo.forYears(year - 1, year, &error);
    if (error.isEmpty())
        exceptions = repo.capExceptions(year, &error);
    if (!error.isEmpty()) {
        report.error = tr("cannot read the evaluations: %1").arg(error);
        return report;
    }
    // Discipline comes from the discipline service alone (ND 48/2023 Art 1; ND 335/2025; ND 233/2026 Art 14).
    const QStringList disciplinedList = DisciplineService(m_db, m_clock).disciplinedStaff(year);
    const QSet<QString> disciplined(disciplinedList.cbegin(), disciplinedList.cend());
    const int rate = excellentRatePerMille(year);
    const QSet<QString> transition = nd90TransitionUnits(year, units); // ND 233/2026 Art 20 cl 1

    QHash<QString, const StaffMember *> byCode;
    for (const StaffMember &m : staff)
        byCode.insert(m.code, &m);
    QHash<QString, QString> previousFinal; // rated people of year − 1 with their final level
    for (const Evaluation &e : evaluations) {
        if (e.year == year - 1 && isRated(e))
            previousFinal.insert(e.staffCode, e.finalLevel);
    }
    QSet<QString> subtree;
    if (!unitCode.isEmpty()) {
        const QString root = units.resolveOn(unitCode, last);
        if (!root.isEmpty())
            subtree = units.subtree(root);
    }
    QSet<QString> exceptionUnits;
    for (const ExcellentCapException &x : exceptions) {
        const QString resolved = units.resolveOn(x.unitCode, last);
        exceptionUnits.insert(resolved.isEmpty() ? x.unitCode : resolved);
    }
    QHash<QString, QString> resolvedUnit;
    auto unitOf = [&](const QString &recorded) {
        auto it = resolvedUnit.constFind(recorded);
        if (it != resolvedUnit.cend())
            return *it;
        QString resolved = units.resolveOn(recorded, last);
        if (resolved.isEmpty())
            resolved = recorded; // dissolved without successor: the recorded unit stands
        resolvedUnit.insert(recorded, resolved);
        return resolved;
    };

    for (const Evaluation &e : evaluations) {
        if (e.year != year)
            continue;
        const StaffMember *m = byCode.value(e.staffCode);
        if (!m)
            continue;
        PersonEvaluation p;
        p.evaluation = e;
        p.fullName = m->fullName;
        p.category = m->category;
        p.position = m->position;
        p.startDate = m->startDate;
        p.unitCode = unitOf(m->unitCode);
        if (!unitCode.isEmpty() && !subtree.contains(p.unitCode))
            continue;
        if (const OrgUnit *u = units.find(p.unitCode))
            p.unitName = u->name;
        p.taskGroup = e.taskGroup.isEmpty() ? m->position : e.taskGroup;
        EvaluationFacts facts{m->category,      year,          e.monthsWorked,
                              e.monthsAbsent,   e.maternityLeave, e.scoreTenths,
                              e.finalLevel,     disciplined.contains(e.staffCode),
                              previousFinal.value(e.staffCode)};
        facts.nd90Transition = transition.contains(p.unitCode);
        p.outcome = EvaluationRules::assess(facts);
        report.people.push_back(std::move(p));
    }
    std::sort(report.people.begin(), report.people.end(), [](const PersonEvaluation &a, const PersonEvaluation &b) {
        if (a.unitCode != b.unitCode)
            return a.unitCode < b.unitCode;
        if (a.taskGroup != b.taskGroup)
            return a.taskGroup < b.taskGroup;
        return a.evaluation.staffCode < b.evaluation.staffCode;
    });

    // Groups per (unit, task group) over rated people with a final level; people are sorted that way.
    for (const PersonEvaluation &p : report.people) {
        if (!p.outcome.rated || EvaluationLevels::rank(p.evaluation.finalLevel) < 0)
            continue;
        if (report.groups.empty() || report.groups.back().unitCode != p.unitCode
            || report.groups.back().taskGroup != p.taskGroup) {
            EvaluationGroupSummary g;
            g.unitCode = p.unitCode;
            g.unitName = p.unitName;
            g.taskGroup = p.taskGroup;
            for (const QString &level : EvaluationLevels::codes())
                g.counts.insert(level, 0);
            g.exception = exceptionUnits.contains(p.unitCode);
            g.ratePerMille = g.exception ? std::max(rate, int(EvaluationRules::kExceptionRatePerMille)) : rate;
            if (const EvaluationRuleSet *set = EvaluationRules::ruleSetFor(p.category, year, transition.contains(p.unitCode)))
                g.capBasis = g.exception ? set->capException.citation() : set->excellentCap.citation();
            report.groups.push_back(std::move(g));
        }
        ++report.groups.back().counts[p.evaluation.finalLevel];
    }
    for (EvaluationGroupSummary &g : report.groups) {
        g.excellentLimit = EvaluationRules::excellentLimit(g.counts.value(EvaluationLevels::Tot), g.ratePerMille);
        g.capExceeded = g.counts.value(EvaluationLevels::XuatSac) > g.excellentLimit;
    }
    return report;
}
