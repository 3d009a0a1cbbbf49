// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace OutputFile {

QString documentsDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir.isEmpty() ? QDir::homePath() : dir;
}

QString defaultUrl(const QString &name)
{
    return QUrl::fromLocalFile(QDir(documentsDir()).filePath(name)).toString();
}

QString resolve(const QString &fileOrUrl, const QString &defaultName)
{
    if (fileOrUrl.isEmpty()) {
        const QString dir = documentsDir();
        QDir().mkpath(dir);
        return QDir(dir).filePath(defaultName);
    }
    const QUrl url(fileOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : fileOrUrl;
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    // Personal data (ND 13/2023/NĐ-CP): readable by the owner only, from before the first byte (the
    // temporary file) and after the rename (as the command line's exports).
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QSaveFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened)
        file.setPermissions(ownerOnly); // best effort: some file systems have no permissions
    if (opened && file.write(bytes) == bytes.size() && file.commit()) {
        QFile::setPermissions(path, ownerOnly);
        return true;
    }
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace OutputFile
