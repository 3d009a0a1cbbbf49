// SPDX-License-Identifier: GPL-3.0-or-later
// RecordReaders::readEvaluations: the file of `import evaluations` (RECORDS-CSV.md "Evaluations").
#include "recordreaders.h"

#include "cellreader.h"
#include "columnmap.h"
#include "domain/evaluationlevel.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const std::vector<ColumnSpec> &evaluationColumns()
{
    static const std::vector<ColumnSpec> specs{
        {u"staff_code"_s, u"mã cán bộ"_s, true},
        {u"year"_s, u"năm đánh giá"_s, true},
        {u"task_group"_s, u"nhóm nhiệm vụ"_s, false},
        {u"months_worked"_s, u"số tháng công tác"_s, false},
        {u"months_absent"_s, u"số tháng nghỉ"_s, false},
        {u"maternity_leave"_s, u"nghỉ thai sản"_s, false},
        {u"score"_s, u"điểm"_s, false},
        {u"self_level"_s, u"tự xếp loại"_s, false},
        {u"proposed_level"_s, u"cấp trên đề xuất"_s, false},
        {u"final_level"_s, u"kết quả xếp loại"_s, false},
        {u"initiative"_s, u"sáng kiến"_s, false},
        {u"note"_s, u"ghi chú"_s, false},
    };
    return specs;
}

/** The year cell: 4 digits, 2015–2100; 0 (and an issue) otherwise. */
int readYear(const CellReader &cells)
{
    static const QRegularExpression pattern(u"^\\d{4}$"_s);
    const QString t = cells.text(u"year"_s);
    if (t.isEmpty()) {
        cells.issue(u"year"_s, RecordReaders::tr("the year is required"));
        return 0;
    }
    const int year = pattern.match(t).hasMatch() ? t.toInt() : 0;
    if (year < 2015 || year > 2100) {
        cells.issue(u"year"_s, RecordReaders::tr("\"%1\" is not a year from 2015 to 2100").arg(t));
        return 0;
    }
    return year;
}

/** A number of months 0–12; fallback when the cell is empty (or wrong: an issue then). */
int readMonths(const CellReader &cells, const QString &key, int fallback)
{
    static const QRegularExpression pattern(u"^\\d{1,2}$"_s);
    const QString t = cells.text(key);
    if (t.isEmpty())
        return fallback;
    const int months = pattern.match(t).hasMatch() ? t.toInt() : -1;
    if (months < 0 || months > 12) {
        cells.issue(key, RecordReaders::tr("\"%1\" is not a number of months from 0 to 12").arg(t));
        return fallback;
    }
    return months;
}

/** The score in tenths: 0–100 with at most one decimal ("87.5" or "87,5"); nullopt when empty or wrong. */
std::optional<int> readScore(const CellReader &cells)
{
    static const QRegularExpression pattern(u"^(\\d{1,3})(?:[.,](\\d))?$"_s);
    const QString t = cells.text(u"score"_s);
    if (t.isEmpty())
        return std::nullopt;
    const auto m = pattern.match(t);
    const int tenths = m.hasMatch() ? m.captured(1).toInt() * 10 + (m.captured(2).isEmpty() ? 0 : m.captured(2).toInt())
                                    : -1;
    if (tenths < 0 || tenths > 1000) {
        cells.issue(u"score"_s,
                    RecordReaders::tr("\"%1\" is not a score from 0 to 100 with at most one decimal").arg(t));
        return std::nullopt;
    }
    return tenths;
}

} // namespace

RecordReaders::Result<EvaluationImportRow> RecordReaders::readEvaluations(const QByteArray &bytes)
{
    Result<EvaluationImportRow> result;
    TextTable table;
    ColumnMap map;
    if (!RecordTable::prepare(bytes, evaluationColumns(), &table, &map, &result))
        return result;
    result.rows.reserve(table.rows.size());
    const CodeTable &levels = EvaluationLevels::table();
    for (const auto &row : table.rows) {
        RecordTable::checkRagged(map, row, result.issues);
        const CellReader cells(map, row, result.issues);
        EvaluationImportRow out;
        out.line = row.line;
        out.presentColumns = map.presentKeys();
        Evaluation &e = out.record;
        e.staffCode = cells.text(u"staff_code"_s);
        e.year = readYear(cells);
        e.taskGroup = cells.text(u"task_group"_s);
        e.monthsWorked = readMonths(cells, u"months_worked"_s, 12);
        e.monthsAbsent = readMonths(cells, u"months_absent"_s, 0);
        e.maternityLeave = cells.boolean(u"maternity_leave"_s).value_or(false);
        e.scoreTenths = readScore(cells);
        // Codes, abbreviations (HTXSNV …) or the Vietnamese words without case or diacritics.
        e.selfLevel = cells.code(levels, u"self_level"_s);
        e.proposedLevel = cells.code(levels, u"proposed_level"_s);
        e.finalLevel = cells.code(levels, u"final_level"_s);
        e.initiative = cells.boolean(u"initiative"_s).value_or(false);
        e.note = cells.text(u"note"_s);
        result.rows.push_back(std::move(out));
    }
    return result;
}
