// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/orgunit.h"
#include "domain/staffmember.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/staffrepository.h"
#include "storage/unitrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include <vector>

/**
 * Small, hand-made registry data shared by the service, model and app tests, and direct reads of
 * the audit trail. Header-only so that each test uses just what it needs.
 */
namespace Samples {

/** The day the sample wards merge (the 07/2025 reform). */
inline QDate mergeDate()
{
    return QDate(2025, 7, 1);
}

inline OrgUnit unit(const QString &code, const QString &name, const QString &kind, const QString &parent = {},
                    const QDate &from = {}, const QDate &to = {}, const QString &successor = {},
                    bool difficult = false)
{
    OrgUnit u;
    u.code = code;
    u.name = name;
    u.kind = kind;
    u.parentCode = parent;
    u.validFrom = from;
    u.validTo = to;
    u.successorCode = successor;
    u.difficultArea = difficult;
    return u;
}

/**
 * The sample town: province T; town H (abolished at the merge); ward W1 and commune W2 merged
 * into the new ward WN on mergeDate(); agency AG under H, still valid.
 */
inline std::vector<OrgUnit> town()
{
    const QDate merge = mergeDate();
    return {
        unit(QStringLiteral("T"), QStringLiteral("Tỉnh Thử"), QStringLiteral("tinh")),
        unit(QStringLiteral("H"), QStringLiteral("Thị xã Thử"), QStringLiteral("huyen"), QStringLiteral("T"), {},
             merge),
        unit(QStringLiteral("W1"), QStringLiteral("Phường Một"), QStringLiteral("phuong"), QStringLiteral("H"), {},
             merge, QStringLiteral("WN")),
        unit(QStringLiteral("W2"), QStringLiteral("Xã Hai"), QStringLiteral("xa"), QStringLiteral("H"), {}, merge,
             QStringLiteral("WN"), true),
        unit(QStringLiteral("AG"), QStringLiteral("Phòng Nội vụ"), QStringLiteral("co_quan"), QStringLiteral("H")),
        unit(QStringLiteral("WN"), QStringLiteral("Phường Mới"), QStringLiteral("phuong"), QStringLiteral("T"), merge),
    };
}

/** A valid person with every field known (a công chức unless told otherwise). */
inline StaffMember person(const QString &code, const QString &fullName, const QString &unitCode,
                          const QString &category = QStringLiteral("cc"),
                          const QString &position = QStringLiteral("Chuyên viên"))
{
    StaffMember m;
    m.code = code;
    m.fullName = fullName;
    m.birthDate = QDate(1980, 5, 2);
    m.gender = QStringLiteral("nam");
    m.unitCode = unitCode;
    m.category = category;
    m.position = position;
    m.isLeader = false;
    m.startDate = QDate(2010, 1, 1);
    m.generalEducation = QStringLiteral("thpt");
    m.professionalLevel = QStringLiteral("dai_hoc");
    m.professionalField = QStringLiteral("Luật");
    m.politicalTheory = QStringLiteral("trung_cap");
    m.stateManagement = QStringLiteral("chuyen_vien");
    m.itSkill = QStringLiteral("Tin học văn phòng");
    m.foreignLanguage = QStringLiteral("Tiếng Anh B1");
    m.ethnicMinority = false;
    return m;
}

/** Writes units straight into the tables (no audit row), as fixture data. */
inline bool insertUnits(Database &db, const std::vector<OrgUnit> &units)
{
    UnitRepository repo(db.connection());
    for (const auto &u : units) {
        if (!repo.upsert(u))
            return false;
    }
    return true;
}

/** Writes people straight into the tables (no audit row), as fixture data. */
inline bool insertStaff(Database &db, const std::vector<StaffMember> &staff)
{
    StaffRepository repo(db.connection());
    for (const auto &m : staff) {
        if (!repo.upsert(m))
            return false;
    }
    return true;
}

inline qint64 auditCount(Database &db)
{
    return AuditRepository(db.connection()).count();
}

inline int staffRows(Database &db)
{
    return StaffRepository(db.connection()).count({});
}

/** Every audit row of entity (and key when given), oldest first. */
inline std::vector<AuditEntry> auditRows(Database &db, const QString &entity, const QString &key = {})
{
    return AuditRepository(db.connection()).forEntity(entity, key);
}

/** Whether the before_json (before = true) or after_json column of audit row id is SQL NULL. */
inline bool auditColumnIsNull(Database &db, qint64 id, bool before)
{
    QSqlQuery q(db.connection());
    q.prepare(before ? QStringLiteral("SELECT before_json IS NULL FROM audit_log WHERE id = :id")
                     : QStringLiteral("SELECT after_json IS NULL FROM audit_log WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return q.exec() && q.next() && q.value(0).toBool();
}

inline QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace Samples
