// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitdirectory.h"

#include <algorithm>

UnitDirectory::UnitDirectory(std::vector<OrgUnit> units)
    : m_units(std::move(units))
{
    for (qsizetype i = 0; i < qsizetype(m_units.size()); ++i)
        m_index.insert(m_units[i].code, i);
    for (const auto &u : m_units) {
        if (!u.parentCode.isEmpty())
            m_children[u.parentCode].append(u.code);
    }
}

const OrgUnit *UnitDirectory::find(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? nullptr : &m_units[*it];
}

QStringList UnitDirectory::childrenOf(const QString &code) const
{
    return m_children.value(code);
}

QStringList UnitDirectory::roots() const
{
    QStringList out;
    for (const auto &u : m_units) {
        if (u.parentCode.isEmpty() || !m_index.contains(u.parentCode))
            out.append(u.code);
    }
    return out;
}

QString UnitDirectory::resolveOn(const QString &code, const QDate &date) const
{
    QString current = code;
    QSet<QString> seen;
    while (!current.isEmpty() && !seen.contains(current)) {
        seen.insert(current);
        const OrgUnit *u = find(current);
        if (!u)
            return {};
        if (u->isValidOn(date))
            return current;
        // Not yet created on date: nothing earlier stands for it.
        if (u->validFrom.isValid() && date < u->validFrom)
            return {};
        current = u->successorCode;
    }
    return {};
}

QSet<QString> UnitDirectory::subtree(const QString &root) const
{
    QSet<QString> out;
    QStringList stack{root};
    while (!stack.isEmpty()) {
        const QString c = stack.takeLast();
        if (out.contains(c))
            continue;
        out.insert(c);
        stack.append(m_children.value(c));
    }
    return out;
}

QSet<QString> UnitDirectory::codesResolvingInto(const QString &root, const QDate &date) const
{
    const QSet<QString> targets = subtree(root);
    QSet<QString> out;
    for (const auto &u : m_units) {
        const QString resolved = resolveOn(u.code, date);
        if (!resolved.isEmpty() && targets.contains(resolved))
            out.insert(u.code);
    }
    return out;
}
