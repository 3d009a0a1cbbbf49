// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "storagelog.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase db, Mode mode)
    : m_db(std::move(db))
{
    if (mode == Mode::Write && m_db.driverName() == QLatin1StringView("QSQLITE")) {
        // Qt's transaction() is a deferred BEGIN; COMMIT and ROLLBACK below are the driver's own.
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            qCWarning(lcStorage) << "cannot start a transaction:" << begin.lastError().text();
        return;
    }
    m_active = m_db.transaction();
    if (!m_active)
        qCWarning(lcStorage) << "cannot start a transaction:" << m_db.lastError().text();
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
    return true;
}

void Transaction::rollback()
{
    if (m_active)
        m_db.rollback();
    m_active = false;
}
