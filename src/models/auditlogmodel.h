// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/auditservice.h"

#include <QAbstractListModel>
#include <QQmlEngine>

#include <vector>

/**
 * The audit trail as a list (the Audit trail page): the rows of the current filter, newest first,
 * paged in by fetchMore as the view scrolls. Read only.
 */
class AuditLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AuditLogModel belongs to AuditController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        WhenRole,       ///< local time, DD/MM/YYYY HH:mm:ss
        ActorRole,
        ActionRole,     ///< the action as stored (insert, update, …)
        ActionTextRole, ///< translated
        EntityRole,
        EntityTextRole, ///< translated
        EntityKeyRole,
    };
    Q_ENUM(Role)

    /** service is not owned and outlives the model. */
    explicit AuditLogModel(const AuditService &service, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] int count() const { return int(m_entries.size()); }
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    /** Reads the first page of filter again (one reset); the error of the read, if any. */
    AuditPage setFilter(const AuditFilter &filter);
    /** Shows no row (a filter that cannot be). */
    void clear();
    [[nodiscard]] const AuditFilter &filter() const { return m_filter; }
    /** The row's entry; row must be in range. */
    [[nodiscard]] const AuditEntry &entryAt(int row) const { return m_entries.at(size_t(row)); }
    /** Rows read per page. */
    void setPageSize(int rows) { m_pageSize = rows; } // for unit testing

    /** Translated names of an action and an entity kind ("update" → "Changed"); unknown ones as given. */
    [[nodiscard]] static QString actionText(const QString &action);
    [[nodiscard]] static QString entityText(const QString &entity);

Q_SIGNALS:
    void countChanged();
    void errorOccurred(const QString &message);

private:
    const AuditService &m_service;
    AuditFilter m_filter;
    std::vector<AuditEntry> m_entries;
    qint64 m_total = 0;
    int m_pageSize = 200;
};
