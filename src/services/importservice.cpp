// SPDX-License-Identifier: GPL-3.0-or-later
#include "importservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "clock.h"
#include "importrun.h"
#include "domain/recordfields.h"
#include "domain/staffvalidator.h"
#include "domain/unitdirectory.h"
#include "domain/unitvalidator.h"
#include "storage/database.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

template<typename Record>
Record merged(const ImportRow<Record> &row, const std::optional<Record> &stored, const QStringList &keys,
              void (*copy)(const QString &, const Record &, Record &))
{
    if (!stored)
        return row.record;
    Record out = *stored;
    for (const QString &key : keys) {
        if (row.presentColumns.contains(key))
            copy(key, row.record, out);
    }
    return out;
}

} // namespace

ImportService::ImportService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

ImportReport ImportService::importUnits(const std::vector<UnitImportRow> &rows, std::vector<ImportIssue> parseIssues,
                                        const ImportOptions &options, const ProgressCallback &progress)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::Import); !denied.ok())
        return ImportReport::refused(denied.error);
    ImportReport report;
    report.total = int(rows.size());
    IssueIndex reported;
    for (const auto &i : parseIssues)
        reported.add(i);
    report.issues = std::move(parseIssues);

    UnitRepository repo(m_db.connection());
    std::vector<OrgUnit> stored = repo.all();
    QHash<QString, OrgUnit> storedByCode;
    for (const auto &u : stored)
        storedByCode.insert(u.code, u);

    // The directory the file's units will live in: stored units overlaid with the file's.
    QHash<QString, int> firstLine;
    std::vector<OrgUnit> incoming;
    for (const auto &row : rows) {
        if (firstLine.contains(row.record.code)) {
            const ImportIssue issue{row.line, u"code"_s,
                                    tr("duplicate code \"%1\" (already on line %2)")
                                        .arg(row.record.code)
                                        .arg(firstLine.value(row.record.code))};
            reported.add(issue);
            report.issues.push_back(issue);
            continue;
        }
        firstLine.insert(row.record.code, row.line);
        const auto it = storedByCode.constFind(row.record.code);
        incoming.push_back(merged<OrgUnit>(row, it == storedByCode.cend() ? std::nullopt : std::optional(*it),
                                           RecordFields::unitKeys(), &RecordFields::copyUnitField));
    }
    std::vector<OrgUnit> all;
    for (const auto &u : stored) {
        if (!firstLine.contains(u.code))
            all.push_back(u);
    }
    all.insert(all.end(), incoming.begin(), incoming.end());
    const UnitDirectory directory(all);

    std::vector<std::pair<int, OrgUnit>> valid;
    int done = 0;
    for (const auto &unit : incoming) {
        const int line = firstLine.value(unit.code);
        for (const FieldError &e : UnitValidator::validate(unit, directory)) {
            if (reported.cells.contains({line, e.field}))
                continue;
            const ImportIssue issue{line, e.field, e.message};
            reported.add(issue);
            report.issues.push_back(issue);
        }
        if (!reported.lines.contains(line))
            valid.emplace_back(line, unit);
        if (progress)
            progress(++done, int(incoming.size()) * 2);
    }
    sortIssues(report.issues);
    report.rejected = rejectedRows(report.issues);

    const auto finishProgress = [&]() {
        if (progress)
            progress(int(incoming.size()) * 2, int(incoming.size()) * 2);
    };
    if (options.dryRun) {
        finishProgress();
        for (const auto &[line, unit] : valid) {
            const auto it = storedByCode.constFind(unit.code);
            if (it == storedByCode.cend()) ++report.inserted;
            else if (*it == unit) ++report.unchanged;
            else ++report.updated;
        }
        return report;
    }
    if (refusesWrite(report, options))
        return report;

    // Parents before children and successors before predecessors are not needed: org_unit has no
    // foreign keys on them; the validation above saw the whole directory.
    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    bool ok = tx.isActive();
    for (const auto &[line, unit] : valid) {
        if (!ok)
            break;
        const auto it = storedByCode.constFind(unit.code);
        const std::optional<OrgUnit> before = it == storedByCode.cend() ? std::nullopt : std::optional(*it);
        if (before && *before == unit) {
            ++report.unchanged;
        } else {
            ok = repo.upsert(unit, &error) && audit.unitChanged(before ? u"update"_s : u"insert"_s, before, unit, &error);
            ++(before ? report.updated : report.inserted);
        }
        if (progress)
            progress(++done, int(incoming.size()) * 2);
    }
    if (!ok || !tx.commit()) {
        report.storageError = error.isEmpty() ? tr("the transaction could not be committed") : error;
        report.inserted = report.updated = report.unchanged = 0;
        return report;
    }
    finishProgress();
    report.written = true;
    return report;
}

