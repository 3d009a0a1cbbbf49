// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewService writes: settings, the council's decisions and meeting, closing and reopening a year.
// Each is one audited transaction; nothing is written into a closed year.
#include "reviewservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "clock.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/settingrepository.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonValue optionalInt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString decisionJson(const ReviewDecision &d)
{
    return json({{u"year"_s, d.year},
                 {u"unit_code"_s, d.unitCode},
                 {u"staff_code"_s, d.staffCode},
                 {u"award"_s, d.award},
                 {u"outcome"_s, d.outcome},
                 {u"votes_for"_s, optionalInt(d.votesFor)},
                 {u"votes_against"_s, optionalInt(d.votesAgainst)},
                 {u"votes_abstain"_s, optionalInt(d.votesAbstain)},
                 {u"decision_no"_s, d.decisionNo},
                 {u"decision_date"_s, d.decisionDate.isValid() ? d.decisionDate.toString(Qt::ISODate) : QString()},
                 {u"note"_s, d.note}});
}

QString meetingJson(const ReviewMeeting &m)
{
    return json({{u"year"_s, m.year},
                 {u"unit_code"_s, m.unitCode},
                 {u"meeting_date"_s, m.meetingDate.isValid() ? m.meetingDate.toString(Qt::ISODate) : QString()},
                 {u"place"_s, m.place},
                 {u"chair"_s, m.chair},
                 {u"secretary"_s, m.secretary},
                 {u"members_total"_s, m.membersTotal},
                 {u"members_present"_s, m.membersPresent},
                 {u"note"_s, m.note}});
}

QString decisionKey(const ReviewDecision &d)
{
    return u"%1/%2/%3/%4"_s.arg(d.year).arg(d.unitCode, d.staffCode.isEmpty() ? u"-"_s : d.staffCode, d.award);
}

} // namespace

SaveResult ReviewService::setSettings(const ReviewSettings &s)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::StandardsWrite); !denied.ok())
        return denied;
    SaveResult result;
    if (s.collectiveThresholdPerMille < 1 || s.collectiveThresholdPerMille > 1000)
        result.fieldErrors.push_back({thresholdKey(), tr("the share of advanced workers must be from 0.1% to 100%")});
    if (s.cstdcsCapPerMille && (*s.cstdcsCapPerMille < 1 || *s.cstdcsCapPerMille > 1000))
        result.fieldErrors.push_back({capKey(), tr("the cap must be from 0.1% to 100%, or none")});
    if (!result.ok())
        return result;
    const ReviewSettings before = settings();
    auto settingsJson = [](const ReviewSettings &v) {
        return json({{u"collective_threshold"_s, v.collectiveThresholdPerMille},
                     {u"cstdcs_cap"_s, optionalInt(v.cstdcsCapPerMille)}});
    };
    Transaction tx(m_db.connection());
    SettingRepository repo(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    const bool ok = tx.isActive() && repo.setValue(thresholdKey(), QString::number(s.collectiveThresholdPerMille), &error)
        && repo.setValue(capKey(), s.cstdcsCapPerMille ? QString::number(*s.cstdcsCapPerMille) : QString(), &error)
        && audit.recordChanged(u"update"_s, u"setting"_s, u"review"_s, settingsJson(before), settingsJson(s), &error);
    if (!ok || !tx.commit())
        result.error = tr("cannot save the review settings: %1")
                           .arg(error.isEmpty() ? tr("the transaction could not be committed") : error);
    return result;
}

