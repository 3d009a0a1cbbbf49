// SPDX-License-Identifier: GPL-3.0-or-later
// report evaluations (RECORDS-CSV.md "report evaluations"; docs/reports.md).
#include "cli.h"

#include "cliargs.h"
#include "exchange/evaluationexport.h"
#include "services/evaluationservice.h"
#include "services/registryservice.h"
#include "services/systemclock.h"
#include "storage/database.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace CliArgs;

int Cli::runReportEvaluations(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        m_out << tr("Usage: congvu [--db FILE] report evaluations --year Y [--unit CODE]\n"
                    "                             [--format json|csv|table] [-o FILE]\n"
                    "The evaluation levels of the year Y (2015-2100) per unit and task group, with the cap on\n"
                    "\"excellent\" (20% of \"good\", 25% for a unit with a recorded exception), and per person\n"
                    "whether they are rated, the highest level the rules allow, the level of the score and the\n"
                    "flags (short_service, absence_cap, disciplined, above_max_level, score_mismatch,\n"
                    "second_consecutive_khong_hoan_thanh). People of merged units count in their successor on\n"
                    "31/12 of Y.\n"
                    "--format defaults to the extension of FILE, else a table on a terminal and json otherwise.\n");
        return ExitCode::Ok;
    }
    QString yearText, unit, format, output, error;
    if (!takeOption(args, u"--year"_s, &yearText, &error) || !takeOption(args, u"--unit"_s, &unit, &error)
        || !takeOption(args, u"--format"_s, &format, &error) || !takeOption(args, u"-o"_s, &output, &error)
        || !takeOption(args, u"--output"_s, &output, &error))
        return usageError(error);
    for (const QString &a : args) {
        if (a.startsWith(u'-'))
            return usageError(tr("unknown option \"%1\"").arg(a));
        return usageError(tr("unexpected argument \"%1\"").arg(a));
    }
    if (yearText.isEmpty())
        return usageError(tr("report evaluations needs --year Y"));
    static const QRegularExpression yearPattern(u"^\\d{4}$"_s);
    const int year = yearPattern.match(yearText).hasMatch() ? yearText.toInt() : 0;
    if (year < 2015 || year > 2100)
        return usageError(tr("--year must be a year from 2015 to 2100, not \"%1\"").arg(yearText));
    if (output.isEmpty())
        output = u"-"_s;
    format = reportFormat(format, output);
    if (format == "pdf"_L1)
        return usageError(tr("report evaluations has no PDF yet (expected json, csv or table)"));
    if (format != "json"_L1 && format != "csv"_L1 && format != "table"_L1)
        return usageError(tr("unknown format \"%1\" (expected json, csv or table)").arg(format));

    SystemClock clock;
    Database db(u"cli"_s);
    if (!openDatabase(db, o, m_err))
        return ExitCode::Database;
    const UnitDirectory units = RegistryService(db, clock).units();
    if (!unit.isEmpty() && !units.find(unit))
        return usageError(tr("unknown unit \"%1\"").arg(unit));

    const EvaluationReport report = EvaluationService(db, clock).report(year, unit);
    if (!report.error.isEmpty()) {
        m_err << u"congvu: "_s << tr("cannot read %1: %2").arg(db.path(), report.error) << u'\n';
        return ExitCode::Database;
    }
    if (!unit.isEmpty() && units.resolveOn(unit, QDate(year, 12, 31)).isEmpty())
        m_err << u"congvu: "_s
              << tr("the unit %1 does not exist on %2 and has no successor then: no unit is in the report")
                     .arg(unit, QDate(year, 12, 31).toString(Qt::ISODate))
              << u'\n';

    const QString what = tr("The evaluations report");
    if (format == "json"_L1)
        return writeOutput(output, EvaluationExport::toJson(report), what);
    if (format == "csv"_L1)
        return writeOutput(output, EvaluationExport::toCsv(report), what);
    return writeOutput(output, EvaluationExport::toText(report).toUtf8(), what);
}
