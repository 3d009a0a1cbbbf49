// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/orgunit.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

/** Org units in the database (table org_unit). Writes run inside the caller's transaction. */
class UnitRepository
{
public:
    explicit UnitRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /** Every unit, ordered by code. */
    [[nodiscard]] std::vector<OrgUnit> all(QString *error = nullptr) const;
    [[nodiscard]] std::optional<OrgUnit> find(const QString &code, QString *error = nullptr) const;
    /** Inserts or replaces the unit with this code. */
    bool upsert(const OrgUnit &unit, QString *error = nullptr);
    bool remove(const QString &code, QString *error = nullptr);
    /** Number of staff whose recorded unit is code. */
    [[nodiscard]] int staffCount(const QString &code, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};
