// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/unitdirectory.h"

#include <QAbstractListModel>
#include <QQmlEngine>

class RegistryService;

/**
 * The unit tree flattened in depth-first order (depth role for indentation), with kind,
 * validity, successor, difficult-area flag and head count.
 */
class UnitTreeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        KindLabelRole,
        DepthRole,
        ValidFromRole,   ///< dd/MM/yyyy or ""
        ValidToRole,     ///< dd/MM/yyyy or ""
        SuccessorRole,   ///< "Name (code)" or ""
        DifficultAreaRole,
        StaffCountRole,
        ValidTodayRole,
        HasChildrenRole,
    };
    Q_ENUM(Role)

    explicit UnitTreeModel(RegistryService &registry, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    /** Re-reads the units; today is the date "valid today" refers to. */
    void reload(const QDate &today);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        OrgUnit unit;
        int depth = 0;
        int staffCount = 0;
        bool hasChildren = false;
    };
    RegistryService &m_registry;
    UnitDirectory m_directory;
    std::vector<Row> m_rows;
    QDate m_today;
};
