// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

#include <vector>

/** One row of the audit trail: who changed what and when, with before/after snapshots (JSON). */
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;     ///< insert, update, delete, import, demo …
    QString entity;     ///< staff, org_unit, setting …
    QString entityKey;  ///< the record's code
    QString beforeJson; ///< empty for an insert
    QString afterJson;  ///< empty for a delete
};

/**
 * What AuditRepository::search selects; every part is optional (empty = any). The times are UTC, as
 * the trail stores them. A row is about a person when it is the person's record, its key starts with
 * "<code>/" (evaluation, form, period, discipline decision) or a snapshot holds "staff_code":"<code>";
 * about a unit when it is the unit's record, a snapshot holds "unit_code":"<code>", or it is about a
 * person now in the unit.
 */
struct AuditQuery
{
    QString staffCode;
    QString unitCode;
    QString actor;  ///< exact, or the name after "cli:" / "app:"
    QString entity; ///< staff, evaluation, …
    QDateTime fromUtc; ///< inclusive
    QDateTime toUtc;   ///< exclusive
};

/** The audit trail (table audit_log). Append-only; appends run in the caller's transaction. */
class AuditRepository
{
public:
    explicit AuditRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    bool append(const AuditEntry &entry, QString *error = nullptr);
    /** Entries for one record, oldest first (entityKey empty: every record of entity). */
    [[nodiscard]] std::vector<AuditEntry> forEntity(const QString &entity, const QString &entityKey,
                                                    QString *error = nullptr) const;
    [[nodiscard]] qint64 count(QString *error = nullptr) const;
    /**
     * The rows that match query, newest first; limit < 0: every row from offset. Read only: the
     * trail has no update or delete.
     */
    [[nodiscard]] std::vector<AuditEntry> search(const AuditQuery &query, int offset, int limit,
                                                 QString *error = nullptr) const;
    /** How many rows match query (-1 on error). */
    [[nodiscard]] qint64 countMatching(const AuditQuery &query, QString *error = nullptr) const;
    /** Calls visit with every matching row, newest first, until it returns false (a scan, for free text). */
    bool scan(const AuditQuery &query, const std::function<bool(const AuditEntry &)> &visit,
              QString *error = nullptr) const;
    /** The distinct actors and entities of the trail, sorted (for the filter pickers). */
    [[nodiscard]] QStringList actors(QString *error = nullptr) const;
    [[nodiscard]] QStringList entities(QString *error = nullptr) const;
    /** The row with id, or nullopt. */
    [[nodiscard]] std::optional<AuditEntry> find(qint64 id, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_append; ///< prepared once: imports append one row per record
};
