// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffrepository.h"

#include "domain/textfold.h"
#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace {

const QString kColumns =
    u"code, full_name, birth_date, gender, unit_code, category, position, is_leader, start_date, end_date, "
    "general_education, professional_level, professional_field, political_theory, state_management, "
    "it_skill, foreign_language, ethnic_minority, row_version"_s;

StaffMember readMember(const QSqlQuery &q)
{
    StaffMember m;
    m.code = q.value(0).toString();
    m.fullName = q.value(1).toString();
    m.birthDate = Sql::toDate(q.value(2));
    m.gender = Sql::toText(q.value(3));
    m.unitCode = q.value(4).toString();
    m.category = q.value(5).toString();
    m.position = q.value(6).toString();
    m.isLeader = Sql::toBool(q.value(7));
    m.startDate = Sql::toDate(q.value(8));
    m.endDate = Sql::toDate(q.value(9));
    m.generalEducation = Sql::toText(q.value(10));
    m.professionalLevel = Sql::toText(q.value(11));
    m.professionalField = Sql::toText(q.value(12));
    m.politicalTheory = Sql::toText(q.value(13));
    m.stateManagement = Sql::toText(q.value(14));
    m.itSkill = Sql::toText(q.value(15));
    m.foreignLanguage = Sql::toText(q.value(16));
    m.ethnicMinority = Sql::toBool(q.value(17));
    m.rowVersion.value = q.value(18).toInt();
    return m;
}

void bindMember(QSqlQuery &q, const StaffMember &m)
{
    q.bindValue(u":code"_s, m.code);
    q.bindValue(u":full_name"_s, m.fullName);
    q.bindValue(u":birth_date"_s, Sql::fromDate(m.birthDate));
    q.bindValue(u":gender"_s, Sql::fromText(m.gender));
    q.bindValue(u":unit_code"_s, m.unitCode);
    q.bindValue(u":category"_s, m.category);
    q.bindValue(u":position"_s, m.position);
    q.bindValue(u":is_leader"_s, Sql::fromBool(m.isLeader));
    q.bindValue(u":start_date"_s, Sql::fromDate(m.startDate));
    q.bindValue(u":end_date"_s, Sql::fromDate(m.endDate));
    q.bindValue(u":general_education"_s, Sql::fromText(m.generalEducation));
    q.bindValue(u":professional_level"_s, Sql::fromText(m.professionalLevel));
    q.bindValue(u":professional_field"_s, Sql::fromText(m.professionalField));
    q.bindValue(u":political_theory"_s, Sql::fromText(m.politicalTheory));
    q.bindValue(u":state_management"_s, Sql::fromText(m.stateManagement));
    q.bindValue(u":it_skill"_s, Sql::fromText(m.itSkill));
    q.bindValue(u":foreign_language"_s, Sql::fromText(m.foreignLanguage));
    q.bindValue(u":ethnic_minority"_s, Sql::fromBool(m.ethnicMinority));
    q.bindValue(u":search_text"_s, foldText(QString(m.fullName + u' ' + m.code)));
    q.bindValue(u":sort_key"_s, nameSortKey(m.fullName));
}

/** WHERE clause and its bound values for a query (values bound positionally in order). */
struct Where
{
    QString sql;
    QVariantList values;
};

Where whereOf(const StaffQuery &query)
{
    QStringList parts;
    QVariantList values;
    const QStringList words = foldText(query.search).split(u' ', Qt::SkipEmptyParts);
    for (QString w : words) {
        w.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        parts << u"search_text LIKE ? ESCAPE '\\'"_s;
        values << QVariant(u'%' + w + u'%');
    }
    if (query.unitCodes) {
        if (query.unitCodes->isEmpty()) {
            parts << u"1 = 0"_s;
        } else {
            QStringList marks;
            for (const auto &c : *query.unitCodes) {
                marks << u"?"_s;
                values << c;
            }
            parts << u"unit_code IN ("_s + marks.join(u", "_s) + u')';
        }
    }
    if (!query.category.isEmpty()) {
        parts << u"category = ?"_s;
        values << query.category;
    }
    if (!query.position.isEmpty()) {
        parts << u"position = ?"_s;
        values << query.position;
    }
    if (!query.code.isEmpty()) {
        parts << u"code = ?"_s;
        values << query.code;
    }
    if (query.inServiceOn.isValid()) {
        const QString d = query.inServiceOn.toString(Qt::ISODate);
        parts << u"(start_date IS NULL OR start_date <= ?) AND (end_date IS NULL OR end_date > ?)"_s;
        values << d << d;
    }
    return {parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s), values};
}

} // namespace

