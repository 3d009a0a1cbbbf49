// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `congvu report training --year Y` (issue 6 items 6–7; docs/reports.md "report
// training"): the real binary imports the town of tests/data/e2e (units.csv, staff.csv), two 2026 plans
// and their enrolments are written through TrainingService (the lifecycle the Training page uses), and
// the report is read as JSON (against its schema), CSV, table and PDF.

#include "clirunner.h"
#include "services/clock.h"
#include "services/trainingservice.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

/*
 * Units: 25216 Phường Long Thủy (until 2025-07-01, then 25217 Phường Thác Mơ), 25231 Xã Long Giang,
 * 693 town (693-NV, 693-TCKH, 693-TTVH), 70 province (70-SNV).
 * Plans of 2026: 1 = the whole office (60 M), 2 = 25231 (40 M).
 * Enrolments (id: plan, person and unit on 31/12/2026, course, status, cost):
 *   1: 1 PL-0014 Lý Văn Thành (25217)          llct_trung_cap    planned    12 M  from 2026-03-01
 *   2: 1 PL-0009 Đặng Thị Ngọc (25217)         qlnn_chuyen_vien  completed  4.5 M from 2026-02-01
 *   3: 2 PL-0005 Điểu Thị Hoa (25231)           llct_trung_cap    enrolled   12 M  from 2026-04-01
 *   4: 2 PL-0011 Đỗ Thị Quyên (25231)           tin_hoc_co_ban    dropped    1.5 M from 2026-03-15
 *   5: - PL-0003 Lê Minh Châu (693-TCKH)        tieng_anh_bac_3   attending  6 M   from 2026-05-10
 *   6: - PL-0012 Hồ Văn Sơn (25231)             llct_so_cap       planned    3 M   from 2027-01-10 (2027's)
 *   7: - PL-0013 Dương Thị Tâm (25216, left on the 2025 merge; 25217 on 31/12/2025) qlnn_chuyen_vien enrolled
 *        3 M from 2025-03-01 (2025's)
 * Budget lines (budget/planned/spent, M): office 60/0/0; 693-TCKH 0/6/6; 25217 0/16.5/4.5 (the office
 * plan's people count in their unit); 25231 40/12/12 (one dropped); total 100/34.5/22.5.
 */

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kData = QStringLiteral(CONGVU_TEST_DATA_DIR) + u"/e2e"_s;
const QString kSchema = QStringLiteral(CONGVU_SOURCE_DIR) + u"/schemas/report-training.schema.json"_s;
constexpr double M = 1000000;

/** "unit:budget/planned/spent:enrolments/completed/dropped" per budget line, money in millions. */
QStringList budgetLines(const QJsonObject &report)
{
    QStringList out;
    for (const auto &v : report.value(u"budget"_s).toArray()) {
        const QJsonObject l = v.toObject();
        out << u"%1:%2/%3/%4:%5/%6/%7"_s.arg(l.value(u"unit"_s).isNull() ? u"*"_s : l.value(u"unit"_s).toString())
                   .arg(l.value(u"budget"_s).toDouble() / M)
                   .arg(l.value(u"planned"_s).toDouble() / M)
                   .arg(l.value(u"spent"_s).toDouble() / M)
                   .arg(l.value(u"enrolments"_s).toInt())
                   .arg(l.value(u"completed"_s).toInt())
                   .arg(l.value(u"dropped"_s).toInt());
    }
    return out;
}

/** "staff@unit:status" per enrolment, in the report's order. */
QStringList enrolmentLines(const QJsonObject &report)
{
    QStringList out;
    for (const auto &v : report.value(u"enrolments"_s).toArray()) {
        const QJsonObject e = v.toObject();
        out << e.value(u"staff_code"_s).toString() + u'@' + e.value(u"unit"_s).toString() + u':'
                + e.value(u"status"_s).toString();
    }
    return out;
}

} // namespace

class TestCliTrainingReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wholeOffice();
    void enrolmentDetails();
    void unitFollowsSuccessor();
    void unitSubtree();
    void otherYear();
    void csv();
    void table();
    void pdf();
    void successorNeedsNoWarning();
    void help();
    void usageErrors_data();
    void usageErrors();

