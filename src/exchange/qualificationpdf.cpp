// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualificationpdf.h"

#include "domain/codetable.h"
#include "domain/requirementlabels.h"
#include "domain/unitdirectory.h"
#include "pdfdocument.h"
#include "qualificationexport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using namespace PdfDocument;

namespace {

/** A rate as a percentage with 2 decimals (the JSON's 4 decimals), or a dash when nobody is counted. */
QString percent(int qualified, int staff)
{
    if (staff <= 0)
        return u"–"_s;
    const double rate = QualificationExport::roundedRate(double(qualified) / double(staff));
    return QLocale().toString(rate * 100.0, 'f', 2) + u"%"_s;
}

QString titleName(const QString &position)
{
    return CodeTables::communeTitle().contains(position) ? CodeTables::communeTitle().label(position) : position;
}

/** The codes of the report's units. */
QStringList unitCodes(const QualificationReport &report)
{
    QStringList codes;
    for (const UnitQualification &uq : report.units)
        codes << uq.code;
    return codes;
}

/** Puts the column widths on the cells of a row (a table without header row has no other place for them). */
QString withWidths(const QString &row, const QStringList &widths)
{
    QString out = row;
    qsizetype from = 0;
    for (const QString &w : widths) {
        const qsizetype at = out.indexOf(u"<td"_s, from);
        if (at < 0)
            break;
        from = at + 3;
        if (!w.isEmpty()) {
            const QString attribute = u" width=\""_s + w + u'"';
            out.insert(from, attribute);
            from += attribute.size();
        }
    }
    return out;
}

/** Rows per table in the HTML: QTextDocument lays out and draws many small tables much faster than one huge one. */
constexpr int kRowsPerTable = 40;

/**
 * A bordered table as consecutive tables of kRowsPerTable rows, the first with the header row; they
 * read as one: each next part is pulled up 3 px so that its top border lies on the bottom border of the
 * part before (at the writer's 300 dpi), and breakPoints() repeats the header rows on every page.
 */
QString gridTable(const QStringList &headers, const QStringList &widths, const QStringList &rows)
{
    const QString open = u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">"_s;
    QString head = u"<thead><tr>"_s;
    for (qsizetype c = 0; c < headers.size(); ++c)
        head += (widths.value(c).isEmpty() ? u"<th>"_s : u"<th width=\""_s + widths.value(c) + u"\">"_s)
            + headers.at(c) + u"</th>"_s;
    head += u"</tr></thead>"_s;
    QString out = open + head;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0 && i % kRowsPerTable == 0)
            out += u"</table>"_s + QString(open).replace(u"<table "_s, u"<table style=\"margin-top:-3px\" "_s)
                + withWidths(rows.at(i), widths);
        else
            out += rows.at(i);
    }
    return out + u"</table>"_s;
}

