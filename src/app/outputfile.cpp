// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QDir>
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
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace OutputFile
