// SPDX-License-Identifier: GPL-3.0-or-later
// EvaluationService, entry and workflow (issue 4): the entry grid of a unit and year, saving a person's
// year and the written parts of the form, the workflow draft → self_assessed → proposed → decided (locked)
// with reopening, the ND 233/2026 Art 20 cl 1 transition setting and the removal of cap exceptions. Every
// write is one transaction with its audit rows.
#include "evaluationservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "clock.h"
#include "disciplineservice.h"
#include "editconflict.h"
#include "yearlock.h"
#include "domain/evaluationlevel.h"
#include "domain/unitdirectory.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/settingrepository.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

namespace S = EvaluationStatus;

constexpr int kMinYear = 2015;
constexpr int kMaxYear = 2100;

const QString kTransitionPrefix = u"evaluation.vc_nd90_transition."_s;

/** The order of the workflow states; -1 when unknown. */
int statusRank(const QString &status)
{
    if (status == S::Draft)
        return 0;
    if (status == S::SelfAssessed)
        return 1;
    if (status == S::Proposed)
        return 2;
    if (status == S::Decided)
        return 3;
    return -1;
}

QString key(const QString &staffCode, int year)
{
    return staffCode + u'/' + QString::number(year);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString exceptionJson(const ExcellentCapException &e)
{
    return compact(QJsonObject{{u"unit_code"_s, e.unitCode},
                               {u"year"_s, e.year},
                               {u"decision_no"_s, e.decisionNo},
                               {u"reason"_s, e.reason}});
}

/** Rated in a year: at least 6 months worked, or maternity leave (ND 90 Art 2; ND 233 Art 14). */
bool isRated(const Evaluation &e)
{
    return e.monthsWorked >= 6 || e.maternityLeave;
}

/** In service at some time of the year (start ≤ 31/12, no end or end after 01/01). */
bool inServiceDuring(const StaffMember &m, int year)
{
    if (m.startDate.isValid() && m.startDate > QDate(year, 12, 31))
        return false;
    if (m.endDate.isValid() && m.endDate <= QDate(year, 1, 1))
        return false;
    return true;
}

Evaluation blankDraft(const QString &staffCode, int year)
{
    Evaluation e;
    e.staffCode = staffCode;
    e.year = year;
    e.status = S::Draft;
    return e;
}

/** A level field: empty, or a code / abbreviation / Vietnamese words of a level, normalised to the code. */
bool normaliseLevel(QString &level)
{
    level = level.trimmed();
    if (level.isEmpty())
        return true;
    const std::optional<QString> code = EvaluationLevels::match(level);
    if (!code)
        return false;
    level = *code;
    return true;
}

} // namespace

QString EvaluationService::nd90TransitionKey(const QString &unitCode, int year)
{
    return kTransitionPrefix + unitCode + u'.' + QString::number(year);
}

QSet<QString> EvaluationService::nd90TransitionUnits(int year, const UnitDirectory &units) const
{
    QSet<QString> out;
    if (year != EvaluationRules::kNd90TransitionYear)
        return out;
    const QString suffix = u'.' + QString::number(year);
    QHash<QString, bool> chosen; // unit → its own choice
    const QHash<QString, QString> settings = EvaluationRepository(m_db.connection()).settingsWithPrefix(kTransitionPrefix);
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        if (!it.key().endsWith(suffix))
            continue;
        const QString unit = it.key().mid(kTransitionPrefix.size(),
                                          it.key().size() - kTransitionPrefix.size() - suffix.size());
        const QString v = it.value().trimmed().toLower();
        chosen.insert(unit, v == "true"_L1 || v == "1"_L1);
    }
    if (chosen.isEmpty())
        return out;
    for (const OrgUnit &u : units.units()) {
        QString code = u.code;
        QSet<QString> seen; // guards against a cycle in the tree
        while (!code.isEmpty() && !seen.contains(code)) {
            seen.insert(code);
            const auto c = chosen.constFind(code);
            if (c != chosen.cend()) {
                if (*c)
                    out.insert(u.code);
                break;
            }
            const OrgUnit *unit = units.find(code);
            code = unit ? unit->parentCode : QString();
        }
    }
    return out;
}

