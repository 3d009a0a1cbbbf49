// SPDX-License-Identifier: GPL-3.0-or-later
// The enrolment lifecycle of TrainingService (issue 6 item 4): planned → enrolled → attending →
// completed (certificate) or dropped (reason); completion puts what the course grants on the person's
// record, audited, in the same transaction, so the qualification rate moves.
#include "trainingservice.h"
#include "accesscontrol.h"
#include "domain/role.h"
#include "trainingwrites.h"

#include "auditwriter.h"
#include "clock.h"
#include "storage/database.h"
#include "storage/staffrepository.h"
#include "storage/trainingrepository.h"
#include "storage/transaction.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

bool isFinal(const QString &status)
{
    return status == EnrolmentStatus::Completed || status == EnrolmentStatus::Dropped;
}

} // namespace

bool TrainingService::canAdvance(const QString &from, const QString &to)
{
    if (isFinal(from) || !EnrolmentStatus::table().contains(from))
        return false;
    if (to == EnrolmentStatus::Dropped)
        return true;
    return (from == EnrolmentStatus::Planned && to == EnrolmentStatus::Enrolled)
        || (from == EnrolmentStatus::Enrolled && to == EnrolmentStatus::Attending)
        || (from == EnrolmentStatus::Attending && to == EnrolmentStatus::Completed);
}

EnrolmentResult TrainingService::enrol(const TrainingEnrolment &input)
{
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::TrainingWrite, input.staffCode);
        !denied.ok())
        return EnrolmentResult{denied, 0};
    EnrolmentResult result;
    TrainingRepository repo(m_db.connection());
    StaffRepository staff(m_db.connection());
    QString error;
    TrainingEnrolment e = input;
    e.id = 0;
    e.staffCode = e.staffCode.trimmed();
    e.courseCode = e.courseCode.trimmed();
    e.note = e.note.trimmed();
    FieldErrors &errors = result.fieldErrors;

    if (!input.status.isEmpty() && input.status != EnrolmentStatus::Planned)
        errors.push_back({u"status"_s, tr("a new enrolment is planned; it moves on through its lifecycle")});
    e.status = QString(EnrolmentStatus::Planned);
    if (input.id != 0)
        errors.push_back({u"id"_s, tr("the enrolment is already stored (id %1)").arg(input.id)});

    const QDate onDate = e.startDate.isValid() ? e.startDate : m_clock.today();
    std::optional<StaffMember> member;
    if (e.staffCode.isEmpty()) {
        errors.push_back({u"staff_code"_s, tr("the person is required")});
    } else {
        member = staff.find(e.staffCode, &error);
        if (!member && error.isEmpty())
            errors.push_back({u"staff_code"_s, tr("no person has the code %1").arg(e.staffCode)});
        else if (member && !member->isInServiceOn(onDate))
            errors.push_back({u"staff_code"_s, tr("%1 is not in service on %2")
                                                   .arg(member->fullName, onDate.toString(u"dd/MM/yyyy"_s))});
    }
    std::optional<TrainingCourse> course;
    if (e.courseCode.isEmpty()) {
        errors.push_back({u"course_code"_s, tr("the course is required")});
    } else if (error.isEmpty()) {
        course = repo.findCourse(e.courseCode, &error);
        if (!course && error.isEmpty())
            errors.push_back({u"course_code"_s, tr("no course has the code %1").arg(e.courseCode)});
        else if (course && !course->active)
            errors.push_back({u"course_code"_s, tr("the course %1 is retired and no longer offered").arg(course->nameVi)});
    }
    if (e.planId < 0)
        e.planId = 0;
    if (e.planId > 0 && error.isEmpty() && !repo.findPlan(e.planId, &error) && error.isEmpty())
        errors.push_back({u"plan_id"_s, tr("there is no plan %1").arg(e.planId)});
    if (course && !e.endDate.isValid() && e.startDate.isValid())
        e.endDate = course->endFrom(e.startDate);
    if (e.startDate.isValid() && e.endDate.isValid() && e.endDate < e.startDate)
        errors.push_back({u"end_date"_s, tr("the end (%1) is before the start (%2)")
                                             .arg(e.endDate.toString(u"dd/MM/yyyy"_s), e.startDate.toString(u"dd/MM/yyyy"_s))});
    if (e.cost < 0)
        errors.push_back({u"cost"_s, tr("the cost cannot be negative")});
    if (!e.certificateNo.trimmed().isEmpty() || e.certificateDate.isValid())
        errors.push_back({u"certificate_no"_s, tr("a certificate is recorded on completion, not when planning")});
    // The same person in the same course twice while the first is still open.
    if (member && course && error.isEmpty()) {
        for (const TrainingEnrolment &other : repo.enrolmentsOf(e.staffCode, &error)) {
            if (other.courseCode == e.courseCode && !isFinal(other.status)) {
                errors.push_back({u"course_code"_s, tr("%1 is already %2 in this course (enrolment %3)")
                                                        .arg(member->fullName, EnrolmentStatus::table().label(other.status))
                                                        .arg(other.id)});
                break;
            }
        }
    }
    if (member && course && error.isEmpty() && errors.empty()) {
        const QString problem = ineligibility({{e.staffCode, e.courseCode, onDate}}).front();
        if (!problem.isEmpty())
            errors.push_back({u"staff_code"_s, problem});
    }
    if (!error.isEmpty()) {
        result.fieldErrors.clear();
        result.error = tr("cannot plan the enrolment: %1").arg(error);
        return result;
    }
    if (!errors.empty())
        return result;

    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    qint64 id = 0;
    if (tx.isActive())
        id = repo.writeEnrolment(e, &error);
    e.id = id;
    if (id <= 0 || !audit.enrolmentChanged(u"insert"_s, std::nullopt, e, &error)
        || !tx.commit()) {
        result.error = tr("cannot plan the enrolment: %1").arg(error);
        return result;
    }
    result.id = id;
    return result;
}

