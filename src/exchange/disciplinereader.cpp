// SPDX-License-Identifier: GPL-3.0-or-later
// RecordReaders::readDiscipline: the file of `import discipline` (RECORDS-CSV.md "Discipline").
#include "recordreaders.h"

#include "cellreader.h"
#include "columnmap.h"
#include "domain/disciplineform.h"

using namespace Qt::StringLiterals;

namespace {

const std::vector<ColumnSpec> &disciplineColumns()
{
    static const std::vector<ColumnSpec> specs{
        {u"staff_code"_s, u"mã cán bộ"_s, true},
        {u"form"_s, u"hình thức kỷ luật"_s, true},
        {u"decision_no"_s, u"số quyết định"_s, true},
        {u"decision_date"_s, u"ngày quyết định"_s, true},
        {u"effective_date"_s, u"ngày hiệu lực"_s, false},
        {u"violation_date"_s, u"ngày vi phạm"_s, false},
        {u"reason"_s, u"nội dung vi phạm"_s, false},
    };
    return specs;
}

} // namespace

RecordReaders::Result<DisciplineImportRow> RecordReaders::readDiscipline(const QByteArray &bytes)
{
    Result<DisciplineImportRow> result;
    TextTable table;
    ColumnMap map;
    if (!RecordTable::prepare(bytes, disciplineColumns(), &table, &map, &result))
        return result;
    result.rows.reserve(table.rows.size());
    for (const auto &row : table.rows) {
        RecordTable::checkRagged(map, row, result.issues);
        const CellReader cells(map, row, result.issues);
        DisciplineImportRow out;
        out.line = row.line;
        out.presentColumns = map.presentKeys();
        DisciplineDecision &d = out.record;
        d.staffCode = cells.text(u"staff_code"_s);
        // Codes, or the Vietnamese words without case or diacritics (DisciplineForms::match).
        d.form = cells.code(DisciplineForms::table());
        d.decisionNo = cells.text(u"decision_no"_s);
        d.decisionDate = cells.date(u"decision_date"_s);
        d.effectiveDate = cells.date(u"effective_date"_s);
        d.violationDate = cells.date(u"violation_date"_s);
        d.reason = cells.text(u"reason"_s);
        result.rows.push_back(std::move(out));
    }
    return result;
}
