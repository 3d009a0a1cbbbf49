// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotraining.h"

#include "auditwriter.h"
#include "trainingservice.h"
#include "trainingwrites.h"
#include "storage/database.h"
#include "qualificationservice.h"
#include "storage/staffrepository.h"
#include "storage/trainingrepository.h"

#include <QHash>
#include <QSet>

#include <limits>
#include <random>

using namespace Qt::StringLiterals;

namespace {

/** A number in [0, n) from the engine, the same on every machine (no std distributions). */
int below(std::mt19937 &rng, int n)
{
    return int(rng() % quint32(n));
}

/** The demo's plans: year, start of every course, the share of the proposal's cost the budget pays (%), title. */
struct DemoPlan
{
    int year;
    QDate start;
    int budgetShare;
    QString title;
};

/** No limit: the proposal with every need a course closes, cut to the budget afterwards. */
constexpr qint64 kUnlimited = std::numeric_limits<qint64>::max() / 4;

/**
 * The proposal's enrolments the plan's budget pays for: the budget is budgetShare % of their cost (whole
 * millions of VND); in the proposal's order (earliest deadline first), each that still fits, as the planner
 * spends a budget.
 */
std::vector<ProposedEnrolment> withinBudget(const std::vector<ProposedEnrolment> &proposed, int budgetShare,
                                            qint64 *budget)
{
    qint64 wanted = 0;
    for (const ProposedEnrolment &p : proposed)
        wanted += p.cost;
    *budget = (wanted * budgetShare / 100) / 1'000'000 * 1'000'000;
    std::vector<ProposedEnrolment> out;
    qint64 spent = 0;
    for (const ProposedEnrolment &p : proposed) {
        if (spent + p.cost > *budget)
            continue; // the budget is exhausted for this one: left for a later plan
        spent += p.cost;
        out.push_back(p);
    }
    return out;
}

/** Until when the demo's 2026 plan has run (the demo is "late November 2026", as the evaluations). */
const QDate kStateOn(2026, 11, 20);

/** Writes plan and its enrolments (planned), audited; returns the stored enrolments, or nothing with *error. */
std::vector<TrainingEnrolment> writePlan(TrainingRepository &repo, AuditWriter &audit, TrainingPlan plan,
                                         const std::vector<ProposedEnrolment> &proposed, QString *error)
{
    std::vector<TrainingEnrolment> out;
    plan.id = repo.writePlan(plan, error);
    if (plan.id <= 0 || !audit.trainingPlanChanged(u"insert"_s, std::nullopt, plan, error))
        return {};
    for (const ProposedEnrolment &p : proposed) {
        TrainingEnrolment e;
        e.planId = plan.id;
        e.staffCode = p.staffCode;
        e.courseCode = p.courseCode;
        e.startDate = p.start;
        e.endDate = p.end;
        e.cost = p.cost;
        e.note = p.note;
        e.id = repo.writeEnrolment(e, error);
        if (e.id <= 0 || !audit.enrolmentChanged(u"insert"_s, std::nullopt, e, error))
            return {};
        out.push_back(e);
    }
    return out;
}

/** One step of the lifecycle, as TrainingService::advance writes it (completion moves the record). */
bool step(QSqlDatabase db, TrainingRepository &repo, AuditWriter &audit, TrainingEnrolment *e, const QString &to,
          QString *error, const QString &reason = {})
{
    const TrainingEnrolment before = *e;
    e->status = to;
    if (!reason.isEmpty())
        e->note = e->note.isEmpty() ? reason : e->note + u'\n' + reason;
    return repo.writeEnrolment(*e, error) == e->id && audit.enrolmentChanged(u"update"_s, before, *e, error, reason)
        && (to != EnrolmentStatus::Completed || TrainingWrites::applyCompletion(db, audit, *e, error));
}

} // namespace

