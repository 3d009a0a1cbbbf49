// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardjsonsnapshot.h"

#include "recordjson.h"
#include "standardsjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace StandardJsonSnapshot {

QJsonObject toJson(const StandardRequirement &r)
{
    return QJsonObject{
        {u"key"_s, r.key},
        {u"kind"_s, StandardsJson::kindName(r.kind)},
        {u"minimum"_s, r.minimum},
        {u"minimum_difficult"_s, r.minimumDifficult},
        {u"field_keywords"_s, QJsonArray::fromStringList(r.fieldKeywords)},
        {u"enabled"_s, r.enabled},
        {u"confirmed"_s, r.confirmed},
        {u"basis"_s, r.basis},
    };
}

QJsonObject toJson(const TitleStandard &s)
{
    QJsonArray requirements;
    for (const StandardRequirement &r : s.requirements)
        requirements.append(toJson(r));
    return QJsonObject{
        {u"id"_s, s.id},
        {u"position"_s, s.position},
        {u"valid_from"_s, RecordJson::dateValue(s.validFrom)},
        {u"valid_to"_s, RecordJson::dateValue(s.validTo)},
        {u"instrument"_s, s.instrument},
        {u"article"_s, s.article},
        {u"deadline"_s, RecordJson::dateValue(s.deadline)},
        {u"note"_s, s.note},
        {u"requirements"_s, requirements},
    };
}

} // namespace StandardJsonSnapshot
