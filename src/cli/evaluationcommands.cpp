// SPDX-License-Identifier: GPL-3.0-or-later
// report evaluations (RECORDS-CSV.md "report evaluations"; docs/reports.md) and export evaluations (the
// import format, RECORDS-CSV.md "Evaluations"; docs/spreadsheets.md).
#include "cli.h"

#include "cliargs.h"
#include "domain/role.h"
#include "exchange/evaluationexport.h"
#include "exchange/evaluationformpdf.h"
#include "exchange/evaluationrecordexport.h"
#include "exchange/evaluationsummarypdf.h"
#include "services/evaluationservice.h"
#include "services/registryservice.h"
#include "services/systemclock.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace CliArgs;

int Cli::runReportEvaluations(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        m_out << tr("Usage: congvu [--db FILE] report evaluations --year Y [--unit CODE]\n"
                    "                             [--format json|csv|pdf|table] [-o FILE]\n"
                    "       congvu [--db FILE] report evaluations --year Y --staff CODE --format pdf -o FILE\n"
                    "The evaluation levels of the year Y (2015-2100) per unit and task group, with the cap on\n"
                    "\"excellent\" (20% of \"good\", 25% for a unit with a recorded exception), and per person\n"
                    "whether they are rated, the highest level the rules allow, the level of the score and the\n"
                    "flags (short_service, absence_cap, disciplined, above_max_level, score_mismatch,\n"
                    "second_consecutive_khong_hoan_thanh). People of merged units count in their successor on\n"
                    "31/12 of Y.\n"
                    "The PDF is the summary of the units as a report to file; with --staff CODE it is that\n"
                    "person's evaluation form of Y (Decree 90/2020 forms 01/02/03, with the score for civil\n"
                    "servants from 2026), blank where nothing is recorded.\n"
                    "--format defaults to the extension of FILE, else a table on a terminal and json otherwise.\n");
        return ExitCode::Ok;
    }
    QString yearText, unit, staff, format, output, error;
    if (!takeOption(args, u"--year"_s, &yearText, &error) || !takeOption(args, u"--unit"_s, &unit, &error)
        || !takeOption(args, u"--staff"_s, &staff, &error)
        || !takeOption(args, u"--format"_s, &format, &error) || !takeOption(args, u"-o"_s, &output, &error)
        || !takeOption(args, u"--output"_s, &output, &error))
        return usageError(error);
    if (const auto refused = refuseLeftovers(args))
        return *refused;
    int year = 0;
    if (const auto refused = takeYear(yearText, tr("report evaluations needs --year Y"), 2015, &year))
        return *refused;
    if (const auto refused = resolveReportFormat(&format, &output))
        return *refused;
    if (!staff.isEmpty() && format != "pdf"_L1)
        return usageError(tr("--staff prints the person's evaluation form, which is a PDF: give --format pdf"));
    if (!staff.isEmpty() && !unit.isEmpty())
        return usageError(tr("--staff and --unit cannot be used together"));
    if (const auto refused = refusePdfOnTerminal(format, output))
        return *refused;

    SystemClock clock;
    Database db(u"cli"_s);
    UnitDirectory units;
    if (const auto refused = openForUnit(o, db, unit, &units))
        return *refused;
    const RegistryService registry(db, clock);
    const EvaluationService evaluations(db, clock);

    if (!staff.isEmpty()) {
        if (!registry.findStaff(staff))
            return usageError(tr("unknown staff code \"%1\"").arg(staff));
        const std::optional<EvaluationFormPdf::Data> data =
            EvaluationFormPdf::load(evaluations, registry, staff, year, &error);
        if (!data) {
            m_err << u"congvu: "_s << tr("cannot read %1: %2").arg(db.path(), error) << u'\n';
            return ExitCode::Database;
        }
        EvaluationFormPdf::Options options;
        options.madeOn = clock.today();
        const QByteArray pdf = EvaluationFormPdf::render(*data, units, options, &error);
        if (pdf.isEmpty()) {
            m_err << u"congvu: "_s << tr("cannot make the PDF: %1").arg(error) << u'\n';
            return ExitCode::InvalidInput;
        }
        return writeOutput(output, pdf, tr("The evaluation form"));
    }

    const EvaluationReport report = evaluations.report(year, unit);
    if (!report.error.isEmpty())
        return readFailure(db, report.error);
    warnUnitGone(units, unit, year);

    return writeReport(output, format, tr("The evaluations report"),
                       {[&] { return EvaluationExport::toJson(report); }, [&] { return EvaluationExport::toCsv(report); },
                        [&] { return EvaluationExport::toText(report); },
                        [&](QString *pdfError) {
                            EvaluationSummaryPdf::Options options;
                            options.madeOn = clock.today();
                            options.exceptions = evaluations.capExceptions(year);
                            return EvaluationSummaryPdf::render(report, units, options, pdfError);
                        }});
}

int Cli::runExportEvaluations(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        m_out << tr("Usage: congvu [--db FILE] export evaluations --year Y [--unit CODE] [--format csv|xlsx] [-o FILE]\n"
                    "Writes the evaluations of the year Y (2015-2100), of the unit CODE and its sub-units (people\n"
                    "of merged units count in their successor on 31/12 of Y) or of everyone, in the columns\n"
                    "import evaluations reads: importing the file back changes nothing. xlsx is an Excel\n"
                    "workbook with the same columns on its first sheet; it needs -o FILE on a terminal.\n"
                    "--format defaults to xlsx for a FILE ending in .xlsx, else csv.\n");
        return ExitCode::Ok;
    }
    QString yearText, unit, format, output = u"-"_s, error;
    if (!takeOption(args, u"--year"_s, &yearText, &error) || !takeOption(args, u"--unit"_s, &unit, &error)
        || !takeOption(args, u"--format"_s, &format, &error) || !takeOption(args, u"-o"_s, &output, &error)
        || !takeOption(args, u"--output"_s, &output, &error))
        return usageError(error);
    if (const auto refused = refuseLeftovers(args))
        return *refused;
    int year = 0;
    if (const auto refused = takeYear(yearText, tr("export evaluations needs --year Y"), 2015, &year))
        return *refused;
    if (format.isEmpty())
        format = output.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? u"xlsx"_s : u"csv"_s;
    if (format != "csv"_L1 && format != "xlsx"_L1)
        return usageError(tr("unknown format \"%1\" (expected csv or xlsx)").arg(format));
    if (const auto refused = refuseSpreadsheetOnTerminal(format, output))
        return *refused;

    SystemClock clock;
    Database db(u"cli"_s);
    UnitDirectory units;
    if (const auto refused = openForUnit(o, db, unit, &units))
        return *refused;
    if (const auto denied = requireAccess(db, Actions::ExportPersonal, unit))
        return *denied;
    const RegistryService registry(db, clock);
    const EvaluationReport report = EvaluationService(db, clock).report(year, unit);
    if (!report.error.isEmpty())
        return readFailure(db, report.error);
    warnUnitGone(units, unit, year);
    const std::vector<Evaluation> evaluations = EvaluationRecordExport::evaluationsOf(report);
    QByteArray bytes;
    if (format == "xlsx"_L1) {
        bytes = EvaluationRecordExport::toXlsx(evaluations, year, &error);
        if (bytes.isEmpty()) {
            m_err << u"congvu: "_s << error << u'\n';
            return ExitCode::InvalidInput;
        }
    } else {
        bytes = EvaluationRecordExport::toCsv(evaluations);
    }
    return writeOutput(output, bytes, tr("%n evaluation(s)", nullptr, int(evaluations.size())));
}
