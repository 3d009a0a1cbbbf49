// SPDX-License-Identifier: GPL-3.0-or-later
// CultureService: compliance over a period and the ND 335 culture points (docs/culture-csv.md).
#include "cultureservice.h"

#include "clock.h"
#include "domain/textfold.h"
#include "domain/unitdirectory.h"
#include "storage/culturerepository.h"
#include "storage/database.h"
#include "storage/staffrepository.h"
#include "storage/unitrepository.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

std::optional<double> CultureService::complianceRate(int passed, int checks)
{
    if (checks <= 0)
        return std::nullopt;
    return std::round(double(passed) / double(checks) * 10000.0) / 10000.0;
}

std::optional<double> CultureService::pointsFor(const QString &category, int year, int passed, int checks,
                                                double pointsMax)
{
    // ND 335/2025 scores civil servants (công chức, at every level) from 01/01/2026 (LEGAL-RULES.md §1.11).
    if (year < 2026 || checks <= 0 || (category != "cc"_L1 && category != "cc_xa"_L1))
        return std::nullopt;
    return std::round(pointsMax * double(passed) / double(checks) * 10.0) / 10.0;
}

QSet<QString> CultureService::unitScope(const QString &unitCode, const QDate &date) const
{
    const UnitDirectory units(UnitRepository(m_db.connection()).all());
    QSet<QString> out = units.subtree(unitCode);
    out.insert(unitCode);
    const QString resolved = units.resolveOn(unitCode, date);
    if (!resolved.isEmpty()) {
        out.unite(units.subtree(resolved));
        out.unite(units.codesResolvingInto(resolved, date));
    }
    return out;
}

std::optional<double> CultureService::culturePoints(const QString &staffCode, int year) const
{
    const std::optional<StaffMember> m = StaffRepository(m_db.connection()).find(staffCode);
    if (!m)
        return std::nullopt;
    int checks = 0, passed = 0;
    for (const CultureObservationRow &r : CultureRepository(m_db.connection())
                                              .observationsBetween(QDate(year, 1, 1), QDate(year, 12, 31), staffCode)) {
        if (r.observation.result == CultureResults::NotApplicable)
            continue;
        ++checks;
        if (r.observation.result == CultureResults::Pass)
            ++passed;
    }
    return pointsFor(m->category, year, passed, checks, pointsMax());
}