bool EvaluationService::usesNd90Transition(const QString &unitCode, int year) const
{
    if (year != EvaluationRules::kNd90TransitionYear)
        return false;
    const UnitDirectory units(UnitRepository(m_db.connection()).all());
    return nd90TransitionUnits(year, units).contains(unitCode);
}

SaveResult EvaluationService::setNd90Transition(const QString &unitCode, int year, bool useNd90)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::EvaluationDecide, unitCode); !denied.ok())
        return denied;
    SaveResult result;
    if (const QString locked = YearLock::refusal(m_db.connection(), year); !locked.isEmpty()) {
        result.fieldErrors.push_back({u"year"_s, locked});
        return result;
    }
    const UnitDirectory units(UnitRepository(m_db.connection()).all());
    const QString resolved = units.resolveOn(unitCode, QDate(year, 12, 31));
    if (!units.find(unitCode))
        result.fieldErrors.push_back({u"unit_code"_s, tr("unknown unit \"%1\"").arg(unitCode)});
    else if (resolved != unitCode)
        result.fieldErrors.push_back(
            {u"unit_code"_s, resolved.isEmpty()
                                 //: %1 unit code, %2 year
                                 ? tr("the unit %1 does not exist on 31/12/%2").arg(unitCode).arg(year)
                                 //: %1 unit code, %2 year, %3 the unit that stands for it then
                                 : tr("the unit %1 does not exist on 31/12/%2: its people belong to %3")
                                       .arg(unitCode)
                                       .arg(year)
                                       .arg(resolved)});
    if (year != EvaluationRules::kNd90TransitionYear)
        //: %1 year
        result.fieldErrors.push_back(
            {u"year"_s, tr("only the %1 rating may use the ND 90/2020 criteria (khoản 1 Điều 20 Nghị định "
                           "233/2026/NĐ-CP)")
                            .arg(EvaluationRules::kNd90TransitionYear)});
    if (!result.ok())
        return result;
    const QString settingKey = nd90TransitionKey(unitCode, year);
    const QString value = useNd90 ? u"true"_s : u"false"_s;
    SettingRepository settings(m_db.connection());
    const std::optional<QString> previous = settings.value(settingKey);
    if (previous && *previous == value)
        return result;
    auto json = [&](const QString &v) { return compact(QJsonObject{{u"key"_s, settingKey}, {u"value"_s, v}}); };
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    const bool ok = tx.isActive() && settings.setValue(settingKey, value, &error)
        && audit.recordChanged(previous ? u"update"_s : u"insert"_s, u"setting"_s, settingKey,
                               previous ? json(*previous) : QString(), json(value), &error);
    if (!ok || !tx.commit())
        //: %1 the storage error
        result.error = tr("cannot save the setting: %1")
                           .arg(error.isEmpty() ? tr("the transaction could not be committed") : error);
    return result;
}

std::vector<PersonEvaluation> EvaluationService::unitYear(const QString &unitCode, int year) const
{
    std::vector<PersonEvaluation> out;
    const QDate last(year, 12, 31);
    QString error;
    const UnitDirectory units(UnitRepository(m_db.connection()).all(&error));
    const QString root = units.resolveOn(unitCode, last);
    if (!error.isEmpty() || root.isEmpty())
        return out;
    const QSet<QString> subtree = units.subtree(root);
    const std::vector<StaffMember> staff = StaffRepository(m_db.connection()).all(&error);
    const std::vector<Evaluation> evaluations = EvaluationRepository(m_db.connection()).forYears(year - 1, year, &error);
    if (!error.isEmpty())
        return out;
    // Discipline from the discipline service alone, in one query (ND 48/2023 Art 1; ND 335/2025; ND 233/2026 Art 14).
    const QStringList disciplinedList = DisciplineService(m_db, m_clock).disciplinedStaff(year);
    const QSet<QString> disciplined(disciplinedList.cbegin(), disciplinedList.cend());
    const QSet<QString> transition = nd90TransitionUnits(year, units);

    QHash<QString, const Evaluation *> stored;
    QHash<QString, QString> previousFinal;
    for (const Evaluation &e : evaluations) {
        if (e.year == year)
            stored.insert(e.staffCode, &e);
        else if (isRated(e))
            previousFinal.insert(e.staffCode, e.finalLevel);
    }
    QHash<QString, QString> resolvedUnit;
    for (const StaffMember &m : staff) {
        auto it = resolvedUnit.constFind(m.unitCode);
        if (it == resolvedUnit.cend()) {
            QString resolved = units.resolveOn(m.unitCode, last);
            it = resolvedUnit.insert(m.unitCode, resolved.isEmpty() ? m.unitCode : resolved);
        }
        if (!subtree.contains(*it))
            continue;
        const Evaluation *e = stored.value(m.code);
        if (!e && !inServiceDuring(m, year))
            continue;
        PersonEvaluation p;
        p.evaluation = e ? *e : blankDraft(m.code, year);
        p.fullName = m.fullName;
        p.category = m.category;
        p.position = m.position;
        p.startDate = m.startDate;
        p.unitCode = *it;
        p.taskGroup = p.evaluation.taskGroup.isEmpty() ? m.position : p.evaluation.taskGroup;
        EvaluationFacts f{m.category,
                          year,
                          p.evaluation.monthsWorked,
                          p.evaluation.monthsAbsent,
                          p.evaluation.maternityLeave,
                          p.evaluation.scoreTenths,
                          p.evaluation.finalLevel,
                          disciplined.contains(m.code),
                          previousFinal.value(m.code)};
        f.nd90Transition = transition.contains(p.unitCode);
        p.outcome = EvaluationRules::assess(f);
        out.push_back(std::move(p));
    }
    std::sort(out.begin(), out.end(), [](const PersonEvaluation &a, const PersonEvaluation &b) {
        return a.evaluation.staffCode < b.evaluation.staffCode;
    });
    return out;
}