const char *kCss = R"(
body { font-size: 11pt; }
table.grid { border-collapse: collapse; border-color: #000000; }
table.grid td, table.grid th { font-size: 10pt; }
table.grid th { background-color: #e8e8e8; font-weight: bold; }
td.n { text-align: right; }
td.c { text-align: center; }
tr.group td { background-color: #f3f3f3; font-weight: bold; }
tr.total td { font-weight: bold; }
h3 { font-size: 12pt; margin-top: 14px; margin-bottom: 6px; }
p { margin-top: 3px; margin-bottom: 3px; }
)";

} // namespace

QString QualificationPdf::html(const QualificationReport &r, const UnitDirectory &units, const Options &options)
{
    QString h;
    h += u"<html><head><style>"_s + QString::fromLatin1(kCss) + u"</style></head><body>"_s;

    // The header block (Nghị định 30/2020/NĐ-CP layout): issuer on the left, the national motto on the right.
    // The issuing office: the Home Affairs office of the town (Phòng Nội vụ) or of the province (Sở Nội vụ)
    // when the report covers their communes; the commune's People's Committee for one commune.
    QString line1, line2;
    if (!options.issuer.isEmpty()) {
        line2 = options.issuer;
    } else if (const OrgUnit *u = reportingUnit(units, r.unitResolved, unitCodes(r))) {
        if (u->kind == "tinh"_L1) {
            line1 = tr("PEOPLE'S COMMITTEE OF %1").arg(u->name.toUpper());
            line2 = tr("DEPARTMENT OF HOME AFFAIRS");
        } else if (u->kind == "huyen"_L1) {
            line1 = tr("PEOPLE'S COMMITTEE OF %1").arg(u->name.toUpper());
            line2 = tr("HOME AFFAIRS OFFICE");
        } else if (u->isCommuneLevel()) {
            line1 = tr("PEOPLE'S COMMITTEE");
            line2 = u->name.toUpper();
        } else {
            line2 = u->name.toUpper();
        }
    }
    const QDate made = options.madeOn.isValid() ? options.madeOn : r.asOf;
    const SignatureDate date = signatureDate(made);
    const QString place = options.place.isEmpty() ? u"…………"_s : options.place;
    h += header(line1, line2, tr("No.: ……/BC"),
                tr("%1, %2/%3/%4", "place, day, month, year of signature").arg(place, date.day, date.month, date.year));
    h += title(tr("REPORT"), tr("ON THE RATE OF COMMUNE-LEVEL CADRES AND CIVIL SERVANTS MEETING THE STANDARDS"),
               (r.projected ? tr("(projected as of %1)") : tr("(as of %1)")).arg(dmy(r.asOf)));

    // I. Overall
    h += u"<h3>"_s + tr("I. Overall") + u"</h3>"_s;
    if (r.projected) {
        const auto trained = std::count_if(r.people.cbegin(), r.people.cend(), [](const PersonQualification &p) {
            return !p.projectedCourses.isEmpty();
        });
        h += u"<p><i>"_s
            + tr("Projected: the planned training ending by %1 is counted as completed (%n person(s)).", nullptr,
                 int(trained))
                  .arg(dmy(r.asOf))
            + u"</i></p>"_s;
    }
    h += u"<p>"_s
        + tr("Commune-level cadres and civil servants whose title has a standard in force: <b>%1</b>; "
             "meeting the standards of their title: <b>%2</b>; rate: <b>%3</b> (target: 100%).")
              .arg(number(r.staff), number(r.qualified), percent(r.qualified, r.staff))
        + u"</p>"_s;
    if (r.stillToQualify > 0) {
        h += u"<p>"_s
            + (r.deadline.isValid()
                   ? tr("Still to qualify: <b>%n person(s)</b>, before the deadline of %1.", nullptr, r.stillToQualify)
                         .arg(dmy(r.deadline))
                   : tr("Not meeting the standards in force on that date: <b>%n person(s)</b>.", nullptr,
                        r.stillToQualify))
            + u"</p>"_s;
        QStringList missed;
        for (const GapCount &g : r.gapCounts)
            missed << esc(RequirementLabels::label(g.key)) + u" ("_s + number(g.people) + u')';
        if (!missed.isEmpty())
            h += u"<p>"_s + tr("Requirements missed (people): %1.").arg(missed.join(u"; "_s)) + u"</p>"_s;
    } else if (r.staff > 0) {
        h += u"<p>"_s + tr("Every person counted meets the standards of their title.") + u"</p>"_s;
    }
    if (r.noStandard > 0)
        h += u"<p>"_s
            + tr("%n person(s) hold a title that has no standard in force on that date: they are not counted.",
                 nullptr, r.noStandard)
            + u"</p>"_s;
    h += u"<p><i>"_s
        + (r.difficultAreaRule ? tr("In difficult areas the lower professional level applies (province setting).")
                               : tr("The lower level for difficult areas is not applied (province setting)."))
        + u"</i></p>"_s;

    const QStringList countWidths{u"6%"_s, QString(), u"12%"_s, u"12%"_s, u"12%"_s, u"12%"_s};
    auto countHeaders = [](const QString &what) {
        return QStringList{tr("No."), what, tr("Counted"), tr("Meeting"), tr("Not meeting"), tr("Rate")};
    };
    auto row = [](const QString &no, const QString &name, int staff, int qualified, const QString &cls = {},
                  bool indent = false) {
        return u"<tr"_s + (cls.isEmpty() ? QString() : u" class=\""_s + cls + u'"') + u"><td class=\"c\">"_s + no
            + (indent ? u"</td><td style=\"padding-left:14px\">"_s : u"</td><td>"_s) + name
            + u"</td><td class=\"n\">"_s + number(staff) + u"</td><td class=\"n\">"_s + number(qualified)
            + u"</td><td class=\"n\">"_s + number(staff - qualified) + u"</td><td class=\"n\">"_s
            + percent(qualified, staff) + u"</td></tr>"_s;
    };

    // II. By unit
    h += u"<h3>"_s + tr("II. By unit") + u"</h3>"_s;
    QStringList rows;
    int i = 0;
    for (const UnitQualification &u : r.units)
        rows << row(number(++i), esc(u.name) + (u.difficultArea ? u" *"_s : QString()), u.staff, u.qualified);
    rows << row({}, tr("Total"), r.staff, r.qualified, u"total"_s);
    h += gridTable(countHeaders(tr("Unit")), countWidths, rows);
    bool anyDifficult = false;
    for (const UnitQualification &u : r.units)
        anyDifficult = anyDifficult || u.difficultArea;
    if (anyDifficult)
        h += u"<p><i>"_s + tr("* difficult area") + u"</i></p>"_s;

    // III. By title, every unit together, cán bộ then công chức.
    std::map<QString, std::pair<int, int>> byTitle;
    for (const UnitQualification &u : r.units) {
        for (const PositionQualification &p : u.positions) {
            byTitle[p.position].first += p.staff;
            byTitle[p.position].second += p.qualified;
        }
    }
    h += u"<h3>"_s + tr("III. By title") + u"</h3>"_s;
    const QStringList cadres = CodeTables::communeCadreTitles();
    const QStringList servants = CodeTables::communeCivilServantTitles();
    struct Group
    {
        QString name;
        QStringList titles;
    };
    QStringList others;
    for (const auto &[position, counts] : byTitle) {
        if (!cadres.contains(position) && !servants.contains(position))
            others << position;
    }
    const Group groups[] = {{tr("Commune-level cadres"), cadres},
                            {tr("Commune-level civil servants"), servants},
                            {tr("Other titles"), others}};
    rows.clear();
    i = 0;
    for (const Group &g : groups) {
        int staff = 0, qualified = 0;
        for (const QString &t : g.titles) {
            const auto it = byTitle.find(t);
            if (it != byTitle.end()) {
                staff += it->second.first;
                qualified += it->second.second;
            }
        }
        if (staff == 0)
            continue;
        rows << row({}, esc(g.name), staff, qualified, u"group"_s);
        for (const QString &t : g.titles) {
            const auto it = byTitle.find(t);
            if (it != byTitle.end())
                rows << row(number(++i), esc(titleName(t)), it->second.first, it->second.second);
        }
    }
    rows << row({}, tr("Total"), r.staff, r.qualified, u"total"_s);
    h += gridTable(countHeaders(tr("Title")), countWidths, rows);

    // IV. By unit and title.
    h += u"<h3>"_s + tr("IV. By unit and title") + u"</h3>"_s;
    rows.clear();
    i = 0;
    for (const UnitQualification &u : r.units) {
        if (u.staff == 0)
            continue;
        rows << row(number(++i), esc(u.name), u.staff, u.qualified, u"group"_s);
        for (const PositionQualification &p : u.positions)
            rows << row({}, esc(titleName(p.position)), p.staff, p.qualified, {}, true);
    }
    if (rows.isEmpty())
        h += u"<p>"_s + tr("None.") + u"</p>"_s;
    else
        h += gridTable(countHeaders(tr("Unit / title")), countWidths, rows);

    // V. People not meeting the standards: what they miss and by when.
    h += u"<h3>"_s + tr("V. People not meeting the standards of their title") + u"</h3>"_s;
    QHash<QString, QString> unitNames;
    for (const UnitQualification &u : r.units)
        unitNames.insert(u.code, u.name);
    rows.clear();
    i = 0;
    for (const PersonQualification &p : r.people) {
        if (p.status != QualificationResult::Status::NotQualified)
            continue;
        QStringList gaps;
        for (const QString &g : p.gaps)
            gaps << esc(RequirementLabels::label(g));
        rows << u"<tr><td class=\"c\">"_s + number(++i) + u"</td><td>"_s + esc(p.fullName)
                + u"<br/><span style=\"font-size:8pt\">"_s + esc(p.code) + u"</span></td><td>"_s
                + esc(unitNames.value(p.unitCode, p.unitCode)) + u"</td><td>"_s + esc(titleName(p.position))
                + u"</td><td>"_s + gaps.join(u"; "_s) + u"</td><td class=\"c\">"_s
                + (p.deadline.isValid() ? dmy(p.deadline) : u"–"_s) + u"</td></tr>"_s;
    }
    if (rows.isEmpty())
        h += u"<p>"_s + tr("None.") + u"</p>"_s;
    else
        h += gridTable({tr("No."), tr("Full name"), tr("Unit"), tr("Title"), tr("Missing"), tr("Deadline")},
                       {u"6%"_s, u"21%"_s, u"16%"_s, u"21%"_s, QString(), u"14%"_s}, rows);

    // Signatures.
    h += signatures(tr("PREPARED BY"), tr("(signature and full name)"), tr("HEAD OF THE UNIT"),
                    tr("(signature, full name and seal)"));
    h += u"</body></html>"_s;
    return h;
}

namespace {

/** A place where a page may end: before a paragraph, a table, or a table row (never inside a row). */
struct BreakPoint
{
    qreal y = 0;
    QRectF repeat; ///< the table's header rows, drawn again at the top of the next page (empty: none)
};

/**
 * Where pages may end in a document laid out without pages. QTextDocument's own pagination splits
 * a table row whose first line fits at the bottom of a page; an official report keeps rows whole
 * and repeats the table's header instead.
 */
std::vector<BreakPoint> breakPoints(const QTextDocument &doc)
{
    std::vector<BreakPoint> out;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const qreal scale = layout->paintDevice() ? layout->paintDevice()->logicalDpiY() / 96.0 : 1.0;
    bool afterHeading = false;
    bool afterGrid = false; // the last thing seen is a bordered table (the next one may continue it)
    QRectF gridHeader;      // the header rows of the table being continued
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table) {
                if (!afterHeading)
                    out.push_back({layout->frameBoundingRect(frame).top(), {}});
                afterHeading = afterGrid = false;
                continue;
            }
            const QRectF box = layout->frameBoundingRect(table);
            const QTextTableFormat format = table->format();
            const int headerRows = format.headerRowCount();
            const qreal pad = format.cellPadding() * scale;
            // The top of a row: its cells' first line less the padding (the line above belongs to the row before).
            auto rowTop = [&](int row) {
                return layout->blockBoundingRect(table->cellAt(row, 0).firstCursorPosition().block()).top() - pad;
            };
            // The table starts with its top border, just above its first row.
            const qreal top = rowTop(0) - 2 * format.border() * scale;
            const bool continued = afterGrid && headerRows == 0 && format.border() > 0;
            if (!continued)
                gridHeader = headerRows > 0 && table->rows() > headerRows
                    ? QRectF(box.left(), top, box.width(), rowTop(headerRows) - top)
                    : QRectF();
            if (!afterHeading)
                out.push_back({top, continued ? gridHeader : QRectF()});
            // Not between the header and the first row: the header would stand alone.
            for (int row = headerRows + 1; row < table->rows(); ++row)
                out.push_back({rowTop(row), gridHeader});
            afterHeading = false;
            afterGrid = format.border() > 0;
        } else if (it.currentBlock().isValid()) {
            const QTextBlock block = it.currentBlock();
            if (block.length() <= 1 && afterGrid)
                continue; // the closed gap between two parts of one table
            if (!afterHeading)
                out.push_back({layout->blockBoundingRect(block).top(), {}});
            afterHeading = block.blockFormat().headingLevel() > 0; // a heading stays with what follows
            afterGrid = false;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const BreakPoint &a, const BreakPoint &b) { return a.y < b.y; });
    return out;
}