EnrolmentResult TrainingService::advance(qint64 enrolmentId, const QString &toStatus, const EnrolmentStep &step)
{
    EnrolmentResult result;
    TrainingRepository repo(m_db.connection());
    QString error;
    const std::optional<TrainingEnrolment> before = repo.findEnrolment(enrolmentId, &error);
    if (!before) {
        result.error = error.isEmpty() ? tr("there is no enrolment %1").arg(enrolmentId)
                                       : tr("cannot read the enrolment: %1").arg(error);
        return result;
    }
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::TrainingWrite, before->staffCode);
        !denied.ok())
        return EnrolmentResult{denied, 0};
    FieldErrors &errors = result.fieldErrors;
    const CodeTable &statuses = EnrolmentStatus::table();
    if (!statuses.contains(toStatus)) {
        errors.push_back({u"status"_s, tr("unknown status %1").arg(toStatus)});
        return result;
    }
    if (isFinal(before->status)) {
        errors.push_back({u"status"_s, tr("the enrolment is %1: it is locked").arg(statuses.label(before->status))});
        return result;
    }
    if (!canAdvance(before->status, toStatus)) {
        errors.push_back({u"status"_s, tr("an enrolment cannot go from %1 to %2")
                                           .arg(statuses.label(before->status), statuses.label(toStatus))});
        return result;
    }

    TrainingEnrolment after = *before;
    after.status = toStatus;
    const QDate today = m_clock.today();
    const QString reason = step.reason.trimmed();
    if (toStatus == EnrolmentStatus::Attending && step.date.isValid()) {
        if (step.date > today)
            errors.push_back({u"start_date"_s, tr("the start (%1) is in the future").arg(step.date.toString(u"dd/MM/yyyy"_s))});
        after.startDate = step.date;
    }
    if (toStatus == EnrolmentStatus::Completed) {
        after.certificateNo = step.certificateNo.trimmed();
        after.certificateDate = step.certificateDate;
        if (after.certificateNo.isEmpty())
            errors.push_back({u"certificate_no"_s, tr("the certificate number is required to complete the course")});
        if (!step.certificateDate.isValid())
            errors.push_back({u"certificate_date"_s, tr("the certificate date is required to complete the course")});
        else if (step.certificateDate > today)
            errors.push_back({u"certificate_date"_s, tr("the certificate date (%1) is in the future")
                                                          .arg(step.certificateDate.toString(u"dd/MM/yyyy"_s))});
        else if (before->startDate.isValid() && step.certificateDate < before->startDate)
            errors.push_back({u"certificate_date"_s, tr("the certificate date (%1) is before the start (%2)")
                                                          .arg(step.certificateDate.toString(u"dd/MM/yyyy"_s),
                                                               before->startDate.toString(u"dd/MM/yyyy"_s))});
    }
    if (toStatus == EnrolmentStatus::Dropped) {
        if (reason.isEmpty())
            errors.push_back({u"reason"_s, tr("the reason for dropping the course is required")});
        else
            after.note = after.note.isEmpty() ? reason : after.note + u'\n' + reason;
    }
    if ((toStatus == EnrolmentStatus::Completed || toStatus == EnrolmentStatus::Dropped) && step.date.isValid()) {
        if (after.startDate.isValid() && step.date < after.startDate)
            errors.push_back({u"end_date"_s, tr("the end (%1) is before the start (%2)")
                                                 .arg(step.date.toString(u"dd/MM/yyyy"_s),
                                                      after.startDate.toString(u"dd/MM/yyyy"_s))});
        after.endDate = step.date;
    }
    if (!errors.empty())
        return result;

    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    const bool ok = tx.isActive() && repo.writeEnrolment(after, &error) == after.id
        && audit.enrolmentChanged(u"update"_s, before, after, &error,
                                 toStatus == EnrolmentStatus::Dropped ? reason : QString())
        // Completion: what the course grants goes on the person's record (a level never goes down).
        && (toStatus != EnrolmentStatus::Completed
            || TrainingWrites::applyCompletion(m_db.connection(), audit, after, &error))
        && tx.commit();
    if (!ok) {
        result.error = tr("cannot update the enrolment: %1").arg(error);
        return result;
    }
    result.id = after.id;
    return result;
}

