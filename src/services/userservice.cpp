// SPDX-License-Identifier: GPL-3.0-or-later
#include "userservice.h"

#include "accesscontrol.h"
#include "auditwriter.h"
#include "clock.h"
#include "domain/passwordhash.h"
#include "storage/database.h"
#include "storage/settingrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "storage/userrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

/** The audit snapshot of a user: everything but the password hash. */
QString snapshot(const std::optional<AppUser> &u)
{
    if (!u)
        return {};
    const QJsonObject o{{u"name"_s, u->name},
                        {u"full_name"_s, u->fullName},
                        {u"role"_s, Roles::code(u->role)},
                        {u"unit_code"_s, u->unitCode.isEmpty() ? QJsonValue() : QJsonValue(u->unitCode)},
                        {u"active"_s, u->active},
                        {u"created_at"_s, u->createdAt.toUTC().toString(Qt::ISODate)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString flagJson(bool on)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"value"_s, on ? u"true"_s : u"false"_s}})
                                 .toJson(QJsonDocument::Compact));
}

} // namespace

UserService::UserService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_iterations(PasswordHash::DefaultIterations)
{
}

QString UserService::rolesEnabledKey()
{
    return AccessControl::rolesEnabledKey();
}

std::vector<AppUser> UserService::users() const
{
    return UserRepository(m_db.connection()).all();
}

std::optional<AppUser> UserService::find(const QString &name) const
{
    return UserRepository(m_db.connection()).find(name);
}

bool UserService::rolesEnabled() const
{
    return AccessControl(m_db).rolesEnabled();
}

FieldErrors UserService::validateRole(const QString &roleCode, const QString &unitCode) const
{
    FieldErrors errors;
    const std::optional<Role> role = Roles::fromCode(roleCode);
    if (!role) {
        errors.push_back({u"role"_s, tr("unknown role \"%1\" (expected one of %2)")
                                         .arg(roleCode, Roles::codes().join(u", "_s))});
        return errors;
    }
    if (*role == Role::UnitManager) {
        if (unitCode.isEmpty())
            errors.push_back({u"unit_code"_s, tr("a unit manager needs the unit they manage")});
        else if (!UnitRepository(m_db.connection()).find(unitCode))
            errors.push_back({u"unit_code"_s, tr("unknown unit \"%1\"").arg(unitCode)});
    } else if (!unitCode.isEmpty()) {
        errors.push_back({u"unit_code"_s, tr("only a unit manager is limited to a unit; a %1 sees the whole office")
                                              .arg(Roles::label(*role))});
    }
    return errors;
}

FieldErrors UserService::validatePassword(const QString &name, const QString &password) const
{
    FieldErrors errors;
    const qsizetype length = password.toUcs4().size();
    if (length < MinPasswordLength)
        errors.push_back({u"password"_s, tr("the password must have at least %n characters", nullptr,
                                            MinPasswordLength)});
    else if (length > MaxPasswordLength)
        errors.push_back({u"password"_s, tr("the password must have at most %n characters", nullptr,
                                            MaxPasswordLength)});
    else if (password.compare(name, Qt::CaseInsensitive) == 0)
        errors.push_back({u"password"_s, tr("the password must not be the user name")});
    return errors;
}

SaveResult UserService::mayManage(const QString &name, bool allowSelf) const
{
    SaveResult result;
    if (!rolesEnabled())
        return result;
    const QString acting = m_db.sessionUser();
    if (acting.isEmpty()) {
        result.error = tr("roles are on: log in as an administrator to manage users");
        result.denied = true;
        return result;
    }
    if (allowSelf && acting == name) {
        const std::optional<AppUser> me = find(acting);
        if (!me || !me->active)
            result.error = tr("the user %1 is deactivated").arg(acting);
        result.denied = !result.error.isEmpty();
        return result;
    }
    return checkActing(QString::fromLatin1(Actions::UserManage));
}

SaveResult UserService::keepsAnAdministrator(const AppUser &before, const AppUser &after) const
{
    SaveResult result;
    const bool wasAdmin = before.active && before.role == Role::Administrator;
    const bool isAdmin = after.active && after.role == Role::Administrator;
    if (!wasAdmin || isAdmin || !rolesEnabled())
        return result;
    if (UserRepository(m_db.connection()).activeCount(Role::Administrator) <= 1)
        result.error = tr("%1 is the last active administrator: with roles on, nobody could manage users after this; "
                          "make another administrator first, or turn roles off")
                           .arg(before.name);
    return result;
}

