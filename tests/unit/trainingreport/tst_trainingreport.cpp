// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/trainingexport.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/trainingservice.h"
#include "storage/trainingrepository.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 M = 1000000; // VND

/** "unit:budget/planned/spent:plans/enrolments/completed/dropped", money in millions. */
QString lineText(const TrainingBudgetLine &l)
{
    return u"%1:%2/%3/%4:%5/%6/%7/%8"_s.arg(l.unitCode.isEmpty() ? u"*"_s : l.unitCode)
        .arg(l.budget / M)
        .arg(l.planned / M)
        .arg(l.spent / M)
        .arg(l.plans)
        .arg(l.enrolments)
        .arg(l.completed)
        .arg(l.dropped);
}

QStringList lines(const TrainingYearReport &r)
{
    QStringList out;
    for (const TrainingBudgetLine &l : r.budget)
        out << lineText(l);
    return out;
}

/** "e<id>:<staff>@<unit>><budget unit>" per enrolment, in the report's order. */
QStringList rows(const TrainingYearReport &r)
{
    QStringList out;
    for (const TrainingEnrolmentRow &row : r.enrolments)
        out << u"e%1:%2@%3>%4"_s.arg(row.enrolment.id).arg(row.enrolment.staffCode, row.unitCode, row.budgetUnitCode);
    return out;
}

QList<qint64> planIds(const TrainingYearReport &r)
{
    QList<qint64> out;
    for (const TrainingPlan &p : r.plans)
        out << p.id;
    return out;
}

} // namespace

/**
 * TrainingService::report, the year's training and its budget (issue 6 items 6–7; docs/reports.md
 * "report training"), on a hand-made office:
 * units T (province) over A (Phường An), B (Xã Bình) and OLD (Phường Cũ, merged into A on 01/07/2025);
 * people P1 Nguyễn Văn An (A), P2 Trần Thị Bình (B), P3 Lê Văn Cường (OLD → A), P4 Phạm Thị Dung (B);
 * plans: 1 = A's 2026 plan (50 M), 2 = the whole office's 2026 plan (100 M), 3 = A's 2025 plan (30 M);
 * enrolments (id: plan, person, status, cost in M, start):
 *   1: 1 P1 planned 10 (2026-04-01)   2: 1 P3 enrolled 12 (2026-05-01)   3: 1 P2 completed 8 (2026-03-01)
 *   4: 2 P2 attending 20 (2026-06-01) 5: 2 P1 dropped 15 (2026-02-01)    6: - P4 completed 5 (2026-03-01)
 *   7: - P4 planned 7 (2025-05-01)    8: 3 P1 completed 9 (2025-03-01)   9: - P1 planned 3 (2026-09-01)
 * Counted by hand: A's line takes its plan's enrolments (P2's included) and P1's office-plan and unplanned
 * ones: planned 10+12+8+3 = 33, spent 12+8 = 20; B's line takes P2's office-plan one and P4's unplanned
 * one: planned 20+5 = 25, spent 25; the office's budget stands on the "" line.
 */
class TestTrainingReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void wholeOffice();
    void rowsCarryNamesAndCourses();
    void unitFilter_data();
    void unitFilter();
    void emptyYear();
    void overBudget();
    void exports();

private:
    qint64 enrol(qint64 plan, const QString &staff, const QString &course, const QString &status, qint64 cost,
                 const QDate &start);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TrainingService> m_service;
};

void TestTrainingReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

qint64 TestTrainingReport::enrol(qint64 plan, const QString &staff, const QString &course, const QString &status,
                                 qint64 cost, const QDate &start)
{
    TrainingEnrolment e;
    e.planId = plan;
    e.staffCode = staff;
    e.courseCode = course;
    e.status = status;
    e.startDate = start;
    e.endDate = start.addMonths(2);
    e.cost = cost;
    if (status == u"completed"_s) {
        e.certificateNo = u"CC-"_s + staff;
        e.certificateDate = e.endDate;
    }
    return TrainingRepository(m_db->connection()).writeEnrolment(e);
}

