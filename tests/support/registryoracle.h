// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/orgunit.h"
#include "domain/staffmember.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

/**
 * Expected values for model tests, computed from the inserted records by code written here,
 * independently of the product's folding, unit directory and SQL filters.
 */
namespace Oracle {

/** Lower case, Vietnamese marks dropped (đ → d), white space collapsed. */
inline QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0110) || c == QChar(0x0111))
            out += QLatin1Char('d');
        else
            out += c.toLower();
    }
    return out.simplified();
}

/** True when every word of search is part of the folded "name code" of m. */
inline bool matchesSearch(const StaffMember &m, const QString &search)
{
    const QString haystack = fold(m.fullName + QLatin1Char(' ') + m.code);
    const QStringList words = fold(search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}

/** The staff list order: folded given name, then folded full name, then code. */
inline std::pair<QString, QString> sortKey(const StaffMember &m)
{
    const QString folded = fold(m.fullName);
    const QString given = folded.section(QLatin1Char(' '), -1);
    return {given + QLatin1Char(' ') + folded, m.code};
}

inline bool inService(const StaffMember &m, const QDate &date)
{
    return (!m.startDate.isValid() || m.startDate <= date) && (!m.endDate.isValid() || m.endDate > date);
}

inline bool valid(const OrgUnit &u, const QDate &date)
{
    return (!u.validFrom.isValid() || u.validFrom <= date) && (!u.validTo.isValid() || date < u.validTo);
}

/** The units by code. */
inline QHash<QString, OrgUnit> byCode(const std::vector<OrgUnit> &units)
{
    QHash<QString, OrgUnit> out;
    for (const auto &u : units)
        out.insert(u.code, u);
    return out;
}

/** The unit standing for code on date: itself when valid, else its successor (chain); "" when none. */
inline QString resolve(const QHash<QString, OrgUnit> &units, QString code, const QDate &date)
{
    for (int guard = 0; guard < 64 && !code.isEmpty(); ++guard) {
        const auto it = units.constFind(code);
        if (it == units.cend())
            return {};
        if (valid(*it, date))
            return code;
        if (it->validFrom.isValid() && date < it->validFrom)
            return {};
        code = it->successorCode;
    }
    return {};
}

/** root and every unit below it by parent. */
inline QSet<QString> subtree(const std::vector<OrgUnit> &units, const QString &root)
{
    QSet<QString> out{root};
    bool grew = true;
    while (grew) {
        grew = false;
        for (const auto &u : units) {
            if (!out.contains(u.code) && out.contains(u.parentCode)) {
                out.insert(u.code);
                grew = true;
            }
        }
    }
    return out;
}

} // namespace Oracle
