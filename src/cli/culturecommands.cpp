// SPDX-License-Identifier: GPL-3.0-or-later
// report culture (docs/culture-csv.md): compliance with the public-service culture checklist.
#include "cli.h"

#include "cliargs.h"
#include "exchange/cultureexport.h"
#include "exchange/culturepdf.h"
#include "services/cultureservice.h"
#include "services/registryservice.h"
#include "services/systemclock.h"
#include "storage/database.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace CliArgs;

int Cli::runReportCulture(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        m_out << tr("Usage: congvu [--db FILE] report culture --year Y [--quarter 1-4] [--unit CODE]\n"
                    "                             [--format json|csv|pdf|table] [-o FILE]\n"
                    "Compliance with the public-service culture checklist (QĐ 1847/QĐ-TTg) in the year Y or\n"
                    "one of its quarters: per unit inspected, per person, by item, and the violations log.\n"
                    "Civil servants get the culture part of the ND 335 general-criteria points from 2026.\n"
                    "--format defaults to the extension of FILE, else a table on a terminal and json otherwise.\n");
        return ExitCode::Ok;
    }
    QString yearText, quarterText, unit, format, output, error;
    if (!takeOption(args, u"--year"_s, &yearText, &error) || !takeOption(args, u"--quarter"_s, &quarterText, &error)
        || !takeOption(args, u"--unit"_s, &unit, &error) || !takeOption(args, u"--format"_s, &format, &error)
        || !takeOption(args, u"-o"_s, &output, &error) || !takeOption(args, u"--output"_s, &output, &error))
        return usageError(error);
    for (const QString &a : args) {
        if (a.startsWith(u'-'))
            return usageError(tr("unknown option \"%1\"").arg(a));
        return usageError(tr("unexpected argument \"%1\"").arg(a));
    }
    static const QRegularExpression yearPattern(u"^\\d{4}$"_s);
    const int year = yearPattern.match(yearText).hasMatch() ? yearText.toInt() : 0;
    if (yearText.isEmpty())
        return usageError(tr("report culture needs --year Y"));
    if (year < 2000 || year > 2100)
        return usageError(tr("--year must be a year from 2000 to 2100, not \"%1\"").arg(yearText));
    int quarter = 0;
    if (!quarterText.isEmpty()) {
        static const QRegularExpression quarterPattern(u"^[1-4]$"_s);
        if (!quarterPattern.match(quarterText).hasMatch())
            return usageError(tr("--quarter must be 1, 2, 3 or 4, not \"%1\"").arg(quarterText));
        quarter = quarterText.toInt();
    }
    if (output.isEmpty())
        output = u"-"_s;
    format = reportFormat(format, output);
    if (format != "json"_L1 && format != "csv"_L1 && format != "pdf"_L1 && format != "table"_L1)
        return usageError(tr("unknown format \"%1\" (expected json, csv, pdf or table)").arg(format));
    if (format == "pdf"_L1 && output == "-"_L1 && stdoutIsTerminal())
        return usageError(tr("a PDF is not shown on a terminal: give -o FILE"));

    SystemClock clock;
    Database db(u"cli"_s);
    if (!openDatabase(db, o, m_err))
        return ExitCode::Database;
    const UnitDirectory units = RegistryService(db, clock).units();
    if (!unit.isEmpty() && !units.find(unit))
        return usageError(tr("unknown unit \"%1\"").arg(unit));

    const QDate from = quarter == 0 ? QDate(year, 1, 1) : QDate(year, 3 * (quarter - 1) + 1, 1);
    const QDate to = quarter == 0 ? QDate(year, 12, 31) : from.addMonths(3).addDays(-1);
    const CultureReport report = CultureService(db, clock).report(from, to, unit);
    if (!report.error.isEmpty()) {
        m_err << u"congvu: "_s << tr("cannot read %1: %2").arg(db.path(), report.error) << u'\n';
        return ExitCode::Database;
    }
    const QString what = tr("The culture report");
    if (format == "json"_L1)
        return writeOutput(output, CultureExport::toJson(report), what);
    if (format == "csv"_L1)
        return writeOutput(output, CultureExport::toCsv(report), what);
    if (format == "table"_L1)
        return writeOutput(output, CultureExport::toText(report).toUtf8(), what);
    CulturePdf::Options options;
    options.madeOn = clock.today();
    const QByteArray pdf = CulturePdf::render(report, units, options, &error);
    if (pdf.isEmpty()) {
        m_err << u"congvu: "_s << tr("cannot make the PDF: %1").arg(error) << u'\n';
        return ExitCode::InvalidInput;
    }
    return writeOutput(output, pdf, what);
}
