// SPDX-License-Identifier: GPL-3.0-or-later
// archive export / verify / import: the closed-year archive and the commune → office exchange
// (CLI.md "archive"; docs/archive.md).
#include "cli.h"

#include "cliargs.h"
#include "domain/role.h"
#include "services/archiveservice.h"
#include "services/reviewservice.h"
#include "services/systemclock.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace CliArgs;

namespace {

/** "units 3, staff 12, …" (kinds with no record left out). */
QString countsText(const std::vector<std::pair<QString, int>> &counts)
{
    QStringList parts;
    for (const auto &[kind, n] : counts) {
        if (n > 0)
            parts << u"%1 %2"_s.arg(ArchiveKinds::label(kind)).arg(n);
    }
    return parts.isEmpty() ? Cli::tr("no records") : parts.join(u", "_s);
}

QString yearsText(const std::vector<int> &years)
{
    QStringList parts;
    for (int y : years)
        parts << QString::number(y);
    return parts.join(u", "_s);
}

} // namespace

int Cli::runArchive(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub.isEmpty() || sub == "--help"_L1 || sub == "-h"_L1 || args.contains(u"--help"_s)
        || args.contains(u"-h"_s)) {
        m_out << tr("Usage: congvu [--db FILE] archive export --year Y [--year Y2 ...] [--unit CODE] -o FILE\n"
                    "       congvu archive verify FILE\n"
                    "       congvu [--db FILE] archive import FILE [--dry-run]\n"
                    "A closed-year archive (.cvarchive) holds the records of years: units, staff, evaluations\n"
                    "(with forms and ND 335 period scores), discipline decisions, the review's decisions and\n"
                    "meetings, closed years and the settings that change results. It is self-contained and\n"
                    "carries a SHA-256 of its content: verify refuses any altered byte.\n"
                    "export: every unit, or --unit CODE and its sub-units (a commune sends its records to\n"
                    "the office); -o - writes to standard output. A year that is not closed is exported\n"
                    "with a warning.\n"
                    "import: adds what this database lacks and completes what it holds without\n"
                    "contradicting it; a record with a different value here is a conflict: reported, never\n"
                    "overwritten. The archive's closed years are closed here when nothing in them\n"
                    "conflicts. Importing the same archive again changes nothing. --dry-run writes nothing.\n"
                    "Exit codes: 0 done (also with conflicts), 2 file refused or invalid value (nothing\n"
                    "written), 3 database error, 64 usage error.\n");
        return sub.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }

    if (sub == "verify"_L1) {
        if (args.size() != 1)
            return usageError(tr("archive verify needs one FILE"));
        QByteArray bytes;
        QString error;
        if (!readInput(args.first(), &bytes, &error)) {
            m_err << u"congvu: "_s << tr("cannot read %1: %2").arg(args.first(), error) << u'\n';
            return ExitCode::InvalidInput;
        }
        const ArchiveInspection i = ArchiveService::inspect(bytes);
        if (!i.ok()) {
            m_err << u"congvu: "_s << tr("%1: refused: %2").arg(args.first(), i.error) << u'\n';
            return ExitCode::InvalidInput;
        }
        m_out << tr("%1: a CongVu archive, format %2").arg(args.first()).arg(i.format) << u'\n'
              << tr("checksum: OK (SHA-256 %1)").arg(i.sha256) << u'\n'
              << tr("years: %1 (closed: %2)")
                     .arg(yearsText(i.meta.years),
                          i.meta.closedYears.empty() ? tr("none") : yearsText(i.meta.closedYears))
              << u'\n'
              << tr("unit: %1").arg(i.meta.unitCode.isEmpty() ? tr("all units") : i.meta.unitCode) << u'\n'
              << tr("written by CongVu %1 on %2%3")
                     .arg(i.meta.programVersion, i.meta.createdAt.toString(Qt::ISODate),
                          i.meta.source.isEmpty() ? QString() : tr(" from %1").arg(i.meta.source))
              << u'\n'
              << tr("records: %1").arg(countsText(i.counts)) << u'\n';
        return ExitCode::Ok;
    }

    if (sub == "export"_L1) {
        QString error, unit, output;
        std::vector<int> years;
        for (;;) {
            QString yearText;
            if (!takeOption(args, u"--year"_s, &yearText, &error))
                return usageError(error);
            if (yearText.isNull())
                break;
            int year = 0;
            if (const auto refused = takeYear(yearText, tr("archive export needs --year Y"), 2000, &year))
                return *refused;
            years.push_back(year);
        }
        if (!takeOption(args, u"--unit"_s, &unit, &error) || !takeOption(args, u"-o"_s, &output, &error)
            || !takeOption(args, u"--output"_s, &output, &error))
            return usageError(error);
        if (const auto refused = refuseLeftovers(args))
            return *refused;
        if (years.empty())
            return usageError(tr("archive export needs --year Y"));
        if (output.isEmpty())
            return usageError(tr("archive export needs -o FILE (- for standard output)"));
        Database db(u"congvu-cli"_s);
        if (!openDatabase(db, o, m_err))
            return ExitCode::Database;
        if (const auto denied = requireAccess(db, Actions::ExportPersonal, unit))
            return *denied;
        SystemClock clock;
        ArchiveService service(db, clock);
        ReviewService review(db, clock);
        QString exportError;
        const QByteArray bytes = service.exportArchive(years, unit, &exportError);
        if (!exportError.isEmpty()) {
            m_err << u"congvu: "_s << exportError << u'\n';
            return ExitCode::InvalidInput;
        }
        for (int y : years) {
            if (!review.isClosed(y))
                m_err << u"congvu: "_s << tr("warning: year %1 is not closed: its records may still change").arg(y)
                      << u'\n';
        }
        m_err.flush();
        return writeOutput(output, bytes, tr("The archive"));
    }

    if (sub == "import"_L1) {
        const bool dryRun = takeFlag(args, u"--dry-run"_s);
        if (args.size() != 1 || args.first().startsWith(u"--"_s))
            return args.isEmpty() ? usageError(tr("archive import needs a FILE")) : *refuseLeftovers(args);
        const QString file = args.first();
        QByteArray bytes;
        QString error;
        if (!readInput(file, &bytes, &error)) {
            m_err << u"congvu: "_s << tr("cannot read %1: %2").arg(file, error) << u'\n';
            return ExitCode::InvalidInput;
        }
        // A refused file never opens the database.
        const ArchiveInspection inspection = ArchiveService::inspect(bytes);
        if (!inspection.ok()) {
            m_err << u"congvu: "_s << tr("%1: refused: %2").arg(file, inspection.error) << u'\n';
            return ExitCode::InvalidInput;
        }
        Database db(u"congvu-cli"_s);
        if (!openDatabase(db, o, m_err))
            return ExitCode::Database;
        if (const auto denied = requireAccess(db, Actions::Import))
            return *denied;
        SystemClock clock;
        ArchiveService service(db, clock);
        service.setActor(actorName());
        const ArchivePlan plan = service.plan(bytes);
        if (!plan.ok()) {
            m_err << u"congvu: "_s << plan.error << u'\n';
            return ExitCode::Database;
        }
        m_out << tr("%1: years %2, %3").arg(file, yearsText(plan.inspection.meta.years),
                                           plan.inspection.meta.unitCode.isEmpty()
                                               ? tr("all units")
                                               : tr("unit %1").arg(plan.inspection.meta.unitCode))
              << u'\n';
        for (const ArchiveKindPlan &k : plan.kinds) {
            const qsizetype total = k.added.size() + k.changed.size() + k.unchanged.size() + k.conflicts.size();
            if (total == 0)
                continue;
            m_out << tr("  %1: %2 added, %3 changed, %4 unchanged, %5 conflicts")
                         .arg(ArchiveKinds::label(k.kind))
                         .arg(k.added.size())
                         .arg(k.changed.size())
                         .arg(k.unchanged.size())
                         .arg(k.conflicts.size())
                  << u'\n';
        }
        for (const ArchiveConflict &c : plan.conflicts) {
            m_out << tr("conflict: %1 %2: %3: here \"%4\", in the archive \"%5\" (kept as here)")
                         .arg(ArchiveKinds::label(c.kind), c.key, c.field, c.here, c.archived)
                  << u'\n';
        }
        for (int y : plan.yearsToClose)
            m_out << tr("the year %1 is closed by the import").arg(y) << u'\n';
        for (int y : plan.yearsLeftOpen)
            m_out << tr("the year %1 stays open here: it has conflicts").arg(y) << u'\n';
        if (dryRun) {
            m_out << tr("Dry run: nothing written (%n record(s) would be written).", nullptr, plan.writeCount())
                  << u'\n';
            return ExitCode::Ok;
        }
        const ArchiveApplyResult result = service.apply(plan);
        if (!result.ok) {
            m_err << u"congvu: "_s << result.error << u'\n';
            return ExitCode::Database;
        }
        m_out << (result.written == 0 ? tr("Nothing to write: this database already holds the archive.")
                                      : tr("%n record(s) written.", nullptr, result.written))
              << u'\n';
        return ExitCode::Ok;
    }
    return usageError(tr("unknown archive command %1 (export, verify or import)").arg(sub));
}
