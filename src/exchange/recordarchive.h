// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archiverecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * The closed-year archive file (docs/archive.md): a text header
 *
 *     CONGVU-ARCHIVE
 *     format: 1
 *     sha256: <64 lower-case hex digits of the content>
 *     <blank line>
 *
 * then the content, a Boost.Serialization text archive of an ArchiveSnapshot whose classes are
 * versioned (BOOST_CLASS_VERSION), so that later programs read older files. Reading refuses any file
 * whose header or content was altered.
 */
class RecordArchive
{
    Q_DECLARE_TR_FUNCTIONS(RecordArchive)

public:
    static constexpr int kFormatVersion = 1;       ///< the envelope's version (header layout)
    static constexpr auto kMagic = "CONGVU-ARCHIVE";
    static constexpr auto kExtension = "cvarchive";

    /** What reading a file gave: the snapshot, or the reason it was refused. */
    struct ReadResult
    {
        std::optional<ArchiveSnapshot> snapshot;
        QString error;       ///< translated reason when refused ("" when read)
        int format = 0;      ///< the header's format version (0 when the header is unreadable)
        QString sha256;      ///< the checksum, as written in the header
        [[nodiscard]] bool ok() const { return snapshot.has_value(); }
    };

    /** The file bytes of a snapshot. */
    [[nodiscard]] static QByteArray write(const ArchiveSnapshot &snapshot);
    /**
     * Reads and checks a file: refused with the reason for a wrong magic line, a format newer than
     * kFormatVersion, a malformed header, a checksum that does not match the content (any altered or
     * missing byte), or content Boost cannot read.
     */
    [[nodiscard]] static ReadResult read(const QByteArray &bytes);
};
