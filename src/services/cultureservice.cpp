// SPDX-License-Identifier: GPL-3.0-or-later
// CultureService: the checklist, inspections and the points setting (the violations log is in
// cultureviolations.cpp, the report and the ND 335 points in culturereport.cpp, the import in cultureimport.cpp).
#include "cultureservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "clock.h"
#include "domain/textfold.h"
#include "storage/culturerepository.h"
#include "storage/database.h"
#include "storage/settingrepository.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QDate yearStart(int year)
{
    return year > 0 ? QDate(year, 1, 1) : QDate();
}

QDate yearEnd(int year)
{
    return year > 0 ? QDate(year, 12, 31) : QDate();
}

} // namespace

CultureService::CultureService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString CultureService::itemJson(const CultureItem &i)
{
    return compact({{u"code"_s, i.code},         {u"ordinal"_s, i.ordinal},    {u"group"_s, i.group},
                    {u"label_vi"_s, i.labelVi},  {u"label_en"_s, i.labelEn},   {u"basis"_s, i.basis},
                    {u"leaders_only"_s, i.leadersOnly}, {u"active"_s, i.active}, {u"origin"_s, i.origin}});
}

QString CultureService::inspectionJson(const CultureInspection &i, const std::vector<CultureObservation> &observations)
{
    QJsonArray obs;
    for (const CultureObservation &o : observations)
        obs.append(QJsonObject{{u"staff_code"_s, o.staffCode}, {u"item"_s, o.itemCode}, {u"result"_s, o.result},
                               {u"note"_s, o.note}});
    return compact({{u"id"_s, i.id}, {u"unit_code"_s, i.unitCode}, {u"inspected_on"_s, i.date.toString(Qt::ISODate)},
                    {u"inspector"_s, i.inspector}, {u"note"_s, i.note}, {u"observations"_s, obs}});
}

QString CultureService::violationJson(const CultureViolation &v)
{
    return compact({{u"id"_s, v.id}, {u"staff_code"_s, v.staffCode}, {u"item"_s, v.itemCode},
                    {u"date"_s, v.date.toString(Qt::ISODate)}, {u"inspection_id"_s, v.inspectionId},
                    {u"description"_s, v.description}, {u"status"_s, v.status},
                    {u"discipline_id"_s, v.disciplineId}});
}

std::vector<CultureItem> CultureService::checklist(bool activeOnly) const
{
    return CultureRepository(m_db.connection()).items(activeOnly);
}

SaveResult CultureService::saveItem(const CultureItem &input)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::StandardsWrite); !denied.ok())
        return denied;
    SaveResult result;
    static const QRegularExpression codePattern(u"^[a-z0-9_]{1,64}$"_s);
    if (!codePattern.match(input.code).hasMatch())
        result.fieldErrors.push_back({u"code"_s, tr("the item code must be 1 to 64 lower-case letters, digits or _")});
    if (input.labelVi.trimmed().isEmpty())
        result.fieldErrors.push_back({u"label_vi"_s, tr("the Vietnamese wording is required")});
    if (!CultureGroups::table().contains(input.group))
        result.fieldErrors.push_back({u"group"_s, tr("unknown value \"%1\"; expected one of: %2")
                                                      .arg(input.group, CultureGroups::table().codes().join(u", "_s))});
    if (!result.ok())
        return result;
    CultureRepository repo(m_db.connection());
    QString error;
    const std::optional<CultureItem> before = repo.findItem(input.code, &error);
    CultureItem item = input;
    item.origin = !before ? u"added"_s : before->origin == "shipped"_L1 ? u"edited"_s : before->origin;
    if (before) {
        CultureItem same = item;
        same.origin = before->origin;
        if (same == *before)
            return result; // nothing to change: no audit row
    }
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    if (!tx.isActive() || !repo.upsertItem(item, &error)
        || !audit.cultureChanged(before ? u"update"_s : u"insert"_s, u"culture_item"_s, item.code,
                                 before ? itemJson(*before) : QString(), itemJson(item), &error)
        || !tx.commit())
        result.error = tr("cannot save the checklist item: %1").arg(error);
    return result;
}

std::vector<CultureInspection> CultureService::inspections(int year, const QString &unitCode) const
{
    std::vector<CultureInspection> all = CultureRepository(m_db.connection()).inspections(yearStart(year), yearEnd(year));
    if (unitCode.isEmpty())
        return all;
    const QSet<QString> scope = unitScope(unitCode, year > 0 ? yearEnd(year) : m_clock.today());
    std::vector<CultureInspection> out;
    for (CultureInspection &i : all) {
        if (scope.contains(i.unitCode))
            out.push_back(std::move(i));
    }
    return out;
}

std::optional<CultureInspection> CultureService::findInspection(qint64 id) const
{
    return CultureRepository(m_db.connection()).findInspection(id);
}

