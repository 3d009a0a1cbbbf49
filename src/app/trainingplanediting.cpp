// SPDX-License-Identifier: GPL-3.0-or-later
// The plan editor of TrainingController (issue 6 item 3): the proposal, the manager's own rows and
// removals, and saving the edited list as the year's plan.
#include "trainingcontroller.h"

#include "domain/requirementlabels.h"
#include "services/registryservice.h"
#include "services/trainingservice.h"

using namespace Qt::StringLiterals;

bool TrainingController::propose()
{
    setPlanErrors({});
    if (!m_planStart.isValid()) {
        setPlanErrors({{u"start_date"_s, tr("the start date is required")}});
        Q_EMIT errorOccurred(tr("Type the start date of the plan."));
        return false;
    }
    const TrainingProposal proposal = m_service.proposePlan(m_year, m_unitFilter, m_planBudget, m_planStart);
    if (!proposal.error.isEmpty()) {
        Q_EMIT errorOccurred(proposal.error);
        return false;
    }
    QHash<QString, QString> unitOf;
    for (const StaffMember &m : m_registry.allStaff())
        unitOf.insert(m.code, m.unitCode);
    std::vector<TrainingProposalRow> rows;
    for (const ProposedEnrolment &e : proposal.enrolments) {
        TrainingProposalRow r;
        r.enrolment = e;
        r.unitName = unitName(unitOf.value(e.staffCode));
        r.courseName = courseName(e.courseCode);
        r.requirementsText = RequirementLabels::labels(e.requirementKeys).join(u", "_s);
        rows.push_back(std::move(r));
    }
    m_proposal->setRows(std::move(rows));
    m_unplanned.clear();
    for (const UnplannedNeed &u : proposal.unplanned) {
        m_unplanned.append(QVariantMap{{u"staffCode"_s, u.staffCode},
                                       {u"fullName"_s, u.fullName},
                                       {u"requirement"_s, RequirementLabels::label(u.requirementKey)},
                                       {u"deadlineText"_s, dateText(u.deadline)},
                                       {u"reason"_s, TrainingPlanner::reasonCode(u.reason)},
                                       {u"courseName"_s, u.courseCode.isEmpty() ? QString() : courseName(u.courseCode)},
                                       {u"message"_s, u.message}});
    }
    m_hasProposal = true;
    m_planDirty = true;
    Q_EMIT planChanged();
    //: %n is the number of enrolments proposed, %1 the needs left out
    Q_EMIT infoMessage(tr("%n enrolment(s) proposed; %1 need(s) left out.", "", int(proposal.enrolments.size()))
                           .arg(proposal.unplanned.size()));
    return true;
}

bool TrainingController::removeProposed(int row)
{
    if (!m_proposal->removeAt(row))
        return false;
    m_planDirty = true;
    Q_EMIT planChanged();
    return true;
}

