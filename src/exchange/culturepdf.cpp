// SPDX-License-Identifier: GPL-3.0-or-later
#include "culturepdf.h"

#include "cultureexport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString number(int n)
{
    return QLocale().toString(n);
}

QString percent(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 2) + u"%"_s : u"–"_s;
}

QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(u"dd/MM/yyyy"_s) : QString();
}

/** The item's wording in the user's language (the Vietnamese wording unless English is asked and known). */
QString itemLabel(const CultureItem &item)
{
    return QLocale().language() == QLocale::English && !item.labelEn.isEmpty() ? item.labelEn : item.labelVi;
}

/** The unit the report is about: the --unit asked for, else the nearest one above every unit of the report. */
const OrgUnit *reportingUnit(const CultureReport &r, const UnitDirectory &units)
{
    if (!r.unitCode.isEmpty())
        return units.find(r.unitCode);
    QStringList common;
    bool first = true;
    for (const UnitCultureSummary &us : r.units) {
        QStringList chain;
        QSet<QString> seen;
        for (const OrgUnit *u = units.find(us.code); u && !u->parentCode.isEmpty() && !seen.contains(u->parentCode);
             u = units.find(u->parentCode)) {
            seen.insert(u->parentCode);
            chain << u->parentCode;
        }
        if (first)
            common = chain;
        else
            common.removeIf([&](const QString &c) { return !chain.contains(c); });
        first = false;
    }
    return common.isEmpty() ? nullptr : units.find(common.first());
}

QString table(const QStringList &headers, const QStringList &widths, const QStringList &rows)
{
    QString out = u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><thead><tr>"_s;
    for (qsizetype c = 0; c < headers.size(); ++c)
        out += (widths.value(c).isEmpty() ? u"<th>"_s : u"<th width=\""_s + widths.value(c) + u"\">"_s)
            + headers.at(c) + u"</th>"_s;
    return out + u"</tr></thead>"_s + rows.join(QString()) + u"</table>"_s;
}

QString row(const QStringList &cells, const QString &cls = {})
{
    QString out = cls.isEmpty() ? u"<tr>"_s : u"<tr class=\""_s + cls + u"\">"_s;
    for (const QString &c : cells)
        out += c.startsWith(u"<td"_s) ? c : u"<td>"_s + c + u"</td>"_s;
    return out + u"</tr>"_s;
}

QString num(const QString &text)
{
    return u"<td class=\"n\">"_s + text + u"</td>"_s;
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
    QString line1, line2 = options.issuer;
    if (line2.isEmpty()) {
        if (const OrgUnit *u = reportingUnit(r, units)) {
            if (u->kind == "tinh"_L1 || u->kind == "huyen"_L1 || u->isCommuneLevel()) {
                line1 = tr("PEOPLE'S COMMITTEE");
                line2 = u->name.toUpper();
            } else {
                line2 = u->name.toUpper();
            }
        }
    }
    if (line1.isEmpty() && line2.isEmpty())
        line2 = u"……………………"_s; // the units have no common parent: the office writes its name
    const QDate made = options.madeOn.isValid() ? options.madeOn : QDate::currentDate();
    const QString place = options.place.isEmpty() ? u"…………"_s : options.place;
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"42%\" align=\"center\" valign=\"top\">"_s;
    if (!line1.isEmpty())
        h += esc(line1) + u"<br/>"_s;
    if (!line2.isEmpty())
        h += u"<b>"_s + esc(line2) + u"</b><br/>"_s;
    h += u"───────<br/>"_s + tr("No.: ……/BC") + u"</td><td width=\"58%\" align=\"center\" valign=\"top\">"_s;
    // The national motto is never translated.
    h += u"<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh phúc</b><br/>───────────────<br/><i>"_s
        + esc(tr("%1, %2/%3/%4", "place, day, month, year of signature")
                  .arg(place, u"%1"_s.arg(made.day(), 2, 10, QChar(u'0')),
                       made.month() < 3 ? u"%1"_s.arg(made.month(), 2, 10, QChar(u'0')) : QString::number(made.month()),
                       QString::number(made.year())))
        + u"</i></td></tr></table>"_s;
    const int quarter = CultureExport::quarterOf(r);
    const QString period = quarter > 0 ? tr("quarter %1 of %2").arg(quarter).arg(r.from.year())
                                       : tr("year %1").arg(r.from.year());
    h += u"<p align=\"center\" style=\"margin-top:18px\"><b><span style=\"font-size:14pt\">"_s + tr("REPORT")
        + u"</span><br/><span style=\"font-size:13pt\">"_s
        + tr("ON THE PUBLIC-SERVICE CULTURE OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES") + u"</span></b><br/><i>"_s
        + tr("(%1: from %2 to %3)").arg(period, dmy(r.from), dmy(r.to)) + u"</i></p>"_s;
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

    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:24px\"><tr>"
         u"<td width=\"50%\" align=\"center\" valign=\"top\"><b>"_s
        + tr("PREPARED BY") + u"</b><br/><i>"_s + tr("(signature and full name)")
        + u"</i></td><td width=\"50%\" align=\"center\" valign=\"top\"><b>"_s + tr("HEAD OF THE UNIT") + u"</b><br/><i>"_s
        + tr("(signature, full name and seal)") + u"</i></td></tr></table></body></html>"_s;
    return h;
}

QByteArray CulturePdf::render(const CultureReport &r, const UnitDirectory &units, const Options &options,
                              QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = tr("a PDF can only be made with the graphical libraries loaded (QGuiApplication)");
        return {};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Public-service culture, %1 to %2").arg(dmy(r.from), dmy(r.to)));
        writer.setCreator(u"CongVu "_s + QStringLiteral(CONGVU_VERSION));
        writer.setResolution(300);
        // Nghị định 30/2020/NĐ-CP: A4 portrait, margins left 30 mm, right 15 mm, top and bottom 20 mm.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(30, 20, 15, 20),
                                         QPageLayout::Millimeter));
        QTextDocument doc;
        // TOOLCHAIN.md pitfall 8: lay out on the writer itself, before the HTML goes in.
        doc.documentLayout()->setPaintDevice(&writer);
        QFont font;
        font.setFamilies({u"Noto Serif"_s, u"DejaVu Serif"_s, u"Times New Roman"_s, u"Noto Sans"_s});
        font.setPointSizeF(11);
        doc.setDefaultFont(font);
        doc.setDocumentMargin(0);
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const qreal footer = writer.resolution() * 0.3; // about 7.5 mm for the page number
        const QSizeF body(page.width(), page.height() - footer);
        doc.setPageSize(body); // QTextDocument paginates (a table row that does not fit moves on)
        doc.setHtml(html(r, units, options));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = tr("cannot start the PDF");
            return {};
        }
        QFont small = font;
        small.setPointSizeF(9);
        const int count = doc.pageCount();
        for (int p = 0; p < count; ++p) {
            if (p > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -p * body.height());
            doc.drawContents(&painter, QRectF(QPointF(0, p * body.height()), body));
            painter.restore();
            if (count > 1) {
                painter.setFont(small);
                painter.drawText(QRectF(0, body.height(), page.width(), footer), Qt::AlignRight | Qt::AlignBottom,
                                 tr("Page %1 of %2").arg(p + 1).arg(count));
            }
        }
        painter.end();
    }
    if (bytes.isEmpty() && error)
        *error = tr("cannot write the PDF");
    return bytes;
}
