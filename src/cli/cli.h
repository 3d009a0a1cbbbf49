// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

class Database;
class UnitDirectory;

/** Exit codes of the command line (CLI.md "Exit codes"). */
namespace ExitCode {
constexpr int Ok = 0;
constexpr int InvalidInput = 2;
constexpr int Database = 3;
constexpr int Usage = 64;
/** The user's role does not allow it, or --as could not log in (sysexits' EX_NOPERM; docs/users-and-roles.md). */
constexpr int Forbidden = 77;
} // namespace ExitCode

struct SaveResult;

/** The options every invocation may carry, split off the command's own arguments. */
struct GlobalOptions
{
    QString dbPath;          ///< --db or CONGVU_DB; empty = default location
    QString lang;            ///< --lang vi|en; empty = default (vi)
    QString screenshotFile;  ///< --screenshot FILE
    QString page;            ///< --page NAME
    QString actingUser;      ///< --as USER: the user the command acts as (password in CONGVU_AS_PASSWORD)
    bool help = false;
    bool version = false;
    QStringList command;     ///< the command and its arguments
    QString usageError;      ///< non-empty when the global options are malformed
};

/**
 * The `congvu` command line (CLI.md): headless commands on the same services as the GUI,
 * with the documented exit codes and FILE:LINE: COLUMN: reason errors.
 */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    /** Splits argv (without argv[0]) into global options and the command. */
    [[nodiscard]] static GlobalOptions parseGlobal(const QStringList &args);
    /** True when these options ask for the command line rather than the GUI. */
    [[nodiscard]] static bool isCommandLine(const GlobalOptions &options);
    /**
     * True when the command draws with fonts (report ... --format pdf): main() then runs it under a
     * QGuiApplication (TOOLCHAIN.md pitfall 6) rather than a QCoreApplication.
     */
    [[nodiscard]] static bool needsGui(const GlobalOptions &options);
    /** The database path to use: --db, else CONGVU_DB, else the default in AppDataLocation. */
    [[nodiscard]] static QString databasePath(const GlobalOptions &options, bool *isDefault = nullptr);

    Cli(QTextStream &out, QTextStream &err);
    /** Runs the command; returns the exit code. */
    int run(const GlobalOptions &options);

    [[nodiscard]] static QString usage();

private:
    int runInit(const GlobalOptions &options, const QStringList &args);
    int runDemo(const GlobalOptions &options, const QStringList &args);
    int runImport(const GlobalOptions &options, const QStringList &args);
    int runExport(const GlobalOptions &options, const QStringList &args);
    int runReport(const GlobalOptions &options, const QStringList &args);
    int runReportQualification(const GlobalOptions &options, const QStringList &args);
    int runReportDiscipline(const GlobalOptions &options, const QStringList &args);   // disciplinecommands.cpp
    int runReportCulture(const GlobalOptions &options, const QStringList &args);      // culturecommands.cpp
    int runReportEvaluations(const GlobalOptions &options, const QStringList &args);  // evaluationcommands.cpp
    int runReportTraining(const GlobalOptions &options, const QStringList &args);     // trainingcommands.cpp
    int runEvaluationCap(const GlobalOptions &options, const QStringList &args);      // evaluationcapcommand.cpp
    int runReview(const GlobalOptions &options, const QStringList &args);             // reviewcommands.cpp
    int runArchive(const GlobalOptions &options, const QStringList &args);            // archivecommands.cpp
    int runExportEvaluations(const GlobalOptions &options, const QStringList &args);  // evaluationcommands.cpp
    int runAudit(const GlobalOptions &options, const QStringList &args);              // auditcommands.cpp
    int runUser(const GlobalOptions &options, const QStringList &args);               // usercommands.cpp
    int runMigrate(const GlobalOptions &options, const QStringList &args);            // migratecommand.cpp
    /** --as USER: checks USER's password (CONGVU_AS_PASSWORD) once; the exit code when it fails (usercommands.cpp). */
    std::optional<int> logIn(const GlobalOptions &options);
    /** Prints a service's refusal and returns its exit code: Forbidden when the role refused, else errorCode. */
    int refusal(const SaveResult &result, int errorCode);
    /** The Forbidden exit code, reported, when the session's user may not do action (Actions::…) on unit. */
    std::optional<int> requireAccess(const Database &db, const char *action, const QString &unit = {});
    /** An Excel workbook (format xlsx) refused on a terminal (standard output not redirected). */
    std::optional<int> refuseSpreadsheetOnTerminal(const QString &format, const QString &output);
    /** Writes bytes to FILE or standard output ("-"); exit code. */
    int writeOutput(const QString &output, const QByteArray &bytes, const QString &what);
    int usageError(const QString &message);

    // Shared by the yearly reports (reportoutput.cpp). Each returns the exit code when it refuses.
    /** The usage error for the first argument left after the options were taken, if any. */
    std::optional<int> refuseLeftovers(const QStringList &args);
    /** --year: needed (missing is the error), four digits within [minYear, 2100]. */
    std::optional<int> takeYear(const QString &yearText, const QString &missing, int minYear, int *year);
    /** Output "-" when not given; the format resolved by CliArgs::reportFormat and one of json|csv|pdf|table. */
    std::optional<int> resolveReportFormat(QString *format, QString *output);
    /** A PDF refused on a terminal (standard output that is not redirected). */
    std::optional<int> refusePdfOnTerminal(const QString &format, const QString &output);
    /** The options of a yearly report by unit (--year Y [--unit CODE] [--format F] [-o FILE]). */
    struct YearReportOptions
    {
        int year = 0;
        QString unit;
        QString format;
        QString output;
    };
    /** Takes those options from args and checks them all (leftovers, year from 2015, format, PDF on a terminal). */
    std::optional<int> takeYearReportOptions(QStringList args, const QString &missingYear, YearReportOptions *out);
    /** Warns on standard error when unit has neither itself nor a successor on 31/12 of year. */
    void warnUnitGone(const UnitDirectory &units, const QString &unit, int year);
    /**
     * Opens the database and reads the unit directory for a report of --unit ("" = all): nullopt when
     * both are fine, else the exit code already reported (3 the database, 64 an unknown unit).
     */
    std::optional<int> openForUnit(const GlobalOptions &options, Database &db, const QString &unit, UnitDirectory *units);
    /** Reports a storage error of a report ("cannot read DB: …") and returns the database exit code. */
    int readFailure(const Database &db, const QString &error);
    /** The renderings of a report; only the one asked for is made. pdf sets its error when it fails. */
    struct ReportRenderers
    {
        std::function<QByteArray()> json;
        std::function<QByteArray()> csv;
        std::function<QString()> table;
        std::function<QByteArray(QString *error)> pdf;
    };
    /** Writes the report in format to output ("<what> written to ..."); a PDF that fails is InvalidInput. */
    int writeReport(const QString &output, const QString &format, const QString &what, const ReportRenderers &render);

    QTextStream &m_out;
    QTextStream &m_err;
};
