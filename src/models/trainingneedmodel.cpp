// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingneedmodel.h"

TrainingNeedModel::TrainingNeedModel(QObject *parent)
    : RowListModel(parent)
{
}

QVariant TrainingNeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingNeedRow &r = m_rows[size_t(index.row())];
    switch (role) {
    case CodeRole:
        return r.code;
    case FullNameRole:
        return r.fullName;
    case UnitNameRole:
        return r.unitName;
    case PositionRole:
        return r.positionLabel;
    case DeadlineTextRole:
        return r.deadlineText;
    case NeedsRole:
        return r.needs;
    case KindsTextRole:
        return r.kindsText;
    case NeedCountRole:
        return r.needCount;
    case UnclosableRole:
        return r.unclosable;
    case FirstCourseRole:
        return r.firstCourse;
    }
    return {};
}

QHash<int, QByteArray> TrainingNeedModel::roleNames() const
{
    return {
        {CodeRole, "code"},
        {FullNameRole, "fullName"},
        {UnitNameRole, "unitName"},
        {PositionRole, "position"},
        {DeadlineTextRole, "deadlineText"},
        {NeedsRole, "needs"},
        {KindsTextRole, "kindsText"},
        {NeedCountRole, "needCount"},
        {UnclosableRole, "unclosable"},
        {FirstCourseRole, "firstCourse"},
    };
}

void TrainingNeedModel::setRows(std::vector<TrainingNeedRow> rows)
{
    replaceRows(m_rows, std::move(rows));
}

QString TrainingNeedModel::firstCourseAt(int row) const
{
    return row >= 0 && row < size() ? m_rows[size_t(row)].firstCourse : QString();
}

QString TrainingNeedModel::codeAt(int row) const
{
    return row >= 0 && row < size() ? m_rows[size_t(row)].code : QString();
}
