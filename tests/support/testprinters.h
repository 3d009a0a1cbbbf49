// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fielderror.h"

#include <QString>
#include <QTest>

#include <optional>

/**
 * QTest::toString for the value types that tests compare, so that a failing QCOMPARE prints the
 * values: specialisations of the QTest template for std types, an ADL overload for FieldError.
 */

namespace QTest {
template<>
inline char *toString(const std::optional<QString> &value)
{
    return value ? QTest::toString(QString(u'"' + *value + u'"')) : qstrdup("nullopt");
}

template<>
inline char *toString(const std::optional<bool> &value)
{
    return qstrdup(!value ? "nullopt" : (*value ? "true" : "false"));
}
} // namespace QTest

inline char *toString(const FieldError &error)
{
    return QTest::toString(QString(error.field + QStringLiteral(": ") + error.message));
}

namespace TestSupport {
/** The field keys of errors, in order: what a validator test usually compares. */
inline QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << e.field;
    return out;
}
} // namespace TestSupport
