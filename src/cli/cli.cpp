// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "exchange/fileimport.h"
#include "exchange/qualificationexport.h"
#include "exchange/qualificationpdf.h"
#include "exchange/staffexport.h"
#include "services/demoservice.h"
#include "services/importservice.h"
#include "services/qualificationservice.h"
#include "services/registryservice.h"
#include "services/systemclock.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define CONGVU_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define CONGVU_ISATTY(fd) isatty(fd)
#endif

using namespace Qt::StringLiterals;

namespace {

QString actorName()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    const QString user = env.value(u"USER"_s, env.value(u"USERNAME"_s, u"unknown"_s));
    return u"cli:"_s + user;
}

/** Reads FILE or standard input ("-"). */
bool readInput(const QString &file, QByteArray *bytes, QString *error)
{
    QFile f;
    bool opened = false;
    if (file == "-"_L1)
        opened = f.open(stdin, QIODevice::ReadOnly);
    else {
        f.setFileName(file);
        opened = f.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = f.errorString();
        return false;
    }
    *bytes = f.readAll();
    return true;
}

/** Takes "--name VALUE" or "--name=VALUE" out of args. */
bool takeOption(QStringList &args, const QString &name, QString *value, QString *error)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == name) {
            if (i + 1 >= args.size()) {
                *error = Cli::tr("the option %1 needs a value").arg(name);
                return false;
            }
            *value = args[i + 1];
            args.remove(i, 2);
            return true;
        }
        if (args[i].startsWith(name + u'=')) {
            *value = args[i].mid(name.size() + 1);
            args.remove(i);
            return true;
        }
    }
    return true;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

/** The value of "--name VALUE" or "--name=VALUE" in args, without taking it out ("" when absent). */
QString peekOption(const QStringList &args, const QString &name)
{
    QStringList copy = args;
    QString value, error;
    takeOption(copy, name, &value, &error);
    return value;
}

bool stdoutIsTerminal()
{
    return CONGVU_ISATTY(fileno(stdout)) != 0;
}

/**
 * The format of a report: --format when given; else the extension of -o FILE (.json, .csv, .pdf);
 * else a readable table on a terminal and JSON when standard output is a pipe or a file (CLI.md).
 */
QString reportFormat(const QString &format, const QString &output)
{
    if (!format.isEmpty())
        return format;
    if (output != "-"_L1) {
        const QString suffix = QFileInfo(output).suffix().toLower();
        if (suffix == "json"_L1 || suffix == "csv"_L1 || suffix == "pdf"_L1)
            return suffix;
        return u"json"_s;
    }
    return stdoutIsTerminal() ? u"table"_s : u"json"_s;
}

} // namespace

