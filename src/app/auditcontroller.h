// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/auditlogmodel.h"
#include "services/auditservice.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

/**
 * The Audit trail page (nhật ký thay đổi; ND 13/2023 traceability): the filters, the list, the row
 * selected with its before/after field by field, and the CSV export of the filtered rows. Read only:
 * nothing here writes, edits or deletes the trail.
 */
class AuditController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AuditController is reached through AppController.audit")
    Q_PROPERTY(AuditLogModel *entries READ entries CONSTANT)
    Q_PROPERTY(QString staffCode READ staffCode WRITE setStaffCode NOTIFY filterChanged)
    Q_PROPERTY(QString unitCode READ unitCode WRITE setUnitCode NOTIFY filterChanged)
    Q_PROPERTY(QString user READ user WRITE setUser NOTIFY filterChanged)
    Q_PROPERTY(QString entity READ entity WRITE setEntity NOTIFY filterChanged)
    /** YYYY-MM-DD, "" = open; both ends included. */
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY filterChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY filterChanged)
    /** Words matched without diacritics. */
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    /** Field errors of the filter, {from|to: message}. */
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY filterChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)
    /** [{value, text}] of the actors and entity kinds in the trail, for the pickers. */
    Q_PROPERTY(QVariantList userOptions READ userOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList entityOptions READ entityOptions NOTIFY optionsChanged)
    /** The row selected (-1: none) and what it holds: {id, when, actor, actionText, entityText, entityKey}. */
    Q_PROPERTY(int selectedRow READ selectedRow NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    /** The selected row's fields: [{field, before, after, changed}]. */
    Q_PROPERTY(QVariantList changes READ changes NOTIFY selectionChanged)

public:
    /** service is not owned and outlives the controller. */
    explicit AuditController(const AuditService &service, QObject *parent = nullptr);

    [[nodiscard]] AuditLogModel *entries() const { return m_entries; }
    [[nodiscard]] QString staffCode() const { return m_filter.staffCode; }
    void setStaffCode(const QString &code);
    [[nodiscard]] QString unitCode() const { return m_filter.unitCode; }
    void setUnitCode(const QString &code);
    [[nodiscard]] QString user() const { return m_filter.user; }
    void setUser(const QString &user);
    [[nodiscard]] QString entity() const { return m_filter.entity; }
    void setEntity(const QString &entity);
    [[nodiscard]] QString fromDate() const { return m_fromText; }
    void setFromDate(const QString &isoDate);
    [[nodiscard]] QString toDate() const { return m_toText; }
    void setToDate(const QString &isoDate);
    [[nodiscard]] QString text() const { return m_filter.text; }
    void setText(const QString &text);
    [[nodiscard]] QVariantMap errors() const { return m_errors; }
    [[nodiscard]] bool filtered() const;
    [[nodiscard]] QVariantList userOptions() const { return m_userOptions; }
    [[nodiscard]] QVariantList entityOptions() const { return m_entityOptions; }
    [[nodiscard]] int selectedRow() const { return m_selectedRow; }
    [[nodiscard]] QVariantMap selected() const;
    [[nodiscard]] QVariantList changes() const;

    /** Reads the trail again with the current filter (the page does it when shown). */
    Q_INVOKABLE void reload();
    /** Clears every filter. */
    Q_INVOKABLE void clearFilters();
    /** Shows row's before/after (-1: none). A new filter selects its newest row. */
    Q_INVOKABLE void select(int row);
    /**
     * Writes every row of the filter (not only those paged in) as CSV to fileUrl ("" = Documents),
     * readable by the owner only; the path written, "" on failure (message sent).
     */
    Q_INVOKABLE QString exportCsv(const QString &fileUrl = {});
    /** The default file of that export as a file URL, e.g. Documents/nhat-ky-thay-doi.csv. */
    Q_INVOKABLE QString exportFileUrl() const;

Q_SIGNALS:
    void filterChanged();
    void optionsChanged();
    void selectionChanged();
    void errorOccurred(const QString &message);
    void infoMessage(const QString &message);

private:
    void setDate(QString *text, QDate *date, const QString &isoDate);
    void apply();

    const AuditService &m_service;
    AuditLogModel *m_entries = nullptr;
    AuditFilter m_filter;
    QString m_fromText;
    QString m_toText;
    QVariantMap m_errors;
    QVariantList m_userOptions;
    QVariantList m_entityOptions;
    int m_selectedRow = -1;
};
