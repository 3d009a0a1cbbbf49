// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"
#include "storage/transaction.h"

#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

/** Lines and (line, column) pairs already reported, so a row's problems are told once. */
struct IssueIndex
{
    QSet<int> lines;
    QSet<QPair<int, QString>> cells;

    void add(const ImportIssue &issue)
    {
        lines.insert(issue.line);
        cells.insert({issue.line, issue.column});
    }
};

/** Orders issues by line, keeping the order of each line's issues. */
void sortIssues(std::vector<ImportIssue> &issues);
/** The data rows (line > 1) with at least one issue. */
[[nodiscard]] int rejectedRows(const std::vector<ImportIssue> &issues);
/** True when the header line (or the file as a whole, line <= 1) has an issue. */
[[nodiscard]] bool headerFailed(const std::vector<ImportIssue> &issues);
/** True when nothing may be written: the header failed, or rows did without --skip-invalid. */
[[nodiscard]] bool refusesWrite(const ImportReport &report, const ImportOptions &options);

/**
 * The issues of one import, gathered into report.issues: the reader's first, then the checks',
 * each (line, column) told once. Not copyable: it holds a reference to the report.
 */
class ImportIssues
{
public:
    ImportIssues(ImportReport &report, std::vector<ImportIssue> parseIssues);
    ImportIssues(const ImportIssues &) = delete;
    ImportIssues &operator=(const ImportIssues &) = delete;

    /** Reports message for (line, column) unless that cell already has an issue. */
    void add(int line, const QString &column, const QString &message);
    /** True when line has an issue (the row is not written). */
    [[nodiscard]] bool rejects(int line) const { return m_index.lines.contains(line); }
    /** Sorts report.issues by line and counts report.rejected. */
    void finish();

private:
    ImportReport &m_report;
    IssueIndex m_index;
};

/** A valid import row: the record to store and the stored record it replaces (none when new). */
template <typename Record>
struct PendingRecord
{
    Record record;
    std::optional<Record> before;

    [[nodiscard]] bool isNew() const { return !before.has_value(); }
    [[nodiscard]] bool isUnchanged() const { return before && *before == record; }
};

/** The write phase's messages, translated in the calling service's context. */
struct ImportWriteTexts
{
    QString notStarted;   // the transaction could not be started
    QString notCommitted; // the transaction could not be committed
};

/**
 * The end of a keyed import (one stored record per row): counts valid rows as new, changed or unchanged
 * into report; on a dry run only counts; when refusesWrite() writes nothing; else writes every new or
 * changed record in one transaction through write(pending, &error) (the record and its audit row; sets
 * error on failure), all or nothing: on an error report.storageError is set and the counts are zeroed.
 * Progress goes on from report.total to 2 * report.total steps (the checks took the first half).
 */
template <typename Record, typename Write>
void writeImport(ImportReport &report, const std::vector<PendingRecord<Record>> &valid, const ImportOptions &options,
                 const ProgressCallback &progress, QSqlDatabase db, const ImportWriteTexts &texts, Write write)
{
    const int steps = report.total * 2;
    auto count = [&](const PendingRecord<Record> &p) {
        ++(p.isNew() ? report.inserted : p.isUnchanged() ? report.unchanged : report.updated);
    };
    if (options.dryRun) {
        for (const PendingRecord<Record> &p : valid)
            count(p);
        if (progress)
            progress(steps, steps);
        return;
    }
    if (refusesWrite(report, options))
        return;

    Transaction tx(db);
    QString error = tx.isActive() ? QString() : texts.notStarted;
    int done = report.total;
    for (const PendingRecord<Record> &p : valid) {
        if (!error.isEmpty())
            break;
        count(p);
        if (p.isUnchanged())
            continue;
        write(p, &error);
        if (progress && ++done % 500 == 0)
            progress(done, steps);
    }
    if (!error.isEmpty() || !tx.commit()) {
        report.storageError = error.isEmpty() ? texts.notCommitted : error;
        report.inserted = report.updated = report.unchanged = 0;
        return;
    }
    if (progress)
        progress(steps, steps);
    report.written = true;
}
