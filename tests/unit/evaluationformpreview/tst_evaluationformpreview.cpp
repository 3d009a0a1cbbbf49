// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/evaluationcontroller.h"
#include "app/formpreviewprovider.h"
#include "exchange/evaluationformpdf.h"
#include "exchange/pdfdocument.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/evaluationservice.h"
#include "services/registryservice.h"
#include "testdatabase.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

/** Pages of a PDF by pdfinfo, or nullopt when poppler-utils is missing. */
std::optional<int> pdfinfoPages(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (tool.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(tool, {path});
    if (!p.waitForFinished(60000))
        return -1;
    const QRegularExpressionMatch m =
        QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/** Page objects the PDF writer wrote ("/Type /Page", not "/Pages"). */
int writtenPages(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?!s)"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

/** Page p (from 0) of the PDF at path drawn by poppler width pixels wide, or a null image without pdftoppm. */
QImage popplerPage(const QString &path, int p, int width, const QString &dir)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftoppm"_s);
    if (tool.isEmpty())
        return {};
    const QString prefix = dir + u"/poppler"_s;
    QProcess proc;
    proc.start(tool, {u"-f"_s, QString::number(p + 1), u"-l"_s, QString::number(p + 1), u"-scale-to-x"_s,
                      QString::number(width), u"-scale-to-y"_s, u"-1"_s, u"-png"_s, u"-singlefile"_s, path, prefix});
    if (!proc.waitForFinished(60000))
        return {};
    return QImage(prefix + u".png"_s);
}

/** The box around the ink (pixels darker than mid grey) of a page image. */
QRect inkBox(const QImage &image)
{
    QRect box;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] < 128)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

QString longText(const QString &word, int repeats)
{
    QStringList parts;
    for (int i = 0; i < repeats; ++i)
        parts << word;
    return parts.join(u' ');
}

} // namespace

/**
 * The preview of the evaluation form (phiếu đánh giá, ND 90/2020 Mẫu 01–03) on screen without Qt PDF:
 * PdfDocument::Pages lays the form out once for both the PDF and the page images, so the preview
 * has the PDF's pages (counted by pdfinfo and in the PDF itself) and the same layout on each page
 * (the ink where poppler draws it); EvaluationController gives the page count and the images, read
 * again after the form changes; FormPreviewProvider parses the image URL.
 */
class TestEvaluationFormPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pagesAreThePdfsPages_data();
    void pagesAreThePdfsPages();
    void controllerFollowsTheForm();
    void providerServesTheUrl();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RegistryService> m_registry;
    std::unique_ptr<EvaluationService> m_service;
};

void TestEvaluationFormPreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEvaluationFormPreview::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 20), QTime(9, 0)));
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    StaffMember leader = Samples::person(u"L"_s, u"Trần Thị Lành"_s, u"WN"_s, u"cc"_s, u"Trưởng phòng"_s);
    leader.isLeader = true;
    QVERIFY(Samples::insertStaff(m_db->db(), {Samples::person(u"A"_s, u"Nguyễn Văn An"_s, u"WN"_s, u"cc"_s), leader}));
    m_registry = std::make_unique<RegistryService>(m_db->db(), *m_clock);
    m_service = std::make_unique<EvaluationService>(m_db->db(), *m_clock);
    m_service->setActor(u"app:tester"_s);
}

void TestEvaluationFormPreview::cleanup()
{
    m_service.reset();
    m_registry.reset();
    m_clock.reset();
    m_db.reset();
}

void TestEvaluationFormPreview::pagesAreThePdfsPages_data()
{
    QTest::addColumn<QString>("staffCode");
    QTest::addColumn<int>("repeats");

    QTest::newRow("blank form of a civil servant (Mẫu 02)") << u"A"_s << 0;
    QTest::newRow("leader with long written parts (Mẫu 02 + leader items)") << u"L"_s << 300;
}

