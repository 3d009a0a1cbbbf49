// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

/**
 * A small JSON Schema (draft 2020-12) check, enough for the schemas of schemas/: $ref (to #/$defs),
 * oneOf, type (integer too), enum, pattern, minLength, minimum, maximum, required, properties, items.
 * Header-only; each problem is appended to errors as "where: what".
 */
namespace JsonSchemaCheck {

inline void check(const QJsonValue &value, const QJsonObject &schema, const QJsonObject &root, const QString &where,
                  QStringList *errors)
{
    using namespace Qt::StringLiterals;
    if (schema.contains(u"$ref"_s)) {
        const QString ref = schema.value(u"$ref"_s).toString();
        const QString prefix = u"#/$defs/"_s;
        if (!ref.startsWith(prefix))
            errors->append(where + u": unsupported $ref "_s + ref);
        else if (!root.value(u"$defs"_s).toObject().contains(ref.mid(prefix.size())))
            errors->append(where + u": $ref to a missing definition "_s + ref);
        else
            check(value, root.value(u"$defs"_s).toObject().value(ref.mid(prefix.size())).toObject(), root, where,
                  errors);
    }
    if (schema.contains(u"oneOf"_s)) {
        int matches = 0;
        for (const auto &alternative : schema.value(u"oneOf"_s).toArray()) {
            QStringList sub;
            check(value, alternative.toObject(), root, where, &sub);
            matches += sub.isEmpty() ? 1 : 0;
        }
        if (matches != 1)
            errors->append(where + u": matches %1 of the oneOf alternatives"_s.arg(matches));
    }
    if (schema.contains(u"type"_s)) {
        const QJsonValue t = schema.value(u"type"_s);
        const QStringList allowed = t.isArray() ? t.toVariant().toStringList() : QStringList{t.toString()};
        const QString actual = value.isString() ? u"string"_s
            : value.isNull()                    ? u"null"_s
            : value.isBool()                    ? u"boolean"_s
            : value.isDouble()                  ? u"number"_s
            : value.isArray()                   ? u"array"_s
            : value.isObject()                  ? u"object"_s
                                                : u"undefined"_s;
        const bool integral = value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
        if (!allowed.contains(actual) && !(integral && allowed.contains(u"integer"_s)))
            errors->append(where + u": is %1, expected %2"_s.arg(actual, allowed.join(u'|')));
    }
    if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value))
        errors->append(where + u": value "_s + value.toVariant().toString() + u" is not in the enum"_s);
    if (value.isString()) {
        const QString s = value.toString();
        if (schema.contains(u"minLength"_s) && s.size() < schema.value(u"minLength"_s).toInt())
            errors->append(where + u": shorter than minLength"_s);
        if (schema.contains(u"pattern"_s)
            && !QRegularExpression(schema.value(u"pattern"_s).toString()).match(s).hasMatch())
            errors->append(where + u": \""_s + s + u"\" does not match "_s + schema.value(u"pattern"_s).toString());
    }
    if (value.isDouble()) {
        if (schema.contains(u"minimum"_s) && value.toDouble() < schema.value(u"minimum"_s).toDouble())
            errors->append(where + u": %1 is below the minimum"_s.arg(value.toDouble()));
        if (schema.contains(u"maximum"_s) && value.toDouble() > schema.value(u"maximum"_s).toDouble())
            errors->append(where + u": %1 is above the maximum"_s.arg(value.toDouble()));
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const auto &key : schema.value(u"required"_s).toArray()) {
            if (!o.contains(key.toString()))
                errors->append(where + u": missing key "_s + key.toString());
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (o.contains(it.key()))
                check(o.value(it.key()), it.value().toObject(), root, where + u'.' + it.key(), errors);
        }
    }
    if (value.isArray() && schema.contains(u"items"_s)) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            check(a.at(i), schema.value(u"items"_s).toObject(), root, where + u"[%1]"_s.arg(i), errors);
    }
}

/** Checks a whole document against a whole schema; the problems found, none when it conforms. */
inline QStringList check(const QJsonValue &document, const QJsonObject &schema)
{
    QStringList errors;
    check(document, schema, schema, QStringLiteral("$"), &errors);
    return errors;
}

} // namespace JsonSchemaCheck
