// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowlistmodel.h"

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
class CultureInspectionModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CultureController")

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

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setRows(std::vector<CultureInspectionRow> rows);
    [[nodiscard]] const std::vector<CultureInspectionRow> &rows() const { return m_rows; }

protected:
    [[nodiscard]] int size() const override { return int(m_rows.size()); }
    [[nodiscard]] qint64 idOfRow(int row) const override { return m_rows[size_t(row)].id; }

private:
    std::vector<CultureInspectionRow> m_rows;
};
