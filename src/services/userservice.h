// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/appuser.h"
#include "domain/fielderror.h"
#include "registryservice.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

class Clock;
class Database;

/** What the form or command gives for a new user. The password is hashed at once and never kept. */
struct NewUser
{
    QString name;
    QString fullName;
    QString role;     ///< Roles::codes()
    QString unitCode; ///< required for unit_manager, empty otherwise
    QString password;
};

/** Outcome of a log-in: the user, or one refusal that does not tell a wrong name from a wrong password. */
struct AuthResult
{
    std::optional<AppUser> user;
    QString error; ///< translated; empty on success

    [[nodiscard]] bool ok() const { return user.has_value(); }
};

/**
 * Users and roles of the office (issue 8 item 4): add, change role or unit, set a password,
 * deactivate (never delete: the audit trail names users), log in, turn roles on or off, and the
 * one permission check the other services call. Every write is one transaction with its audit row
 * (the snapshots never hold the password hash). Once roles are on, only an administrator manages users.
 */
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    /** Shortest password accepted (characters). */
    static constexpr int MinPasswordLength = 10;
    static constexpr int MaxPasswordLength = 1024;

    UserService(Database &db, const Clock &clock);

    /** The name written in the audit trail. */
    void setActor(const QString &actor) { m_actor = actor; }
    [[nodiscard]] const QString &actor() const { return m_actor; }
    /** Iterations of new password hashes; PasswordHash::DefaultIterations unless lowered for unit testing. */
    void setPasswordIterations(int iterations) { m_iterations = iterations; }

    /** The setting that turns roles on ("true") or off (absent or "false"). */
    [[nodiscard]] static QString rolesEnabledKey();

    [[nodiscard]] std::vector<AppUser> users() const;
    [[nodiscard]] std::optional<AppUser> find(const QString &name) const;

    SaveResult addUser(const NewUser &user);
    /** A new role, and the unit for a unit manager (empty for the other roles). */
    SaveResult changeRole(const QString &name, const QString &role, const QString &unitCode);
    /** An administrator sets anyone's password; a user may set their own. */
    SaveResult setPassword(const QString &name, const QString &password);
    SaveResult deactivate(const QString &name);

    /** The active user with this name and password, or a refusal that does not say which was wrong. */
    [[nodiscard]] AuthResult authenticate(const QString &name, const QString &password) const;
    /** authenticate(), and on success the user becomes the database session's user (Database::setSessionUser). */
    AuthResult logIn(const QString &name, const QString &password);
    /** The environment variable holding the password of the user named by --as. */
    static constexpr char ActingPasswordVariable[] = "CONGVU_AS_PASSWORD";

    [[nodiscard]] bool rolesEnabled() const;
    /** Turning roles on needs an active administrator; once on, only an administrator turns them off. */
    SaveResult setRolesEnabled(bool enabled);

    /**
     * May user do action (Actions::…) on the records of unitCode (empty: office-wide)? Always yes
     * while roles are off; else Permissions' answer, with its reason as the error when refused.
     */
    [[nodiscard]] SaveResult check(const AppUser &user, const QString &action, const QString &unitCode = {}) const;
    /** check() for the database session's user (Database::sessionUser); refused when roles are on and nobody is logged in. */
    [[nodiscard]] SaveResult checkActing(const QString &action, const QString &unitCode = {}) const;

private:
    FieldErrors validateRole(const QString &role, const QString &unitCode) const;
    FieldErrors validatePassword(const QString &name, const QString &password) const;
    /** Refused unless the acting user may manage users (or roles are off); allowSelf: name is the acting user's. */
    SaveResult mayManage(const QString &name = {}, bool allowSelf = false) const;
    /** Refused when roles are on and the change would leave no active administrator. */
    SaveResult keepsAnAdministrator(const AppUser &before, const AppUser &after) const;
    SaveResult write(const QString &action, const std::optional<AppUser> &before, const AppUser &after,
                     const QString &what);

    Database &m_db;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("unknown");
    int m_iterations;
};
