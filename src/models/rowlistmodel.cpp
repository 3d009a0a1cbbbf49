// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowlistmodel.h"

RowListModel::RowListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int RowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : size();
}

qint64 RowListModel::idAt(int row) const
{
    return row >= 0 && row < size() ? idOfRow(row) : 0;
}

int RowListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < size(); ++i) {
        if (idOfRow(i) == id)
            return i;
    }
    return -1;
}