std::optional<StaffMember> StaffRepository::find(const QString &code, QString *error)
{
    if (!m_find) {
        m_find.emplace(m_db);
        m_find->setForwardOnly(true);
        if (!Sql::prepare(*m_find, u"SELECT "_s + kColumns + u" FROM staff WHERE code = :code"_s, error)) {
            m_find.reset();
            return std::nullopt;
        }
    }
    m_find->bindValue(u":code"_s, code);
    if (!Sql::exec(*m_find, error))
        return std::nullopt;
    std::optional<StaffMember> out;
    if (m_find->next())
        out = readMember(*m_find);
    m_find->finish();
    return out;
}

bool StaffRepository::upsert(const StaffMember &m, QString *error)
{
    return write(m, find(m.code, error).has_value(), error);
}

bool StaffRepository::write(const StaffMember &m, bool exists, QString *error)
{
    m_conflict = false;
    // An update raises row_version; one that states the version it was read at (a form's save) changes
    // nothing when another session saved in between: a conflict, reported, never a silent overwrite.
    const bool checked = exists && m.rowVersion.isKnown();
    auto &slot = !exists ? m_insert : checked ? m_update : m_updateAny;
    if (!slot) {
        slot.emplace(m_db);
        const QString sql = exists
            ? u"UPDATE staff SET full_name = :full_name, birth_date = :birth_date, gender = :gender, "
              "unit_code = :unit_code, category = :category, position = :position, is_leader = :is_leader, "
              "start_date = :start_date, end_date = :end_date, general_education = :general_education, "
              "professional_level = :professional_level, professional_field = :professional_field, "
              "political_theory = :political_theory, state_management = :state_management, "
              "it_skill = :it_skill, foreign_language = :foreign_language, ethnic_minority = :ethnic_minority, "
              "search_text = :search_text, sort_key = :sort_key, row_version = row_version + 1 "
              "WHERE code = :code"_s
                + (checked ? u" AND row_version = :row_version"_s : QString())
            : u"INSERT INTO staff ("_s
                + u"code, full_name, birth_date, gender, unit_code, category, position, is_leader, start_date, "
                  "end_date, general_education, professional_level, professional_field, political_theory, "
                  "state_management, it_skill, foreign_language, ethnic_minority"_s
                + u", search_text, sort_key) VALUES (:code, :full_name, :birth_date, :gender, :unit_code, "
                  ":category, :position, :is_leader, :start_date, :end_date, :general_education, "
                  ":professional_level, :professional_field, :political_theory, :state_management, "
                  ":it_skill, :foreign_language, :ethnic_minority, :search_text, :sort_key)"_s;
        if (!Sql::prepare(*slot, sql, error)) {
            slot.reset();
            return false;
        }
    }
    bindMember(*slot, m);
    if (checked)
        slot->bindValue(u":row_version"_s, m.rowVersion.value);
    bool ok = Sql::exec(*slot, error);
    if (ok && exists && slot->numRowsAffected() == 0) {
        m_conflict = checked;
        ok = false;
        if (error)
            *error = checked ? u"the person %1 was changed by someone else (version %2 is no longer current)"_s
                                   .arg(m.code).arg(m.rowVersion.value)
                             : u"the person %1 no longer exists"_s.arg(m.code);
    }
    slot->finish();
    return ok;
}

bool StaffRepository::remove(const QString &code, QString *error)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"DELETE FROM staff WHERE code = :code"_s, error))
        return false;
    q.bindValue(u":code"_s, code);
    return Sql::exec(q, error);
}