void TestTrainingReport::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 10, 1), QTime(9, 0)));
    m_service = std::make_unique<TrainingService>(m_db->db(), *m_clock);
    const QDate merge = Samples::mergeDate();
    QVERIFY(Samples::insertUnits(m_db->db(), {Samples::unit(u"T"_s, u"Tỉnh Thử"_s, u"tinh"_s),
                                              Samples::unit(u"A"_s, u"Phường An"_s, u"phuong"_s, u"T"_s),
                                              Samples::unit(u"B"_s, u"Xã Bình"_s, u"xa"_s, u"T"_s),
                                              Samples::unit(u"OLD"_s, u"Phường Cũ"_s, u"phuong"_s, u"T"_s, {}, merge,
                                                            u"A"_s)}));
    QVERIFY(Samples::insertStaff(m_db->db(), {Samples::person(u"P1"_s, u"Nguyễn Văn An"_s, u"A"_s, u"cc_xa"_s),
                                              Samples::person(u"P2"_s, u"Trần Thị Bình"_s, u"B"_s, u"cc_xa"_s),
                                              Samples::person(u"P3"_s, u"Lê Văn Cường"_s, u"OLD"_s, u"cc_xa"_s),
                                              Samples::person(u"P4"_s, u"Phạm Thị Dung"_s, u"B"_s, u"cc_xa"_s)}));
    TrainingRepository repo(m_db->connection());
    QCOMPARE(repo.writePlan({0, 2026, u"A"_s, u"Kế hoạch Phường An 2026"_s, 50 * M, {}}), 1);
    QCOMPARE(repo.writePlan({0, 2026, {}, u"Kế hoạch toàn cơ quan 2026"_s, 100 * M, u"NSNN"_s}), 2);
    QCOMPARE(repo.writePlan({0, 2025, u"A"_s, u"Kế hoạch Phường An 2025"_s, 30 * M, {}}), 3);
    QCOMPARE(enrol(1, u"P1"_s, u"llct_trung_cap"_s, u"planned"_s, 10 * M, QDate(2026, 4, 1)), 1);
    QCOMPARE(enrol(1, u"P3"_s, u"qlnn_chuyen_vien"_s, u"enrolled"_s, 12 * M, QDate(2026, 5, 1)), 2);
    QCOMPARE(enrol(1, u"P2"_s, u"llct_trung_cap"_s, u"completed"_s, 8 * M, QDate(2026, 3, 1)), 3);
    QCOMPARE(enrol(2, u"P2"_s, u"tin_hoc_co_ban"_s, u"attending"_s, 20 * M, QDate(2026, 6, 1)), 4);
    QCOMPARE(enrol(2, u"P1"_s, u"dai_hoc_luat"_s, u"dropped"_s, 15 * M, QDate(2026, 2, 1)), 5);
    QCOMPARE(enrol(0, u"P4"_s, u"llct_so_cap"_s, u"completed"_s, 5 * M, QDate(2026, 3, 1)), 6);
    QCOMPARE(enrol(0, u"P4"_s, u"tieng_anh_bac_2"_s, u"planned"_s, 7 * M, QDate(2025, 5, 1)), 7);
    QCOMPARE(enrol(3, u"P1"_s, u"llct_so_cap"_s, u"completed"_s, 9 * M, QDate(2025, 3, 1)), 8);
    QCOMPARE(enrol(0, u"P1"_s, u"tieng_anh_bac_3"_s, u"planned"_s, 3 * M, QDate(2026, 9, 1)), 9);
}

void TestTrainingReport::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestTrainingReport::wholeOffice()
{
    const TrainingYearReport r = m_service->report(2026);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.year, 2026);
    QCOMPARE(r.unitCode, QString());
    // The whole-office plan first, then the unit plans; the 2025 plan is another year's.
    QCOMPARE(planIds(r), (QList<qint64>{2, 1}));
    // "" first (the office-wide budget, no enrolment of its own), then by Vietnamese name.
    QCOMPARE(lines(r), (QStringList{u"*:100/0/0:1/0/0/0"_s, u"A:50/33/20:1/4/1/1"_s, u"B:0/25/25:0/2/1/0"_s}));
    QCOMPARE(r.budget.at(1).unitName, u"Phường An"_s);
    QCOMPARE(r.budget.at(0).unitName, QString());
    QCOMPARE(lineText(r.total), u"*:150/58/45:2/6/2/1"_s);
    // By the person's unit (name), then given name, then start: enrolment 7 and 8 are 2025's.
    // P3 of the merged OLD is in A on 31/12/2026; P2 in A's plan counts on A's line but is listed in B.
    QCOMPARE(rows(r), (QStringList{u"e5:P1@A>A"_s, u"e1:P1@A>A"_s, u"e9:P1@A>A"_s, u"e2:P3@A>A"_s, u"e3:P2@B>A"_s,
                                   u"e4:P2@B>B"_s, u"e6:P4@B>B"_s}));
}