/** One page: the slice [top, bottom) of the document, under the repeated header rows if any. */
struct PageSlice
{
    qreal top = 0;
    qreal bottom = 0;
    QRectF repeat;
};

std::vector<PageSlice> paginate(const QTextDocument &doc, qreal pageHeight)
{
    const std::vector<BreakPoint> points = breakPoints(doc);
    const qreal end = doc.size().height();
    std::vector<PageSlice> pages;
    PageSlice page;
    while (page.top < end - 0.5) {
        const qreal limit = page.top + pageHeight - page.repeat.height();
        if (end <= limit) {
            page.bottom = end;
            pages.push_back(page);
            break;
        }
        const BreakPoint *chosen = nullptr;
        for (const BreakPoint &b : points) {
            if (b.y > page.top + 1 && b.y <= limit)
                chosen = &b;
        }
        PageSlice next;
        if (chosen) {
            page.bottom = chosen->y;
            next.repeat = chosen->repeat;
        } else {
            page.bottom = limit; // taller than a page: cut where the page ends
            next.repeat = page.repeat;
        }
        pages.push_back(page);
        next.top = page.bottom;
        page = next;
    }
    return pages;
}

} // namespace

QByteArray QualificationPdf::render(const QualificationReport &r, const UnitDirectory &units, const Options &options,
                                    QString *error)
{
    const PdfDocument::Messages messages{
        tr("a PDF can only be made with the graphical libraries loaded (QGuiApplication)"), tr("cannot start the PDF"),
        QString(), tr("Page %1 of %2")};
    if (!PdfDocument::canRender(messages, error))
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // Nghị định 30/2020/NĐ-CP: A4 portrait, left margin 30-35 mm, right 15-20 mm, top and bottom 20-25 mm
        // (the text ends 22 mm above the bottom edge, the page number below it).
        PdfDocument::setUp(writer, {(r.projected ? tr("Projected commune-level qualification rate on %1")
                                                   : tr("Commune-level qualification rate on %1"))
                                          .arg(dmy(r.asOf)),
                                    QPageLayout::Portrait, QMarginsF(30, 20, 15, 15)});
        QTextDocument doc;
        PdfDocument::layOutOn(doc, writer);
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const qreal footer = PdfDocument::footerHeight(writer);
        const qreal bodyHeight = page.height() - footer;
        // One long page; the pages are cut below, between rows (see breakPoints).
        doc.setTextWidth(page.width());
        doc.setHtml(html(r, units, options));
        const std::vector<PageSlice> pages = paginate(doc, bodyHeight);

        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = messages.cannotStart;
            return {};
        }
        const int count = int(pages.size());
        for (int p = 0; p < count; ++p) {
            const PageSlice &slice = pages[size_t(p)];
            if (p > 0)
                writer.newPage();
            qreal y = 0;
            if (!slice.repeat.isEmpty()) {
                painter.save();
                painter.translate(0, -slice.repeat.top());
                doc.drawContents(&painter, QRectF(0, slice.repeat.top(), page.width(), slice.repeat.height()));
                painter.restore();
                y = slice.repeat.height();
            }
            painter.save();
            painter.translate(0, y - slice.top);
            doc.drawContents(&painter, QRectF(0, slice.top, page.width(), slice.bottom - slice.top));
            painter.restore();
            PdfDocument::drawPageNumber(painter, QRectF(0, bodyHeight, page.width(), footer), messages.pageOf, p,
                                        count);
        }
        painter.end();
    }
    return bytes;
}
