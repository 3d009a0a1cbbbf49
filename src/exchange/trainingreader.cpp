// SPDX-License-Identifier: GPL-3.0-or-later
// RecordReaders::readTraining: the file of `import training` (docs/training-csv.md).
#include "recordreaders.h"

#include "cellreader.h"
#include "columnmap.h"
#include "domain/trainingplan.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const std::vector<ColumnSpec> &trainingColumns()
{
    static const std::vector<ColumnSpec> specs{
        {u"plan_year"_s, u"năm kế hoạch"_s, true},
        {u"plan_unit"_s, u"đơn vị kế hoạch"_s, false},
        {u"plan_title"_s, u"tên kế hoạch"_s, false},
        {u"plan_budget"_s, u"kinh phí kế hoạch"_s, false},
        {u"staff_code"_s, u"mã cán bộ"_s, true},
        {u"course"_s, u"khóa học"_s, true},
        {u"status"_s, u"trạng thái"_s, true},
        {u"start"_s, u"ngày bắt đầu"_s, true},
        {u"end"_s, u"ngày kết thúc"_s, false},
        {u"certificate_no"_s, u"số chứng chỉ"_s, false},
        {u"certificate_date"_s, u"ngày cấp chứng chỉ"_s, false},
        {u"cost"_s, u"kinh phí"_s, false},
        {u"note"_s, u"ghi chú"_s, false},
    };
    return specs;
}

/** The plan's year: 4 digits, 2000–2100; 0 (and an issue) otherwise. */
int readPlanYear(const CellReader &cells)
{
    static const QRegularExpression pattern(u"^\\d{4}$"_s);
    const QString t = cells.text(u"plan_year"_s);
    if (t.isEmpty()) {
        cells.issue(u"plan_year"_s, RecordReaders::tr("the plan's year is required"));
        return 0;
    }
    const int year = pattern.match(t).hasMatch() ? t.toInt() : 0;
    if (year < 2000 || year > 2100) {
        cells.issue(u"plan_year"_s, RecordReaders::tr("\"%1\" is not a year from 2000 to 2100").arg(t));
        return 0;
    }
    return year;
}

/**
 * An amount of VND: whole digits, optionally grouped by thousands with ".", "," or spaces
 * ("1500000", "1.500.000", "1 500 000"); nullopt when empty or wrong (an issue then).
 */
std::optional<qint64> readAmount(const CellReader &cells, const QString &key)
{
    static const QRegularExpression plain(u"^\\d{1,15}$"_s);
    static const QRegularExpression grouped(u"^\\d{1,3}([., \u00a0\u202f])\\d{3}(\\1\\d{3}){0,4}$"_s);
    const QString t = cells.text(key);
    if (t.isEmpty())
        return std::nullopt;
    if (plain.match(t).hasMatch() || grouped.match(t).hasMatch()) {
        QString digits = t;
        digits.remove(QRegularExpression(u"[^0-9]"_s));
        return digits.toLongLong();
    }
    cells.issue(key, RecordReaders::tr("\"%1\" is not an amount of VND (whole digits, e.g. 1500000 or 1.500.000)").arg(t));
    return std::nullopt;
}

} // namespace

RecordReaders::Result<TrainingImportRow> RecordReaders::readTraining(const QByteArray &bytes)
{
    Result<TrainingImportRow> result;
    TextTable table;
    ColumnMap map;
    if (!RecordTable::prepare(bytes, trainingColumns(), &table, &map, &result))
        return result;
    result.rows.reserve(table.rows.size());
    for (const auto &row : table.rows) {
        RecordTable::checkRagged(map, row, result.issues);
        const CellReader cells(map, row, result.issues);
        TrainingImportRow out;
        out.line = row.line;
        out.presentColumns = map.presentKeys();
        TrainingImportRecord &r = out.record;
        r.planYear = readPlanYear(cells);
        r.planUnit = cells.text(u"plan_unit"_s);
        r.planTitle = cells.text(u"plan_title"_s);
        r.planBudget = readAmount(cells, u"plan_budget"_s);
        r.staffCode = cells.text(u"staff_code"_s);
        // The course is matched against the stored catalogue by the service (it is editable data).
        r.course = cells.text(u"course"_s);
        // Codes or the Vietnamese words (Đang học, Hoàn thành …) without case or diacritics.
        const QString status = cells.code(EnrolmentStatus::table());
        r.status = EnrolmentStatus::table().contains(status) ? status : QString();
        r.start = cells.date(u"start"_s);
        r.end = cells.date(u"end"_s);
        r.certificateNo = cells.text(u"certificate_no"_s);
        r.certificateDate = cells.date(u"certificate_date"_s);
        r.cost = readAmount(cells, u"cost"_s);
        r.note = cells.text(u"note"_s);
        result.rows.push_back(std::move(out));
    }
    return result;
}
