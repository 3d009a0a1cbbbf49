// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/fileimport.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/qualificationservice.h"
#include "services/disciplineservice.h"
#include "services/trainingservice.h"
#include "storage/staffrepository.h"
#include "storage/trainingrepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 15);
const QByteArray kHeader =
    "plan_year,plan_unit,plan_title,plan_budget,staff_code,course,status,start,end,certificate_no,certificate_date,cost,note\n";

StaffMember commune(const QString &code, const QString &unit, const QString &position,
                    const QString &category = u"cc_xa"_s)
{
    StaffMember m = Samples::person(code, u"Người "_s + code, unit, category, position);
    m.startDate = QDate(2015, 1, 1);
    return m;
}

QStringList issueLines(const ImportReport &r)
{
    QStringList out;
    for (const ImportIssue &i : r.issues)
        out << u"%1: %2: %3"_s.arg(i.line).arg(i.column, i.message);
    return out;
}

/** A one-sheet XLSX with rows of inline-string cells (numbers as numeric cells). */
QByteArray xlsx(const std::vector<QStringList> &rows)
{
    QByteArray data;
    for (size_t r = 0; r < rows.size(); ++r) {
        data += "<row r=\"" + QByteArray::number(qsizetype(r + 1)) + "\">";
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const QByteArray ref = QByteArray(1, char('A' + c)) + QByteArray::number(qsizetype(r + 1));
            const QString v = rows[r].at(c);
            bool number = false;
            v.toLongLong(&number);
            data += number ? "<c r=\"" + ref + "\"><v>" + v.toUtf8() + "</v></c>"
                           : "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + v.toHtmlEscaped().toUtf8() + "</t></is></c>";
        }
        data += "</row>";
    }
    const QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    const QByteArray rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    const std::vector<std::pair<QString, QByteArray>> parts{
        {u"[Content_Types].xml"_s,
         head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                "<Override PartName=\"/xl/workbook.xml\" "
                "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"},
        {u"_rels/.rels"_s,
         head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\"" + rels + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {u"xl/workbook.xml"_s,
         head + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                "<sheet name=\"Kế hoạch\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {u"xl/_rels/workbook.xml.rels"_s,
         head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\"" + rels + "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {u"xl/worksheets/sheet1.xml"_s,
         head + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + data
             + "</sheetData></worksheet>"},
    };
    QBuffer buffer;
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            qFatal("cannot create zip");
        for (const auto &[name, bytes] : parts) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
                qFatal("cannot add %s", qPrintable(name));
            file.write(bytes);
            file.close();
        }
        zip.close();
    }
    return buffer.data();
}

} // namespace

/**
 * `import training` (docs/training-csv.md; issue 6 item 7): a plan matched by (year, unit), an enrolment
 * by (person, course, start); statuses only move forward (issue 6 item 4: planned → enrolled → attending
 * → completed, or dropped; final states locked); a completed row puts the course's grant on the record
 * through the lifecycle's completion path (ND 33/2023 Art. 8: the commune People's Committee chair needs
 * intermediate political theory), audited; all or nothing unless --skip-invalid; idempotent.
 * People on 2026-03-15 in X3 (a commune under T): P (chu_tich_ubnd, cb_xa, sơ cấp LLCT: one gap),
 * Q (van_phong_thong_ke, qualified), R who left in 2020.
 */
class TestTrainingImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void validRowsMakePlanAndEnrolments();
    void reimportChangesNothing();
    void completedRowRaisesQualificationWithAudit();
    void statusMovesForwardOnly();
    void invalidRows_data();
    void invalidRows();
    void allOrNothing();
    void vietnameseWordsAndNames();
    void xlsxFile();
    void planCellsMustAgree();
    void disciplineBarsANewEnrolment();

private:
    ImportReport run(const QByteArray &rows, const ImportOptions &options = {});

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TrainingService> m_service;
};

void TestTrainingImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTrainingImport::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0)));
    m_service = std::make_unique<TrainingService>(m_db->db(), *m_clock);
    m_service->setActor(u"tester"_s);
    std::vector<OrgUnit> units = Samples::town();
    units.push_back(Samples::unit(u"X3"_s, u"Xã Ba"_s, u"xa"_s, u"T"_s));
    QVERIFY(Samples::insertUnits(m_db->db(), units));
    StaffMember p = commune(u"P"_s, u"X3"_s, u"chu_tich_ubnd"_s, u"cb_xa"_s);
    p.politicalTheory = u"so_cap"_s;
    StaffMember q = commune(u"Q"_s, u"X3"_s, u"van_phong_thong_ke"_s);
    StaffMember r = commune(u"R"_s, u"X3"_s, u"tai_chinh_ke_toan"_s);
    r.endDate = QDate(2020, 1, 1);
    QVERIFY(Samples::insertStaff(m_db->db(), {p, q, r}));
}

