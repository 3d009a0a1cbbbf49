// SPDX-License-Identifier: GPL-3.0-or-later
// review (docs/reports.md "review"; RECORDS-CSV.md "review --year Y --format json"): the year-end
// emulation review with its reasons, and the council's writes: close, reopen, decide.
#include "cli.h"

#include "cliargs.h"
#include "domain/unitdirectory.h"
#include "exchange/reviewdocuments.h"
#include "exchange/reviewexport.h"
#include "services/registryservice.h"
#include "services/reviewservice.h"
#include "services/systemclock.h"
#include "storage/database.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CliArgs;

namespace {

/** The command-line option that carries a ReviewService field. */
QString optionOf(const QString &field)
{
    static const QHash<QString, QString> options{{u"year"_s, u"--year"_s},
                                                 {u"unit_code"_s, u"--unit"_s},
                                                 {u"staff_code"_s, u"--staff"_s},
                                                 {u"award"_s, u"--award"_s},
                                                 {u"outcome"_s, u"--outcome"_s},
                                                 {u"votes_for"_s, u"--votes"_s},
                                                 {u"votes_against"_s, u"--votes"_s},
                                                 {u"votes_abstain"_s, u"--votes"_s},
                                                 {u"decision_no"_s, u"--decision-no"_s},
                                                 {u"decision_date"_s, u"--decision-date"_s},
                                                 {u"note"_s, u"--note"_s},
                                                 {u"reason"_s, u"--reason"_s}};
    return options.value(field, field);
}

/** True when "--name" or "--name=..." is in args (an empty value still counts as given). */
bool given(const QStringList &args, const QString &name)
{
    return std::any_of(args.cbegin(), args.cend(),
                       [&](const QString &a) { return a == name || a.startsWith(name + u'='); });
}

} // namespace

