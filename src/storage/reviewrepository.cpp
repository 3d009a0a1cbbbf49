// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrepository.h"

#include "sqlquery.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const auto kDecisionColumns = u"SELECT id, year, unit_code, staff_code, award, outcome, votes_for, votes_against, "
                              "votes_abstain, decision_no, decision_date, note FROM review_decision"_s;
// Award order as the council takes them (ReviewAwards::all()), not alphabetical.
const auto kDecisionOrder = u" ORDER BY year, unit_code, staff_code, CASE award "
                            "WHEN 'lao_dong_tien_tien' THEN 1 WHEN 'chien_si_thi_dua_co_so' THEN 2 "
                            "WHEN 'giay_khen' THEN 3 WHEN 'bang_khen' THEN 4 WHEN 'tap_the_lao_dong_tien_tien' THEN 5 "
                            "ELSE 9 END, award, id"_s;

std::optional<int> toInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QVariant fromInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

ReviewDecision readDecision(const QSqlQuery &q)
{
    ReviewDecision d;
    d.id = q.value(0).toLongLong();
    d.year = q.value(1).toInt();
    d.unitCode = q.value(2).toString();
    d.staffCode = q.value(3).toString();
    d.award = q.value(4).toString();
    d.outcome = q.value(5).toString();
    d.votesFor = toInt(q.value(6));
    d.votesAgainst = toInt(q.value(7));
    d.votesAbstain = toInt(q.value(8));
    d.decisionNo = q.value(9).toString();
    d.decisionDate = Sql::toDate(q.value(10));
    d.note = q.value(11).toString();
    return d;
}

const auto kMeetingColumns = u"SELECT year, unit_code, meeting_date, place, chair, secretary, members_total, "
                             "members_present, note FROM review_meeting"_s;

ReviewMeeting readMeeting(const QSqlQuery &q)
{
    ReviewMeeting m;
    m.year = q.value(0).toInt();
    m.unitCode = q.value(1).toString();
    m.meetingDate = Sql::toDate(q.value(2));
    m.place = q.value(3).toString();
    m.chair = q.value(4).toString();
    m.secretary = q.value(5).toString();
    m.membersTotal = q.value(6).toInt();
    m.membersPresent = q.value(7).toInt();
    m.note = q.value(8).toString();
    return m;
}

YearClosure readClosure(const QSqlQuery &q)
{
    YearClosure c;
    c.year = q.value(0).toInt();
    c.closedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    c.closedAt.setTimeSpec(Qt::UTC);
    c.closedBy = q.value(2).toString();
    c.note = q.value(3).toString();
    return c;
}

} // namespace

std::vector<ReviewDecision> ReviewRepository::decisions(int year, const QString &unitCode, QString *error) const
{
    QSqlQuery q(m_db);
    const QString where = unitCode.isEmpty() ? u" WHERE year = :year"_s : u" WHERE year = :year AND unit_code = :unit"_s;
    if (!Sql::prepare(q, kDecisionColumns + where + kDecisionOrder, error))
        return {};
    q.bindValue(u":year"_s, year);
    if (!unitCode.isEmpty())
        q.bindValue(u":unit"_s, unitCode);
    return Sql::readRows(q, &readDecision, error);
}

std::vector<ReviewDecision> ReviewRepository::decisionsOf(const QString &staffCode, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, kDecisionColumns + u" WHERE staff_code = :staff"_s + kDecisionOrder, error))
        return {};
    q.bindValue(u":staff"_s, staffCode);
    return Sql::readRows(q, &readDecision, error);
}

std::optional<ReviewDecision> ReviewRepository::decision(qint64 id, QString *error) const
{
    return Sql::selectById(m_db, kDecisionColumns, id, &readDecision, error);
}

std::optional<ReviewDecision> ReviewRepository::decision(int year, const QString &unitCode, const QString &staffCode,
                                                         const QString &award, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, kDecisionColumns + u" WHERE year = :year AND unit_code = :unit AND staff_code = :staff "
                                            "AND award = :award"_s, error))
        return std::nullopt;
    q.bindValue(u":year"_s, year);
    q.bindValue(u":unit"_s, unitCode);
    q.bindValue(u":staff"_s, Sql::notNull(staffCode));
    q.bindValue(u":award"_s, award);
    return Sql::readFirst(q, &readDecision, error);
}

