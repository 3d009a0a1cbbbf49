// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesscontrol.h"

#include "domain/role.h"
#include "domain/unitdirectory.h"
#include "storage/database.h"
#include "storage/settingrepository.h"
#include "storage/staffrepository.h"
#include "storage/unitrepository.h"
#include "storage/userrepository.h"

using namespace Qt::StringLiterals;

AccessControl::AccessControl(const Database &db) : m_db(db) {}

QString AccessControl::rolesEnabledKey()
{
    return u"security.roles_enabled"_s;
}

bool AccessControl::rolesEnabled() const
{
    if (SettingRepository(m_db.connection()).value(rolesEnabledKey()).value_or(QString()) == "true"_L1)
        return true;
    // On a shared server every session logs in as soon as the office has an administrator; before
    // that (a new server database) it is being set up, and a migrated office keeps its setting.
    return isSharedServer() && UserRepository(m_db.connection()).activeCount(Role::Administrator) > 0;
}

bool AccessControl::isSharedServer() const
{
    return Database::isServerUrl(m_db.path());
}

std::optional<AppUser> AccessControl::sessionUser() const
{
    if (m_db.sessionUser().isEmpty())
        return std::nullopt;
    return UserRepository(m_db.connection()).find(m_db.sessionUser());
}

SaveResult AccessControl::check(const AppUser &user, const QString &action, const QString &unitCode) const
{
    SaveResult result;
    if (!Permissions::isKnownAction(action)) {
        result.error = Permissions::refusal(user.role, action, UnitScope::office());
        return result;
    }
    if (!rolesEnabled())
        return result;
    if (!user.active) {
        result.error = tr("the user %1 is deactivated").arg(user.name);
        result.denied = true;
        return result;
    }
    UnitScope scope = UnitScope::office();
    if (!unitCode.isEmpty()) {
        scope = Permissions::grant(user.role, action) == Grant::OwnUnits
            ? UnitScope::of(UnitDirectory(UnitRepository(m_db.connection()).all()), user.unitCode, unitCode)
            : UnitScope::unit(unitCode, false);
    }
    result.error = Permissions::refusal(user.role, action, scope);
    result.denied = !result.error.isEmpty();
    return result;
}

SaveResult AccessControl::require(const QString &action, const QString &unitCode) const
{
    SaveResult result;
    if (!rolesEnabled())
        return check(AppUser{}, action, unitCode); // only an unknown action is refused
    const std::optional<AppUser> user = sessionUser();
    if (!user) {
        result.error = m_db.sessionUser().isEmpty()
            ? tr("roles are on: log in to %1").arg(Permissions::describe(action))
            : tr("there is no user %1").arg(m_db.sessionUser());
        result.denied = true;
        return result;
    }
    return check(*user, action, unitCode);
}

SaveResult AccessControl::requireForStaff(const QString &action, const QString &staffCode) const
{
    if (!rolesEnabled())
        return require(action);
    const std::optional<StaffMember> member = StaffRepository(m_db.connection()).find(staffCode);
    return require(action, member ? member->unitCode : QString());
}

SaveResult AccessControl::requireEach(const QString &action, const QStringList &unitCodes) const
{
    if (unitCodes.isEmpty() || !rolesEnabled())
        return require(action);
    QStringList seen;
    for (const QString &unit : unitCodes) {
        if (seen.contains(unit))
            continue;
        seen << unit;
        SaveResult result = require(action, unit);
        if (!result.ok())
            return result;
    }
    return {};
}

std::optional<QStringList> AccessControl::readableUnits() const
{
    if (!rolesEnabled())
        return std::nullopt;
    const std::optional<AppUser> user = sessionUser();
    if (!user || !user->active)
        return QStringList();
    switch (Permissions::grant(user->role, QString::fromLatin1(Actions::StaffRead))) {
    case Grant::All:
        return std::nullopt;
    case Grant::None:
        return QStringList();
    case Grant::OwnUnits:
        break;
    }
    QStringList units = UnitDirectory(UnitRepository(m_db.connection()).all()).subtree(user->unitCode).values();
    units.sort();
    return units;
}

SaveResult AccessControl::requireRead(const QString &unitCode) const
{
    // Office-wide (unitCode empty) is refused for a unit manager: their grant is their own units.
    return require(QString::fromLatin1(Actions::StaffRead), unitCode);
}

SaveResult AccessControl::requireExport(const QString &unitCode) const
{
    QString scope = unitCode;
    if (scope.isEmpty() && readableUnits()) {
        const std::optional<AppUser> user = sessionUser();
        scope = user ? user->unitCode : QString();
    }
    return require(QString::fromLatin1(Actions::ExportPersonal), scope);
}
