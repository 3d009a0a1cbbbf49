// SPDX-License-Identifier: GPL-3.0-or-later
// TrainingService::importRecords: the training file (docs/training-csv.md), all or nothing. A plan is
// matched by (year, unit), an enrolment by (person, course, start); a status only moves forward along
// the lifecycle of trainingenrolments.cpp, and a completion goes through its completion path.
#include "trainingservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "clock.h"
#include "importrun.h"
#include "trainingwrites.h"
#include "domain/textfold.h"
#include "domain/unitdirectory.h"
#include "storage/database.h"
#include "storage/staffrepository.h"
#include "storage/trainingrepository.h"
#include "storage/unitrepository.h"

#include <QHash>
#include <QSet>

#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

/** The plan of a row: (year, unit). */
struct PlanKey
{
    int year = 0;
    QString unit;

    friend bool operator<(const PlanKey &a, const PlanKey &b)
    {
        return std::tie(a.year, a.unit) < std::tie(b.year, b.unit);
    }
};

/** A plan of the file: the stored one (if any), what the file makes of it, and the line that set each cell. */
struct PendingPlan
{
    std::optional<TrainingPlan> stored;
    TrainingPlan target;
    int titleLine = 0;
    int budgetLine = 0;
    qint64 writtenId = 0; ///< during the write: the id once stored or written
};

/** What one valid row stores: its plan (for the first row of the plan only) and its enrolment. */
struct EnrolmentChange
{
    PlanKey key;
    std::optional<TrainingPlan> plan; ///< the plan as the file leaves it, on its first valid row
    TrainingEnrolment enrolment;      ///< planId -1 while its plan is new

    friend bool operator==(const EnrolmentChange &a, const EnrolmentChange &b)
    {
        return a.key.year == b.key.year && a.key.unit == b.key.unit && a.plan == b.plan
            && a.enrolment == b.enrolment;
    }
};

/** Lifecycle order: planned 1, enrolled 2, attending 3, completed 4 (dropped: 0, reachable from any open status). */
int stage(const QString &status)
{
    return EnrolmentStatus::table().rank(status);
}

bool isFinal(const QString &status)
{
    return status == EnrolmentStatus::Completed || status == EnrolmentStatus::Dropped;
}

QString dmy(const QDate &date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

/** The course written in a cell: its code, or its name (Vietnamese or English) compared folded. */
const TrainingCourse *matchCourse(const QString &text, const std::vector<TrainingCourse> &courses)
{
    for (const TrainingCourse &c : courses) {
        if (c.code == text)
            return &c;
    }
    const QString folded = foldText(text);
    for (const TrainingCourse &c : courses) {
        if (foldText(c.code) == folded || foldText(c.nameVi) == folded
            || (!c.nameEn.isEmpty() && foldText(c.nameEn) == folded))
            return &c;
    }
    return nullptr;
}

} // namespace

