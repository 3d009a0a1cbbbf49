// SPDX-License-Identifier: GPL-3.0-or-later
#include "unittreemodel.h"

#include "domain/codetable.h"
#include "services/registryservice.h"

#include <QSet>

using namespace Qt::StringLiterals;

UnitTreeModel::UnitTreeModel(RegistryService &registry, QObject *parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
{
}

int UnitTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const OrgUnit &u = r.unit;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return u.name;
    case CodeRole:
        return u.code;
    case KindRole:
        return u.kind;
    case KindLabelRole:
        return CodeTables::unitKind().label(u.kind);
    case DepthRole:
        return r.depth;
    case ValidFromRole:
        return u.validFrom.isValid() ? u.validFrom.toString(u"dd/MM/yyyy"_s) : QString();
    case ValidToRole:
        return u.validTo.isValid() ? u.validTo.toString(u"dd/MM/yyyy"_s) : QString();
    case SuccessorRole: {
        if (u.successorCode.isEmpty())
            return QString();
        const OrgUnit *s = m_directory.find(u.successorCode);
        return s ? u"%1 (%2)"_s.arg(s->name, s->code) : u.successorCode;
    }
    case DifficultAreaRole:
        return u.difficultArea;
    case StaffCountRole:
        return r.staffCount;
    case ValidTodayRole:
        return u.isValidOn(m_today);
    case HasChildrenRole:
        return r.hasChildren;
    default:
        return {};
    }
}

QHash<int, QByteArray> UnitTreeModel::roleNames() const
{
    return {
        {CodeRole, "code"},
        {NameRole, "name"},
        {KindRole, "kind"},
        {KindLabelRole, "kindLabel"},
        {DepthRole, "depth"},
        {ValidFromRole, "validFrom"},
        {ValidToRole, "validTo"},
        {SuccessorRole, "successor"},
        {DifficultAreaRole, "difficultArea"},
        {StaffCountRole, "staffCount"},
        {ValidTodayRole, "validToday"},
        {HasChildrenRole, "hasChildren"},
    };
}

void UnitTreeModel::reload()
{
    reload(m_today); // the date the app layer gave last (models do not read the clock)
}

void UnitTreeModel::reload(const QDate &today)
{
    beginResetModel();
    m_today = today;
    m_directory = m_registry.units();
    m_rows.clear();
    // Head counts of recorded units (everyone in the registry, in service today).
    QHash<QString, int> counts;
    for (const Headcount &h : m_registry.headcountsByRecordedUnit(today))
        counts[h.unitCode] += h.count;
    QSet<QString> visited;
    std::function<void(const QString &, int)> visit = [&](const QString &code, int depth) {
        if (visited.contains(code))
            return;
        visited.insert(code);
        const OrgUnit *u = m_directory.find(code);
        if (!u)
            return;
        QStringList children = m_directory.childrenOf(code);
        std::sort(children.begin(), children.end(), [&](const QString &a, const QString &b) {
            const OrgUnit *ua = m_directory.find(a);
            const OrgUnit *ub = m_directory.find(b);
            // Valid units first, then by kind and name.
            const bool va = ua->isValidOn(m_today), vb = ub->isValidOn(m_today);
            if (va != vb)
                return va;
            const int ka = CodeTables::unitKind().rank(ua->kind), kb = CodeTables::unitKind().rank(ub->kind);
            if (ka != kb)
                return ka < kb;
            return ua->name < ub->name;
        });
        m_rows.push_back({*u, depth, counts.value(code), !children.isEmpty()});
        for (const QString &c : children)
            visit(c, depth + 1);
    };
    QStringList roots = m_directory.roots();
    // Units valid today first (the office as it is), then the history.
    std::sort(roots.begin(), roots.end(), [&](const QString &a, const QString &b) {
        const bool va = m_directory.find(a)->isValidOn(m_today), vb = m_directory.find(b)->isValidOn(m_today);
        return va != vb ? va : a < b;
    });
    for (const QString &r : roots)
        visit(r, 0);
    endResetModel();
    Q_EMIT countChanged();
}
