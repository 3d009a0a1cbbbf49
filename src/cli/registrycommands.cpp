// SPDX-License-Identifier: GPL-3.0-or-later
// The registry commands of the command line: init, demo, import, export (CLI.md).
#include "cli.h"

#include "cliargs.h"
#include "domain/role.h"
#include "exchange/fileimport.h"
#include "exchange/staffexport.h"
#include "services/demoservice.h"
#include "services/cultureservice.h"
#include "services/disciplineservice.h"
#include "services/evaluationservice.h"
#include "services/importservice.h"
#include "services/registryservice.h"
#include "services/trainingservice.h"
#include "services/systemclock.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace CliArgs;

int Cli::runInit(const GlobalOptions &o, const QStringList &args)
{
    if (args.contains(u"--help"_s)) {
        m_out << tr("Usage: congvu [--db FILE] init\nCreates the database, or upgrades it to this program's schema.\n");
        return ExitCode::Ok;
    }
    if (!args.isEmpty())
        return usageError(tr("init takes no arguments"));
    Database db(u"cli"_s);
    if (!openDatabase(db, o, m_err))
        return ExitCode::Database;
    m_out << tr("Database %1 is at schema version %2.").arg(db.path()).arg(db.schemaVersion()) << u'\n';
    return ExitCode::Ok;
}

int Cli::runDemo(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    if (args.contains(u"--help"_s)) {
        m_out << tr("Usage: congvu [--db FILE] demo [--staff N] [--seed S]\n"
                    "Fills an empty database with the demo office of thị xã Phước Long (same seed, same data).\n");
        return ExitCode::Ok;
    }
    QString staffText = u"400"_s, seedText = u"1"_s, error;
    if (!takeOption(args, u"--staff"_s, &staffText, &error) || !takeOption(args, u"--seed"_s, &seedText, &error))
        return usageError(error);
    if (!args.isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(args.first()));
    bool okStaff = false, okSeed = false;
    const int staff = staffText.toInt(&okStaff);
    const uint seed = seedText.toUInt(&okSeed);
    if (!okStaff || staff < 1 || staff > 2000000)
        return usageError(tr("--staff must be a number from 1 to 2000000"));
    if (!okSeed)
        return usageError(tr("--seed must be a non-negative number"));
    Database db(u"cli"_s);
    if (!openDatabase(db, o, m_err))
        return ExitCode::Database;
    if (const auto denied = requireAccess(db, Actions::Import))
        return *denied;
    SystemClock clock;
    DemoService demo(db, clock);
    demo.setActor(actorName());
    if (!demo.isEmpty()) {
        m_err << u"congvu: "_s << tr("the database %1 is not empty: demo data goes only into an empty database")
                                     .arg(db.path()) << u'\n';
        return ExitCode::InvalidInput;
    }
    if (!demo.fill(staff, seed, &error)) {
        m_err << u"congvu: "_s << error << u'\n';
        return ExitCode::Database;
    }
    m_out << tr("Demo office written to %1: %n people.", nullptr, staff).arg(db.path()) << u'\n';
    return ExitCode::Ok;
}

