// SPDX-License-Identifier: GPL-3.0-or-later
#include "registryservice.h"

#include "accesscontrol.h"
#include "domain/role.h"

#include "auditwriter.h"
#include "clock.h"
#include "editconflict.h"
#include "domain/staffvalidator.h"
#include "domain/unitvalidator.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/periodscorerepository.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

QString SaveResult::text() const
{
    if (!error.isEmpty())
        return error;
    QStringList reasons;
    for (const FieldError &e : fieldErrors)
        reasons << e.message;
    return reasons.join(u"; "_s);
}

QVariantMap SaveResult::fieldErrorMap() const
{
    QVariantMap out;
    for (const FieldError &e : fieldErrors) {
        const QString before = out.value(e.field).toString();
        out.insert(e.field, before.isEmpty() ? e.message : before + u"; "_s + e.message);
    }
    return out;
}


RegistryService::RegistryService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

UnitDirectory RegistryService::units() const
{
    return UnitDirectory(UnitRepository(m_db.connection()).all());
}

std::optional<StaffMember> RegistryService::findStaff(const QString &code) const
{
    std::optional<StaffMember> member = StaffRepository(m_db.connection()).find(code);
    const std::optional<QStringList> readable = AccessControl(m_db).readableUnits();
    if (member && readable && !readable->contains(member->unitCode))
        return std::nullopt; // outside the units this user may read (issue 8 item 4)
    return member;
}

StaffQuery RegistryService::readableQuery(const StaffQuery &query) const
{
    const std::optional<QStringList> readable = AccessControl(m_db).readableUnits();
    if (!readable)
        return query;
    StaffQuery limited = query;
    QStringList units;
    for (const QString &unit : query.unitCodes.value_or(*readable))
        if (readable->contains(unit))
            units << unit;
    limited.unitCodes = units;
    return limited;
}

std::vector<StaffMember> RegistryService::staffPage(const StaffQuery &query, const std::optional<StaffPageKey> &after,
                                                    int limit) const
{
    return StaffRepository(m_db.connection()).page(readableQuery(query), after, limit);
}

int RegistryService::staffCount(const StaffQuery &query) const
{
    return StaffRepository(m_db.connection()).count(readableQuery(query));
}

SaveResult RegistryService::mayExport(const QString &unitCode) const
{
    return AccessControl(m_db).requireExport(unitCode);
}

std::vector<StaffMember> RegistryService::allStaff() const
{
    std::vector<StaffMember> all = StaffRepository(m_db.connection()).all();
    if (const std::optional<QStringList> readable = AccessControl(m_db).readableUnits())
        std::erase_if(all, [&](const StaffMember &m) { return !readable->contains(m.unitCode); });
    return all;
}

std::vector<Headcount> RegistryService::headcounts(const QDate &date) const
{
    const UnitDirectory directory = units();
    QHash<QPair<QString, QString>, int> sums;
    for (const StaffCount &c : StaffRepository(m_db.connection()).countsByUnitAndCategory(date)) {
        const QString unit = directory.resolveOn(c.unitCode, date);
        if (!unit.isEmpty())
            sums[{unit, c.category}] += c.count;
    }
    std::vector<Headcount> out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out.push_back({it.key().first, it.key().second, it.value()});
    std::sort(out.begin(), out.end(), [](const Headcount &a, const Headcount &b) {
        return std::tie(a.unitCode, a.category) < std::tie(b.unitCode, b.category);
    });
    return out;
}

std::vector<Headcount> RegistryService::headcountsByRecordedUnit(const QDate &date) const
{
    std::vector<Headcount> out;
    for (const StaffCount &c : StaffRepository(m_db.connection()).countsByUnitAndCategory(date))
        out.push_back({c.unitCode, c.category, c.count});
    return out;
}

FieldErrors RegistryService::validateStaff(const StaffMember &member, bool isNew) const
{
    FieldErrors errors = StaffValidator::validate(member);
    if (!member.unitCode.isEmpty() && !UnitRepository(m_db.connection()).find(member.unitCode))
        errors.push_back({u"unit_code"_s, tr("unknown unit \"%1\"").arg(member.unitCode)});
    if (isNew && !member.code.isEmpty() && findStaff(member.code))
        errors.push_back({u"code"_s, tr("the staff code \"%1\" is already used").arg(member.code)});
    return errors;
}

SaveResult RegistryService::addStaff(const StaffMember &member)
{
    return saveStaff(member, true);
}

SaveResult RegistryService::updateStaff(const StaffMember &member, const std::optional<StaffMember> &startedFrom)
{
    return saveStaff(member, false, startedFrom);
}

