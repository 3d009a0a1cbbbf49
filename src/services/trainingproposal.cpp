// SPDX-License-Identifier: GPL-3.0-or-later
// The plan proposal of TrainingService (issue 6 item 3): gathers the facts, asks TrainingPlanner, and
// saves an edited proposal as a plan with planned enrolments in one audited transaction.
#include "trainingservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "domain/requirementlabels.h"
#include "clock.h"
#include "disciplineservice.h"
#include "qualificationservice.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/staffrepository.h"
#include "storage/trainingrepository.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

TrainingProposal TrainingService::proposePlan(int year, const QString &unitCode, qint64 budget, const QDate &startDate,
                                              const QHash<QString, int> &seats) const
{
    TrainingProposal out;
    out.year = year;
    out.budget = budget;
    out.start = startDate;
    TrainingNeedFilter filter;
    filter.unitCode = unitCode;
    const TrainingNeedsReport needs = this->needs(startDate, filter);
    if (!needs.error.isEmpty()) {
        out.error = needs.error;
        return out;
    }
    QString error;
    const std::vector<StaffMember> staff =
        StaffRepository(m_db.connection()).inService(QualificationService::categories(), startDate, &error);
    // The two years before the start, in one query (ND 171/2025: 2 consecutive years rated tốt or better).
    const std::vector<Evaluation> ratings = error.isEmpty()
        ? EvaluationRepository(m_db.connection()).forYears(startDate.year() - 2, startDate.year() - 1, &error)
        : std::vector<Evaluation>{};
    const std::vector<TrainingCourse> courses =
        error.isEmpty() ? TrainingRepository(m_db.connection()).courses(true, &error) : std::vector<TrainingCourse>{};
    if (!error.isEmpty()) {
        out.error = tr("cannot read the facts of the proposal: %1").arg(error);
        return out;
    }
    QHash<QString, const StaffMember *> byCode;
    for (const StaffMember &m : staff)
        byCode.insert(m.code, &m);
    QHash<QString, QMap<int, QString>> levels;
    for (const Evaluation &e : ratings)
        if (!e.finalLevel.isEmpty())
            levels[e.staffCode].insert(e.year, e.finalLevel);

    // Everyone's discipline standing on the start date in one query (not one per person).
    const QHash<QString, DisciplineStatus> disciplined = DisciplineService(m_db, m_clock).statuses(startDate);
    std::vector<PlannerPerson> people;
    people.reserve(needs.people.size());
    for (const PersonTrainingNeeds &p : needs.people) {
        PlannerPerson person;
        person.code = p.code;
        person.fullName = p.fullName;
        person.deadline = p.deadline;
        person.needs = p.needs;
        if (const StaffMember *m = byCode.value(p.code)) {
            person.birthDate = m->birthDate;
            person.serviceStart = m->startDate;
        }
        if (const auto status = disciplined.constFind(p.code); status != disciplined.cend())
            if (status->barsUntil && startDate < *status->barsUntil)
                person.barsUntil = status->barsUntil;
        person.ratings = levels.value(p.code);
        people.push_back(std::move(person));
    }
    PlannerInput input;
    input.year = year;
    input.budget = budget;
    input.start = startDate;
    input.seats = seats;
    TrainingProposal proposal = TrainingPlanner::propose(people, courses, input);
    return proposal;
}

namespace {

/** The facts eligibility reads (TrainingPlanner::ineligibility), gathered for a few enrolments at once. */
struct EligibilityFacts
{
    QHash<QString, std::optional<StaffMember>> staff;
    QHash<QDate, QHash<QString, DisciplineStatus>> disciplineOn; ///< by start date
    QHash<int, QHash<QString, QMap<int, QString>>> ratingsBefore; ///< by start year: final levels of the 2 years before
};

} // namespace