void TestTrainingImport::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

ImportReport TestTrainingImport::run(const QByteArray &rows, const ImportOptions &options)
{
    return FileImport::runTraining(*m_service, kHeader + rows, options);
}

void TestTrainingImport::validRowsMakePlanAndEnrolments()
{
    const ImportReport r = run("2026,,Kế hoạch 2026,20.000.000,P,llct_trung_cap,attending,2026-02-01,,,,,\n"
                               "2026,X3,,5000000,Q,tin_hoc_co_ban,planned,2026-04-01,,,,,Lớp tập trung\n");
    QVERIFY2(r.issues.empty(), qPrintable(issueLines(r).join(u'\n')));
    QVERIFY(r.written);
    QCOMPARE(r.inserted, 2);
    TrainingRepository repo(m_db->connection());
    const std::vector<TrainingPlan> plans = repo.plans(2026);
    QCOMPARE(plans.size(), size_t(2));
    QCOMPARE(plans[0].unitCode, QString()); // the whole office first
    QCOMPARE(plans[0].title, u"Kế hoạch 2026"_s);
    QCOMPARE(plans[0].budget, qint64(20000000));
    QCOMPARE(plans[1].unitCode, u"X3"_s);
    QCOMPARE(plans[1].title, u"Training plan 2026"_s); // the default title
    const std::vector<TrainingEnrolment> p = repo.enrolmentsOf(u"P"_s);
    QCOMPARE(p.size(), size_t(1));
    QCOMPARE(p[0].planId, plans[0].id);
    QCOMPARE(p[0].status, u"attending"_s);
    QCOMPARE(p[0].endDate, QDate(2027, 2, 1)); // 12 months by the course
    QCOMPARE(p[0].cost, qint64(12000000));     // the course's cost
    const std::vector<TrainingEnrolment> q = repo.enrolmentsOf(u"Q"_s);
    QCOMPARE(q[0].planId, plans[1].id);
    QCOMPARE(q[0].note, u"Lớp tập trung"_s);
    // Audited: both plans and both enrolments.
    QCOMPARE(Samples::auditRows(m_db->db(), u"training_plan"_s).size(), size_t(2));
    QCOMPARE(Samples::auditRows(m_db->db(), u"training_enrolment"_s).size(), size_t(2));
}

void TestTrainingImport::reimportChangesNothing()
{
    const QByteArray rows = "2026,,Kế hoạch 2026,20000000,P,llct_trung_cap,attending,2026-02-01,,,,,\n"
                            "2025,,,,P,llct_so_cap,completed,2025-03-03,,SC-1,2025-05-10,,\n"
                            "2026,,,,Q,tin_hoc_co_ban,dropped,2026-01-05,,,,0,Chuyển công tác\n";
    QCOMPARE(run(rows).inserted, 3);
    const qint64 audits = Samples::auditCount(m_db->db());
    const ImportReport again = run(rows);
    QVERIFY(again.issues.empty());
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 3);
    QCOMPARE(Samples::auditCount(m_db->db()), audits);
    // A new budget on a later row of the plan changes the plan, counted on that row's first valid row.
    const ImportReport budget = run("2026,,,25000000,P,llct_trung_cap,attending,2026-02-01,,,,,\n");
    QCOMPARE(budget.updated, 1);
    QCOMPARE(TrainingRepository(m_db->connection()).plans(2026).front().budget, qint64(25000000));
}

void TestTrainingImport::completedRowRaisesQualificationWithAudit()
{
    QualificationService qualification(m_db->db(), *m_clock);
    QCOMPARE(qualification.report(kToday).qualified, 1); // Q only
    const qint64 staffAudits = Samples::auditRows(m_db->db(), u"staff"_s, u"P"_s).size();
    const ImportReport r = run("2025,,,,P,llct_trung_cap,completed,2025-03-01,,TCLLCT-2026/0153,2026-03-10,,\n");
    QVERIFY2(r.issues.empty(), qPrintable(issueLines(r).join(u'\n')));
    QCOMPARE(r.inserted, 1);
    QCOMPARE(StaffRepository(m_db->connection()).find(u"P"_s)->politicalTheory, u"trung_cap"_s);
    const std::vector<AuditEntry> rows = Samples::auditRows(m_db->db(), u"staff"_s, u"P"_s);
    QCOMPARE(rows.size(), size_t(staffAudits + 1));
    QVERIFY(rows.back().afterJson.contains(u"trung_cap"_s));
    QCOMPARE(qualification.report(kToday).qualified, 2); // the rate moves
    const TrainingEnrolment e = TrainingRepository(m_db->connection()).enrolmentsOf(u"P"_s).front();
    QCOMPARE(e.certificateNo, u"TCLLCT-2026/0153"_s);
    QCOMPARE(e.endDate, QDate(2026, 3, 1));
    // Again: nothing (the record is not written twice).
    QCOMPARE(run("2025,,,,P,llct_trung_cap,completed,2025-03-01,,TCLLCT-2026/0153,2026-03-10,,\n").unchanged, 1);
    QCOMPARE(Samples::auditRows(m_db->db(), u"staff"_s, u"P"_s).size(), rows.size());
}

