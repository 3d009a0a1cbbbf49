// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

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

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_append; ///< prepared once: imports append one row per record
};
