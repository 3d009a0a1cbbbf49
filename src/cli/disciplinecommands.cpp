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

#include <QRegularExpression>

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
        return usageError(tr("report discipline needs --year Y"));
    static const QRegularExpression yearPattern(u"^\\d{4}$"_s);
    const int year = yearPattern.match(yearText).hasMatch() ? yearText.toInt() : 0;
    if (year < 2015 || year > 2100)
        return usageError(tr("--year must be a year from 2015 to 2100, not \"%1\"").arg(yearText));
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

    const DisciplineReport report = DisciplineService(db, clock).report(year, unit);
    if (!report.error.isEmpty()) {
        m_err << u"congvu: "_s << tr("cannot read %1: %2").arg(db.path(), report.error) << u'\n';
        return ExitCode::Database;
    }
    if (!unit.isEmpty() && units.resolveOn(unit, QDate(year, 12, 31)).isEmpty())
        m_err << u"congvu: "_s
              << tr("the unit %1 does not exist on %2 and has no successor then: no unit is in the report")
                     .arg(unit, QDate(year, 12, 31).toString(Qt::ISODate))
              << u'\n';

    const QString what = tr("The discipline report");
    if (format == "json"_L1)
        return writeOutput(output, DisciplineExport::toJson(report), what);
    if (format == "csv"_L1)
        return writeOutput(output, DisciplineExport::toCsv(report), what);
    if (format == "table"_L1)
        return writeOutput(output, DisciplineExport::toText(report).toUtf8(), what);
    DisciplinePdf::Options options;
    options.madeOn = clock.today();
    const QByteArray pdf = DisciplinePdf::render(report, units, options, &error);
    if (pdf.isEmpty()) {
        m_err << u"congvu: "_s << tr("cannot make the PDF: %1").arg(error) << u'\n';
        return ExitCode::InvalidInput;
    }
    return writeOutput(output, pdf, what);
}
