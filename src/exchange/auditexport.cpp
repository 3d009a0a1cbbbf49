// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditexport.h"

#include "csvwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue snapshot(const QString &json)
{
    if (json.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(json);
}

} // namespace

namespace AuditExport {

QByteArray toCsv(const std::vector<AuditEntry> &entries)
{
    std::vector<QStringList> rows;
    rows.reserve(entries.size());
    for (const AuditEntry &e : entries)
        rows.push_back({QString::number(e.id), utc(e.at), e.actor, e.action, e.entity, e.entityKey, e.beforeJson,
                        e.afterJson});
    return CsvWriter::write({u"id"_s, u"at"_s, u"actor"_s, u"action"_s, u"entity"_s, u"entity_key"_s,
                             u"before_json"_s, u"after_json"_s},
                            rows);
}

QByteArray toJson(const AuditPage &page)
{
    QJsonArray entries;
    for (const AuditEntry &e : page.entries) {
        entries.append(QJsonObject{{u"id"_s, double(e.id)},
                                   {u"at"_s, utc(e.at)},
                                   {u"actor"_s, e.actor},
                                   {u"action"_s, e.action},
                                   {u"entity"_s, e.entity},
                                   {u"entity_key"_s, e.entityKey},
                                   {u"before"_s, snapshot(e.beforeJson)},
                                   {u"after"_s, snapshot(e.afterJson)}});
    }
    const QJsonObject o{{u"total"_s, double(page.total)}, {u"entries"_s, entries}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString toText(const AuditPage &page)
{
    const QStringList header{QCoreApplication::translate("AuditExport", "When"),
                             QCoreApplication::translate("AuditExport", "Who"),
                             QCoreApplication::translate("AuditExport", "Action"),
                             QCoreApplication::translate("AuditExport", "What"),
                             QCoreApplication::translate("AuditExport", "Key")};
    std::vector<QStringList> rows;
    for (const AuditEntry &e : page.entries)
        rows.push_back({e.at.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"_s), e.actor, e.action, e.entity,
                        e.entityKey});
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &r : rows) {
        for (qsizetype i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], r.at(i).size());
    }
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i)
            padded << (i + 1 == cells.size() ? cells.at(i) : cells.at(i).leftJustified(widths[i]));
        return padded.join(u"  "_s) + u'\n';
    };
    QString out = line(header);
    for (const QStringList &r : rows)
        out += line(r);
    //: %n is the number of audit rows that match the filter
    out += QCoreApplication::translate("AuditExport", "%n change(s)", nullptr, int(page.total)) + u'\n';
    return out;
}

} // namespace AuditExport
