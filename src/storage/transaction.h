// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

/**
 * RAII transaction: rolls back on destruction unless commit() succeeded.
 *
 * On SQLite a write transaction takes the file's write lock when it begins (BEGIN IMMEDIATE), waiting
 * for another writer up to the connection's busy timeout (QSQLITE_BUSY_TIMEOUT, Database::openOnly).
 * A deferred BEGIN would take it at the first write instead, and a transaction that has read before
 * that write cannot wait: SQLite fails it at once with "database is locked" whenever another
 * connection (an import, a second officer) is writing. Readers are not blocked either way (WAL).
 * On PostgreSQL a transaction is a plain BEGIN (row locks wait, readers see the last commit).
 */
class Transaction
{
public:
    /** Write: the services' changes (the default). Read: one snapshot to read from, no lock taken. */
    enum class Mode { Write, Read };

    explicit Transaction(QSqlDatabase db, Mode mode = Mode::Write);
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
