// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

#include <QCoreApplication>

class Clock;
class Database;

/** Fills an empty database with the deterministic demo office (DemoGenerator), in one transaction. */
class DemoService
{
    Q_DECLARE_TR_FUNCTIONS(DemoService)

public:
    DemoService(Database &db, const Clock &clock);
    void setActor(const QString &actor) { m_actor = actor; }

    /** True when the database holds no unit and no person. */
    [[nodiscard]] bool isEmpty() const;
    /** Writes the demo office; false with *error set when the database is not empty or cannot be written. */
    bool fill(int staffCount, quint32 seed, QString *error, const ProgressCallback &progress = {});

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("demo");
};
