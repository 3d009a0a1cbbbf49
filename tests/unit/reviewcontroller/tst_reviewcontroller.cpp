// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/reviewcontroller.h"
#include "services/clock.h"
#include "services/demoservice.h"
#include "services/reviewservice.h"
#include "storage/reviewrepository.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/** The first person of the list the rules make eligible (ldtt) or not, or -1. */
int firstRow(const ReviewPeopleModel &people, bool ldttEligible)
{
    for (int i = 0; i < people.count(); ++i) {
        if (people.rows()[size_t(i)].ldttEligible == ldttEligible && people.rows()[size_t(i)].rated)
            return i;
    }
    return -1;
}

} // namespace

/**
 * The Review page's backend (ReviewController) on the demo office: nothing read before the page is shown,
 * then the year's units, people with verdicts and reasons, the meeting; a decision and the meeting saved
 * through ReviewService with field errors under their keys; a closed year refusing every write and saying
 * so; reopening it only with a reason; the minutes and the decision list written as PDF.
 */
class TestReviewController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void loadsOnFirstShowing();
    void emptyYear();
    void savesADecision();
    void decisionFieldErrors();
    void savesTheMeeting();
    void closedYearDisablesEditing();
    void reopenNeedsAReason();
    void exportsThePdfs();

private:
    TestDatabase m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(9, 0))};
    std::unique_ptr<ReviewService> m_service;
    std::unique_ptr<ReviewController> m_controller;
};

void TestReviewController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(DemoService(m_db.db(), m_clock).fill(120, 1, &error), qPrintable(error));
    m_service = std::make_unique<ReviewService>(m_db.db(), m_clock);
    m_service->setActor(u"test"_s);
}

void TestReviewController::init()
{
    m_controller = std::make_unique<ReviewController>(*m_service, nullptr, false);
    m_controller->setToday(QDate(2026, 11, 26));
}

void TestReviewController::loadsOnFirstShowing()
{
    ReviewController &c = *m_controller;
    QCOMPARE(c.year(), 2026);
    QCOMPARE(c.state(), u"loading"_s);
    QCOMPARE(c.people()->count(), 0);
    c.setYear(2025);
    QCOMPARE(c.people()->count(), 0); // still nothing read
    c.ensureLoaded();
    QCOMPARE(c.state(), u"ok"_s);
    QVERIFY(!c.unitOptions().isEmpty());
    QCOMPARE(c.unitCode(), c.unitOptions().first().toMap().value(u"value"_s).toString());
    QVERIFY(c.people()->count() > 0);
    QVERIFY(c.summary().value(u"rated"_s).toInt() > 0);
    QVERIFY(c.summary().contains(u"collectiveMet"_s));
    QVERIFY(c.meeting().value(u"recorded"_s).toBool()); // the demo's council met in December 2025
    QVERIFY(c.meeting().value(u"meeting_date"_s).toString().startsWith(u"2025-12-"_s));
    QVERIFY(!c.closed());
    // A person the rules refuse is red and says why, with the legal basis.
    const int refused = firstRow(*c.people(), false);
    if (refused >= 0) {
        const ReviewPeopleEntry &e = c.people()->rows()[size_t(refused)];
        QCOMPARE(e.severity, u"not_met"_s);
        bool withBasis = false;
        for (const QVariant &v : e.reasons) {
            const QVariantMap r = v.toMap();
            if (r.value(u"kind"_s) == u"not_met"_s && !r.value(u"citation"_s).toString().isEmpty())
                withBasis = true;
        }
        QVERIFY(withBasis);
    }
    // The demo's approved decisions show in the list.
    const int eligible = firstRow(*c.people(), true);
    QVERIFY(eligible >= 0);
    QVERIFY(!c.people()->rows()[size_t(eligible)].decisionText.isEmpty());
}

void TestReviewController::emptyYear()
{
    ReviewController &c = *m_controller;
    c.ensureLoaded();
    c.setYear(2016);
    QCOMPARE(c.state(), u"empty"_s);
    QCOMPARE(c.people()->count(), 0);
    QVERIFY(c.unitOptions().isEmpty());
}

