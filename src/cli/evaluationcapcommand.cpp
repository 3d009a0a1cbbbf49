// SPDX-License-Identifier: GPL-3.0-or-later
// evaluation-cap: the year's rate of the cap on "excellent" and the units' 25% exceptions
// (RECORDS-CSV.md "report evaluations"; docs/reports.md "Cap rate and exceptions").
#include "cli.h"

#include "cliargs.h"
#include "domain/evaluationrules.h"
#include "domain/unitdirectory.h"
#include "services/evaluationservice.h"
#include "services/registryservice.h"
#include "services/systemclock.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using namespace CliArgs;

namespace {

/**
 * The rate the user typed: a share from 0 to 1 ("0.2", "0,2") or a percentage ("20%", "20,5%"); nullopt
 * when it is not a number. The range is checked by EvaluationService::setExcellentRate.
 */
std::optional<double> parseRate(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d+(?:[.,]\\d+)?)\\s*(%?)$"_s);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = m.captured(1).replace(u',', u'.').toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return m.captured(2).isEmpty() ? value : value / 100.0;
}

/** A per-mille rate as a percentage for people: "20%", "12.5%". */
QString percentText(int perMille)
{
    return (perMille % 10 == 0 ? QString::number(perMille / 10) : QString::number(perMille / 10.0, 'f', 1)) + u'%';
}

/** The command-line option that carries a service field. */
QString optionOf(const QString &field)
{
    if (field == "rate"_L1)
        return u"--rate"_s;
    if (field == "unit_code"_L1)
        return u"--unit"_s;
    if (field == "decision_no"_L1)
        return u"--exception"_s;
    if (field == "year"_L1)
        return u"--year"_s;
    if (field == "reason"_L1)
        return u"--reason"_s;
    return field;
}

} // namespace