std::vector<CultureObservation> CultureService::observations(qint64 inspectionId) const
{
    return CultureRepository(m_db.connection()).observations(inspectionId);
}

FieldErrors CultureService::validateInspection(const CultureInspection &inspection,
                                               const std::vector<CultureObservation> &observations) const
{
    FieldErrors errors;
    if (inspection.unitCode.isEmpty())
        errors.push_back({u"unit_code"_s, tr("the unit is required")});
    else if (!UnitRepository(m_db.connection()).find(inspection.unitCode))
        errors.push_back({u"unit_code"_s, tr("unknown unit \"%1\"").arg(inspection.unitCode)});
    if (!inspection.date.isValid())
        errors.push_back({u"inspected_on"_s, tr("the inspection date is required")});
    if (inspection.inspector.trimmed().isEmpty())
        errors.push_back({u"inspector"_s, tr("the inspector is required")});
    QSet<QString> items;
    for (const CultureItem &i : checklist(false))
        items.insert(i.code);
    StaffRepository staff(m_db.connection());
    QSet<QString> knownStaff;
    QSet<QPair<QString, QString>> seen;
    for (const CultureObservation &o : observations) {
        if (!knownStaff.contains(o.staffCode)) {
            if (!staff.find(o.staffCode)) {
                errors.push_back({u"staff_code"_s, tr("unknown staff code \"%1\"").arg(o.staffCode)});
                continue;
            }
            knownStaff.insert(o.staffCode);
        }
        if (!items.contains(o.itemCode))
            errors.push_back({u"item"_s, tr("unknown checklist item \"%1\"").arg(o.itemCode)});
        if (!CultureResults::table().contains(o.result))
            errors.push_back({u"result"_s, tr("unknown value \"%1\"; expected one of: %2")
                                               .arg(o.result, CultureResults::table().codes().join(u", "_s))});
        if (seen.contains({o.staffCode, o.itemCode}))
            errors.push_back({u"item"_s, tr("%1 is recorded twice for %2").arg(o.itemCode, o.staffCode)});
        seen.insert({o.staffCode, o.itemCode});
    }
    return errors;
}

CultureService::WriteOutcome CultureService::writeInspection(const CultureInspection &input,
                                                             const std::vector<CultureObservation> &observations,
                                                             const QSet<QPair<QString, QString>> &confirmed, qint64 *id)
{
    WriteOutcome out;
    CultureRepository repo(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    CultureInspection inspection = input;
    std::optional<CultureInspection> before;
    std::vector<CultureObservation> beforeObservations;
    if (inspection.id > 0)
        before = repo.findInspection(inspection.id, &out.error);
    if (before)
        beforeObservations = repo.observations(before->id, &out.error);
    std::vector<CultureObservation> sorted = observations;
    std::sort(sorted.begin(), sorted.end(), [](const CultureObservation &a, const CultureObservation &b) {
        return a.staffCode != b.staffCode ? a.staffCode < b.staffCode : a.itemCode < b.itemCode;
    });
    for (CultureObservation &o : sorted)
        o.inspectionId = before ? before->id : 0;
    const bool same = before && *before == inspection && beforeObservations == sorted;
    if (!same) {
        const qint64 written = repo.writeInspection(inspection, &out.error);
        if (written <= 0 || !repo.replaceObservations(written, sorted, &out.error))
            return out;
        inspection.id = written;
        for (CultureObservation &o : sorted)
            o.inspectionId = written;
        if (!audit.cultureChanged(before ? u"update"_s : u"insert"_s, u"culture_inspection"_s,
                                  QString::number(written), before ? inspectionJson(*before, beforeObservations) : QString(),
                                  inspectionJson(inspection, sorted), &out.error))
            return out;
        out.changed = true;
    }
    if (id)
        *id = inspection.id;
    // The log follows the observations: a breach gets an entry; a breach corrected away dismisses
    // the entry it had logged while nobody acted on it yet.
    for (const CultureObservation &o : sorted) {
        const bool breach = o.result == CultureResults::Breach;
        std::optional<CultureViolation> v = repo.findViolation(inspection.id, o.staffCode, o.itemCode, &out.error);
        const QString action = v ? u"update"_s : u"insert"_s;
        const QString beforeJson = v ? violationJson(*v) : QString();
        CultureViolation next;
        if (breach && !v) {
            next.staffCode = o.staffCode;
            next.itemCode = o.itemCode;
            next.date = inspection.date;
            next.inspectionId = inspection.id;
            next.description = o.note;
            next.status = confirmed.contains({o.staffCode, o.itemCode}) ? QString(CultureViolationStatus::Confirmed)
                                                                        : QString(CultureViolationStatus::Reported);
        } else if (breach && v->status == CultureViolationStatus::Reported
                   && confirmed.contains({o.staffCode, o.itemCode})) {
            next = *v;
            next.status = QString(CultureViolationStatus::Confirmed);
        } else if (!breach && v && v->status == CultureViolationStatus::Reported && v->disciplineId == 0) {
            next = *v;
            next.status = QString(CultureViolationStatus::Dismissed);
        } else {
            continue;
        }
        next.id = repo.writeViolation(next, &out.error);
        if (next.id <= 0
            || !audit.cultureChanged(action, u"culture_violation"_s, QString::number(next.id), beforeJson,
                                     violationJson(next), &out.error))
            return out;
        out.changed = true;
    }
    out.error.clear();
    return out;
}

SaveResult CultureService::saveInspection(const CultureInspection &inspection,
                                          const std::vector<CultureObservation> &observations, qint64 *id)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::CultureWrite, inspection.unitCode); !denied.ok())
        return denied;
    SaveResult result;
    result.fieldErrors = validateInspection(inspection, observations);
    CultureRepository repo(m_db.connection());
    if (result.ok()) {
        const auto other = repo.findInspection(inspection.unitCode, inspection.date, inspection.inspector.trimmed());
        if (other && other->id != inspection.id)
            result.fieldErrors.push_back({u"inspector"_s, tr("this unit already has an inspection by %1 on %2")
                                                              .arg(inspection.inspector, inspection.date.toString(Qt::ISODate))});
    }
    if (inspection.id > 0 && !repo.findInspection(inspection.id))
        result.error = tr("the inspection %1 does not exist").arg(inspection.id);
    if (!result.ok())
        return result;
    CultureInspection clean = inspection;
    clean.inspector = inspection.inspector.trimmed();
    Transaction tx(m_db.connection());
    const WriteOutcome outcome = tx.isActive() ? writeInspection(clean, observations, {}, id) : WriteOutcome{};
    if (!outcome.error.isEmpty() || !tx.isActive() || !tx.commit())
        result.error = tr("cannot save the inspection: %1").arg(outcome.error);
    return result;
}

