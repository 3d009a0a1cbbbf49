// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fielderror.h"
#include "titlestandard.h"

#include <QCoreApplication>

/**
 * Checks a title-standard requirement before it is stored or loaded: a known staff field, a
 * minimum that is a level of that field (never higher in difficult areas), keywords for a field
 * rule. A requirement that fails these would silently make nobody (or everybody) qualified.
 */
class StandardValidator
{
    Q_DECLARE_TR_FUNCTIONS(StandardValidator)

public:
    /** The staff fields a requirement may read (they are also the gap names). */
    [[nodiscard]] static const QStringList &requirementKeys();
    [[nodiscard]] static FieldErrors validateRequirement(const StandardRequirement &requirement);
};
