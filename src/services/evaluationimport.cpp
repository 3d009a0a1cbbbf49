// SPDX-License-Identifier: GPL-3.0-or-later
// EvaluationService::importEvaluations: an evaluations file (RECORDS-CSV.md "Evaluations"), all or nothing.
#include "evaluationservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "clock.h"
#include "importrun.h"
#include "yearlock.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/staffrepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

/** The workflow step a file's levels show: decided with a final level, else as far as the levels go. */
QString statusOf(const Evaluation &e)
{
    if (!e.finalLevel.isEmpty())
        return u"decided"_s;
    if (!e.proposedLevel.isEmpty())
        return u"proposed"_s;
    return e.selfLevel.isEmpty() ? u"draft"_s : u"self_assessed"_s;
}

/**
 * The file's row replacing the stored evaluation (RECORDS-CSV.md: "importing a row for an existing
 * (staff_code, year) replaces it"): every column of the format takes the row's value, the format's
 * default when the file lacks the column. Only the fields that are not in the file format (override
 * reason, decision number and date) stay. A row with a final level is decided (an empty final level is
 * "not decided yet").
 *
 * An import replaces a decided row too, one decided in the GUI workflow included (the file is the
 * office's record of the decisions; the change is audited like any other), and the workflow status
 * follows the file's levels; the written form (evaluation_form) is never touched.
 */
Evaluation merged(const EvaluationImportRow &row, const std::optional<Evaluation> &stored)
{
    Evaluation out = row.record;
    out.status = statusOf(out);
    if (!stored)
        return out;
    out.id = stored->id;
    out.overrideReason = stored->overrideReason;
    out.decisionNo = stored->decisionNo;
    out.decisionDate = stored->decisionDate;
    return out;
}

} // namespace

ImportReport EvaluationService::importEvaluations(const std::vector<EvaluationImportRow> &rows,
                                                  std::vector<ImportIssue> parseIssues, const ImportOptions &options,
                                                  const ProgressCallback &progress)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::Import); !denied.ok())
        return ImportReport::refused(denied.error);
    ImportReport report;
    report.total = int(rows.size());
    ImportIssues issues(report, std::move(parseIssues));

    StaffRepository staffRepo(m_db.connection());
    EvaluationRepository repo(m_db.connection());
    QHash<QString, bool> staffKnown;
    QHash<QString, int> firstLine; // staff_code / year → line
    QHash<int, QString> closedYears; // year → the refusal ("" = open)
    std::vector<PendingRecord<Evaluation>> valid;
    const int steps = int(rows.size()) * 2;
    int done = 0;
    for (const EvaluationImportRow &row : rows) {
        const Evaluation &e = row.record;
        if (e.staffCode.isEmpty()) {
            issues.add(row.line, u"staff_code"_s, tr("the staff code is required"));
        } else {
            auto it = staffKnown.find(e.staffCode);
            if (it == staffKnown.end())
                it = staffKnown.insert(e.staffCode, staffRepo.find(e.staffCode).has_value());
            if (!*it)
                issues.add(row.line, u"staff_code"_s, tr("unknown staff code \"%1\"").arg(e.staffCode));
        }
        // A row of a closed year is refused like any invalid row (the year's records are locked).
        if (e.year > 0) {
            auto locked = closedYears.find(e.year);
            if (locked == closedYears.end())
                locked = closedYears.insert(e.year, YearLock::refusal(m_db.connection(), e.year));
            if (!locked->isEmpty())
                issues.add(row.line, u"year"_s, *locked);
        }
        const QString key = e.staffCode + u'/' + QString::number(e.year);
        if (!e.staffCode.isEmpty() && e.year > 0) {
            if (firstLine.contains(key))
                //: %1 staff code, %2 year, %3 line
                issues.add(row.line, u"year"_s, tr("the evaluation of %1 for %2 is already on line %3")
                                               .arg(e.staffCode)
                                               .arg(e.year)
                                               .arg(firstLine.value(key)));
            else
                firstLine.insert(key, row.line);
        }
        if (!issues.rejects(row.line)) {
            const std::optional<Evaluation> before = repo.find(e.staffCode, e.year);
            valid.push_back({merged(row, before), before});
        }
        if (progress && ++done % 500 == 0)
            progress(done, steps);
    }
    issues.finish();

    AuditWriter audit(m_db.connection(), m_clock, m_actor);
    writeImport(report, valid, options, progress, m_db.connection(),
                {tr("the transaction could not be started"), tr("the transaction could not be committed")},
                [&](const PendingRecord<Evaluation> &p, QString *error) {
                    Evaluation after = p.record;
                    after.id = repo.write(p.record, error);
                    if (after.id > 0)
                        audit.evaluationChanged(p.before ? u"update"_s : u"insert"_s, p.before, after, error);
                    else if (error->isEmpty())
                        *error = tr("the evaluation could not be written");
                });
    return report;
}