std::vector<StaffMember> StaffRepository::page(const StaffQuery &query, const std::optional<StaffPageKey> &after,
                                               int limit, QString *error) const
{
    std::vector<StaffMember> out;
    Where where = whereOf(query);
    QString sql = u"SELECT "_s + kColumns + u" FROM staff"_s + where.sql;
    if (after) {
        sql += where.sql.isEmpty() ? u" WHERE "_s : u" AND "_s;
        sql += u"(sort_key, code) > (?, ?)"_s;
        where.values << after->sortKey << after->code;
    }
    sql += u" ORDER BY sort_key, code LIMIT ?"_s;
    where.values << limit;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, sql, error))
        return out;
    for (const auto &v : where.values)
        q.addBindValue(v);
    if (!Sql::exec(q, error))
        return out;
    out.reserve(limit);
    while (q.next())
        out.push_back(readMember(q));
    return out;
}

int StaffRepository::count(const StaffQuery &query, QString *error) const
{
    const Where where = whereOf(query);
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, u"SELECT COUNT(*) FROM staff"_s + where.sql, error))
        return -1;
    for (const auto &v : where.values)
        q.addBindValue(v);
    if (!Sql::exec(q, error) || !q.next())
        return -1;
    return q.value(0).toInt();
}

std::vector<StaffMember> StaffRepository::all(QString *error) const
{
    std::vector<StaffMember> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT "_s + kColumns + u" FROM staff ORDER BY code"_s, error) || !Sql::exec(q, error))
        return out;
    while (q.next())
        out.push_back(readMember(q));
    return out;
}

std::vector<StaffCount> StaffRepository::countsByUnitAndCategory(const QDate &inServiceOn, QString *error) const
{
    std::vector<StaffCount> out;
    StaffQuery query;
    query.inServiceOn = inServiceOn;
    const Where where = whereOf(query);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, u"SELECT unit_code, category, COUNT(*) FROM staff"_s + where.sql
                             + u" GROUP BY unit_code, category ORDER BY unit_code, category"_s, error))
        return out;
    for (const auto &v : where.values)
        q.addBindValue(v);
    if (!Sql::exec(q, error))
        return out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

namespace {

std::vector<StaffMember> selectByCategories(const QSqlDatabase &db, const QStringList &categories, const QDate &date,
                                            const QStringList &unitCodes, QString *error)
{
    std::vector<StaffMember> out;
    if (categories.isEmpty())
        return out;
    QStringList marks;
    QVariantList values;
    for (const auto &c : categories) {
        marks << u"?"_s;
        values << c;
    }
    QString sql = u"SELECT "_s + kColumns + u" FROM staff WHERE category IN ("_s + marks.join(u", "_s) + u')';
    if (date.isValid()) {
        const QString d = date.toString(Qt::ISODate);
        sql += u" AND (start_date IS NULL OR start_date <= ?) AND (end_date IS NULL OR end_date > ?)"_s;
        values << d << d;
    }
    if (!unitCodes.isEmpty()) {
        QStringList units;
        for (const auto &u : unitCodes) {
            units << u"?"_s;
            values << u;
        }
        sql += u" AND unit_code IN ("_s + units.join(u", "_s) + u')';
    }
    sql += u" ORDER BY code"_s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q, sql, error))
        return out;
    for (const auto &v : values)
        q.addBindValue(v);
    if (!Sql::exec(q, error))
        return out;
    while (q.next())
        out.push_back(readMember(q));
    return out;
}

} // namespace

std::vector<StaffMember> StaffRepository::inService(const QStringList &categories, const QDate &date,
                                                    QString *error, const QStringList &unitCodes) const
{
    if (!date.isValid()) {
        if (error)
            *error = u"inService: no date"_s;
        return {};
    }
    return selectByCategories(m_db, categories, date, unitCodes, error);
}

std::vector<StaffMember> StaffRepository::ofCategories(const QStringList &categories, QString *error) const
{
    return selectByCategories(m_db, categories, QDate(), {}, error);
}
