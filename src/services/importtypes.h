// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/orgunit.h"
#include "domain/staffmember.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

/** One rejected row or cell of an input file: printed as FILE:LINE: COLUMN: reason. */
struct ImportIssue
{
    int line = 0;
    QString column;  ///< the column key (or the header text when the header itself is wrong; "-" for the file)
    QString message; ///< translated reason

    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

/** A record read from a file, with its line and the columns the file had (absent ones keep stored values). */
template<typename Record>
struct ImportRow
{
    int line = 0;
    Record record;
    QStringList presentColumns;
};

using StaffImportRow = ImportRow<StaffMember>;
using UnitImportRow = ImportRow<OrgUnit>;

/** How an import runs. */
struct ImportOptions
{
    bool dryRun = false;      ///< check and report, write nothing
    bool skipInvalid = false; ///< write the valid rows even when some are rejected
};

/** What an import did. */
struct ImportReport
{
    int total = 0;      ///< data rows read
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;   ///< rows with at least one issue
    std::vector<ImportIssue> issues;
    bool written = false;  ///< the transaction was committed
    bool fileRefused = false; ///< the file could not be read at all (issues say why); nothing was checked
    QString storageError;  ///< non-empty when the database could not be written (nothing was)
    QString deniedReason;  ///< non-empty when the user's role may not import (AccessControl): nothing was read

    /** The report of an import the user's role does not allow. */
    [[nodiscard]] static ImportReport refused(const QString &reason)
    {
        ImportReport report;
        report.deniedReason = reason;
        return report;
    }

    [[nodiscard]] bool hasIssues() const { return !issues.empty(); }
};

/** Progress of long work: done out of total steps. */
using ProgressCallback = std::function<void(int done, int total)>;
