// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualificationpeoplemodel.h"

using namespace Qt::StringLiterals;

QualificationPeopleModel::QualificationPeopleModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int QualificationPeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QualificationPeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QualificationPersonRow &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case FullNameRole: return r.fullName;
    case CodeRole: return r.code;
    case UnitCodeRole: return r.unitCode;
    case UnitNameRole: return r.unitName;
    case PositionRole: return r.position;
    case PositionLabelRole: return r.positionLabel;
    case QualifiedRole: return r.qualified;
    case GapsRole: return r.gaps;
    case GapLabelsRole: return r.gapLabels;
    case DeadlineRole: return r.deadline;
    case BasisRole: return r.basis;
    }
    return {};
}

QHash<int, QByteArray> QualificationPeopleModel::roleNames() const
{
    return {
        {CodeRole, "code"},
        {FullNameRole, "fullName"},
        {UnitCodeRole, "unitCode"},
        {UnitNameRole, "unitName"},
        {PositionRole, "position"},
        {PositionLabelRole, "positionLabel"},
        {QualifiedRole, "qualified"},
        {GapsRole, "gaps"},
        {GapLabelsRole, "gapLabels"},
        {DeadlineRole, "deadline"},
        {BasisRole, "basis"},
    };
}

QString QualificationPeopleModel::codeAt(int row) const
{
    return row >= 0 && row < count() ? m_rows[size_t(row)].code : QString();
}

void QualificationPeopleModel::setRows(std::vector<QualificationPersonRow> rows)
{
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}
