// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

#include <QPair>
#include <QSet>
#include <QString>

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
