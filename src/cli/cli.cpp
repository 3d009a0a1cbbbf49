// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's front: global options, usage, dispatch and output. The commands themselves are
// in registrycommands.cpp (init, demo, import, export) and reportcommands.cpp (report).
#include "cli.h"

#include "cliargs.h"

#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace CliArgs;

GlobalOptions Cli::parseGlobal(const QStringList &input)
{
    GlobalOptions o;
    QStringList args = input;
    QString error;
    if (!takeOption(args, u"--db"_s, &o.dbPath, &error) || !takeOption(args, u"--lang"_s, &o.lang, &error)
        || !takeOption(args, u"--screenshot"_s, &o.screenshotFile, &error)
        || !takeOption(args, u"--page"_s, &o.page, &error) || !takeOption(args, u"--as"_s, &o.actingUser, &error)) {
        o.usageError = error;
        return o;
    }
    if (!o.lang.isEmpty() && o.lang != "vi"_L1 && o.lang != "en"_L1)
        o.usageError = tr("unknown language \"%1\" (expected vi or en)").arg(o.lang);
    o.version = takeFlag(args, u"--version"_s);
    // --help before a command is global help; after it, the command's.
    if (!args.isEmpty() && (args.first() == "--help"_L1 || args.first() == "-h"_L1)) {
        o.help = true;
        args.removeFirst();
    }
    o.command = args;
    return o;
}

bool Cli::needsGui(const GlobalOptions &o)
{
    if (o.command.value(0) != "report"_L1 && o.command.value(0) != "review"_L1)
        return false;
    const QStringList args = o.command.mid(1);
    QString output = peekOption(args, u"-o"_s);
    if (output.isEmpty())
        output = peekOption(args, u"--output"_s);
    return reportFormat(peekOption(args, u"--format"_s), output.isEmpty() ? u"-"_s : output) == "pdf"_L1;
}

bool Cli::isCommandLine(const GlobalOptions &o)
{
    return o.help || o.version || !o.command.isEmpty() || !o.usageError.isEmpty();
}

QString Cli::databasePath(const GlobalOptions &o, bool *isDefault)
{
    if (isDefault)
        *isDefault = false;
    if (!o.dbPath.isEmpty())
        return o.dbPath;
    const QString env = qEnvironmentVariable("CONGVU_DB");
    if (!env.isEmpty())
        return env;
    if (isDefault)
        *isDefault = true;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/congvu.sqlite"_s;
}

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString Cli::usage()
{
    return tr("Usage: congvu [--db FILE|URL] [--lang vi|en] [COMMAND ...]\n"
              "\n"
              "Without a command, opens the CongVu window on the database.\n"
              "\n"
              "Commands:\n"
              "  init                          create or upgrade the database\n"
              "  demo [--staff N] [--seed S]   fill an empty database with the demo office\n"
              "  import units FILE             import org units (CSV, XLSX)\n"
              "  import staff FILE             import staff (CSV, XLSX, JSON)\n"
              "  import evaluations FILE       import annual evaluations (CSV, XLSX)\n"
              "  import discipline FILE        import discipline decisions (CSV, XLSX)\n"
              "  import culture FILE           import public-service culture inspections (CSV, XLSX)\n"
              "  import training FILE          import training plans and enrolments (CSV, XLSX)\n"
              "        [--dry-run] [--skip-invalid]\n"
              "  export staff [--format csv|json|xlsx] [-o FILE]\n"
              "  export evaluations --year Y [--unit CODE] [--format csv|xlsx] [-o FILE]\n"
              "                                what import reads back unchanged; xlsx: an Excel workbook\n"
              "  report qualification [--as-of DATE] [--projected] [--unit CODE] [--format json|csv|pdf|table] [-o FILE]\n"
              "                                commune-level qualification rate; --projected counts the planned\n"
              "                                training ending by DATE as completed\n"
              "  report evaluations --year Y [--unit CODE | --staff CODE] [--format json|csv|pdf|table] [-o FILE]\n"
              "                                levels per unit and task group, the cap and per-person flags;\n"
              "                                with --staff, the person's evaluation form (PDF)\n"
              "  evaluation-cap --year Y [--rate R | --unit CODE --exception DECISION_NO [--reason TEXT]\n"
              "                 | --unit CODE --remove-exception] [--format json|table]\n"
              "                                show or set the year's cap on excellent (default 0.2) and the\n"
              "                                units' 25% exceptions\n"
              "  report discipline --year Y [--unit CODE] [--format json|csv|pdf|table] [-o FILE]\n"
              "                                decisions, bars and the per-unit target of the year\n"
              "  report culture --year Y [--quarter Q] [--unit CODE] [--format json|csv|pdf|table] [-o FILE]\n"
              "                                public-service culture compliance\n"
              "  report training --year Y [--unit CODE] [--format json|csv|pdf|table] [-o FILE]\n"
              "                                the year's training plans, enrolments and budget per unit\n"
              "  review --year Y [--unit CODE] [--format json|pdf|table] [-o FILE]\n"
              "                                emulation-title eligibility with reasons; also review close,\n"
              "                                review reopen and review decide (congvu review --help)\n"
              "  archive export --year Y [--year Y2 ...] [--unit CODE] -o FILE\n"
              "  archive verify FILE\n"
              "  archive import FILE [--dry-run]\n"
              "                                closed-year archives (.cvarchive): export, check, import with\n"
              "                                conflicts reported (congvu archive --help)\n"
              "  audit [--staff CODE] [--unit CODE] [--user NAME] [--from DATE] [--to DATE]\n"
              "        [--format csv|json|table] [-o FILE]\n"
              "                                the audit trail: who changed what and when, before and after\n"
              "                                (read only; congvu audit --help)\n"
              "  user add|passwd|role|deactivate|list|roles ...\n"
              "                                users and roles of a shared office; passwords from standard\n"
              "                                input or CONGVU_PASSWORD (congvu user --help)\n"
              "  migrate --to URL              copy this office into an empty PostgreSQL database (verified)\n"
              "\n"
              "Options:\n"
              "  --db FILE|URL        the database (default: congvu.sqlite in the application data folder;\n"
              "                       also the CONGVU_DB environment variable); a shared office's server:\n"
              "                       postgresql://user@host:port/dbname (password from PGPASSWORD or\n"
              "                       ~/.pgpass, never in the URL)\n"
              "  --lang vi|en         language of messages (default: vi)\n"
              "  --screenshot FILE    open the window, save it as PNG to FILE and exit\n"
              "  --page NAME          with --screenshot: dashboard, staff, units, evaluations,\n"
              "                       discipline, culture, training, review, import, settings,\n"
              "                       audit\n"
              "  --help, --version\n"
              "\n"
              "FILE may be - for standard input or output.\n"
              "Exit codes: 0 done, 2 invalid input (nothing written), 3 database error, 64 usage error.\n");
}