PersonEvaluation EvaluationService::assess(const Evaluation &evaluation) const
{
    PersonEvaluation p;
    p.evaluation = evaluation;
    const std::optional<StaffMember> m = StaffRepository(m_db.connection()).find(evaluation.staffCode);
    if (!m)
        return p;
    const int year = evaluation.year;
    const QDate last(year, 12, 31);
    const UnitDirectory units(UnitRepository(m_db.connection()).all());
    p.fullName = m->fullName;
    p.category = m->category;
    p.position = m->position;
    p.startDate = m->startDate;
    p.unitCode = units.resolveOn(m->unitCode, last);
    if (p.unitCode.isEmpty())
        p.unitCode = m->unitCode;
    p.taskGroup = evaluation.taskGroup.isEmpty() ? m->position : evaluation.taskGroup;
    const std::optional<Evaluation> previous = EvaluationRepository(m_db.connection()).find(m->code, year - 1);
    EvaluationFacts f{m->category,
                      year,
                      evaluation.monthsWorked,
                      evaluation.monthsAbsent,
                      evaluation.maternityLeave,
                      evaluation.scoreTenths,
                      evaluation.finalLevel,
                      DisciplineService(m_db, m_clock).disciplinedInYear(m->code, year),
                      previous && isRated(*previous) ? previous->finalLevel : QString()};
    f.nd90Transition = nd90TransitionUnits(year, units).contains(p.unitCode);
    p.outcome = EvaluationRules::assess(f);
    return p;
}

namespace {

/** The message of a refused write to a decided (locked) evaluation. */
QString lockedMessage(const Evaluation &e)
{
    //: %1 staff code, %2 year, %3 decision date, %4 decision number
    return EvaluationService::tr("the evaluation of %1 for %2 was decided on %3 by decision %4: reopen it first")
        .arg(e.staffCode)
        .arg(e.year)
        .arg(e.decisionDate.isValid() ? e.decisionDate.toString(u"dd/MM/yyyy"_s) : EvaluationService::tr("an unknown date"))
        .arg(e.decisionNo.isEmpty() ? EvaluationService::tr("(no number)") : e.decisionNo);
}

QString storageError(const QString &what, const QString &error)
{
    //: %1 what could not be done, %2 the reason
    return EvaluationService::tr("%1: %2").arg(
        what, error.isEmpty() ? EvaluationService::tr("the transaction could not be committed") : error);
}

/**
 * Reads the evaluation of staffCode in year to change it into row: false, with result.error set, when it
 * cannot be read, is decided (locked until reopened) or, when required, does not exist yet.
 */
bool readEditable(EvaluationRepository &repo, const QString &staffCode, int year, bool required,
                  std::optional<Evaluation> &row, SaveResult &result)
{
    QString error;
    row = repo.find(staffCode, year, &error);
    if (!error.isEmpty()) {
        result.error = storageError(EvaluationService::tr("cannot read the evaluation"), error);
        return false;
    }
    if (!row && required) {
        //: %1 staff code, %2 year
        result.error = EvaluationService::tr("there is no evaluation of %1 for %2: save it first").arg(staffCode).arg(year);
        return false;
    }
    if (row && row->status == S::Decided) {
        result.error = lockedMessage(*row);
        return false;
    }
    return true;
}

/** Writes after (inserted when there is no before; after.id is set) with its audit row. */
bool writeAudited(EvaluationRepository &repo, AuditWriter &audit, const std::optional<Evaluation> &before,
                  Evaluation &after, QString &error)
{
    after.id = repo.write(after, &error);
    return after.id > 0 && audit.evaluationChanged(before ? u"update"_s : u"insert"_s, before, after, &error);
}

/** Commits tx when the write went well (ok); otherwise, or when the commit fails, result.error says so. */
void commitOrFail(Transaction &tx, bool ok, const QString &failure, const QString &error, SaveResult &result)
{
    if (!ok || !tx.commit())
        result.error = storageError(failure, error);
}

} // namespace

