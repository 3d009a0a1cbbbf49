// SPDX-License-Identifier: GPL-3.0-or-later
#include "disciplinelistmodel.h"

#include "domain/textfold.h"

#include <algorithm>

using namespace Qt::StringLiterals;

DisciplineListModel::DisciplineListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int DisciplineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

const DisciplineListItem *DisciplineListModel::itemAt(int row) const
{
    return row >= 0 && row < count() ? &m_all[size_t(m_shown[size_t(row)])] : nullptr;
}

QVariant DisciplineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DisciplineListItem &r = *itemAt(index.row());
    switch (role) {
    case IdRole: return r.id;
    case StaffCodeRole: return r.staffCode;
    case Qt::DisplayRole:
    case FullNameRole: return r.fullName;
    case UnitCodeRole: return r.unitCode;
    case UnitNameRole: return r.unitName;
    case FormRole: return r.form;
    case FormLabelRole: return r.formLabel;
    case DecisionNoRole: return r.decisionNo;
    case DecisionDateRole: return r.decisionDate;
    case EffectiveDateRole: return r.effectiveDate;
    case BarsUntilRole: return r.barsUntil;
    case InForceRole: return r.inForce;
    case ReasonRole: return r.reason;
    }
    return {};
}

QHash<int, QByteArray> DisciplineListModel::roleNames() const
{
    return {
        {IdRole, "decisionId"},
        {StaffCodeRole, "staffCode"},
        {FullNameRole, "fullName"},
        {UnitCodeRole, "unitCode"},
        {UnitNameRole, "unitName"},
        {FormRole, "form"},
        {FormLabelRole, "formLabel"},
        {DecisionNoRole, "decisionNo"},
        {DecisionDateRole, "decisionDate"},
        {EffectiveDateRole, "effectiveDate"},
        {BarsUntilRole, "barsUntil"},
        {InForceRole, "inForce"},
        {ReasonRole, "reason"},
    };
}

void DisciplineListModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    Q_EMIT searchChanged();
    applyFilter();
}

qint64 DisciplineListModel::idAt(int row) const
{
    const DisciplineListItem *item = itemAt(row);
    return item ? item->id : 0;
}

int DisciplineListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < count(); ++row) {
        if (itemAt(row)->id == id)
            return row;
    }
    return -1;
}

void DisciplineListModel::setItems(std::vector<DisciplineListItem> items)
{
    for (DisciplineListItem &item : items) {
        item.searchKey = foldText(QStringList{item.fullName, item.staffCode, item.unitName, item.unitCode,
                                              item.decisionNo, item.formLabel, item.reason}
                                      .join(u' '));
    }
    m_all = std::move(items);
    applyFilter();
}

void DisciplineListModel::applyFilter()
{
    const QStringList words = foldText(m_search).split(u' ', Qt::SkipEmptyParts);
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < int(m_all.size()); ++i) {
        const QString &key = m_all[size_t(i)].searchKey;
        if (std::all_of(words.begin(), words.end(), [&key](const QString &w) { return key.contains(w); }))
            m_shown.push_back(i);
    }
    endResetModel();
    Q_EMIT countChanged(); // count or totalCount may have changed
}
