// SPDX-License-Identifier: GPL-3.0-or-later
#include "culturepdf.h"

#include "cultureexport.h"
#include "pdfdocument.h"

#include <QHash>
#include <QLocale>
#include <QPageLayout>

using namespace Qt::StringLiterals;
using namespace PdfDocument;

namespace {

QString percent(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 2) + u"%"_s : u"–"_s;
}

/** The item's wording in the user's language (the Vietnamese wording unless English is asked and known). */
QString itemLabel(const CultureItem &item)
{
    return QLocale().language() == QLocale::English && !item.labelEn.isEmpty() ? item.labelEn : item.labelVi;
}

const char *kCss = R"(
body { font-size: 11pt; }
table.grid { border-collapse: collapse; border-color: #000000; }
table.grid td { font-size: 9pt; }
table.grid th { font-size: 8pt; }
table.grid th { background-color: #e8e8e8; font-weight: bold; }
td.n { text-align: right; }
tr.total td { font-weight: bold; }
h3 { font-size: 12pt; margin-top: 14px; margin-bottom: 6px; }
p { margin-top: 3px; margin-bottom: 3px; }
)";

} // namespace

QString CulturePdf::html(const CultureReport &r, const UnitDirectory &units, const Options &options)
{
    QString h = u"<html><head><style>"_s + QString::fromLatin1(kCss) + u"</style></head><body>"_s;
    QStringList codes;
    for (const UnitCultureSummary &us : r.units)
        codes << us.code;
    const IssuerLines issuer = issuerLines(units, r.unitCode, codes, options.issuer, tr("PEOPLE'S COMMITTEE"));
    const QDate made = options.madeOn.isValid() ? options.madeOn : QDate::currentDate();
    const QString place = options.place.isEmpty() ? u"…………"_s : options.place;
    const SignatureDate date = signatureDate(made);
    h += header(issuer.line1, issuer.line2, tr("No.: ……/BC"),
                tr("%1, %2/%3/%4", "place, day, month, year of signature").arg(place, date.day, date.month, date.year));
    const int quarter = CultureExport::quarterOf(r);
    const QString period = quarter > 0 ? tr("quarter %1 of %2").arg(quarter).arg(r.from.year())
                                       : tr("year %1").arg(r.from.year());
    h += title(tr("REPORT"), tr("ON THE PUBLIC-SERVICE CULTURE OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES"),
               tr("(%1: from %2 to %3)").arg(period, dmy(r.from), dmy(r.to)));
    h += u"<p><i>"_s + tr("Basis: Decision 1847/QĐ-TTg of 27/12/2018 on the public-service culture project; "
                          "Decision 129/2007/QĐ-TTg; Directive 26/CT-TTg.")
        + u"</i></p>"_s;

    // I. Overall.
    int inspections = 0, confirmed = 0;
    for (const UnitCultureSummary &u : r.units) {
        inspections += u.inspections;
        confirmed += u.confirmedViolations;
    }
    h += u"<h3>"_s + tr("I. Overall") + u"</h3><p>"_s
        + tr("Inspections: <b>%1</b> in <b>%2</b> unit(s); people inspected: <b>%3</b>; checks: <b>%4</b>, "
             "passed: <b>%5</b>, breaches: <b>%6</b>; compliance rate: <b>%7</b>; confirmed violations: <b>%8</b>.")
              .arg(number(inspections), number(int(r.units.size())), number(int(r.people.size())), number(r.checks),
                   number(r.passed), number(r.checks - r.passed), percent(r.complianceRate), number(confirmed))
        + u"</p><p>"_s
        + tr("For civil servants, the public-service culture counts for %1 of the 30 general-criteria points "
             "(Decree 335/2025/NĐ-CP, from 2026; the split of the 30 points is a local setting).")
              .arg(QLocale().toString(r.pointsMax, 'f', 1))
        + u"</p>"_s;

    // II. By unit.
    h += u"<h3>"_s + tr("II. Compliance by unit") + u"</h3>"_s;
    QStringList rows;
    int i = 0;
    for (const UnitCultureSummary &u : r.units)
        rows << row({number(++i), esc(u.name), num(number(u.inspections)), num(number(u.peopleInspected)),
                     num(number(u.checks)), num(number(u.breaches)), num(percent(u.complianceRate)),
                     num(number(u.confirmedViolations))});
    rows << row({QString(), tr("Total"), num(number(inspections)), num(number(int(r.people.size()))),
                 num(number(r.checks)), num(number(r.checks - r.passed)), num(percent(r.complianceRate)),
                 num(number(confirmed))},
                u"total"_s);
    h += r.units.empty() ? u"<p>"_s + tr("No inspection in this period.") + u"</p>"_s
                         : table({tr("No."), tr("Unit"), tr("Inspections"), tr("People"), tr("Checks"), tr("Breaches"),
                                  tr("Rate"), tr("Confirmed")},
                                 {u"5%"_s, u"31%"_s, u"12%"_s, u"9%"_s, u"9%"_s, u"10%"_s, u"12%"_s, u"12%"_s}, rows);

    // III. Breaches by item.
    h += u"<h3>"_s + tr("III. Breaches by checklist item") + u"</h3>"_s;
    QHash<QString, int> breaches, people;
    for (const UnitCultureSummary &u : r.units) {
        for (auto it = u.breachesByItem.cbegin(); it != u.breachesByItem.cend(); ++it)
            breaches[it.key()] += it.value();
    }
    for (const PersonCultureSummary &p : r.people) {
        for (const QString &item : p.breachedItems)
            ++people[item];
    }
    rows.clear();
    i = 0;
    for (const CultureItem &item : r.items)
        rows << row({number(++i), esc(itemLabel(item)) + (item.leadersOnly ? u" *"_s : QString()), esc(item.basis),
                     num(number(breaches.value(item.code))), num(number(people.value(item.code)))});
    h += table({tr("No."), tr("Checklist item"), tr("Basis"), tr("Breaches"), tr("People")},
               {u"5%"_s, u"50%"_s, u"25%"_s, u"10%"_s, u"10%"_s}, rows);
    h += u"<p><i>"_s + tr("* leaders only") + u"</i></p>"_s;

    // IV. The violations log.
    h += u"<h3>"_s + tr("IV. Violations log") + u"</h3>"_s;
    QHash<QString, QString> labels;
    for (const CultureItem &item : r.items)
        labels.insert(item.code, itemLabel(item));
    rows.clear();
    i = 0;
    for (const CultureViolationRow &v : r.violations)
        rows << row({number(++i), dmy(v.violation.date), esc(v.fullName) + u"<br/>"_s + esc(v.violation.staffCode),
                     esc(v.unitName.isEmpty() ? v.unitCode : v.unitName),
                     esc(labels.value(v.violation.itemCode, v.violation.itemCode))
                         + (v.violation.description.isEmpty() ? QString() : u"<br/><i>"_s + esc(v.violation.description) + u"</i>"_s),
                     esc(CultureViolationStatus::table().label(v.violation.status))});
    h += r.violations.empty() ? u"<p>"_s + tr("None.") + u"</p>"_s
                              : table({tr("No."), tr("Date"), tr("Full name"), tr("Unit"), tr("Breach"), tr("Status")},
                                      {u"5%"_s, u"13%"_s, u"19%"_s, u"16%"_s, u"35%"_s, u"12%"_s}, rows);

    h += signatures(tr("PREPARED BY"), tr("(signature and full name)"), tr("HEAD OF THE UNIT"),
                    tr("(signature, full name and seal)"))
        + u"</body></html>"_s;
    return h;
}

QByteArray CulturePdf::render(const CultureReport &r, const UnitDirectory &units, const Options &options,
                              QString *error)
{
    const PdfDocument::Messages messages{
        tr("a PDF can only be made with the graphical libraries loaded (QGuiApplication)"), tr("cannot start the PDF"),
        tr("cannot write the PDF"), tr("Page %1 of %2")};
    if (!PdfDocument::canRender(messages, error))
        return {};
    // Nghị định 30/2020/NĐ-CP: A4 portrait, margins left 30 mm, right 15 mm, top and bottom 20 mm.
    const PdfDocument::Page page{tr("Public-service culture, %1 to %2").arg(dmy(r.from), dmy(r.to)),
                                 QPageLayout::Portrait, QMarginsF(30, 20, 15, 20)};
    return PdfDocument::render(html(r, units, options), page, messages, error);
}