SaveResult ReviewService::recordDecision(const ReviewDecision &input, qint64 *id)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::ReviewDecide); !denied.ok())
        return denied;
    SaveResult result;
    ReviewDecision d = input;
    d.decisionNo = d.decisionNo.trimmed();
    d.note = d.note.trimmed();
    if (d.outcome.isEmpty())
        d.outcome = QString::fromLatin1(ReviewOutcomes::Proposed);
    if (isClosed(d.year)) {
        result.error = closedYearError(d.year);
        return result;
    }
    if (d.year < 2015 || d.year > 2100)
        result.fieldErrors.push_back({u"year"_s, tr("the year must be from 2015 to 2100")});
    if (!UnitRepository(m_db.connection()).find(d.unitCode))
        result.fieldErrors.push_back({u"unit_code"_s, tr("unknown unit \"%1\"").arg(d.unitCode)});
    if (!ReviewAwards::all().contains(d.award))
        result.fieldErrors.push_back({u"award"_s, tr("unknown award \"%1\"").arg(d.award)});
    else if (ReviewAwards::isCollective(d.award) && !d.staffCode.isEmpty())
        result.fieldErrors.push_back({u"staff_code"_s, tr("a collective award is given to the unit, not to a person")});
    else if (!ReviewAwards::isCollective(d.award) && d.staffCode.isEmpty())
        result.fieldErrors.push_back({u"staff_code"_s, tr("the person is required")});
    if (!d.staffCode.isEmpty() && !StaffRepository(m_db.connection()).find(d.staffCode))
        result.fieldErrors.push_back({u"staff_code"_s, tr("unknown staff code \"%1\"").arg(d.staffCode)});
    if (!ReviewOutcomes::all().contains(d.outcome))
        result.fieldErrors.push_back({u"outcome"_s, tr("unknown outcome \"%1\"").arg(d.outcome)});
    for (const auto &[key, votes] : {std::pair{u"votes_for"_s, d.votesFor}, std::pair{u"votes_against"_s, d.votesAgainst},
                                     std::pair{u"votes_abstain"_s, d.votesAbstain}}) {
        if (votes && *votes < 0)
            result.fieldErrors.push_back({key, tr("a number of votes cannot be negative")});
    }
    const int cast = d.votesFor.value_or(0) + d.votesAgainst.value_or(0) + d.votesAbstain.value_or(0);
    if (const auto m = meeting(d.year, d.unitCode); m && m->membersPresent > 0 && cast > m->membersPresent)
        result.fieldErrors.push_back(
            {u"votes_for"_s, tr("%1 votes cast but only %2 members present").arg(cast).arg(m->membersPresent)});
    if (d.decisionDate.isValid() && d.decisionDate.year() < d.year)
        result.fieldErrors.push_back({u"decision_date"_s, tr("the decision cannot be dated before the year it rewards")});
    if (!result.ok())
        return result;

    // Approving what the rules refuse needs the council's reason (kept in the note and audited).
    if (d.outcome == QLatin1StringView(ReviewOutcomes::Approved) && d.note.isEmpty()
        && (d.award == QLatin1StringView(ReviewAwards::LaoDongTienTien)
            || d.award == QLatin1StringView(ReviewAwards::ChienSiThiDuaCoSo)
            || d.award == QLatin1StringView(ReviewAwards::TapTheLaoDongTienTien))) {
        const ReviewResult r = review(d.year, d.unitCode);
        bool eligible = false;
        for (const ReviewUnitResult &unit : r.units) {
            if (unit.unitCode != d.unitCode)
                continue;
            if (ReviewAwards::isCollective(d.award))
                eligible = unit.review.tapTheMembersOk.eligible;
            for (const ReviewPersonRow &row : unit.people) {
                if (row.review.code != d.staffCode)
                    continue;
                eligible = d.award == QLatin1StringView(ReviewAwards::LaoDongTienTien)
                    ? row.review.laoDongTienTien.eligible
                    : row.review.chienSiThiDuaCoSo.eligible;
            }
        }
        if (!eligible) {
            result.fieldErrors.push_back(
                {u"note"_s, tr("the rules do not make this award eligible: approving it needs the council's reason")});
            return result;
        }
    }

    ReviewRepository repo(m_db.connection());
    std::optional<ReviewDecision> before = d.id != 0 ? repo.decision(d.id)
                                                     : repo.decision(d.year, d.unitCode, d.staffCode, d.award);
    if (d.id != 0 && !before) {
        result.error = tr("the decision no longer exists");
        return result;
    }
    if (before)
        d.id = before->id;
    if (before && before->year != d.year && isClosed(before->year)) {
        result.error = closedYearError(before->year);
        return result;
    }
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    qint64 written = 0;
    const bool ok = tx.isActive() && (written = repo.write(d, &error)) != 0
        && audit.recordChanged(before ? u"update"_s : u"insert"_s, u"review_decision"_s, decisionKey(d),
                               before ? decisionJson(*before) : QString(), decisionJson(d), &error);
    if (!ok || !tx.commit()) {
        result.error = tr("cannot save the decision: %1")
                           .arg(error.isEmpty() ? tr("the transaction could not be committed") : error);
        return result;
    }
    if (id)
        *id = written;
    return result;
}

