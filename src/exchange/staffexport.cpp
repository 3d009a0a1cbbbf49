// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffexport.h"

#include "csvwriter.h"
#include "domain/recordfields.h"
#include "domain/recordjson.h"
#include "spreadsheetwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace StaffExport {

QByteArray toCsv(const std::vector<StaffMember> &staff)
{
    const QStringList &keys = RecordFields::staffKeys();
    std::vector<QStringList> rows;
    rows.reserve(staff.size());
    for (const auto &m : staff) {
        const QJsonObject o = RecordJson::toJson(m);
        QStringList cells;
        for (const QString &key : keys) {
            const QJsonValue v = o.value(key);
            if (v.isBool())
                cells << (v.toBool() ? u"1"_s : u"0"_s);
            else
                cells << v.toString();
        }
        rows.push_back(cells);
    }
    return CsvWriter::write(keys, rows);
}

QByteArray toXlsx(const std::vector<StaffMember> &staff, QString *error)
{
    const QStringList &keys = RecordFields::staffKeys();
    std::vector<SpreadsheetRow> rows;
    rows.reserve(staff.size());
    for (const auto &m : staff) {
        // The CSV's values, typed: JSON dates become Excel dates, JSON booleans 1/0, the rest text.
        const QJsonObject o = RecordJson::toJson(m);
        SpreadsheetRow cells;
        cells.reserve(size_t(keys.size()));
        for (const QString &key : keys) {
            const QJsonValue v = o.value(key);
            const QDate date = key.endsWith(u"_date"_s) ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
            if (v.isBool())
                cells.push_back(SpreadsheetCell::boolean(v.toBool()));
            else if (date.isValid())
                cells.push_back(SpreadsheetCell::date(date));
            else
                cells.push_back(SpreadsheetCell::text(v.toString()));
        }
        rows.push_back(std::move(cells));
    }
    //: the name of the sheet of the staff workbook (at most 31 characters)
    return SpreadsheetWriter::write(QCoreApplication::translate("StaffExport", "Staff"), keys, rows, error);
}

QByteArray toJson(const std::vector<StaffMember> &staff)
{
    QJsonArray list;
    for (const auto &m : staff)
        list.append(RecordJson::toJson(m));
    return QJsonDocument(QJsonObject{{u"staff"_s, list}}).toJson(QJsonDocument::Indented);
}

} // namespace StaffExport
