// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellreader.h"

using namespace Qt::StringLiterals;

namespace RecordTable {

bool prepare(const QByteArray &bytes, const std::vector<ColumnSpec> &specs, TextTable *table, ColumnMap *map,
             std::vector<ImportIssue> *issues, bool *fileOk)
{
    ImportIssue issue;
    if (!RecordReaders::readTable(bytes, table, &issue)) {
        issues->push_back(issue);
        *fileOk = false;
        return false;
    }
    if (!map->build(table->header, table->headerLine, specs, issues)) {
        *fileOk = false;
        return false;
    }
    if (table->rows.empty()) {
        issues->push_back({table->headerLine, u"-"_s, RecordReaders::tr("the file has a header but no data rows")});
        *fileOk = false;
        return false;
    }
    return true;
}

void checkRagged(const ColumnMap &map, const TextTableRow &row, std::vector<ImportIssue> &issues)
{
    if (const int blank = map.filledBlankColumn(row.cells); blank >= 0)
        issues.push_back({row.line, u"-"_s, RecordReaders::tr("column %1 has a value but no header").arg(blank + 1)});
    if (row.cells.size() != map.columnCount()) {
        issues.push_back({row.line, u"-"_s, RecordReaders::tr("the row has %1 cells but the header has %2 columns")
                                                .arg(row.cells.size())
                                                .arg(map.columnCount())});
    }
}

} // namespace RecordTable

QDate CellReader::date(const QString &key) const
{
    const QString t = text(key);
    QDate d;
    if (!t.isEmpty() && !RecordReaders::parseDate(t, &d))
        issue(key, RecordReaders::tr("\"%1\" is not a valid date (expected YYYY-MM-DD or DD/MM/YYYY)").arg(t));
    return d;
}

QString CellReader::code(const CodeTable &table, const QString &key) const
{
    const QString t = text(key);
    if (t.isEmpty())
        return {};
    if (const auto c = table.match(t))
        return *c;
    issue(key,
          RecordReaders::tr("unknown value \"%1\"; expected one of: %2").arg(t, table.codes().join(u", "_s)));
    return t;
}

std::optional<bool> CellReader::boolean(const QString &key) const
{
    const QString t = text(key);
    bool empty = false;
    const auto b = parseBoolean(t, &empty);
    if (!b && !empty)
        issue(key, RecordReaders::tr("\"%1\" is not a yes/no value (expected 1/0, x, có/không, yes/no, true/false)").arg(t));
    return b;
}
