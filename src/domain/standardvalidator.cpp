// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardvalidator.h"

#include "codetable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

const QStringList &StandardValidator::requirementKeys()
{
    static const QStringList keys{u"general_education"_s, u"professional_level"_s, u"professional_field"_s,
                                  u"political_theory"_s,  u"state_management"_s,   u"it_skill"_s,
                                  u"foreign_language"_s};
    return keys;
}

FieldErrors StandardValidator::validateRequirement(const StandardRequirement &r)
{
    FieldErrors errors;
    if (!requirementKeys().contains(r.key)) {
        errors.push_back({u"key"_s, tr("unknown requirement \"%1\"").arg(r.key)});
        return errors;
    }
    switch (r.kind) {
    case StandardRequirement::Kind::MinLevel: {
        const CodeTable *table = CodeTables::levelsOf(r.key);
        if (!table) {
            errors.push_back({u"kind"_s, tr("\"%1\" has no levels: it cannot have a minimum level").arg(r.key)});
            break;
        }
        if (!table->contains(r.minimum)) {
            //: %1 is the code typed, %2 the staff field (e.g. professional_level)
            errors.push_back({u"minimum"_s, tr("\"%1\" is not a level of %2").arg(r.minimum, r.key)});
            break;
        }
        if (r.minimumDifficult.isEmpty())
            break;
        if (!table->contains(r.minimumDifficult)) {
            errors.push_back({u"minimum_difficult"_s, tr("\"%1\" is not a level of %2").arg(r.minimumDifficult, r.key)});
        } else if (table->rank(r.minimumDifficult) > table->rank(r.minimum)) {
            // The province may lower the level in difficult areas, never raise it (ND 33/2023 Art 10).
            errors.push_back({u"minimum"_s, tr("the level required in difficult areas (%1) would be above the level "
                                               "required elsewhere (%2)")
                                                .arg(table->label(r.minimumDifficult), table->label(r.minimum))});
        }
        break;
    }
    case StandardRequirement::Kind::FieldMatch: {
        const bool hasKeyword = std::any_of(r.fieldKeywords.cbegin(), r.fieldKeywords.cend(),
                                            [](const QString &k) { return !k.trimmed().isEmpty(); });
        if (!hasKeyword)
            errors.push_back({u"field_keywords"_s, tr("a field requirement needs at least one keyword")});
        // The keywords are stored joined by "|" (StandardRepository).
        else if (std::any_of(r.fieldKeywords.cbegin(), r.fieldKeywords.cend(),
                             [](const QString &k) { return k.contains(u'|'); }))
            errors.push_back({u"field_keywords"_s, tr("a keyword cannot contain \"|\"")});
        break;
    }
    case StandardRequirement::Kind::Known:
        break;
    }
    return errors;
}
