// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h" // pdfText
#include "exchange/pdfdocument.h"
#include "exchange/trainingplanpdf.h"
#include "registrysamples.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 M = 1000000;

UnitDirectory directory()
{
    return UnitDirectory({Samples::unit(u"T"_s, u"Tỉnh Thử"_s, u"tinh"_s),
                          Samples::unit(u"A"_s, u"Phường An"_s, u"phuong"_s, u"T"_s),
                          Samples::unit(u"B"_s, u"Xã Bình"_s, u"xa"_s, u"T"_s)});
}

TrainingEnrolmentRow row(qint64 id, const QString &staff, const QString &name, const QString &unit,
                         const QString &course, const QString &courseName, const QString &kind, const QString &status,
                         qint64 cost)
{
    TrainingEnrolmentRow r;
    r.enrolment.id = id;
    r.enrolment.planId = 1;
    r.enrolment.staffCode = staff;
    r.enrolment.courseCode = course;
    r.enrolment.status = status;
    r.enrolment.startDate = QDate(2027, 3, 1);
    r.enrolment.endDate = QDate(2027, 5, 31);
    r.enrolment.cost = cost;
    r.fullName = name;
    r.unitCode = unit;
    r.unitName = unit == u"A"_s ? u"Phường An"_s : u"Xã Bình"_s;
    r.budgetUnitCode = unit;
    r.courseName = courseName;
    r.courseKind = kind;
    return r;
}

TrainingBudgetLine line(const QString &unit, const QString &name, qint64 budget, qint64 planned, qint64 spent,
                        int plans, int enrolments, int completed, int dropped)
{
    TrainingBudgetLine l;
    l.unitCode = unit;
    l.unitName = name;
    l.budget = budget;
    l.planned = planned;
    l.spent = spent;
    l.plans = plans;
    l.enrolments = enrolments;
    l.completed = completed;
    l.dropped = dropped;
    return l;
}

/**
 * The 2027 plan: the office plan (80 M) and A's (40 M); two in state management (B's Bình, A's An),
 * one in intermediate political theory (A's Cường) and one dropped IT course (B's Dung).
 */
TrainingYearReport plan2027()
{
    TrainingYearReport r;
    r.year = 2027;
    r.plans = {{2, 2027, {}, u"Kế hoạch đào tạo, bồi dưỡng năm 2027"_s, 80 * M, {}},
               {1, 2027, u"A"_s, u"Kế hoạch Phường An"_s, 40 * M, {}}};
    r.enrolments = {
        row(1, u"P1"_s, u"Nguyễn Văn An"_s, u"A"_s, u"qlnn_chuyen_vien"_s, u"Bồi dưỡng QLNN ngạch chuyên viên"_s,
            u"state_management"_s, u"planned"_s, 4500000),
        row(2, u"P3"_s, u"Lê Văn Cường"_s, u"A"_s, u"llct_trung_cap"_s, u"Trung cấp lý luận chính trị"_s,
            u"political_theory"_s, u"enrolled"_s, 12 * M),
        row(3, u"P2"_s, u"Trần Thị Bình"_s, u"B"_s, u"qlnn_chuyen_vien"_s, u"Bồi dưỡng QLNN ngạch chuyên viên"_s,
            u"state_management"_s, u"planned"_s, 4500000),
        row(4, u"P4"_s, u"Phạm Thị Dung"_s, u"B"_s, u"tin_hoc_co_ban"_s, u"Chứng chỉ ứng dụng CNTT cơ bản"_s, u"it"_s,
            u"dropped"_s, 1500000),
    };
    r.budget = {line({}, {}, 80 * M, 0, 0, 1, 0, 0, 0), line(u"A"_s, u"Phường An"_s, 40 * M, 16500000, 12 * M, 1, 2, 0, 0),
                line(u"B"_s, u"Xã Bình"_s, 0, 4500000, 0, 0, 1, 0, 1)};
    r.total = line({}, {}, 120 * M, 21 * M, 12 * M, 2, 3, 0, 1);
    return r;
}

TrainingPlanPdf::Options options()
{
    TrainingPlanPdf::Options o;
    o.madeOn = QDate(2026, 11, 20);
    o.place = u"Phước Long"_s;
    return o;
}

} // namespace

/**
 * TrainingPlanPdf, the year's training plan as the document handed to the People's Committee (issue 6
 * items 6–7; docs/reports.md "report training"): what the HTML holds and in which order, and the PDF's
 * pages and text (pdftotext). Needs a QGuiApplication (TOOLCHAIN.md pitfall 6).
 */
class TestTrainingPlanPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void htmlHoldsThePlan();
    void coursesGroupedByKind();
    void emptyYear();
    void renders();
    void longPlanHasSeveralPages();
};

