// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordreaders.h"

#include "cellreader.h"
#include "columnmap.h"
#include "csvreader.h"
#include "domain/codetable.h"
#include "xlsxreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const std::vector<ColumnSpec> &unitColumns()
{
    static const std::vector<ColumnSpec> specs{
        {u"code"_s, u"mã đơn vị"_s, true},
        {u"name"_s, u"tên đơn vị"_s, true},
        {u"kind"_s, u"loại đơn vị"_s, true},
        {u"parent_code"_s, u"mã đơn vị cấp trên"_s, false},
        {u"valid_from"_s, u"hiệu lực từ"_s, false},
        {u"valid_to"_s, u"hiệu lực đến"_s, false},
        {u"difficult_area"_s, u"vùng khó khăn"_s, false},
        {u"successor_code"_s, u"mã đơn vị kế thừa"_s, false},
    };
    return specs;
}

const std::vector<ColumnSpec> &staffColumns()
{
    static const std::vector<ColumnSpec> specs{
        {u"code"_s, u"mã cán bộ"_s, true},
        {u"full_name"_s, u"họ và tên"_s, true},
        {u"birth_date"_s, u"ngày sinh"_s, true},
        {u"gender"_s, u"giới tính"_s, false},
        {u"unit_code"_s, u"mã đơn vị"_s, true},
        {u"category"_s, u"loại cán bộ"_s, true},
        {u"position"_s, u"chức danh"_s, true},
        {u"is_leader"_s, u"lãnh đạo quản lý"_s, false},
        {u"start_date"_s, u"ngày bắt đầu"_s, false},
        {u"end_date"_s, u"ngày kết thúc"_s, false},
        {u"general_education"_s, u"trình độ phổ thông"_s, false},
        {u"professional_level"_s, u"trình độ chuyên môn"_s, false},
        {u"professional_field"_s, u"chuyên ngành"_s, false},
        {u"political_theory"_s, u"lý luận chính trị"_s, false},
        {u"state_management"_s, u"quản lý nhà nước"_s, false},
        {u"it_skill"_s, u"tin học"_s, false},
        {u"foreign_language"_s, u"ngoại ngữ"_s, false},
        {u"ethnic_minority"_s, u"dân tộc thiểu số"_s, false},
    };
    return specs;
}

/**
 * The 1-based line of every "{" opening an object at the given nesting depth (1: elements of a
 * top-level array; 2: elements of the list inside the top-level object), strings skipped.
 */
std::vector<int> recordLines(const QByteArray &bytes, int depth)
{
    std::vector<int> out;
    int line = 1;
    int level = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (c == '{' && level == depth)
                out.push_back(line);
            ++level;
            break;
        case '}':
        case ']':
            --level;
            break;
        default:
            break;
        }
    }
    return out;
}

/** JSON (the output of `export staff --format json`, or an array of such objects) as a table. */
bool jsonTable(const QByteArray &bytes, TextTable *table, ImportIssue *issue)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(err.offset).count('\n')) + 1;
        *issue = {line, u"-"_s, RecordReaders::tr("invalid JSON: %1").arg(err.errorString())};
        return false;
    }
    QJsonArray records;
    if (doc.isArray())
        records = doc.array();
    else if (doc.object().value(u"staff"_s).isArray())
        records = doc.object().value(u"staff"_s).toArray();
    else if (doc.object().value(u"units"_s).isArray())
        records = doc.object().value(u"units"_s).toArray();
    else {
        *issue = {1, u"-"_s, RecordReaders::tr("the JSON holds no \"staff\" or \"units\" list")};
        return false;
    }
    for (const auto &r : records) {
        for (const QString &key : r.toObject().keys()) {
            if (!table->header.contains(key))
                table->header << key;
        }
    }
    const std::vector<int> lines = recordLines(bytes, doc.isArray() ? 1 : 2);
    int index = 0;
    for (const auto &r : records) {
        const QJsonObject o = r.toObject();
        TextTableRow row;
        // The line where the record's "{" stands; its position + 1 if the scan found fewer records.
        row.line = index < int(lines.size()) ? lines[size_t(index)] : index + 2;
        ++index;
        for (const QString &key : table->header) {
            const QJsonValue v = o.value(key);
            if (v.isBool())
                row.cells << (v.toBool() ? u"1"_s : u"0"_s);
            else if (v.isDouble())
                row.cells << (v.toDouble() == double(qint64(v.toDouble())) ? QString::number(qint64(v.toDouble()))
                                                                             : QString::number(v.toDouble(), 'g', 15));
            else
                row.cells << v.toString();
        }
        table->rows.push_back(row);
    }
    return true;
}

} // namespace

