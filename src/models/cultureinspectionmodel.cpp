// SPDX-License-Identifier: GPL-3.0-or-later
#include "cultureinspectionmodel.h"

CultureInspectionModel::CultureInspectionModel(QObject *parent)
    : RowListModel(parent)
{
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

void CultureInspectionModel::setRows(std::vector<CultureInspectionRow> rows)
{
    replaceRows(m_rows, std::move(rows));
}
