// SPDX-License-Identifier: GPL-3.0-or-later
// DisciplineService::report: the year's decisions per unit and person (RECORDS-CSV.md "report discipline").
#include "disciplineservice.h"

#include "domain/disciplineform.h"
#include "domain/textfold.h"
#include "domain/unitdirectory.h"
#include "storage/database.h"
#include "storage/disciplinerepository.h"
#include "storage/staffrepository.h"
#include "storage/unitrepository.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/** In service at some time in [from, to]: started by `to` (or unknown) and not left before `from`. */
bool inServiceDuring(const StaffMember &m, const QDate &from, const QDate &to)
{
    return (!m.startDate.isValid() || m.startDate <= to) && (!m.endDate.isValid() || m.endDate > from);
}

} // namespace

DisciplineReport DisciplineService::report(int year, const QString &unitCode) const
{
    DisciplineReport report;
    report.year = year;
    report.unitCode = unitCode;
    const QDate first(year, 1, 1), last(year, 12, 31);

    QString error;
    const UnitDirectory units(UnitRepository(m_db.connection()).all(&error));
    std::vector<StaffMember> staff;
    std::vector<DisciplineDecision> decisions;
    if (error.isEmpty())
        staff = StaffRepository(m_db.connection()).all(&error);
    if (error.isEmpty())
        decisions = DisciplineRepository(m_db.connection()).effectiveUpTo(last, &error);
    if (!error.isEmpty()) {
        report.error = tr("cannot read the discipline records: %1").arg(error);
        return report;
    }

    // The units of the report: valid on 31/12 of the year, under the unit asked for (resolved on that date).
    QSet<QString> subtree;
    if (!unitCode.isEmpty()) {
        const QString root = units.resolveOn(unitCode, last);
        if (!root.isEmpty())
            subtree = units.subtree(root);
    }
    std::vector<const OrgUnit *> selected;
    for (const OrgUnit &u : units.units()) {
        if (u.isValidOn(last) && (unitCode.isEmpty() || subtree.contains(u.code)))
            selected.push_back(&u);
    }
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(selected.begin(), selected.end(), [&](const OrgUnit *a, const OrgUnit *b) {
        const int c = collator.compare(a->name, b->name);
        return c != 0 ? c < 0 : a->code < b->code;
    });
    QHash<QString, qsizetype> unitIndex;
    for (const OrgUnit *u : selected) {
        unitIndex.insert(u->code, qsizetype(report.units.size()));
        UnitDisciplineSummary s;
        s.code = u->code;
        s.name = u->name;
        for (const QString &form : DisciplineForms::codes())
            s.counts.insert(form, 0);
        report.units.push_back(std::move(s));
    }

    // Each person's unit on 31/12 (successors followed), -1 when outside the report.
    QHash<QString, qsizetype> resolvedIndex;
    auto indexOf = [&](const QString &recorded) {
        const auto it = resolvedIndex.constFind(recorded);
        if (it != resolvedIndex.cend())
            return *it;
        const qsizetype i = unitIndex.value(units.resolveOn(recorded, last), -1);
        resolvedIndex.insert(recorded, i);
        return i;
    };
    QHash<QString, const StaffMember *> byCode;
    for (const StaffMember &m : staff) {
        byCode.insert(m.code, &m);
        if (inServiceDuring(m, first, last)) {
            if (const qsizetype i = indexOf(m.unitCode); i >= 0)
                ++report.units[size_t(i)].staff;
        }
    }

    struct Listed
    {
        qsizetype unit;
        QString sortKey;
        PersonDisciplineEntry person;
    };
    QHash<QString, Listed> listed;
    for (const DisciplineDecision &d : decisions) {
        const QDate on = d.effectiveOn();
        const bool inYear = on >= first;
        if (!inYear && (DisciplineForms::endsService(d.form) || !DisciplineRules::inForceOn(d, first)))
            continue;
        const StaffMember *m = byCode.value(d.staffCode);
        const qsizetype ui = m ? indexOf(m->unitCode) : -1;
        if (ui < 0)
            continue;
        auto it = listed.find(d.staffCode);
        if (it == listed.end()) {
            Listed l{ui, nameSortKey(m->fullName), {}};
            l.person.code = m->code;
            l.person.fullName = m->fullName;
            l.person.unitCode = report.units[size_t(ui)].code;
            l.person.category = m->category;
            it = listed.insert(d.staffCode, l);
        }
        if (!inYear) {
            it->person.runningFromEarlier.push_back(effectOf(d, first));
            continue;
        }
        it->person.decisions.push_back(effectOf(d, last));
        UnitDisciplineSummary &u = report.units[size_t(ui)];
        ++u.counts[d.form];
        ++u.decisions;
        ++report.decisions;
        if (DisciplineForms::isReprimandOrAbove(d.form))
            u.noneReprimandOrAbove = false;
    }
    // The people of the year have a decision taking effect in it; the others only carry an earlier one.
    std::vector<Listed> people, runningOnly;
    for (Listed &l : listed)
        (l.person.decisions.empty() ? runningOnly : people).push_back(std::move(l));
    const auto byUnitThenName = [](const Listed &a, const Listed &b) {
        if (a.unit != b.unit)
            return a.unit < b.unit;
        return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.person.code < b.person.code;
    };
    std::sort(people.begin(), people.end(), byUnitThenName);
    std::sort(runningOnly.begin(), runningOnly.end(), byUnitThenName);
    for (Listed &l : people)
        report.people.push_back(std::move(l.person));
    for (Listed &l : runningOnly)
        report.runningOnly.push_back(std::move(l.person));
    for (const UnitDisciplineSummary &u : report.units)
        report.unitsMissed += u.noneReprimandOrAbove ? 0 : 1;
    return report;
}
