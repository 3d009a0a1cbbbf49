// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgtestschema.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

/**
 * A fresh migrated database for one test: in a temporary folder (so WAL and several connections
 * work), under a unique connection name; removed when destroyed. In the PostgreSQL pass
 * (CONGVU_TEST_PG_URL set, see PgTestSchema) it is a schema of its own on that server instead, dropped
 * when destroyed; path() is then its URL.
 */
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    [[nodiscard]] Database &db() { return *m_db; }
    /** What a second Database opens to reach the same data: the SQLite file, or the server URL. */
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QSqlDatabase connection() const { return m_db->connection(); }
    /** True in the PostgreSQL pass. */
    [[nodiscard]] static bool onPostgres() { return PgTest::active(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestSchema> m_schema; // before m_db: dropped after it closes
    QString m_path;
    std::unique_ptr<Database> m_db;
};

/** A fixed clock for services under test. */
namespace TestSupport {
/** Reads a whole file (test data). */
QByteArray readFile(const QString &path);
} // namespace TestSupport
