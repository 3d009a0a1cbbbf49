// SPDX-License-Identifier: GPL-3.0-or-later
// ArchiveService::plan and apply: the import of an archive against this database. A record absent here
// is added; one the archive completes (a field empty here, a draft the archive has decided) is changed;
// two different values are a conflict, listed and never overwritten (docs/archive.md "Import").
#include "archiveservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "exchange/recordarchive.h"
#include "storage/database.h"
#include "storage/disciplinerepository.h"
#include "storage/evaluationrepository.h"
#include "storage/periodscorerepository.h"
#include "storage/reviewrepository.h"
#include "storage/settingrepository.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString boolText(bool b)
{
    return b ? u"true"_s : u"false"_s;
}

/**
 * Merges the archive's values into a record of this database, field by field: equal → nothing; empty
 * here → taken from the archive (the record is completed); empty in the archive → kept; both set and
 * different → a conflict, kept as here.
 */
class Merger
{
public:
    Merger(QString kind, QString key, int year) : m_kind(std::move(kind)), m_key(std::move(key)), m_year(year) { }

    void text(const char *field, QString &here, const QString &archived)
    {
        if (here == archived || archived.isEmpty())
            return;
        if (here.isEmpty()) {
            here = archived;
            m_completed = true;
            return;
        }
        conflict(field, here, archived);
    }
    void date(const char *field, QDate &here, const QDate &archived)
    {
        if (here == archived || !archived.isValid())
            return;
        if (!here.isValid()) {
            here = archived;
            m_completed = true;
            return;
        }
        conflict(field, dateText(here), dateText(archived));
    }
    void optionalInt(const char *field, std::optional<int> &here, const std::optional<int> &archived)
    {
        if (here == archived || !archived)
            return;
        if (!here) {
            here = archived;
            m_completed = true;
            return;
        }
        conflict(field, QString::number(*here), QString::number(*archived));
    }
    void optionalBool(const char *field, std::optional<bool> &here, const std::optional<bool> &archived)
    {
        if (here == archived || !archived)
            return;
        if (!here) {
            here = archived;
            m_completed = true;
            return;
        }
        conflict(field, boolText(*here), boolText(*archived));
    }
    /** A number whose emptyValue means "not recorded" (e.g. 0 members). */
    void number(const char *field, int &here, int archived, int emptyValue)
    {
        if (here == archived || archived == emptyValue)
            return;
        if (here == emptyValue) {
            here = archived;
            m_completed = true;
            return;
        }
        conflict(field, QString::number(here), QString::number(archived));
    }
    /** A value that has no "empty": any difference is a conflict. */
    void exact(const char *field, const QString &here, const QString &archived)
    {
        if (here != archived)
            conflict(field, here, archived);
    }
    /** A workflow state: an archive further along completes the record; one behind it changes nothing. */
    void ranked(const char *field, QString &here, const QString &archived, const QStringList &order)
    {
        if (here == archived)
            return;
        const qsizetype h = order.indexOf(here), a = order.indexOf(archived);
        if (h >= 0 && a > h) {
            here = archived;
            m_completed = true;
        } else if (h < 0 || a < 0) {
            conflict(field, here, archived);
        }
    }
    void conflict(const char *field, const QString &here, const QString &archived)
    {
        m_conflicts.push_back(ArchiveConflict{m_kind, m_key, QString::fromLatin1(field), here, archived, m_year});
    }

    void markCompleted() { m_completed = true; }
    [[nodiscard]] bool completed() const { return m_completed; }
    [[nodiscard]] const std::vector<ArchiveConflict> &conflicts() const { return m_conflicts; }

private:
    QString m_kind;
    QString m_key;
    int m_year = 0;
    bool m_completed = false;
    std::vector<ArchiveConflict> m_conflicts;
};

