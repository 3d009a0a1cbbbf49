// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orgunit.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <vector>

/**
 * The units of an office in memory (a town has ~10, a province ~1,000): lookups, the tree,
 * and "the unit of a person on a date", which follows successors after merges (CLI.md).
 */
class UnitDirectory
{
public:
    UnitDirectory() = default;
    explicit UnitDirectory(std::vector<OrgUnit> units);

    [[nodiscard]] const std::vector<OrgUnit> &units() const { return m_units; }
    [[nodiscard]] const OrgUnit *find(const QString &code) const;
    [[nodiscard]] QStringList childrenOf(const QString &code) const;
    [[nodiscard]] QStringList roots() const;

    /**
     * The unit that stands for code on date: code itself when valid then, else its successor
     * (followed until a unit valid on date is reached). Empty when none is (unknown code,
     * dissolved without successor, a cycle, or a unit not yet created).
     */
    [[nodiscard]] QString resolveOn(const QString &code, const QDate &date) const;

    /** Every unit code whose people belong on date to root or one of its descendants. */
    [[nodiscard]] QSet<QString> codesResolvingInto(const QString &root, const QDate &date) const;

    /** root and all its descendants (by parent), regardless of dates. */
    [[nodiscard]] QSet<QString> subtree(const QString &root) const;

private:
    std::vector<OrgUnit> m_units;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QStringList> m_children;
};