void TestTrainingReport::rowsCarryNamesAndCourses()
{
    const TrainingYearReport r = m_service->report(2026);
    QCOMPARE(r.enrolments.size(), size_t(7));
    const TrainingEnrolmentRow &cuong = r.enrolments.at(3);
    QCOMPARE(cuong.fullName, u"Lê Văn Cường"_s);
    QCOMPARE(cuong.unitName, u"Phường An"_s);
    QCOMPARE(cuong.courseName, u"Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên và tương đương"_s);
    QCOMPARE(cuong.courseKind, u"state_management"_s);
    QCOMPARE(cuong.enrolment.status, u"enrolled"_s);
    QCOMPARE(cuong.enrolment.cost, 12 * M);
    const TrainingEnrolmentRow &dung = r.enrolments.at(6);
    QCOMPARE(dung.enrolment.planId, 0);
    QCOMPARE(dung.enrolment.certificateNo, u"CC-P4"_s);
    QCOMPARE(dung.courseKind, u"political_theory"_s);
}

void TestTrainingReport::unitFilter_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QStringList>("expectedLines");
    QTest::addColumn<QString>("expectedTotal");
    QTest::addColumn<QStringList>("expectedRows");
    QTest::addColumn<QList<qint64>>("expectedPlans");

    const QStringList aRows{u"e5:P1@A>A"_s, u"e1:P1@A>A"_s, u"e9:P1@A>A"_s, u"e2:P3@A>A"_s, u"e3:P2@B>A"_s};
    // A's plan, and the office plan for P1's dropped enrolment in it; no "" line: the office budget is not A's.
    QTest::newRow("unit A: its plan's enrolments and its people's others")
        << 2026 << u"A"_s << QStringList{u"A:50/33/20:1/4/1/1"_s} << u"*:50/33/20:1/4/1/1"_s << aRows
        << QList<qint64>{2, 1};
    QTest::newRow("merged unit OLD stands for its successor A on 31/12/2026")
        << 2026 << u"OLD"_s << QStringList{u"A:50/33/20:1/4/1/1"_s} << u"*:50/33/20:1/4/1/1"_s << aRows
        << QList<qint64>{2, 1};
    QTest::newRow("unit B: no plan of its own, its people in the office plan and outside any")
        << 2026 << u"B"_s << QStringList{u"B:0/25/25:0/2/1/0"_s} << u"*:0/25/25:0/2/1/0"_s
        << QStringList{u"e4:P2@B>B"_s, u"e6:P4@B>B"_s} << QList<qint64>{2};
    QTest::newRow("province T: every unit below it, without the office-wide budget")
        << 2026 << u"T"_s << QStringList{u"A:50/33/20:1/4/1/1"_s, u"B:0/25/25:0/2/1/0"_s} << u"*:50/58/45:1/6/2/1"_s
        << QStringList{aRows} + QStringList{u"e4:P2@B>B"_s, u"e6:P4@B>B"_s} << QList<qint64>{2, 1};
    // In 2025 OLD still exists: P3 has no 2025 enrolment; P4's unplanned one and A's 2025 plan.
    QTest::newRow("2025: the other year's plan and unplanned enrolment")
        << 2025 << QString() << QStringList{u"A:30/9/9:1/1/1/0"_s, u"B:0/7/0:0/1/0/0"_s} << u"*:30/16/9:1/2/1/0"_s
        << QStringList{u"e8:P1@A>A"_s, u"e7:P4@B>B"_s} << QList<qint64>{3};
}

void TestTrainingReport::unitFilter()
{
    QFETCH(int, year);
    QFETCH(QString, unit);
    QFETCH(QStringList, expectedLines);
    QFETCH(QString, expectedTotal);
    QFETCH(QStringList, expectedRows);
    QFETCH(QList<qint64>, expectedPlans);
    const TrainingYearReport r = m_service->report(year, unit);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.unitCode, unit);
    QCOMPARE(lines(r), expectedLines);
    QCOMPARE(lineText(r.total), expectedTotal);
    QCOMPARE(rows(r), expectedRows);
    QCOMPARE(planIds(r), expectedPlans);
}

void TestTrainingReport::emptyYear()
{
    const TrainingYearReport r = m_service->report(2030);
    QVERIFY(r.error.isEmpty());
    QVERIFY(r.plans.empty());
    QVERIFY(r.enrolments.empty());
    QVERIFY(r.budget.empty());
    QCOMPARE(lineText(r.total), u"*:0/0/0:0/0/0/0"_s);
}

