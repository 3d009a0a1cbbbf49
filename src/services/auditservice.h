// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fielderror.h"
#include "storage/auditrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

class Database;

/**
 * What the audit trail (nhật ký thay đổi) is asked for; every part is optional. Dates are calendar days
 * in local time, both ends included. text is matched without diacritics or case ("nguyen van" finds
 * "Nguyễn Văn") against who, action, what, key and both snapshots.
 */
struct AuditFilter
{
    QString staffCode;
    QString unitCode;
    QString user;   ///< the actor as written ("cli:lan") or the name after the prefix ("lan")
    QString entity; ///< staff, org_unit, evaluation, …
    QDate from;
    QDate to;
    QString text;
};

/** One page of the trail, newest first. */
struct AuditPage
{
    std::vector<AuditEntry> entries;
    qint64 total = 0;   ///< rows matching the filter, on every page
    int offset = 0;     ///< of entries.front() among them
    FieldErrors fieldErrors; ///< a filter that cannot be (from after to): nothing read
    QString error;      ///< the database failed (translated)

    [[nodiscard]] bool ok() const { return fieldErrors.empty() && error.isEmpty(); }
};

/** One field of a before/after pair, for showing a change field by field. */
struct AuditFieldChange
{
    QString field;
    QString before; ///< the value as text; "" when absent or null
    QString after;
    bool changed = false;
};

/**
 * Reads the audit trail AuditWriter keeps (ND 13/2023: every change of personal data traceable).
 * Read only on purpose: there is no call that writes, edits or deletes a row of the trail.
 */
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(Database &db);

    /** The rows matching filter, newest first, from offset; limit < 0: all of them. */
    [[nodiscard]] AuditPage find(const AuditFilter &filter, int offset = 0, int limit = -1) const;
    /** One row by id, or nullopt. */
    [[nodiscard]] std::optional<AuditEntry> entry(qint64 id) const;
    /** The distinct actors and entities in the trail (filter pickers). */
    [[nodiscard]] QStringList actors() const;
    [[nodiscard]] QStringList entities() const;
    /** The problems of filter (a range that ends before it starts), keyed from/to. */
    [[nodiscard]] static FieldErrors check(const AuditFilter &filter);

    /**
     * The fields of a row's before/after JSON snapshots in the order they come (before's, then fields
     * only after has), each as text with whether it changed. Nested values are shown as compact JSON.
     */
    [[nodiscard]] static std::vector<AuditFieldChange> changes(const AuditEntry &entry);

private:
    Database &m_db;
};
