// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>

#include <vector>

/** One decision as the Discipline page lists it (labels translated, dates DD/MM/YYYY). */
struct DisciplineListItem
{
    qint64 id = 0;
    QString staffCode;
    QString fullName;
    QString unitCode;
    QString unitName;
    QString form;
    QString formLabel;
    QString decisionNo;
    QString decisionDate;
    QString effectiveDate;
    QString barsUntil;   ///< "" when the form ends the service
    bool inForce = false; ///< in force today
    QString reason;
    QString searchKey;   ///< folded name, code, unit, decision number and reason (search ignores diacritics)
};

/**
 * The decisions of the Discipline page's year and unit, filtered by a search that ignores case and
 * diacritics. Filled by DisciplineController; the whole list changes at once, so it is reset.
 */
class DisciplineListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DisciplineController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** Rows before the search filter (the empty state tells "none this year" from "no match"). */
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StaffCodeRole,
        FullNameRole,
        UnitCodeRole,
        UnitNameRole,
        FormRole,
        FormLabelRole,
        DecisionNoRole,
        DecisionDateRole,
        EffectiveDateRole,
        BarsUntilRole,
        InForceRole,
        ReasonRole,
    };
    Q_ENUM(Role)

    explicit DisciplineListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_shown.size()); }
    [[nodiscard]] int totalCount() const { return int(m_all.size()); }
    [[nodiscard]] QString search() const { return m_search; }
    void setSearch(const QString &search);

    /** The decision id on row (of the filtered list), 0 when out of range. */
    Q_INVOKABLE qint64 idAt(int row) const;
    /** The row showing decision id, -1 when not shown. */
    Q_INVOKABLE int rowOf(qint64 id) const;

    void setItems(std::vector<DisciplineListItem> items);
    [[nodiscard]] const DisciplineListItem *itemAt(int row) const;

Q_SIGNALS:
    void countChanged();
    void searchChanged();

private:
    void applyFilter();

    std::vector<DisciplineListItem> m_all;
    std::vector<int> m_shown; ///< indexes into m_all
    QString m_search;
};
