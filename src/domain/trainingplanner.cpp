// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingplanner.h"

#include "codetable.h"
#include "evaluationlevel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString dateText(const QDate &date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

/** How far a course got through the checks (higher = further), to report the most telling reason. */
int progress(UnplannedReason reason)
{
    switch (reason) {
    case UnplannedReason::NoCourse:
    case UnplannedReason::Barred:
        return 0;
    case UnplannedReason::NoCourseBeforeDeadline:
        return 1;
    case UnplannedReason::Nd171Service:
    case UnplannedReason::Nd171Rating:
    case UnplannedReason::Nd171Age:
        return 2;
    case UnplannedReason::NoSeat:
        return 3;
    case UnplannedReason::BudgetExhausted:
        return 4;
    }
    return 0;
}

int closableCount(const PlannerPerson &p)
{
    return int(std::count_if(p.needs.begin(), p.needs.end(), [](const TrainingNeed &n) { return n.closable(); }));
}

} // namespace

bool TrainingPlanner::isPostgraduate(const TrainingCourse &course)
{
    if (course.kind != "degree"_L1)
        return false;
    const CourseValue *grant = course.grantFor(u"professional_level"_s);
    const CodeTable *levels = CodeTables::levelsOf(u"professional_level"_s);
    if (!grant || !levels)
        return false;
    const int rank = levels->rank(grant->value);
    return rank > 0 && rank >= levels->rank(u"thac_si"_s);
}

std::optional<UnplannedReason> TrainingPlanner::nd171Failure(const PlannerPerson &person, const QDate &start)
{
    // ND 171/2025: at least 3 years of service ...
    if (!person.serviceStart.isValid() || start < person.serviceStart.addYears(3))
        return UnplannedReason::Nd171Service;
    // ... the 2 consecutive years right before rated tốt (HTTNV) or better ...
    const int tot = EvaluationLevels::rank(QString(EvaluationLevels::Tot));
    for (int y = start.year() - 2; y < start.year(); ++y)
        if (EvaluationLevels::rank(person.ratings.value(y)) < tot)
            return UnplannedReason::Nd171Rating;
    // ... and 45 or under at enrolment (the 46th birthday is too late).
    if (!person.birthDate.isValid() || start >= person.birthDate.addYears(46))
        return UnplannedReason::Nd171Age;
    return std::nullopt;
}

std::optional<UnplannedReason> TrainingPlanner::ineligibility(const PlannerPerson &person, const TrainingCourse &course,
                                                             const QDate &start)
{
    if (person.barsUntil && person.barsUntil->isValid() && start < *person.barsUntil)
        return UnplannedReason::Barred;
    if (isPostgraduate(course))
        return nd171Failure(person, start);
    return std::nullopt;
}

QString TrainingPlanner::reasonCode(UnplannedReason reason)
{
    switch (reason) {
    case UnplannedReason::NoCourse: return u"no_course"_s;
    case UnplannedReason::NoCourseBeforeDeadline: return u"no_course_before_deadline"_s;
    case UnplannedReason::Barred: return u"barred"_s;
    case UnplannedReason::Nd171Service: return u"nd171_service"_s;
    case UnplannedReason::Nd171Rating: return u"nd171_rating"_s;
    case UnplannedReason::Nd171Age: return u"nd171_age"_s;
    case UnplannedReason::NoSeat: return u"no_seat"_s;
    case UnplannedReason::BudgetExhausted: return u"budget_exhausted"_s;
    }
    return {};
}

QString TrainingPlanner::message(UnplannedReason reason, const QDate &deadline, const QDate &barsUntil,
                                 const QString &course)
{
    switch (reason) {
    case UnplannedReason::NoCourse:
        return tr("no course of the catalogue closes this gap (title standard, ND 33/2023)");
    case UnplannedReason::NoCourseBeforeDeadline:
        return tr("no course that closes this gap ends by the deadline %1 (ND 33/2023)").arg(dateText(deadline));
    case UnplannedReason::Barred:
        return tr("barred from training by a discipline decision until %1 (Luật 52/2019/QH14 Art. 1 cl. 17: Luật Cán bộ, công chức Art. 82)")
            .arg(dateText(barsUntil));
    case UnplannedReason::Nd171Service:
        return tr("%1: postgraduate training needs at least 3 years of service (ND 171/2025)").arg(course);
    case UnplannedReason::Nd171Rating:
        return tr("%1: postgraduate training needs the 2 consecutive years before rated HTTNV or better (ND 171/2025)")
            .arg(course);
    case UnplannedReason::Nd171Age:
        return tr("%1: postgraduate training needs an age of 45 or under at enrolment (ND 171/2025)").arg(course);
    case UnplannedReason::NoSeat:
        return tr("%1: no seat left in the plan").arg(course);
    case UnplannedReason::BudgetExhausted:
        return tr("%1: the plan's budget is exhausted").arg(course);
    }
    return {};
}