/** Records the outcome of one record in the plan; returns true when it is to be written. */
bool settle(ArchivePlan &plan, ArchiveKindPlan &kind, const QString &key, bool exists, const Merger &merger)
{
    if (!exists) {
        kind.added.append(key);
        return true;
    }
    if (!merger.conflicts().empty()) {
        kind.conflicts.append(key);
        plan.conflicts.insert(plan.conflicts.end(), merger.conflicts().begin(), merger.conflicts().end());
        return false; // a record with a conflict is left as it is, completions included
    }
    if (merger.completed()) {
        kind.changed.append(key);
        return true;
    }
    kind.unchanged.append(key);
    return false;
}

const QStringList &evaluationOrder()
{
    static const QStringList order{u"draft"_s, u"self_assessed"_s, u"proposed"_s, u"decided"_s};
    return order;
}

QString itemsText(const std::vector<TaskItem> &items)
{
    QStringList parts;
    for (const TaskItem &t : items) {
        parts << u"%1 (%2/%3, q%4 l%5 x%6, w%7)"_s.arg(t.title)
                     .arg(t.done)
                     .arg(t.assigned)
                     .arg(t.qualityFailures)
                     .arg(t.lateFailures)
                     .arg(t.excusedFailures)
                     .arg(t.weight);
    }
    return parts.join(u"; "_s);
}

bool sameItems(std::vector<TaskItem> a, std::vector<TaskItem> b)
{
    for (TaskItem &t : a)
        t.id = 0;
    for (TaskItem &t : b)
        t.id = 0;
    return a == b;
}

} // namespace

