// SPDX-License-Identifier: GPL-3.0-or-later
#include "disciplinepdf.h"

#include "domain/disciplineform.h"
#include "pdfdocument.h"

#include <QHash>
#include <QLocale>
#include <QPageLayout>

using namespace Qt::StringLiterals;
using namespace PdfDocument;

namespace {

const char *kCss = R"(
body { font-size: 11pt; }
table.grid { border-collapse: collapse; border-color: #000000; }
table.grid td { font-size: 9pt; }
table.grid th { font-size: 7pt; background-color: #e8e8e8; font-weight: bold; }
td.n { text-align: right; }
tr.total td { font-weight: bold; }
h3 { font-size: 12pt; margin-top: 14px; margin-bottom: 6px; }
p { margin-top: 3px; margin-bottom: 3px; }
)";

} // namespace

QString DisciplinePdf::html(const DisciplineReport &r, const UnitDirectory &units, const Options &options)
{
    QString h = u"<html><head><style>"_s + QString::fromLatin1(kCss) + u"</style></head><body>"_s;
    QStringList codes;
    for (const UnitDisciplineSummary &us : r.units) {
        if (us.staff > 0) // an empty unit (the province itself) would hide the common parent
            codes << us.code;
    }
    const IssuerLines issuer = issuerLines(units, r.unitCode, codes, options.issuer, tr("PEOPLE'S COMMITTEE"));
    const QDate made = options.madeOn.isValid() ? options.madeOn : QDate::currentDate();
    const QString place = options.place.isEmpty() ? u"…………"_s : options.place;
    const SignatureDate date = signatureDate(made);
    h += header(issuer.line1, issuer.line2, tr("No.: ……/BC"),
                tr("%1, %2/%3/%4", "place, day, month, year of signature").arg(place, date.day, date.month, date.year));
    h += title(tr("REPORT"), tr("ON THE DISCIPLINE OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES"),
               tr("(decisions taking effect in %1)").arg(r.year));
    h += u"<p><i>"_s
        + tr("Basis: Decree 112/2020/NĐ-CP (amended by Decree 71/2023/NĐ-CP); Decree 172/2025/NĐ-CP from 01/07/2025; "
             "Decree 234/2026/NĐ-CP for public employees from 01/07/2026; Law 52/2019/QH14 on the periods during "
             "which promotion, appointment, planning and training are barred.")
        + u"</i></p>"_s;

    // I. Overall.
    h += u"<h3>"_s + tr("I. Overall") + u"</h3><p>"_s
        + tr("Decisions taking effect in the year: <b>%1</b>. Units: <b>%2</b>, of which <b>%3</b> missed the target "
             "that no member receives a reprimand or heavier.")
              .arg(number(r.decisions), number(int(r.units.size())), number(r.unitsMissed))
        + u"</p>"_s;

    // II. By unit and form.
    const QStringList forms = DisciplineForms::codes();
    h += u"<h3>"_s + tr("II. Decisions by unit and form") + u"</h3>"_s;
    QStringList rows;
    QHash<QString, int> totals;
    int staff = 0, i = 0;
    for (const UnitDisciplineSummary &u : r.units) {
        QStringList cells{number(++i), esc(u.name), num(number(u.staff))};
        for (const QString &f : forms) {
            cells << num(number(u.counts.value(f)));
            totals[f] += u.counts.value(f);
        }
        staff += u.staff;
        cells << num(number(u.decisions)) << (u.noneReprimandOrAbove ? tr("met") : u"<b>"_s + tr("missed") + u"</b>"_s);
        rows << row(cells);
    }
    QStringList total{QString(), tr("Total"), num(number(staff))};
    for (const QString &f : forms)
        total << num(number(totals.value(f)));
    total << num(number(r.decisions)) << QString();
    rows << row(total, u"total"_s);
    QStringList headers{tr("No."), tr("Unit"), tr("Staff")};
    QStringList widths{u"4%"_s, u"22%"_s, u"7%"_s};
    for (const QString &f : forms) {
        headers << esc(DisciplineForms::label(f));
        widths << u"7%"_s;
    }
    headers << tr("Total") << tr("Target");
    widths << u"7%"_s << u"11%"_s;
    h += r.units.empty() ? u"<p>"_s + tr("No unit.") + u"</p>"_s : table(headers, widths, rows);
    h += u"<p><i>"_s + tr("Target: no member of the unit received a reprimand or a heavier form in the year.")
        + u"</i></p>"_s;

    // III. The decisions.
    QHash<QString, QString> names;
    for (const UnitDisciplineSummary &u : r.units)
        names.insert(u.code, u.name);
    auto effectRows = [&](bool earlier) {
        QStringList out;
        int n = 0;
        std::vector<const PersonDisciplineEntry *> all;
        for (const PersonDisciplineEntry &p : r.people)
            all.push_back(&p);
        if (earlier) {
            for (const PersonDisciplineEntry &p : r.runningOnly)
                all.push_back(&p);
        }
        for (const PersonDisciplineEntry *pp : all) {
            const PersonDisciplineEntry &p = *pp;
            for (const DisciplineEffect &e : earlier ? p.runningFromEarlier : p.decisions) {
                const DisciplineDecision &d = e.decision;
                const QString bars = e.barsUntil ? dmy(*e.barsUntil) : tr("service ended");
                out << row({number(++n), esc(p.fullName) + u"<br/>"_s + esc(p.code), esc(names.value(p.unitCode)),
                            esc(DisciplineForms::label(d.form)),
                            esc(d.decisionNo) + u"<br/>"_s + dmy(d.decisionDate), dmy(d.effectiveOn()), bars});
            }
        }
        return out;
    };
    const QStringList effectHeaders{tr("No."),          tr("Full name"),      tr("Unit"),      tr("Form"),
                                    tr("Decision"),     tr("Effective"),      tr("Bars until")};
    const QStringList effectWidths{u"5%"_s, u"22%"_s, u"18%"_s, u"15%"_s, u"16%"_s, u"12%"_s, u"12%"_s};
    h += u"<h3>"_s + tr("III. Decisions taking effect in the year") + u"</h3>"_s;
    rows = effectRows(false);
    h += rows.isEmpty() ? u"<p>"_s + tr("None.") + u"</p>"_s : table(effectHeaders, effectWidths, rows);
    h += u"<p><i>"_s
        + tr("Until the date in \"Bars until\" the person is not promoted in rank, appointed to a higher post, "
             "planned or sent to training (12 months after a reprimand, warning or salary-step demotion; 24 months "
             "after a demotion or removal from post).")
        + u"</i></p>"_s;
    rows = effectRows(true);
    if (!rows.isEmpty()) {
        h += u"<h3>"_s + tr("IV. Earlier decisions still running in the year") + u"</h3>"_s;
        h += table(effectHeaders, effectWidths, rows);
    }

    h += signatures(tr("PREPARED BY"), tr("(signature and full name)"), tr("HEAD OF THE UNIT"),
                    tr("(signature, full name and seal)"))
        + u"</body></html>"_s;
    return h;
}

QByteArray DisciplinePdf::render(const DisciplineReport &r, const UnitDirectory &units, const Options &options,
                                 QString *error)
{
    const PdfDocument::Messages messages{
        tr("a PDF can only be made with the graphical libraries loaded (QGuiApplication)"), tr("cannot start the PDF"),
        tr("cannot write the PDF"), tr("Page %1 of %2")};
    if (!PdfDocument::canRender(messages, error))
        return {};
    // Nghị định 30/2020/NĐ-CP: A4, margins left 30 mm, right 15 mm, top and bottom 20 mm. Landscape:
    // the table by form has eleven columns.
    const PdfDocument::Page page{tr("Discipline decisions, %1").arg(r.year), QPageLayout::Landscape,
                                 QMarginsF(30, 20, 15, 20)};
    return PdfDocument::render(html(r, units, options), page, messages, error);
}
