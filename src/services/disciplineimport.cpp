// SPDX-License-Identifier: GPL-3.0-or-later
// DisciplineService::importDecisions: a discipline file (RECORDS-CSV.md "Discipline"), all or nothing.
#include "disciplineservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "clock.h"
#include "importrun.h"
#include "yearlock.h"
#include "storage/database.h"
#include "storage/disciplinerepository.h"
#include "storage/staffrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/** The stored decision overlaid with the file's row: columns the file lacks keep their stored values. */
DisciplineDecision merged(const DisciplineImportRow &row, const std::optional<DisciplineDecision> &stored)
{
    DisciplineDecision out = row.record;
    if (!stored)
        return out;
    out.id = stored->id;
    out.detectedDate = stored->detectedDate; // not in the file format
    if (!row.presentColumns.contains(u"effective_date"_s))
        out.effectiveDate = stored->effectiveDate;
    if (!row.presentColumns.contains(u"violation_date"_s))
        out.violationDate = stored->violationDate;
    if (!row.presentColumns.contains(u"reason"_s))
        out.reason = stored->reason;
    return out;
}

} // namespace

ImportReport DisciplineService::importDecisions(const std::vector<DisciplineImportRow> &rows,
                                                std::vector<ImportIssue> parseIssues, const ImportOptions &options,
                                                const ProgressCallback &progress)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::Import); !denied.ok())
        return ImportReport::refused(denied.error);
    ImportReport report;
    report.total = int(rows.size());
    ImportIssues issues(report, std::move(parseIssues));

    StaffRepository staffRepo(m_db.connection());
    DisciplineRepository repo(m_db.connection());
    QHash<QString, std::optional<StaffMember>> staff;
    QHash<QString, std::vector<DisciplineDecision>> stored; // per person, read once
    QHash<QString, int> firstLine;                         // staff_code / decision_no → line
    QHash<int, QString> closedYears;                       // year → the refusal ("" = open)
    std::vector<PendingRecord<DisciplineDecision>> valid;
    const int steps = int(rows.size()) * 2;
    int done = 0;
    for (const DisciplineImportRow &row : rows) {
        const DisciplineDecision &d = row.record;
        auto it = staff.find(d.staffCode);
        if (it == staff.end()) {
            it = staff.insert(d.staffCode, d.staffCode.isEmpty() ? std::nullopt : staffRepo.find(d.staffCode));
            if (*it)
                stored.insert(d.staffCode, repo.forPerson(d.staffCode));
        }
        const std::vector<DisciplineDecision> &theirs = stored[d.staffCode];
        const auto match = std::find_if(theirs.cbegin(), theirs.cend(), [&](const DisciplineDecision &s) {
            return s.decisionNo == d.decisionNo;
        });
        const std::optional<DisciplineDecision> before =
            match == theirs.cend() ? std::nullopt : std::optional<DisciplineDecision>(*match);
        const DisciplineDecision decision = merged(row, before);
        // Warnings (limitation, repeat) are not refusals: an import stores what the office decided.
        for (const FieldError &e : checkFor(decision, *it, {}).fieldErrors)
            issues.add(row.line, e.field, e.message);
        // A decision taking effect in a closed year, or moved out of one, is refused (the year is locked).
        for (const QDate &on : {decision.effectiveOn(), before ? before->effectiveOn() : QDate()}) {
            if (!on.isValid())
                continue;
            auto locked = closedYears.find(on.year());
            if (locked == closedYears.end())
                locked = closedYears.insert(on.year(), YearLock::refusal(m_db.connection(), on.year()));
            if (!locked->isEmpty()) {
                issues.add(row.line, decision.effectiveDate.isValid() ? u"effective_date"_s : u"decision_date"_s, *locked);
                break;
            }
        }
        const QString key = d.staffCode + u'/' + d.decisionNo;
        if (!d.staffCode.isEmpty() && !d.decisionNo.isEmpty()) {
            if (firstLine.contains(key))
                //: %1 decision number, %2 staff code, %3 line
                issues.add(row.line, u"decision_no"_s, tr("decision \"%1\" of %2 is already on line %3")
                                                             .arg(d.decisionNo, d.staffCode)
                                                             .arg(firstLine.value(key)));
            else
                firstLine.insert(key, row.line);
        }
        if (!issues.rejects(row.line))
            valid.push_back({decision, before});
        if (progress && ++done % 500 == 0)
            progress(done, steps);
    }
    issues.finish();

    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    writeImport(report, valid, options, progress, m_db.connection(),
                {tr("the transaction could not be started"), tr("the transaction could not be committed")},
                [&](const PendingRecord<DisciplineDecision> &p, QString *error) {
                    DisciplineDecision after = p.record;
                    after.id = repo.write(p.record, error);
                    if (after.id > 0)
                        audit.disciplineChanged(p.before ? u"update"_s : u"insert"_s, p.before, after, error);
                    else if (error->isEmpty())
                        *error = tr("the decision could not be written");
                });
    return report;
}