std::vector<QString> TrainingService::ineligibility(const std::vector<EnrolmentCandidate> &candidates) const
{
    std::vector<QString> out(candidates.size());
    TrainingRepository training(m_db.connection());
    StaffRepository staffRepo(m_db.connection());
    EvaluationRepository evaluations(m_db.connection());
    const DisciplineService discipline(m_db, m_clock);
    QHash<QString, std::optional<TrainingCourse>> courses;
    EligibilityFacts facts;
    QString error;
    for (size_t i = 0; i < candidates.size() && error.isEmpty(); ++i) {
        const EnrolmentCandidate &c = candidates[i];
        const QDate start = c.start.isValid() ? c.start : m_clock.today();
        if (!courses.contains(c.courseCode))
            courses.insert(c.courseCode, training.findCourse(c.courseCode, &error));
        if (!facts.staff.contains(c.staffCode))
            facts.staff.insert(c.staffCode, staffRepo.find(c.staffCode, &error));
        const std::optional<TrainingCourse> &course = courses[c.courseCode];
        const std::optional<StaffMember> &member = facts.staff[c.staffCode];
        if (!course || !member || !error.isEmpty())
            continue; // unknown person or course: reported by the caller's own checks
        if (!course->offeredTo(*member)) {
            //: %1 is a person's name, %2 a course
            out[i] = tr("%1: the course %2 is meant for other titles").arg(member->fullName, course->nameVi);
            continue;
        }
        if (!course->admits(*member)) {
            QStringList asked;
            for (const CourseValue &p : course->prerequisites)
                asked << RequirementLabels::label(p.key);
            //: %1 is a person's name, %2 a course, %3 what it asks for
            out[i] = tr("%1: the course %2 asks first for %3, not on record")
                         .arg(member->fullName, course->nameVi, asked.join(u", "_s));
            continue;
        }
        if (!facts.disciplineOn.contains(start))
            facts.disciplineOn.insert(start, discipline.statuses(start));
        PlannerPerson person;
        person.code = member->code;
        person.fullName = member->fullName;
        person.birthDate = member->birthDate;
        person.serviceStart = member->startDate;
        const auto status = facts.disciplineOn[start].constFind(member->code);
        if (status != facts.disciplineOn[start].cend())
            person.barsUntil = status->barsUntil;
        if (TrainingPlanner::isPostgraduate(*course)) {
            if (!facts.ratingsBefore.contains(start.year())) {
                QHash<QString, QMap<int, QString>> levels;
                for (const Evaluation &e : evaluations.forYears(start.year() - 2, start.year() - 1, &error))
                    if (!e.finalLevel.isEmpty())
                        levels[e.staffCode].insert(e.year, e.finalLevel);
                facts.ratingsBefore.insert(start.year(), levels);
            }
            person.ratings = facts.ratingsBefore[start.year()].value(member->code);
        }
        if (const auto reason = TrainingPlanner::ineligibility(person, *course, start))
            //: %1 is a person's name, %2 why they may not take the course
            out[i] = tr("%1: %2").arg(member->fullName,
                                      TrainingPlanner::message(*reason, {}, person.barsUntil.value_or(QDate()),
                                                               course->nameVi));
    }
    if (!error.isEmpty())
        for (QString &message : out)
            if (message.isEmpty())
                message = tr("cannot check the eligibility: %1").arg(error);
    return out;
}

EnrolmentResult TrainingService::savePlan(const TrainingPlan &input, const std::vector<ProposedEnrolment> &enrolments)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::TrainingWrite, input.unitCode); !denied.ok())
        return EnrolmentResult{denied, 0};
    EnrolmentResult result;
    if (input.id != 0)
        result.fieldErrors.push_back({u"id"_s, tr("the plan is already stored (id %1)").arg(input.id)});
    if (input.year < 2000 || input.year > 2100)
        result.fieldErrors.push_back({u"year"_s, tr("the plan's year must be between 2000 and 2100")});
    if (input.budget < 0)
        result.fieldErrors.push_back({u"budget"_s, tr("the budget cannot be negative")});
    qint64 cost = 0;
    for (const ProposedEnrolment &e : enrolments) {
        cost += e.cost;
        if (e.staffCode.isEmpty() || e.courseCode.isEmpty())
            result.fieldErrors.push_back({u"enrolments"_s, tr("every enrolment needs a person and a course")});
        else if (!e.start.isValid() || (e.end.isValid() && e.end < e.start))
            result.fieldErrors.push_back(
                {u"enrolments"_s, tr("%1 in %2: the end cannot be before the start").arg(e.staffCode, e.courseCode)});
    }
    std::vector<EnrolmentCandidate> candidates;
    for (const ProposedEnrolment &e : enrolments)
        if (!e.staffCode.isEmpty() && !e.courseCode.isEmpty())
            candidates.push_back({e.staffCode, e.courseCode, e.start});
    for (const QString &problem : ineligibility(candidates))
        if (!problem.isEmpty())
            result.fieldErrors.push_back({u"enrolments"_s, problem});
    if (cost > input.budget)
        result.fieldErrors.push_back({u"budget"_s, tr("the enrolments cost %L1 VND, more than the budget of %L2 VND")
                                                       .arg(cost)
                                                       .arg(input.budget)});
    if (!result.ok())
        return result;

    TrainingRepository repo(m_db.connection());
    QString error;
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    bool ok = tx.isActive();
    TrainingPlan plan = input;
    if (ok) {
        plan.id = repo.writePlan(plan, &error);
        ok = plan.id > 0
            && audit.trainingPlanChanged(u"insert"_s, std::nullopt, plan, &error);
    }
    for (const ProposedEnrolment &p : enrolments) {
        if (!ok)
            break;
        TrainingEnrolment e;
        e.planId = plan.id;
        e.staffCode = p.staffCode;
        e.courseCode = p.courseCode;
        e.status = QString(EnrolmentStatus::Planned);
        e.startDate = p.start;
        e.endDate = p.end;
        e.cost = p.cost;
        e.note = p.note;
        e.id = repo.writeEnrolment(e, &error);
        ok = e.id > 0
            && audit.enrolmentChanged(u"insert"_s, std::nullopt, e, &error);
    }
    if (!ok || !tx.commit()) {
        result.error = tr("cannot save the plan: %1").arg(error);
        return result;
    }
    result.id = plan.id;
    return result;
}
