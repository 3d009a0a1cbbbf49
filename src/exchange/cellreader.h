// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnmap.h"
#include "domain/codetable.h"
#include "recordreaders.h"
#include "texttable.h"

#include <QDate>

#include <optional>
#include <vector>

/**
 * Reading the rows of any record file (STAFF-CSV.md "Common rules"), shared by the readers of units,
 * staff, discipline, culture …: the table and its header, then one row's cells with their issues.
 */
namespace RecordTable {

/**
 * Reads the table (CSV or XLSX) and maps its header. false when the file is unusable as a whole
 * (unreadable, bad header, no data rows): issues say why and *fileOk is false.
 */
bool prepare(const QByteArray &bytes, const std::vector<ColumnSpec> &specs, TextTable *table, ColumnMap *map,
             std::vector<ImportIssue> *issues, bool *fileOk);

/** Ragged rows and values under a blank header, as issues of the row. */
void checkRagged(const ColumnMap &map, const TextTableRow &row, std::vector<ImportIssue> &issues);

template<typename Row>
bool prepare(const QByteArray &bytes, const std::vector<ColumnSpec> &specs, TextTable *table, ColumnMap *map,
             RecordReaders::Result<Row> *result)
{
    return prepare(bytes, specs, table, map, &result->issues, &result->fileOk);
}

} // namespace RecordTable

/** Reads the cells of one row, collecting issues against its line. */
class CellReader
{
public:
    CellReader(const ColumnMap &map, const TextTableRow &row, std::vector<ImportIssue> &issues)
        : m_map(map), m_row(row), m_issues(issues) { }

    [[nodiscard]] QString text(const QString &key) const { return m_map.cell(m_row.cells, key); }
    /** A date cell (YYYY-MM-DD or DD/MM/YYYY); invalid when empty or wrong (an issue then). */
    [[nodiscard]] QDate date(const QString &key) const;
    /** The code of the table's field (matched by code or word); an issue when unknown. */
    [[nodiscard]] QString code(const CodeTable &table) const { return code(table, table.field()); }
    /** The code of column key, matched in table (several columns share one table, e.g. the levels). */
    [[nodiscard]] QString code(const CodeTable &table, const QString &key) const;
    [[nodiscard]] std::optional<bool> boolean(const QString &key) const;
    void issue(const QString &key, const QString &message) const { m_issues.push_back({m_row.line, key, message}); }
    [[nodiscard]] int line() const { return m_row.line; }

private:
    const ColumnMap &m_map;
    const TextTableRow &m_row;
    std::vector<ImportIssue> &m_issues;
};
