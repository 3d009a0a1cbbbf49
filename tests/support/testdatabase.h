// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

/**
 * A fresh migrated database for one test: in a temporary folder (so WAL and several connections
 * work), under a unique connection name; removed when destroyed.
 */
class TestDatabase
{
public:
    TestDatabase();
    [[nodiscard]] Database &db() { return *m_db; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QSqlDatabase connection() const { return m_db->connection(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

/** A fixed clock for services under test. */
namespace TestSupport {
/** Reads a whole file (test data). */
QByteArray readFile(const QString &path);
} // namespace TestSupport
