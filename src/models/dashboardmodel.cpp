// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardmodel.h"

#include "domain/codetable.h"
#include "services/registryservice.h"

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
    reload();
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
}
