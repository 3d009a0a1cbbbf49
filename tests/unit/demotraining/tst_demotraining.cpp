// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrysamples.h"
#include "services/clock.h"
#include "services/demoservice.h"
#include "services/qualificationservice.h"
#include "services/trainingservice.h"
#include "storage/staffrepository.h"
#include "storage/trainingrepository.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 26);
const QDate kDeadline(2028, 8, 1); // ND 33/2023: the standards' deadline (LEGAL-RULES.md §1)

/** "year:status" → number of enrolments of the demo's plans. */
std::map<QString, int> statusCounts(Database &db)
{
    TrainingRepository repo(db.connection());
    std::map<qint64, int> years;
    for (const TrainingPlan &p : repo.plans())
        years[p.id] = p.year;
    std::map<QString, int> out;
    for (const TrainingEnrolment &e : repo.enrolments())
        ++out[u"%1:%2"_s.arg(years[e.planId]).arg(e.status)];
    return out;
}

} // namespace

/**
 * The training part of `congvu demo` (DemoTraining; issue 6 "The demo office includes a realistic plan"):
 * office plans of 2026 and 2027 within their budgets, 2026 part way through (completed with certificates
 * through the lifecycle, so that records move with their audit rows; attending, enrolled, dropped), 2027
 * planned and ending before the 01/08/2028 deadline, so that the projected rate on that day is above
 * today's and explained person by person (who qualifies when, who is left and why). Same seed, same data.
 */
class TestDemoTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plansOf2026And2027();
    void completionsMovedTheRecordsWithAudit();
    void projectedRateAtTheDeadlineIsAboveToday();
    void sameSeedSameData();

private:
    TestDatabase m_db;
    FixedClock m_clock{QDateTime(kToday, QTime(9, 0))};
};

void TestDemoTraining::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(DemoService(m_db.db(), m_clock).fill(400, 1, &error), qPrintable(error));
    qInfo("demo office of 400 people written in %lld ms", timer.elapsed());
}

void TestDemoTraining::plansOf2026And2027()
{
    TrainingRepository repo(m_db.connection());
    const std::vector<TrainingPlan> plans = repo.plans();
    QCOMPARE(plans.size(), size_t(2));
    QCOMPARE(plans[0].year, 2026);
    QCOMPARE(plans[1].year, 2027);
    for (const TrainingPlan &p : plans) {
        QVERIFY(p.unitCode.isEmpty()); // office-wide
        QVERIFY(!p.title.isEmpty());
        QVERIFY(p.budget > 0);
        qint64 cost = 0;
        for (const TrainingEnrolment &e : repo.enrolments(p.id)) {
            cost += e.cost;
            QCOMPARE(e.startDate.year(), p.year);
            QVERIFY2(e.endDate.isValid() && e.endDate <= kDeadline, qPrintable(e.staffCode + u' ' + e.courseCode));
        }
        QVERIFY2(cost <= p.budget, qPrintable(u"%1: %2 > %3"_s.arg(p.year).arg(cost).arg(p.budget)));
    }
    const std::map<QString, int> counts = statusCounts(m_db.db());
    for (const QString &status : {u"completed"_s, u"attending"_s, u"enrolled"_s, u"dropped"_s})
        QVERIFY2(counts.count(u"2026:"_s + status) == 1, qPrintable(status));
    // 2027 is planned only.
    QVERIFY(counts.count(u"2027:planned"_s) == 1);
    for (const auto &[key, n] : counts)
        QVERIFY2(key.startsWith(u"2026:"_s) || key == u"2027:planned"_s, qPrintable(key));
    // The year report reads the same plans.
    const TrainingYearReport year = TrainingService(m_db.db(), m_clock).report(2026);
    QVERIFY(year.error.isEmpty());
    QCOMPARE(year.plans.size(), size_t(1));
    QVERIFY(year.total.completed > 0 && year.total.dropped > 0);
}

void TestDemoTraining::completionsMovedTheRecordsWithAudit()
{
    TrainingRepository repo(m_db.connection());
    StaffRepository staff(m_db.connection());
    int completed = 0, moved = 0;
    for (const TrainingEnrolment &e : repo.enrolments()) {
        const std::vector<AuditEntry> rows =
            Samples::auditRows(m_db.db(), u"training_enrolment"_s, QString::number(e.id));
        QVERIFY(!rows.empty());
        QCOMPARE(rows.front().action, u"insert"_s);
        if (e.status == EnrolmentStatus::Dropped)
            QVERIFY(rows.back().afterJson.contains(u"reason"_s));
        if (e.status != EnrolmentStatus::Completed)
            continue;
        ++completed;
        QCOMPARE(rows.size(), size_t(4)); // planned, enrolled, attending, completed
        QVERIFY(!e.certificateNo.isEmpty());
        QVERIFY(e.certificateDate.isValid() && e.certificateDate <= kToday && e.certificateDate >= e.startDate);
        const std::optional<TrainingCourse> course = repo.findCourse(e.courseCode);
        const std::optional<StaffMember> member = staff.find(e.staffCode);
        QVERIFY(course && member);
        QCOMPARE(course->appliedTo(*member), *member); // the record holds what the course grants
        if (!course->grants.empty()) {
            ++moved;
            QVERIFY2(!Samples::auditRows(m_db.db(), u"staff"_s, e.staffCode).empty(), qPrintable(e.staffCode));
        }
    }
    QVERIFY(completed >= 3);
    QVERIFY(moved >= 1);
}

void TestDemoTraining::projectedRateAtTheDeadlineIsAboveToday()
{
    QualificationService service(m_db.db(), m_clock);
    const QualificationReport today = service.report(kToday);
    const QualificationReport projected = service.report(kDeadline, {}, true);
    QVERIFY(today.error.isEmpty() && projected.error.isEmpty());
    QVERIFY(projected.projected);
    QCOMPARE(projected.staff, today.staff);
    QVERIFY2(projected.qualified > today.qualified,
             qPrintable(u"%1 → %2 of %3"_s.arg(today.qualified).arg(projected.qualified).arg(today.staff)));
    QVERIFY(projected.rate > today.rate);
    QVERIFY(projected.rate < 1.0); // some needs no course closes: not everyone
    // Person by person: who the plan qualifies and when, who it leaves and with what.
    const QualificationProjection projection = service.projection();
    QVERIFY(projection.error.isEmpty());
    int qualifies = 0, left = 0;
    for (const PersonProjection &p : projection.people) {
        if (p.qualifiesOn.isValid()) {
            ++qualifies;
            QVERIFY(p.qualifiesOn <= kDeadline);
            QVERIFY(!p.courses.isEmpty());
        } else {
            ++left;
            QVERIFY(!p.remainingGaps.isEmpty());
        }
    }
    QCOMPARE(qualifies, projected.qualified - today.qualified);
    QVERIFY(left > 0);
    QCOMPARE(projection.missing, left);
}

void TestDemoTraining::sameSeedSameData()
{
    TestDatabase other;
    QString error;
    QVERIFY2(DemoService(other.db(), m_clock).fill(400, 1, &error), qPrintable(error));
    auto rows = [](Database &db) {
        QStringList out;
        for (TrainingEnrolment e : TrainingRepository(db.connection()).enrolments()) {
            e.id = 0;
            out << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(e.planId).arg(e.staffCode, e.courseCode, e.status,
                                                     e.startDate.toString(Qt::ISODate), e.certificateNo)
                       .arg(e.cost);
        }
        return out;
    };
    QCOMPARE(rows(other.db()), rows(m_db.db()));
}

QTEST_GUILESS_MAIN(TestDemoTraining)
#include "tst_demotraining.moc"