void TestTrainingReport::overBudget()
{
    // A second plan of A in 2026 adds its budget to A's line; a big enrolment in it takes A over budget.
    TrainingRepository repo(m_db->connection());
    QCOMPARE(repo.writePlan({0, 2026, u"A"_s, u"Bổ sung"_s, 5 * M, {}}), 4);
    QCOMPARE(enrol(4, u"P3"_s, u"thac_si_quan_ly_cong"_s, u"planned"_s, 70 * M, QDate(2026, 10, 1)), 10);
    const TrainingYearReport r = m_service->report(2026, u"A"_s);
    QCOMPARE(lines(r), QStringList{u"A:55/103/20:2/5/1/1"_s});
    const QJsonObject json = QJsonDocument::fromJson(TrainingExport::toJson(r)).object();
    QCOMPARE(json.value(u"budget"_s).toArray().at(0).toObject().value(u"remaining"_s).toDouble(), -48.0 * M);
}

void TestTrainingReport::exports()
{
    const TrainingYearReport r = m_service->report(2026);
    const QJsonObject json = QJsonDocument::fromJson(TrainingExport::toJson(r)).object();
    QCOMPARE(json.value(u"year"_s).toInt(), 2026);
    QVERIFY(json.value(u"unit"_s).isNull());
    const QJsonArray plans = json.value(u"plans"_s).toArray();
    QCOMPARE(plans.size(), 2);
    QVERIFY(plans.at(0).toObject().value(u"unit"_s).isNull());
    QCOMPARE(plans.at(0).toObject().value(u"budget"_s).toDouble(), 100.0 * M);
    QCOMPARE(plans.at(0).toObject().value(u"note"_s).toString(), u"NSNN"_s);
    const QJsonArray budget = json.value(u"budget"_s).toArray();
    QCOMPARE(budget.size(), 3);
    QVERIFY(budget.at(0).toObject().value(u"unit"_s).isNull());
    QCOMPARE(budget.at(0).toObject().value(u"remaining"_s).toDouble(), 100.0 * M);
    QCOMPARE(budget.at(1).toObject().value(u"remaining"_s).toDouble(), 17.0 * M);
    QVERIFY(budget.at(2).toObject().value(u"remaining"_s).isNull()); // B has no plan of its own
    const QJsonObject total = json.value(u"total"_s).toObject();
    QCOMPARE(total.value(u"budget"_s).toDouble(), 150.0 * M);
    QCOMPARE(total.value(u"planned"_s).toDouble(), 58.0 * M);
    QCOMPARE(total.value(u"spent"_s).toDouble(), 45.0 * M);
    QCOMPARE(total.value(u"remaining"_s).toDouble(), 92.0 * M);
    QCOMPARE(total.value(u"enrolments"_s).toInt(), 6);
    const QJsonArray enrolments = json.value(u"enrolments"_s).toArray();
    QCOMPARE(enrolments.size(), 7);
    const QJsonObject e3 = enrolments.at(4).toObject();
    QCOMPARE(e3.value(u"id"_s).toInt(), 3);
    QCOMPARE(e3.value(u"plan_id"_s).toInt(), 1);
    QCOMPARE(e3.value(u"unit"_s).toString(), u"B"_s);
    QCOMPARE(e3.value(u"budget_unit"_s).toString(), u"A"_s);
    QCOMPARE(e3.value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(e3.value(u"start"_s).toString(), u"2026-03-01"_s);
    QCOMPARE(e3.value(u"certificate_no"_s).toString(), u"CC-P2"_s);
    QCOMPARE(e3.value(u"cost"_s).toDouble(), 8.0 * M);
    const QJsonObject e9 = enrolments.at(2).toObject();
    QVERIFY(e9.value(u"plan_id"_s).isNull());
    QVERIFY(e9.value(u"certificate_no"_s).isNull());
    QVERIFY(e9.value(u"certificate_date"_s).isNull());

    const QList<QByteArray> csv = TrainingExport::toCsv(r).split('\n');
    QCOMPARE(csv.at(0), TrainingExport::csvColumns().join(u',').toUtf8());
    QCOMPARE(csv.size(), 1 + 7 + 1); // header, rows, the last line end
    QCOMPARE(QString::fromUtf8(csv.at(5)),
             u"2026,3,1,P2,Trần Thị Bình,B,Xã Bình,A,llct_trung_cap,Trung cấp lý luận chính trị (hệ không tập trung),"
             "political_theory,completed,2026-03-01,2026-05-01,CC-P2,2026-05-01,8000000,"_s);

    const QString text = TrainingExport::toText(r);
    QVERIFY2(text.contains(u"Training in 2026"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Whole office"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Lê Văn Cường"_s), qPrintable(text));
    QVERIFY2(text.contains(u"150,000,000"_s) || text.contains(u"150000000"_s) || text.contains(u"150.000.000"_s),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestTrainingReport)
#include "tst_trainingreport.moc"
