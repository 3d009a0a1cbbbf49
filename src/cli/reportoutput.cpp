// SPDX-License-Identifier: GPL-3.0-or-later
// The option checks and output of the yearly reports (report evaluations, discipline, culture).
#include "cli.h"

#include "services/accesscontrol.h"

#include "cliargs.h"
#include "domain/unitdirectory.h"
#include "services/registryservice.h"
#include "services/systemclock.h"
#include "storage/database.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using CliArgs::takeOption;

std::optional<int> Cli::takeYearReportOptions(QStringList args, const QString &missingYear, YearReportOptions *out)
{
    QString yearText, error;
    if (!takeOption(args, u"--year"_s, &yearText, &error) || !takeOption(args, u"--unit"_s, &out->unit, &error)
        || !takeOption(args, u"--format"_s, &out->format, &error) || !takeOption(args, u"-o"_s, &out->output, &error)
        || !takeOption(args, u"--output"_s, &out->output, &error))
        return usageError(error);
    if (const auto refused = refuseLeftovers(args))
        return refused;
    if (const auto refused = takeYear(yearText, missingYear, 2015, &out->year))
        return refused;
    if (const auto refused = resolveReportFormat(&out->format, &out->output))
        return refused;
    return refusePdfOnTerminal(out->format, out->output);
}

std::optional<int> Cli::openForUnit(const GlobalOptions &o, Database &db, const QString &unit, UnitDirectory *units)
{
    if (!CliArgs::openDatabase(db, o, m_err))
        return ExitCode::Database;
    *units = RegistryService(db, SystemClock()).units();
    if (!unit.isEmpty() && !units->find(unit))
        return usageError(tr("unknown unit \"%1\"").arg(unit));
    // A unit manager reads their own units only (issue 8 item 4).
    if (const SaveResult readable = AccessControl(db).requireRead(unit); !readable.ok())
        return refusal(readable, ExitCode::Forbidden);
    return std::nullopt;
}

int Cli::readFailure(const Database &db, const QString &error)
{
    m_err << u"congvu: "_s << tr("cannot read %1: %2").arg(db.path(), error) << u'\n';
    return ExitCode::Database;
}

void Cli::warnUnitGone(const UnitDirectory &units, const QString &unit, int year)
{
    const QDate yearEnd(year, 12, 31);
    if (!unit.isEmpty() && units.resolveOn(unit, yearEnd).isEmpty())
        m_err << u"congvu: "_s
              << tr("the unit %1 does not exist on %2 and has no successor then: no unit is in the report")
                     .arg(unit, yearEnd.toString(Qt::ISODate))
              << u'\n';
}

std::optional<int> Cli::refuseLeftovers(const QStringList &args)
{
    if (args.isEmpty())
        return std::nullopt;
    const QString &a = args.first();
    if (a.startsWith(u'-'))
        return usageError(tr("unknown option \"%1\"").arg(a));
    return usageError(tr("unexpected argument \"%1\"").arg(a));
}

std::optional<int> Cli::takeYear(const QString &yearText, const QString &missing, int minYear, int *year)
{
    if (yearText.isEmpty())
        return usageError(missing);
    static const QRegularExpression yearPattern(u"^\\d{4}$"_s);
    *year = yearPattern.match(yearText).hasMatch() ? yearText.toInt() : 0;
    if (*year < minYear || *year > 2100) {
        // Whole sentences for the translators: the culture checklist goes back to 2000, the rest to 2015.
        Q_ASSERT(minYear == 2000 || minYear == 2015);
        return usageError(minYear == 2000 ? tr("--year must be a year from 2000 to 2100, not \"%1\"").arg(yearText)
                                          : tr("--year must be a year from 2015 to 2100, not \"%1\"").arg(yearText));
    }
    return std::nullopt;
}

std::optional<int> Cli::resolveReportFormat(QString *format, QString *output)
{
    if (output->isEmpty())
        *output = u"-"_s;
    *format = CliArgs::reportFormat(*format, *output);
    if (*format != "json"_L1 && *format != "csv"_L1 && *format != "pdf"_L1 && *format != "table"_L1)
        return usageError(tr("unknown format \"%1\" (expected json, csv, pdf or table)").arg(*format));
    return std::nullopt;
}

std::optional<int> Cli::refusePdfOnTerminal(const QString &format, const QString &output)
{
    if (format == "pdf"_L1 && output == "-"_L1 && CliArgs::stdoutIsTerminal())
        return usageError(tr("a PDF is not shown on a terminal: give -o FILE"));
    return std::nullopt;
}

int Cli::writeReport(const QString &output, const QString &format, const QString &what, const ReportRenderers &render)
{
    if (format == "json"_L1)
        return writeOutput(output, render.json(), what);
    if (format == "csv"_L1)
        return writeOutput(output, render.csv(), what);
    if (format == "table"_L1)
        return writeOutput(output, render.table().toUtf8(), what);
    QString error;
    const QByteArray pdf = render.pdf(&error);
    if (pdf.isEmpty()) {
        m_err << u"congvu: "_s << tr("cannot make the PDF: %1").arg(error) << u'\n';
        return ExitCode::InvalidInput;
    }
    return writeOutput(output, pdf, what);
}
