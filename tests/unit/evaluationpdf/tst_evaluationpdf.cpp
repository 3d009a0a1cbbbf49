// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/evaluationlevel.h"
#include "exchange/evaluationformpdf.h"
#include "exchange/evaluationsummarypdf.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/evaluationservice.h"
#include "services/registryservice.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/** The text of a PDF (pdftotext), or nullopt when poppler-utils is missing. */
std::optional<QString> pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(tool, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!p.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

EvaluationFormPdf::Data formData(const QString &category, int year, bool leader)
{
    EvaluationFormPdf::Data d;
    d.person = Samples::person(u"A"_s, u"Nguyễn Văn An"_s, u"WN"_s, category, u"Chuyên viên"_s);
    d.person.isLeader = leader;
    d.unitCode = u"WN"_s;
    d.unitName = u"Phường Mới"_s;
    d.evaluation.staffCode = u"A"_s;
    d.evaluation.year = year;
    return d;
}

} // namespace

/**
 * EvaluationFormPdf (the ND 90/2020 forms 01/02/03, LEGAL-RULES.md §1.9) and EvaluationSummaryPdf
 * (RECORDS-CSV.md "report evaluations" as a document): what the HTML holds for each kind of person,
 * and the PDFs' text through pdftotext. Needs a QGuiApplication for the PDF (TOOLCHAIN.md pitfall 6).
 */
class TestEvaluationPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void formNumberAndTitle_data();
    void formNumberAndTitle();
    void leaderItemsOnlyForLeaders();
    void writtenPartsAreEscapedAndEmptyOnesDotted();
    void scoreOnlyWhereTheRulesScore();
    void decisionShownWithTheFinalLevel();
    void loadUnknownStaffIsAnError();
    void notRatedFormSaysSo();
    void writeFileFromTheServices();
    void summaryCapAndException();
    void summaryPdfText();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
};

void TestEvaluationPdf::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEvaluationPdf::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 20), QTime(9, 0)));
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    StaffMember leader = Samples::person(u"L"_s, u"Trần Thị Lành"_s, u"WN"_s, u"cc"_s, u"Trưởng phòng"_s);
    leader.isLeader = true;
    QVERIFY(Samples::insertStaff(m_db->db(), {Samples::person(u"A"_s, u"Nguyễn Văn An"_s, u"WN"_s, u"cc"_s), leader}));
}

void TestEvaluationPdf::cleanup()
{
    m_clock.reset();
    m_db.reset();
}

void TestEvaluationPdf::formNumberAndTitle_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("formNo");
    QTest::addColumn<QString>("title");

    QTest::newRow("cb: Mẫu 01 ND 90/2020") << u"cb"_s << u"Form No. 01"_s << u"FORM OF A CADRE"_s;
    QTest::newRow("cb_xa: Mẫu 01 ND 90/2020") << u"cb_xa"_s << u"Form No. 01"_s << u"FORM OF A CADRE"_s;
    QTest::newRow("cc: Mẫu 02 ND 90/2020") << u"cc"_s << u"Form No. 02"_s << u"FORM OF A CIVIL SERVANT"_s;
    QTest::newRow("cc_xa: Mẫu 02 ND 90/2020") << u"cc_xa"_s << u"Form No. 02"_s << u"FORM OF A CIVIL SERVANT"_s;
    QTest::newRow("vc: Mẫu 03 ND 90/2020") << u"vc"_s << u"Form No. 03"_s << u"FORM OF A PUBLIC EMPLOYEE"_s;
}