int Cli::usageError(const QString &message)
{
    m_err << u"congvu: "_s << message << u'\n' << tr("Try 'congvu --help'.") << u'\n';
    m_err.flush();
    return ExitCode::Usage;
}

int Cli::run(const GlobalOptions &o)
{
    if (!o.usageError.isEmpty())
        return usageError(o.usageError);
    if (o.version) {
        m_out << u"congvu "_s << QStringLiteral(CONGVU_VERSION) << u'\n';
        return ExitCode::Ok;
    }
    if (o.help || o.command.isEmpty()) {
        m_out << usage();
        return ExitCode::Ok;
    }
    const QString command = o.command.first();
    const QStringList args = o.command.mid(1);
    if (!o.actingUser.isEmpty()) {
        if (const auto refused = logIn(o))
            return *refused;
    }
    if (command == "init"_L1)
        return runInit(o, args);
    if (command == "demo"_L1)
        return runDemo(o, args);
    if (command == "import"_L1)
        return runImport(o, args);
    if (command == "export"_L1)
        return runExport(o, args);
    if (command == "report"_L1)
        return runReport(o, args);
    if (command == "evaluation-cap"_L1)
        return runEvaluationCap(o, args);
    if (command == "review"_L1)
        return runReview(o, args);
    if (command == "archive"_L1)
        return runArchive(o, args);
    if (command == "audit"_L1)
        return runAudit(o, args);
    if (command == "user"_L1)
        return runUser(o, args);
    if (command == "migrate"_L1)
        return runMigrate(o, args);
    if (command == "help"_L1) {
        m_out << usage();
        return ExitCode::Ok;
    }
    return usageError(tr("unknown command \"%1\"").arg(command));}

int Cli::writeOutput(const QString &output, const QByteArray &bytes, const QString &what)
{
    if (output == "-"_L1) {
        m_out.flush();
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        fflush(stdout);
        return ExitCode::Ok;
    }
    QSaveFile f(output);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        m_err << u"congvu: "_s << tr("cannot write %1: %2").arg(output, f.errorString()) << u'\n';
        return ExitCode::InvalidInput;
    }
    // Personal data: readable by the owner only.
    QFile::setPermissions(output, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_out << tr("%1 written to %2.").arg(what, output) << u'\n';
    return ExitCode::Ok;
}
