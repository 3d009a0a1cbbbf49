// SPDX-License-Identifier: GPL-3.0-or-later
// DisciplineService: entry checks, storage with audit, status and timeline. The yearly report is in
// disciplinereport.cpp, the file import in disciplineimport.cpp.
#include "disciplineservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "clock.h"
#include "yearlock.h"
#include "domain/disciplineform.h"
#include "domain/textfold.h"
#include "domain/unitdirectory.h"
#include "storage/database.h"
#include "storage/disciplinerepository.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

DisciplineService::DisciplineService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

DisciplineEffect DisciplineService::effectOf(const DisciplineDecision &decision, QDate asOf)
{
    DisciplineEffect e;
    e.decision = decision;
    e.barsUntil = DisciplineRules::barsUntil(decision);
    e.salaryStepDelayMonths = DisciplineRules::salaryStepDelayMonths(decision.form);
    if (const DisciplineEffectRule *rule = DisciplineRules::effectRule(decision.form); rule && rule->barMonths > 0)
        e.basis = rule->barBasis.citation();
    e.inForceOnAsOf = asOf.isValid() && DisciplineRules::inForceOn(decision, asOf);
    return e;
}

DisciplineCheck DisciplineService::checkFor(const DisciplineDecision &d, const std::optional<StaffMember> &staff,
                                            const std::vector<DisciplineDecision> &earlier) const
{
    DisciplineCheck out;
    auto error = [&](const QString &field, const QString &message) { out.fieldErrors.push_back({field, message}); };
    if (d.staffCode.isEmpty())
        error(u"staff_code"_s, tr("the staff code is required"));
    else if (!staff)
        error(u"staff_code"_s, tr("unknown staff code \"%1\"").arg(d.staffCode));
    const bool formKnown = DisciplineForms::table().contains(d.form);
    if (d.form.isEmpty())
        error(u"form"_s, tr("the discipline form is required"));
    else if (!formKnown)
        error(u"form"_s, tr("unknown discipline form \"%1\"; expected one of: %2")
                             .arg(d.form, DisciplineForms::codes().join(u", "_s)));
    if (d.decisionNo.trimmed().isEmpty())
        error(u"decision_no"_s, tr("the decision number is required"));
    if (!d.decisionDate.isValid())
        error(u"decision_date"_s, tr("the decision date is required"));
    if (d.violationDate.isValid() && d.decisionDate.isValid() && d.violationDate > d.decisionDate)
        //: %1 violation date, %2 decision date
        error(u"violation_date"_s, tr("the violation date %1 is after the decision date %2")
                                       .arg(d.violationDate.toString(u"dd/MM/yyyy"_s),
                                            d.decisionDate.toString(u"dd/MM/yyyy"_s)));
    if (!staff)
        return out;
    const bool leader = staff->isLeader.value_or(false);
    const QDate on = d.effectiveOn();
    out.allowedForms = DisciplineRules::allowedForms(staff->category, leader, on);
    if (const DisciplineRuleSet *set = DisciplineRules::ruleSetFor(staff->category, on))
        out.ruleSet = set->forms.citation();
    if (!formKnown || !on.isValid())
        return out;
    if (const auto refusal = DisciplineRules::check(d, staff->category, leader))
        error(u"form"_s, *refusal);
    std::vector<DisciplineDecision> others;
    for (const DisciplineDecision &e : earlier) {
        if ((d.id == 0 || e.id != d.id) && e.decisionNo != d.decisionNo)
            others.push_back(e);
    }
    out.warnings = DisciplineRules::warnings(d, staff->category, leader, others, d.detectedDate);
    return out;
}

DisciplineCheck DisciplineService::check(const DisciplineDecision &decision) const
{
    std::optional<StaffMember> staff;
    std::vector<DisciplineDecision> earlier;
    if (!decision.staffCode.isEmpty()) {
        staff = StaffRepository(m_db.connection()).find(decision.staffCode);
        if (staff)
            earlier = DisciplineRepository(m_db.connection()).forPerson(decision.staffCode);
    }
    return checkFor(decision, staff, earlier);
}