ImportReport TrainingService::importRecords(const std::vector<TrainingImportRow> &rows,
                                            std::vector<ImportIssue> parseIssues, const ImportOptions &options,
                                            const ProgressCallback &progress)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::Import); !denied.ok())
        return ImportReport::refused(denied.error);
    ImportReport report;
    report.total = int(rows.size());
    ImportIssues issues(report, std::move(parseIssues));

    TrainingRepository repo(m_db.connection());
    StaffRepository staffRepo(m_db.connection());
    QString error;
    const std::vector<TrainingCourse> courses = repo.courses(false, &error);
    const std::vector<TrainingPlan> storedPlans = error.isEmpty() ? repo.plans(0, &error) : std::vector<TrainingPlan>{};
    const UnitDirectory units(error.isEmpty() ? UnitRepository(m_db.connection()).all() : std::vector<OrgUnit>{});
    if (!error.isEmpty()) {
        report.storageError = tr("cannot read the training records: %1").arg(error);
        return report;
    }
    const QDate today = m_clock.today();
    const CodeTable &statuses = EnrolmentStatus::table();

    QHash<QString, std::optional<StaffMember>> people;
    auto person = [&](const QString &code) -> const std::optional<StaffMember> & {
        auto it = people.find(code);
        if (it == people.end())
            it = people.insert(code, staffRepo.find(code, &error));
        return *it;
    };
    QHash<QString, std::vector<TrainingEnrolment>> storedEnrolments;
    auto enrolmentsOf = [&](const QString &code) -> const std::vector<TrainingEnrolment> & {
        auto it = storedEnrolments.find(code);
        if (it == storedEnrolments.end())
            it = storedEnrolments.insert(code, repo.enrolmentsOf(code, &error));
        return *it;
    };
    QHash<QString, QSet<QString>> scopes; // plan unit|date → recorded unit codes belonging under it then
    auto inScope = [&](const QString &unit, const QDate &date, const QString &recorded) {
        const QString key = unit + u'|' + date.toString(Qt::ISODate);
        auto it = scopes.find(key);
        if (it == scopes.end())
            it = scopes.insert(key, units.codesResolvingInto(unit, date));
        return it->contains(recorded);
    };

    std::map<PlanKey, PendingPlan> plans;
    QHash<QString, int> enrolmentLines; // staff|course|start → line
    QHash<QString, int> openLines;      // staff|course → line of an open enrolment the file makes
    struct Valid
    {
        int line;
        PlanKey key;
        TrainingEnrolment enrolment;
        std::optional<TrainingEnrolment> before;
    };
    std::vector<Valid> valid;
    int done = 0;
    for (const TrainingImportRow &row : rows) {
        const TrainingImportRecord &r = row.record;
        const int line = row.line;
        auto add = [&](const QString &column, const QString &message) { issues.add(line, column, message); };

        // The plan.
        if (r.planYear > 0 && !r.planUnit.isEmpty() && !units.find(r.planUnit))
            add(u"plan_unit"_s, tr("unknown unit \"%1\"").arg(r.planUnit));
        const PlanKey key{r.planYear, r.planUnit};
        if (r.planYear > 0 && !issues.rejects(line)) {
            auto it = plans.find(key);
            if (it == plans.end()) {
                std::vector<const TrainingPlan *> matches;
                for (const TrainingPlan &p : storedPlans) {
                    if (p.year == key.year && p.unitCode == key.unit)
                        matches.push_back(&p);
                }
                if (matches.size() > 1) {
                    QStringList ids;
                    for (const TrainingPlan *p : matches)
                        ids << QString::number(p->id);
                    add(u"plan_year"_s, tr("%1 plans of %2 for %3 are stored (ids %4): the file cannot tell which one "
                                           "it means")
                                            .arg(matches.size())
                                            .arg(key.year)
                                            .arg(key.unit.isEmpty() ? tr("the whole office") : key.unit,
                                                 ids.join(u", "_s)));
                } else {
                    PendingPlan p;
                    if (!matches.empty())
                        p.stored = *matches.front();
                    p.target = p.stored.value_or(TrainingPlan{0, key.year, key.unit, {}, 0, {}});
                    it = plans.emplace(key, p).first;
                }
            }
            // A title or budget differing from an earlier valid row of the plan (applied once the row is valid).
            if (it != plans.end()) {
                const PendingPlan &p = it->second;
                if (!r.planTitle.trimmed().isEmpty() && p.titleLine > 0 && r.planTitle.trimmed() != p.target.title)
                    add(u"plan_title"_s, tr("the plan's title differs from line %1 (\"%2\")")
                                             .arg(p.titleLine)
                                             .arg(p.target.title));
                if (r.planBudget && p.budgetLine > 0 && *r.planBudget != p.target.budget)
                    add(u"plan_budget"_s, tr("the plan's budget differs from line %1 (%L2 VND)")
                                              .arg(p.budgetLine)
                                              .arg(p.target.budget));
            }
        }

        // The person and the course.
        const std::optional<StaffMember> *member = nullptr;
        if (r.staffCode.isEmpty()) {
            add(u"staff_code"_s, tr("the staff code is required"));
        } else {
            member = &person(r.staffCode);
            if (!member->has_value()) {
                add(u"staff_code"_s, tr("unknown staff code \"%1\"").arg(r.staffCode));
                member = nullptr;
            }
        }
        const TrainingCourse *course = nullptr;
        if (r.course.isEmpty()) {
            add(u"course"_s, tr("the course is required"));
        } else if (!(course = matchCourse(r.course, courses))) {
            add(u"course"_s, tr("unknown course \"%1\": expected a course code or name of the catalogue").arg(r.course));
        }
        const bool hasStatus = !r.status.isEmpty() && statuses.contains(r.status);
        if (r.status.isEmpty())
            add(u"status"_s, tr("the status is required"));
        if (!r.start.isValid())
            add(u"start"_s, tr("the start date is required"));
        else if (r.planYear > 0 && r.start.year() != r.planYear)
            add(u"start"_s, tr("the start (%1) is not in the plan's year %2").arg(dmy(r.start)).arg(r.planYear));
        if (member && r.start.isValid() && !r.planUnit.isEmpty() && units.find(r.planUnit)
            && !inScope(r.planUnit, r.start, (*member)->unitCode))
            add(u"staff_code"_s, tr("%1 belongs to unit %2, not under the plan's unit %3")
                                     .arg((*member)->fullName, (*member)->unitCode, r.planUnit));

        // The enrolment: the stored one with the same key, or a new one.
        std::optional<TrainingEnrolment> stored;
        if (member && course && r.start.isValid()) {
            const QString enrolmentKey = QStringList{r.staffCode, course->code, r.start.toString(Qt::ISODate)}.join(QChar(0x1f));
            if (enrolmentLines.contains(enrolmentKey))
                add(u"start"_s, tr("the same person, course and start are already on line %1").arg(enrolmentLines.value(enrolmentKey)));
            else if (!issues.rejects(line))
                enrolmentLines.insert(enrolmentKey, line);
            for (const TrainingEnrolment &e : enrolmentsOf(r.staffCode)) {
                if (e.courseCode == course->code && e.startDate == r.start) {
                    stored = e;
                    break;
                }
            }
        }
        const auto planIt = plans.find(key);
        PendingPlan *plan = planIt == plans.end() ? nullptr : &planIt->second;
        if (stored && plan && stored->planId > 0 && stored->planId != (plan->stored ? plan->stored->id : -1))
            add(u"plan_year"_s, tr("the enrolment %1 belongs to another plan (id %2)").arg(stored->id).arg(stored->planId));

        TrainingEnrolment e = stored.value_or(TrainingEnrolment{});
        e.staffCode = r.staffCode;
        e.courseCode = course ? course->code : r.course;
        e.startDate = r.start;
        if (hasStatus)
            e.status = r.status;
        if (r.end.isValid())
            e.endDate = r.end;
        else if (!stored && course && r.start.isValid()) {
            e.endDate = course->endFrom(r.start);
            // A course completed before its planned end ended by its certificate.
            if (r.status == EnrolmentStatus::Completed && r.certificateDate.isValid() && r.certificateDate < e.endDate
                && r.certificateDate >= r.start)
                e.endDate = r.certificateDate;
        }
        if (r.cost)
            e.cost = *r.cost;
        else if (!stored && course)
            e.cost = course->cost;
        if (!r.note.isEmpty())
            e.note = r.note;
        const bool completes = r.status == EnrolmentStatus::Completed;
        if (completes) {
            if (!r.certificateNo.isEmpty())
                e.certificateNo = r.certificateNo;
            if (r.certificateDate.isValid())
                e.certificateDate = r.certificateDate;
        }

        // The lifecycle: forward only; completed and dropped are locked.
        if (hasStatus && stored) {
            if (isFinal(stored->status) && e != *stored)
                add(u"status"_s, tr("the enrolment is %1: it is locked and the row must stay as stored")
                                     .arg(statuses.label(stored->status)));
            else if (r.status != EnrolmentStatus::Dropped && stage(r.status) < stage(stored->status))
                add(u"status"_s, tr("an enrolment cannot go back from %1 to %2")
                                     .arg(statuses.label(stored->status), statuses.label(r.status)));
        }
        if (completes) {
            if (e.certificateNo.trimmed().isEmpty())
                add(u"certificate_no"_s, tr("the certificate number is required on a completed row"));
            if (!e.certificateDate.isValid())
                add(u"certificate_date"_s, tr("the certificate date is required on a completed row"));
            else if (e.certificateDate > today)
                add(u"certificate_date"_s, tr("the certificate date (%1) is in the future").arg(dmy(e.certificateDate)));
            else if (r.start.isValid() && e.certificateDate < r.start)
                add(u"certificate_date"_s, tr("the certificate date (%1) is before the start (%2)")
                                               .arg(dmy(e.certificateDate), dmy(r.start)));
        } else if (hasStatus) {
            if (!r.certificateNo.isEmpty())
                add(u"certificate_no"_s, tr("a certificate is recorded on a completed row only, not on a %1 one")
                                             .arg(statuses.label(r.status)));
            if (r.certificateDate.isValid())
                add(u"certificate_date"_s, tr("a certificate is recorded on a completed row only, not on a %1 one")
                                               .arg(statuses.label(r.status)));
        }
        if (r.status == EnrolmentStatus::Attending && r.start.isValid() && r.start > today)
            add(u"start"_s, tr("the start (%1) is in the future: a course not begun yet is planned or enrolled")
                                .arg(dmy(r.start)));
        if (r.status == EnrolmentStatus::Dropped && (!stored || stored->status != EnrolmentStatus::Dropped)
            && e.note.trimmed().isEmpty())
            add(u"note"_s, tr("the reason for dropping the course is required (in the note)"));
        if (r.start.isValid() && e.endDate.isValid() && e.endDate < r.start)
            add(u"end"_s, tr("the end (%1) is before the start (%2)").arg(dmy(e.endDate), dmy(r.start)));

        // A new enrolment: as TrainingService::enrol checks it (history rows — completed, dropped — aside).
        if (!stored && member && course && r.start.isValid() && hasStatus) {
            const StaffMember &m = **member;
            if (!m.isInServiceOn(r.start))
                add(u"staff_code"_s, tr("%1 is not in service on %2").arg(m.fullName, dmy(r.start)));
            if (!isFinal(r.status)) {
                if (!course->active)
                    add(u"course"_s, tr("the course %1 is retired and no longer offered").arg(course->nameVi));
                const QString openKey = r.staffCode + QChar(0x1f) + course->code;
                for (const TrainingEnrolment &other : enrolmentsOf(r.staffCode)) {
                    if (other.courseCode == course->code && !isFinal(other.status)) {
                        add(u"course"_s, tr("%1 is already %2 in this course (enrolment %3)")
                                             .arg(m.fullName, statuses.label(other.status))
                                             .arg(other.id));
                        break;
                    }
                }
                // Discipline bars and the ND 171/2025 postgraduate conditions, as the Training page checks them.
                if (const QString problem = ineligibility({{m.code, course->code, r.start}}).front(); !problem.isEmpty())
                    add(u"staff_code"_s, problem);
                if (openLines.contains(openKey))
                    add(u"course"_s, tr("%1 is already in this course on line %2").arg(m.fullName).arg(openLines.value(openKey)));
                else if (!issues.rejects(line))
                    openLines.insert(openKey, line);
            }
        }
        if (!error.isEmpty())
            break;
        if (!issues.rejects(line) && plan) {
            if (!r.planTitle.trimmed().isEmpty() && plan->titleLine == 0) {
                plan->target.title = r.planTitle.trimmed();
                plan->titleLine = line;
            }
            if (r.planBudget && plan->budgetLine == 0) {
                plan->target.budget = *r.planBudget;
                plan->budgetLine = line;
            }
            valid.push_back({line, key, e, stored});
        }
        if (progress && ++done % 500 == 0)
            progress(done, int(rows.size()) * 2);
    }
    if (!error.isEmpty()) {
        report.storageError = tr("cannot read the training records: %1").arg(error);
        return report;
    }
    issues.finish();

    // Each valid row as a change; the plan rides on the first valid row of that plan.
    const QString defaultTitle = tr("Training plan %1");
    std::vector<PendingRecord<EnrolmentChange>> pending;
    pending.reserve(valid.size());
    QSet<QString> planSeen;
    for (const Valid &v : valid) {
        PendingPlan &p = plans.at(v.key);
        if (p.target.title.isEmpty())
            p.target.title = defaultTitle.arg(v.key.year);
        PendingRecord<EnrolmentChange> change;
        change.record.key = v.key;
        change.record.enrolment = v.enrolment;
        change.record.enrolment.planId = p.stored ? p.stored->id : -1;
        const QString planKey = QString::number(v.key.year) + u'|' + v.key.unit;
        const bool first = !planSeen.contains(planKey);
        planSeen.insert(planKey);
        if (first)
            change.record.plan = p.target;
        if (v.before) {
            EnrolmentChange before;
            before.key = v.key;
            before.enrolment = *v.before;
            if (first)
                before.plan = p.stored.value_or(TrainingPlan{});
            change.before = before;
        }
        pending.push_back(std::move(change));
    }

    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    writeImport(report, pending, options, progress, m_db.connection(),
                {tr("the transaction could not be started"), tr("the transaction could not be committed")},
                [&](const PendingRecord<EnrolmentChange> &p, QString *writeError) {
                    PendingPlan &plan = plans.at(p.record.key);
                    if (plan.writtenId == 0) {
                        if (plan.stored && *plan.stored == plan.target) {
                            plan.writtenId = plan.stored->id;
                        } else {
                            const qint64 id = repo.writePlan(plan.target, writeError);
                            if (id <= 0)
                                return;
                            TrainingPlan written = plan.target;
                            written.id = id;
                            if (!audit.trainingPlanChanged(plan.stored ? u"update"_s : u"insert"_s, plan.stored,
                                                           written, writeError))
                                return;
                            plan.writtenId = id;
                        }
                    }
                    if (p.before && p.before->enrolment == p.record.enrolment)
                        return; // only the plan changed
                    TrainingEnrolment e = p.record.enrolment;
                    e.planId = plan.writtenId;
                    const std::optional<TrainingEnrolment> before =
                        p.before ? std::optional<TrainingEnrolment>(p.before->enrolment) : std::nullopt;
                    const qint64 id = repo.writeEnrolment(e, writeError);
                    if (id <= 0)
                        return;
                    e.id = id;
                    const bool drops = e.status == EnrolmentStatus::Dropped
                        && (!before || before->status != EnrolmentStatus::Dropped);
                    if (!audit.enrolmentChanged(before ? u"update"_s : u"insert"_s, before, e, writeError,
                                                drops ? e.note : QString()))
                        return;
                    // Completion: the path of TrainingService::advance (the record moves, audited).
                    if (e.status == EnrolmentStatus::Completed
                        && (!before || before->status != EnrolmentStatus::Completed)
                        && !TrainingWrites::applyCompletion(m_db.connection(), audit, e, writeError))
                        return;
                });
    return report;
}
