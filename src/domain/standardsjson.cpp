// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardsjson.h"

#include "codetable.h"
#include "standardvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

/** A date field: absent or null is "no limit" (ok stays true); anything else must be YYYY-MM-DD. */
QDate dateOf(const QJsonValue &v, bool *ok)
{
    if (v.isUndefined() || v.isNull())
        return {};
    const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
    if (!d.isValid())
        *ok = false;
    return d;
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const auto &e : v.toArray())
        out << e.toString();
    return out;
}

} // namespace

QString StandardsJson::kindName(StandardRequirement::Kind kind)
{
    switch (kind) {
    case StandardRequirement::Kind::MinLevel:
        return u"min_level"_s;
    case StandardRequirement::Kind::FieldMatch:
        return u"field_match"_s;
    case StandardRequirement::Kind::Known:
        return u"known"_s;
    }
    return {};
}

std::optional<StandardRequirement::Kind> StandardsJson::kindFromName(const QString &name)
{
    if (name == "min_level"_L1)
        return StandardRequirement::Kind::MinLevel;
    if (name == "field_match"_L1)
        return StandardRequirement::Kind::FieldMatch;
    if (name == "known"_L1)
        return StandardRequirement::Kind::Known;
    return std::nullopt;
}

bool StandardsJson::parse(const QByteArray &bytes, std::vector<TitleStandard> *out, QString *error)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        *error = tr("invalid JSON at offset %1: %2").arg(err.offset).arg(err.errorString());
        return false;
    }
    const QJsonArray sets = doc.object().value(u"standards"_s).toArray();
    if (sets.isEmpty()) {
        *error = tr("no \"standards\" list");
        return false;
    }
    int index = 0;
    for (const auto &setValue : sets) {
        ++index;
        const QJsonObject set = setValue.toObject();
        TitleStandard base;
        base.instrument = set.value(u"instrument"_s).toString();
        base.article = set.value(u"article"_s).toString();
        bool datesOk = true;
        base.validFrom = dateOf(set.value(u"valid_from"_s), &datesOk);
        base.validTo = dateOf(set.value(u"valid_to"_s), &datesOk);
        base.deadline = dateOf(set.value(u"deadline"_s), &datesOk);
        if (!datesOk) {
            *error = tr("standard %1: valid_from, valid_to and deadline must be dates written YYYY-MM-DD").arg(index);
            return false;
        }
        if (base.validFrom.isValid() && base.validTo.isValid() && base.validTo <= base.validFrom) {
            *error = tr("standard %1: valid_to must be after valid_from").arg(index);
            return false;
        }
        base.note = set.value(u"note"_s).toString();
        if (base.instrument.isEmpty()) {
            *error = tr("standard %1: no instrument").arg(index);
            return false;
        }
        for (const auto &reqValue : set.value(u"requirements"_s).toArray()) {
            const QJsonObject r = reqValue.toObject();
            StandardRequirement req;
            req.key = r.value(u"key"_s).toString();
            const auto kind = kindFromName(r.value(u"kind"_s).toString());
            if (req.key.isEmpty() || !kind) {
                *error = tr("standard %1: a requirement has no key or an unknown kind").arg(index);
                return false;
            }
            req.kind = *kind;
            req.minimum = r.value(u"minimum"_s).toString();
            req.minimumDifficult = r.value(u"minimum_difficult"_s).toString();
            req.fieldKeywords = stringsOf(r.value(u"field_keywords"_s));
            req.enabled = r.value(u"enabled"_s).toBool(true);
            req.confirmed = r.value(u"confirmed"_s).toBool(true);
            req.basis = r.value(u"basis"_s).toString();
            const FieldErrors problems = StandardValidator::validateRequirement(req);
            if (!problems.empty()) {
                *error = tr("standard %1, requirement %2: %3").arg(index).arg(req.key, problems.front().message);
                return false;
            }
            base.requirements.push_back(req);
        }
        const QStringList positions = stringsOf(set.value(u"positions"_s));
        if (positions.isEmpty()) {
            *error = tr("standard %1: no positions").arg(index);
            return false;
        }
        for (const QString &position : positions) {
            if (!CodeTables::communeTitle().contains(position)) {
                *error = tr("standard %1: unknown title \"%2\"").arg(index).arg(position);
                return false;
            }
            TitleStandard s = base;
            s.position = position;
            out->push_back(s);
        }
    }
    return true;
}