private:
    /** Writes the plans and enrolments above through TrainingService; empty on success. */
    QString writeTraining();

    CliSandbox m_office{kBinary};
};

QString TestCliTrainingReport::writeTraining()
{
    Database db(u"tst_cli_trainingreport"_s);
    if (db.open(m_office.db()) != Database::Status::Ok)
        return db.errorString();
    const FixedClock clock(QDateTime(QDate(2026, 10, 1), QTime(9, 0)));
    TrainingService training(db, clock);
    training.setActor(u"e2e"_s);
    const EnrolmentResult office = training.savePlan({0, 2026, {}, u"Kế hoạch đào tạo, bồi dưỡng năm 2026"_s,
                                                      qint64(60 * M), u"Ngân sách thị xã"_s}, {});
    const EnrolmentResult commune = training.savePlan({0, 2026, u"25231"_s, u"Kế hoạch Xã Long Giang"_s,
                                                       qint64(40 * M), {}}, {});
    if (!office.ok() || !commune.ok())
        return u"cannot save the plans: "_s + office.error + commune.error;
    QString failed;
    auto enrol = [&](qint64 plan, const QString &staff, const QString &course, qint64 cost, const QDate &start,
                     const QStringList &steps) {
        TrainingEnrolment e;
        e.planId = plan;
        e.staffCode = staff;
        e.courseCode = course;
        e.cost = cost;
        e.startDate = start;
        const EnrolmentResult r = training.enrol(e);
        if (!r.ok()) {
            failed += staff + u": "_s + r.error + (r.fieldErrors.empty() ? QString() : r.fieldErrors.front().message);
            return;
        }
        for (const QString &step : steps) {
            EnrolmentStep details;
            if (step == u"completed"_s) {
                details.certificateNo = u"QLNN-2026/15"_s;
                details.certificateDate = QDate(2026, 3, 20);
            }
            if (step == u"dropped"_s)
                details.reason = u"chuyển công tác"_s;
            const EnrolmentResult s = training.advance(r.id, step, details);
            if (!s.ok())
                failed += staff + u' ' + step + u": "_s + s.error
                    + (s.fieldErrors.empty() ? QString() : s.fieldErrors.front().message);
        }
    };
    enrol(office.id, u"PL-0014"_s, u"llct_trung_cap"_s, 12000000, QDate(2026, 3, 1), {});
    enrol(office.id, u"PL-0009"_s, u"qlnn_chuyen_vien"_s, 4500000, QDate(2026, 2, 1),
          {u"enrolled"_s, u"attending"_s, u"completed"_s});
    enrol(commune.id, u"PL-0005"_s, u"llct_trung_cap"_s, 12000000, QDate(2026, 4, 1), {u"enrolled"_s});
    enrol(commune.id, u"PL-0011"_s, u"tin_hoc_co_ban"_s, 1500000, QDate(2026, 3, 15), {u"dropped"_s});
    enrol(0, u"PL-0003"_s, u"tieng_anh_bac_3"_s, 6000000, QDate(2026, 5, 10), {u"enrolled"_s, u"attending"_s});
    enrol(0, u"PL-0012"_s, u"llct_so_cap"_s, 3000000, QDate(2027, 1, 10), {});
    enrol(0, u"PL-0013"_s, u"qlnn_chuyen_vien"_s, 3000000, QDate(2025, 3, 1), {u"enrolled"_s});
    db.close();
    return failed;
}

void TestCliTrainingReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary));
    QVERIFY(m_office.isValid());
    CHECK_EXIT(m_office.cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    CHECK_EXIT(m_office.cli({u"import"_s, u"staff"_s, kData + u"/staff.csv"_s}), kOk);
    const QString error = writeTraining();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCliTrainingReport::wholeOffice()
{
    const QJsonObject json = m_office.report(u"training"_s, {u"--year"_s, u"2026"_s});
    QVERIFY(!json.isEmpty());
    const QStringList errors = schemaErrors(json, kSchema);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(json.value(u"year"_s).toInt(), 2026);
    QVERIFY(json.value(u"unit"_s).isNull());
    QCOMPARE(json.value(u"plans"_s).toArray().size(), 2);
    QVERIFY(json.value(u"plans"_s).toArray().at(0).toObject().value(u"unit"_s).isNull()); // the office's first
    // The office line first, then by Vietnamese name: Phòng Tài chính…, Phường Thác Mơ, Xã Long Giang.
    QCOMPARE(budgetLines(json), (QStringList{u"*:60/0/0:0/0/0"_s, u"693-TCKH:0/6/6:1/0/0"_s, u"25217:0/16.5/4.5:2/1/0"_s,
                                             u"25231:40/12/12:1/0/1"_s}));
    const QJsonObject total = json.value(u"total"_s).toObject();
    QCOMPARE(total.value(u"budget"_s).toDouble(), 100 * M);
    QCOMPARE(total.value(u"planned"_s).toDouble(), 34.5 * M);
    QCOMPARE(total.value(u"spent"_s).toDouble(), 22.5 * M);
    QCOMPARE(total.value(u"remaining"_s).toDouble(), 65.5 * M);
    QCOMPARE(total.value(u"enrolments"_s).toInt(), 4);
    QCOMPARE(total.value(u"completed"_s).toInt(), 1);
    QCOMPARE(total.value(u"dropped"_s).toInt(), 1);
    // remaining: 40 − 12 on the commune's own plan; null where the office plan pays.
    const QJsonArray budget = json.value(u"budget"_s).toArray();
    QCOMPARE(budget.at(3).toObject().value(u"remaining"_s).toDouble(), 28 * M);
    QVERIFY(budget.at(2).toObject().value(u"remaining"_s).isNull());
    // By unit name, then given name (Ngọc before Thành; Hoa before Quyên).
    QCOMPARE(enrolmentLines(json), (QStringList{u"PL-0003@693-TCKH:attending"_s, u"PL-0009@25217:completed"_s,
                                                u"PL-0014@25217:planned"_s, u"PL-0005@25231:enrolled"_s,
                                                u"PL-0011@25231:dropped"_s}));
}

void TestCliTrainingReport::enrolmentDetails()
{
    const QJsonObject json = m_office.report(u"training"_s, {u"--year"_s, u"2026"_s});
    const QJsonArray enrolments = json.value(u"enrolments"_s).toArray();
    const QJsonObject ngoc = enrolments.at(1).toObject();
    QCOMPARE(ngoc.value(u"full_name"_s).toString(), u"Đặng Thị Ngọc"_s);
    QCOMPARE(ngoc.value(u"unit_name"_s).toString(), u"Phường Thác Mơ"_s);
    QCOMPARE(ngoc.value(u"course"_s).toString(), u"qlnn_chuyen_vien"_s);
    QCOMPARE(ngoc.value(u"kind"_s).toString(), u"state_management"_s);
    QCOMPARE(ngoc.value(u"certificate_no"_s).toString(), u"QLNN-2026/15"_s);
    QCOMPARE(ngoc.value(u"certificate_date"_s).toString(), u"2026-03-20"_s);
    QCOMPARE(ngoc.value(u"start"_s).toString(), u"2026-02-01"_s);
    QCOMPARE(ngoc.value(u"cost"_s).toDouble(), 4.5 * M);
    QCOMPARE(ngoc.value(u"plan_id"_s).toInt(), 1);
    const QJsonObject chau = enrolments.at(0).toObject();
    QVERIFY(chau.value(u"plan_id"_s).isNull());
    QVERIFY(chau.value(u"certificate_no"_s).isNull());
    QCOMPARE(chau.value(u"end"_s).toString().left(4), u"2026"_s); // the course's duration from the start
    const QJsonObject quyen = enrolments.at(4).toObject();
    QVERIFY(quyen.value(u"note"_s).toString().contains(u"chuyển công tác"_s)); // the reason for dropping
}

void TestCliTrainingReport::unitFollowsSuccessor()
{
    // 25216 no longer exists on 31/12/2026: 25217 stands for it; the office plan is listed for its people.
    const QJsonObject json = m_office.report(u"training"_s, {u"--year"_s, u"2026"_s, u"--unit"_s, u"25216"_s});
    QCOMPARE(schemaErrors(json, kSchema), QStringList());
    QCOMPARE(json.value(u"unit"_s).toString(), u"25216"_s);
    QCOMPARE(budgetLines(json), QStringList{u"25217:0/16.5/4.5:2/1/0"_s});
    QCOMPARE(enrolmentLines(json), (QStringList{u"PL-0009@25217:completed"_s, u"PL-0014@25217:planned"_s}));
    QCOMPARE(json.value(u"plans"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"total"_s).toObject().value(u"budget"_s).toDouble(), 0.0);
}

void TestCliTrainingReport::unitSubtree()
{
    // The town and its units: no office-wide budget line (not the town's), everything else.
    QJsonObject json = m_office.report(u"training"_s, {u"--year"_s, u"2026"_s, u"--unit"_s, u"693"_s});
    QCOMPARE(schemaErrors(json, kSchema), QStringList());
    QCOMPARE(budgetLines(json), (QStringList{u"693-TCKH:0/6/6:1/0/0"_s, u"25217:0/16.5/4.5:2/1/0"_s,
                                             u"25231:40/12/12:1/0/1"_s}));
    QCOMPARE(json.value(u"total"_s).toObject().value(u"budget"_s).toDouble(), 40 * M);
    QCOMPARE(json.value(u"total"_s).toObject().value(u"planned"_s).toDouble(), 34.5 * M);
    // The department of the province: nothing.
    json = m_office.report(u"training"_s, {u"--year"_s, u"2026"_s, u"--unit"_s, u"70-SNV"_s});
    QCOMPARE(schemaErrors(json, kSchema), QStringList());
    QVERIFY(json.value(u"budget"_s).toArray().isEmpty());
    QVERIFY(json.value(u"enrolments"_s).toArray().isEmpty());
    QVERIFY(json.value(u"plans"_s).toArray().isEmpty());
}

void TestCliTrainingReport::otherYear()
{
    QJsonObject json = m_office.report(u"training"_s, {u"--year"_s, u"2027"_s});
    QCOMPARE(schemaErrors(json, kSchema), QStringList());
    QCOMPARE(budgetLines(json), QStringList{u"25231:0/3/0:1/0/0"_s});
    QCOMPARE(enrolmentLines(json), QStringList{u"PL-0012@25231:planned"_s});
    QVERIFY(json.value(u"plans"_s).toArray().isEmpty());
    // 2025: PL-0013 of the old ward counts in its successor on 31/12/2025, asked for by either code.
    for (const QString &unit : {QString(), u"25216"_s, u"25217"_s}) {
        QStringList args{u"--year"_s, u"2025"_s};
        if (!unit.isEmpty())
            args << u"--unit"_s << unit;
        json = m_office.report(u"training"_s, args);
        QCOMPARE(schemaErrors(json, kSchema), QStringList());
        QCOMPARE(budgetLines(json), QStringList{u"25217:0/3/3:1/0/0"_s});
        QCOMPARE(enrolmentLines(json), QStringList{u"PL-0013@25217:enrolled"_s});
    }
}

void TestCliTrainingReport::csv()
{
    const CliRun r = m_office.cli({u"report"_s, u"training"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"csv"_s});
    CHECK_EXIT(r, kOk);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0), u"year,id,plan_id,staff_code,full_name,unit,unit_name,budget_unit,course,course_name,kind,"
                          "status,start,end,certificate_no,certificate_date,cost,note"_s);
    QVERIFY2(lines.at(2).startsWith(u"2026,2,1,PL-0009,Đặng Thị Ngọc,25217,Phường Thác Mơ,25217,qlnn_chuyen_vien,"_s),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(u",state_management,completed,2026-02-01,"_s), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(u",QLNN-2026/15,2026-03-20,4500000,"_s), qPrintable(lines.at(2)));
    // -o FILE.csv picks the format from the extension.
    const QString file = m_office.path(u"training.csv"_s);
    CHECK_EXIT(m_office.cli({u"report"_s, u"training"_s, u"--year"_s, u"2026"_s, u"-o"_s, file}), kOk);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), r.out);
}