int Cli::runEvaluationCap(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        m_out << tr("Usage: congvu [--db FILE] evaluation-cap --year Y [--format json|table]\n"
                    "       congvu [--db FILE] evaluation-cap --year Y --rate R\n"
                    "       congvu [--db FILE] evaluation-cap --year Y --unit CODE --exception DECISION_NO\n"
                    "                                         [--reason TEXT]\n"
                    "       congvu [--db FILE] evaluation-cap --year Y --unit CODE --remove-exception\n"
                    "The cap on \"excellent\" in the evaluations of the year Y (2015-2100): at most the rate\n"
                    "times the number of \"good\" in each unit and task group (report evaluations).\n"
                    "Without --rate or --unit, shows the year's rate and the units with a recorded exception\n"
                    "(--format defaults to a table on a terminal and json otherwise).\n"
                    "--rate R sets the year's rate: a share from 0 to 1 (0.2, or 0,2) or a percentage\n"
                    "(20%), rounded to 0.1%; the default is 0.2.\n"
                    "--unit CODE --exception DECISION_NO records that the unit was recognised as outstanding\n"
                    "by the decision DECISION_NO, so that it may go up to 25% in Y; recording it again\n"
                    "replaces the decision and reason. --remove-exception removes it.\n"
                    "One change per run; every change is in the audit trail.\n"
                    "Exit codes: 0 done, 2 invalid value (nothing written), 3 database error, 64 usage error.\n");
        return ExitCode::Ok;
    }
    QString yearText, rateText, unit, decisionNo, reason, format, error;
    bool hasDecision = false, hasReason = false, hasFormat = false;
    // An option given with an empty value ("--exception ''") counts as given: the service then names the field.
    auto take = [&](const QString &name, QString *value, bool *given) {
        const bool present = args.contains(name)
            || std::any_of(args.cbegin(), args.cend(), [&](const QString &a) { return a.startsWith(name + u'='); });
        if (given)
            *given = present;
        return takeOption(args, name, value, &error);
    };
    bool hasRate = false;
    if (!take(u"--year"_s, &yearText, nullptr) || !take(u"--rate"_s, &rateText, &hasRate)
        || !take(u"--unit"_s, &unit, nullptr) || !take(u"--exception"_s, &decisionNo, &hasDecision)
        || !take(u"--reason"_s, &reason, &hasReason) || !take(u"--format"_s, &format, &hasFormat))
        return usageError(error);
    const bool remove = takeFlag(args, u"--remove-exception"_s);
    if (const auto refused = refuseLeftovers(args))
        return *refused;
    int year = 0;
    if (const auto refused = takeYear(yearText, tr("evaluation-cap needs --year Y"), 2015, &year))
        return *refused;

    enum class Action { Show, Rate, Record, Remove };
    Action action = Action::Show;
    if (hasRate)
        action = Action::Rate;
    if (hasDecision || remove) {
        if (hasRate)
            return usageError(tr("--rate cannot be combined with --exception or --remove-exception: "
                                 "make one change per run"));
        if (hasDecision && remove)
            return usageError(tr("--exception and --remove-exception cannot be used together"));
        if (unit.isEmpty())
            return usageError(hasDecision ? tr("--exception needs --unit CODE, the unit recognised as outstanding")
                                          : tr("--remove-exception needs --unit CODE"));
        action = hasDecision ? Action::Record : Action::Remove;
    } else if (!unit.isEmpty()) {
        return usageError(tr("--unit needs --exception DECISION_NO or --remove-exception"));
    }
    if (hasReason && action != Action::Record)
        return usageError(tr("--reason goes with --exception"));
    if (hasFormat && action != Action::Show)
        return usageError(tr("--format applies to showing the cap, not to a change"));
    if (action == Action::Show) {
        format = reportFormat(format, u"-"_s);
        if (format != "json"_L1 && format != "table"_L1)
            return usageError(tr("unknown format \"%1\" (expected json or table)").arg(format));
    }
    std::optional<double> rate;
    if (action == Action::Rate) {
        rate = parseRate(rateText);
        if (!rate) {
            m_err << u"congvu: --rate: "_s
                  << tr("\"%1\" is not a rate: give a share from 0 to 1 such as 0.2, or a percentage such as 20%")
                         .arg(rateText)
                  << u'\n';
            return ExitCode::InvalidInput;
        }
    }

    SystemClock clock;
    Database db(u"cli"_s);
    if (!openDatabase(db, o, m_err))
        return ExitCode::Database;
    const UnitDirectory units = RegistryService(db, clock).units();
    if (!unit.isEmpty() && !units.find(unit)) {
        m_err << u"congvu: --unit: "_s << tr("unknown unit \"%1\"").arg(unit) << u'\n';
        return ExitCode::InvalidInput;
    }
    EvaluationService evaluations(db, clock);
    evaluations.setActor(actorName());

    if (action == Action::Show) {
        const int perMille = evaluations.excellentRatePerMille(year);
        const std::vector<ExcellentCapException> exceptions = evaluations.capExceptions(year);
        if (format == "json"_L1) {
            QJsonArray list;
            for (const ExcellentCapException &x : exceptions) {
                const OrgUnit *u = units.find(x.unitCode);
                list.append(QJsonObject{{u"unit"_s, x.unitCode},
                                        {u"unit_name"_s, u ? QJsonValue(u->name) : QJsonValue()},
                                        {u"decision_no"_s, x.decisionNo},
                                        {u"reason"_s, x.reason}});
            }
            const QJsonObject json{{u"year"_s, year},
                                   {u"rate"_s, perMille / 1000.0},
                                   {u"default_rate"_s, EvaluationRules::kDefaultRatePerMille / 1000.0},
                                   {u"exception_rate"_s, EvaluationRules::kExceptionRatePerMille / 1000.0},
                                   {u"exceptions"_s, list}};
            return writeOutput(u"-"_s, QJsonDocument(json).toJson(QJsonDocument::Indented), {});
        }
        QString text;
        //: %1 year, %2 rate such as 20%, %3 default rate
        text += tr("Cap on \"excellent\" in %1: %2 of \"good\" per unit and task group (default %3).")
                    .arg(year)
                    .arg(percentText(perMille), percentText(EvaluationRules::kDefaultRatePerMille))
                + u'\n';
        if (exceptions.empty()) {
            text += tr("No unit has an exception (%1) recorded for %2.")
                        .arg(percentText(EvaluationRules::kExceptionRatePerMille), QString::number(year))
                    + u'\n';
        } else {
            text += tr("Units recognised as outstanding (up to %1):")
                        .arg(percentText(std::max(perMille, int(EvaluationRules::kExceptionRatePerMille))))
                    + u'\n';
            for (const ExcellentCapException &x : exceptions) {
                const OrgUnit *u = units.find(x.unitCode);
                QString line = u"  "_s + x.unitCode;
                if (u)
                    line += u"  "_s + u->name;
                line += u"  "_s + tr("decision %1").arg(x.decisionNo);
                if (!x.reason.isEmpty())
                    line += u"  "_s + x.reason;
                text += line + u'\n';
            }
        }
        return writeOutput(u"-"_s, text.toUtf8(), {});
    }

    SaveResult result;
    if (action == Action::Rate) {
        result = evaluations.setExcellentRate(year, *rate);
    } else if (action == Action::Record) {
        result = evaluations.recordCapException(unit, year, decisionNo, reason);
    } else {
        bool recorded = false;
        for (const ExcellentCapException &x : evaluations.capExceptions(year))
            recorded = recorded || x.unitCode == unit;
        if (!recorded) {
            m_err << u"congvu: --unit: "_s
                  << tr("no exception is recorded for %1 in %2: nothing to remove").arg(unit, QString::number(year)) << u'\n';
            return ExitCode::InvalidInput;
        }
        result = evaluations.removeCapException(unit, year);
    }
    if (!result.fieldErrors.empty()) {
        for (const FieldError &e : result.fieldErrors)
            m_err << u"congvu: "_s << optionOf(e.field) << u": "_s << e.message << u'\n';
        return ExitCode::InvalidInput;
    }
    if (result.denied)
        return refusal(result, ExitCode::Forbidden);
    if (!result.error.isEmpty()) {
        m_err << u"congvu: "_s << tr("cannot write %1: %2").arg(db.path(), result.error) << u'\n';
        return ExitCode::Database;
    }
    if (action == Action::Rate) {
        //: %1 year, %2 rate such as 20%
        m_out << tr("The cap on \"excellent\" in %1 is now %2 of \"good\".")
                     .arg(year)
                     .arg(percentText(evaluations.excellentRatePerMille(year)))
              << u'\n';
    } else if (action == Action::Record) {
        //: %1 unit code, %2 year, %3 decision number, %4 rate such as 25%
        m_out << tr("Recorded: %1 may rate up to %4 of \"good\" as \"excellent\" in %2 (decision %3).")
                     .arg(unit, QString::number(year), decisionNo.trimmed(),
                          percentText(std::max(evaluations.excellentRatePerMille(year),
                                               int(EvaluationRules::kExceptionRatePerMille))))
              << u'\n';
    } else {
        //: %1 unit code, %2 year
        m_out << tr("Removed the exception of %1 for %2.").arg(unit, QString::number(year)) << u'\n';
    }
    return ExitCode::Ok;
}
