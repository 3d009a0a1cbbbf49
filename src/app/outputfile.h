// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/**
 * Where the pages write what they print or export (PDF, CSV): the file the save dialog chose, or a
 * default name in the user's documents folder, written in one go.
 */
namespace OutputFile {
/** The documents folder (the home folder when there is none). */
[[nodiscard]] QString documentsDir();
/** The default file as a file URL for the save dialog: documentsDir()/name. */
[[nodiscard]] QString defaultUrl(const QString &name);
/**
 * The local path of fileOrUrl (a file URL or a path); empty: documentsDir()/defaultName, the documents
 * folder created when missing. A folder the user chose is never created.
 */
[[nodiscard]] QString resolve(const QString &fileOrUrl, const QString &defaultName);
/**
 * Writes bytes to path atomically (QSaveFile), readable and writable by the owner only (the exports hold
 * personal data); false with the system's reason in *error.
 */
bool write(const QString &path, const QByteArray &bytes, QString *error);
} // namespace OutputFile
