// SPDX-License-Identifier: GPL-3.0-or-later
// CultureService::importRecords: a culture file (docs/culture-csv.md), all or nothing.
#include "cultureservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "clock.h"
#include "importrun.h"
#include "storage/culturerepository.h"
#include "storage/database.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

/** An inspection of the file: its key, and the rows that belong to it. */
struct InspectionKey
{
    QString unit;
    QDate date;
    QString inspector;

    friend bool operator<(const InspectionKey &a, const InspectionKey &b)
    {
        return std::tie(a.unit, a.date, a.inspector) < std::tie(b.unit, b.date, b.inspector);
    }
};

struct PendingInspection
{
    std::vector<CultureImportRow> rows;
};

} // namespace

ImportReport CultureService::importRecords(const std::vector<CultureImportRow> &rows,
                                           std::vector<ImportIssue> parseIssues, const ImportOptions &options,
                                           const ProgressCallback &progress)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::Import); !denied.ok())
        return ImportReport::refused(denied.error);
    ImportReport report;
    report.total = int(rows.size());
    ImportIssues issues(report, std::move(parseIssues));

    CultureRepository repo(m_db.connection());
    UnitRepository unitRepo(m_db.connection());
    StaffRepository staffRepo(m_db.connection());
    const std::vector<CultureItem> items = repo.items(false);
    QHash<QString, bool> unitKnown, staffKnown;
    std::map<InspectionKey, PendingInspection> pending;
    QHash<QString, int> firstLine; // unit|date|inspector|staff|item → line
    int done = 0;
    for (const CultureImportRow &row : rows) {
        const CultureInspection &in = row.record.inspection;
        const CultureObservation &o = row.record.observation;
        const int line = row.line;
        if (in.unitCode.isEmpty())
            issues.add(line, u"unit_code"_s, tr("the unit is required"));
        else if (!unitKnown.contains(in.unitCode))
            unitKnown.insert(in.unitCode, unitRepo.find(in.unitCode).has_value());
        if (!in.unitCode.isEmpty() && !unitKnown.value(in.unitCode))
            issues.add(line, u"unit_code"_s, tr("unknown unit \"%1\"").arg(in.unitCode));
        if (!in.date.isValid())
            issues.add(line, u"inspected_on"_s, tr("the inspection date is required"));
        if (in.inspector.isEmpty())
            issues.add(line, u"inspector"_s, tr("the inspector is required"));
        if (o.staffCode.isEmpty())
            issues.add(line, u"staff_code"_s, tr("the staff code is required"));
        else if (!staffKnown.contains(o.staffCode))
            staffKnown.insert(o.staffCode, staffRepo.find(o.staffCode).has_value());
        if (!o.staffCode.isEmpty() && !staffKnown.value(o.staffCode))
            issues.add(line, u"staff_code"_s, tr("unknown staff code \"%1\"").arg(o.staffCode));
        CultureImportRow clean = row;
        if (o.itemCode.isEmpty()) {
            issues.add(line, u"item"_s, tr("the checklist item is required"));
        } else if (const auto code = matchItem(o.itemCode, items)) {
            clean.record.observation.itemCode = *code;
        } else {
            QStringList codes;
            for (const CultureItem &i : items)
                codes << i.code;
            issues.add(line, u"item"_s, tr("unknown checklist item \"%1\"; expected one of: %2")
                                              .arg(o.itemCode, codes.join(u", "_s)));
        }
        if (o.result.isEmpty())
            issues.add(line, u"result"_s, tr("the result is required"));
        else if (!CultureResults::table().contains(o.result))
            issues.add(line, u"result"_s, tr("unknown value \"%1\"; expected one of: %2")
                                                .arg(o.result, CultureResults::table().codes().join(u", "_s)));
        const QString key = QStringList{in.unitCode, in.date.toString(Qt::ISODate), in.inspector, o.staffCode,
                                        clean.record.observation.itemCode}
                                .join(QChar(0x1f));
        if (!issues.rejects(line)) {
            if (firstLine.contains(key))
                issues.add(line, u"item"_s, tr("the same person and item are already on line %1 for this inspection")
                                                  .arg(firstLine.value(key)));
            else
                firstLine.insert(key, line);
        }
        if (!issues.rejects(line))
            pending[{in.unitCode, in.date, in.inspector}].rows.push_back(clean);
        if (progress && ++done % 500 == 0)
            progress(done, int(rows.size()) * 2);
    }
    issues.finish();

    // What each valid row would do to the stored observation with its key (each inspection read once).
    QHash<qint64, QHash<QPair<QString, QString>, CultureObservation>> storedObservations;
    auto classify = [&](const std::optional<CultureInspection> &stored, const CultureImportRow &row) {
        if (!stored)
            return 0; // new
        auto it = storedObservations.find(stored->id);
        if (it == storedObservations.end()) {
            QHash<QPair<QString, QString>, CultureObservation> byKey;
            for (const CultureObservation &o : repo.observations(stored->id))
                byKey.insert({o.staffCode, o.itemCode}, o);
            it = storedObservations.insert(stored->id, byKey);
        }
        const CultureObservation &o = row.record.observation;
        const auto found = it->constFind({o.staffCode, o.itemCode});
        if (found == it->cend())
            return 0;
        if (found->result != o.result || found->note != o.note)
            return 1; // changed
        if (row.record.confirmed && found->result == CultureResults::Breach) {
            const auto v = repo.findViolation(stored->id, o.staffCode, o.itemCode);
            if (v && v->status == CultureViolationStatus::Reported)
                return 1;
        }
        return 2; // unchanged
    };
    auto count = [&](int kind) { ++(kind == 0 ? report.inserted : kind == 1 ? report.updated : report.unchanged); };

    if (options.dryRun || refusesWrite(report, options)) {
        if (options.dryRun) {
            for (const auto &[key, p] : pending) {
                const auto stored = repo.findInspection(key.unit, key.date, key.inspector);
                for (const CultureImportRow &row : p.rows)
                    count(classify(stored, row));
            }
        }
        return report;
    }

    Transaction tx(m_db.connection());
    QString error = tx.isActive() ? QString() : tr("the transaction could not be started");
    for (const auto &[key, p] : pending) {
        if (!error.isEmpty())
            break;
        const std::optional<CultureInspection> stored = repo.findInspection(key.unit, key.date, key.inspector);
        CultureInspection inspection = stored.value_or(CultureInspection{0, key.unit, key.date, key.inspector, {}});
        // The file's observations overlay the stored ones (matched by person and item).
        std::vector<CultureObservation> observations = stored ? repo.observations(stored->id) : std::vector<CultureObservation>{};
        QSet<QPair<QString, QString>> confirmed;
        for (const CultureImportRow &row : p.rows) {
            count(classify(stored, row));
            const CultureObservation &o = row.record.observation;
            auto it = std::find_if(observations.begin(), observations.end(), [&](const CultureObservation &s) {
                return s.staffCode == o.staffCode && s.itemCode == o.itemCode;
            });
            if (it == observations.end())
                observations.push_back(o);
            else
                *it = o;
            if (row.record.confirmed)
                confirmed.insert({o.staffCode, o.itemCode});
        }
        const WriteOutcome outcome = writeInspection(inspection, observations, confirmed, nullptr);
        error = outcome.error;
    }
    if (error.isEmpty() && (report.inserted + report.updated) > 0) {
        const QJsonObject summary{{u"rows"_s, report.total}, {u"inserted"_s, report.inserted},
                                  {u"updated"_s, report.updated}, {u"rejected"_s, report.rejected}};
        AuditWriter(m_db.connection(), m_clock, m_actor)
            .note(u"import"_s, u"culture_inspection"_s, u"file"_s,
                  QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)), &error);
    }
    if (!error.isEmpty() || !tx.commit()) {
        report.storageError = error.isEmpty() ? tr("the transaction could not be committed") : error;
        report.inserted = report.updated = report.unchanged = 0;
        return report;
    }
    if (progress)
        progress(int(rows.size()) * 2, int(rows.size()) * 2);
    report.written = true;
    return report;
}
