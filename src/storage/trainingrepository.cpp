// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingrepository.h"

#include "sqlquery.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

const QString kCourseColumns = u"code, ordinal, kind, name_vi, name_en, provider, duration, duration_unit, cost, "
                               "grants, prerequisites, positions, basis, note, active, origin"_s;
const QString kPlanColumns = u"id, year, unit_code, title, budget, note"_s;
const QString kEnrolmentColumns = u"id, plan_id, staff_code, course_code, status, start_date, end_date, "
                                  "certificate_no, certificate_date, cost, note"_s;

TrainingCourse readCourse(const QSqlQuery &q)
{
    TrainingCourse c;
    c.code = q.value(0).toString();
    c.ordinal = q.value(1).toInt();
    c.kind = q.value(2).toString();
    c.nameVi = q.value(3).toString();
    c.nameEn = q.value(4).toString();
    c.provider = q.value(5).toString();
    c.duration = q.value(6).toInt();
    c.durationUnit = q.value(7).toString();
    c.cost = q.value(8).toLongLong();
    c.grants = TrainingCatalogueJson::valuesFromJson(q.value(9).toString());
    c.prerequisites = TrainingCatalogueJson::valuesFromJson(q.value(10).toString());
    c.positions = TrainingCatalogueJson::positionsFromJson(q.value(11).toString());
    c.basis = q.value(12).toString();
    c.note = q.value(13).toString();
    c.active = q.value(14).toInt() != 0;
    c.origin = q.value(15).toString();
    return c;
}

TrainingPlan readPlan(const QSqlQuery &q)
{
    TrainingPlan p;
    p.id = q.value(0).toLongLong();
    p.year = q.value(1).toInt();
    p.unitCode = q.value(2).toString();
    p.title = q.value(3).toString();
    p.budget = q.value(4).toLongLong();
    p.note = q.value(5).toString();
    return p;
}

TrainingEnrolment readEnrolment(const QSqlQuery &q)
{
    TrainingEnrolment e;
    e.id = q.value(0).toLongLong();
    e.planId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    e.staffCode = q.value(2).toString();
    e.courseCode = q.value(3).toString();
    e.status = q.value(4).toString();
    e.startDate = Sql::toDate(q.value(5));
    e.endDate = Sql::toDate(q.value(6));
    e.certificateNo = q.value(7).toString();
    e.certificateDate = Sql::toDate(q.value(8));
    e.cost = q.value(9).toLongLong();
    e.note = q.value(10).toString();
    return e;
}

/** The id of the row just inserted by q (SQLite and PostgreSQL through Qt's driver). */
qint64 insertedId(const QSqlQuery &q)
{
    return Sql::insertedId(q);
}

} // namespace

std::vector<TrainingCourse> TrainingRepository::courses(bool activeOnly, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString where = activeOnly ? u" WHERE active = 1"_s : QString();
    if (!Sql::prepare(q, u"SELECT "_s + kCourseColumns + u" FROM training_course"_s + where + u" ORDER BY ordinal, code"_s,
                      error))
        return {};
    return Sql::readRows(q, readCourse, error);
}

std::optional<TrainingCourse> TrainingRepository::findCourse(const QString &code, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT "_s + kCourseColumns + u" FROM training_course WHERE code = :code"_s, error))
        return std::nullopt;
    q.bindValue(u":code"_s, code);
    return Sql::readFirst(q, readCourse, error);
}

