// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/staffmember.h"
#include "domain/staffquery.h"
#include "domain/unitdirectory.h"

#include <QAbstractListModel>
#include <QQmlEngine>

class RegistryService;

/**
 * The staff list: name-ordered, filtered in SQL (search ignoring case and diacritics, unit as of
 * a date following successors, category, position), paged 200 rows at a time by key so it
 * stays smooth at 100,000 people.
 */
class StaffListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(QString unitFilter READ unitFilter WRITE setUnitFilter NOTIFY filterChanged)
    Q_PROPERTY(QString categoryFilter READ categoryFilter WRITE setCategoryFilter NOTIFY filterChanged)
    Q_PROPERTY(QString positionFilter READ positionFilter WRITE setPositionFilter NOTIFY filterChanged)
    Q_PROPERTY(QString asOfDate READ asOfDate WRITE setAsOfDate NOTIFY filterChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        FullNameRole,
        BirthDateRole,
        GenderRole,
        UnitCodeRole,
        UnitNameRole,
        CategoryRole,
        CategoryLabelRole,
        PositionRole,
        PositionLabelRole,
        ProfessionalLevelRole,
        PoliticalTheoryRole,
        InServiceRole,
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 200;

    explicit StaffListModel(RegistryService &registry, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    [[nodiscard]] QString unitFilter() const { return m_unitFilter; }
    void setUnitFilter(const QString &code);
    [[nodiscard]] QString categoryFilter() const { return m_categoryFilter; }
    void setCategoryFilter(const QString &category);
    [[nodiscard]] QString positionFilter() const { return m_positionFilter; }
    void setPositionFilter(const QString &position);
    /** YYYY-MM-DD, or "" for anyone in the registry (in service or not). */
    [[nodiscard]] QString asOfDate() const { return m_asOfDate; }
    void setAsOfDate(const QString &date);
    [[nodiscard]] int totalCount() const { return m_totalCount; }

    /** The code of the person on row, or "". */
    Q_INVOKABLE QString codeAt(int row) const;
    /**
     * Sets every filter at once (one query instead of one per filter): the list of a unit on a
     * date with no other filter, or everyone when both are "".
     */
    Q_INVOKABLE void showUnit(const QString &unitCode, const QString &asOfDate);
    /** Runs the query again from the first page. */
    Q_INVOKABLE void reload();
    /** Row updates after an edit: the person is re-read, added or removed. */
    void personChanged(const QString &code);
    void personRemoved(const QString &code);

    /** The query the current filters make (rebuilt by reload(); for tests). */
    [[nodiscard]] const StaffQuery &query() const { return m_query; }

Q_SIGNALS:
    void filterChanged();
    void totalCountChanged();

private:
    void scheduleReload();
    void removeRowAt(int row);
    void updateTotalCount();
    [[nodiscard]] StaffQuery buildQuery(const UnitDirectory &directory) const;

    RegistryService &m_registry;
    std::vector<StaffMember> m_rows;
    StaffQuery m_query;
    bool m_atEnd = false;
    int m_totalCount = 0;
    QString m_searchText;
    QString m_unitFilter;
    QString m_categoryFilter;
    QString m_positionFilter;
    QString m_asOfDate;
    QHash<QString, QString> m_unitNames;
};