SaveResult EvaluationService::save(const Evaluation &evaluation, const std::optional<Evaluation> &startedFrom)
{
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::EvaluationWrite, evaluation.staffCode); !denied.ok())
        return denied;
    SaveResult result;
    if (const QString locked = YearLock::refusal(m_db.connection(), evaluation.year); !locked.isEmpty()) {
        result.error = locked;
        return result;
    }
    Evaluation in = evaluation;
    in.staffCode = in.staffCode.trimmed();
    in.taskGroup = in.taskGroup.trimmed();
    auto fail = [&](const char *field, const QString &message) {
        result.fieldErrors.push_back({QString::fromLatin1(field), message});
    };
    if (in.staffCode.isEmpty())
        fail("staff_code", tr("the staff code is required"));
    else if (!StaffRepository(m_db.connection()).find(in.staffCode))
        fail("staff_code", tr("unknown staff code \"%1\"").arg(in.staffCode));
    if (in.year < kMinYear || in.year > kMaxYear)
        //: %1 first year, %2 last year
        fail("year", tr("the year must be from %1 to %2").arg(kMinYear).arg(kMaxYear));
    if (in.monthsWorked < 0 || in.monthsWorked > 12)
        fail("months_worked", tr("the months worked must be from 0 to 12"));
    if (in.monthsAbsent < 0 || in.monthsAbsent > 12)
        fail("months_absent", tr("the months of leave must be from 0 to 12"));
    else if (in.monthsAbsent > in.monthsWorked && in.monthsWorked >= 0 && in.monthsWorked <= 12)
        //: %1 months of leave, %2 months worked
        fail("months_absent", tr("the months of leave (%1) cannot exceed the months worked (%2)")
                                  .arg(in.monthsAbsent)
                                  .arg(in.monthsWorked));
    if (in.scoreTenths && (*in.scoreTenths < 0 || *in.scoreTenths > 1000))
        fail("score", tr("the score must be from 0 to 100, with at most one decimal"));
    if (!normaliseLevel(in.selfLevel))
        fail("self_level", tr("unknown level \"%1\"").arg(evaluation.selfLevel));
    if (!normaliseLevel(in.proposedLevel))
        fail("proposed_level", tr("unknown level \"%1\"").arg(evaluation.proposedLevel));
    if (!result.ok())
        return result;

    EvaluationRepository repo(m_db.connection());
    std::optional<Evaluation> before;
    // Concurrent editing (issue 8 item 3): someone else saved the person's year since it was read.
    auto refuseConflict = [&](const Evaluation &stored) {
        result = {};
        result.conflict = true;
        result.error = EditConflict::evaluationMessage(m_db.connection(), startedFrom ? *startedFrom : in, stored);
        return result;
    };
    const bool editable = readEditable(repo, in.staffCode, in.year, false, before, result);
    if (before && in.rowVersion.isKnown() && before->rowVersion.value != in.rowVersion.value)
        return refuseConflict(*before);
    if (!editable)
        return result;
    Evaluation after = before ? *before : blankDraft(in.staffCode, in.year);
    after.taskGroup = in.taskGroup;
    after.monthsWorked = in.monthsWorked;
    after.monthsAbsent = in.monthsAbsent;
    after.maternityLeave = in.maternityLeave;
    after.scoreTenths = in.scoreTenths;
    after.selfLevel = in.selfLevel;
    after.proposedLevel = in.proposedLevel;
    after.initiative = in.initiative;
    after.note = in.note;
    // A level the current step stands on cannot be removed: move the workflow back first.
    if (statusRank(after.status) >= 1 && after.selfLevel.isEmpty() && before && !before->selfLevel.isEmpty())
        fail("self_level", tr("the evaluation is self-assessed: move it back to draft before clearing the level"));
    if (statusRank(after.status) >= 2 && after.proposedLevel.isEmpty())
        fail("proposed_level", tr("the evaluation is proposed: move it back to draft before clearing the level"));
    if (!result.ok())
        return result;
    if (before && *before == after)
        return result;

    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    const bool ok = tx.isActive() && writeAudited(repo, audit, before, after, error);
    if (!ok && repo.conflicted()) {
        tx.rollback();
        if (const std::optional<Evaluation> stored = repo.find(in.staffCode, in.year))
            return refuseConflict(*stored);
    }
    commitOrFail(tx, ok, tr("cannot save the evaluation"), error, result);
    return result;
}