void TestReviewController::savesADecision()
{
    ReviewController &c = *m_controller;
    c.ensureLoaded();
    c.setYear(2025);
    const int row = firstRow(*c.people(), true);
    QVERIFY(row >= 0);
    const QString code = c.people()->rows()[size_t(row)].staffCode;
    QSignalSpy written(&c, &ReviewController::reviewWritten);
    QVERIFY(c.saveDecision({{u"staff_code"_s, code},
                            {u"award"_s, u"giay_khen"_s},
                            {u"outcome"_s, u"approved"_s},
                            {u"votes_for"_s, u"4"_s},
                            {u"votes_against"_s, u"0"_s},
                            {u"votes_abstain"_s, u""_s},
                            {u"decision_no"_s, u"777/QĐ-UBND"_s},
                            {u"decision_date"_s, u"2025-12-30"_s},
                            {u"note"_s, u""_s}}));
    QCOMPARE(written.count(), 1);
    QVERIFY(c.decisionErrors().isEmpty());
    const QVariantMap stored = c.decisionOf(code, u"giay_khen"_s);
    QCOMPARE(stored.value(u"decision_no"_s).toString(), u"777/QĐ-UBND"_s);
    QCOMPARE(stored.value(u"votes_for"_s).toInt(), 4);
    QCOMPARE(stored.value(u"votes_abstain"_s).toString(), QString()); // not recorded
    QCOMPARE(stored.value(u"decision_date"_s).toString(), u"2025-12-30"_s);
    const int after = c.people()->rowOfCode(code);
    QVERIFY(c.people()->rows()[size_t(after)].decisionText.contains(u"(4/0/–)"_s));
    const auto inDb = ReviewRepository(m_db.connection()).decision(2025, c.unitCode(), code, u"giay_khen"_s);
    QVERIFY(inDb && inDb->decisionNo == u"777/QĐ-UBND"_s);
    // Removed again.
    QVERIFY(c.removeDecision(stored.value(u"id"_s).toLongLong()));
    QVERIFY(c.decisionOf(code, u"giay_khen"_s).isEmpty());
}

void TestReviewController::decisionFieldErrors()
{
    ReviewController &c = *m_controller;
    c.ensureLoaded();
    c.setYear(2025);
    const int row = firstRow(*c.people(), true);
    const QString code = c.people()->rows()[size_t(row)].staffCode;
    QSignalSpy errors(&c, &ReviewController::errorOccurred);
    // Not a number: said by the controller, nothing written.
    QVERIFY(!c.saveDecision({{u"staff_code"_s, code}, {u"award"_s, u"giay_khen"_s}, {u"votes_for"_s, u"many"_s}}));
    QVERIFY(c.decisionErrors().contains(u"votes_for"_s));
    QVERIFY(c.decisionOf(code, u"giay_khen"_s).isEmpty());
    // More votes than members present: said by the service, under the same key.
    QVERIFY(!c.saveDecision({{u"staff_code"_s, code}, {u"award"_s, u"giay_khen"_s}, {u"votes_for"_s, u"99"_s}}));
    QVERIFY(c.decisionErrors().value(u"votes_for"_s).toString().contains(u"present"_s));
    // A date that does not exist.
    QVERIFY(!c.saveDecision({{u"staff_code"_s, code}, {u"award"_s, u"giay_khen"_s}, {u"decision_date"_s, u"2025-02-30"_s}}));
    QVERIFY(c.decisionErrors().contains(u"decision_date"_s));
    // Approving what the rules refuse needs the council's reason in the note.
    const int refused = firstRow(*c.people(), false);
    if (refused >= 0) {
        const QString other = c.people()->rows()[size_t(refused)].staffCode;
        QVERIFY(!c.saveDecision({{u"staff_code"_s, other}, {u"award"_s, u"lao_dong_tien_tien"_s}, {u"outcome"_s, u"approved"_s}}));
        QVERIFY(c.decisionErrors().contains(u"note"_s));
    }
    QCOMPARE(errors.count(), 0); // field errors are shown beside the fields, not in the banner
    c.clearErrors();
    QVERIFY(c.decisionErrors().isEmpty());
}

