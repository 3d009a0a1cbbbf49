// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrun.h"

#include <algorithm>

void sortIssues(std::vector<ImportIssue> &issues)
{
    std::stable_sort(issues.begin(), issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
}

int rejectedRows(const std::vector<ImportIssue> &issues)
{
    QSet<int> lines;
    for (const auto &i : issues) {
        if (i.line > 1)
            lines.insert(i.line);
    }
    return int(lines.size());
}

bool headerFailed(const std::vector<ImportIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ImportIssue &i) { return i.line <= 1; });
}

bool refusesWrite(const ImportReport &report, const ImportOptions &options)
{
    return headerFailed(report.issues) || (report.hasIssues() && !options.skipInvalid);
}

ImportIssues::ImportIssues(ImportReport &report, std::vector<ImportIssue> parseIssues)
    : m_report(report)
{
    for (const ImportIssue &i : parseIssues)
        m_index.add(i);
    m_report.issues = std::move(parseIssues);
}

void ImportIssues::add(int line, const QString &column, const QString &message)
{
    const ImportIssue issue{line, column, message};
    if (m_index.cells.contains({line, column}))
        return;
    m_index.add(issue);
    m_report.issues.push_back(issue);
}

void ImportIssues::finish()
{
    sortIssues(m_report.issues);
    m_report.rejected = rejectedRows(m_report.issues);
}
