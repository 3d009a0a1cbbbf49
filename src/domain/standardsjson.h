// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "titlestandard.h"

#include <QByteArray>
#include <QCoreApplication>

/**
 * The reference-data file of title standards (assets/standards/commune-title-standards.json):
 * each entry names an instrument, article, period, deadline and positions and lists its
 * requirements; it expands to one TitleStandard per position.
 */
class StandardsJson
{
    Q_DECLARE_TR_FUNCTIONS(StandardsJson)

public:
    /** Parses the file; on error returns false and says where in *error. */
    static bool parse(const QByteArray &bytes, std::vector<TitleStandard> *out, QString *error);
    /** The kind's name in the file and the database ("min_level", "field_match", "known"). */
    [[nodiscard]] static QString kindName(StandardRequirement::Kind kind);
    [[nodiscard]] static std::optional<StandardRequirement::Kind> kindFromName(const QString &name);
};
