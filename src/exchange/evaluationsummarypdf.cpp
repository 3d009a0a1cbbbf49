// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationsummarypdf.h"

#include "domain/evaluationlevel.h"
#include "pdfdocument.h"

#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace PdfDocument;

namespace {

const char *kCss = R"(
body { font-size: 11pt; }
table.grid { border-collapse: collapse; border-color: #000000; }
table.grid td { font-size: 9pt; }
table.grid th { font-size: 8pt; background-color: #e8e8e8; font-weight: bold; }
td.n { text-align: right; }
tr.total td { font-weight: bold; }
tr.over td { background-color: #fde2e2; }
h3 { font-size: 12pt; margin-top: 14px; margin-bottom: 6px; }
p { margin-top: 3px; margin-bottom: 3px; }
)";

QString percentOf(int part, int whole)
{
    return whole > 0 ? QLocale().toString(part * 100.0 / whole, 'f', 1) + u"%"_s : u"–"_s;
}

} // namespace

QString EvaluationSummaryPdf::html(const EvaluationReport &r, const UnitDirectory &units, const Options &options)
{
    QString h = u"<html><head><style>"_s + QString::fromLatin1(kCss) + u"</style></head><body>"_s;
    QStringList codes;
    for (const PersonEvaluation &p : r.people) {
        if (!codes.contains(p.unitCode))
            codes << p.unitCode;
    }
    const IssuerLines issuer = issuerLines(units, r.unitCode, codes, options.issuer, tr("PEOPLE'S COMMITTEE"));
    const QDate made = options.madeOn.isValid() ? options.madeOn : QDate::currentDate();
    const QString place = options.place.isEmpty() ? u"…………"_s : options.place;
    const SignatureDate date = signatureDate(made);
    h += header(issuer.line1, issuer.line2, tr("No.: ……/BC"),
                tr("%1, %2/%3/%4", "place, day, month, year of signature").arg(place, date.day, date.month, date.year));
    QString subject;
    if (!r.unitCode.isEmpty()) {
        const OrgUnit *u = units.find(r.unitCode);
        subject = esc(u ? u->name : r.unitCode);
    }
    h += title(tr("REPORT"),
               //: Vietnamese: "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"
               tr("ON THE QUALITY EVALUATION AND RATING OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES"),
               subject.isEmpty() ? tr("(year %1)").arg(r.year) : tr("(%1, year %2)").arg(subject).arg(r.year));
    h += u"<p><i>"_s
        + tr("Basis: Decree 90/2020/NĐ-CP (amended by Decree 48/2023/NĐ-CP); Decree 335/2025/NĐ-CP for civil servants "
             "and Decree 233/2026/NĐ-CP for public employees from the 2026 rating; Regulation 366-QĐ/TW on the share "
             "of \"excellent\".")
        + u"</i></p>"_s;

    // I. Overall.
    const QStringList levels = EvaluationLevels::codes();
    QHash<QString, int> byLevel;
    int rated = 0, notRated = 0, notDecided = 0;
    for (const PersonEvaluation &p : r.people) {
        if (!p.outcome.rated) {
            ++notRated;
            continue;
        }
        ++rated;
        if (EvaluationLevels::rank(p.evaluation.finalLevel) < 0)
            ++notDecided;
        else
            ++byLevel[p.evaluation.finalLevel];
    }
    int over = 0;
    for (const EvaluationGroupSummary &g : r.groups)
        over += g.capExceeded ? 1 : 0;
    h += u"<h3>"_s + tr("I. Overall") + u"</h3><p>"_s
        //: %1 people with an evaluation, %2 rated, %3 not rated, %4 not decided yet
        + tr("People with an evaluation: <b>%1</b>; rated: <b>%2</b>; not rated (under 6 months of work): <b>%3</b>; "
             "not decided yet: <b>%4</b>.")
              .arg(number(int(r.people.size())), number(rated), number(notRated), number(notDecided))
        + u"</p>"_s;
    QStringList rows;
    const int decided = rated - notDecided;
    for (const QString &level : levels)
        rows << row({esc(EvaluationLevels::label(level)) + u" ("_s + EvaluationLevels::abbreviation(level) + u")"_s,
                     num(number(byLevel.value(level))), num(percentOf(byLevel.value(level), decided))});
    rows << row({tr("Total decided"), num(number(decided)), num(percentOf(decided, decided))}, u"total"_s);
    h += table({tr("Level"), tr("People"), tr("Share")}, {u"60%"_s, u"20%"_s, u"20%"_s}, rows);

    // II. By unit and task group.
    QHash<QString, const ExcellentCapException *> exceptionOf;
    for (const ExcellentCapException &x : options.exceptions) {
        const QString resolved = units.resolveOn(x.unitCode, QDate(r.year, 12, 31));
        exceptionOf.insert(resolved.isEmpty() ? x.unitCode : resolved, &x);
    }
    h += u"<h3>"_s + tr("II. Levels by unit and task group, and the cap on \"excellent\"") + u"</h3>"_s;
    rows.clear();
    int i = 0;
    QHash<QString, int> totals;
    QStringList bases;
    for (const EvaluationGroupSummary &g : r.groups) {
        QStringList cells{number(++i), esc(g.unitName.isEmpty() ? g.unitCode : g.unitName), esc(g.taskGroup)};
        for (const QString &level : levels) {
            cells << num(number(g.counts.value(level)));
            totals[level] += g.counts.value(level);
        }
        cells << num(number(g.excellentLimit));
        QString cap = g.capExceeded ? u"<b>"_s + tr("exceeded") + u"</b>"_s : tr("within");
        if (g.exception) {
            const ExcellentCapException *x = exceptionOf.value(g.unitCode);
            //: the unit may rate up to 25% excellent; %1 the decision recognising it
            cap += u"<br/>"_s
                + (x && !x->decisionNo.isEmpty() ? tr("25%, decision %1").arg(esc(x->decisionNo)) : tr("25% exception"));
        }
        cells << cap;
        if (!g.capBasis.isEmpty() && !bases.contains(g.capBasis))
            bases << g.capBasis;
        rows << row(cells, g.capExceeded ? u"over"_s : QString());
    }
    QStringList total{QString(), tr("Total"), QString()};
    for (const QString &level : levels)
        total << num(number(totals.value(level)));
    total << QString() << QString();
    rows << row(total, u"total"_s);
    QStringList headers{tr("No."), tr("Unit"), tr("Task group")};
    QStringList widths{u"5%"_s, u"22%"_s, u"17%"_s};
    for (const QString &level : levels) {
        headers << EvaluationLevels::abbreviation(level);
        widths << u"9%"_s;
    }
    headers << tr("Limit") << tr("Cap");
    widths << u"8%"_s << u"12%"_s;
    h += r.groups.empty() ? u"<p>"_s + tr("No decided evaluation.") + u"</p>"_s : table(headers, widths, rows);
    h += u"<p><i>"_s
        //: %1 the rate (e.g. 20%), %2 the legal basis
        + tr("Limit: the largest number of \"excellent\" allowed, %1 of the number rated \"good\" in the unit and task "
             "group, rounded down; a unit recognised as outstanding may go up to 25%. Groups over the cap are shaded.")
              .arg(r.groups.empty() ? u"20%"_s
                                    : QLocale().toString(r.groups.front().ratePerMille / 10.0, 'f', 0) + u"%"_s)
        + (bases.isEmpty() ? QString() : u" ("_s + esc(bases.join(u"; "_s)) + u")"_s) + u"</i></p>"_s;

    // III. People with flags.
    h += u"<h3>"_s + tr("III. People whose evaluation needs attention") + u"</h3>"_s;
    rows.clear();
    i = 0;
    for (const PersonEvaluation &p : r.people) {
        if (p.outcome.findings.empty())
            continue;
        QStringList reasons;
        for (const EvaluationFinding &f : p.outcome.findings)
            reasons << esc(f.message); // the message names its legal basis
        const OrgUnit *u = units.find(p.unitCode);
        rows << row({number(++i), esc(p.fullName) + u"<br/>"_s + esc(p.evaluation.staffCode),
                     esc(u ? u->name : p.unitCode),
                     p.evaluation.finalLevel.isEmpty() ? tr("not decided")
                                                       : EvaluationLevels::abbreviation(p.evaluation.finalLevel),
                     p.outcome.maxLevel.isEmpty() ? tr("not rated")
                                                  : EvaluationLevels::abbreviation(p.outcome.maxLevel),
                     reasons.join(u"<br/>"_s)});
    }
    h += rows.isEmpty() ? u"<p>"_s + tr("None.") + u"</p>"_s
                        : table({tr("No."), tr("Full name"), tr("Unit"), tr("Level"), tr("Highest allowed"),
                                 tr("Reasons")},
                                {u"5%"_s, u"20%"_s, u"17%"_s, u"9%"_s, u"10%"_s, u"39%"_s}, rows);

    h += signatures(tr("PREPARED BY"), tr("(signature and full name)"), tr("HEAD OF THE UNIT"),
                    tr("(signature, full name and seal)"))
        + u"</body></html>"_s;
    return h;
}

QByteArray EvaluationSummaryPdf::render(const EvaluationReport &r, const UnitDirectory &units, const Options &options,
                                        QString *error)
{
    const PdfDocument::Messages messages{
        tr("a PDF can only be made with the graphical libraries loaded (QGuiApplication)"), tr("cannot start the PDF"),
        tr("cannot write the PDF"), tr("Page %1 of %2")};
    if (!PdfDocument::canRender(messages, error))
        return {};
    // Nghị định 30/2020/NĐ-CP: A4 portrait, margins left 30 mm, right 15 mm, top and bottom 20 mm.
    const PdfDocument::Page page{tr("Evaluations, %1").arg(r.year), QPageLayout::Portrait, QMarginsF(30, 20, 15, 20)};
    return PdfDocument::render(html(r, units, options), page, messages, error);
}