void TestEvaluationPdf::formNumberAndTitle()
{
    QFETCH(QString, category);
    QFETCH(QString, formNo);
    QFETCH(QString, title);
    const QString h = EvaluationFormPdf::html(formData(category, 2025, false), UnitDirectory(Samples::town()), {});
    QVERIFY2(h.contains(formNo), qPrintable(h));
    QVERIFY(h.contains(title));
    QVERIFY(h.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    QVERIFY(h.contains(u"Year 2025"_s));
    QVERIFY(h.contains(u"Nguyễn Văn An"_s));
    QVERIFY(h.contains(u"Phường Mới"_s));
    // The agency: the unit above WN (the province) and WN itself, in capitals.
    QVERIFY(h.contains(u"TỈNH THỬ"_s));
    QVERIFY(h.contains(u"PHƯỜNG MỚI"_s));
}

void TestEvaluationPdf::leaderItemsOnlyForLeaders()
{
    const UnitDirectory units(Samples::town());
    const QString plain = EvaluationFormPdf::html(formData(u"cc"_s, 2025, false), units, {});
    const QString leader = EvaluationFormPdf::html(formData(u"cc"_s, 2025, true), units, {});
    for (const QString &item : {u"6. Results of the agency"_s, u"7. Capacity to lead and manage:"_s,
                                u"8. Capacity to gather and unite:"_s,
                                u"FOR CIVIL SERVANTS IN LEADING AND MANAGING POSITIONS"_s}) {
        QVERIFY2(!plain.contains(item), qPrintable(item));
        QVERIFY2(leader.contains(item), qPrintable(item));
    }
    for (const QString &item : {u"1. Political ideology:"_s, u"5. Results of the duties and tasks assigned:"_s,
                                u"II. SELF-COMMENT AND SELF-RATING"_s, u"1. Opinion of the collective of the unit:"_s,
                                u"THE COMPETENT AUTHORITY"_s})
        QVERIFY2(plain.contains(item) && leader.contains(item), qPrintable(item));
}

void TestEvaluationPdf::writtenPartsAreEscapedAndEmptyOnesDotted()
{
    EvaluationFormPdf::Data d = formData(u"cc"_s, 2025, false);
    d.form.politics = u"Kiên định <lập trường> & nguyên tắc"_s;
    d.form.strengths = u"Dòng một\nDòng hai"_s;
    d.evaluation.selfLevel = EvaluationLevels::Tot;
    const QString h = EvaluationFormPdf::html(d, UnitDirectory(Samples::town()), {});
    QVERIFY(h.contains(u"Kiên định &lt;lập trường&gt; &amp; nguyên tắc"_s));
    QVERIFY(h.contains(u"<p class=\"text\">Dòng một</p><p class=\"text\">Dòng hai</p>"_s));
    QVERIFY(h.contains(u"<b>"_s + EvaluationLevels::label(EvaluationLevels::Tot) + u"</b>"_s));
    // ethics, work style, discipline, results, weaknesses, collective, manager: two dotted lines each.
    QCOMPARE(h.count(u"<p class=\"dots\">"_s), 7 * 2);
}

void TestEvaluationPdf::scoreOnlyWhereTheRulesScore()
{
    const UnitDirectory units(Samples::town());
    EvaluationFormPdf::Data d = formData(u"cc"_s, 2026, false);
    d.scored = true;
    d.evaluation.scoreTenths = 875;
    d.scoreLevel = EvaluationLevels::Tot;
    const QString scored = EvaluationFormPdf::html(d, units, {});
    QVERIFY2(scored.contains(u"Score: 87.5/100 points (Decree 335/2025/NĐ-CP)"_s), qPrintable(scored));
    QVERIFY(scored.contains(u"level of the score: "_s + EvaluationLevels::label(EvaluationLevels::Tot)));
    const QString unscored = EvaluationFormPdf::html(formData(u"cc"_s, 2025, false), units, {});
    QVERIFY(!unscored.contains(u"/100 points"_s));
}

void TestEvaluationPdf::decisionShownWithTheFinalLevel()
{
    EvaluationFormPdf::Data d = formData(u"vc"_s, 2025, false);
    d.evaluation.finalLevel = EvaluationLevels::HoanThanh;
    d.evaluation.proposedLevel = EvaluationLevels::Tot;
    d.evaluation.decisionNo = u"15/QĐ-UBND"_s;
    d.evaluation.decisionDate = QDate(2026, 1, 5);
    EvaluationFormPdf::Options options;
    options.place = u"Phước Long"_s;
    const QString h = EvaluationFormPdf::html(d, UnitDirectory(Samples::town()), options);
    QVERIFY(h.contains(u"(Decision or notice No. 15/QĐ-UBND of 05/01/2026)"_s));
    QVERIFY(h.contains(u"Phước Long, 05/01/2026"_s)); // the authority's dated line
    QVERIFY(h.contains(u"Final level:</b> <b>"_s + EvaluationLevels::label(EvaluationLevels::HoanThanh)));
    QVERIFY(h.contains(u"Proposed level:</b> <b>"_s + EvaluationLevels::label(EvaluationLevels::Tot)));
}

void TestEvaluationPdf::notRatedFormSaysSo()
{
    // Under 6 months worked, not on maternity leave: not classified (ND 90/2020 Art 2 as amended); a level
    // recorded all the same counts nowhere, and the form says "not rated" instead of printing it.
    EvaluationService evaluations(m_db->db(), *m_clock);
    const RegistryService registry(m_db->db(), *m_clock);
    Evaluation e;
    e.staffCode = u"A"_s;
    e.year = 2025;
    e.monthsWorked = 4;
    e.proposedLevel = EvaluationLevels::Tot;
    QVERIFY(evaluations.save(e).ok());
    QString error;
    const auto d = EvaluationFormPdf::load(evaluations, registry, u"A"_s, 2025, &error);
    QVERIFY2(d, qPrintable(error));
    QVERIFY(!d->rated);
    QVERIFY2(!d->notRatedReason.isEmpty(), "the rule's message is carried to the form");
    const QString h = EvaluationFormPdf::html(*d, UnitDirectory(Samples::town()), {});
    QVERIFY(h.contains(u"Final level:</b> not rated this year"_s));
    QVERIFY(h.contains(d->notRatedReason.toHtmlEscaped()));

    e.monthsWorked = 8; // rated: the level line is back
    QVERIFY(evaluations.save(e).ok());
    const auto rated = EvaluationFormPdf::load(evaluations, registry, u"A"_s, 2025, &error);
    QVERIFY(rated && rated->rated);
    QVERIFY(!EvaluationFormPdf::html(*rated, UnitDirectory(Samples::town()), {}).contains(u"not rated"_s));
}

void TestEvaluationPdf::loadUnknownStaffIsAnError()
{
    const EvaluationService evaluations(m_db->db(), *m_clock);
    const RegistryService registry(m_db->db(), *m_clock);
    QString error;
    QVERIFY(!EvaluationFormPdf::load(evaluations, registry, u"NOBODY"_s, 2025, &error));
    QVERIFY2(error.contains(u"NOBODY"_s), qPrintable(error));
    // A known person without a stored year gets a blank form of that year.
    const auto blank = EvaluationFormPdf::load(evaluations, registry, u"A"_s, 2025, &error);
    QVERIFY(blank);
    QCOMPARE(blank->evaluation.year, 2025);
    QCOMPARE(blank->evaluation.id, 0);
    QVERIFY(blank->form.isEmpty());
    QCOMPARE(blank->unitName, u"Phường Mới"_s);
    QVERIFY(!blank->scored); // ND 90/2020 has no score bands
    QVERIFY(EvaluationFormPdf::load(evaluations, registry, u"A"_s, 2026, &error)->scored); // ND 335/2025
}

void TestEvaluationPdf::writeFileFromTheServices()
{
    EvaluationService evaluations(m_db->db(), *m_clock);
    const RegistryService registry(m_db->db(), *m_clock);
    EvaluationForm form;
    form.politics = u"Chấp hành tốt chủ trương của Đảng"_s;
    form.leaderCapacity = u"Điều hành phòng hiệu quả"_s;
    const SaveResult saved = evaluations.saveForm(u"L"_s, 2026, form);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"form.pdf"_s);
    QString error;
    EvaluationFormPdf::Options options;
    options.madeOn = m_clock->today();
    QVERIFY2(EvaluationFormPdf::writeFile(evaluations, registry, u"L"_s, 2026, path, options, &error),
             qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF-"));
    QVERIFY(!EvaluationFormPdf::writeFile(evaluations, registry, u"NOBODY"_s, 2026, dir.filePath(u"x.pdf"_s), options,
                                          &error));
    QVERIFY(!QFile::exists(dir.filePath(u"x.pdf"_s)));
    QVERIFY(!EvaluationFormPdf::writeFile(evaluations, registry, u"L"_s, 2026, dir.filePath(u"no/such/dir/x.pdf"_s),
                                          options, &error));
    QVERIFY2(error.contains(u"no/such/dir"_s), qPrintable(error));

    const auto text = pdfText(path);
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    for (const QString &s : {u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"Độc lập - Tự do - Hạnh phúc"_s,
                             u"Trần Thị Lành"_s, u"Trưởng phòng"_s, u"Phường Mới"_s,
                             u"Chấp hành tốt chủ trương của Đảng"_s, u"Điều hành phòng hiệu quả"_s, u"Year 2026"_s,
                             u"/100 points"_s, u"THE PERSON ASSESSED"_s, u"THE DIRECT MANAGER"_s,
                             u"THE COMPETENT AUTHORITY"_s})
        QVERIFY2(text->contains(s), qPrintable(s + u"\n---\n"_s + *text));
}

namespace {

EvaluationReport sampleReport()
{
    EvaluationReport r;
    r.year = 2025;
    auto group = [](const QString &unit, const QString &name, const QString &task, int xs, int tot, bool exception) {
        EvaluationGroupSummary g;
        g.unitCode = unit;
        g.unitName = name;
        g.taskGroup = task;
        g.counts = {{u"xuat_sac"_s, xs}, {u"tot"_s, tot}, {u"hoan_thanh"_s, 1}, {u"khong_hoan_thanh"_s, 0}};
        g.ratePerMille = exception ? 250 : 200;
        g.excellentLimit = EvaluationRules::excellentLimit(tot, g.ratePerMille);
        g.capExceeded = xs > g.excellentLimit;
        g.exception = exception;
        return g;
    };
    r.groups = {group(u"AG"_s, u"Phòng Nội vụ"_s, u"Chuyên viên"_s, 2, 5, false),
                group(u"WN"_s, u"Phường Mới"_s, u"Công chức"_s, 1, 4, true)};
    PersonEvaluation p;
    p.evaluation.staffCode = u"A"_s;
    p.evaluation.year = 2025;
    p.evaluation.finalLevel = u"tot"_s;
    p.fullName = u"Nguyễn Văn An"_s;
    p.unitCode = u"AG"_s;
    p.outcome.maxLevel = u"hoan_thanh"_s;
    p.outcome.flags = {u"absence_cap"_s, u"above_max_level"_s};
    p.outcome.findings = {{u"absence_cap"_s, u"Điều 2"_s, u"nghỉ 4 tháng: tối đa HTNV"_s},
                          {u"above_max_level"_s, u"Điều 2"_s, u"cao hơn mức cho phép"_s}};
    r.people.push_back(p);
    PersonEvaluation q = p;
    q.evaluation.staffCode = u"B"_s;
    q.fullName = u"Lê Thị Bé"_s;
    q.outcome = {};
    r.people.push_back(q);
    return r;
}

} // namespace

void TestEvaluationPdf::summaryCapAndException()
{
    EvaluationSummaryPdf::Options options;
    options.exceptions = {{u"WN"_s, 2025, u"07/QĐ-UBND"_s, u"Tập thể lao động xuất sắc"_s}};
    const QString h = EvaluationSummaryPdf::html(sampleReport(), UnitDirectory(Samples::town()), options);
    // AG: 2 HTXSNV for 5 HTTNV, limit floor(20% × 5) = 1: exceeded and shaded.
    QVERIFY2(h.contains(u"<tr class=\"over\"><td>1</td><td>Phòng Nội vụ</td>"_s), qPrintable(h));
    // WN: 1 HTXSNV for 4 HTTNV under the 25% exception: limit 1, within, with its decision.
    QVERIFY(h.contains(u"<tr><td>2</td><td>Phường Mới</td>"_s));
    QVERIFY(h.contains(u"25%, decision 07/QĐ-UBND"_s));
    // Only the flagged person is listed, with the reasons.
    QVERIFY(h.contains(u"Nguyễn Văn An"_s));
    QVERIFY(h.contains(u"nghỉ 4 tháng: tối đa HTNV<br/>cao hơn mức cho phép"_s));
    QVERIFY(!h.contains(u"Lê Thị Bé"_s));
    // Overall: 2 people, both rated and decided at HTTNV.
    QVERIFY(h.contains(u"People with an evaluation: <b>2</b>; rated: <b>2</b>"_s));
}

void TestEvaluationPdf::summaryPdfText()
{
    EvaluationSummaryPdf::Options options;
    options.madeOn = QDate(2026, 1, 20);
    options.place = u"Phước Long"_s;
    QString error;
    const QByteArray pdf = EvaluationSummaryPdf::render(sampleReport(), UnitDirectory(Samples::town()), options, &error);
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
    QTemporaryDir dir;
    QFile f(dir.filePath(u"summary.pdf"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    const auto text = pdfText(f.fileName());
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    for (const QString &s : {u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"Phước Long, 20/01/2026"_s, u"REPORT"_s,
                             u"(year 2025)"_s, u"HTXSNV"_s, u"KHTNV"_s, u"Phòng Nội vụ"_s, u"Phường Mới"_s,
                             u"exceeded"_s, u"Nguyễn Văn An"_s, u"PREPARED BY"_s})
        QVERIFY2(text->contains(s), qPrintable(s + u"\n---\n"_s + *text));
}

QTEST_MAIN(TestEvaluationPdf)
#include "tst_evaluationpdf.moc"