void TestTrainingPlanPdf::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTrainingPlanPdf::htmlHoldsThePlan()
{
    const QString h = TrainingPlanPdf::html(plan2027(), directory(), options());
    // The issuer: the province above both units, under the People's Committee line; the motto; the date.
    QVERIFY(h.contains(u"PEOPLE'S COMMITTEE"_s));
    QVERIFY(h.contains(u"TỈNH THỬ"_s) || h.contains(u"Tỉnh Thử"_s));
    QVERIFY(h.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    QVERIFY(h.contains(u"Phước Long, 20/11/2026"_s));
    QVERIFY(h.contains(u"No.: ……/KH"_s));
    QVERIFY(h.contains(u"TRAINING AND DEVELOPMENT OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES IN 2027"_s));
    QVERIFY(h.contains(u"Decree 101/2017/NĐ-CP"_s));
    // The people to train, the dropped one left out of the list but counted.
    for (const QString &name : {u"Nguyễn Văn An"_s, u"Lê Văn Cường"_s, u"Trần Thị Bình"_s})
        QVERIFY2(h.contains(name), qPrintable(name));
    QVERIFY(!h.contains(u"Phạm Thị Dung"_s));
    QVERIFY(h.contains(u"01/03/2027 – 31/05/2027"_s));
    QVERIFY(h.contains(u"dropped: <b>1</b>"_s));
    // The budget table: the office line, the units, the total; B has no plan of its own ("–").
    QVERIFY(h.contains(u"Whole office"_s));
    const QLocale locale;
    QVERIFY(h.contains(locale.toString(qint64(120 * M))));
    QVERIFY(h.contains(locale.toString(qint64(23500000)))); // A: 40 M − 16.5 M
    QVERIFY(h.contains(u"Total"_s));
    QVERIFY(h.contains(u"PREPARED BY"_s) && h.contains(u"HEAD OF THE UNIT"_s));
    // The section order.
    const qsizetype i = h.indexOf(u"I. The year in figures"_s), ii = h.indexOf(u"II. People to train"_s),
                    iii = h.indexOf(u"III. Budget by unit"_s);
    QVERIFY(i > 0 && i < ii && ii < iii);
}

void TestTrainingPlanPdf::coursesGroupedByKind()
{
    const QString h = TrainingPlanPdf::html(plan2027(), directory(), options());
    // Political theory comes before state management (the kinds' order); the two state-management people together.
    const qsizetype llct = h.indexOf(u"1. Trung cấp lý luận chính trị"_s);
    const qsizetype qlnn = h.indexOf(u"2. Bồi dưỡng QLNN ngạch chuyên viên"_s);
    QVERIFY2(llct > 0 && qlnn > llct, qPrintable(h));
    QVERIFY(h.indexOf(u"Lê Văn Cường"_s) > llct && h.indexOf(u"Lê Văn Cường"_s) < qlnn);
    QVERIFY(h.indexOf(u"Nguyễn Văn An"_s) > qlnn && h.indexOf(u"Trần Thị Bình"_s) > qlnn);
    QVERIFY(h.contains(u"2 person(s)"_s));
    QVERIFY(!h.contains(u"3. "_s + u"Chứng chỉ"_s)); // the dropped course has nobody left
}

void TestTrainingPlanPdf::emptyYear()
{
    TrainingYearReport r;
    r.year = 2030;
    r.unitCode = u"B"_s;
    const QString h = TrainingPlanPdf::html(r, directory(), options());
    QVERIFY(h.contains(u"Nobody is enrolled."_s));
    QVERIFY(h.contains(u"No plan and no enrolment in the year."_s));
    QVERIFY(h.contains(u"XÃ BÌNH"_s) || h.contains(u"Xã Bình"_s)); // the unit asked for issues it
    QString error;
    QVERIFY(TrainingPlanPdf::render(r, directory(), options(), &error).startsWith("%PDF-"));
}

void TestTrainingPlanPdf::renders()
{
    QString error;
    const QByteArray pdf = TrainingPlanPdf::render(plan2027(), directory(), options(), &error);
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
    QVERIFY(error.isEmpty());
    const PdfDocument::Pages pages(TrainingPlanPdf::html(plan2027(), directory(), options()),
                                   {u"t"_s, QPageLayout::Portrait, QMarginsF(30, 20, 15, 20)}, {});
    QVERIFY(pages.pageCount() >= 1 && pages.pageCount() <= 2);
    QTemporaryDir dir;
    QFile f(dir.filePath(u"plan.pdf"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    const auto text = pdfText(f.fileName());
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString t = text->simplified();
    QVERIFY2(t.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s), qPrintable(t));
    QVERIFY2(t.contains(u"Lê Văn Cường"_s), qPrintable(t));
    QVERIFY2(t.contains(u"Trung cấp lý luận chính trị"_s), qPrintable(t));
    QVERIFY2(t.contains(u"PLAN"_s), qPrintable(t));
    QVERIFY2(t.contains(u"Phường An"_s), qPrintable(t));
}

void TestTrainingPlanPdf::longPlanHasSeveralPages()
{
    TrainingYearReport r = plan2027();
    for (int i = 0; i < 120; ++i)
        r.enrolments.push_back(row(100 + i, u"X%1"_s.arg(i), u"Người Thứ %1"_s.arg(i), i % 2 ? u"A"_s : u"B"_s,
                                   u"qpan_cap_xa"_s, u"Bồi dưỡng kiến thức quốc phòng và an ninh"_s,
                                   u"defence_security"_s, u"planned"_s, 1200000));
    const QString html = TrainingPlanPdf::html(r, directory(), options());
    const PdfDocument::Pages pages(html, {u"t"_s, QPageLayout::Portrait, QMarginsF(30, 20, 15, 20)}, {});
    QVERIFY2(pages.pageCount() > 2, qPrintable(QString::number(pages.pageCount())));
    QString error;
    const QByteArray pdf = TrainingPlanPdf::render(r, directory(), options(), &error);
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
    QTemporaryDir dir;
    QFile f(dir.filePath(u"long.pdf"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    const auto text = pdfText(f.fileName());
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(text->contains(u"Page 2 of %1"_s.arg(pages.pageCount())), qPrintable(*text));
    QVERIFY(text->contains(u"Người Thứ 119"_s));
}

QTEST_MAIN(TestTrainingPlanPdf)
#include "tst_trainingplanpdf.moc"
