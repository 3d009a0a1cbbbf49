// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfdocument.h"

#include "domain/unitdirectory.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

/** The report font: a serif with Vietnamese glyphs. */
QFont reportFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({u"Noto Serif"_s, u"DejaVu Serif"_s, u"Times New Roman"_s, u"Noto Sans"_s});
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace

namespace PdfDocument {

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

SignatureDate signatureDate(const QDate &d)
{
    return {u"%1"_s.arg(d.day(), 2, 10, QChar(u'0')),
            d.month() < 3 ? u"%1"_s.arg(d.month(), 2, 10, QChar(u'0')) : QString::number(d.month()),
            QString::number(d.year())};
}

const OrgUnit *reportingUnit(const UnitDirectory &units, const QString &asked, const QStringList &codes)
{
    if (!asked.isEmpty())
        return units.find(asked);
    QStringList common;
    bool first = true;
    for (const QString &code : codes) {
        QStringList chain;
        QSet<QString> seen;
        for (const OrgUnit *u = units.find(code); u && !u->parentCode.isEmpty() && !seen.contains(u->parentCode);
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

IssuerLines issuerLines(const UnitDirectory &units, const QString &asked, const QStringList &codes,
                        const QString &given, const QString &committee)
{
    IssuerLines out;
    out.line2 = given;
    if (out.line2.isEmpty()) {
        if (const OrgUnit *u = reportingUnit(units, asked, codes)) {
            if (u->kind == "tinh"_L1 || u->kind == "huyen"_L1 || u->isCommuneLevel())
                out.line1 = committee;
            out.line2 = u->name.toUpper();
        }
    }
    if (out.line1.isEmpty() && out.line2.isEmpty())
        out.line2 = u"……………………"_s; // the units have no common parent: the office writes its name
    return out;
}

QString header(const QString &line1, const QString &line2, const QString &documentNo, const QString &placeAndDate)
{
    QString h = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"_s;
    h += u"<td width=\"42%\" align=\"center\" valign=\"top\">"_s;
    if (!line1.isEmpty())
        h += u"<span style=\"font-size:11pt\">"_s + esc(line1) + u"</span><br/>"_s;
    if (!line2.isEmpty())
        h += u"<b>"_s + esc(line2) + u"</b><br/>"_s;
    h += u"<span style=\"font-size:10pt\">───────</span><br/><span style=\"font-size:11pt\">"_s + documentNo
        + u"</span>"_s;
    h += u"</td><td width=\"58%\" align=\"center\" valign=\"top\">"_s;
    // The national motto is never translated.
    h += u"<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh phúc</b><br/>"_s
         u"<span style=\"font-size:10pt\">───────────────</span><br/><i>"_s
        + esc(placeAndDate) + u"</i></td></tr></table>"_s;
    return h;
}

QString title(const QString &title, const QString &subject, const QString &period)
{
    return u"<p align=\"center\" style=\"margin-top:18px\"><b><span style=\"font-size:14pt\">"_s + title
        + u"</span><br/><span style=\"font-size:13pt\">"_s + subject + u"</span></b><br/><i>"_s + period
        + u"</i></p>"_s;
}

QString signatures(const QString &preparedBy, const QString &preparedNote, const QString &head,
                   const QString &headNote)
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:24px\"><tr>"_s
           u"<td width=\"50%\" align=\"center\" valign=\"top\"><b>"_s
        + preparedBy + u"</b><br/><i>"_s + preparedNote
        + u"</i></td><td width=\"50%\" align=\"center\" valign=\"top\"><b>"_s + head + u"</b><br/><i>"_s + headNote
        + u"</i></td></tr></table>"_s;
}

QString table(const QStringList &headers, const QStringList &widths, const QStringList &rows)
{
    QString out = u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><thead><tr>"_s;
    for (qsizetype c = 0; c < headers.size(); ++c)
        out += (widths.value(c).isEmpty() ? u"<th>"_s : u"<th width=\""_s + widths.value(c) + u"\">"_s)
            + headers.at(c) + u"</th>"_s;
    return out + u"</tr></thead>"_s + rows.join(QString()) + u"</table>"_s;
}

QString row(const QStringList &cells, const QString &cls)
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

bool canRender(const Messages &messages, QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    if (error)
        *error = messages.noGui;
    return false;
}

void setUp(QPdfWriter &writer, const Page &page)
{
    writer.setTitle(page.title);
    writer.setCreator(u"CongVu "_s + QStringLiteral(CONGVU_VERSION));
    writer.setResolution(300);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), page.orientation, page.margins, QPageLayout::Millimeter));
}