ImportReport ImportService::importStaff(const std::vector<StaffImportRow> &rows, std::vector<ImportIssue> parseIssues,
                                        const ImportOptions &options, const ProgressCallback &progress)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::Import); !denied.ok())
        return ImportReport::refused(denied.error);
    ImportReport report;
    report.total = int(rows.size());
    IssueIndex reported;
    for (const auto &i : parseIssues)
        reported.add(i);
    report.issues = std::move(parseIssues);

    const UnitDirectory directory(UnitRepository(m_db.connection()).all());
    StaffRepository repo(m_db.connection());
    const int steps = int(rows.size()) * 2;
    int done = 0;

    struct Pending
    {
        int line;
        StaffMember member;
        std::optional<StaffMember> before;
    };
    std::vector<Pending> valid;
    valid.reserve(rows.size());
    QHash<QString, int> firstLine;
    for (const auto &row : rows) {
        const QString &code = row.record.code;
        if (!code.isEmpty() && firstLine.contains(code)) {
            const ImportIssue issue{row.line, u"code"_s,
                                    tr("duplicate code \"%1\" (already on line %2)").arg(code).arg(firstLine.value(code))};
            reported.add(issue);
            report.issues.push_back(issue);
        } else if (!code.isEmpty()) {
            firstLine.insert(code, row.line);
        }
        const std::optional<StaffMember> before = code.isEmpty() ? std::nullopt : repo.find(code);
        const StaffMember member = merged<StaffMember>(row, before, RecordFields::staffKeys(),
                                                       &RecordFields::copyStaffField);
        FieldErrors errors = StaffValidator::validate(member);
        if (!member.unitCode.isEmpty() && !directory.find(member.unitCode))
            errors.push_back({u"unit_code"_s, tr("unknown unit \"%1\"").arg(member.unitCode)});
        for (const FieldError &e : errors) {
            if (reported.cells.contains({row.line, e.field}))
                continue;
            const ImportIssue issue{row.line, e.field, e.message};
            reported.add(issue);
            report.issues.push_back(issue);
        }
        if (!reported.lines.contains(row.line))
            valid.push_back({row.line, member, before});
        if (progress && (++done % 500 == 0 || done == steps / 2))
            progress(done, steps);
    }
    sortIssues(report.issues);
    report.rejected = rejectedRows(report.issues);

    auto countOnly = [&]() {
        for (const auto &p : valid) {
            if (!p.before) ++report.inserted;
            else if (*p.before == p.member) ++report.unchanged;
            else ++report.updated;
        }
    };
    if (options.dryRun) {
        countOnly();
        if (progress)
            progress(steps, steps);
        return report;
    }
    if (refusesWrite(report, options))
        return report;

    Transaction tx(m_db.connection());
    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    QString error;
    bool ok = tx.isActive();
    done = int(rows.size());
    for (const auto &p : valid) {
        if (!ok)
            break;
        if (p.before && *p.before == p.member) {
            ++report.unchanged;
        } else {
            ok = repo.write(p.member, p.before.has_value(), &error)
                && audit.staffChanged(p.before ? u"update"_s : u"insert"_s, p.before, p.member, &error);
            ++(p.before ? report.updated : report.inserted);
        }
        if (progress && (++done % 500 == 0))
            progress(done, steps);
    }
    if (!ok || !tx.commit()) {
        report.storageError = error.isEmpty() ? tr("the transaction could not be committed") : error;
        report.inserted = report.updated = report.unchanged = 0;
        return report;
    }
    if (progress)
        progress(steps, steps);
    report.written = true;
    return report;
}