SaveResult UserService::write(const QString &action, const std::optional<AppUser> &before, const AppUser &after,
                              const QString &what)
{
    SaveResult result;
    Transaction tx(m_db.connection());
    UserRepository repo(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    const bool ok = tx.isActive() && (before ? repo.update(after, &error) : repo.insert(after, &error))
        && audit.recordChanged(action, u"app_user"_s, after.name, snapshot(before), snapshot(after), &error);
    if (!ok || !tx.commit()) {
        //: %1 is what was being done ("add the user anh.nv"), %2 the database's error
        result.error = tr("cannot %1: %2").arg(what, error.isEmpty() ? tr("the transaction could not be committed")
                                                                     : error);
    }
    return result;
}

SaveResult UserService::addUser(const NewUser &input)
{
    SaveResult result = mayManage();
    if (!result.ok())
        return result;
    static const QRegularExpression namePattern(u"^[a-z][a-z0-9._-]{1,31}$"_s);
    const QString name = input.name.trimmed();
    const QString fullName = input.fullName.trimmed();
    if (!namePattern.match(name).hasMatch())
        result.fieldErrors.push_back(
            {u"name"_s, tr("\"%1\" is not a user name: 2 to 32 lowercase letters a-z, digits, '.', '_' or '-', "
                           "starting with a letter")
                            .arg(name)});
    else if (find(name))
        result.fieldErrors.push_back({u"name"_s, tr("the user %1 already exists").arg(name)});
    if (fullName.size() > 200)
        result.fieldErrors.push_back({u"full_name"_s, tr("the full name must have at most 200 characters")});
    const FieldErrors roleErrors = validateRole(input.role, input.unitCode.trimmed());
    result.fieldErrors.insert(result.fieldErrors.end(), roleErrors.begin(), roleErrors.end());
    const FieldErrors passwordErrors = validatePassword(name, input.password);
    result.fieldErrors.insert(result.fieldErrors.end(), passwordErrors.begin(), passwordErrors.end());
    if (!result.ok())
        return result;
    AppUser user;
    user.name = name;
    user.fullName = fullName;
    user.role = *Roles::fromCode(input.role);
    user.unitCode = input.unitCode.trimmed();
    user.passwordHash = PasswordHash::hash(input.password, m_iterations);
    user.active = true;
    user.createdAt = m_clock.now().toUTC();
    return write(u"insert"_s, std::nullopt, user, tr("add the user %1").arg(name));
}

SaveResult UserService::changeRole(const QString &name, const QString &role, const QString &unitCode)
{
    SaveResult result = mayManage();
    if (!result.ok())
        return result;
    const std::optional<AppUser> before = find(name);
    if (!before) {
        result.error = tr("there is no user %1").arg(name);
        return result;
    }
    result.fieldErrors = validateRole(role, unitCode.trimmed());
    if (!result.ok())
        return result;
    AppUser after = *before;
    after.role = *Roles::fromCode(role);
    after.unitCode = unitCode.trimmed();
    if (after == *before)
        return result;
    result = keepsAnAdministrator(*before, after);
    if (!result.ok())
        return result;
    return write(u"update"_s, before, after, tr("change the role of %1").arg(name));
}

SaveResult UserService::setPassword(const QString &name, const QString &password)
{
    SaveResult result = mayManage(name, true);
    if (!result.ok())
        return result;
    const std::optional<AppUser> before = find(name);
    if (!before) {
        result.error = tr("there is no user %1").arg(name);
        return result;
    }
    result.fieldErrors = validatePassword(name, password);
    if (!result.ok())
        return result;
    AppUser after = *before;
    after.passwordHash = PasswordHash::hash(password, m_iterations);
    return write(u"password"_s, before, after, tr("set the password of %1").arg(name));
}

SaveResult UserService::deactivate(const QString &name)
{
    SaveResult result = mayManage();
    if (!result.ok())
        return result;
    const std::optional<AppUser> before = find(name);
    if (!before) {
        result.error = tr("there is no user %1").arg(name);
        return result;
    }
    if (!before->active)
        return result; // already: nothing to write
    AppUser after = *before;
    after.active = false;
    result = keepsAnAdministrator(*before, after);
    if (!result.ok())
        return result;
    return write(u"deactivate"_s, before, after, tr("deactivate the user %1").arg(name));
}

AuthResult UserService::authenticate(const QString &name, const QString &password) const
{
    AuthResult result;
    const std::optional<AppUser> user = find(name.trimmed());
    if (user && user->active && PasswordHash::verify(password, user->passwordHash)) {
        result.user = user;
        return result;
    }
    if (!user || !user->active) {
        // Spend the time a real check takes, so that the answer's delay does not tell that the name is unknown.
        (void)PasswordHash::hashWithSalt(password, QByteArrayLiteral("congvu-decoy-slt"), m_iterations);
    }
    result.error = tr("wrong user name or password");
    return result;
}

AuthResult UserService::logIn(const QString &name, const QString &password)
{
    AuthResult result = authenticate(name, password);
    if (result.ok())
        m_db.setSessionUser(result.user->name);
    return result;
}

SaveResult UserService::setRolesEnabled(bool enabled)
{
    SaveResult result;
    const bool before = rolesEnabled();
    if (before == enabled)
        return result;
    if (enabled) {
        if (UserRepository(m_db.connection()).activeCount(Role::Administrator) < 1) {
            result.error = tr("roles cannot be turned on without an active administrator: add one first "
                              "(congvu user add NAME --role administrator)");
            return result;
        }
    } else {
        if (AccessControl(m_db).isSharedServer()) {
            result.error = tr("on a shared server roles are always on: every session logs in");
            result.denied = true;
            return result;
        }
        result = checkActing(QString::fromLatin1(Actions::SettingsWrite));
        if (!result.ok()) {
            if (m_db.sessionUser().isEmpty())
                result.error = tr("roles are on: log in as an administrator to turn them off");
            result.denied = true;
            return result;
        }
    }
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    const bool ok = tx.isActive()
        && SettingRepository(m_db.connection()).setValue(rolesEnabledKey(), enabled ? u"true"_s : u"false"_s, &error)
        && audit.recordChanged(u"update"_s, u"setting"_s, rolesEnabledKey(), flagJson(before), flagJson(enabled), &error);
    if (!ok || !tx.commit())
        result.error = tr("cannot turn roles %1: %2")
                           .arg(enabled ? tr("on") : tr("off"),
                                error.isEmpty() ? tr("the transaction could not be committed") : error);
    return result;
}

SaveResult UserService::check(const AppUser &user, const QString &action, const QString &unitCode) const
{
    return AccessControl(m_db).check(user, action, unitCode);
}

SaveResult UserService::checkActing(const QString &action, const QString &unitCode) const
{
    return AccessControl(m_db).require(action, unitCode);
}
