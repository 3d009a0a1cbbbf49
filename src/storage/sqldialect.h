// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

/**
 * The one place that knows the SQL differences between the engines CongVu runs on
 * (SQLite now; PostgreSQL through QPSQL for a shared office). Migrations use tokens
 * such as @AUTO_ID@ that are expanded here.
 */
class SqlDialect
{
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(Engine engine = Engine::Sqlite) : m_engine(engine) { }

    [[nodiscard]] Engine engine() const { return m_engine; }
    /** Expands the dialect tokens of a migration script. */
    [[nodiscard]] QString expand(QString sql) const;
    /** Splits a script into statements (on ';' at the end of a line; "--" comments dropped). */
    [[nodiscard]] static QStringList statements(const QString &script);
    /**
     * The tables CongVu's statements reach unqualified, by bare name: SQLite's own (sqlite_*) left out;
     * on PostgreSQL those of the current schema (the first of search_path) only. QSqlDatabase::tables()
     * lists every schema's tables on QPSQL, "schema.table" outside public, so a database with another
     * schema, or CongVu in a schema of its own, would look foreign or unversioned.
     */
    [[nodiscard]] QStringList tables(const QSqlDatabase &db) const;

private:
    Engine m_engine;
};
