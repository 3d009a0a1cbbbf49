// SPDX-License-Identifier: GPL-3.0-or-later
#include "cultureviolationmodel.h"

CultureViolationModel::CultureViolationModel(QObject *parent)
    : RowListModel(parent)
{
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

void CultureViolationModel::setRows(std::vector<CultureViolationEntry> rows)
{
    replaceRows(m_rows, std::move(rows));
}