GlobalOptions Cli::parseGlobal(const QStringList &input)
{
    GlobalOptions o;
    QStringList args = input;
    QString error;
    if (!takeOption(args, u"--db"_s, &o.dbPath, &error) || !takeOption(args, u"--lang"_s, &o.lang, &error)
        || !takeOption(args, u"--screenshot"_s, &o.screenshotFile, &error)
        || !takeOption(args, u"--page"_s, &o.page, &error)) {
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
    if (o.command.value(0) != "report"_L1)
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
    return tr("Usage: congvu [--db FILE] [--lang vi|en] [COMMAND ...]\n"
              "\n"
              "Without a command, opens the CongVu window on the database.\n"
              "\n"
              "Commands:\n"
              "  init                          create or upgrade the database\n"
              "  demo [--staff N] [--seed S]   fill an empty database with the demo office\n"
              "  import units FILE             import org units (CSV, XLSX)\n"
              "  import staff FILE             import staff (CSV, XLSX, JSON)\n"
              "        [--dry-run] [--skip-invalid]\n"
              "  export staff [--format csv|json] [-o FILE]\n"
              "  report qualification [--as-of DATE] [--unit CODE] [--format json|csv|pdf|table] [-o FILE]\n"
              "                                commune-level qualification rate\n"
              "\n"
              "Options:\n"
              "  --db FILE            the database (default: congvu.sqlite in the application data folder;\n"
              "                       also the CONGVU_DB environment variable)\n"
              "  --lang vi|en         language of messages (default: vi)\n"
              "  --screenshot FILE    open the window, save it as PNG to FILE and exit\n"
              "  --page NAME          with --screenshot: dashboard, staff, units, import, settings\n"
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
    if (command == "help"_L1) {
        m_out << usage();
        return ExitCode::Ok;
    }
    return usageError(tr("unknown command \"%1\"").arg(command));
}

namespace {

/** Opens the database for a command; prints the error and returns false on failure. */
bool openDatabase(Database &db, const GlobalOptions &o, QTextStream &err)
{
    const QString path = Cli::databasePath(o);
    if (db.open(path) != Database::Status::Ok) {
        err << u"congvu: "_s << db.errorString() << u'\n';
        err.flush();
        return false;
    }
    return true;
}

} // namespace

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
        m_out << tr("Usage: congvu [--db FILE] import units|staff FILE [--dry-run] [--skip-invalid]\n"
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
    if (kind != "units"_L1 && kind != "staff"_L1) {
        if (kind == "evaluations"_L1 || kind == "discipline"_L1 || kind == "culture"_L1 || kind == "training"_L1)
            return usageError(tr("import %1 is not available in this version").arg(kind));
        return usageError(tr("unknown import \"%1\" (expected units or staff)").arg(kind));
    }
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
    ImportService service(db, clock);
    service.setActor(actorName());
    const ImportReport report = FileImport::run(
        service, kind == "units"_L1 ? FileImport::Kind::Units : FileImport::Kind::Staff, bytes, options);
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
        return usageError(tr("export needs what to export (staff)"));
    if (args.contains(u"--help"_s)) {
        m_out << tr("Usage: congvu [--db FILE] export staff [--format csv|json] [-o FILE]\n"
                    "Writes every person in the format import staff reads back unchanged.\n");
        return ExitCode::Ok;
    }
    QString format = u"csv"_s, output = u"-"_s, error;
    if (!takeOption(args, u"--format"_s, &format, &error) || !takeOption(args, u"-o"_s, &output, &error)
        || !takeOption(args, u"--output"_s, &output, &error))
        return usageError(error);
    if (args != QStringList{u"staff"_s})
        return usageError(tr("unknown export \"%1\" (expected staff)").arg(args.join(u' ')));
    if (format != "csv"_L1 && format != "json"_L1)
        return usageError(tr("unknown format \"%1\" (expected csv or json)").arg(format));
    Database db(u"cli"_s);
    if (!openDatabase(db, o, m_err))
        return ExitCode::Database;
    SystemClock clock;
    const std::vector<StaffMember> staff = RegistryService(db, clock).allStaff();
    const QByteArray bytes = format == "json"_L1 ? StaffExport::toJson(staff) : StaffExport::toCsv(staff);
    return writeOutput(output, bytes, tr("%n people", nullptr, int(staff.size())));
}

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

int Cli::runReport(const GlobalOptions &o, const QStringList &args)
{
    const QString kind = args.value(0);
    if (kind.isEmpty())
        return usageError(tr("report needs what to report (qualification)"));
    if (kind == "--help"_L1 || kind == "-h"_L1)
        return runReportQualification(o, {u"--help"_s});
    if (kind == "qualification"_L1)
        return runReportQualification(o, args.mid(1));
    if (kind == "evaluations"_L1 || kind == "discipline"_L1 || kind == "culture"_L1 || kind == "training"_L1)
        return usageError(tr("report %1 is not available in this version").arg(kind));
    return usageError(tr("unknown report \"%1\" (expected qualification)").arg(kind));
}

int Cli::runReportQualification(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        m_out << tr("Usage: congvu [--db FILE] report qualification [--as-of DATE] [--unit CODE]\n"
                    "                             [--format json|csv|pdf|table] [-o FILE]\n"
                    "The rate of commune-level cadres and civil servants (cb_xa, cc_xa) meeting the standards\n"
                    "of their title on DATE (YYYY-MM-DD, default today), for every commune-level unit or for\n"
                    "the units under CODE. People of merged units count in their successor.\n"
                    "--format defaults to the extension of FILE, else a table on a terminal and json otherwise.\n");
        return ExitCode::Ok;
    }
    QString asOfText, unit, format, output, error;
    const bool asOfGiven = std::any_of(args.cbegin(), args.cend(), [](const QString &a) {
        return a == "--as-of"_L1 || a.startsWith(u"--as-of="_s);
    });
    if (!takeOption(args, u"--as-of"_s, &asOfText, &error) || !takeOption(args, u"--unit"_s, &unit, &error)
        || !takeOption(args, u"--format"_s, &format, &error) || !takeOption(args, u"-o"_s, &output, &error)
        || !takeOption(args, u"--output"_s, &output, &error))
        return usageError(error);
    for (const QString &a : args) {
        if (a.startsWith(u'-'))
            return usageError(tr("unknown option \"%1\"").arg(a));
        return usageError(tr("unexpected argument \"%1\"").arg(a));
    }
    if (output.isEmpty())
        output = u"-"_s;
    format = reportFormat(format, output);
    if (format != "json"_L1 && format != "csv"_L1 && format != "pdf"_L1 && format != "table"_L1)
        return usageError(tr("unknown format \"%1\" (expected json, csv, pdf or table)").arg(format));
    if (format == "pdf"_L1 && output == "-"_L1 && stdoutIsTerminal())
        return usageError(tr("a PDF is not shown on a terminal: give -o FILE"));

    SystemClock clock;
    QDate asOf = clock.today();
    if (asOfGiven) {
        static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        asOf = iso.match(asOfText).hasMatch() ? QDate::fromString(asOfText, Qt::ISODate) : QDate();
        if (!asOf.isValid())
            return usageError(tr("--as-of must be a date YYYY-MM-DD, not \"%1\"").arg(asOfText));
    }

    Database db(u"cli"_s);
    if (!openDatabase(db, o, m_err))
        return ExitCode::Database;
    const UnitDirectory units = RegistryService(db, clock).units();
    if (!unit.isEmpty() && !units.find(unit))
        return usageError(tr("unknown unit \"%1\"").arg(unit));

    const QualificationReport report = QualificationService(db, clock).report(asOf, unit);
    if (!report.error.isEmpty()) {
        m_err << u"congvu: "_s << tr("cannot read %1: %2").arg(db.path(), report.error) << u'\n';
        return ExitCode::Database;
    }
    if (!unit.isEmpty() && report.unitResolved.isEmpty())
        m_err << u"congvu: "_s
              << tr("the unit %1 does not exist on %2 and has no successor then: no unit is in the report")
                     .arg(unit, asOf.toString(Qt::ISODate))
              << u'\n';

    const QString what = tr("The qualification report");
    if (format == "json"_L1)
        return writeOutput(output, QualificationExport::toJson(report), what);
    if (format == "csv"_L1)
        return writeOutput(output, QualificationExport::toCsv(report), what);
    if (format == "table"_L1)
        return writeOutput(output, QualificationExport::toText(report).toUtf8(), what);
    QualificationPdf::Options options;
    options.madeOn = clock.today();
    const QByteArray pdf = QualificationPdf::render(report, units, options, &error);
    if (pdf.isEmpty()) {
        m_err << u"congvu: "_s << tr("cannot make the PDF: %1").arg(error) << u'\n';
        return ExitCode::InvalidInput;
    }
    return writeOutput(output, pdf, what);
}
