// SPDX-License-Identifier: GPL-3.0-or-later
#include "filepermissions.h"

#include "storagelog.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace FilePermissions {

bool restrictToOwner(const QString &path)
{
    if (!QFile::exists(path))
        return false;
    if (QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return true;
    qCWarning(lcStorage) << "cannot make" << path << "readable by its owner only";
    return false;
}

void restrictDatabaseFiles(const QString &path)
{
    if (path.isEmpty() || path == ":memory:"_L1)
        return;
    restrictToOwner(path);
    for (const auto suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFile::exists(path + suffix))
            restrictToOwner(path + suffix);
    }
}

} // namespace FilePermissions
