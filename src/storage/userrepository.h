// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/appuser.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

/**
 * The users of the office (table app_user). Rows are never deleted: a user is deactivated.
 * Writes run inside the caller's transaction.
 */
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /** Every user, by name. */
    [[nodiscard]] std::vector<AppUser> all(QString *error = nullptr) const;
    [[nodiscard]] std::optional<AppUser> find(const QString &name, QString *error = nullptr) const;
    bool insert(const AppUser &user, QString *error = nullptr);
    /** Writes everything of the user named user.name but the name and created_at. */
    bool update(const AppUser &user, QString *error = nullptr);
    /** Active users with this role; -1 on error. */
    [[nodiscard]] int activeCount(Role role, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};
