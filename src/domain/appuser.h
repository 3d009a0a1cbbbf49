// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "role.h"

#include <QDateTime>
#include <QString>

/**
 * A user of a shared office (người dùng, issue 8 item 4). Never deleted, only deactivated: the
 * audit trail names users. passwordHash is PasswordHash's stored form, never the password.
 */
struct AppUser
{
    QString name;          ///< log-in name, unique: lowercase letters, digits, . _ -
    QString fullName;      ///< họ và tên
    Role role = Role::Viewer;
    QString unitCode;      ///< the unit of a unit manager (their scope); empty otherwise
    QString passwordHash;  ///< pbkdf2-sha256$…
    bool active = true;
    QDateTime createdAt;   ///< UTC

    friend bool operator==(const AppUser &, const AppUser &) = default;
};
