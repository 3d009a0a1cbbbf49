// SPDX-License-Identifier: GPL-3.0-or-later
// RecordReaders::readCulture: the file of `import culture` (docs/culture-csv.md).
#include "recordreaders.h"

#include "cellreader.h"
#include "columnmap.h"
#include "domain/culture.h"

using namespace Qt::StringLiterals;

namespace {

const std::vector<ColumnSpec> &cultureColumns()
{
    static const std::vector<ColumnSpec> specs{
        {u"unit_code"_s, u"mã đơn vị"_s, true},
        {u"inspected_on"_s, u"ngày kiểm tra"_s, true},
        {u"inspector"_s, u"người kiểm tra"_s, true},
        {u"staff_code"_s, u"mã cán bộ"_s, true},
        {u"item"_s, u"tiêu chí"_s, true},
        {u"result"_s, u"kết quả"_s, true},
        {u"note"_s, u"ghi chú"_s, false},
        {u"confirmed"_s, u"đã xác minh"_s, false},
    };
    return specs;
}

} // namespace

RecordReaders::Result<CultureImportRow> RecordReaders::readCulture(const QByteArray &bytes)
{
    Result<CultureImportRow> result;
    TextTable table;
    ColumnMap map;
    if (!RecordTable::prepare(bytes, cultureColumns(), &table, &map, &result))
        return result;
    result.rows.reserve(table.rows.size());
    for (const auto &row : table.rows) {
        RecordTable::checkRagged(map, row, result.issues);
        const CellReader cells(map, row, result.issues);
        CultureImportRow out;
        out.line = row.line;
        out.presentColumns = map.presentKeys();
        CultureRecord &r = out.record;
        r.inspection.unitCode = cells.text(u"unit_code"_s);
        r.inspection.date = cells.date(u"inspected_on"_s);
        r.inspection.inspector = cells.text(u"inspector"_s);
        r.observation.staffCode = cells.text(u"staff_code"_s);
        // The item is matched against the stored checklist by the service (it is editable data).
        r.observation.itemCode = cells.text(u"item"_s);
        r.observation.result = cells.code(CultureResults::table());
        r.observation.note = cells.text(u"note"_s);
        r.confirmed = cells.boolean(u"confirmed"_s).value_or(false);
        result.rows.push_back(std::move(out));
    }
    return result;
}