void TestEvaluationFormPreview::pagesAreThePdfsPages()
{
    QFETCH(QString, staffCode);
    QFETCH(int, repeats);
    if (repeats > 0) {
        EvaluationForm form;
        form.politics = longText(u"Chấp hành nghiêm chủ trương, đường lối của Đảng;"_s, repeats / 3);
        form.taskResults = longText(u"Hoàn thành đúng hạn các nhiệm vụ được giao,"_s, repeats);
        form.leaderCapacity = longText(u"Điều hành phòng hiệu quả."_s, repeats / 2);
        const SaveResult saved = m_service->saveForm(staffCode, 2026, form);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
    }
    QString error;
    const std::optional<EvaluationFormPdf::Data> data =
        EvaluationFormPdf::load(*m_service, *m_registry, staffCode, 2026, &error);
    QVERIFY2(data, qPrintable(error));
    EvaluationFormPdf::Options options;
    options.madeOn = m_clock->today();
    const UnitDirectory units = m_registry->units();

    const std::unique_ptr<PdfDocument::Pages> pages = EvaluationFormPdf::layOut(*data, units, options, &error);
    QVERIFY2(pages, qPrintable(error));
    const QByteArray pdf = EvaluationFormPdf::render(*data, units, options, &error);
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));

    // The same number of pages as the PDF the writer produced.
    const int count = pages->pageCount();
    QVERIFY(count >= 1);
    if (repeats > 0)
        QVERIFY2(count >= 3, "long written parts run over several pages");
    QCOMPARE(writtenPages(pdf), count);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"form.pdf"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(pdf), pdf.size());
    }
    if (const std::optional<int> info = pdfinfoPages(path))
        QCOMPARE(*info, count);

    // Every page is a white A4 sheet at the width asked, with text on it.
    const int width = 794; // A4 at 96 dpi
    for (int p = 0; p < count; ++p) {
        const QImage image = pages->pageImage(p, width);
        QVERIFY2(!image.isNull(), qPrintable(u"page %1"_s.arg(p + 1)));
        QCOMPARE(image.width(), width);
        QVERIFY2(qAbs(image.height() - width * 297.0 / 210.0) <= 2, "A4 proportions (the sheet is whole pixels at 300 dpi)");
        QCOMPARE(image.pixel(5, 5), qRgb(255, 255, 255)); // the margin stays white
        const QRect ink = inkBox(image);
        QVERIFY2(!ink.isEmpty(), qPrintable(u"page %1 has text"_s.arg(p + 1)));
        // Nothing is drawn in the margins (ND 30/2020: left 30 mm, right 15 mm, top and bottom 20 mm).
        const qreal mm = width / 210.0;
        QVERIFY2(ink.left() >= qFloor(29 * mm) && ink.right() <= qCeil((210 - 14) * mm) && ink.top() >= qFloor(19 * mm)
                     && ink.bottom() <= qCeil((297 - 19) * mm),
                 qPrintable(u"page %1 ink %2,%3 %4x%5"_s.arg(p + 1).arg(ink.x()).arg(ink.y()).arg(ink.width()).arg(
                     ink.height())));

        // Where poppler draws the PDF's page, the preview has its text too (within 1 % of the width).
        if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
            continue; // poppler-utils not installed
        const QImage poppler = popplerPage(path, p, width, dir.path());
        QVERIFY2(poppler.width() == width, "pdftoppm draws the page");
        const QRect expected = inkBox(poppler);
        const int tolerance = width / 100;
        const QString where = u"page %1: preview ink %2,%3-%4,%5, PDF ink %6,%7-%8,%9"_s.arg(p + 1)
                                  .arg(ink.left()).arg(ink.top()).arg(ink.right()).arg(ink.bottom())
                                  .arg(expected.left()).arg(expected.top()).arg(expected.right()).arg(expected.bottom());
        QVERIFY2(qAbs(ink.left() - expected.left()) <= tolerance, qPrintable(where));
        QVERIFY2(qAbs(ink.top() - expected.top()) <= tolerance, qPrintable(where));
        QVERIFY2(qAbs(ink.right() - expected.right()) <= tolerance, qPrintable(where));
        QVERIFY2(qAbs(ink.bottom() - expected.bottom()) <= tolerance, qPrintable(where));
    }
    // Out of range: nothing.
    QVERIFY(pages->pageImage(count, width).isNull());
    QVERIFY(pages->pageImage(-1, width).isNull());
    QVERIFY(pages->pageImage(0, 0).isNull());
    // Another width: the same sheet, larger.
    const QImage large = pages->pageImage(0, 1588);
    QCOMPARE(large.width(), 1588);
    QVERIFY(qAbs(large.height() - 1588 * 297.0 / 210.0) <= 3);
}

