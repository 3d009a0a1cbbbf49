// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/**
 * An organisational unit (đơn vị): province, town, commune/ward, agency or public service unit.
 * Units are never deleted when merged: they get valid_to and a successor (đơn vị kế thừa),
 * so history stays readable (the 07/2025 merges).
 */
struct OrgUnit
{
    QString code;          ///< mã đơn vị, unique
    QString name;          ///< tên đơn vị
    QString kind;          ///< CodeTables::unitKind() code
    QString parentCode;    ///< empty for a root
    QDate validFrom;       ///< null = always
    QDate validTo;         ///< exclusive; null = still valid
    bool difficultArea = false; ///< vùng khó khăn (provinces may lower title standards there)
    QString successorCode; ///< unit it was merged into, when validTo is set

    /** True when the unit exists on date (validFrom ≤ date < validTo). */
    [[nodiscard]] bool isValidOn(const QDate &date) const;
    [[nodiscard]] bool isCommuneLevel() const;

    friend bool operator==(const OrgUnit &, const OrgUnit &) = default;
};
