// SPDX-License-Identifier: GPL-3.0-or-later
// The report commands of the command line: report qualification (CLI.md, docs/reports.md).
#include "cli.h"

#include "cliargs.h"
#include "exchange/qualificationexport.h"
#include "exchange/qualificationpdf.h"
#include "services/qualificationservice.h"
#include "services/registryservice.h"
#include "services/systemclock.h"
#include "storage/database.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace CliArgs;

int Cli::runReport(const GlobalOptions &o, const QStringList &args)
{
    const QString kind = args.value(0);
    if (kind.isEmpty())
        return usageError(tr("report needs what to report (qualification, evaluations, discipline, culture or training)"));
    if (kind == "--help"_L1 || kind == "-h"_L1)
        return runReportQualification(o, {u"--help"_s});
    if (kind == "qualification"_L1)
        return runReportQualification(o, args.mid(1));
    if (kind == "discipline"_L1)
        return runReportDiscipline(o, args.mid(1));
    if (kind == "culture"_L1)
        return runReportCulture(o, args.mid(1));
    if (kind == "evaluations"_L1)
        return runReportEvaluations(o, args.mid(1));
    if (kind == "training"_L1)
        return runReportTraining(o, args.mid(1));
    return usageError(
        tr("unknown report \"%1\" (expected qualification, evaluations, discipline, culture or training)").arg(kind));
}

int Cli::runReportQualification(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        m_out << tr("Usage: congvu [--db FILE] report qualification [--as-of DATE] [--unit CODE] [--projected]\n"
                    "                             [--format json|csv|pdf|table] [-o FILE]\n"
                    "The rate of commune-level cadres and civil servants (cb_xa, cc_xa) meeting the standards\n"
                    "of their title on DATE (YYYY-MM-DD, default today), for every commune-level unit or for\n"
                    "the units under CODE. People of merged units count in their successor.\n"
                    "--projected counts the planned, enrolled and attending training enrolments that end by\n"
                    "DATE as completed (the training plan's projection).\n"
                    "--format defaults to the extension of FILE, else a table on a terminal and json otherwise.\n");
        return ExitCode::Ok;
    }
    QString asOfText, unit, format, output, error;
    const bool asOfGiven = std::any_of(args.cbegin(), args.cend(), [](const QString &a) {
        return a == "--as-of"_L1 || a.startsWith(u"--as-of="_s);
    });
    const bool projected = takeFlag(args, u"--projected"_s);
    if (!takeOption(args, u"--as-of"_s, &asOfText, &error) || !takeOption(args, u"--unit"_s, &unit, &error)
        || !takeOption(args, u"--format"_s, &format, &error) || !takeOption(args, u"-o"_s, &output, &error)
        || !takeOption(args, u"--output"_s, &output, &error))
        return usageError(error);
    if (const auto refused = refuseLeftovers(args))
        return *refused;
    if (const auto refused = resolveReportFormat(&format, &output))
        return *refused;
    if (const auto refused = refusePdfOnTerminal(format, output))
        return *refused;

    SystemClock clock;
    QDate asOf = clock.today();
    if (asOfGiven) {
        static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        asOf = iso.match(asOfText).hasMatch() ? QDate::fromString(asOfText, Qt::ISODate) : QDate();
        if (!asOf.isValid())
            return usageError(tr("--as-of must be a date YYYY-MM-DD, not \"%1\"").arg(asOfText));
    }

    Database db(u"cli"_s);
    UnitDirectory units;
    if (const auto refused = openForUnit(o, db, unit, &units))
        return *refused;

    const QualificationReport report = QualificationService(db, clock).report(asOf, unit, projected);
    if (!report.error.isEmpty())
        return readFailure(db, report.error);
    if (!unit.isEmpty() && report.unitResolved.isEmpty())
        m_err << u"congvu: "_s
              << tr("the unit %1 does not exist on %2 and has no successor then: no unit is in the report")
                     .arg(unit, asOf.toString(Qt::ISODate))
              << u'\n';

    return writeReport(output, format, tr("The qualification report"),
                       {[&] { return QualificationExport::toJson(report); },
                        [&] { return QualificationExport::toCsv(report); },
                        [&] { return QualificationExport::toText(report); },
                        [&](QString *pdfError) {
                            QualificationPdf::Options options;
                            options.madeOn = clock.today();
                            return QualificationPdf::render(report, units, options, pdfError);
                        }});
}