TrainingProposal TrainingPlanner::propose(const std::vector<PlannerPerson> &people,
                                          const std::vector<TrainingCourse> &catalogue, const PlannerInput &input)
{
    TrainingProposal out;
    out.year = input.year;
    out.budget = input.budget;
    out.start = input.start;

    QHash<QString, const TrainingCourse *> courses;
    for (const TrainingCourse &c : catalogue)
        courses.insert(c.code, &c);

    std::vector<const PlannerPerson *> order;
    order.reserve(people.size());
    for (const PlannerPerson &p : people)
        order.push_back(&p);
    std::stable_sort(order.begin(), order.end(), [](const PlannerPerson *a, const PlannerPerson *b) {
        if (a->deadline.isValid() != b->deadline.isValid())
            return a->deadline.isValid(); // a deadline comes before none
        if (a->deadline != b->deadline)
            return a->deadline < b->deadline;
        const int ca = closableCount(*a), cb = closableCount(*b);
        if (ca != cb)
            return ca > cb;
        return a->code < b->code;
    });

    QHash<QString, int> seatsLeft = input.seats;
    qint64 remaining = input.budget;

    for (const PlannerPerson *person : order) {
        const bool barred = person->barsUntil && person->barsUntil->isValid() && input.start < *person->barsUntil;
        std::vector<size_t> mine; // indices in out.enrolments of this person's enrolments
        for (const TrainingNeed &need : person->needs) {
            UnplannedNeed left;
            left.staffCode = person->code;
            left.fullName = person->fullName;
            left.requirementKey = need.requirementKey;
            left.deadline = need.deadline.isValid() ? need.deadline : person->deadline;
            if (!need.closable()) {
                left.reason = UnplannedReason::NoCourse;
                left.message = message(left.reason);
                out.unplanned.push_back(std::move(left));
                continue;
            }
            // Closed already by a course chosen for this person (e.g. a degree granting level and field).
            bool joined = false;
            for (size_t i : mine) {
                if (need.courses.contains(out.enrolments[i].courseCode)) {
                    out.enrolments[i].requirementKeys << need.requirementKey;
                    joined = true;
                    break;
                }
            }
            if (joined)
                continue;
            if (barred) {
                left.reason = UnplannedReason::Barred;
                left.message = message(left.reason, {}, *person->barsUntil);
                out.unplanned.push_back(std::move(left));
                continue;
            }
            const TrainingCourse *chosen = nullptr;
            std::optional<UnplannedReason> worst;
            QString worstCourse;
            for (const QString &code : need.courses) {
                const TrainingCourse *course = courses.value(code);
                if (!course)
                    continue;
                std::optional<UnplannedReason> failure;
                const QDate end = course->endFrom(input.start);
                if (left.deadline.isValid() && (!end.isValid() || end > left.deadline))
                    failure = UnplannedReason::NoCourseBeforeDeadline;
                else if (isPostgraduate(*course))
                    failure = nd171Failure(*person, input.start);
                if (!failure && seatsLeft.contains(code) && seatsLeft.value(code) <= 0)
                    failure = UnplannedReason::NoSeat;
                if (!failure && course->cost > remaining)
                    failure = UnplannedReason::BudgetExhausted;
                if (!failure) {
                    chosen = course;
                    break;
                }
                if (!worst || progress(*failure) > progress(*worst)) {
                    worst = failure;
                    worstCourse = code;
                }
            }
            if (!chosen) {
                left.reason = worst.value_or(UnplannedReason::NoCourse);
                left.courseCode = worstCourse;
                left.message = message(left.reason, left.deadline, {}, worstCourse);
                out.unplanned.push_back(std::move(left));
                continue;
            }
            ProposedEnrolment e;
            e.staffCode = person->code;
            e.fullName = person->fullName;
            e.courseCode = chosen->code;
            e.requirementKeys << need.requirementKey;
            e.start = input.start;
            e.end = chosen->endFrom(input.start);
            e.deadline = left.deadline;
            e.cost = chosen->cost;
            if (isPostgraduate(*chosen)) {
                e.serviceCommitment = true;
                e.note = tr("commitment to serve 3 times the training time to be signed (ND 171/2025)");
            }
            if (seatsLeft.contains(chosen->code))
                --seatsLeft[chosen->code];
            remaining -= chosen->cost;
            out.cost += chosen->cost;
            mine.push_back(out.enrolments.size());
            out.enrolments.push_back(std::move(e));
        }
    }
    return out;
}