SaveResult EvaluationService::remove(const QString &staffCode, int year, const std::optional<Evaluation> &readAs)
{
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::EvaluationWrite, staffCode); !denied.ok())
        return denied;
    SaveResult result;
    if (const QString locked = YearLock::refusal(m_db.connection(), year); !locked.isEmpty()) {
        result.error = locked;
        return result;
    }
    EvaluationRepository repo(m_db.connection());
    QString error;
    const std::optional<Evaluation> before = repo.find(staffCode, year, &error);
    const std::optional<EvaluationForm> form = error.isEmpty() ? repo.form(staffCode, year, &error) : std::nullopt;
    if (!error.isEmpty()) {
        result.error = storageError(tr("cannot read the evaluation"), error);
        return result;
    }
    if (!before) {
        //: %1 staff code, %2 year
        result.error = tr("there is no evaluation of %1 for %2").arg(staffCode).arg(year);
        return result;
    }
    if (readAs && readAs->rowVersion.isKnown() && before->rowVersion.value != readAs->rowVersion.value) {
        // Concurrent editing (issue 8 item 3): someone else saved the year since it was read.
        result.conflict = true;
        result.error = EditConflict::evaluationMessage(m_db.connection(), *readAs, *before);
        return result;
    }
    if (before->status == S::Decided) {
        result.error = lockedMessage(*before);
        return result;
    }
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    const bool ok = tx.isActive() && repo.remove(staffCode, year, &error)
        && (!form
            || audit.evaluationFormChanged(u"delete"_s, staffCode, year, form, std::nullopt, &error))
        && audit.evaluationChanged(u"delete"_s, before, std::nullopt, &error);
    commitOrFail(tx, ok, tr("cannot remove the evaluation"), error, result);
    return result;
}

EvaluationForm EvaluationService::form(const QString &staffCode, int year) const
{
    return EvaluationRepository(m_db.connection()).form(staffCode, year).value_or(EvaluationForm{});
}

