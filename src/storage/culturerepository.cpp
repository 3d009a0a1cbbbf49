// SPDX-License-Identifier: GPL-3.0-or-later
#include "culturerepository.h"

#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace {

const QString kItemColumns = u"code, ordinal, item_group, label_vi, label_en, basis, leaders_only, active, origin"_s;
const QString kInspectionColumns = u"id, unit_code, inspected_on, inspector, note"_s;
const QString kViolationColumns =
    u"id, staff_code, item_code, occurred_on, inspection_id, description, status, discipline_id"_s;

CultureItem readItem(const QSqlQuery &q)
{
    CultureItem i;
    i.code = q.value(0).toString();
    i.ordinal = q.value(1).toInt();
    i.group = q.value(2).toString();
    i.labelVi = q.value(3).toString();
    i.labelEn = q.value(4).toString();
    i.basis = q.value(5).toString();
    i.leadersOnly = q.value(6).toInt() != 0;
    i.active = q.value(7).toInt() != 0;
    i.origin = q.value(8).toString();
    return i;
}

CultureInspection readInspection(const QSqlQuery &q)
{
    CultureInspection i;
    i.id = q.value(0).toLongLong();
    i.unitCode = q.value(1).toString();
    i.date = Sql::toDate(q.value(2));
    i.inspector = q.value(3).toString();
    i.note = q.value(4).toString();
    return i;
}

CultureViolation readViolation(const QSqlQuery &q)
{
    CultureViolation v;
    v.id = q.value(0).toLongLong();
    v.staffCode = q.value(1).toString();
    v.itemCode = q.value(2).toString();
    v.date = Sql::toDate(q.value(3));
    v.inspectionId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    v.description = q.value(5).toString();
    v.status = q.value(6).toString();
    v.disciplineId = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    return v;
}

/** "col >= :from AND col <= :to" for the bounds that are valid ("1 = 1" when none). */
QString rangeCondition(const QString &column, const QDate &from, const QDate &to)
{
    QStringList parts;
    if (from.isValid())
        parts << column + u" >= :from"_s;
    if (to.isValid())
        parts << column + u" <= :to"_s;
    return parts.isEmpty() ? u"1 = 1"_s : parts.join(u" AND "_s);
}

void bindRange(QSqlQuery &q, const QDate &from, const QDate &to)
{
    if (from.isValid())
        q.bindValue(u":from"_s, Sql::fromDate(from));
    if (to.isValid())
        q.bindValue(u":to"_s, Sql::fromDate(to));
}

/** `select WHERE column in [from, to] ORDER BY orderBy`, an invalid bound being open; every row through read. */
template<typename T>
std::vector<T> selectBetween(const QSqlDatabase &db, const QString &select, const QString &column, const QDate &from,
                             const QDate &to, const QString &orderBy, T (*read)(const QSqlQuery &), QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, select + u" WHERE "_s + rangeCondition(column, from, to) + u" ORDER BY "_s + orderBy, error))
        return {};
    bindRange(q, from, to);
    return Sql::readRows(q, read, error);
}

} // namespace

std::vector<CultureItem> CultureRepository::items(bool activeOnly, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString where = activeOnly ? u" WHERE active = 1"_s : QString();
    if (!Sql::prepare(q, u"SELECT "_s + kItemColumns + u" FROM culture_item"_s + where + u" ORDER BY ordinal, code"_s,
                      error))
        return {};
    return Sql::readRows(q, readItem, error);
}

std::optional<CultureItem> CultureRepository::findItem(const QString &code, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT "_s + kItemColumns + u" FROM culture_item WHERE code = :code"_s, error))
        return std::nullopt;
    q.bindValue(u":code"_s, code);
    return Sql::readFirst(q, readItem, error);
}

