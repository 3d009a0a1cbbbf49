// SPDX-License-Identifier: GPL-3.0-or-later
// report training (docs/reports.md "report training"): the plans, enrolments and budget of a year.
#include "cli.h"

#include "cliargs.h"
#include "exchange/trainingexport.h"
#include "exchange/trainingplanpdf.h"
#include "services/registryservice.h"
#include "services/systemclock.h"
#include "services/trainingservice.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace CliArgs;

int Cli::runReportTraining(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        m_out << tr("Usage: congvu [--db FILE] report training --year Y [--unit CODE]\n"
                    "                             [--format json|csv|pdf|table] [-o FILE]\n"
                    "The training of the year Y (2015-2100): the year's plans, the enrolments in them and those\n"
                    "outside any plan starting in Y, and per unit the budget against the cost planned (every\n"
                    "enrolment not dropped) and spent (enrolled, attending or completed), in VND. The PDF is the\n"
                    "plan to hand to the People's Committee. People of merged units count in their successor on\n"
                    "31/12 of Y.\n"
                    "--format defaults to the extension of FILE, else a table on a terminal and json otherwise.\n");
        return ExitCode::Ok;
    }
    YearReportOptions options;
    if (const auto refused = takeYearReportOptions(args, tr("report training needs --year Y"), &options))
        return *refused;
    const auto &[year, unit, format, output] = options;

    SystemClock clock;
    Database db(u"cli"_s);
    UnitDirectory units;
    if (const auto refused = openForUnit(o, db, unit, &units))
        return *refused;

    const TrainingYearReport report = TrainingService(db, clock).report(year, unit);
    if (!report.error.isEmpty())
        return readFailure(db, report.error);
    warnUnitGone(units, unit, year);

    return writeReport(output, format, tr("The training report"),
                       {[&] { return TrainingExport::toJson(report); }, [&] { return TrainingExport::toCsv(report); },
                        [&] { return TrainingExport::toText(report); },
                        [&](QString *pdfError) {
                            TrainingPlanPdf::Options options;
                            options.madeOn = clock.today();
                            return TrainingPlanPdf::render(report, units, options, pdfError);
                        }});
}