SaveResult EvaluationService::saveForm(const QString &staffCode, int year, const EvaluationForm &form,
                                       const std::optional<Evaluation> &readAs)
{
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::EvaluationWrite, staffCode); !denied.ok())
        return denied;
    SaveResult result;
    if (const QString locked = YearLock::refusal(m_db.connection(), year); !locked.isEmpty()) {
        result.error = locked;
        return result;
    }
    if (!StaffRepository(m_db.connection()).find(staffCode))
        result.fieldErrors.push_back({u"staff_code"_s, tr("unknown staff code \"%1\"").arg(staffCode)});
    if (year < kMinYear || year > kMaxYear)
        //: %1 first year, %2 last year
        result.fieldErrors.push_back({u"year"_s, tr("the year must be from %1 to %2").arg(kMinYear).arg(kMaxYear)});
    if (!result.ok())
        return result;
    EvaluationRepository repo(m_db.connection());
    QString error;
    const std::optional<Evaluation> evaluation = repo.find(staffCode, year, &error);
    const std::optional<EvaluationForm> before = error.isEmpty() ? repo.form(staffCode, year, &error) : std::nullopt;
    if (!error.isEmpty()) {
        result.error = storageError(tr("cannot read the evaluation"), error);
        return result;
    }
    if (evaluation && readAs && readAs->rowVersion.isKnown()
        && evaluation->rowVersion.value != readAs->rowVersion.value) {
        // Concurrent editing (issue 8 item 3): the year's evaluation or its form was saved elsewhere.
        result.conflict = true;
        result.error = EditConflict::evaluationMessage(m_db.connection(), *readAs, *evaluation);
        return result;
    }
    if (evaluation && evaluation->status == S::Decided) {
        result.error = lockedMessage(*evaluation);
        return result;
    }
    if (evaluation && before && *before == form)
        return result;
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    bool ok = tx.isActive();
    if (ok && !evaluation) {
        Evaluation draft = blankDraft(staffCode, year);
        draft.id = repo.write(draft, &error);
        ok = draft.id > 0 && audit.evaluationChanged(u"insert"_s, std::nullopt, draft, &error);
    }
    ok = ok && repo.writeForm(staffCode, year, form, &error)
        && audit.evaluationFormChanged(before ? u"update"_s : u"insert"_s, staffCode, year, before, form, &error);
    commitOrFail(tx, ok, tr("cannot save the form"), error, result);
    return result;
}

SaveResult EvaluationService::advance(const QString &staffCode, int year, const QString &toStatus)
{
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::EvaluationWrite, staffCode); !denied.ok())
        return denied;
    SaveResult result;
    if (const QString locked = YearLock::refusal(m_db.connection(), year); !locked.isEmpty()) {
        result.error = locked;
        return result;
    }
    const int to = statusRank(toStatus);
    if (to < 0) {
        result.fieldErrors.push_back({u"status"_s, tr("unknown status \"%1\"").arg(toStatus)});
        return result;
    }
    if (toStatus == S::Decided) {
        result.fieldErrors.push_back(
            {u"status"_s, tr("an evaluation is decided by recording the decision (level, number and date)")});
        return result;
    }
    EvaluationRepository repo(m_db.connection());
    std::optional<Evaluation> before;
    if (!readEditable(repo, staffCode, year, true, before, result))
        return result;
    const int from = statusRank(before->status);
    if (to == from)
        return result;
    if (to > from + 1) {
        result.fieldErrors.push_back(
            {u"status"_s, toStatus == S::Proposed ? tr("the person assesses themselves before a level is proposed")
                                                  : tr("the workflow moves forward one step at a time")});
        return result;
    }
    if (to < from && to != 0) {
        result.fieldErrors.push_back({u"status"_s, tr("an evaluation can only be moved back to draft")});
        return result;
    }
    if (toStatus == S::SelfAssessed && before->selfLevel.isEmpty())
        result.fieldErrors.push_back({u"self_level"_s, tr("the self-assessed level is required")});
    if (toStatus == S::Proposed && before->proposedLevel.isEmpty())
        result.fieldErrors.push_back({u"proposed_level"_s, tr("the proposed level is required")});
    if (!result.ok())
        return result;
    Evaluation after = *before;
    after.status = toStatus;
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    const bool ok = tx.isActive() && repo.write(after, &error) > 0
        && audit.evaluationChanged(u"update"_s, before, after, &error);
    commitOrFail(tx, ok, tr("cannot save the evaluation"), error, result);
    return result;
}