bool CultureRepository::upsertItem(const CultureItem &item, QString *error)
{
    const bool exists = findItem(item.code, error).has_value();
    QSqlQuery q(m_db);
    const QString sql = exists
        ? u"UPDATE culture_item SET ordinal = :ordinal, item_group = :group, label_vi = :vi, label_en = :en, "
          "basis = :basis, leaders_only = :leaders, active = :active, origin = :origin WHERE code = :code"_s
        : u"INSERT INTO culture_item ("_s + kItemColumns
            + u") VALUES (:code, :ordinal, :group, :vi, :en, :basis, :leaders, :active, :origin)"_s;
    if (!Sql::prepare(q, sql, error))
        return false;
    q.bindValue(u":code"_s, item.code);
    q.bindValue(u":ordinal"_s, item.ordinal);
    q.bindValue(u":group"_s, Sql::notNull(item.group));
    q.bindValue(u":vi"_s, Sql::notNull(item.labelVi));
    q.bindValue(u":en"_s, Sql::notNull(item.labelEn));
    q.bindValue(u":basis"_s, Sql::notNull(item.basis));
    q.bindValue(u":leaders"_s, item.leadersOnly ? 1 : 0);
    q.bindValue(u":active"_s, item.active ? 1 : 0);
    q.bindValue(u":origin"_s, Sql::notNull(item.origin));
    return Sql::exec(q, error);
}

std::vector<CultureInspection> CultureRepository::inspections(const QDate &from, const QDate &to, QString *error) const
{
    return selectBetween(m_db, u"SELECT "_s + kInspectionColumns + u" FROM culture_inspection"_s, u"inspected_on"_s,
                         from, to, u"inspected_on, id"_s, readInspection, error);
}

std::optional<CultureInspection> CultureRepository::findInspection(qint64 id, QString *error) const
{
    return Sql::selectById(m_db, u"SELECT "_s + kInspectionColumns + u" FROM culture_inspection"_s, id, readInspection,
                      error);
}

std::optional<CultureInspection> CultureRepository::findInspection(const QString &unitCode, const QDate &date,
                                                                   const QString &inspector, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT "_s + kInspectionColumns
                             + u" FROM culture_inspection WHERE unit_code = :unit AND inspected_on = :date "
                               "AND inspector = :inspector"_s,
                      error))
        return std::nullopt;
    q.bindValue(u":unit"_s, unitCode);
    q.bindValue(u":date"_s, Sql::fromDate(date));
    q.bindValue(u":inspector"_s, inspector);
    return Sql::readFirst(q, readInspection, error);
}

qint64 CultureRepository::writeInspection(const CultureInspection &i, QString *error)
{
    QSqlQuery q(m_db);
    const QString sql = i.id > 0
        ? u"UPDATE culture_inspection SET unit_code = :unit, inspected_on = :date, inspector = :inspector, "
          "note = :note WHERE id = :id"_s
        : u"INSERT INTO culture_inspection (unit_code, inspected_on, inspector, note) "
          "VALUES (:unit, :date, :inspector, :note)"_s;
    if (!Sql::prepare(q, sql, error))
        return 0;
    q.bindValue(u":unit"_s, i.unitCode);
    q.bindValue(u":date"_s, Sql::fromDate(i.date));
    q.bindValue(u":inspector"_s, Sql::notNull(i.inspector));
    q.bindValue(u":note"_s, Sql::notNull(i.note));
    if (i.id > 0)
        q.bindValue(u":id"_s, i.id);
    if (!Sql::exec(q, error))
        return 0;
    return i.id > 0 ? i.id : Sql::insertedId(q);
}

bool CultureRepository::removeInspection(qint64 id, QString *error)
{
    // The observations go with it (ON DELETE CASCADE is not relied on: foreign keys may be off).
    return Sql::execWithId(m_db, u"DELETE FROM culture_observation WHERE inspection_id = :id"_s, id, error)
        && Sql::execWithId(m_db, u"UPDATE culture_violation SET inspection_id = NULL WHERE inspection_id = :id"_s, id, error)
        && Sql::execWithId(m_db, u"DELETE FROM culture_inspection WHERE id = :id"_s, id, error);
}

std::vector<CultureObservation> CultureRepository::observations(qint64 inspectionId, QString *error) const
{
    std::vector<CultureObservation> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT staff_code, item_code, result, note FROM culture_observation "
                         "WHERE inspection_id = :id ORDER BY staff_code, item_code"_s, error))
        return out;
    q.bindValue(u":id"_s, inspectionId);
    if (!Sql::exec(q, error))
        return out;
    while (q.next())
        out.push_back({inspectionId, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString()});
    return out;
}

