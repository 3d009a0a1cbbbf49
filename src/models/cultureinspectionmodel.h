// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

#include <vector>

/** One inspection in the list, ready to show. */
struct CultureInspectionRow
{
    qint64 id = 0;
    QString unitCode;
    QString unitName;
    QString date;      ///< YYYY-MM-DD
    QString dateText;  ///< DD/MM/YYYY
    QString inspector;
    QString note;
    int people = 0;    ///< people observed
    int breaches = 0;  ///< cells marked vi phạm
};

/**
 * The inspections of the year and unit chosen on the Culture page, newest first; filled by
 * CultureController, which replaces the whole list when the filter or the data changes.
 */
class CultureInspectionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CultureController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        UnitCodeRole,
        UnitNameRole,
        DateRole,
        DateTextRole,
        InspectorRole,
        NoteRole,
        PeopleRole,
        BreachesRole,
    };
    Q_ENUM(Role)

    explicit CultureInspectionModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    /** The id of the inspection on row, or 0. */
    Q_INVOKABLE qint64 idAt(int row) const;
    /** The row of the inspection id, or -1. */
    Q_INVOKABLE int rowOf(qint64 id) const;

    void setRows(std::vector<CultureInspectionRow> rows);
    [[nodiscard]] const std::vector<CultureInspectionRow> &rows() const { return m_rows; }

Q_SIGNALS:
    void countChanged();

private:
    std::vector<CultureInspectionRow> m_rows;
};