SaveResult EvaluationService::decide(const QString &staffCode, int year, const QString &finalLevel,
                                     const QString &decisionNo, const QDate &decisionDate,
                                     const QString &overrideReason)
{
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::EvaluationDecide, staffCode); !denied.ok())
        return denied;
    SaveResult result;
    if (const QString locked = YearLock::refusal(m_db.connection(), year); !locked.isEmpty()) {
        result.error = locked;
        return result;
    }
    EvaluationRepository repo(m_db.connection());
    std::optional<Evaluation> before;
    if (!readEditable(repo, staffCode, year, true, before, result))
        return result;
    if (before->status != S::Proposed) {
        result.fieldErrors.push_back({u"status"_s, tr("a level must be proposed before the decision")});
        return result;
    }
    QString level = finalLevel;
    if (level.trimmed().isEmpty())
        result.fieldErrors.push_back({u"final_level"_s, tr("the final level is required")});
    else if (!normaliseLevel(level))
        result.fieldErrors.push_back({u"final_level"_s, tr("unknown level \"%1\"").arg(finalLevel)});
    if (decisionNo.trimmed().isEmpty())
        result.fieldErrors.push_back({u"decision_no"_s, tr("the number of the decision or notice is required")});
    if (!decisionDate.isValid())
        result.fieldErrors.push_back({u"decision_date"_s, tr("the date of the decision is required")});
    else if (decisionDate.year() < year)
        result.fieldErrors.push_back(
            //: %1 the year rated
            {u"decision_date"_s, tr("the decision cannot be dated before the year it rates, %1").arg(year)});
    else if (decisionDate > m_clock.today())
        result.fieldErrors.push_back({u"decision_date"_s, tr("the decision cannot be dated in the future")});
    if (!result.ok())
        return result;

    Evaluation after = *before;
    after.finalLevel = level;
    after.decisionNo = decisionNo.trimmed();
    after.decisionDate = decisionDate;
    after.status = S::Decided;
    after.overrideReason.clear();
    const PersonEvaluation assessed = assess(after);
    const EvaluationOutcome &outcome = assessed.outcome;
    // The rules that the level goes against, each with its article.
    QStringList broken;
    if (!outcome.rated) {
        for (const EvaluationFinding &f : outcome.findings)
            if (f.flag == "short_service"_L1)
                broken << f.message;
    } else if (EvaluationLevels::isHigher(level, outcome.maxLevel)) {
        for (const EvaluationFinding &f : outcome.findings)
            if (f.flag == "absence_cap"_L1 || f.flag == "disciplined"_L1)
                broken << f.message;
    }
    if (!broken.isEmpty()) {
        if (overrideReason.trimmed().isEmpty()) {
            //: %1 the rules with their articles
            result.fieldErrors.push_back(
                {u"final_level"_s, tr("%1; to decide it anyway, give the reason for the override").arg(broken.join(u"; "_s))});
            return result;
        }
        after.overrideReason = overrideReason.trimmed();
    }
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    const bool ok = tx.isActive() && repo.write(after, &error) > 0
        && audit.evaluationChanged(u"decide"_s, before, after, &error);
    commitOrFail(tx, ok, tr("cannot record the decision"), error, result);
    return result;
}

SaveResult EvaluationService::reopen(const QString &staffCode, int year, const QString &reason)
{
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::EvaluationDecide, staffCode); !denied.ok())
        return denied;
    SaveResult result;
    if (const QString locked = YearLock::refusal(m_db.connection(), year); !locked.isEmpty()) {
        result.error = locked;
        return result;
    }
    if (reason.trimmed().isEmpty()) {
        result.fieldErrors.push_back({u"reason"_s, tr("the reason for reopening a decided evaluation is required")});
        return result;
    }
    EvaluationRepository repo(m_db.connection());
    QString error;
    const std::optional<Evaluation> before = repo.find(staffCode, year, &error);
    if (!error.isEmpty()) {
        result.error = storageError(tr("cannot read the evaluation"), error);
        return result;
    }
    if (!before || before->status != S::Decided) {
        //: %1 staff code, %2 year
        result.error = tr("the evaluation of %1 for %2 is not decided").arg(staffCode).arg(year);
        return result;
    }
    // The decided level and decision stay (the next decide() replaces them); the status says they are open.
    Evaluation after = *before;
    after.status = S::Proposed;
    if (after.proposedLevel.isEmpty())
        after.proposedLevel = after.finalLevel; // an imported row may have no proposal
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    const bool ok = tx.isActive() && repo.write(after, &error) > 0
        && audit.evaluationChanged(u"reopen"_s, before, after, reason.trimmed(), &error);
    commitOrFail(tx, ok, tr("cannot reopen the evaluation"), error, result);
    return result;
}

