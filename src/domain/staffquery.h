// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffmember.h"
#include "textfold.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

/** A filter over the staff registry, as the Staff page and the CLI ask it. Empty = no filter. */
struct StaffQuery
{
    QString search;          ///< words matched in name or code, ignoring case and diacritics
    std::optional<QStringList> unitCodes; ///< recorded unit among these (resolved by the caller)
    QString category;
    QString position;
    QDate inServiceOn;       ///< null = anyone, in service or not
    QString code;            ///< exactly this person (used to ask whether one person matches)

    friend bool operator==(const StaffQuery &, const StaffQuery &) = default;
};

/** Where a page of the name-ordered staff list starts: after (sortKey, code). */
struct StaffPageKey
{
    QString sortKey;
    QString code;
};

/** The key a person sorts under in the staff list: given name, full name, code. */
[[nodiscard]] inline StaffPageKey staffPageKeyOf(const StaffMember &member)
{
    return {nameSortKey(member.fullName), member.code};
}

/** Head count for the dashboard: people of one recorded unit and category. */
struct StaffCount
{
    QString unitCode;
    QString category;
    int count = 0;
};