void TestCliTrainingReport::table()
{
    const CliRun r = m_office.cli({u"report"_s, u"training"_s, u"--year"_s, u"2026"_s, u"--format"_s, u"table"_s});
    CHECK_EXIT(r, kOk);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(u"Training in 2026"_s), r.describe().constData());
    QVERIFY2(text.contains(u"Whole office"_s), r.describe().constData());
    QVERIFY2(text.contains(u"Xã Long Giang"_s), r.describe().constData());
    QVERIFY2(text.contains(u"Lý Văn Thành"_s), r.describe().constData());
    QVERIFY2(text.contains(u"100,000,000"_s) || text.contains(u"100.000.000"_s), r.describe().constData());
}

void TestCliTrainingReport::pdf()
{
    const QString pdf = m_office.path(u"plan-2026.pdf"_s);
    const CliRun r = m_office.cli({u"report"_s, u"training"_s, u"--year"_s, u"2026"_s, u"-o"_s, pdf});
    CHECK_EXIT(r, kOk);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF-"));
    const auto text = pdfText(pdf);
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString t = text->simplified();
    QVERIFY2(t.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s), qPrintable(t));
    QVERIFY2(t.contains(u"2026"_s), qPrintable(t));
    QVERIFY2(t.contains(u"Lý Văn Thành"_s) && t.contains(u"Điểu Thị Hoa"_s), qPrintable(t));
    QVERIFY2(!t.contains(u"Đỗ Thị Quyên"_s), qPrintable(t)); // dropped: counted, not listed
    QVERIFY2(t.contains(u"Trung cấp lý luận chính trị"_s), qPrintable(t));
    // In Vietnamese: the plan's own title.
    const QString vi = m_office.path(u"plan-2026-vi.pdf"_s);
    CHECK_EXIT(m_office.cli({u"report"_s, u"training"_s, u"--year"_s, u"2026"_s, u"--unit"_s, u"25231"_s,
                             u"--format"_s, u"pdf"_s, u"-o"_s, vi},
                            {}, u"vi"_s),
               kOk);
    const auto viText = pdfText(vi);
    QVERIFY(viText);
    QVERIFY2(viText->simplified().contains(u"Kế hoạch Xã Long Giang"_s), qPrintable(*viText));
}

