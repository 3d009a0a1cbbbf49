// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "clock.h"
#include "qualificationservice.h"
#include "storage/database.h"
#include "storage/staffrepository.h"
#include "storage/trainingrepository.h"
#include "storage/transaction.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

TrainingService::TrainingService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

std::vector<TrainingCourse> TrainingService::catalogue(bool activeOnly) const
{
    return TrainingRepository(m_db.connection()).courses(activeOnly);
}

std::optional<TrainingCourse> TrainingService::findCourse(const QString &code) const
{
    return TrainingRepository(m_db.connection()).findCourse(code);
}

SaveResult TrainingService::saveCourse(const TrainingCourse &input)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::TrainingWrite); !denied.ok())
        return denied;
    SaveResult result;
    result.fieldErrors = TrainingCourseValidator::validate(input);
    if (!result.ok())
        return result;
    TrainingRepository repo(m_db.connection());
    QString error;
    const std::optional<TrainingCourse> before = repo.findCourse(input.code, &error);
    if (!error.isEmpty()) {
        result.error = tr("cannot save the course: %1").arg(error);
        return result;
    }
    TrainingCourse course = input;
    course.origin = !before ? u"added"_s : before->origin == "shipped"_L1 ? u"edited"_s : before->origin;
    if (!before && course.ordinal <= 0) {
        int last = 0;
        for (const TrainingCourse &c : repo.courses(false, &error))
            last = std::max(last, c.ordinal);
        course.ordinal = last + 1;
    }
    if (before) {
        TrainingCourse same = course;
        same.origin = before->origin;
        if (same == *before)
            return result; // nothing to change: no audit row
    }
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    if (!tx.isActive() || !repo.upsertCourse(course, &error)
        || !audit.recordChanged(before ? u"update"_s : u"insert"_s, u"training_course"_s, course.code,
                                before ? TrainingCatalogueJson::toCompactJson(*before) : QString(),
                                TrainingCatalogueJson::toCompactJson(course), &error)
        || !tx.commit())
        result.error = tr("cannot save the course: %1").arg(error);
    return result;
}

TrainingNeedsReport TrainingService::needs(const QDate &asOf, const TrainingNeedFilter &filter) const
{
    TrainingNeedsReport out;
    out.asOf = asOf;
    out.filter = filter;
    // The gaps: the qualification report (scope, successors, standards, the difficult-area rule) ...
    const QualificationService qualification(m_db, m_clock);
    const QualificationReport report = qualification.report(asOf, filter.unitCode);
    if (!report.error.isEmpty()) {
        out.error = report.error;
        return out;
    }
    // ... then, in a fixed number of queries, what deriving the needs reads besides.
    QString error;
    const StandardCatalogue standards = qualification.catalogue();
    const std::vector<StaffMember> staff =
        StaffRepository(m_db.connection()).inService(QualificationService::categories(), asOf, &error);
    const std::vector<TrainingCourse> courses = error.isEmpty() ? TrainingRepository(m_db.connection()).courses(true, &error)
                                                                : std::vector<TrainingCourse>{};
    if (!error.isEmpty()) {
        out.error = tr("cannot read the staff and the course catalogue: %1").arg(error);
        return out;
    }
    QHash<QString, const StaffMember *> byCode;
    byCode.reserve(qsizetype(staff.size()));
    for (const StaffMember &m : staff)
        byCode.insert(m.code, &m);
    QHash<QString, bool> difficult;
    for (const UnitQualification &u : report.units)
        difficult.insert(u.code, u.difficultArea);

    for (const PersonQualification &p : report.people) {
        if (p.status != QualificationResult::Status::NotQualified)
            continue;
        if (!filter.position.isEmpty() && p.position != filter.position)
            continue;
        const StaffMember *member = byCode.value(p.code);
        if (!member)
            continue;
        const TitleStandard *standard = standards.inForce(member->position, asOf);
        std::vector<TrainingNeed> needs = TrainingNeeds::derive(*member, standard, difficult.value(p.unitCode),
                                                                report.difficultAreaRule, courses);
        if (!filter.kind.isEmpty())
            std::erase_if(needs, [&](const TrainingNeed &n) { return n.kind != filter.kind; });
        if (needs.empty())
            continue;
        PersonTrainingNeeds person;
        person.code = p.code;
        person.fullName = p.fullName;
        person.unitCode = p.unitCode;
        person.position = p.position;
        person.deadline = p.deadline;
        for (const TrainingNeed &n : needs) {
            ++out.needs;
            if (!n.closable())
                ++out.unclosable;
        }
        person.needs = std::move(needs);
        out.people.push_back(std::move(person));
    }
    return out;
}