void TestTrainingImport::statusMovesForwardOnly()
{
    QCOMPARE(run("2025,,,,P,llct_trung_cap,enrolled,2025-03-01,,,,,\n").inserted, 1);
    // Forward, skipping attending: a file tells the state now.
    const ImportReport done = run("2025,,,,P,llct_trung_cap,completed,2025-03-01,,C-9,2026-03-01,,\n");
    QVERIFY2(done.issues.empty(), qPrintable(issueLines(done).join(u'\n')));
    QCOMPARE(done.updated, 1);
    QCOMPARE(StaffRepository(m_db->connection()).find(u"P"_s)->politicalTheory, u"trung_cap"_s);
    // Back: refused, the completed enrolment is locked.
    const ImportReport back = run("2025,,,,P,llct_trung_cap,attending,2025-03-01,,,,,\n");
    QCOMPARE(issueLines(back),
             QStringList{u"2: status: the enrolment is Completed: it is locked and the row must stay as stored"_s});
    QVERIFY(!back.written);
    // An open enrolment cannot go back either.
    QCOMPARE(run("2026,,,,Q,tin_hoc_co_ban,attending,2026-03-02,,,,,\n").inserted, 1);
    QCOMPARE(issueLines(run("2026,,,,Q,tin_hoc_co_ban,planned,2026-03-02,,,,,\n")),
             QStringList{u"2: status: an enrolment cannot go back from Attending to Planned"_s});
}

void TestTrainingImport::invalidRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("issue");
    QTest::newRow("unknown person") << QByteArray("2026,,,,Z,llct_so_cap,planned,2026-04-01,,,,,")
                                    << u"2: staff_code: unknown staff code \"Z\""_s;
    QTest::newRow("unknown course") << QByteArray("2026,,,,P,yoga,planned,2026-04-01,,,,,")
                                    << u"2: course: unknown course \"yoga\": expected a course code or name of the catalogue"_s;
    QTest::newRow("unknown unit") << QByteArray("2026,X9,,,P,llct_so_cap,planned,2026-04-01,,,,,")
                                  << u"2: plan_unit: unknown unit \"X9\""_s;
    QTest::newRow("person outside the plan's unit")
        << QByteArray("2026,AG,,,P,tin_hoc_co_ban,planned,2026-04-01,,,,,")
        << u"2: staff_code: Người P belongs to unit X3, not under the plan's unit AG"_s;
    QTest::newRow("issue 6 item 4: completed without certificate number")
        << QByteArray("2026,,,,P,tin_hoc_co_ban,completed,2026-01-05,,,2026-01-20,,")
        << u"2: certificate_no: the certificate number is required on a completed row"_s;
    QTest::newRow("issue 6 item 4: certificate in the future")
        << QByteArray("2026,,,,P,tin_hoc_co_ban,completed,2026-01-05,,C-1,2026-04-20,,")
        << u"2: certificate_date: the certificate date (20/04/2026) is in the future"_s;
    QTest::newRow("issue 6 item 4: certificate on a planned row")
        << QByteArray("2026,,,,P,tin_hoc_co_ban,planned,2026-04-05,,C-1,,,")
        << u"2: certificate_no: a certificate is recorded on a completed row only, not on a Planned one"_s;
    QTest::newRow("attending a course not begun") << QByteArray("2026,,,,P,tin_hoc_co_ban,attending,2026-04-05,,,,,")
                                                  << u"2: start: the start (05/04/2026) is in the future: a course not begun yet is planned or enrolled"_s;
    QTest::newRow("issue 6 item 4: dropped without reason")
        << QByteArray("2026,,,,P,tin_hoc_co_ban,dropped,2026-01-05,,,,,")
        << u"2: note: the reason for dropping the course is required (in the note)"_s;
    QTest::newRow("start outside the plan's year") << QByteArray("2026,,,,P,tin_hoc_co_ban,planned,2027-01-05,,,,,")
                                                   << u"2: start: the start (05/01/2027) is not in the plan's year 2026"_s;
    QTest::newRow("person not in service") << QByteArray("2026,,,,R,tin_hoc_co_ban,planned,2026-04-05,,,,,")
                                           << u"2: staff_code: Người R is not in service on 05/04/2026"_s;
    QTest::newRow("end before start") << QByteArray("2026,,,,P,tin_hoc_co_ban,planned,2026-04-05,2026-04-01,,,,")
                                      << u"2: end: the end (01/04/2026) is before the start (05/04/2026)"_s;
    QTest::newRow("status unknown") << QByteArray("2026,,,,P,tin_hoc_co_ban,done,2026-04-05,,,,,")
                                    << u"2: status: unknown value \"done\"; expected one of: planned, enrolled, attending, completed, dropped"_s;
    QTest::newRow("amount") << QByteArray("2026,,,,P,tin_hoc_co_ban,planned,2026-04-05,,,,1.5 triệu,")
                            << u"2: cost: \"1.5 triệu\" is not an amount of VND (whole digits, e.g. 1500000 or 1.500.000)"_s;
    QTest::newRow("a course for other titles") << QByteArray("2026,,,,P,nghiep_vu_ho_tich,planned,2026-04-05,,,,,")
                                               << u"2: staff_code: Người P: the course Bồi dưỡng nghiệp vụ hộ tịch is meant for other titles"_s;
    QTest::newRow("ND 171/2025: postgraduate without 2 years rated tốt")
        << QByteArray("2026,,,,Q,thac_si_quan_ly_cong,planned,2026-04-05,,,,,")
        << u"2: staff_code: Người Q: Thạc sĩ Quản lý công: postgraduate training needs the 2 consecutive years before rated HTTNV or better (ND 171/2025)"_s;
    QTest::newRow("year") << QByteArray("26,,,,P,tin_hoc_co_ban,planned,2026-04-05,,,,,")
                          << u"2: plan_year: \"26\" is not a year from 2000 to 2100"_s;
}

