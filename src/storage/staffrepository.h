// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/staffmember.h"
#include "domain/staffquery.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>
#include <vector>

/**
 * Staff in the database (table staff). Reads return domain values; writes run inside the
 * caller's transaction. Lists are ordered by given name (sort_key) and paged by key, so the
 * 100,000th row costs what the first does.
 */
class StaffRepository
{
public:
    explicit StaffRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    [[nodiscard]] std::optional<StaffMember> find(const QString &code, QString *error = nullptr);
    /** Inserts, or updates the row with this code (as write() does). */
    bool upsert(const StaffMember &member, QString *error = nullptr);
    /**
     * Writes member knowing whether the row exists (imports already looked it up). An update raises
     * row_version by one; when member.rowVersion is known it must still be the stored one, else nothing
     * is written, false is returned and conflicted() is true (someone else saved since member was read).
     */
    bool write(const StaffMember &member, bool exists, QString *error = nullptr);
    /** The last write changed nothing because the row's version was no longer the one it was read at. */
    [[nodiscard]] bool conflicted() const { return m_conflict; }
    bool remove(const QString &code, QString *error = nullptr);

    /** Up to limit people matching query, in name order, after key (from the start when null). */
    [[nodiscard]] std::vector<StaffMember> page(const StaffQuery &query, const std::optional<StaffPageKey> &after,
                                                int limit, QString *error = nullptr) const;
    [[nodiscard]] int count(const StaffQuery &query, QString *error = nullptr) const;
    /** Every person in code order (export). */
    [[nodiscard]] std::vector<StaffMember> all(QString *error = nullptr) const;
    /** Head counts by recorded unit and category of the people in service on date. */
    [[nodiscard]] std::vector<StaffCount> countsByUnitAndCategory(const QDate &inServiceOn,
                                                                  QString *error = nullptr) const;
    /**
     * Every person of one of categories in service on date (start ≤ date or unknown, no end or
     * end > date), in code order: one query (the qualification rate reads its scope with it).
     * unitCodes non-empty: only the people recorded in one of those units.
     */
    [[nodiscard]] std::vector<StaffMember> inService(const QStringList &categories, const QDate &date,
                                                     QString *error = nullptr,
                                                     const QStringList &unitCodes = {}) const;
    /** Every person of one of categories, whatever their dates, in code order (one query; the trend). */
    [[nodiscard]] std::vector<StaffMember> ofCategories(const QStringList &categories,
                                                        QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_find;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_update;    ///< checked against the version read
    std::optional<QSqlQuery> m_updateAny; ///< a record from a file: no version to check
    bool m_conflict = false;
};