EnrolmentResult TrainingService::removeEnrolment(qint64 enrolmentId)
{
    EnrolmentResult result;
    TrainingRepository repo(m_db.connection());
    QString error;
    const std::optional<TrainingEnrolment> before = repo.findEnrolment(enrolmentId, &error);
    if (!before) {
        result.error = error.isEmpty() ? tr("there is no enrolment %1").arg(enrolmentId)
                                       : tr("cannot read the enrolment: %1").arg(error);
        return result;
    }
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::TrainingWrite, before->staffCode);
        !denied.ok())
        return EnrolmentResult{denied, 0};
    if (before->status != EnrolmentStatus::Planned) {
        result.fieldErrors.push_back(
            {u"status"_s, tr("only a planned enrolment can be deleted; this one is %1 (drop it instead)")
                              .arg(EnrolmentStatus::table().label(before->status))});
        return result;
    }
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    if (!tx.isActive() || !repo.removeEnrolment(enrolmentId, &error)
        || !audit.enrolmentChanged(u"delete"_s, before, std::nullopt, &error)
        || !tx.commit()) {
        result.error = tr("cannot delete the enrolment: %1").arg(error);
        return result;
    }
    result.id = enrolmentId;
    return result;
}

bool TrainingWrites::applyCompletion(QSqlDatabase db, AuditWriter &audit, const TrainingEnrolment &completed,
                                     QString *error)
{
    QString err;
    const std::optional<TrainingCourse> course = TrainingRepository(db).findCourse(completed.courseCode, &err);
    StaffRepository staff(db);
    const std::optional<StaffMember> before = err.isEmpty() ? staff.find(completed.staffCode, &err) : std::nullopt;
    if (!course || !before) {
        *error = err.isEmpty() ? TrainingService::tr("the course or the person no longer exists") : err;
        return false;
    }
    const StaffMember after = course->appliedTo(*before);
    if (after == *before)
        return true; // already as high: the record stays as it is
    return staff.upsert(after, error) && audit.staffChanged(u"update"_s, before, after, error);
}

std::vector<TrainingEnrolment> TrainingService::enrolments(const TrainingEnrolmentFilter &filter) const
{
    TrainingRepository repo(m_db.connection());
    std::vector<TrainingEnrolment> all =
        filter.staffCode.isEmpty() ? repo.enrolments(filter.planId) : repo.enrolmentsOf(filter.staffCode);
    QHash<qint64, int> planYears;
    if (filter.year > 0) {
        for (const TrainingPlan &p : repo.plans(filter.year))
            planYears.insert(p.id, p.year);
    }
    std::erase_if(all, [&](const TrainingEnrolment &e) {
        if (filter.planId >= 0 && e.planId != filter.planId)
            return true;
        if (!filter.status.isEmpty() && e.status != filter.status)
            return true;
        if (filter.year > 0) {
            const int year = e.planId > 0 ? planYears.value(e.planId, 0) : e.startDate.year();
            if (year != filter.year)
                return true;
        }
        return false;
    });
    return all;
}
