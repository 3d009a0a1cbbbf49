// SPDX-License-Identifier: GPL-3.0-or-later
// TrainingService::report: the training of a year and its budget per unit (issue 6 items 6–7;
// docs/reports.md "report training").
#include "trainingservice.h"

#include "domain/textfold.h"
#include "domain/unitdirectory.h"
#include "storage/database.h"
#include "storage/staffrepository.h"
#include "storage/trainingrepository.h"
#include "storage/unitrepository.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/** Adds one enrolment to a budget line: planned counts every state but dropped, spent the fees committed. */
void count(TrainingBudgetLine &line, const TrainingEnrolment &e)
{
    if (e.status == EnrolmentStatus::Dropped) {
        ++line.dropped;
        return;
    }
    ++line.enrolments;
    line.planned += e.cost;
    if (e.status == EnrolmentStatus::Enrolled || e.status == EnrolmentStatus::Attending
        || e.status == EnrolmentStatus::Completed)
        line.spent += e.cost;
    if (e.status == EnrolmentStatus::Completed)
        ++line.completed;
}

void addTo(TrainingBudgetLine &total, const TrainingBudgetLine &line)
{
    total.budget += line.budget;
    total.planned += line.planned;
    total.spent += line.spent;
    total.plans += line.plans;
    total.enrolments += line.enrolments;
    total.completed += line.completed;
    total.dropped += line.dropped;
}

} // namespace

/*
 * Five reads whatever the size of the office: the units, the staff, the catalogue (retired courses too:
 * old enrolments keep their names), the plans of the year and every enrolment; the rest is in memory.
 *
 * Budget attribution (docs/reports.md): an enrolment in a unit's plan counts on the line of the plan's
 * unit; an enrolment in a whole-office plan, or outside any plan, counts on the line of the person's
 * unit. The budget of a whole-office plan goes on the "" line (whole report only: with a unit asked for,
 * an office-wide budget is not that unit's, so neither the line nor the budget is in the report, while the
 * plan is still listed when people in scope are enrolled in it).
 */