qint64 ReviewRepository::write(const ReviewDecision &d, QString *error)
{
    QSqlQuery q(m_db);
    const bool insert = d.id == 0;
    const QString sql = insert
        ? u"INSERT INTO review_decision (year, unit_code, staff_code, award, outcome, votes_for, votes_against, "
          "votes_abstain, decision_no, decision_date, note) VALUES (:year, :unit, :staff, :award, :outcome, :for, "
          ":against, :abstain, :no, :date, :note)"_s
        : u"UPDATE review_decision SET year = :year, unit_code = :unit, staff_code = :staff, award = :award, "
          "outcome = :outcome, votes_for = :for, votes_against = :against, votes_abstain = :abstain, "
          "decision_no = :no, decision_date = :date, note = :note WHERE id = :id"_s;
    if (!Sql::prepare(q, sql, error))
        return 0;
    q.bindValue(u":year"_s, d.year);
    q.bindValue(u":unit"_s, d.unitCode);
    q.bindValue(u":staff"_s, Sql::notNull(d.staffCode));
    q.bindValue(u":award"_s, d.award);
    q.bindValue(u":outcome"_s, d.outcome);
    q.bindValue(u":for"_s, fromInt(d.votesFor));
    q.bindValue(u":against"_s, fromInt(d.votesAgainst));
    q.bindValue(u":abstain"_s, fromInt(d.votesAbstain));
    q.bindValue(u":no"_s, Sql::notNull(d.decisionNo));
    q.bindValue(u":date"_s, Sql::fromDate(d.decisionDate));
    q.bindValue(u":note"_s, Sql::notNull(d.note));
    if (!insert)
        q.bindValue(u":id"_s, d.id);
    if (!Sql::exec(q, error))
        return 0;
    return insert ? Sql::insertedId(q) : d.id;
}

bool ReviewRepository::removeDecision(qint64 id, QString *error)
{
    return Sql::execWithId(m_db, u"DELETE FROM review_decision WHERE id = :id"_s, id, error);
}

std::optional<ReviewMeeting> ReviewRepository::meeting(int year, const QString &unitCode, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, kMeetingColumns + u" WHERE year = :year AND unit_code = :unit"_s, error))
        return std::nullopt;
    q.bindValue(u":year"_s, year);
    q.bindValue(u":unit"_s, unitCode);
    return Sql::readFirst(q, &readMeeting, error);
}

std::vector<ReviewMeeting> ReviewRepository::meetings(int year, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, kMeetingColumns + u" WHERE year = :year ORDER BY unit_code"_s, error))
        return {};
    q.bindValue(u":year"_s, year);
    return Sql::readRows(q, &readMeeting, error);
}

bool ReviewRepository::write(const ReviewMeeting &m, QString *error)
{
    const bool exists = meeting(m.year, m.unitCode, error).has_value();
    QSqlQuery q(m_db);
    const QString sql = exists
        ? u"UPDATE review_meeting SET meeting_date = :date, place = :place, chair = :chair, secretary = :secretary, "
          "members_total = :total, members_present = :present, note = :note WHERE year = :year AND unit_code = :unit"_s
        : u"INSERT INTO review_meeting (year, unit_code, meeting_date, place, chair, secretary, members_total, "
          "members_present, note) VALUES (:year, :unit, :date, :place, :chair, :secretary, :total, :present, :note)"_s;
    if (!Sql::prepare(q, sql, error))
        return false;
    q.bindValue(u":year"_s, m.year);
    q.bindValue(u":unit"_s, m.unitCode);
    q.bindValue(u":date"_s, Sql::fromDate(m.meetingDate));
    q.bindValue(u":place"_s, Sql::notNull(m.place));
    q.bindValue(u":chair"_s, Sql::notNull(m.chair));
    q.bindValue(u":secretary"_s, Sql::notNull(m.secretary));
    q.bindValue(u":total"_s, m.membersTotal);
    q.bindValue(u":present"_s, m.membersPresent);
    q.bindValue(u":note"_s, Sql::notNull(m.note));
    return Sql::exec(q, error);
}

std::optional<YearClosure> ReviewRepository::closure(int year, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT year, closed_at, closed_by, note FROM year_closure WHERE year = :year"_s, error))
        return std::nullopt;
    q.bindValue(u":year"_s, year);
    return Sql::readFirst(q, &readClosure, error);
}

std::vector<YearClosure> ReviewRepository::closures(QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT year, closed_at, closed_by, note FROM year_closure ORDER BY year"_s, error))
        return {};
    return Sql::readRows(q, &readClosure, error);
}

bool ReviewRepository::close(const YearClosure &c, QString *error)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"INSERT INTO year_closure (year, closed_at, closed_by, note) "
                         "VALUES (:year, :at, :by, :note)"_s, error))
        return false;
    q.bindValue(u":year"_s, c.year);
    q.bindValue(u":at"_s, c.closedAt.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(u":by"_s, Sql::notNull(c.closedBy));
    q.bindValue(u":note"_s, Sql::notNull(c.note));
    return Sql::exec(q, error);
}

bool ReviewRepository::reopen(int year, QString *error)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"DELETE FROM year_closure WHERE year = :year"_s, error))
        return false;
    q.bindValue(u":year"_s, year);
    return Sql::exec(q, error);
}
