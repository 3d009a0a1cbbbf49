// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "exchange/fileimport.h"
#include "exchange/staffexport.h"
#include "services/demoservice.h"
#include "services/importservice.h"
#include "services/registryservice.h"
#include "services/systemclock.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstdio>

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
    m_out << tr("%n people written to %1.", nullptr, int(staff.size())).arg(output) << u'\n';
    return ExitCode::Ok;
}
