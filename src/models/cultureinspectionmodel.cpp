// SPDX-License-Identifier: GPL-3.0-or-later
#include "cultureinspectionmodel.h"

CultureInspectionModel::CultureInspectionModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int CultureInspectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CultureInspectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CultureInspectionRow &r = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return r.id;
    case UnitCodeRole:
        return r.unitCode;
    case UnitNameRole:
        return r.unitName;
    case DateRole:
        return r.date;
    case DateTextRole:
        return r.dateText;
    case InspectorRole:
        return r.inspector;
    case NoteRole:
        return r.note;
    case PeopleRole:
        return r.people;
    case BreachesRole:
        return r.breaches;
    }
    return {};
}

QHash<int, QByteArray> CultureInspectionModel::roleNames() const
{
    return {
        {IdRole, "inspectionId"}, {UnitCodeRole, "unitCode"},   {UnitNameRole, "unitName"},
        {DateRole, "date"},       {DateTextRole, "dateText"},   {InspectorRole, "inspector"},
        {NoteRole, "note"},       {PeopleRole, "people"},       {BreachesRole, "breaches"},
    };
}

qint64 CultureInspectionModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

int CultureInspectionModel::rowOf(qint64 id) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[size_t(i)].id == id)
            return i;
    }
    return -1;
}

void CultureInspectionModel::setRows(std::vector<CultureInspectionRow> rows)
{
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}