TrainingYearReport TrainingService::report(int year, const QString &unitCode) const
{
    TrainingYearReport report;
    report.year = year;
    report.unitCode = unitCode;
    const QDate last(year, 12, 31);

    QString error;
    const UnitDirectory units(UnitRepository(m_db.connection()).all(&error));
    std::vector<StaffMember> staff;
    std::vector<TrainingCourse> courses;
    std::vector<TrainingPlan> plans;
    std::vector<TrainingEnrolment> enrolments;
    TrainingRepository repo(m_db.connection());
    if (error.isEmpty())
        staff = StaffRepository(m_db.connection()).all(&error);
    if (error.isEmpty())
        courses = repo.courses(false, &error);
    if (error.isEmpty())
        plans = repo.plans(year, &error);
    if (error.isEmpty())
        enrolments = repo.enrolments(-1, &error);
    if (!error.isEmpty()) {
        report.error = tr("cannot read the training records: %1").arg(error);
        return report;
    }

    // The scope: the unit asked for resolved on 31/12 of the year (successors followed), and its subtree.
    const bool wholeOffice = unitCode.isEmpty();
    QSet<QString> subtree;
    if (!wholeOffice) {
        const QString root = units.resolveOn(unitCode, last);
        if (!root.isEmpty())
            subtree = units.subtree(root);
    }
    const auto inScope = [&](const QString &code) { return wholeOffice || subtree.contains(code); };
    // A recorded unit on 31/12 (successors followed); a unit dissolved without successor stays itself:
    // the money was spent all the same.
    QHash<QString, QString> resolved;
    const auto unitOn = [&](const QString &recorded) {
        if (recorded.isEmpty())
            return QString();
        auto it = resolved.constFind(recorded);
        if (it == resolved.cend()) {
            const QString r = units.resolveOn(recorded, last);
            it = resolved.insert(recorded, r.isEmpty() ? recorded : r);
        }
        return *it;
    };
    const auto unitName = [&](const QString &code) {
        const OrgUnit *u = units.find(code);
        return u ? u->name : code;
    };

    QHash<QString, const StaffMember *> byCode;
    byCode.reserve(qsizetype(staff.size()));
    for (const StaffMember &m : staff)
        byCode.insert(m.code, &m);
    QHash<QString, const TrainingCourse *> courseByCode;
    for (const TrainingCourse &c : courses)
        courseByCode.insert(c.code, &c);

    // The plans of the year: unit plans under the unit asked for; office-wide plans always with the whole office.
    QHash<qint64, const TrainingPlan *> planById;
    QHash<qint64, QString> planUnit; // resolved; "" = the whole office
    for (const TrainingPlan &p : plans) {
        planById.insert(p.id, &p);
        planUnit.insert(p.id, unitOn(p.unitCode));
    }
    QHash<QString, TrainingBudgetLine> lines;
    const auto lineFor = [&](const QString &code) -> TrainingBudgetLine & {
        auto it = lines.find(code);
        if (it == lines.end()) {
            TrainingBudgetLine line;
            line.unitCode = code;
            line.unitName = code.isEmpty() ? QString() : unitName(code);
            it = lines.insert(code, line);
        }
        return *it;
    };
    QSet<qint64> listedPlans;
    for (const TrainingPlan &p : plans) {
        const QString unit = planUnit.value(p.id);
        if (unit.isEmpty() ? !wholeOffice : !inScope(unit))
            continue;
        TrainingBudgetLine &line = lineFor(unit);
        line.budget += p.budget;
        ++line.plans;
        listedPlans.insert(p.id);
    }

    // The enrolments of the year: in its plans, or outside any plan and starting in it.
    struct Listed
    {
        QString unitName;
        QString nameKey;
        TrainingEnrolmentRow row;
    };
    std::vector<Listed> listed;
    for (const TrainingEnrolment &e : enrolments) {
        const TrainingPlan *plan = e.planId > 0 ? planById.value(e.planId) : nullptr;
        if (e.planId > 0 ? !plan : e.startDate.year() != year || !e.startDate.isValid())
            continue;
        const StaffMember *member = byCode.value(e.staffCode);
        const QString personUnit = member ? unitOn(member->unitCode) : QString();
        const QString lineUnit = plan && !plan->unitCode.isEmpty() ? planUnit.value(plan->id) : personUnit;
        if (!inScope(lineUnit))
            continue;
        count(lineFor(lineUnit), e);
        if (plan)
            listedPlans.insert(plan->id);
        Listed l;
        l.row.enrolment = e;
        l.row.fullName = member ? member->fullName : QString();
        l.row.unitCode = personUnit;
        l.row.unitName = personUnit.isEmpty() ? QString() : unitName(personUnit);
        l.row.budgetUnitCode = lineUnit;
        if (const TrainingCourse *c = courseByCode.value(e.courseCode)) {
            l.row.courseName = c->nameVi;
            l.row.courseKind = c->kind;
        }
        l.unitName = l.row.unitName;
        l.nameKey = nameSortKey(l.row.fullName);
        listed.push_back(std::move(l));
    }

    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(listed.begin(), listed.end(), [&](const Listed &a, const Listed &b) {
        if (const int c = collator.compare(a.unitName, b.unitName); c != 0)
            return c < 0;
        if (a.row.unitCode != b.row.unitCode)
            return a.row.unitCode < b.row.unitCode;
        if (a.nameKey != b.nameKey)
            return a.nameKey < b.nameKey;
        const TrainingEnrolment &x = a.row.enrolment, &y = b.row.enrolment;
        if (x.startDate != y.startDate)
            return x.startDate.isValid() && (!y.startDate.isValid() || x.startDate < y.startDate);
        return x.id < y.id;
    });
    report.enrolments.reserve(listed.size());
    for (Listed &l : listed)
        report.enrolments.push_back(std::move(l.row));

    for (const TrainingPlan &p : plans) { // the repository's order: whole-office plans first, then unit, id
        if (listedPlans.contains(p.id))
            report.plans.push_back(p);
    }
    for (const TrainingBudgetLine &line : std::as_const(lines))
        report.budget.push_back(line);
    std::sort(report.budget.begin(), report.budget.end(), [&](const TrainingBudgetLine &a, const TrainingBudgetLine &b) {
        if (a.unitCode.isEmpty() != b.unitCode.isEmpty())
            return a.unitCode.isEmpty();
        if (const int c = collator.compare(a.unitName, b.unitName); c != 0)
            return c < 0;
        return a.unitCode < b.unitCode;
    });
    for (const TrainingBudgetLine &line : report.budget)
        addTo(report.total, line);
    return report;
}