SaveResult DisciplineService::save(const DisciplineDecision &input, qint64 *id)
{
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::DisciplineWrite, input.staffCode); !denied.ok())
        return denied;
    SaveResult result;
    const DisciplineCheck checked = check(input);
    result.fieldErrors = checked.fieldErrors;
    if (!result.ok())
        return result;
    DisciplineRepository repo(m_db.connection());
    QString error;
    std::optional<DisciplineDecision> before;
    if (input.id > 0) {
        before = repo.find(input.id, &error);
        if (!before) {
            result.error = error.isEmpty() ? tr("the decision no longer exists") : error;
            return result;
        }
    }
    const auto same = repo.find(input.staffCode, input.decisionNo, &error);
    if (same && same->id != input.id) {
        result.fieldErrors.push_back(
            {u"decision_no"_s, tr("decision \"%1\" is already recorded for %2").arg(input.decisionNo, input.staffCode)});
        return result;
    }
    // A decision taking effect in a closed year is locked: neither written into it nor moved out of it.
    for (const QDate &on : {input.effectiveOn(), before ? before->effectiveOn() : QDate()}) {
        if (!on.isValid())
            continue;
        if (const QString locked = YearLock::refusal(m_db.connection(), on.year()); !locked.isEmpty()) {
            result.error = locked;
            return result;
        }
    }
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    DisciplineDecision after = input;
    const qint64 newId = tx.isActive() ? repo.write(after, &error) : 0;
    after.id = newId;
    const bool ok = newId > 0 && audit.disciplineChanged(before ? u"update"_s : u"insert"_s, before, after, &error);
    if (!ok || !tx.commit()) {
        result.error = tr("cannot save the decision: %1")
                           .arg(error.isEmpty() ? tr("the transaction could not be committed") : error);
        return result;
    }
    if (id)
        *id = newId;
    return result;
}

SaveResult DisciplineService::remove(qint64 id)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::DisciplineWrite); !denied.ok())
        return denied;
    SaveResult result;
    DisciplineRepository repo(m_db.connection());
    QString error;
    const std::optional<DisciplineDecision> before = repo.find(id, &error);
    if (!before) {
        result.error = error.isEmpty() ? tr("the decision no longer exists") : error;
        return result;
    }
    if (const QString locked = YearLock::refusal(m_db.connection(), before->effectiveOn().year()); !locked.isEmpty()) {
        result.error = locked;
        return result;
    }
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    const bool ok = tx.isActive() && repo.remove(id, &error)
        && audit.disciplineChanged(u"delete"_s, before, std::nullopt, &error);
    if (!ok || !tx.commit())
        result.error = tr("cannot delete the decision: %1")
                           .arg(error.isEmpty() ? tr("the transaction could not be committed") : error);
    return result;
}

std::optional<DisciplineDecision> DisciplineService::find(qint64 id) const
{
    return DisciplineRepository(m_db.connection()).find(id);
}

std::vector<DisciplineDecision> DisciplineService::forPerson(const QString &staffCode) const
{
    return DisciplineRepository(m_db.connection()).forPerson(staffCode);
}

std::vector<DisciplineListRow> DisciplineService::list(int year, const QString &unitCode) const
{
    std::vector<DisciplineListRow> out;
    const UnitDirectory units(UnitRepository(m_db.connection()).all());
    StaffRepository staffRepo(m_db.connection());
    QHash<QString, std::optional<StaffMember>> people;
    QHash<int, QSet<QString>> scopeByYear; // recorded unit codes inside unitCode, per year-end
    const auto all = DisciplineRepository(m_db.connection()).effectiveUpTo(year > 0 ? QDate(year, 12, 31) : QDate());
    for (const DisciplineDecision &d : all) {
        const QDate on = d.effectiveOn();
        if (year > 0 && on.year() != year)
            continue;
        auto it = people.find(d.staffCode);
        if (it == people.end())
            it = people.insert(d.staffCode, staffRepo.find(d.staffCode));
        const std::optional<StaffMember> &m = *it;
        const QDate yearEnd(on.year(), 12, 31);
        if (!unitCode.isEmpty()) {
            if (!scopeByYear.contains(on.year()))
                scopeByYear.insert(on.year(), units.codesResolvingInto(unitCode, yearEnd));
            if (!m || !scopeByYear.value(on.year()).contains(m->unitCode))
                continue;
        }
        DisciplineListRow row;
        row.effect = effectOf(d, m_clock.today());
        if (m) {
            row.fullName = m->fullName;
            row.category = m->category;
            row.unitCode = units.resolveOn(m->unitCode, yearEnd);
            if (row.unitCode.isEmpty())
                row.unitCode = m->unitCode;
            if (const OrgUnit *u = units.find(row.unitCode))
                row.unitName = u->name;
        }
        out.push_back(std::move(row));
    }
    std::stable_sort(out.begin(), out.end(), [](const DisciplineListRow &a, const DisciplineListRow &b) {
        const QDate da = a.effect.decision.effectiveOn(), db = b.effect.decision.effectiveOn();
        return da != db ? da > db : a.effect.decision.id > b.effect.decision.id;
    });
    return out;
}

