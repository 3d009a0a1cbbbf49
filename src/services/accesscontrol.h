// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/appuser.h"
#include "registryservice.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Database;

/**
 * Phân quyền: the one permission check every service asks before it writes or reads personal data
 * (issue 8 item 4). Who is asking is the database session's user (Database::sessionUser, set by the
 * window's log-in or the command line's --as), re-read from app_user at each check so that a
 * deactivation or a new role applies at once. While roles are off (a single-PC office that has not
 * turned them on) everyone may do everything.
 */
class AccessControl
{
    Q_DECLARE_TR_FUNCTIONS(AccessControl)

public:
    explicit AccessControl(const Database &db);

    /** The setting that turns roles on ("true") or off (absent or "false"). */
    [[nodiscard]] static QString rolesEnabledKey();
    /**
     * Roles are on when the setting says so, and always on a shared server (PostgreSQL) that has an
     * active administrator: there every session logs in (issue 8 item 4).
     */
    [[nodiscard]] bool rolesEnabled() const;
    /** The office lives on a PostgreSQL server rather than in one SQLite file. */
    [[nodiscard]] bool isSharedServer() const;
    /** The session's user as stored now; nullopt when nobody logged in or the name is unknown. */
    [[nodiscard]] std::optional<AppUser> sessionUser() const;

    /** May user do action (Actions::…) on the records of unitCode (empty: office-wide)? Yes while roles are off. */
    [[nodiscard]] SaveResult check(const AppUser &user, const QString &action, const QString &unitCode = {}) const;
    /** check() for the session's user; refused when roles are on and nobody is logged in. */
    [[nodiscard]] SaveResult require(const QString &action, const QString &unitCode = {}) const;
    /** The same for an Actions:: constant. */
    [[nodiscard]] SaveResult require(const char *action, const QString &unitCode = {}) const
    {
        return require(QString::fromLatin1(action), unitCode);
    }
    [[nodiscard]] SaveResult requireForStaff(const char *action, const QString &staffCode) const
    {
        return requireForStaff(QString::fromLatin1(action), staffCode);
    }
    /** require() on the records of one person: their recorded unit's (an unknown person: office-wide). */
    [[nodiscard]] SaveResult requireForStaff(const QString &action, const QString &staffCode) const;
    /** require() of one unit's records for each of unitCodes (the first refusal). */
    [[nodiscard]] SaveResult requireEach(const QString &action, const QStringList &unitCodes) const;

    /**
     * The units whose people the session may read (staff.read): nullopt for the whole office (roles
     * off, or a role that reads everything), a unit manager's unit and its sub-units, or an empty list
     * when the session may read nobody.
     */
    [[nodiscard]] std::optional<QStringList> readableUnits() const;
    /**
     * May the session read a report on unitCode ("" the whole office)? A unit manager reads their units
     * only, so they name one of them.
     */
    [[nodiscard]] SaveResult requireRead(const QString &unitCode) const;
    /**
     * May the session export personal data (export.personal) of unitCode, or, when it is empty, of
     * everyone it may read (a unit manager: their units)?
     */
    [[nodiscard]] SaveResult requireExport(const QString &unitCode = {}) const;

private:
    const Database &m_db;
};