bool TrainingRepository::upsertCourse(const TrainingCourse &c, QString *error)
{
    QString findError;
    const bool exists = findCourse(c.code, &findError).has_value();
    if (!findError.isEmpty()) {
        if (error)
            *error = findError;
        return false;
    }
    QSqlQuery q(m_db);
    const QString sql = exists
        ? u"UPDATE training_course SET ordinal = :ordinal, kind = :kind, name_vi = :vi, name_en = :en, "
          "provider = :provider, duration = :duration, duration_unit = :unit, cost = :cost, grants = :grants, "
          "prerequisites = :prereq, positions = :positions, basis = :basis, note = :note, active = :active, origin = :origin "
          "WHERE code = :code"_s
        : u"INSERT INTO training_course ("_s + kCourseColumns
            + u") VALUES (:code, :ordinal, :kind, :vi, :en, :provider, :duration, :unit, :cost, :grants, :prereq, "
              ":positions, :basis, :note, :active, :origin)"_s;
    if (!Sql::prepare(q, sql, error))
        return false;
    q.bindValue(u":code"_s, c.code);
    q.bindValue(u":ordinal"_s, c.ordinal);
    q.bindValue(u":kind"_s, Sql::notNull(c.kind));
    q.bindValue(u":vi"_s, Sql::notNull(c.nameVi));
    q.bindValue(u":en"_s, Sql::notNull(c.nameEn));
    q.bindValue(u":provider"_s, Sql::notNull(c.provider));
    q.bindValue(u":duration"_s, c.duration);
    q.bindValue(u":unit"_s, Sql::notNull(c.durationUnit));
    q.bindValue(u":cost"_s, c.cost);
    q.bindValue(u":grants"_s, TrainingCatalogueJson::valuesJson(c.grants));
    q.bindValue(u":prereq"_s, TrainingCatalogueJson::valuesJson(c.prerequisites));
    q.bindValue(u":positions"_s, TrainingCatalogueJson::positionsJson(c.positions));
    q.bindValue(u":basis"_s, Sql::notNull(c.basis));
    q.bindValue(u":note"_s, Sql::notNull(c.note));
    q.bindValue(u":active"_s, c.active ? 1 : 0);
    q.bindValue(u":origin"_s, Sql::notNull(c.origin));
    return Sql::exec(q, error);
}

bool TrainingRepository::seedShipped(QString *error)
{
    QFile f(u":/assets/training/catalogue.json"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    std::vector<TrainingCourse> shipped;
    if (!TrainingCatalogueJson::parse(f.readAll(), &shipped, error))
        return false;
    for (const TrainingCourse &c : shipped) {
        if (!upsertCourse(c, error))
            return false;
    }
    return true;
}

std::vector<TrainingPlan> TrainingRepository::plans(int year, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString where = year > 0 ? u" WHERE year = :year"_s : QString();
    if (!Sql::prepare(q, u"SELECT "_s + kPlanColumns + u" FROM training_plan"_s + where
                             + u" ORDER BY year, unit_code IS NOT NULL, unit_code, id"_s,
                      error))
        return {};
    if (year > 0)
        q.bindValue(u":year"_s, year);
    return Sql::readRows(q, readPlan, error);
}

std::optional<TrainingPlan> TrainingRepository::findPlan(qint64 id, QString *error) const
{
    return Sql::selectById(m_db, u"SELECT "_s + kPlanColumns + u" FROM training_plan"_s, id, readPlan, error);
}

qint64 TrainingRepository::writePlan(const TrainingPlan &p, QString *error)
{
    QSqlQuery q(m_db);
    const QString sql = p.id > 0
        ? u"UPDATE training_plan SET year = :year, unit_code = :unit, title = :title, budget = :budget, note = :note "
          "WHERE id = :id"_s
        : u"INSERT INTO training_plan (year, unit_code, title, budget, note) "
          "VALUES (:year, :unit, :title, :budget, :note)"_s;
    if (!Sql::prepare(q, sql, error))
        return 0;
    if (p.id > 0)
        q.bindValue(u":id"_s, p.id);
    q.bindValue(u":year"_s, p.year);
    q.bindValue(u":unit"_s, Sql::fromText(p.unitCode));
    q.bindValue(u":title"_s, Sql::notNull(p.title));
    q.bindValue(u":budget"_s, p.budget);
    q.bindValue(u":note"_s, Sql::notNull(p.note));
    if (!Sql::exec(q, error))
        return 0;
    if (p.id > 0)
        return q.numRowsAffected() > 0 ? p.id : 0;
    return insertedId(q);
}

bool TrainingRepository::removePlan(qint64 id, QString *error)
{
    return Sql::execWithId(m_db, u"DELETE FROM training_plan WHERE id = :id"_s, id, error);
}

std::vector<TrainingEnrolment> TrainingRepository::enrolments(qint64 planId, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString where = planId > 0 ? u" WHERE plan_id = :plan"_s : planId == 0 ? u" WHERE plan_id IS NULL"_s : QString();
    if (!Sql::prepare(q, u"SELECT "_s + kEnrolmentColumns + u" FROM training_enrolment"_s + where + u" ORDER BY id"_s,
                      error))
        return {};
    if (planId > 0)
        q.bindValue(u":plan"_s, planId);
    return Sql::readRows(q, readEnrolment, error);
}

std::vector<TrainingEnrolment> TrainingRepository::enrolmentsOf(const QString &staffCode, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT "_s + kEnrolmentColumns + u" FROM training_enrolment WHERE staff_code = :staff ORDER BY id"_s,
                      error))
        return {};
    q.bindValue(u":staff"_s, staffCode);
    return Sql::readRows(q, readEnrolment, error);
}

