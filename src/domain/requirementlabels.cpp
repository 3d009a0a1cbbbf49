// SPDX-License-Identifier: GPL-3.0-or-later
#include "requirementlabels.h"

using namespace Qt::StringLiterals;

QString RequirementLabels::label(const QString &key)
{
    if (key == "general_education"_L1) return tr("General education");
    if (key == "professional_level"_L1) return tr("Professional level");
    if (key == "professional_field"_L1) return tr("Field of study");
    if (key == "political_theory"_L1) return tr("Political theory");
    if (key == "state_management"_L1) return tr("State management");
    if (key == "it_skill"_L1) return tr("IT skills");
    if (key == "foreign_language"_L1) return tr("Foreign language");
    return key;
}

QStringList RequirementLabels::labels(const QStringList &keys)
{
    QStringList out;
    out.reserve(keys.size());
    for (const QString &k : keys)
        out << label(k);
    return out;
}