bool TrainingController::addProposed(const QString &staffCodeIn, const QString &courseCode)
{
    const QString staffCode = staffCodeIn.trimmed();
    QVariantMap errors;
    const std::optional<StaffMember> person = staffCode.isEmpty() ? std::nullopt : m_registry.findStaff(staffCode);
    if (staffCode.isEmpty())
        errors.insert(u"staff_code"_s, tr("choose a person"));
    else if (!person)
        errors.insert(u"staff_code"_s, tr("no person has the code %1").arg(staffCode));
    else if (!person->isInServiceOn(m_planStart))
        errors.insert(u"staff_code"_s, tr("%1 is not in service on %2").arg(person->fullName, dateText(m_planStart)));
    const std::optional<TrainingCourse> course = courseCode.isEmpty() ? std::nullopt : m_service.findCourse(courseCode);
    if (courseCode.isEmpty())
        errors.insert(u"course_code"_s, tr("choose a course"));
    else if (!course)
        errors.insert(u"course_code"_s, tr("no course has the code %1").arg(courseCode));
    else if (!course->active)
        errors.insert(u"course_code"_s, tr("the course %1 is retired and no longer offered").arg(courseName(*course)));
    if (errors.isEmpty()) {
        // Discipline bars and the ND 171/2025 postgraduate conditions, as the proposal checks them.
        const QString problem = m_service.ineligibility({{staffCode, courseCode, m_planStart}}).front();
        if (!problem.isEmpty())
            errors.insert(u"staff_code"_s, problem);
    }
    if (errors.isEmpty()) {
        for (const TrainingProposalRow &r : m_proposal->rows()) {
            if (r.enrolment.staffCode == staffCode && r.enrolment.courseCode == courseCode) {
                //: %1 is a person's name, %2 a course
                errors.insert(u"course_code"_s, tr("%1 is already planned in %2").arg(person->fullName, courseName(*course)));
                break;
            }
        }
    }
    setPlanErrors(errors);
    if (!errors.isEmpty())
        return false;

    ProposedEnrolment e;
    e.staffCode = staffCode;
    e.fullName = person->fullName;
    e.courseCode = courseCode;
    e.start = m_planStart;
    e.end = course->endFrom(m_planStart);
    e.cost = course->cost;
    // What the course closes for this person, and their deadline, come from their needs.
    TrainingNeedFilter filter;
    const TrainingNeedsReport needs = m_service.needs(m_planStart, filter);
    for (const PersonTrainingNeeds &p : needs.people) {
        if (p.code != staffCode)
            continue;
        e.deadline = p.deadline;
        for (const TrainingNeed &n : p.needs) {
            if (n.courses.contains(courseCode))
                e.requirementKeys << n.requirementKey;
        }
    }
    TrainingProposalRow row;
    row.enrolment = e;
    row.unitName = unitName(person->unitCode);
    row.courseName = courseName(*course);
    row.requirementsText = e.requirementKeys.isEmpty() ? tr("no need on record")
                                                       : RequirementLabels::labels(e.requirementKeys).join(u", "_s);
    row.added = true;
    m_proposal->append(std::move(row));
    m_hasProposal = true;
    m_planDirty = true;
    Q_EMIT planChanged();
    return true;
}

void TrainingController::clearPlan()
{
    m_proposal->setRows({});
    m_unplanned.clear();
    m_hasProposal = false;
    m_planDirty = false;
    setPlanErrors({});
    Q_EMIT planChanged();
}

bool TrainingController::savePlan()
{
    TrainingPlan plan;
    plan.year = m_year;
    plan.unitCode = m_unitFilter;
    //: %1 is a year
    plan.title = m_planTitle.trimmed().isEmpty() ? tr("Training plan %1").arg(m_year) : m_planTitle.trimmed();
    plan.budget = m_planBudget;
    std::vector<ProposedEnrolment> enrolments;
    for (const TrainingProposalRow &r : m_proposal->rows())
        enrolments.push_back(r.enrolment);
    if (enrolments.empty()) {
        setPlanErrors({{u"enrolments"_s, tr("the plan has no enrolment")}});
        Q_EMIT errorOccurred(tr("The plan was not saved: it has no enrolment."));
        return false;
    }
    const EnrolmentResult result = m_service.savePlan(plan, enrolments);
    setPlanErrors(result.fieldErrorMap());
    if (!result.ok()) {
        //: %1 is the reason
        Q_EMIT errorOccurred(tr("The plan was not saved: %1").arg(result.text()));
        return false;
    }
    const int count = int(enrolments.size());
    m_proposal->setRows({});
    m_unplanned.clear();
    m_hasProposal = false;
    m_planDirty = false;
    Q_EMIT planChanged();
    reloadYear();
    Q_EMIT planSaved(result.id);
    Q_EMIT enrolmentsChanged();
    //: %1 is the plan's title, %n the number of enrolments
    Q_EMIT infoMessage(tr("Plan saved: %1, %n enrolment(s).", "", count).arg(plan.title));
    return true;
}
