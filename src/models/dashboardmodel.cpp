// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardmodel.h"

#include "domain/codetable.h"
#include "domain/evaluationlevel.h"
#include "services/evaluationservice.h"
#include "services/registryservice.h"

#include <QSet>

#include <QVariantMap>

using namespace Qt::StringLiterals;

DashboardModel::DashboardModel(RegistryService &registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
}

void DashboardModel::setAsOfDate(const QString &date)
{
    const QDate d = QDate::fromString(date, Qt::ISODate);
    if (d.isValid())
        setAsOf(d);
}

void DashboardModel::setAsOf(const QDate &date)
{
    if (date == m_asOf)
        return;
    m_asOf = date;
    if (m_evaluationYear == 0 && date.isValid())
        m_evaluationYear = date.year();
    reload();
}

void DashboardModel::setEvaluations(const EvaluationService *evaluations)
{
    m_evaluations = evaluations;
    reloadEvaluations();
}

void DashboardModel::setEvaluationYear(int year)
{
    if (year == m_evaluationYear || year < 2015 || year > 2100)
        return;
    m_evaluationYear = year;
    reloadEvaluations();
}

QVariantList DashboardModel::evaluationLevels() const
{
    QVariantList out;
    for (const QString &level : EvaluationLevels::codes())
        out.append(QVariantMap{{u"code"_s, level},
                               {u"abbreviation"_s, EvaluationLevels::abbreviation(level)},
                               {u"label"_s, EvaluationLevels::label(level)}});
    return out;
}

void DashboardModel::reloadEvaluations()
{
    m_evaluationUnits.clear();
    m_evaluationTotals.clear();
    m_evaluationUnitsOverCap = 0;
    if (!m_evaluations || m_evaluationYear == 0) {
        Q_EMIT evaluationChanged();
        return;
    }
    const EvaluationReport report = m_evaluations->report(m_evaluationYear);
    const UnitDirectory directory = m_registry.units();
    const QStringList levels = EvaluationLevels::codes();

    struct Tally
    {
        QHash<QString, int> counts;
        int notRated = 0;
        int notDecided = 0;
        int total = 0;
        bool capExceeded = false;
        bool exception = false;
    };
    QHash<QString, Tally> perUnit;
    Tally all;
    for (const PersonEvaluation &p : report.people) {
        Tally &t = perUnit[p.unitCode];
        ++t.total;
        ++all.total;
        if (!p.outcome.rated) {
            ++t.notRated;
            ++all.notRated;
        } else if (EvaluationLevels::rank(p.evaluation.finalLevel) < 0) {
            ++t.notDecided;
            ++all.notDecided;
        } else {
            ++t.counts[p.evaluation.finalLevel];
            ++all.counts[p.evaluation.finalLevel];
        }
    }
    for (const EvaluationGroupSummary &g : report.groups) {
        Tally &t = perUnit[g.unitCode];
        t.capExceeded = t.capExceeded || g.capExceeded;
        t.exception = t.exception || g.exception;
    }
    auto toMap = [&](const Tally &t) {
        QVariantMap counts;
        for (const QString &level : levels)
            counts.insert(level, t.counts.value(level));
        return QVariantMap{{u"counts"_s, counts},
                           {u"notRated"_s, t.notRated},
                           {u"notDecided"_s, t.notDecided},
                           {u"total"_s, t.total},
                           {u"capExceeded"_s, t.capExceeded},
                           {u"exception"_s, t.exception}};
    };
    std::vector<std::pair<QString, QString>> units; // name, code
    for (auto it = perUnit.cbegin(); it != perUnit.cend(); ++it) {
        const OrgUnit *u = directory.find(it.key());
        units.emplace_back(u ? u->name : it.key(), it.key());
    }
    std::sort(units.begin(), units.end());
    for (const auto &[name, code] : units) {
        const Tally &t = perUnit.value(code);
        QVariantMap entry = toMap(t);
        entry.insert(u"code"_s, code);
        entry.insert(u"name"_s, name);
        m_evaluationUnits.append(entry);
        m_evaluationUnitsOverCap += t.capExceeded ? 1 : 0;
    }
    m_evaluationTotals = toMap(all);
    m_evaluationTotals.insert(u"code"_s, QString());
    m_evaluationTotals.insert(u"name"_s, QString());
    Q_EMIT evaluationChanged();
}

void DashboardModel::reload()
{
    if (!m_asOf.isValid())
        return;
    const UnitDirectory directory = m_registry.units();
    const std::vector<Headcount> counts = m_registry.headcounts(m_asOf);

    QHash<QString, int> byCategory;
    QHash<QString, QVariantMap> perUnit;
    QHash<QString, int> unitTotals;
    m_total = 0;
    m_commune = 0;
    for (const Headcount &h : counts) {
        m_total += h.count;
        byCategory[h.category] += h.count;
        const OrgUnit *u = directory.find(h.unitCode);
        if (u && u->isCommuneLevel())
            m_commune += h.count;
        QVariantMap &entry = perUnit[h.unitCode];
        QVariantMap cats = entry.value(u"counts"_s).toMap();
        cats.insert(h.category, h.count);
        entry.insert(u"counts"_s, cats);
        unitTotals[h.unitCode] += h.count;
    }

    m_byCategory.clear();
    for (const auto &e : CodeTables::category().entries()) {
        m_byCategory.append(QVariantMap{{u"category"_s, e.code},
                                        {u"label"_s, CodeTables::category().label(e.code)},
                                        {u"count"_s, byCategory.value(e.code)}});
    }

    // Every unit valid on the date that people can belong to (not the province or town itself
    // when empty), largest first.
    m_byUnit.clear();
    m_unitCount = 0;
    m_maxUnitTotal = 0;
    std::vector<const OrgUnit *> units;
    for (const auto &u : directory.units()) {
        if (!u.isValidOn(m_asOf))
            continue;
        ++m_unitCount;
        if (unitTotals.value(u.code) > 0 || u.isCommuneLevel())
            units.push_back(&u);
    }
    std::sort(units.begin(), units.end(), [&](const OrgUnit *a, const OrgUnit *b) {
        const int ta = unitTotals.value(a->code), tb = unitTotals.value(b->code);
        return ta != tb ? ta > tb : a->name < b->name;
    });
    for (const OrgUnit *u : units) {
        QVariantMap entry = perUnit.value(u->code);
        entry.insert(u"code"_s, u->code);
        entry.insert(u"name"_s, u->name);
        entry.insert(u"kindLabel"_s, CodeTables::unitKind().label(u->kind));
        entry.insert(u"total"_s, unitTotals.value(u->code));
        if (!entry.contains(u"counts"_s))
            entry.insert(u"counts"_s, QVariantMap());
        m_maxUnitTotal = std::max(m_maxUnitTotal, unitTotals.value(u->code));
        m_byUnit.append(entry);
    }
    Q_EMIT changed();
    reloadEvaluations();
}