SaveResult CultureService::removeInspection(qint64 id)
{
    SaveResult result;
    CultureRepository repo(m_db.connection());
    const auto before = repo.findInspection(id);
    if (!before) {
        result.error = tr("the inspection %1 does not exist").arg(id);
        return result;
    }
    if (const SaveResult denied = AccessControl(m_db).require(Actions::CultureWrite, before->unitCode); !denied.ok())
        return denied;
    const std::vector<CultureObservation> obs = repo.observations(id);
    Transaction tx(m_db.connection());
    QString error;
    if (!tx.isActive() || !repo.removeInspection(id, &error)
        || !AuditWriter(m_db.connection(), m_clock, m_actor)
                .cultureChanged(u"delete"_s, u"culture_inspection"_s, QString::number(id), inspectionJson(*before, obs),
                                QString(), &error)
        || !tx.commit())
        result.error = tr("cannot delete the inspection: %1").arg(error);
    return result;
}

double CultureService::pointsMax() const
{
    const auto v = SettingRepository(m_db.connection()).value(QString::fromLatin1(PointsMaxKey));
    bool ok = false;
    const double d = v ? v->toDouble(&ok) : 0.0;
    return ok && d >= 0 && d <= 30 ? d : DefaultPointsMax;
}

SaveResult CultureService::setPointsMax(double points)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::StandardsWrite); !denied.ok())
        return denied;
    SaveResult result;
    if (!(points >= 0 && points <= 30)) {
        result.fieldErrors.push_back({u"points"_s, tr("the culture points must be between 0 and 30")});
        return result;
    }
    const double before = pointsMax();
    const QString text = QString::number(points, 'g', 6);
    Transaction tx(m_db.connection());
    QString error;
    if (!tx.isActive() || !SettingRepository(m_db.connection()).setValue(QString::fromLatin1(PointsMaxKey), text, &error)
        || !AuditWriter(m_db.connection(), m_clock, m_actor)
                .cultureChanged(u"update"_s, u"setting"_s, QString::fromLatin1(PointsMaxKey),
                                compact({{u"value"_s, before}}), compact({{u"value"_s, points}}), &error)
        || !tx.commit())
        result.error = tr("cannot save the setting: %1").arg(error);
    return result;
}

namespace {

/** Text folded (case, diacritics, spaces) with punctuation dropped: sheets differ in commas and quotes. */
QString looseText(const QString &text)
{
    QString out;
    for (const QChar c : foldText(text))
        out += c.isLetterOrNumber() ? c : u' ';
    return out.simplified();
}

} // namespace

std::optional<QString> CultureService::matchItem(const QString &text, const std::vector<CultureItem> &items)
{
    const QString folded = foldText(text);
    if (folded.isEmpty())
        return std::nullopt;
    for (const CultureItem &i : items) {
        if (folded == i.code)
            return i.code;
    }
    const QString loose = looseText(text);
    for (const CultureItem &i : items) {
        if (loose == looseText(i.labelVi) || (!i.labelEn.isEmpty() && loose == looseText(i.labelEn)))
            return i.code;
    }
    return std::nullopt;
}
