// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * Personal data on disk (ND 13/2023/NĐ-CP on personal data protection): the office database, its
 * SQLite companions and the exports are readable and writable by their owner only (0600).
 */
namespace FilePermissions {
/** Makes path owner-only (read + write); false when it does not exist or cannot be changed. */
bool restrictToOwner(const QString &path);
/**
 * Makes the SQLite database at path owner-only with its companions that exist (-wal, -shm, -journal).
 * SQLite gives the companions it creates later the database file's permissions.
 */
void restrictDatabaseFiles(const QString &path);
} // namespace FilePermissions