std::vector<TrainingEnrolment> TrainingRepository::openEnrolments(const QDate &endingBy, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Dates are ISO text: comparing the text compares the dates.
    if (!Sql::prepare(q, u"SELECT "_s + kEnrolmentColumns
                          + u" FROM training_enrolment WHERE status IN ('planned', 'enrolled', 'attending')"
                            " AND end_date IS NOT NULL"_s
                          + (endingBy.isValid() ? u" AND end_date <= :by"_s : QString())
                          + u" ORDER BY end_date, id"_s,
                      error))
        return {};
    if (endingBy.isValid())
        q.bindValue(u":by"_s, Sql::fromDate(endingBy));
    return Sql::readRows(q, readEnrolment, error);
}

std::optional<TrainingEnrolment> TrainingRepository::findEnrolment(qint64 id, QString *error) const
{
    return Sql::selectById(m_db, u"SELECT "_s + kEnrolmentColumns + u" FROM training_enrolment"_s, id, readEnrolment, error);
}

qint64 TrainingRepository::writeEnrolment(const TrainingEnrolment &e, QString *error)
{
    QSqlQuery q(m_db);
    const QString sql = e.id > 0
        ? u"UPDATE training_enrolment SET plan_id = :plan, staff_code = :staff, course_code = :course, status = :status, "
          "start_date = :start, end_date = :end, certificate_no = :cert, certificate_date = :certdate, cost = :cost, "
          "note = :note WHERE id = :id"_s
        : u"INSERT INTO training_enrolment (plan_id, staff_code, course_code, status, start_date, end_date, "
          "certificate_no, certificate_date, cost, note) VALUES (:plan, :staff, :course, :status, :start, :end, "
          ":cert, :certdate, :cost, :note)"_s;
    if (!Sql::prepare(q, sql, error))
        return 0;
    if (e.id > 0)
        q.bindValue(u":id"_s, e.id);
    q.bindValue(u":plan"_s, Sql::idOrNull(e.planId));
    q.bindValue(u":staff"_s, e.staffCode);
    q.bindValue(u":course"_s, e.courseCode);
    q.bindValue(u":status"_s, Sql::notNull(e.status));
    q.bindValue(u":start"_s, Sql::fromDate(e.startDate));
    q.bindValue(u":end"_s, Sql::fromDate(e.endDate));
    q.bindValue(u":cert"_s, Sql::notNull(e.certificateNo));
    q.bindValue(u":certdate"_s, Sql::fromDate(e.certificateDate));
    q.bindValue(u":cost"_s, e.cost);
    q.bindValue(u":note"_s, Sql::notNull(e.note));
    if (!Sql::exec(q, error))
        return 0;
    if (e.id > 0)
        return q.numRowsAffected() > 0 ? e.id : 0;
    return insertedId(q);
}

bool TrainingRepository::removeEnrolment(qint64 id, QString *error)
{
    return Sql::execWithId(m_db, u"DELETE FROM training_enrolment WHERE id = :id"_s, id, error);
}