SaveResult EvaluationService::setScore(const QString &staffCode, int year, std::optional<int> scoreTenths)
{
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::EvaluationWrite, staffCode); !denied.ok())
        return denied;
    SaveResult result;
    if (const QString locked = YearLock::refusal(m_db.connection(), year); !locked.isEmpty()) {
        result.error = locked;
        return result;
    }
    if (!StaffRepository(m_db.connection()).find(staffCode))
        result.fieldErrors.push_back({u"staff_code"_s, tr("unknown staff code \"%1\"").arg(staffCode)});
    if (year < kMinYear || year > kMaxYear)
        //: %1 first year, %2 last year
        result.fieldErrors.push_back({u"year"_s, tr("the year must be from %1 to %2").arg(kMinYear).arg(kMaxYear)});
    if (scoreTenths && (*scoreTenths < 0 || *scoreTenths > 1000))
        result.fieldErrors.push_back({u"score"_s, tr("the score must be from 0 to 100, with at most one decimal")});
    if (!result.ok())
        return result;
    EvaluationRepository repo(m_db.connection());
    std::optional<Evaluation> before;
    if (!readEditable(repo, staffCode, year, false, before, result))
        return result;
    Evaluation after = before ? *before : blankDraft(staffCode, year);
    after.scoreTenths = scoreTenths;
    if (before && *before == after)
        return result;
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    const bool ok = tx.isActive() && writeAudited(repo, audit, before, after, error);
    commitOrFail(tx, ok, tr("cannot save the score"), error, result);
    return result;
}

int EvaluationService::copyTaskGroups(const QString &unitCode, int year, QString *error)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::EvaluationWrite, unitCode); !denied.ok()) {
        if (error)
            *error = denied.error;
        return 0;
    }
    if (error)
        error->clear();
    if (const QString locked = YearLock::refusal(m_db.connection(), year); !locked.isEmpty()) {
        if (error)
            *error = locked;
        return 0;
    }
    const std::vector<PersonEvaluation> people = unitYear(unitCode, year);
    EvaluationRepository repo(m_db.connection());
    QString err;
    QHash<QString, QString> previousGroup;
    for (const Evaluation &e : repo.forYears(year - 1, year - 1, &err)) {
        if (!e.taskGroup.isEmpty())
            previousGroup.insert(e.staffCode, e.taskGroup);
    }
    if (!err.isEmpty()) {
        if (error)
            *error = storageError(tr("cannot read the evaluations"), err);
        return 0;
    }
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    if (!tx.isActive()) {
        if (error)
            *error = storageError(tr("cannot copy the task groups"), {});
        return 0;
    }
    int changed = 0;
    for (const PersonEvaluation &p : people) {
        const Evaluation &e = p.evaluation;
        const QString group = previousGroup.value(e.staffCode);
        if (group.isEmpty() || e.status == S::Decided || !e.taskGroup.isEmpty())
            continue;
        const std::optional<Evaluation> before = e.id > 0 ? std::optional<Evaluation>(e) : std::nullopt;
        Evaluation after = e;
        after.taskGroup = group;
        if (!writeAudited(repo, audit, before, after, err)) {
            if (error)
                *error = storageError(tr("cannot copy the task groups"), err);
            return 0;
        }
        ++changed;
    }
    if (!tx.commit()) {
        if (error)
            *error = storageError(tr("cannot copy the task groups"), {});
        return 0;
    }
    return changed;
}

std::vector<ExcellentCapException> EvaluationService::capExceptions(int year) const
{
    return EvaluationRepository(m_db.connection()).capExceptions(year);
}

SaveResult EvaluationService::removeCapException(const QString &unitCode, int year)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::EvaluationDecide, unitCode); !denied.ok())
        return denied;
    SaveResult result;
    if (const QString locked = YearLock::refusal(m_db.connection(), year); !locked.isEmpty()) {
        result.fieldErrors.push_back({u"year"_s, locked});
        return result;
    }
    EvaluationRepository repo(m_db.connection());
    QString error;
    const std::optional<ExcellentCapException> before = repo.capException(unitCode, year, &error);
    if (!error.isEmpty()) {
        result.error = storageError(tr("cannot read the exception"), error);
        return result;
    }
    if (!before) {
        //: %1 unit code, %2 year
        result.error = tr("no exception is recorded for %1 in %2").arg(unitCode).arg(year);
        return result;
    }
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    const bool ok = tx.isActive() && repo.removeCapException(unitCode, year, &error)
        && audit.recordChanged(u"delete"_s, u"excellent_cap_exception"_s, key(unitCode, year), exceptionJson(*before),
                               {}, &error);
    commitOrFail(tx, ok, tr("cannot remove the exception"), error, result);
    return result;
}