std::vector<CultureObservationRow> CultureRepository::observationsBetween(const QDate &from, const QDate &to,
                                                                          const QString &staffCode, QString *error) const
{
    std::vector<CultureObservationRow> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT o.inspection_id, o.staff_code, o.item_code, o.result, o.note, i.unit_code, "
                         "i.inspected_on FROM culture_observation o JOIN culture_inspection i ON i.id = o.inspection_id "
                         "WHERE "_s + rangeCondition(u"i.inspected_on"_s, from, to)
                             + (staffCode.isEmpty() ? QString() : u" AND o.staff_code = :staff"_s)
                             + u" ORDER BY i.inspected_on, i.id, o.staff_code, o.item_code"_s,
                      error))
        return out;
    bindRange(q, from, to);
    if (!staffCode.isEmpty())
        q.bindValue(u":staff"_s, staffCode);
    if (!Sql::exec(q, error))
        return out;
    while (q.next()) {
        CultureObservationRow r;
        r.observation = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString()};
        r.unitCode = q.value(5).toString();
        r.date = Sql::toDate(q.value(6));
        out.push_back(std::move(r));
    }
    return out;
}

bool CultureRepository::replaceObservations(qint64 inspectionId, const std::vector<CultureObservation> &observations,
                                            QString *error)
{
    if (!Sql::execWithId(m_db, u"DELETE FROM culture_observation WHERE inspection_id = :id"_s, inspectionId, error))
        return false;
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"INSERT INTO culture_observation (inspection_id, staff_code, item_code, result, note) "
                         "VALUES (:id, :staff, :item, :result, :note)"_s, error))
        return false;
    for (const CultureObservation &o : observations) {
        q.bindValue(u":id"_s, inspectionId);
        q.bindValue(u":staff"_s, o.staffCode);
        q.bindValue(u":item"_s, o.itemCode);
        q.bindValue(u":result"_s, o.result);
        q.bindValue(u":note"_s, Sql::notNull(o.note));
        if (!Sql::exec(q, error))
            return false;
    }
    return true;
}

std::vector<CultureViolation> CultureRepository::violations(const QDate &from, const QDate &to, QString *error) const
{
    return selectBetween(m_db, u"SELECT "_s + kViolationColumns + u" FROM culture_violation"_s, u"occurred_on"_s, from,
                         to, u"occurred_on DESC, id DESC"_s, readViolation, error);
}

std::optional<CultureViolation> CultureRepository::findViolation(qint64 id, QString *error) const
{
    return Sql::selectById(m_db, u"SELECT "_s + kViolationColumns + u" FROM culture_violation"_s, id, readViolation, error);
}

std::optional<CultureViolation> CultureRepository::findViolation(qint64 inspectionId, const QString &staffCode,
                                                                 const QString &itemCode, QString *error) const
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT "_s + kViolationColumns
                             + u" FROM culture_violation WHERE inspection_id = :inspection AND staff_code = :staff "
                               "AND item_code = :item ORDER BY id"_s,
                      error))
        return std::nullopt;
    q.bindValue(u":inspection"_s, inspectionId);
    q.bindValue(u":staff"_s, staffCode);
    q.bindValue(u":item"_s, itemCode);
    return Sql::readFirst(q, readViolation, error);
}

qint64 CultureRepository::writeViolation(const CultureViolation &v, QString *error)
{
    QSqlQuery q(m_db);
    const QString sql = v.id > 0
        ? u"UPDATE culture_violation SET staff_code = :staff, item_code = :item, occurred_on = :date, "
          "inspection_id = :inspection, description = :description, status = :status, discipline_id = :discipline "
          "WHERE id = :id"_s
        : u"INSERT INTO culture_violation (staff_code, item_code, occurred_on, inspection_id, description, status, "
          "discipline_id) VALUES (:staff, :item, :date, :inspection, :description, :status, :discipline)"_s;
    if (!Sql::prepare(q, sql, error))
        return 0;
    q.bindValue(u":staff"_s, v.staffCode);
    q.bindValue(u":item"_s, v.itemCode);
    q.bindValue(u":date"_s, Sql::fromDate(v.date));
    q.bindValue(u":inspection"_s, Sql::idOrNull(v.inspectionId));
    q.bindValue(u":description"_s, Sql::notNull(v.description));
    q.bindValue(u":status"_s, v.status);
    q.bindValue(u":discipline"_s, Sql::idOrNull(v.disciplineId));
    if (v.id > 0)
        q.bindValue(u":id"_s, v.id);
    if (!Sql::exec(q, error))
        return 0;
    return v.id > 0 ? v.id : Sql::insertedId(q);
}
