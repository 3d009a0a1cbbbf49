// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

#include <vector>

/**
 * A list model of rows that carry an id and are replaced as a whole (the Culture page's lists): the
 * count for QML and the lookups between row and id. Subclasses hold the rows and answer data() and
 * roleNames().
 */
class RowListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit RowListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;

    [[nodiscard]] int count() const { return size(); }
    /** The id of the row, or 0. */
    Q_INVOKABLE qint64 idAt(int row) const;
    /** The row of the id, or -1. */
    Q_INVOKABLE int rowOf(qint64 id) const;

Q_SIGNALS:
    void countChanged();

protected:
    [[nodiscard]] virtual int size() const = 0;
    /** The id of row, which is in range. */
    [[nodiscard]] virtual qint64 idOfRow(int row) const = 0;

    /** Replaces rows with incoming in one model reset; countChanged() when the count changed. */
    template<typename Row>
    void replaceRows(std::vector<Row> &rows, std::vector<Row> incoming)
    {
        const int before = count();
        beginResetModel();
        rows = std::move(incoming);
        endResetModel();
        if (before != count())
            Q_EMIT countChanged();
    }
};
