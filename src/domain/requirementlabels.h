// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

/**
 * Translated names of the staff fields a title standard reads (its requirement keys, which are
 * also the gap names of the report): one wording for the dashboard, the person's page and the PDF.
 */
class RequirementLabels
{
    Q_DECLARE_TR_FUNCTIONS(RequirementLabels)

public:
    /** e.g. "political_theory" → "Political theory"; an unknown key is returned as it is. */
    [[nodiscard]] static QString label(const QString &key);
    [[nodiscard]] static QStringList labels(const QStringList &keys);
};