SaveResult ReviewService::removeDecision(qint64 id)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::ReviewDecide); !denied.ok())
        return denied;
    SaveResult result;
    ReviewRepository repo(m_db.connection());
    const std::optional<ReviewDecision> before = repo.decision(id);
    if (!before) {
        result.error = tr("the decision no longer exists");
        return result;
    }
    if (isClosed(before->year)) {
        result.error = closedYearError(before->year);
        return result;
    }
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    const bool ok = tx.isActive() && repo.removeDecision(id, &error)
        && audit.recordChanged(u"delete"_s, u"review_decision"_s, decisionKey(*before), decisionJson(*before), QString(),
                               &error);
    if (!ok || !tx.commit())
        result.error = tr("cannot remove the decision: %1")
                           .arg(error.isEmpty() ? tr("the transaction could not be committed") : error);
    return result;
}

SaveResult ReviewService::saveMeeting(const ReviewMeeting &input)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::ReviewDecide); !denied.ok())
        return denied;
    SaveResult result;
    ReviewMeeting m = input;
    m.place = m.place.trimmed();
    m.chair = m.chair.trimmed();
    m.secretary = m.secretary.trimmed();
    m.note = m.note.trimmed();
    if (isClosed(m.year)) {
        result.error = closedYearError(m.year);
        return result;
    }
    if (!UnitRepository(m_db.connection()).find(m.unitCode))
        result.fieldErrors.push_back({u"unit_code"_s, tr("unknown unit \"%1\"").arg(m.unitCode)});
    if (m.membersTotal < 0 || m.membersPresent < 0)
        result.fieldErrors.push_back({u"members_present"_s, tr("a number of members cannot be negative")});
    else if (m.membersPresent > m.membersTotal)
        result.fieldErrors.push_back({u"members_present"_s, tr("more members present than the council has")});
    if (m.meetingDate.isValid() && m.meetingDate.year() < m.year)
        result.fieldErrors.push_back({u"meeting_date"_s, tr("the meeting cannot be held before the year it reviews")});
    if (!result.ok())
        return result;
    ReviewRepository repo(m_db.connection());
    const std::optional<ReviewMeeting> before = repo.meeting(m.year, m.unitCode);
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    const bool ok = tx.isActive() && repo.write(m, &error)
        && audit.recordChanged(before ? u"update"_s : u"insert"_s, u"review_meeting"_s,
                               u"%1/%2"_s.arg(m.year).arg(m.unitCode), before ? meetingJson(*before) : QString(),
                               meetingJson(m), &error);
    if (!ok || !tx.commit())
        result.error = tr("cannot save the meeting: %1")
                           .arg(error.isEmpty() ? tr("the transaction could not be committed") : error);
    return result;
}

SaveResult ReviewService::closeYear(int year, const QString &note)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::YearClose); !denied.ok())
        return denied;
    SaveResult result;
    if (year < 2015 || year > 2100) {
        result.fieldErrors.push_back({u"year"_s, tr("the year must be from 2015 to 2100")});
        return result;
    }
    if (isClosed(year)) {
        result.error = tr("the year %1 is already closed").arg(year);
        return result;
    }
    const YearClosure closure{year, m_clock.now().toUTC(), m_actor, note.trimmed()};
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    const bool ok = tx.isActive() && ReviewRepository(m_db.connection()).close(closure, &error)
        && audit.recordChanged(u"close"_s, u"year_closure"_s, QString::number(year), QString(),
                               json({{u"year"_s, year}, {u"note"_s, closure.note}}), &error);
    if (!ok || !tx.commit())
        result.error = tr("cannot close the year: %1")
                           .arg(error.isEmpty() ? tr("the transaction could not be committed") : error);
    return result;
}

SaveResult ReviewService::reopenYear(int year, const QString &reason)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::YearClose); !denied.ok())
        return denied;
    SaveResult result;
    const std::optional<YearClosure> before = closure(year);
    if (!before) {
        result.error = tr("the year %1 is not closed").arg(year);
        return result;
    }
    if (reason.trimmed().isEmpty()) {
        result.fieldErrors.push_back({u"reason"_s, tr("reopening a closed year needs a reason")});
        return result;
    }
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    const bool ok = tx.isActive() && ReviewRepository(m_db.connection()).reopen(year, &error)
        && audit.recordChanged(u"reopen"_s, u"year_closure"_s, QString::number(year),
                               json({{u"year"_s, year},
                                     {u"closed_at"_s, before->closedAt.toString(Qt::ISODateWithMs)},
                                     {u"closed_by"_s, before->closedBy},
                                     {u"note"_s, before->note}}),
                               json({{u"year"_s, year}, {u"reason"_s, reason.trimmed()}}), &error);
    if (!ok || !tx.commit())
        result.error = tr("cannot reopen the year: %1")
                           .arg(error.isEmpty() ? tr("the transaction could not be committed") : error);
    return result;
}
