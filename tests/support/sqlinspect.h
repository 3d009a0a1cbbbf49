// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <memory>

/**
 * Looking at a database from the side, as the tests of the storage layer need: a plain QSQLITE
 * connection that does not go through Database (so nothing is migrated or changed), and a
 * readable dump of a whole database to compare before and after an operation.
 */
namespace TestSupport {

/**
 * A plain QSQLITE connection under a unique name; closed and removed when destroyed. For a server URL
 * (the PostgreSQL pass, TestDatabase::path()) a QPSQL connection opened without migrating.
 */
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(counter().fetchAndAddRelaxed(1)))
    {
        if (Database::isServerUrl(path)) {
            m_server = std::make_unique<Database>(m_name);
            m_open = m_server->openOnly(path) == Database::Status::Ok;
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        if (m_server)
            return; // Database closes it
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /** Runs one statement; returns its error text (empty on success). */
    QString exec(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) ? QString() : q.lastError().text();
    }

private:
    static QAtomicInt &counter()
    {
        static QAtomicInt c;
        return c;
    }
    QString m_name;
    std::unique_ptr<Database> m_server;
    bool m_open = false;
};

/** The first column of the first row of sql (invalid when there is none or it fails). */
inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

/** The rows of sql, one string a row ("a|b|<null>"). */
inline QStringList rows(const QSqlDatabase &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("ERROR: ") + q.lastError().text()};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
        {
            const QVariant v = q.value(i);
            // PostgreSQL answers a comparison with a boolean, SQLite with 0 or 1: the same cell either way.
            cells << (q.isNull(i) ? QStringLiteral("<null>")
                                  : v.typeId() == QMetaType::Bool ? QString::number(int(v.toBool())) : v.toString());
        }
        out << cells.join(u'|');
    }
    return out;
}

/**
 * The whole database: its schema (sqlite_master; on PostgreSQL the columns and indexes of the current
 * schema) and every row of every table, in a stable order.
 */
inline QStringList dump(const QSqlDatabase &db)
{
    if (db.driverName() == QStringLiteral("QPSQL")) {
        QStringList out = rows(db, QStringLiteral(
            "SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns "
            "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"));
        out << rows(db, QStringLiteral("SELECT indexname, indexdef FROM pg_indexes "
                                       "WHERE schemaname = current_schema() ORDER BY indexname"));
        const QStringList tables = rows(db, QStringLiteral("SELECT tablename FROM pg_tables "
                                                           "WHERE schemaname = current_schema() ORDER BY tablename"));
        for (const QString &t : tables) {
            out << QStringLiteral("== ") + t;
            out << rows(db, QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(t));
        }
        return out;
    }
    QStringList out = rows(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                              "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    const QStringList tables = rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    for (const QString &t : tables) {
        out << QStringLiteral("== ") + t;
        // Table names come from sqlite_master itself, not from input.
        out << rows(db, QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(t));
    }
    return out;
}

} // namespace TestSupport
