// SPDX-License-Identifier: GPL-3.0-or-later
// CultureService: the violations log, its status, and the discipline draft of a confirmed entry.
#include "cultureservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "clock.h"
#include "domain/disciplineform.h"
#include "domain/unitdirectory.h"
#include "storage/culturerepository.h"
#include "storage/database.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

std::vector<CultureViolationRow> CultureService::violations(int year, const QString &unitCode) const
{
    return violationsBetween(year > 0 ? QDate(year, 1, 1) : QDate(), year > 0 ? QDate(year, 12, 31) : QDate(), unitCode);
}

std::vector<CultureViolationRow> CultureService::violationsBetween(const QDate &from, const QDate &to,
                                                                   const QString &unitCode) const
{
    std::vector<CultureViolationRow> out;
    CultureRepository repo(m_db.connection());
    const UnitDirectory units(UnitRepository(m_db.connection()).all());
    const QSet<QString> scope = unitCode.isEmpty() ? QSet<QString>()
                                                   : unitScope(unitCode, to.isValid() ? to : m_clock.today());
    QHash<QString, QString> labels;
    for (const CultureItem &i : repo.items())
        labels.insert(i.code, i.labelVi);
    QHash<qint64, QString> inspectionUnits;
    StaffRepository staff(m_db.connection());
    for (const CultureViolation &v : repo.violations(from, to)) {
        CultureViolationRow row;
        row.violation = v;
        const std::optional<StaffMember> m = staff.find(v.staffCode);
        row.fullName = m ? m->fullName : QString();
        if (v.inspectionId > 0) {
            if (!inspectionUnits.contains(v.inspectionId)) {
                const auto i = repo.findInspection(v.inspectionId);
                inspectionUnits.insert(v.inspectionId, i ? i->unitCode : QString());
            }
            row.unitCode = inspectionUnits.value(v.inspectionId);
        }
        if (row.unitCode.isEmpty() && m)
            row.unitCode = m->unitCode;
        if (!unitCode.isEmpty() && !scope.contains(row.unitCode))
            continue;
        if (const OrgUnit *u = units.find(row.unitCode))
            row.unitName = u->name;
        row.itemLabel = labels.value(v.itemCode);
        out.push_back(std::move(row));
    }
    return out;
}

SaveResult CultureService::saveViolation(const CultureViolation &input, qint64 *id)
{
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::CultureWrite, input.staffCode); !denied.ok())
        return denied;
    SaveResult result;
    CultureRepository repo(m_db.connection());
    if (!StaffRepository(m_db.connection()).find(input.staffCode))
        result.fieldErrors.push_back({u"staff_code"_s, tr("unknown staff code \"%1\"").arg(input.staffCode)});
    if (!repo.findItem(input.itemCode))
        result.fieldErrors.push_back({u"item"_s, tr("unknown checklist item \"%1\"").arg(input.itemCode)});
    if (!input.date.isValid())
        result.fieldErrors.push_back({u"date"_s, tr("the date of the violation is required")});
    if (!CultureViolationStatus::table().contains(input.status))
        result.fieldErrors.push_back({u"status"_s, tr("unknown value \"%1\"; expected one of: %2")
                                                       .arg(input.status,
                                                            CultureViolationStatus::table().codes().join(u", "_s))});
    const std::optional<CultureViolation> before = input.id > 0 ? repo.findViolation(input.id) : std::nullopt;
    if (input.id > 0 && !before)
        result.error = tr("the violation %1 does not exist").arg(input.id);
    if (!result.ok())
        return result;
    if (before && *before == input) {
        if (id)
            *id = input.id;
        return result;
    }
    Transaction tx(m_db.connection());
    QString error;
    CultureViolation v = input;
    v.id = tx.isActive() ? repo.writeViolation(input, &error) : 0;
    if (v.id <= 0
        || !AuditWriter(m_db.connection(), m_clock, m_actor)
                .cultureChanged(before ? u"update"_s : u"insert"_s, u"culture_violation"_s, QString::number(v.id),
                                before ? violationJson(*before) : QString(), violationJson(v), &error)
        || !tx.commit()) {
        result.error = tr("cannot save the violation: %1").arg(error);
        return result;
    }
    if (id)
        *id = v.id;
    return result;
}

SaveResult CultureService::setViolationStatus(qint64 id, const QString &status)
{
    const std::optional<CultureViolation> v = CultureRepository(m_db.connection()).findViolation(id);
    if (!v)
        return {{}, tr("the violation %1 does not exist").arg(id)};
    if (const SaveResult denied = AccessControl(m_db).requireForStaff(Actions::CultureWrite, v->staffCode); !denied.ok())
        return denied;
    if (v->disciplineId != 0 && status != v->status)
        return {{}, tr("a discipline case was started from this violation: its status can no longer change")};
    CultureViolation next = *v;
    next.status = status;
    return saveViolation(next);
}

std::optional<DisciplineDecision> CultureService::disciplineDraft(qint64 violationId) const
{
    CultureRepository repo(m_db.connection());
    const std::optional<CultureViolation> v = repo.findViolation(violationId);
    if (!v || v->status != CultureViolationStatus::Confirmed)
        return std::nullopt;
    const std::optional<CultureItem> item = repo.findItem(v->itemCode);
    DisciplineDecision d;
    d.staffCode = v->staffCode;
    d.form = QString(DisciplineForms::KhienTrach);
    d.violationDate = v->date;
    d.detectedDate = v->date;
    if (v->inspectionId > 0) {
        if (const auto inspection = repo.findInspection(v->inspectionId))
            d.detectedDate = inspection->date;
    }
    const QString label = item ? item->labelVi : v->itemCode;
    const QString basis = item && !item->basis.isEmpty() ? u" ("_s + item->basis + u')' : QString();
    d.reason = label + basis + (v->description.isEmpty() ? QString() : u": "_s + v->description);
    return d;
}

SaveResult CultureService::linkDiscipline(qint64 violationId, qint64 disciplineId)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::DisciplineWrite); !denied.ok())
        return denied;
    const std::optional<CultureViolation> v = CultureRepository(m_db.connection()).findViolation(violationId);
    if (!v)
        return {{}, tr("the violation %1 does not exist").arg(violationId)};
    if (v->status != CultureViolationStatus::Confirmed)
        return {{}, tr("only a confirmed violation can lead to a discipline case")};
    CultureViolation next = *v;
    next.disciplineId = disciplineId;
    return saveViolation(next);
}