void TestTrainingImport::invalidRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, issue);
    const qint64 audits = Samples::auditCount(m_db->db());
    const ImportReport r = run(row + '\n');
    QCOMPARE(issueLines(r).value(0), issue);
    QCOMPARE(r.rejected, 1);
    QVERIFY(!r.written);
    QCOMPARE(Samples::auditCount(m_db->db()), audits);
    QVERIFY(TrainingRepository(m_db->connection()).plans().empty());
}

void TestTrainingImport::allOrNothing()
{
    const QByteArray rows = "2026,,,,P,llct_trung_cap,planned,2026-04-01,,,,,\n"
                            "2026,,,,P,llct_trung_cap,planned,2026-05-01,,,,,\n" // the same course still open
                            "2026,,,,Q,yoga,planned,2026-04-01,,,,,\n";
    const ImportReport refused = run(rows);
    QCOMPARE(issueLines(refused),
             (QStringList{u"3: course: Người P is already in this course on line 2"_s,
                          u"4: course: unknown course \"yoga\": expected a course code or name of the catalogue"_s}));
    QCOMPARE(refused.rejected, 2);
    QVERIFY(!refused.written);
    TrainingRepository repo(m_db->connection());
    QVERIFY(repo.plans().empty());
    QVERIFY(repo.enrolments().empty());

    ImportOptions dry;
    dry.dryRun = true;
    dry.skipInvalid = true;
    QCOMPARE(run(rows, dry).inserted, 1);
    QVERIFY(repo.enrolments().empty());

    ImportOptions skip;
    skip.skipInvalid = true;
    const ImportReport partial = run(rows, skip);
    QVERIFY(partial.written);
    QCOMPARE(partial.inserted, 1);
    QCOMPARE(partial.rejected, 2);
    QCOMPARE(repo.enrolments().size(), size_t(1));
}

void TestTrainingImport::vietnameseWordsAndNames()
{
    const QByteArray bytes = "Năm kế hoạch;Đơn vị kế hoạch;Mã cán bộ;Khóa học;Trạng thái;Ngày bắt đầu;Kinh phí\n"
                             "2026;;P;trung cap ly luan chinh tri (he khong tap trung);Đang học;01/02/2026;12 000 000\n";
    const ImportReport r = FileImport::runTraining(*m_service, bytes, {});
    QVERIFY2(r.issues.empty(), qPrintable(issueLines(r).join(u'\n')));
    QCOMPARE(r.inserted, 1);
    const TrainingEnrolment e = TrainingRepository(m_db->connection()).enrolmentsOf(u"P"_s).front();
    QCOMPARE(e.courseCode, u"llct_trung_cap"_s);
    QCOMPARE(e.status, u"attending"_s);
    QCOMPARE(e.cost, qint64(12000000));
}