namespace {
/** Folds one person's decisions (by effective date) into the standing on date: status() and statuses(). */
void addToStatus(DisciplineStatus &s, const DisciplineDecision &d)
{
    const QDate date = s.date;
    const QDate on = d.effectiveOn();
    if (on.isValid() && on.year() == date.year() && on <= QDate(date.year(), 12, 31))
        s.disciplinedInYear = true;
    if (!DisciplineRules::inForceOn(d, date))
        return;
    DisciplineEffect e = DisciplineService::effectOf(d, date);
    if (DisciplineForms::endsService(d.form))
        s.serviceEnded = true;
    if (e.barsUntil && (!s.barsUntil || *e.barsUntil > *s.barsUntil))
        s.barsUntil = e.barsUntil;
    s.running.push_back(std::move(e));
}

void sortRunning(DisciplineStatus &s)
{
    std::stable_sort(s.running.begin(), s.running.end(), [](const DisciplineEffect &a, const DisciplineEffect &b) {
        return DisciplineForms::severity(a.decision.form) > DisciplineForms::severity(b.decision.form);
    });
}
} // namespace

DisciplineStatus DisciplineService::status(const QString &staffCode, QDate date) const
{
    DisciplineStatus s;
    s.staffCode = staffCode;
    s.date = date;
    for (const DisciplineDecision &d : forPerson(staffCode))
        addToStatus(s, d);
    sortRunning(s);
    return s;
}

QHash<QString, DisciplineStatus> DisciplineService::statuses(QDate date) const
{
    QHash<QString, DisciplineStatus> out;
    // Decisions taking effect after the end of date's year neither run on date nor count in its year.
    for (const DisciplineDecision &d :
         DisciplineRepository(m_db.connection()).effectiveUpTo(QDate(date.year(), 12, 31))) {
        auto it = out.find(d.staffCode);
        if (it == out.end()) {
            it = out.insert(d.staffCode, DisciplineStatus{});
            it->staffCode = d.staffCode;
            it->date = date;
        }
        addToStatus(*it, d);
    }
    for (DisciplineStatus &s : out)
        sortRunning(s);
    return out;
}

bool DisciplineService::disciplinedInYear(const QString &staffCode, int year) const
{
    const std::vector<DisciplineDecision> all = forPerson(staffCode);
    return std::any_of(all.cbegin(), all.cend(), [year](const DisciplineDecision &d) {
        return d.effectiveOn().isValid() && d.effectiveOn().year() == year;
    });
}

QStringList DisciplineService::disciplinedStaff(int year) const
{
    return DisciplineRepository(m_db.connection()).staffWithEffectBetween(QDate(year, 1, 1), QDate(year, 12, 31));
}

std::vector<DisciplineTimelineEntry> DisciplineService::timeline(const QString &staffCode) const
{
    using Kind = DisciplineTimelineEntry::Kind;
    std::vector<DisciplineTimelineEntry> out;
    for (const DisciplineDecision &d : forPerson(staffCode)) {
        const QString form = DisciplineForms::label(d.form);
        auto add = [&](Kind kind, QDate date, const QString &text) {
            if (date.isValid())
                out.push_back({kind, date, d.id, d.form, text});
        };
        //: %1 decision number
        add(Kind::Violation, d.violationDate, tr("Violation (decided in %1)").arg(d.decisionNo));
        //: %1 form, %2 decision number
        add(Kind::Decision, d.decisionDate, tr("%1 decided (%2)").arg(form, d.decisionNo));
        add(Kind::Effective, d.effectiveOn(), tr("%1 takes effect (%2)").arg(form, d.decisionNo));
        const DisciplineEffect e = effectOf(d);
        if (e.salaryStepDelayMonths > 0)
            //: %n months, %1 decision number
            add(Kind::SalaryStepDelayEnds, d.effectiveOn().addMonths(e.salaryStepDelayMonths),
                tr("The %n-month delay of the regular salary step ends (%1)", nullptr, e.salaryStepDelayMonths)
                    .arg(d.decisionNo));
        if (e.barsUntil)
            add(Kind::BarsLift, *e.barsUntil,
                tr("Promotion, appointment, planning and training are open again (%1)").arg(d.decisionNo));
    }
    std::stable_sort(out.begin(), out.end(), [](const DisciplineTimelineEntry &a, const DisciplineTimelineEntry &b) {
        return a.date != b.date ? a.date < b.date : int(a.kind) < int(b.kind);
    });
    return out;
}