namespace DemoTraining {

bool fill(Database &db, const Clock &clock, const QString &actor, quint32 seed, QString *error)
{
    std::mt19937 rng(seed ^ 0x5452414eu); // "TRAN"
    TrainingService service(db, clock);
    TrainingRepository repo(db.connection());
    AuditWriter audit(db.connection(), clock, actor);
    const QSqlDatabase connection = db.connection();
    const QStringList dropReasons{u"Nghỉ thai sản"_s, u"Điều động công tác khác"_s, u"Nghỉ ốm dài ngày"_s,
                                  u"Trùng lịch tiếp công dân cao điểm"_s};

    // 2026: the office plan proposed on its start, then run until late November 2026.
    const DemoPlan first{2026, QDate(2026, 3, 2), 85, u"Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức cấp xã năm 2026"_s};
    const DemoPlan second{2027, QDate(2027, 1, 4), 80, u"Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức cấp xã năm 2027"_s};

    // One proposal per year (each reads everyone's needs once), cut to the year's budget.
    const TrainingProposal proposal2026 = service.proposePlan(first.year, {}, kUnlimited, first.start);
    if (!proposal2026.error.isEmpty()) {
        *error = proposal2026.error;
        return false;
    }
    qint64 budget2026 = 0;
    std::vector<ProposedEnrolment> chosen2026 = withinBudget(proposal2026.enrolments, first.budgetShare, &budget2026);
    // The manager adds short refresher courses (bồi dưỡng) to the proposal: they are what finishes in 2026.
    QString readError;
    const std::vector<StaffMember> staff =
        StaffRepository(db.connection()).inService(QualificationService::categories(), first.start, &readError);
    const std::optional<TrainingCourse> itCourse = repo.findCourse(u"tin_hoc_co_ban"_s, &readError);
    const std::optional<TrainingCourse> qlnnCourse = repo.findCourse(u"qlnn_chuyen_vien"_s, &readError);
    const std::optional<TrainingCourse> hoTichCourse = repo.findCourse(u"nghiep_vu_ho_tich"_s, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    const QList<QDate> sessions{QDate(2026, 4, 6), QDate(2026, 6, 1), QDate(2026, 8, 10), QDate(2026, 10, 12)};
    qint64 extra = 0;
    for (const StaffMember &m : staff) {
        const TrainingCourse *course = nullptr;
        if (m.itSkill.isEmpty() && itCourse && itCourse->active)
            course = &*itCourse;
        else if (m.stateManagement.isEmpty() && qlnnCourse && qlnnCourse->active)
            course = &*qlnnCourse;
        else if (m.position == "tu_phap_ho_tich"_L1 && hoTichCourse && hoTichCourse->active)
            course = &*hoTichCourse;
        if (!course || below(rng, 3) != 0)
            continue;
        ProposedEnrolment p;
        p.staffCode = m.code;
        p.fullName = m.fullName;
        p.courseCode = course->code;
        p.start = sessions.at(below(rng, int(sessions.size())));
        p.end = course->endFrom(p.start);
        p.cost = course->cost;
        chosen2026.push_back(p);
        extra += p.cost;
    }
    std::vector<TrainingEnrolment> enrolments2026 = writePlan(
        repo, audit, TrainingPlan{0, first.year, {}, first.title, budget2026 + extra, {}}, chosen2026, error);
    if (enrolments2026.empty() && !error->isEmpty())
        return false;
    QSet<QString> stillOpen; // person|course kind of open 2026 enrolments: not proposed again for 2027
    QHash<QString, QString> kindOf;
    for (const TrainingCourse &c : repo.courses(false, error))
        kindOf.insert(c.code, c.kind);
    int certificate = 0;
    // Outcomes in a fixed mix (so that every status shows, whatever the seed), shifted by the seed.
    int ended = below(rng, 10);
    int running = below(rng, 8);
    for (TrainingEnrolment &e : enrolments2026) {
        bool ok = true;
        if (e.endDate.isValid() && e.endDate <= kStateOn.addDays(-10)) {
            const int roll = (ended++ % 10) * 10;
            // Ended: most completed with their certificate a week later, a few dropped, a few still sitting exams.
            if (roll < 70) {
                e.certificateNo = u"%1/%2/CC-BD"_s.arg(++certificate, 3, 10, QChar(u'0')).arg(first.year);
                e.certificateDate = e.endDate.addDays(7);
                ok = step(connection, repo, audit, &e, QString(EnrolmentStatus::Enrolled), error)
                    && step(connection, repo, audit, &e, QString(EnrolmentStatus::Attending), error)
                    && step(connection, repo, audit, &e, QString(EnrolmentStatus::Completed), error);
            } else if (roll < 85) {
                ok = step(connection, repo, audit, &e, QString(EnrolmentStatus::Enrolled), error)
                    && step(connection, repo, audit, &e, QString(EnrolmentStatus::Dropped), error,
                            dropReasons.at(below(rng, int(dropReasons.size()))));
            } else {
                ok = step(connection, repo, audit, &e, QString(EnrolmentStatus::Enrolled), error)
                    && step(connection, repo, audit, &e, QString(EnrolmentStatus::Attending), error);
            }
        } else {
            const int roll = (running++ % 8) * 12;
            // Still running (long programmes): attending, a few only enrolled, now and then dropped.
            if (roll < 65) {
                ok = step(connection, repo, audit, &e, QString(EnrolmentStatus::Enrolled), error)
                    && step(connection, repo, audit, &e, QString(EnrolmentStatus::Attending), error);
            } else if (roll < 80) {
                ok = step(connection, repo, audit, &e, QString(EnrolmentStatus::Enrolled), error);
            } else {
                ok = step(connection, repo, audit, &e, QString(EnrolmentStatus::Dropped), error,
                          dropReasons.at(below(rng, int(dropReasons.size()))));
            }
        }
        if (!ok)
            return false;
        if (e.status != EnrolmentStatus::Completed && e.status != EnrolmentStatus::Dropped)
            stillOpen.insert(e.staffCode + u'|' + kindOf.value(e.courseCode));
    }

    // 2027: proposed on the records as 2026 left them, without the needs already in an open course; the
    // budget pays for about four in five of the rest.
    TrainingProposal proposal2027 = service.proposePlan(second.year, {}, kUnlimited, second.start);
    if (!proposal2027.error.isEmpty()) {
        *error = proposal2027.error;
        return false;
    }
    std::erase_if(proposal2027.enrolments, [&](const ProposedEnrolment &p) {
        return stillOpen.contains(p.staffCode + u'|' + kindOf.value(p.courseCode));
    });
    qint64 budget2027 = 0;
    const std::vector<ProposedEnrolment> chosen2027 = withinBudget(proposal2027.enrolments, second.budgetShare, &budget2027);
    writePlan(repo, audit, TrainingPlan{0, second.year, {}, second.title, budget2027, {}}, chosen2027, error);
    return error->isEmpty();
}

} // namespace DemoTraining
