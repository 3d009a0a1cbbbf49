// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "storagelog.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {

/**
 * Marks the connection's driver while a Transaction of this class is open on it. SQLite refuses a
 * BEGIN inside a transaction by itself; PostgreSQL only warns ("there is already a transaction in
 * progress") and goes on, so a nested guard would look started and its commit would end the outer
 * transaction. The mark makes both engines refuse the nested one the same way.
 */
constexpr const char *kOpenProperty = "congvuTransactionOpen";

void markOpen(const QSqlDatabase &db, bool open)
{
    if (QSqlDriver *driver = db.driver())
        driver->setProperty(kOpenProperty, open);
}

bool isMarkedOpen(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    return driver && driver->property(kOpenProperty).toBool();
}

} // namespace

Transaction::Transaction(QSqlDatabase db, Mode mode)
    : m_db(std::move(db))
{
    if (isMarkedOpen(m_db)) {
        qCWarning(lcStorage) << "cannot start a transaction: one is already open on this connection";
        return;
    }
    if (mode == Mode::Write && m_db.driverName() == QLatin1StringView("QSQLITE")) {
        // Qt's transaction() is a deferred BEGIN; COMMIT and ROLLBACK below are the driver's own.
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            qCWarning(lcStorage) << "cannot start a transaction:" << begin.lastError().text();
    } else {
        m_active = m_db.transaction();
        if (!m_active)
            qCWarning(lcStorage) << "cannot start a transaction:" << m_db.lastError().text();
    }
    if (m_active)
        markOpen(m_db, true);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.commit()) {
        qCWarning(lcStorage) << "commit failed:" << m_db.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    markOpen(m_db, false);
    return true;
}

void Transaction::rollback()
{
    if (m_active) {
        m_db.rollback();
        markOpen(m_db, false);
    }
    m_active = false;
}