void TestReviewController::savesTheMeeting()
{
    ReviewController &c = *m_controller;
    c.ensureLoaded();
    QCOMPARE(c.year(), 2026);
    if (c.state() != u"ok"_s)
        QSKIP("no evaluated unit in 2026 in this demo");
    QVERIFY(!c.meeting().value(u"recorded"_s).toBool()); // 2026 is left open and undecided
    QVERIFY(!c.saveMeeting({{u"members_total"_s, u"5"_s}, {u"members_present"_s, u"7"_s}}));
    QVERIFY(c.meetingErrors().contains(u"members_present"_s));
    QVERIFY(!c.saveMeeting({{u"members_total"_s, u"five"_s}}));
    QVERIFY(c.meetingErrors().contains(u"members_total"_s));
    QVERIFY(c.saveMeeting({{u"meeting_date"_s, u"2026-12-18"_s},
                           {u"place"_s, u"Hội trường UBND"_s},
                           {u"chair"_s, u"Nguyễn Văn Chủ"_s},
                           {u"secretary"_s, u"Lê Thị Thư"_s},
                           {u"members_total"_s, u"7"_s},
                           {u"members_present"_s, u"6"_s}}));
    QVERIFY(c.meetingErrors().isEmpty());
    QCOMPARE(c.meeting().value(u"chair"_s).toString(), u"Nguyễn Văn Chủ"_s);
    QCOMPARE(c.meeting().value(u"members_present"_s).toInt(), 6);
    const auto stored = m_service->meeting(2026, c.unitCode());
    QVERIFY(stored && stored->meetingDate == QDate(2026, 12, 18) && stored->secretary == u"Lê Thị Thư"_s);
}

void TestReviewController::closedYearDisablesEditing()
{
    ReviewController &c = *m_controller;
    c.ensureLoaded();
    c.setYear(2025);
    QVERIFY(c.closeYear(u"sổ đã khóa"_s));
    QVERIFY(c.closed());
    QVERIFY(c.closureText().contains(u"2025"_s));
    QVERIFY(c.closureText().contains(u"sổ đã khóa"_s));
    QSignalSpy errors(&c, &ReviewController::errorOccurred);
    const QString code = c.people()->rows().front().staffCode;
    QVERIFY(!c.saveDecision({{u"staff_code"_s, code}, {u"award"_s, u"giay_khen"_s}}));
    QVERIFY(!c.saveMeeting({{u"members_total"_s, u"5"_s}, {u"members_present"_s, u"5"_s}}));
    QCOMPARE(errors.count(), 2);
    QVERIFY(errors.at(0).at(0).toString().contains(ReviewService::closedYearError(2025)));
    // A second close is refused.
    QVERIFY(!c.closeYear());
    QVERIFY(c.reopenYear(u"test cleanup"_s));
}

void TestReviewController::reopenNeedsAReason()
{
    ReviewController &c = *m_controller;
    c.ensureLoaded();
    c.setYear(2025);
    QVERIFY(c.closeYear());
    QVERIFY(!c.reopenYear(u"   "_s));
    QVERIFY(c.yearErrors().contains(u"reason"_s));
    QVERIFY(c.closed());
    QVERIFY(c.reopenYear(u"a decision was recorded on the wrong person"_s));
    QVERIFY(!c.closed());
    QVERIFY(c.yearErrors().isEmpty());
    QVERIFY(c.closureText().isEmpty());
}

void TestReviewController::exportsThePdfs()
{
    ReviewController &c = *m_controller;
    c.ensureLoaded();
    c.setYear(2025);
    QTemporaryDir dir;
    const QString minutes = c.exportMinutes(dir.filePath(u"minutes.pdf"_s));
    QVERIFY(!minutes.isEmpty());
    QFile a(minutes);
    QVERIFY(a.open(QIODevice::ReadOnly));
    QVERIFY(a.read(4) == "%PDF");
    const QString list = c.exportDecisionList(QUrl::fromLocalFile(dir.filePath(u"list.pdf"_s)).toString());
    QVERIFY(!list.isEmpty());
    QVERIFY(QFileInfo(list).size() > 1000);
    QVERIFY(c.minutesFileName().contains(u"2025"_s));
    // A year nobody is evaluated in: refused with a message.
    QSignalSpy errors(&c, &ReviewController::errorOccurred);
    c.setYear(2016);
    QVERIFY(c.exportMinutes(dir.filePath(u"none.pdf"_s)).isEmpty());
    QCOMPARE(errors.count(), 1);
}

QTEST_MAIN(TestReviewController)
#include "tst_reviewcontroller.moc"
