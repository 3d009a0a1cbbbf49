// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

/** Office settings stored in the database (table setting): key → text value. */
class SettingRepository
{
public:
    explicit SettingRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    [[nodiscard]] std::optional<QString> value(const QString &key, QString *error = nullptr) const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};