ArchivePlan ArchiveService::plan(const QByteArray &bytes) const
{
    ArchivePlan plan;
    plan.bytes = bytes;
    const RecordArchive::ReadResult read = RecordArchive::read(bytes);
    plan.inspection.format = read.format;
    plan.inspection.sha256 = read.sha256;
    if (!read.ok()) {
        plan.inspection.error = read.error;
        plan.error = read.error;
        return plan;
    }
    const ArchiveSnapshot &s = *read.snapshot;
    plan.inspection.meta = s.meta;
    plan.inspection.counts = counts(s);
    for (const QString &k : ArchiveKinds::all())
        plan.kinds.push_back(ArchiveKindPlan{k, {}, {}, {}, {}});
    auto kindPlan = [&](const char *k) -> ArchiveKindPlan & {
        return *std::find_if(plan.kinds.begin(), plan.kinds.end(),
                             [&](const ArchiveKindPlan &p) { return p.kind == QLatin1StringView(k); });
    };

    QString error;
    const QSqlDatabase c = m_db.connection();
    UnitRepository units(c);
    StaffRepository staff(c);
    EvaluationRepository evaluations(c);
    PeriodScoreRepository periods(c);
    DisciplineRepository discipline(c);
    ReviewRepository reviews(c);
    SettingRepository settings(c);

    for (const OrgUnit &a : s.units) {
        const auto here = units.find(a.code, &error);
        OrgUnit merged = here.value_or(a);
        Merger m(QString::fromLatin1(ArchiveKinds::Units), a.code, 0);
        if (here) {
            m.text("name", merged.name, a.name);
            m.text("kind", merged.kind, a.kind);
            m.text("parent_code", merged.parentCode, a.parentCode);
            m.date("valid_from", merged.validFrom, a.validFrom);
            m.date("valid_to", merged.validTo, a.validTo);
            m.exact("difficult_area", boolText(merged.difficultArea), boolText(a.difficultArea));
            m.text("successor_code", merged.successorCode, a.successorCode);
        }
        if (settle(plan, kindPlan(ArchiveKinds::Units), a.code, here.has_value(), m))
            plan.writes.units.push_back(merged);
    }
    for (const StaffMember &a : s.staff) {
        const auto here = staff.find(a.code, &error);
        StaffMember merged = here.value_or(a);
        Merger m(QString::fromLatin1(ArchiveKinds::Staff), a.code, 0);
        if (here) {
            m.text("full_name", merged.fullName, a.fullName);
            m.date("birth_date", merged.birthDate, a.birthDate);
            m.text("gender", merged.gender, a.gender);
            m.text("unit_code", merged.unitCode, a.unitCode);
            m.text("category", merged.category, a.category);
            m.text("position", merged.position, a.position);
            m.optionalBool("is_leader", merged.isLeader, a.isLeader);
            m.date("start_date", merged.startDate, a.startDate);
            m.date("end_date", merged.endDate, a.endDate);
            m.text("general_education", merged.generalEducation, a.generalEducation);
            m.text("professional_level", merged.professionalLevel, a.professionalLevel);
            m.text("professional_field", merged.professionalField, a.professionalField);
            m.text("political_theory", merged.politicalTheory, a.politicalTheory);
            m.text("state_management", merged.stateManagement, a.stateManagement);
            m.text("it_skill", merged.itSkill, a.itSkill);
            m.text("foreign_language", merged.foreignLanguage, a.foreignLanguage);
            m.optionalBool("ethnic_minority", merged.ethnicMinority, a.ethnicMinority);
        }
        if (settle(plan, kindPlan(ArchiveKinds::Staff), a.code, here.has_value(), m))
            plan.writes.staff.emplace_back(merged, here.has_value());
    }
    for (const Evaluation &a : s.evaluations) {
        const QString key = a.staffCode + u'/' + QString::number(a.year);
        const auto here = evaluations.find(a.staffCode, a.year, &error);
        Evaluation merged = a;
        Merger m(QString::fromLatin1(ArchiveKinds::Evaluations), key, a.year);
        if (here) {
            const qsizetype rankHere = evaluationOrder().indexOf(here->status);
            const qsizetype rankArchived = evaluationOrder().indexOf(a.status);
            if (here->finalLevel.isEmpty() && !a.finalLevel.isEmpty() && rankHere < rankArchived) {
                // A draft here that the archive has decided: the decided record completes it.
                merged.id = here->id;
                if (!(merged == *here))
                    m.markCompleted();
            } else {
                merged = *here;
                m.text("task_group", merged.taskGroup, a.taskGroup);
                m.number("months_worked", merged.monthsWorked, a.monthsWorked, -1);
                m.number("months_absent", merged.monthsAbsent, a.monthsAbsent, -1);
                m.exact("maternity_leave", boolText(merged.maternityLeave), boolText(a.maternityLeave));
                m.optionalInt("score", merged.scoreTenths, a.scoreTenths);
                m.text("self_level", merged.selfLevel, a.selfLevel);
                m.text("proposed_level", merged.proposedLevel, a.proposedLevel);
                m.text("final_level", merged.finalLevel, a.finalLevel);
                m.exact("initiative", boolText(merged.initiative), boolText(a.initiative));
                m.text("note", merged.note, a.note);
                m.ranked("status", merged.status, a.status, evaluationOrder());
                m.text("override_reason", merged.overrideReason, a.overrideReason);
                m.text("decision_no", merged.decisionNo, a.decisionNo);
                m.date("decision_date", merged.decisionDate, a.decisionDate);
            }
        }
        if (settle(plan, kindPlan(ArchiveKinds::Evaluations), key, here.has_value(), m))
            plan.writes.evaluations.push_back(merged);
    }
    for (const ArchiveForm &a : s.forms) {
        const QString key = a.staffCode + u'/' + QString::number(a.year);
        const auto here = evaluations.form(a.staffCode, a.year, &error);
        ArchiveForm merged = a;
        Merger m(QString::fromLatin1(ArchiveKinds::Forms), key, a.year);
        if (here) {
            merged.form = *here;
            EvaluationForm &f = merged.form;
            m.text("politics", f.politics, a.form.politics);
            m.text("ethics", f.ethics, a.form.ethics);
            m.text("work_style", f.workStyle, a.form.workStyle);
            m.text("discipline", f.discipline, a.form.discipline);
            m.text("task_results", f.taskResults, a.form.taskResults);
            m.text("leader_unit_results", f.leaderUnitResults, a.form.leaderUnitResults);
            m.text("leader_capacity", f.leaderCapacity, a.form.leaderCapacity);
            m.text("leader_unity", f.leaderUnity, a.form.leaderUnity);
            m.text("strengths", f.strengths, a.form.strengths);
            m.text("weaknesses", f.weaknesses, a.form.weaknesses);
            m.text("collective_comments", f.collectiveComments, a.form.collectiveComments);
            m.text("manager_comments", f.managerComments, a.form.managerComments);
        }
        if (settle(plan, kindPlan(ArchiveKinds::Forms), key, here.has_value(), m))
            plan.writes.forms.push_back(merged);
    }
    QHash<QString, std::vector<EvaluationPeriod>> periodsHere;
    for (const EvaluationPeriod &a : s.periods) {
        const QString key = u"%1/%2/%3-%4"_s.arg(a.staffCode).arg(a.year).arg(a.kind).arg(a.number);
        const QString personYear = a.staffCode + u'/' + QString::number(a.year);
        if (!periodsHere.contains(personYear))
            periodsHere.insert(personYear, periods.forPersonYear(a.staffCode, a.year, &error));
        std::optional<EvaluationPeriod> here;
        for (const EvaluationPeriod &p : periodsHere.value(personYear)) {
            if (p.kind == a.kind && p.number == a.number)
                here = p;
        }
        EvaluationPeriod merged = a;
        Merger m(QString::fromLatin1(ArchiveKinds::Periods), key, a.year);
        if (here) {
            merged = *here;
            m.number("general_points", merged.generalTenths, a.generalTenths, -1);
            m.text("note", merged.note, a.note);
            if (merged.items.empty() && !a.items.empty()) {
                merged.items = a.items;
                for (TaskItem &t : merged.items)
                    t.id = 0;
                m.markCompleted();
            } else if (!a.items.empty() && !sameItems(merged.items, a.items)) {
                m.conflict("items", itemsText(merged.items), itemsText(a.items));
            }
        }
        if (settle(plan, kindPlan(ArchiveKinds::Periods), key, here.has_value(), m))
            plan.writes.periods.push_back(merged);
    }
    for (const DisciplineDecision &a : s.discipline) {
        const QString key = a.staffCode + u'/' + a.decisionNo;
        const auto here = discipline.find(a.staffCode, a.decisionNo, &error);
        DisciplineDecision merged = here.value_or(a);
        Merger m(QString::fromLatin1(ArchiveKinds::Discipline), key, a.effectiveOn().year());
        if (here) {
            m.text("form", merged.form, a.form);
            m.date("decision_date", merged.decisionDate, a.decisionDate);
            m.date("effective_date", merged.effectiveDate, a.effectiveDate);
            m.date("violation_date", merged.violationDate, a.violationDate);
            m.text("reason", merged.reason, a.reason);
            m.date("detected_date", merged.detectedDate, a.detectedDate);
        }
        if (settle(plan, kindPlan(ArchiveKinds::Discipline), key, here.has_value(), m))
            plan.writes.discipline.push_back(merged);
    }
    for (const ReviewDecision &a : s.reviewDecisions) {
        const QString key = u"%1/%2/%3/%4"_s.arg(a.year).arg(a.unitCode, a.staffCode.isEmpty() ? u"-"_s : a.staffCode,
                                                      a.award);
        const auto here = reviews.decision(a.year, a.unitCode, a.staffCode, a.award, &error);
        ReviewDecision merged = here.value_or(a);
        Merger m(QString::fromLatin1(ArchiveKinds::ReviewDecisions), key, a.year);
        if (here) {
            if (merged.outcome == "proposed"_L1 && a.outcome != "proposed"_L1) {
                merged.outcome = a.outcome; // the council has voted in the archive
                m.markCompleted();
            } else if (a.outcome != "proposed"_L1) {
                m.exact("outcome", merged.outcome, a.outcome);
            }
            m.optionalInt("votes_for", merged.votesFor, a.votesFor);
            m.optionalInt("votes_against", merged.votesAgainst, a.votesAgainst);
            m.optionalInt("votes_abstain", merged.votesAbstain, a.votesAbstain);
            m.text("decision_no", merged.decisionNo, a.decisionNo);
            m.date("decision_date", merged.decisionDate, a.decisionDate);
            m.text("note", merged.note, a.note);
        } else {
            merged.id = 0;
        }
        if (settle(plan, kindPlan(ArchiveKinds::ReviewDecisions), key, here.has_value(), m))
            plan.writes.reviewDecisions.push_back(merged);
    }
    for (const ReviewMeeting &a : s.reviewMeetings) {
        const QString key = QString::number(a.year) + u'/' + a.unitCode;
        const auto here = reviews.meeting(a.year, a.unitCode, &error);
        ReviewMeeting merged = here.value_or(a);
        Merger m(QString::fromLatin1(ArchiveKinds::ReviewMeetings), key, a.year);
        if (here) {
            m.date("meeting_date", merged.meetingDate, a.meetingDate);
            m.text("place", merged.place, a.place);
            m.text("chair", merged.chair, a.chair);
            m.text("secretary", merged.secretary, a.secretary);
            m.number("members_total", merged.membersTotal, a.membersTotal, 0);
            m.number("members_present", merged.membersPresent, a.membersPresent, 0);
            m.text("note", merged.note, a.note);
        }
        if (settle(plan, kindPlan(ArchiveKinds::ReviewMeetings), key, here.has_value(), m))
            plan.writes.reviewMeetings.push_back(merged);
    }
    for (const ExcellentCapException &a : s.capExceptions) {
        const QString key = a.unitCode + u'/' + QString::number(a.year);
        const auto here = evaluations.capException(a.unitCode, a.year, &error);
        ExcellentCapException merged = here.value_or(a);
        Merger m(QString::fromLatin1(ArchiveKinds::CapExceptions), key, a.year);
        if (here) {
            m.text("decision_no", merged.decisionNo, a.decisionNo);
            m.text("reason", merged.reason, a.reason);
        }
        if (settle(plan, kindPlan(ArchiveKinds::CapExceptions), key, here.has_value(), m))
            plan.writes.capExceptions.push_back(merged);
    }
    for (const ArchiveSetting &a : s.settings) {
        const auto here = settings.value(a.key, &error);
        // A setting of a year (…<year> or …<unit>.<year>) blocks the closing of that year only.
        const int year = a.key.section(u'.', -1).toInt();
        Merger m(QString::fromLatin1(ArchiveKinds::Settings), a.key, year >= 2000 ? year : 0);
        if (here)
            m.exact("value", *here, a.value);
        if (settle(plan, kindPlan(ArchiveKinds::Settings), a.key, here.has_value(), m))
            plan.writes.settings.push_back(a);
    }
    if (!error.isEmpty()) {
        plan.error = tr("cannot read this database: %1").arg(error);
        return plan;
    }

    // Closed years: closed here too when nothing in them (or in the units, staff and shared settings) conflicts.
    ArchiveKindPlan &closures = kindPlan(ArchiveKinds::Closures);
    for (const YearClosure &a : s.closures) {
        const QString key = QString::number(a.year);
        if (reviews.closure(a.year, &error)) {
            closures.unchanged.append(key);
            continue;
        }
        const bool blocked = std::any_of(plan.conflicts.cbegin(), plan.conflicts.cend(),
                                         [&](const ArchiveConflict &x) { return x.year == 0 || x.year == a.year; });
        if (blocked) {
            closures.conflicts.append(key);
            plan.yearsLeftOpen.push_back(a.year);
            plan.conflicts.push_back(ArchiveConflict{QString::fromLatin1(ArchiveKinds::Closures), key, u"closed"_s,
                                                     tr("open, with conflicts in the year"), tr("closed"), a.year});
            continue;
        }
        closures.added.append(key);
        plan.yearsToClose.push_back(a.year);
        plan.writes.closures.push_back(a);
    }
    if (!error.isEmpty())
        plan.error = tr("cannot read this database: %1").arg(error);
    return plan;
}