int Cli::runImport(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    if (args.isEmpty())
        return usageError(tr("import needs what to import (units or staff) and a FILE"));
    if (args.contains(u"--help"_s)) {
        m_out << tr("Usage: congvu [--db FILE] import units|staff|evaluations|discipline|culture|training FILE [--dry-run] [--skip-invalid]\n"
                    "Imports a CSV or XLSX file (staff also JSON from export staff). Nothing is written when a row\n"
                    "is invalid, unless --skip-invalid is given; every problem is printed as\n"
                    "FILE:LINE: COLUMN: reason.\n");
        return ExitCode::Ok;
    }
    ImportOptions options;
    options.dryRun = takeFlag(args, u"--dry-run"_s);
    options.skipInvalid = takeFlag(args, u"--skip-invalid"_s);
    for (const QString &a : args) {
        if (a.startsWith(u"--"_s))
            return usageError(tr("unknown option \"%1\"").arg(a));
    }
    const QString kind = args.value(0);
    const QStringList kinds{u"units"_s, u"staff"_s, u"evaluations"_s, u"discipline"_s, u"culture"_s, u"training"_s};
    if (!kinds.contains(kind))
        return usageError(
            tr("unknown import \"%1\" (expected units, staff, evaluations, discipline, culture or training)").arg(kind));
    if (args.size() != 2)
        return usageError(tr("import %1 needs exactly one FILE").arg(kind));
    const QString file = args.at(1);
    const QString shownName = file == "-"_L1 ? u"-"_s : file;

    QByteArray bytes;
    QString error;
    if (!readInput(file, &bytes, &error)) {
        m_err << shownName << u":1: -: "_s << tr("cannot read the file: %1").arg(error) << u'\n';
        return ExitCode::InvalidInput;
    }
    Database db(u"cli"_s);
    if (!openDatabase(db, o, m_err))
        return ExitCode::Database;
    SystemClock clock;
    ImportReport report;
    if (kind == "evaluations"_L1) {
        EvaluationService service(db, clock);
        service.setActor(actorName());
        report = FileImport::runEvaluations(service, bytes, options);
    } else if (kind == "discipline"_L1) {
        DisciplineService service(db, clock);
        service.setActor(actorName());
        report = FileImport::runDiscipline(service, bytes, options);
    } else if (kind == "culture"_L1) {
        CultureService service(db, clock);
        service.setActor(actorName());
        report = FileImport::runCulture(service, bytes, options);
    } else if (kind == "training"_L1) {
        TrainingService service(db, clock);
        service.setActor(actorName());
        report = FileImport::runTraining(service, bytes, options);
    } else {
        ImportService service(db, clock);
        service.setActor(actorName());
        report = FileImport::run(service, kind == "units"_L1 ? FileImport::Kind::Units : FileImport::Kind::Staff,
                                 bytes, options);
    }
    if (!report.deniedReason.isEmpty()) {
        SaveResult denied;
        denied.error = report.deniedReason;
        denied.denied = true;
        return refusal(denied, ExitCode::InvalidInput);
    }
    for (const auto &issue : report.issues)
        m_err << shownName << u':' << issue.line << u": "_s << issue.column << u": "_s << issue.message << u'\n';
    m_err.flush();
    if (!report.storageError.isEmpty()) {
        m_err << u"congvu: "_s << tr("cannot write %1: %2 (nothing was written)").arg(db.path(), report.storageError)
              << u'\n';
        return ExitCode::Database;
    }
    if (report.fileRefused) {
        m_out << tr("The file was refused: nothing was written.") << u'\n';
    } else if (options.dryRun) {
        m_out << tr("Checked %1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected. Nothing was written (--dry-run).")
                     .arg(report.total).arg(report.inserted).arg(report.updated).arg(report.unchanged).arg(report.rejected)
              << u'\n';
    } else if (report.written) {
        m_out << tr("Imported %1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected.")
                     .arg(report.total).arg(report.inserted).arg(report.updated).arg(report.unchanged).arg(report.rejected)
              << u'\n';
    } else {
        // stdout: standard error holds only FILE:LINE: COLUMN: reason lines.
        m_out << (report.rejected > 0 && !report.fileRefused
                      ? tr("%n row(s) rejected: nothing was written.", nullptr, report.rejected)
                      : tr("The file was refused: nothing was written."))
              << u'\n';
    }
    return report.hasIssues() ? ExitCode::InvalidInput : ExitCode::Ok;
}

int Cli::runExport(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    if (args.isEmpty())
        return usageError(tr("export needs what to export (staff or evaluations)"));
    if (args.first() == "evaluations"_L1)
        return runExportEvaluations(o, args.mid(1)); // evaluationcommands.cpp
    if (args.contains(u"--help"_s)) {
        m_out << tr("Usage: congvu [--db FILE] export staff [--format csv|json|xlsx] [-o FILE]\n"
                    "       congvu [--db FILE] export evaluations --year Y [--unit CODE] [--format csv|xlsx] [-o FILE]\n"
                    "Writes every person (or the evaluations of a year) in the format import reads back unchanged.\n"
                    "xlsx is an Excel workbook with the CSV's columns on its first sheet; it needs -o FILE on a\n"
                    "terminal. --format defaults to xlsx for a FILE ending in .xlsx, else csv.\n");
        return ExitCode::Ok;
    }
    QString format, output = u"-"_s, error;
    if (!takeOption(args, u"--format"_s, &format, &error) || !takeOption(args, u"-o"_s, &output, &error)
        || !takeOption(args, u"--output"_s, &output, &error))
        return usageError(error);
    if (args != QStringList{u"staff"_s})
        return usageError(tr("unknown export \"%1\" (expected staff or evaluations)").arg(args.join(u' ')));
    if (format.isEmpty())
        format = output.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? u"xlsx"_s : u"csv"_s;
    if (format != "csv"_L1 && format != "json"_L1 && format != "xlsx"_L1)
        return usageError(tr("unknown format \"%1\" (expected csv, json or xlsx)").arg(format));
    if (const auto refused = refuseSpreadsheetOnTerminal(format, output))
        return *refused;
    Database db(u"cli"_s);
    if (!openDatabase(db, o, m_err))
        return ExitCode::Database;
    SystemClock clock;
    if (const SaveResult allowed = RegistryService(db, clock).mayExport(); !allowed.ok())
        return refusal(allowed, ExitCode::Forbidden);
    const std::vector<StaffMember> staff = RegistryService(db, clock).allStaff();
    QByteArray bytes;
    if (format == "xlsx"_L1) {
        bytes = StaffExport::toXlsx(staff, &error);
        if (bytes.isEmpty()) {
            m_err << u"congvu: "_s << error << u'\n';
            return ExitCode::InvalidInput;
        }
    } else {
        bytes = format == "json"_L1 ? StaffExport::toJson(staff) : StaffExport::toCsv(staff);
    }
    return writeOutput(output, bytes, tr("%n people", nullptr, int(staff.size())));
}

std::optional<int> Cli::refuseSpreadsheetOnTerminal(const QString &format, const QString &output)
{
    if (format == "xlsx"_L1 && output == "-"_L1 && stdoutIsTerminal())
        return usageError(tr("an Excel workbook is not shown on a terminal: give -o FILE"));
    return std::nullopt;
}
