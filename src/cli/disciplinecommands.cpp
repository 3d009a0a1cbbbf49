// SPDX-License-Identifier: GPL-3.0-or-later
// report discipline (RECORDS-CSV.md "report discipline"; docs/reports.md).
#include "cli.h"

#include "cliargs.h"
#include "exchange/disciplineexport.h"
#include "exchange/disciplinepdf.h"
#include "services/disciplineservice.h"
#include "services/registryservice.h"
#include "services/systemclock.h"
#include "storage/database.h"


using namespace Qt::StringLiterals;
using namespace CliArgs;

int Cli::runReportDiscipline(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        m_out << tr("Usage: congvu [--db FILE] report discipline --year Y [--unit CODE]\n"
                    "                             [--format json|csv|pdf|table] [-o FILE]\n"
                    "The discipline decisions taking effect in the year Y (2015-2100): per unit the number by\n"
                    "form and whether nobody received a reprimand or heavier (the reform target); per person\n"
                    "each decision with the date its bars on promotion, appointment, planning and training lift.\n"
                    "People of merged units count in their successor on 31/12 of Y.\n"
                    "--format defaults to the extension of FILE, else a table on a terminal and json otherwise.\n");
        return ExitCode::Ok;
    }
    YearReportOptions options;
    if (const auto refused = takeYearReportOptions(args, tr("report discipline needs --year Y"), &options))
        return *refused;
    const auto &[year, unit, format, output] = options;

    SystemClock clock;
    Database db(u"cli"_s);
    UnitDirectory units;
    if (const auto refused = openForUnit(o, db, unit, &units))
        return *refused;

    const DisciplineReport report = DisciplineService(db, clock).report(year, unit);
    if (!report.error.isEmpty())
        return readFailure(db, report.error);
    warnUnitGone(units, unit, year);

    return writeReport(output, format, tr("The discipline report"),
                       {[&] { return DisciplineExport::toJson(report); }, [&] { return DisciplineExport::toCsv(report); },
                        [&] { return DisciplineExport::toText(report); },
                        [&](QString *pdfError) {
                            DisciplinePdf::Options options;
                            options.madeOn = clock.today();
                            return DisciplinePdf::render(report, units, options, pdfError);
                        }});
}