bool RecordReaders::parseDate(const QString &text, QDate *out)
{
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    static const QRegularExpression vn(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"_s);
    const QString t = text.trimmed();
    QRegularExpressionMatch m = iso.match(t);
    QDate d;
    if (m.hasMatch())
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if ((m = vn.match(t)).hasMatch())
        d = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (!d.isValid())
        return false;
    *out = d;
    return true;
}

bool RecordReaders::readTable(const QByteArray &bytes, TextTable *table, ImportIssue *issue)
{
    TableError error;
    bool ok = false;
    QByteArray start = bytes.left(64).trimmed();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3).trimmed();
    if (XlsxReader::isXlsx(bytes))
        ok = XlsxReader::read(bytes, table, &error);
    else if (start.startsWith('{') || start.startsWith('['))
        return jsonTable(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes, table, issue);
    else
        ok = CsvReader::read(bytes, table, &error);
    if (!ok)
        *issue = {error.line, error.column.isEmpty() ? u"-"_s : error.column, error.message};
    return ok;
}

RecordReaders::Result<UnitImportRow> RecordReaders::readUnits(const QByteArray &bytes)
{
    Result<UnitImportRow> result;
    TextTable table;
    ColumnMap map;
    if (!RecordTable::prepare(bytes, unitColumns(), &table, &map, &result))
        return result;
    for (const auto &row : table.rows) {
        RecordTable::checkRagged(map, row, result.issues);
        const CellReader cells(map, row, result.issues);
        UnitImportRow out;
        out.line = row.line;
        out.presentColumns = map.presentKeys();
        OrgUnit &u = out.record;
        u.code = cells.text(u"code"_s);
        u.name = cells.text(u"name"_s);
        u.kind = cells.code(CodeTables::unitKind());
        u.parentCode = cells.text(u"parent_code"_s);
        u.validFrom = cells.date(u"valid_from"_s);
        u.validTo = cells.date(u"valid_to"_s);
        u.difficultArea = cells.boolean(u"difficult_area"_s).value_or(false);
        u.successorCode = cells.text(u"successor_code"_s);
        result.rows.push_back(out);
    }
    return result;
}

RecordReaders::Result<StaffImportRow> RecordReaders::readStaff(const QByteArray &bytes)
{
    Result<StaffImportRow> result;
    TextTable table;
    ColumnMap map;
    if (!RecordTable::prepare(bytes, staffColumns(), &table, &map, &result))
        return result;
    result.rows.reserve(table.rows.size());
    for (const auto &row : table.rows) {
        RecordTable::checkRagged(map, row, result.issues);
        const CellReader cells(map, row, result.issues);
        StaffImportRow out;
        out.line = row.line;
        out.presentColumns = map.presentKeys();
        StaffMember &m = out.record;
        m.code = cells.text(u"code"_s);
        m.fullName = cells.text(u"full_name"_s);
        m.birthDate = cells.date(u"birth_date"_s);
        m.gender = cells.code(CodeTables::gender());
        m.unitCode = cells.text(u"unit_code"_s);
        m.category = cells.code(CodeTables::category());
        m.position = cells.text(u"position"_s);
        if (m.category == "cb_xa"_L1 || m.category == "cc_xa"_L1) {
            // Commune titles may be written as their Vietnamese names.
            if (const auto title = CodeTables::communeTitle().match(m.position))
                m.position = *title;
        }
        m.isLeader = cells.boolean(u"is_leader"_s);
        m.startDate = cells.date(u"start_date"_s);
        m.endDate = cells.date(u"end_date"_s);
        m.generalEducation = cells.code(CodeTables::generalEducation());
        m.professionalLevel = cells.code(CodeTables::professionalLevel());
        m.professionalField = cells.text(u"professional_field"_s);
        m.politicalTheory = cells.code(CodeTables::politicalTheory());
        m.stateManagement = cells.code(CodeTables::stateManagement());
        m.itSkill = cells.text(u"it_skill"_s);
        m.foreignLanguage = cells.text(u"foreign_language"_s);
        m.ethnicMinority = cells.boolean(u"ethnic_minority"_s);
        result.rows.push_back(std::move(out));
    }
    return result;
}
