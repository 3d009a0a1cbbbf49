// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffexport.h"

#include "csvwriter.h"
#include "domain/recordfields.h"
#include "domain/recordjson.h"

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

QByteArray toJson(const std::vector<StaffMember> &staff)
{
    QJsonArray list;
    for (const auto &m : staff)
        list.append(RecordJson::toJson(m));
    return QJsonDocument(QJsonObject{{u"staff"_s, list}}).toJson(QJsonDocument::Indented);
}

} // namespace StaffExport