ArchiveApplyResult ArchiveService::apply(const ArchivePlan &plan)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::Import); !denied.ok())
        return ArchiveApplyResult{false, 0, denied.error, true};
    ArchiveApplyResult r;
    if (!plan.ok()) {
        r.error = plan.error;
        return r;
    }
    if (plan.writeCount() == 0) {
        r.ok = true; // the same archive again: nothing to write, no audit row
        return r;
    }
    const QSqlDatabase c = m_db.connection();
    Transaction tx(c);
    QString error;
    bool ok = tx.isActive();
    if (!ok)
        error = tr("cannot start a transaction");
    if (ok) {
        // Inside the transaction: the plan must still be what this database gives (nothing edited since).
        const ArchivePlan now = this->plan(plan.bytes);
        const bool same = now.ok() && now.conflicts.size() == plan.conflicts.size()
            && std::equal(now.kinds.cbegin(), now.kinds.cend(), plan.kinds.cbegin(), plan.kinds.cend(),
                          [](const ArchiveKindPlan &a, const ArchiveKindPlan &b) {
                              return a.kind == b.kind && a.added == b.added && a.changed == b.changed
                                  && a.conflicts == b.conflicts;
                          });
        if (!same) {
            r.error = tr("the database changed since the preview: preview the archive again (nothing written)");
            return r;
        }
    }
    const ArchiveWrites &w = plan.writes;
    UnitRepository units(c);
    for (const OrgUnit &u : w.units)
        ok = ok && units.upsert(u, &error);
    StaffRepository staff(c);
    for (const auto &[member, exists] : w.staff)
        ok = ok && staff.write(member, exists, &error);
    EvaluationRepository evaluations(c);
    for (const Evaluation &e : w.evaluations)
        ok = ok && evaluations.write(e, &error) != 0;
    for (const ArchiveForm &f : w.forms)
        ok = ok && evaluations.writeForm(f.staffCode, f.year, f.form, &error);
    PeriodScoreRepository periods(c);
    for (const EvaluationPeriod &p : w.periods)
        ok = ok && periods.write(p, &error) != 0;
    DisciplineRepository discipline(c);
    for (const DisciplineDecision &d : w.discipline)
        ok = ok && discipline.write(d, &error) != 0;
    ReviewRepository reviews(c);
    for (const ReviewDecision &d : w.reviewDecisions)
        ok = ok && reviews.write(d, &error) != 0;
    for (const ReviewMeeting &m : w.reviewMeetings)
        ok = ok && reviews.write(m, &error);
    for (const ExcellentCapException &x : w.capExceptions)
        ok = ok && evaluations.writeCapException(x, &error);
    SettingRepository settings(c);
    for (const ArchiveSetting &s : w.settings)
        ok = ok && settings.setValue(s.key, s.value, &error);
    for (const YearClosure &y : w.closures)
        ok = ok && reviews.close(y, &error);

    QJsonObject summary;
    for (const ArchiveKindPlan &k : plan.kinds) {
        if (k.added.isEmpty() && k.changed.isEmpty() && k.conflicts.isEmpty())
            continue;
        summary.insert(k.kind, QJsonObject{{u"added"_s, int(k.added.size())},
                                           {u"changed"_s, int(k.changed.size())},
                                           {u"conflicts"_s, int(k.conflicts.size())}});
    }
    QJsonArray years;
    for (int y : plan.inspection.meta.years)
        years.append(y);
    const QJsonObject note{{u"years"_s, years},
                           {u"unit_code"_s, plan.inspection.meta.unitCode},
                           {u"source"_s, plan.inspection.meta.source},
                           {u"created_at"_s, plan.inspection.meta.createdAt.toString(Qt::ISODate)},
                           {u"records"_s, summary}};
    AuditWriter audit(c, m_clock, m_actor);
    ok = ok && audit.note(u"import"_s, u"archive"_s, plan.inspection.sha256,
                          QString::fromUtf8(QJsonDocument(note).toJson(QJsonDocument::Compact)), &error);
    if (!ok || !tx.commit()) {
        r.error = tr("the archive was not imported (nothing written): %1").arg(error.isEmpty() ? tr("cannot commit")
                                                                                               : error);
        return r;
    }
    r.ok = true;
    r.written = plan.writeCount();
    return r;
}
