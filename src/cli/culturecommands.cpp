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
    if (const auto refused = refuseLeftovers(args))
        return *refused;
    int year = 0;
    if (const auto refused = takeYear(yearText, tr("report culture needs --year Y"), 2000, &year))
        return *refused;
    int quarter = 0;
    if (!quarterText.isEmpty()) {
        static const QRegularExpression quarterPattern(u"^[1-4]$"_s);
        if (!quarterPattern.match(quarterText).hasMatch())
            return usageError(tr("--quarter must be 1, 2, 3 or 4, not \"%1\"").arg(quarterText));
        quarter = quarterText.toInt();
    }
    if (const auto refused = resolveReportFormat(&format, &output))
        return *refused;
    if (const auto refused = refusePdfOnTerminal(format, output))
        return *refused;

    SystemClock clock;
    Database db(u"cli"_s);
    UnitDirectory units;
    if (const auto refused = openForUnit(o, db, unit, &units))
        return *refused;

    const QDate from = quarter == 0 ? QDate(year, 1, 1) : QDate(year, 3 * (quarter - 1) + 1, 1);
    const QDate to = quarter == 0 ? QDate(year, 12, 31) : from.addMonths(3).addDays(-1);
    const CultureReport report = CultureService(db, clock).report(from, to, unit);
    if (!report.error.isEmpty())
        return readFailure(db, report.error);
    return writeReport(output, format, tr("The culture report"),
                       {[&] { return CultureExport::toJson(report); }, [&] { return CultureExport::toCsv(report); },
                        [&] { return CultureExport::toText(report); },
                        [&](QString *pdfError) {
                            CulturePdf::Options options;
                            options.madeOn = clock.today();
                            return CulturePdf::render(report, units, options, pdfError);
                        }});
}
