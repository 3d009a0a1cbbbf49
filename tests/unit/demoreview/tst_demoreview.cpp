// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/clock.h"
#include "services/demoreview.h"
#include "services/demoservice.h"
#include "services/reviewservice.h"
#include "storage/reviewrepository.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

/**
 * The review part of `congvu demo` (DemoReview): in 2025 every unit with evaluated people held its council in
 * December and decided on the people the rules make eligible, mostly approved with votes and a decision of
 * late December, a couple rejected by vote; 2026 stays open and undecided. Same seed, same data.
 */
class TestDemoReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyUnitOf2025MetInDecember();
    void decisionsFollowTheRules();
    void aCoupleRejected();
    void year2026IsOpenAndUndecided();
    void sameSeedSameData();

private:
    TestDatabase m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(9, 0))};
};

void TestDemoReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(DemoService(m_db.db(), m_clock).fill(400, 1, &error), qPrintable(error));
}

void TestDemoReview::everyUnitOf2025MetInDecember()
{
    const ReviewResult r = ReviewService(m_db.db(), m_clock).review(DemoReview::kDecidedYear);
    QVERIFY(r.error.isEmpty());
    QVERIFY(r.units.size() >= 2);
    for (const ReviewUnitResult &u : r.units) {
        QVERIFY2(u.meeting, qPrintable(u.unitCode));
        QCOMPARE(u.meeting->meetingDate.year(), 2025);
        QCOMPARE(u.meeting->meetingDate.month(), 12);
        QVERIFY(!u.meeting->chair.isEmpty());
        QVERIFY(!u.meeting->place.isEmpty());
        QVERIFY(u.meeting->membersPresent > 0 && u.meeting->membersPresent <= u.meeting->membersTotal);
    }
}

void TestDemoReview::decisionsFollowTheRules()
{
    const ReviewResult r = ReviewService(m_db.db(), m_clock).review(DemoReview::kDecidedYear);
    int approved = 0;
    for (const ReviewUnitResult &u : r.units) {
        for (const ReviewPersonRow &p : u.people) {
            const bool hasLdtt = std::any_of(p.decisions.begin(), p.decisions.end(), [](const ReviewDecision &d) {
                return d.award == QLatin1StringView(ReviewAwards::LaoDongTienTien);
            });
            // Every eligible person is decided on, and nobody else.
            QCOMPARE(hasLdtt, p.review.laoDongTienTien.eligible);
            for (const ReviewDecision &d : p.decisions) {
                QVERIFY(d.votesFor && d.votesAgainst && d.votesAbstain);
                QVERIFY(*d.votesFor + *d.votesAgainst + *d.votesAbstain <= u.meeting->membersPresent);
                if (d.outcome != QLatin1StringView(ReviewOutcomes::Approved))
                    continue;
                ++approved;
                QVERIFY(*d.votesFor > u.meeting->membersPresent / 2);
                QVERIFY(d.decisionNo.contains(u"/QĐ-"_s));
                QVERIFY(d.decisionDate >= QDate(2025, 12, 26) && d.decisionDate <= QDate(2025, 12, 31));
                QVERIFY(d.decisionDate > u.meeting->meetingDate);
            }
        }
        const bool hasCollective = !u.unitDecisions.empty();
        QCOMPARE(hasCollective, u.review.tapTheMembersOk.eligible);
    }
    QVERIFY(approved > 10);
}

void TestDemoReview::aCoupleRejected()
{
    const auto decisions = ReviewRepository(m_db.connection()).decisions(DemoReview::kDecidedYear);
    const auto rejected = std::count_if(decisions.begin(), decisions.end(), [](const ReviewDecision &d) {
        return d.outcome == QLatin1StringView(ReviewOutcomes::Rejected);
    });
    QVERIFY2(rejected >= 1 && rejected <= 2, qPrintable(QString::number(rejected)));
    for (const ReviewDecision &d : decisions) {
        if (d.outcome != QLatin1StringView(ReviewOutcomes::Rejected))
            continue;
        QVERIFY(*d.votesAgainst > *d.votesFor);
        QVERIFY(d.decisionNo.isEmpty());
        QVERIFY(!d.note.isEmpty());
    }
}

void TestDemoReview::year2026IsOpenAndUndecided()
{
    ReviewService service(m_db.db(), m_clock);
    QVERIFY(!service.isClosed(2026));
    QVERIFY(!service.isClosed(2025));
    QVERIFY(service.decisions(2026).empty());
    QVERIFY(ReviewRepository(m_db.connection()).meetings(2026).empty());
}

void TestDemoReview::sameSeedSameData()
{
    TestDatabase other;
    QString error;
    QVERIFY2(DemoService(other.db(), m_clock).fill(400, 1, &error), qPrintable(error));
    auto rows = [](Database &db) {
        QStringList out;
        for (ReviewDecision d : ReviewRepository(db.connection()).decisions(DemoReview::kDecidedYear)) {
            d.id = 0;
            out << u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(d.unitCode, d.staffCode, d.award, d.outcome)
                       .arg(d.votesFor.value_or(-1))
                       .arg(d.votesAgainst.value_or(-1))
                       .arg(d.decisionNo, d.decisionDate.toString(Qt::ISODate));
        }
        for (const ReviewMeeting &m : ReviewRepository(db.connection()).meetings(DemoReview::kDecidedYear))
            out << u"%1 %2 %3 %4 %5 %6"_s.arg(m.unitCode, m.meetingDate.toString(Qt::ISODate), m.chair, m.secretary)
                       .arg(m.membersTotal)
                       .arg(m.membersPresent);
        return out;
    };
    const QStringList a = rows(m_db.db());
    QVERIFY(!a.isEmpty());
    QCOMPARE(rows(other.db()), a);
}

QTEST_MAIN(TestDemoReview)
#include "tst_demoreview.moc"