void TestEvaluationFormPreview::controllerFollowsTheForm()
{
    EvaluationController controller(*m_service, *m_registry);
    controller.setToday(QDate(2026, 12, 20));
    controller.setUnitCode(u"WN"_s);
    QCOMPARE(controller.formPageCount(), 0); // nobody selected
    controller.select(u"L"_s);
    QCOMPARE(controller.selectedCode(), u"L"_s);
    const int blank = controller.formPageCount();
    QVERIFY(blank >= 1);
    const QImage first = controller.formPageImage(u"L"_s, 2026, 0, 600);
    QCOMPARE(first.width(), 600);
    QVERIFY(!inkBox(first).isEmpty());
    QVERIFY(controller.formPageImage(u"L"_s, 2026, blank, 600).isNull());
    QVERIFY(controller.formPageImage(u"NOBODY"_s, 2026, 0, 600).isNull());

    // The form written at length: the count is read again and follows.
    QVariantMap form = controller.form();
    form[u"taskResults"_s] = longText(u"Hoàn thành đúng hạn các nhiệm vụ được giao,"_s, 400);
    QVERIFY(controller.saveForm(form, QString()));
    const int longer = controller.formPageCount();
    QVERIFY2(longer > blank, qPrintable(u"%1 pages, then %2"_s.arg(blank).arg(longer)));
    QVERIFY(!controller.formPageImage(u"L"_s, 2026, longer - 1, 600).isNull());

    // The count is that of the PDF printForm() writes.
    QTemporaryDir dir;
    const QString path = controller.printForm(dir.filePath(u"l.pdf"_s));
    QVERIFY(!path.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(writtenPages(f.readAll()), longer);
    // Another person of the unit: that person's blank form (no leader items: no more pages).
    controller.select(u"A"_s);
    QVERIFY(controller.formPageCount() >= 1);
    QVERIFY(controller.formPageCount() <= blank);
}

void TestEvaluationFormPreview::providerServesTheUrl()
{
    EvaluationController controller(*m_service, *m_registry);
    controller.setToday(QDate(2026, 12, 20));
    FormPreviewProvider provider(&controller);
    QCOMPARE(provider.imageType(), QQuickImageProvider::Image);
    QSize size;
    // image://evaluationform/<staffCode>/<year>/<page>?<revision>
    QImage image = provider.requestImage(u"L/2026/0?3"_s, &size, QSize(700, -1));
    QCOMPARE(image.width(), 700);
    QCOMPARE(size, image.size());
    image = provider.requestImage(u"L/2026/0"_s, &size, QSize());
    QCOMPARE(image.width(), 794); // A4 at 96 dpi when no size is asked
    QVERIFY(provider.requestImage(u"L/2026/99?1"_s, &size, QSize()).isNull());
    QCOMPARE(size, QImage().size());
    QVERIFY(provider.requestImage(u"L/year/0"_s, &size, QSize()).isNull());
    QVERIFY(provider.requestImage(u"garbage"_s, &size, QSize()).isNull());
}

QTEST_MAIN(TestEvaluationFormPreview)
#include "tst_evaluationformpreview.moc"
