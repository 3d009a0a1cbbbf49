// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

#include <QCoreApplication>

class Clock;
class Database;

/**
 * Imports units and staff read from a file (the exchange layer parses it): checks every row
 * against the registry first, then writes all rows in one transaction with their audit rows,
 * or nothing. Rows are matched by code, so importing the same file twice changes nothing.
 */
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    ImportService(Database &db, const Clock &clock);
    void setActor(const QString &actor) { m_actor = actor; }

    /** parseIssues: problems the reader found; rows may include their rows (they are rejected). */
    ImportReport importUnits(const std::vector<UnitImportRow> &rows, std::vector<ImportIssue> parseIssues,
                             const ImportOptions &options, const ProgressCallback &progress = {});
    ImportReport importStaff(const std::vector<StaffImportRow> &rows, std::vector<ImportIssue> parseIssues,
                             const ImportOptions &options, const ProgressCallback &progress = {});

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("unknown");
};
