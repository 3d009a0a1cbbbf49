// SPDX-License-Identifier: GPL-3.0-or-later
#include "cultureviolationmodel.h"

CultureViolationModel::CultureViolationModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int CultureViolationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CultureViolationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CultureViolationEntry &r = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return r.id;
    case StaffCodeRole:
        return r.staffCode;
    case FullNameRole:
        return r.fullName;
    case UnitNameRole:
        return r.unitName;
    case ItemCodeRole:
        return r.itemCode;
    case ItemLabelRole:
        return r.itemLabel;
    case DateRole:
        return r.date;
    case DateTextRole:
        return r.dateText;
    case DescriptionRole:
        return r.description;
    case StatusRole:
        return r.status;
    case StatusLabelRole:
        return r.statusLabel;
    case DisciplineIdRole:
        return r.disciplineId;
    case DisciplineTextRole:
        return r.disciplineText;
    case CanConfirmRole:
        return r.canConfirm;
    case CanDismissRole:
        return r.canDismiss;
    case CanStartDisciplineRole:
        return r.canStartDiscipline;
    }
    return {};
}

QHash<int, QByteArray> CultureViolationModel::roleNames() const
{
    return {
        {IdRole, "violationId"},
        {StaffCodeRole, "staffCode"},
        {FullNameRole, "fullName"},
        {UnitNameRole, "unitName"},
        {ItemCodeRole, "itemCode"},
        {ItemLabelRole, "itemLabel"},
        {DateRole, "date"},
        {DateTextRole, "dateText"},
        {DescriptionRole, "description"},
        {StatusRole, "status"},
        {StatusLabelRole, "statusLabel"},
        {DisciplineIdRole, "disciplineId"},
        {DisciplineTextRole, "disciplineText"},
        {CanConfirmRole, "canConfirm"},
        {CanDismissRole, "canDismiss"},
        {CanStartDisciplineRole, "canStartDiscipline"},
    };
}

qint64 CultureViolationModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

int CultureViolationModel::rowOf(qint64 id) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[size_t(i)].id == id)
            return i;
    }
    return -1;
}

void CultureViolationModel::setRows(std::vector<CultureViolationEntry> rows)
{
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}
