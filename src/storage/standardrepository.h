// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/titlestandard.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

/** Title standards and their requirements (tables title_standard, standard_requirement). */
class StandardRepository
{
public:
    explicit StandardRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /** Every standard with its requirements, by position then valid_from. */
    [[nodiscard]] std::vector<TitleStandard> all(QString *error = nullptr) const;
    [[nodiscard]] std::optional<TitleStandard> find(qint64 id, QString *error = nullptr) const;
    /** Inserts a standard (id ignored) with its requirements; returns the new id or 0. */
    qint64 insert(const TitleStandard &standard, const QString &origin, QString *error = nullptr);
    /** Rewrites a stored standard and its requirements (by id), in the caller's transaction. */
    bool update(const TitleStandard &standard, QString *error = nullptr);

private:
    bool writeRequirements(qint64 id, const std::vector<StandardRequirement> &requirements, QString *error);
    QSqlDatabase m_db;
};
