// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

/** RAII transaction: rolls back on destruction unless commit() succeeded. */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** True when the transaction was started. */
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
