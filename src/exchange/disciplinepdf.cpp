// SPDX-License-Identifier: GPL-3.0-or-later
#include "disciplinepdf.h"

#include "domain/disciplineform.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
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

QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(u"dd/MM/yyyy"_s) : QString();
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
    QString issuer = options.issuer;
    if (issuer.isEmpty() && !r.unitCode.isEmpty()) {
        if (const OrgUnit *u = units.find(r.unitCode))
            issuer = u->name.toUpper();
    }
    if (issuer.isEmpty())
        issuer = u"……………………"_s;
    const QDate made = options.madeOn.isValid() ? options.madeOn : QDate::currentDate();
    const QString place = options.place.isEmpty() ? u"…………"_s : options.place;
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"42%\" align=\"center\" "
         u"valign=\"top\"><b>"_s
        + esc(issuer) + u"</b><br/>───────<br/>"_s + tr("No.: ……/BC")
        + u"</td><td width=\"58%\" align=\"center\" valign=\"top\">"_s;
    // The national motto is never translated.
    h += u"<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh phúc</b><br/>───────────────<br/><i>"_s
        + esc(tr("%1, %2/%3/%4", "place, day, month, year of signature")
                  .arg(place, u"%1"_s.arg(made.day(), 2, 10, QChar(u'0')), u"%1"_s.arg(made.month(), 2, 10, QChar(u'0')),
                       QString::number(made.year())))
        + u"</i></td></tr></table>"_s;
    h += u"<p align=\"center\" style=\"margin-top:18px\"><b><span style=\"font-size:14pt\">"_s + tr("REPORT")
        + u"</span><br/><span style=\"font-size:13pt\">"_s
        + tr("ON THE DISCIPLINE OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES") + u"</span></b><br/><i>"_s
        + tr("(decisions taking effect in %1)").arg(r.year) + u"</i></p>"_s;
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

    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:24px\"><tr>"
         u"<td width=\"50%\" align=\"center\" valign=\"top\"><b>"_s
        + tr("PREPARED BY") + u"</b><br/><i>"_s + tr("(signature and full name)")
        + u"</i></td><td width=\"50%\" align=\"center\" valign=\"top\"><b>"_s + tr("HEAD OF THE UNIT")
        + u"</b><br/><i>"_s + tr("(signature, full name and seal)") + u"</i></td></tr></table></body></html>"_s;
    return h;
}

QByteArray DisciplinePdf::render(const DisciplineReport &r, const UnitDirectory &units, const Options &options,
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
        writer.setTitle(tr("Discipline decisions, %1").arg(r.year));
        writer.setCreator(u"CongVu "_s + QStringLiteral(CONGVU_VERSION));
        writer.setResolution(300);
        // Nghị định 30/2020/NĐ-CP: A4, margins left 30 mm, right 15 mm, top and bottom 20 mm. Landscape:
        // the table by form has eleven columns.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(30, 20, 15, 20),
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
        const qreal footer = writer.resolution() * 0.3;
        const QSizeF body(page.width(), page.height() - footer);
        doc.setPageSize(body);
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