void TestTrainingImport::xlsxFile()
{
    const QByteArray bytes = xlsx({
        {u"Năm kế hoạch"_s, u"Kinh phí kế hoạch"_s, u"Mã cán bộ"_s, u"Khóa học"_s, u"Trạng thái"_s, u"Ngày bắt đầu"_s,
         u"Số chứng chỉ"_s, u"Ngày cấp chứng chỉ"_s},
        {u"2025"_s, u"30000000"_s, u"P"_s, u"llct_trung_cap"_s, u"Hoàn thành"_s, u"01/03/2025"_s, u"TC-7"_s,
         u"10/03/2026"_s},
        {u"2025"_s, u""_s, u"Q"_s, u"tin_hoc_co_ban"_s, u"Thôi học"_s, u"2025-05-05"_s, u""_s, u""_s},
    });
    const ImportReport r = FileImport::runTraining(*m_service, bytes, {});
    // Line 3: a dropped row without its reason (the note column is absent).
    QCOMPARE(issueLines(r), QStringList{u"3: note: the reason for dropping the course is required (in the note)"_s});
    ImportOptions skip;
    skip.skipInvalid = true;
    const ImportReport written = FileImport::runTraining(*m_service, bytes, skip);
    QCOMPARE(written.inserted, 1);
    QCOMPARE(TrainingRepository(m_db->connection()).plans(2025).front().budget, qint64(30000000));
    QCOMPARE(StaffRepository(m_db->connection()).find(u"P"_s)->politicalTheory, u"trung_cap"_s);
}

void TestTrainingImport::planCellsMustAgree()
{
    const QByteArray rows = "2026,,Kế hoạch A,1000,P,yoga,planned,2026-04-01,,,,,\n" // rejected: its plan cells count for nothing
                            "2026,,Kế hoạch B,2000,P,llct_trung_cap,planned,2026-04-01,,,,,\n"
                            "2026,,Kế hoạch C,3000,Q,tin_hoc_co_ban,planned,2026-04-01,,,,,\n";
    const ImportReport r = run(rows);
    QCOMPARE(issueLines(r),
             (QStringList{u"2: course: unknown course \"yoga\": expected a course code or name of the catalogue"_s,
                          u"4: plan_title: the plan's title differs from line 3 (\"Kế hoạch B\")"_s,
                          u"4: plan_budget: the plan's budget differs from line 3 (2,000 VND)"_s}));
    ImportOptions skip;
    skip.skipInvalid = true;
    QCOMPARE(run(rows, skip).inserted, 1);
    const TrainingPlan plan = TrainingRepository(m_db->connection()).plans(2026).front();
    QCOMPARE(plan.title, u"Kế hoạch B"_s);
    QCOMPARE(plan.budget, qint64(2000));
}

void TestTrainingImport::disciplineBarsANewEnrolment()
{
    // Luật 52/2019/QH14 Art 1 cl 17: a reprimand bars training for 12 months; the import checks it as the
    // Training page does, while a completed row of the past is history and passes.
    DisciplineDecision d;
    d.staffCode = u"P"_s;
    d.form = u"khien_trach"_s;
    d.decisionNo = u"7/QĐ-UBND"_s;
    d.decisionDate = QDate(2026, 2, 1);
    d.effectiveDate = QDate(2026, 2, 1);
    QVERIFY(DisciplineService(m_db->db(), *m_clock).save(d).ok());
    const ImportReport refused = run("2026,,,,P,llct_trung_cap,planned,2026-04-05,,,,,\n");
    QCOMPARE(refused.rejected, 1);
    QVERIFY2(issueLines(refused).value(0).contains(u"01/02/2027"_s), qPrintable(issueLines(refused).value(0)));
    QVERIFY(TrainingRepository(m_db->connection()).enrolments().empty());
    const ImportReport history = run("2026,,,,P,tin_hoc_co_ban,completed,2026-01-05,2026-01-10,C-9,2026-01-12,,\n");
    QVERIFY2(history.rejected == 0, qPrintable(issueLines(history).join(u'\n')));
    QCOMPARE(TrainingRepository(m_db->connection()).enrolments().size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestTrainingImport)
#include "tst_trainingimport.moc"