int Cli::runReview(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    const QString sub = args.value(0);
    const bool help = args.contains(u"--help"_s) || args.contains(u"-h"_s);
    if (help && sub != "close"_L1 && sub != "reopen"_L1 && sub != "decide"_L1) {
        m_out << tr("Usage: congvu [--db FILE] review --year Y [--unit CODE] [--format json|pdf|table] [-o FILE]\n"
                    "                  [--document eligibility|minutes|decisions]\n"
                    "       congvu [--db FILE] review close --year Y [--note TEXT]\n"
                    "       congvu [--db FILE] review reopen --year Y --reason TEXT\n"
                    "       congvu [--db FILE] review decide --year Y --unit CODE [--staff CODE] --award A\n"
                    "                  [--outcome proposed|approved|rejected] [--votes FOR/AGAINST/ABSTAIN]\n"
                    "                  [--decision-no N] [--decision-date YYYY-MM-DD] [--note TEXT]\n"
                    "The year-end emulation review of the year Y (2015-2100): per person, whether the rules make\n"
                    "them eligible for \"Lao dong tien tien\" and \"Chien si thi dua co so\" and why; per unit, the\n"
                    "members' condition of the collective title, the cap if one is set, the council's decisions\n"
                    "and the discipline of the year to note. The PDF is the eligibility list for the council;\n"
                    "with --document minutes or decisions and --unit, that unit's minutes (bien ban) of the\n"
                    "council's meeting or the list of its approved awards.\n"
                    "--format defaults to the extension of FILE, else a table on a terminal and json otherwise.\n"
                    "close locks the year's evaluations, discipline decisions and review decisions; reopen\n"
                    "unlocks it and needs a reason; both are in the audit trail.\n"
                    "decide records the council's decision on an award (lao_dong_tien_tien,\n"
                    "chien_si_thi_dua_co_so, giay_khen, bang_khen for a person given by --staff;\n"
                    "tap_the_lao_dong_tien_tien for the unit itself). Approving what the rules refuse needs --note.\n"
                    "Exit codes: 0 done, 2 invalid value or closed year (nothing written), 3 database error,\n"
                    "64 usage error.\n");
        return ExitCode::Ok;
    }
    if (help) {
        // The subcommands share the usage above.
        return runReview(o, {u"--help"_s});
    }

    if (sub == "close"_L1 || sub == "reopen"_L1) {
        args.removeFirst();
        const bool close = sub == "close"_L1;
        QString yearText, text, error;
        const QString textOption = close ? u"--note"_s : u"--reason"_s;
        if (!takeOption(args, u"--year"_s, &yearText, &error) || !takeOption(args, textOption, &text, &error))
            return usageError(error);
        if (const auto refused = refuseLeftovers(args))
            return *refused;
        int year = 0;
        if (const auto refused = takeYear(yearText, close ? tr("review close needs --year Y") : tr("review reopen needs --year Y"),
                                          2015, &year))
            return *refused;
        if (!close && text.trimmed().isEmpty())
            return usageError(tr("review reopen needs --reason TEXT: reopening a closed year is audited with its reason"));

        SystemClock clock;
        Database db(u"cli"_s);
        if (!openDatabase(db, o, m_err))
            return ExitCode::Database;
        ReviewService reviews(db, clock);
        reviews.setActor(actorName());
        if (close && reviews.isClosed(year)) {
            m_err << u"congvu: --year: "_s << tr("the year %1 is already closed").arg(year) << u'\n';
            return ExitCode::InvalidInput;
        }
        if (!close && !reviews.isClosed(year)) {
            m_err << u"congvu: --year: "_s << tr("the year %1 is not closed").arg(year) << u'\n';
            return ExitCode::InvalidInput;
        }
        const SaveResult result = close ? reviews.closeYear(year, text) : reviews.reopenYear(year, text);
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
        m_out << (close ? tr("The year %1 is closed: its evaluations, discipline decisions and review decisions are "
                             "locked.")
                        : tr("The year %1 is reopened."))
                       .arg(year)
              << u'\n';
        return ExitCode::Ok;
    }

    if (sub == "decide"_L1) {
        args.removeFirst();
        QString yearText, unit, staff, award, outcome, votes, decisionNo, dateText, note, error;
        const bool hasVotes = given(args, u"--votes"_s), hasDate = given(args, u"--decision-date"_s);
        if (!takeOption(args, u"--year"_s, &yearText, &error) || !takeOption(args, u"--unit"_s, &unit, &error)
            || !takeOption(args, u"--staff"_s, &staff, &error) || !takeOption(args, u"--award"_s, &award, &error)
            || !takeOption(args, u"--outcome"_s, &outcome, &error) || !takeOption(args, u"--votes"_s, &votes, &error)
            || !takeOption(args, u"--decision-no"_s, &decisionNo, &error)
            || !takeOption(args, u"--decision-date"_s, &dateText, &error) || !takeOption(args, u"--note"_s, &note, &error))
            return usageError(error);
        if (const auto refused = refuseLeftovers(args))
            return *refused;
        int year = 0;
        if (const auto refused = takeYear(yearText, tr("review decide needs --year Y"), 2015, &year))
            return *refused;
        if (unit.isEmpty())
            return usageError(tr("review decide needs --unit CODE, the unit whose council decides"));
        if (award.isEmpty())
            return usageError(tr("review decide needs --award A"));

        ReviewDecision d;
        d.year = year;
        d.unitCode = unit.trimmed();
        d.staffCode = staff.trimmed();
        d.award = award.trimmed();
        if (!outcome.isEmpty())
            d.outcome = outcome.trimmed();
        d.decisionNo = decisionNo;
        d.note = note;
        // Problems of the values themselves, all reported together with the service's.
        QStringList problems;
        if (hasVotes) {
            static const QRegularExpression pattern(u"^\\s*(\\d*)\\s*/\\s*(\\d*)\\s*/\\s*(\\d*)\\s*$"_s);
            const QRegularExpressionMatch m = pattern.match(votes);
            if (!m.hasMatch()) {
                problems << u"--votes: "_s
                        + tr("\"%1\" is not FOR/AGAINST/ABSTAIN: give three whole numbers such as 7/0/1 (empty = not "
                             "recorded)")
                              .arg(votes);
            } else {
                auto count = [&](int i) { return m.captured(i).isEmpty() ? std::optional<int>() : m.captured(i).toInt(); };
                d.votesFor = count(1);
                d.votesAgainst = count(2);
                d.votesAbstain = count(3);
            }
        }
        if (hasDate) {
            static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
            d.decisionDate = iso.match(dateText).hasMatch() ? QDate::fromString(dateText, Qt::ISODate) : QDate();
            if (!d.decisionDate.isValid())
                problems << u"--decision-date: "_s + tr("\"%1\" is not a date YYYY-MM-DD").arg(dateText);
        }

        SystemClock clock;
        Database db(u"cli"_s);
        if (!openDatabase(db, o, m_err))
            return ExitCode::Database;
        ReviewService reviews(db, clock);
        reviews.setActor(actorName());
        if (reviews.isClosed(year)) {
            m_err << u"congvu: --year: "_s << ReviewService::closedYearError(year) << u'\n';
            return ExitCode::InvalidInput;
        }
        if (!problems.isEmpty()) {
            for (const QString &p : std::as_const(problems))
                m_err << u"congvu: "_s << p << u'\n';
            return ExitCode::InvalidInput;
        }
        qint64 id = 0;
        const SaveResult result = reviews.recordDecision(d, &id);
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
        //: %1 award, %2 person or unit, %3 outcome, %4 year
        m_out << tr("Recorded: %1 for %2: %3 (%4).")
                     .arg(ReviewAwards::label(d.award), d.staffCode.isEmpty() ? d.unitCode : d.staffCode,
                          ReviewOutcomes::label(d.outcome), QString::number(year))
              << u'\n';
        return ExitCode::Ok;
    }

    // Which PDF: the eligibility list (default), or one unit's minutes or decision list.
    QString document, documentError;
    if (!takeOption(args, u"--document"_s, &document, &documentError))
        return usageError(documentError);
    if (document.isEmpty())
        document = u"eligibility"_s;
    if (document != "eligibility"_L1 && document != "minutes"_L1 && document != "decisions"_L1)
        return usageError(tr("unknown document \"%1\" (expected eligibility, minutes or decisions)").arg(document));
    YearReportOptions options;
    if (const auto refused = takeYearReportOptions(args, tr("review needs --year Y"), &options))
        return *refused;
    const auto &[year, unit, format, output] = options;
    if (format == "csv"_L1)
        return usageError(tr("unknown format \"%1\" (expected json, pdf or table)").arg(format));
    if (document != "eligibility"_L1 && (format != "pdf"_L1 || unit.isEmpty()))
        return usageError(tr("--document %1 is a PDF of one unit: it needs --format pdf and --unit CODE").arg(document));

    SystemClock clock;
    Database db(u"cli"_s);
    UnitDirectory units;
    if (const auto refused = openForUnit(o, db, unit, &units))
        return *refused;

    const ReviewResult review = ReviewService(db, clock).review(year, unit);
    if (!review.error.isEmpty())
        return readFailure(db, review.error);
    warnUnitGone(units, unit, year);
    if (document != "eligibility"_L1
        && std::none_of(review.units.cbegin(), review.units.cend(),
                        [&](const ReviewUnitResult &u) { return u.unitCode == unit; })) {
        m_err << u"congvu: "_s << tr("nobody of unit %1 is evaluated in %2: there is nothing for its council").arg(unit).arg(year)
              << u'\n';
        return ExitCode::InvalidInput;
    }

    return writeReport(output, format, tr("The review"),
                       {[&] { return ReviewExport::toJson(review); }, [] { return QByteArray(); },
                        [&] { return ReviewExport::toText(review); },
                        [&](QString *pdfError) {
                            ReviewDocuments::Options options;
                            options.madeOn = clock.today();
                            if (const OrgUnit *u = unit.isEmpty() ? nullptr : units.find(unit))
                                options.issuer = u->name;
                            if (document == "minutes"_L1)
                                return ReviewDocuments::minutes(review, unit, options, pdfError);
                            if (document == "decisions"_L1)
                                return ReviewDocuments::decisionList(review, unit, options, pdfError);
                            return ReviewDocuments::eligibility(review, options, pdfError);
                        }});
}