void layOutOn(QTextDocument &doc, QPdfWriter &writer)
{
    // TOOLCHAIN.md pitfall 8: lay out on the writer itself, before the HTML goes in.
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(reportFont(11));
    doc.setDocumentMargin(0);
}

qreal footerHeight(const QPdfWriter &writer)
{
    return writer.resolution() * 0.3;
}

void drawPageNumber(QPainter &painter, const QRectF &footer, const QString &pageOf, int p, int count)
{
    if (count <= 1)
        return;
    painter.setFont(reportFont(9));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, pageOf.arg(p + 1).arg(count));
}

struct Pages::Private
{
    QByteArray discarded; ///< what a preview's writer would write (nothing: it is never painted on)
    QBuffer sink{&discarded};
    std::unique_ptr<QPdfWriter> writer;
    QTextDocument doc;
    QString pageOf;
    QRectF area;   ///< the printable area within the sheet, in the writer's pixels
    qreal footer = 0;
    QSizeF body;   ///< the area less the footer: the height of a page of text
};

Pages::Pages(const QString &html, const Page &page, const Messages &messages, QIODevice *output)
    : d(std::make_unique<Private>())
{
    if (!output) {
        d->sink.open(QIODevice::WriteOnly);
        output = &d->sink;
    }
    d->writer = std::make_unique<QPdfWriter>(output);
    d->pageOf = messages.pageOf;
    setUp(*d->writer, page);
    layOutOn(d->doc, *d->writer);
    d->area = d->writer->pageLayout().paintRectPixels(d->writer->resolution());
    d->footer = footerHeight(*d->writer);
    d->body = QSizeF(d->area.width(), d->area.height() - d->footer);
    d->doc.setPageSize(d->body); // QTextDocument paginates (a table row that does not fit moves on)
    d->doc.setHtml(html);
}

Pages::~Pages() = default;

int Pages::pageCount() const
{
    return d->doc.pageCount();
}

QPdfWriter &Pages::writer()
{
    return *d->writer;
}

void Pages::paintPage(QPainter &painter, int p) const
{
    painter.save();
    painter.translate(0, -p * d->body.height());
    d->doc.drawContents(&painter, QRectF(QPointF(0, p * d->body.height()), d->body));
    painter.restore();
    drawPageNumber(painter, QRectF(0, d->body.height(), d->area.width(), d->footer), d->pageOf, p, pageCount());
}

QSizeF Pages::sheetSize() const
{
    return d->writer->pageLayout().fullRectPixels(d->writer->resolution()).size();
}

QImage Pages::pageImage(int p, int width) const
{
    if (p < 0 || p >= pageCount() || width <= 0)
        return {};
    const QSizeF sheet = sheetSize();
    const qreal scale = width / sheet.width();
    QImage image(width, qRound(sheet.height() * scale), QImage::Format_RGB32);
    // Drawn at the writer's resolution, scaled down: point sizes resolve as on the PDF's page.
    const int dotsPerMeter = qRound(d->writer->resolution() / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.scale(scale, scale);
        painter.translate(d->area.topLeft());
        paintPage(painter, p);
    }
    const int screenDotsPerMeter = qRound(d->writer->resolution() * scale / 0.0254);
    image.setDotsPerMeterX(screenDotsPerMeter);
    image.setDotsPerMeterY(screenDotsPerMeter);
    return image;
}

QByteArray render(const QString &html, const Page &page, const Messages &messages, QString *error)
{
    if (!canRender(messages, error))
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        Pages pages(html, page, messages, &buffer);
        QPainter painter;
        if (!painter.begin(&pages.writer())) {
            if (error)
                *error = messages.cannotStart;
            return {};
        }
        const int count = pages.pageCount();
        for (int p = 0; p < count; ++p) {
            if (p > 0)
                pages.writer().newPage();
            pages.paintPage(painter, p);
        }
        painter.end();
    }
    if (bytes.isEmpty() && error && !messages.cannotWrite.isEmpty())
        *error = messages.cannotWrite;
    return bytes;
}

} // namespace PdfDocument
