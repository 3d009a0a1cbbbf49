// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMarginsF>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <memory>

struct OrgUnit;
class QImage;
class QIODevice;
class QPainter;
class QPdfWriter;
class QRectF;
class QTextDocument;
class UnitDirectory;

/**
 * What the official report PDFs (QualificationPdf, DisciplinePdf, CulturePdf) have in common: the
 * Nghị định 30/2020/NĐ-CP page and header block, the HTML pieces of their tables, and the A4 writer
 * with its page numbers.
 *
 * Holds no translated text of its own: every user-visible string is translated by the calling
 * report in its own context (the translations are keyed by it) and passed in.
 */
namespace PdfDocument {

/** The texts the writer shows, translated by the report. */
struct Messages
{
    QString noGui;       ///< "a PDF can only be made with the graphical libraries loaded (QGuiApplication)"
    QString cannotStart; ///< "cannot start the PDF"
    QString cannotWrite; ///< "cannot write the PDF"; empty: an empty result sets no error
    QString pageOf;      ///< "Page %1 of %2"
};

/** The page of a report: A4, in the orientation and with the margins (mm) given. */
struct Page
{
    QString title;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF margins; ///< left, top, right, bottom in millimetres
};

[[nodiscard]] QString esc(const QString &s);
/** n in the user's locale. */
[[nodiscard]] QString number(int n);
/** dd/MM/yyyy, or empty for an invalid date. */
[[nodiscard]] QString dmy(const QDate &d);

/** The day, month and year of a signature as Nghị định 30/2020 writes them: a leading zero on days below 10
 *  and on months below 3. */
struct SignatureDate
{
    QString day;
    QString month;
    QString year;
};
[[nodiscard]] SignatureDate signatureDate(const QDate &d);

/**
 * The unit a report is about: asked (the --unit) when set, else the nearest unit above every one of
 * codes (the report's units); null when they have none in common.
 */
[[nodiscard]] const OrgUnit *reportingUnit(const UnitDirectory &units, const QString &asked, const QStringList &codes);

/** The two lines of the issuing office at the top left of a report. */
struct IssuerLines
{
    QString line1; ///< e.g. "ỦY BAN NHÂN DÂN" (for a province, district or commune-level unit)
    QString line2; ///< the unit's name in capitals, or dots for the office to fill in by hand
};
/**
 * The issuing office of a report about the units codes: given when the user set it; else the reporting
 * unit (reportingUnit()), under committee (the translated "PEOPLE'S COMMITTEE") when it is a province,
 * district or commune-level unit; else dots.
 */
[[nodiscard]] IssuerLines issuerLines(const UnitDirectory &units, const QString &asked, const QStringList &codes,
                                      const QString &given, const QString &committee);

/**
 * The header block: the issuing office (line1 above line2 in bold, either may be empty) and the
 * document number on the left, the national motto (never translated) and the place and date on the right.
 */
[[nodiscard]] QString header(const QString &line1, const QString &line2, const QString &documentNo,
                             const QString &placeAndDate);
/** The title block: the title, the subject below it, the period in italics. */
[[nodiscard]] QString title(const QString &title, const QString &subject, const QString &period);
/** The two signature lines: who prepared the report, and the head of the unit, each with its note. */
[[nodiscard]] QString signatures(const QString &preparedBy, const QString &preparedNote, const QString &head,
                                 const QString &headNote);

/** A bordered table (class "grid") with one header row; widths per column, empty for none. */
[[nodiscard]] QString table(const QStringList &headers, const QStringList &widths, const QStringList &rows);
/** A table row; cells already starting with "<td" are taken as they are. */
[[nodiscard]] QString row(const QStringList &cells, const QString &cls = {});
/** A right-aligned number cell. */
[[nodiscard]] QString num(const QString &text);

/** False, with *error = messages.noGui, when no QGuiApplication runs (fonts need one). */
[[nodiscard]] bool canRender(const Messages &messages, QString *error);
/** Sets the writer up: 300 dpi, title, creator, A4 page. */
void setUp(QPdfWriter &writer, const Page &page);
/** Lays doc out on the writer (TOOLCHAIN.md pitfall 8) with the report font, no document margin. */
void layOutOn(QTextDocument &doc, QPdfWriter &writer);
/** The height of the footer under the text, for the page number (about 7.5 mm). */
[[nodiscard]] qreal footerHeight(const QPdfWriter &writer);
/** "Page p of count" at the bottom right of footer, when there is more than one page. */
void drawPageNumber(QPainter &painter, const QRectF &footer, const QString &pageOf, int p, int count);

/**
 * A report laid out on its A4 pages: the HTML paginated by QTextDocument on a QPdfWriter set up by
 * setUp() (the same page size, margins and resolution as the PDF), so that render() writes these
 * pages and pageImage() shows the very same ones on screen (a preview without Qt PDF).
 * Needs a QGuiApplication (canRender()).
 */
class Pages
{
public:
    /** Lays html out on page; the writer writes to output, or nowhere when null (a preview). */
    Pages(const QString &html, const Page &page, const Messages &messages, QIODevice *output = nullptr);
    ~Pages();
    Pages(const Pages &) = delete;
    Pages &operator=(const Pages &) = delete;

    [[nodiscard]] int pageCount() const;
    /** The writer the pages are laid out on (render() paints on it). */
    [[nodiscard]] QPdfWriter &writer();
    /** Paints page p (from 0) with its page number; painter's origin is the top left of the printable
     *  area, in the writer's pixels. */
    void paintPage(QPainter &painter, int p) const;
    /** The size of a whole sheet (margins included) in the writer's pixels. */
    [[nodiscard]] QSizeF sheetSize() const;
    /**
     * Page p (from 0) as a white sheet width pixels wide (margins included, the height in the A4
     * proportion), drawn like the PDF's page; a null image when p is out of range.
     */
    [[nodiscard]] QImage pageImage(int p, int width) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/**
 * The PDF of html, paginated by QTextDocument itself (a table row that does not fit moves on), with
 * page numbers; empty with *error set on failure.
 */
[[nodiscard]] QByteArray render(const QString &html, const Page &page, const Messages &messages, QString *error);

} // namespace PdfDocument