void TestCliTrainingReport::successorNeedsNoWarning()
{
    // The old ward 25216 on 31/12/2026 stands for 25217: nothing said on standard error.
    const CliRun r = m_office.cli({u"report"_s, u"training"_s, u"--year"_s, u"2026"_s, u"--unit"_s, u"25216"_s,
                                   u"--format"_s, u"json"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY2(stderrLinesUnder(r, m_office.path({})).isEmpty(), r.describe().constData());
}

void TestCliTrainingReport::help()
{
    const CliRun r = m_office.cli({u"report"_s, u"training"_s, u"--help"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.contains("report training --year Y [--unit CODE]"), r.describe().constData());
    // The list of reports names it.
    const CliRun unknown = m_office.cli({u"report"_s, u"trainings"_s});
    CHECK_EXIT(unknown, kUsage);
    QVERIFY2(unknown.errText().contains(u"culture or training"_s), unknown.describe().constData());
}

void TestCliTrainingReport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --year") << QStringList{} << u"report training needs --year Y"_s;
    QTest::newRow("year too early") << QStringList{u"--year"_s, u"2014"_s} << u"--year must be a year from 2015"_s;
    QTest::newRow("year not a year") << QStringList{u"--year"_s, u"26"_s} << u"not \"26\""_s;
    QTest::newRow("unknown unit") << QStringList{u"--year"_s, u"2026"_s, u"--unit"_s, u"XX"_s}
                                  << u"unknown unit \"XX\""_s;
    QTest::newRow("bad format") << QStringList{u"--year"_s, u"2026"_s, u"--format"_s, u"xlsx"_s}
                                << u"unknown format \"xlsx\""_s;
    QTest::newRow("unknown option") << QStringList{u"--year"_s, u"2026"_s, u"--staff"_s, u"PL-0001"_s}
                                    << u"unknown option \"--staff\""_s;
    QTest::newRow("leftover") << QStringList{u"--year"_s, u"2026"_s, u"extra"_s} << u"unexpected argument \"extra\""_s;
}

void TestCliTrainingReport::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = m_office.cli(QStringList{u"report"_s, u"training"_s} + args);
    CHECK_EXIT(r, kUsage);
    QVERIFY2(r.errText().contains(message), r.describe().constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_MAIN(TestCliTrainingReport)
#include "tst_cli_trainingreport.moc"