CultureReport CultureService::report(QDate from, QDate to, const QString &unitCode) const
{
    CultureReport r;
    r.from = from;
    r.to = to;
    r.unitCode = unitCode;
    r.pointsMax = pointsMax();
    CultureRepository repo(m_db.connection());
    QString error;
    const UnitDirectory units(UnitRepository(m_db.connection()).all(&error));
    const std::vector<CultureInspection> inspections = repo.inspections(from, to, &error);
    const std::vector<CultureObservationRow> observations = repo.observationsBetween(from, to, {}, &error);
    const std::vector<CultureItem> checklist = repo.items(false, &error);
    if (!error.isEmpty()) {
        r.error = tr("cannot read the culture records: %1").arg(error);
        return r;
    }
    const QSet<QString> scope = unitCode.isEmpty() ? QSet<QString>() : unitScope(unitCode, to);
    auto inScope = [&](const QString &code) { return unitCode.isEmpty() || scope.contains(code); };
    // Each inspection counts for the unit standing for the one inspected on its date (merges followed).
    auto standing = [&](const QString &code, const QDate &date) {
        const QString resolved = units.resolveOn(code, date);
        return resolved.isEmpty() ? code : resolved;
    };

    QHash<QString, qsizetype> unitIndex;
    auto unitFor = [&](const QString &code) -> UnitCultureSummary & {
        auto it = unitIndex.constFind(code);
        if (it == unitIndex.cend()) {
            UnitCultureSummary u;
            u.code = code;
            const OrgUnit *unit = units.find(code);
            u.name = unit ? unit->name : code;
            it = unitIndex.insert(code, qsizetype(r.units.size()));
            r.units.push_back(u);
        }
        return r.units[size_t(*it)];
    };
    QHash<qint64, QString> inspectionUnit;
    for (const CultureInspection &i : inspections) {
        if (!inScope(i.unitCode))
            continue;
        const QString code = standing(i.unitCode, i.date);
        inspectionUnit.insert(i.id, code);
        ++unitFor(code).inspections;
    }

    struct Person
    {
        PersonCultureSummary summary;
        QDate last;
        QSet<QString> breached;
    };
    QHash<QString, Person> people;
    QHash<QString, QSet<QString>> inspectedByUnit, breachedByUnit;
    QSet<QString> usedItems;
    for (const CultureObservationRow &row : observations) {
        const auto it = inspectionUnit.constFind(row.observation.inspectionId);
        if (it == inspectionUnit.cend())
            continue;
        const CultureObservation &o = row.observation;
        UnitCultureSummary &u = unitFor(*it);
        Person &p = people[o.staffCode];
        if (!p.last.isValid() || row.date >= p.last) {
            p.last = row.date;
            p.summary.unitCode = *it;
        }
        inspectedByUnit[*it].insert(o.staffCode);
        usedItems.insert(o.itemCode);
        if (o.result == CultureResults::NotApplicable)
            continue;
        ++u.checks;
        ++r.checks;
        ++p.summary.checks;
        if (o.result == CultureResults::Pass) {
            ++u.passed;
            ++r.passed;
            ++p.summary.passed;
        } else {
            ++u.breaches;
            ++p.summary.breaches;
            ++u.breachesByItem[o.itemCode];
            p.breached.insert(o.itemCode);
            breachedByUnit[*it].insert(o.staffCode);
        }
    }

    r.violations = violationsBetween(from, to, unitCode);
    for (const CultureViolationRow &v : r.violations) {
        if (v.violation.status != CultureViolationStatus::Confirmed)
            continue;
        const QString code = standing(v.unitCode, v.violation.date);
        if (unitIndex.contains(code))
            ++unitFor(code).confirmedViolations;
    }

    for (const CultureItem &i : checklist) {
        if (i.active || usedItems.contains(i.code))
            r.items.push_back(i);
    }
    QHash<QString, int> itemOrder;
    for (const CultureItem &i : checklist)
        itemOrder.insert(i.code, int(itemOrder.size()));

    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (UnitCultureSummary &u : r.units) {
        u.peopleInspected = int(inspectedByUnit.value(u.code).size());
        u.peopleWithBreach = int(breachedByUnit.value(u.code).size());
        u.complianceRate = complianceRate(u.passed, u.checks);
    }
    std::sort(r.units.begin(), r.units.end(), [&](const UnitCultureSummary &a, const UnitCultureSummary &b) {
        const int c = collator.compare(a.name, b.name);
        return c != 0 ? c < 0 : a.code < b.code;
    });
    unitIndex.clear();
    for (qsizetype i = 0; i < qsizetype(r.units.size()); ++i)
        unitIndex.insert(r.units[size_t(i)].code, i);
    r.complianceRate = complianceRate(r.passed, r.checks);

    StaffRepository staff(m_db.connection());
    struct Sorted
    {
        qsizetype unit;
        QString key;
        PersonCultureSummary person;
    };
    std::vector<Sorted> sorted;
    for (auto it = people.begin(); it != people.end(); ++it) {
        PersonCultureSummary &s = it->summary;
        s.code = it.key();
        const std::optional<StaffMember> m = staff.find(s.code);
        s.fullName = m ? m->fullName : QString();
        QStringList items(it->breached.cbegin(), it->breached.cend());
        std::sort(items.begin(), items.end(), [&](const QString &a, const QString &b) {
            const int oa = itemOrder.value(a, 1 << 20), ob = itemOrder.value(b, 1 << 20);
            return oa != ob ? oa < ob : a < b;
        });
        s.breachedItems = items;
        s.points = pointsFor(m ? m->category : QString(), from.year(), s.passed, s.checks, r.pointsMax);
        sorted.push_back({unitIndex.value(s.unitCode), nameSortKey(s.fullName), s});
    }
    std::sort(sorted.begin(), sorted.end(), [](const Sorted &a, const Sorted &b) {
        if (a.unit != b.unit)
            return a.unit < b.unit;
        return a.key != b.key ? a.key < b.key : a.person.code < b.person.code;
    });
    for (Sorted &s : sorted)
        r.people.push_back(std::move(s.person));
    return r;
}