SaveResult RegistryService::saveStaff(const StaffMember &member, bool isNew, const std::optional<StaffMember> &startedFrom)
{
    StaffRepository repo(m_db.connection());
    const std::optional<StaffMember> before = repo.find(member.code);
    // The person's unit before and after: a unit manager neither adds nor takes people outside their units.
    SaveResult result = AccessControl(m_db).requireEach(
        QString::fromLatin1(Actions::StaffWrite),
        before ? QStringList{before->unitCode, member.unitCode} : QStringList{member.unitCode});
    if (!result.ok())
        return result;
    result.fieldErrors = validateStaff(member, isNew);
    if (!result.fieldErrors.empty())
        return result;
    if (!isNew && !before) {
        result.error = tr("the person %1 no longer exists").arg(member.code);
        return result;
    }
    if (before && *before == member)
        return result;
    // Concurrent editing: someone else saved the person since the form read them (issue 8 item 3).
    auto refuseConflict = [&](const StaffMember &stored) {
        result.conflict = true;
        result.error = EditConflict::staffMessage(m_db.connection(), startedFrom ? *startedFrom : member, stored);
        return result;
    };
    if (before && member.rowVersion.isKnown() && before->rowVersion.value != member.rowVersion.value)
        return refuseConflict(*before);
    Transaction tx(m_db.connection());
    QString error;
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    if (!tx.isActive() || !repo.write(member, before.has_value(), &error)
        || !audit.staffChanged(isNew ? u"insert"_s : u"update"_s, before, member, &error) || !tx.commit()) {
        if (repo.conflicted()) {
            tx.rollback();
            if (const std::optional<StaffMember> stored = repo.find(member.code))
                return refuseConflict(*stored);
        }
        result.error = tr("cannot save %1: %2").arg(member.code, error);
    }
    return result;
}

SaveResult RegistryService::removeStaff(const QString &code)
{
    StaffRepository repo(m_db.connection());
    const std::optional<StaffMember> before = repo.find(code);
    SaveResult result = AccessControl(m_db).require(QString::fromLatin1(Actions::StaffWrite),
                                                    before ? before->unitCode : QString());
    if (!result.ok())
        return result;
    if (!before) {
        result.error = tr("the person %1 does not exist").arg(code);
        return result;
    }
    Transaction tx(m_db.connection());
    QString error;
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    // The person's evaluations, their forms and ND 335 periods go with them (ON DELETE CASCADE): each
    // leaves its audit row.
    bool ok = tx.isActive();
    const EvaluationRepository evaluations(m_db.connection());
    const PeriodScoreRepository periods(m_db.connection());
    for (const Evaluation &e : evaluations.forPerson(code, &error)) {
        if (ok) {
            const std::optional<EvaluationForm> form = evaluations.form(code, e.year, &error);
            ok = error.isEmpty() && (!form || audit.evaluationFormChanged(u"delete"_s, code, e.year, form, std::nullopt, &error));
        }
        if (ok)
            ok = audit.evaluationChanged(u"delete"_s, e, std::nullopt, &error);
    }
    for (const EvaluationPeriod &p : periods.forPerson(code, &error)) {
        if (ok)
            ok = audit.periodChanged(u"delete"_s, p, std::nullopt, &error);
    }
    if (!ok || !error.isEmpty() || !repo.remove(code, &error)
        || !audit.staffChanged(u"delete"_s, before, std::nullopt, &error) || !tx.commit()) {
        result.error = tr("cannot delete %1: %2").arg(code, error);
    }
    return result;
}

FieldErrors RegistryService::validateUnit(const OrgUnit &unit, const UnitDirectory &directory) const
{
    return UnitValidator::validate(unit, directory);
}

SaveResult RegistryService::saveUnit(const OrgUnit &unit)
{
    SaveResult result = AccessControl(m_db).require(QString::fromLatin1(Actions::UnitWrite), unit.code);
    if (!result.ok())
        return result;
    std::vector<OrgUnit> list = units().units();
    std::optional<OrgUnit> before;
    bool replaced = false;
    for (auto &u : list) {
        if (u.code == unit.code) {
            before = u;
            u = unit;
            replaced = true;
        }
    }
    if (!replaced)
        list.push_back(unit);
    result.fieldErrors = UnitValidator::validate(unit, UnitDirectory(std::move(list)));
    if (!result.fieldErrors.empty() || (before && *before == unit))
        return result;
    Transaction tx(m_db.connection());
    QString error;
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    if (!tx.isActive() || !UnitRepository(m_db.connection()).upsert(unit, &error)
        || !audit.unitChanged(before ? u"update"_s : u"insert"_s, before, unit, &error) || !tx.commit()) {
        result.error = tr("cannot save the unit %1: %2").arg(unit.code, error);
    }
    return result;
}

SaveResult RegistryService::removeUnit(const QString &code)
{
    SaveResult result = AccessControl(m_db).require(QString::fromLatin1(Actions::UnitWrite), code);
    if (!result.ok())
        return result;
    const UnitDirectory directory = units();
    const OrgUnit *unit = directory.find(code);
    if (!unit) {
        result.error = tr("the unit %1 does not exist").arg(code);
        return result;
    }
    UnitRepository repo(m_db.connection());
    const int people = repo.staffCount(code);
    if (people > 0) {
        result.error = tr("the unit %1 still has %n people: move them first", nullptr, people).arg(code);
        return result;
    }
    for (const auto &u : directory.units()) {
        if (u.parentCode == code || u.successorCode == code) {
            result.error = tr("the unit %1 is the parent or successor of %2").arg(code, u.code);
            return result;
        }
    }
    const OrgUnit before = *unit;
    Transaction tx(m_db.connection());
    QString error;
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    if (!tx.isActive() || !repo.remove(code, &error)
        || !audit.unitChanged(u"delete"_s, before, std::nullopt, &error) || !tx.commit()) {
        result.error = tr("cannot delete the unit %1: %2").arg(code, error);
    }
    return result;
}
