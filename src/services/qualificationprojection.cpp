// SPDX-License-Identifier: GPL-3.0-or-later
// QualificationService::projection (issue 6 item 5): what the training plan does to the rate over time.
#include "qualificationservice.h"

#include "qualificationinternal.h"

#include "clock.h"
#include "domain/textfold.h"
#include "storage/database.h"
#include "storage/staffrepository.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using namespace QualificationDetail;

/*
 * Assumptions (said in the header and in docs/reports.md):
 * - the people counted are those in service today, and they stay: nobody leaves or arrives later;
 * - the standards are those in force today, and stay so (with their difficult-area level today);
 * - an open enrolment (planned, enrolled, attending) is completed on its planned end date and puts
 *   its course's grants on the record then (a level never goes down); dropped and completed ones are
 *   not applied again (completed ones are already on the record);
 * - an enrolment still open after its planned end (overdue) counts from today.
 */
QualificationProjection QualificationService::projection(const QString &unitCode) const
{
    QualificationProjection out;
    const QDate today = m_clock.today();
    out.today = today;
    Inputs in = readInputs(m_db);
    if (!in.error.isEmpty()) {
        out.error = tr("cannot read the units and standards: %1").arg(in.error);
        return out;
    }
    ScopeOnDate scope(in.units, today, unitCode);
    // One staff query for both lines: every commune staff member (the trend's read), those in service
    // today filtered in memory.
    QString error;
    const std::vector<StaffMember> staff = StaffRepository(m_db.connection()).ofCategories(categories(), &error);
    PlannedTraining planned;
    if (error.isEmpty())
        readPlannedTraining(m_db, {}, &planned, &error);
    if (!error.isEmpty()) {
        out.error = tr("cannot read the staff and the planned training: %1").arg(error);
        return out;
    }

    // Units in the report's order (by name, then code) for the people's order.
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<const OrgUnit *> selected = scope.selected();
    std::sort(selected.begin(), selected.end(), [&](const OrgUnit *a, const OrgUnit *b) {
        const int c = collator.compare(a->name, b->name);
        return c != 0 ? c < 0 : a->code < b->code;
    });
    QHash<QString, int> unitOrder;
    for (const OrgUnit *u : selected)
        unitOrder.insert(u->code, int(unitOrder.size()));

    int counted = 0;
    int qualifiedToday = 0;
    struct Listed
    {
        int unit;
        QString sortKey;
        PersonProjection person;
    };
    std::vector<Listed> listed;
    for (const StaffMember &m : staff) {
        if (!m.isInServiceOn(today))
            continue;
        const OrgUnit *unit = scope.unitFor(m.unitCode);
        if (!unit)
            continue;
        const TitleStandard *standard = in.catalogue.inForce(m.position, today);
        if (!standard)
            continue; // not counted: no standard in force today
        ++counted;
        if (standard->deadline.isValid() && (!out.deadline.isValid() || standard->deadline > out.deadline))
            out.deadline = standard->deadline;
        const QualificationResult now =
            QualificationRule::evaluate(m, standard, unit->difficultArea, in.difficultAreaRule);
        if (now.status == QualificationResult::Status::Qualified) {
            ++qualifiedToday;
            continue;
        }
        PersonProjection p;
        p.code = m.code;
        p.fullName = m.fullName;
        p.unitCode = unit->code;
        p.unitName = unit->name;
        p.position = m.position;
        p.gaps = now.gaps;
        p.deadline = standard->deadline;
        p.remainingGaps = now.gaps;
        // Their open enrolments, one after the other by end date, until they qualify.
        StaffMember record = m;
        for (const PlannedCourse &c : planned.byPerson.value(m.code)) {
            StaffMember after = c.course->appliedTo(record);
            if (after == record)
                continue; // puts nothing new on the record: does not count for them
            record = std::move(after);
            p.courses << c.course->code;
            p.courseNames << c.course->nameVi;
            const QualificationResult r =
                QualificationRule::evaluate(record, standard, unit->difficultArea, in.difficultAreaRule);
            p.remainingGaps = r.gaps;
            if (r.status == QualificationResult::Status::Qualified) {
                p.qualifiesOn = c.end;
                p.remainingGaps.clear();
                break;
            }
        }
        listed.push_back({unitOrder.value(unit->code, int(unitOrder.size())), nameSortKey(m.fullName), std::move(p)});
    }

    // By qualifiesOn (never last), unit, name, code.
    std::sort(listed.begin(), listed.end(), [](const Listed &a, const Listed &b) {
        const QDate &da = a.person.qualifiesOn, &db = b.person.qualifiesOn;
        if (da != db) {
            if (!da.isValid() || !db.isValid())
                return da.isValid();
            return da < db;
        }
        if (a.unit != b.unit)
            return a.unit < b.unit;
        if (a.sortKey != b.sortKey)
            return a.sortKey < b.sortKey;
        return a.person.code < b.person.code;
    });

    // The projected line: today, then each date the plan moves the rate (an overdue enrolment counts
    // from today: a second point on today's date, above the actual one).
    std::map<QDate, int> gained;
    QDate last;
    for (Listed &l : listed) {
        if (!l.person.qualifiesOn.isValid()) {
            ++out.missing;
        } else {
            ++gained[std::max(l.person.qualifiesOn, today)];
            last = std::max(last, l.person.qualifiesOn);
        }
        out.people.push_back(std::move(l.person));
    }
    out.projected.push_back({today, counted, qualifiedToday, rateOf(qualifiedToday, counted)});
    int qualified = qualifiedToday;
    for (const auto &[date, n] : gained) {
        qualified += n;
        out.projected.push_back({date, counted, qualified, rateOf(qualified, counted)});
    }
    if (counted > 0 && out.missing == 0)
        out.fullOn = std::max(last, today); // nobody left out; today when everyone already qualifies
    out.actual = trendOf(in, staff, today, unitCode);
    return out;
}
