// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrysamples.h"
#include "services/clock.h"
#include "services/qualificationservice.h"
#include "services/trainingservice.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 15);

StaffMember commune(const QString &code, const QString &position, const QString &category = u"cc_xa"_s)
{
    StaffMember m = Samples::person(code, u"Người "_s + code, u"X3"_s, category, position);
    m.startDate = QDate(2015, 1, 1);
    return m;
}

const PersonQualification *personIn(const QualificationReport &r, const QString &code)
{
    for (const PersonQualification &p : r.people) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

EnrolmentStep certificate(const QString &no, const QDate &date)
{
    EnrolmentStep s;
    s.certificateNo = no;
    s.certificateDate = date;
    s.date = date;
    return s;
}

} // namespace

/**
 * The projection of issue 6 item 5: `report qualification --projected` counts the open enrolments
 * (planned, enrolled, attending) ending by the date as completed; projection() finds when each person
 * qualifies under the plan. People of X3 (a commune) on 2026-03-15, shipped standards (ND 33/2023):
 * P chu_tich_ubnd (Art. 8) with sơ cấp political theory and a trung cấp degree: two gaps;
 * Q van_phong_thong_ke (Art. 10) who qualifies; D dia_chinh (Art. 10) with a trung cấp degree;
 * S van_hoa_xa_hoi (Art. 10) with a trung cấp degree; R who left in 2020 (not counted).
 */
class TestQualificationProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void projectedReportCountsEnrolmentsEndingByTheDate();
    void notProjectedIgnoresThePlan();
    void droppedAndCompletedNotAppliedAgain();
    void actualAfterCompletionEqualsTheProjection();
    void projectionQualifiesOnTheLaterEnd();
    void projectionReachesFullWhenEveryGapIsPlanned();
    void projectionOfOneUnit();

private:
    qint64 enrol(const QString &staff, const QString &course, const QDate &start, const QDate &end);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TrainingService> m_training;
    std::unique_ptr<QualificationService> m_service;
};

void TestQualificationProjection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestQualificationProjection::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0)));
    m_training = std::make_unique<TrainingService>(m_db->db(), *m_clock);
    m_training->setActor(u"tester"_s);
    m_service = std::make_unique<QualificationService>(m_db->db(), *m_clock);
    std::vector<OrgUnit> units = Samples::town();
    units.push_back(Samples::unit(u"X3"_s, u"Xã Ba"_s, u"xa"_s, u"T"_s));
    QVERIFY(Samples::insertUnits(m_db->db(), units));
    StaffMember p = commune(u"P"_s, u"chu_tich_ubnd"_s, u"cb_xa"_s);
    p.politicalTheory = u"so_cap"_s;
    p.professionalLevel = u"trung_cap"_s;
    StaffMember q = commune(u"Q"_s, u"van_phong_thong_ke"_s);
    StaffMember d = commune(u"D"_s, u"dia_chinh"_s);
    d.professionalLevel = u"trung_cap"_s;
    StaffMember s = commune(u"S"_s, u"van_hoa_xa_hoi"_s);
    s.professionalLevel = u"trung_cap"_s;
    StaffMember r = commune(u"R"_s, u"tai_chinh_ke_toan"_s);
    r.endDate = QDate(2020, 1, 1);
    QVERIFY(Samples::insertStaff(m_db->db(), {p, q, d, s, r}));
}

void TestQualificationProjection::cleanup()
{
    m_service.reset();
    m_training.reset();
    m_clock.reset();
    m_db.reset();
}

qint64 TestQualificationProjection::enrol(const QString &staff, const QString &course, const QDate &start,
                                          const QDate &end)
{
    TrainingEnrolment e;
    e.staffCode = staff;
    e.courseCode = course;
    e.startDate = start;
    e.endDate = end;
    const EnrolmentResult r = m_training->enrol(e);
    if (!r.ok())
        qWarning() << "enrol" << staff << course << r.error << r.fieldErrors.size();
    return r.ok() ? r.id : 0;
}

void TestQualificationProjection::projectedReportCountsEnrolmentsEndingByTheDate()
{
    // D's university course (ND 33/2023 Art. 10: đại học) ends on 30/09/2026.
    QVERIFY(enrol(u"D"_s, u"dai_hoc_quan_ly_nha_nuoc"_s, QDate(2023, 10, 1), QDate(2026, 9, 30)) > 0);

    const QualificationReport dayBefore = m_service->report(QDate(2026, 9, 29), {}, true);
    QVERIFY2(dayBefore.error.isEmpty(), qPrintable(dayBefore.error));
    QVERIFY(dayBefore.projected);
    QCOMPARE(personIn(dayBefore, u"D"_s)->status, QualificationResult::Status::NotQualified);
    QCOMPARE(personIn(dayBefore, u"D"_s)->gaps, QStringList{u"professional_level"_s});
    QVERIFY(personIn(dayBefore, u"D"_s)->projectedCourses.isEmpty());
    QCOMPARE(dayBefore.qualified, 1); // Q

    const QualificationReport onTheDay = m_service->report(QDate(2026, 9, 30), {}, true);
    QVERIFY(onTheDay.projected);
    QCOMPARE(personIn(onTheDay, u"D"_s)->status, QualificationResult::Status::Qualified);
    QCOMPARE(personIn(onTheDay, u"D"_s)->projectedCourses, QStringList{u"dai_hoc_quan_ly_nha_nuoc"_s});
    QVERIFY(personIn(onTheDay, u"D"_s)->gaps.isEmpty());
    QCOMPARE(onTheDay.staff, 4);
    QCOMPARE(onTheDay.qualified, 2);
    QCOMPARE(onTheDay.rate, 0.5);
    QCOMPARE(onTheDay.stillToQualify, 2);
    QVERIFY(personIn(onTheDay, u"Q"_s)->projectedCourses.isEmpty());

    // An enrolment that is enrolled or attending counts as well; P's course ends after the date: not counted.
    const qint64 pCourse = enrol(u"P"_s, u"llct_trung_cap"_s, QDate(2026, 1, 5), QDate(2026, 12, 31));
    QVERIFY(pCourse > 0);
    QVERIFY(m_training->advance(pCourse, u"enrolled"_s).ok());
    const QualificationReport stillSep = m_service->report(QDate(2026, 9, 30), {}, true);
    QCOMPARE(personIn(stillSep, u"P"_s)->gaps, (QStringList{u"professional_level"_s, u"political_theory"_s}));
    QVERIFY(personIn(stillSep, u"P"_s)->projectedCourses.isEmpty());
    const QualificationReport endOfYear = m_service->report(QDate(2026, 12, 31), {}, true);
    QCOMPARE(personIn(endOfYear, u"P"_s)->projectedCourses, QStringList{u"llct_trung_cap"_s});
    QCOMPARE(personIn(endOfYear, u"P"_s)->gaps, QStringList{u"professional_level"_s}); // the degree is still missing
    QCOMPARE(personIn(endOfYear, u"P"_s)->status, QualificationResult::Status::NotQualified);
}

void TestQualificationProjection::notProjectedIgnoresThePlan()
{
    QVERIFY(enrol(u"D"_s, u"dai_hoc_quan_ly_nha_nuoc"_s, QDate(2023, 10, 1), QDate(2026, 9, 30)) > 0);
    const QualificationReport actual = m_service->report(QDate(2027, 1, 1));
    QVERIFY(!actual.projected);
    QCOMPARE(personIn(actual, u"D"_s)->status, QualificationResult::Status::NotQualified);
    QVERIFY(personIn(actual, u"D"_s)->projectedCourses.isEmpty());
    QCOMPARE(actual.qualified, 1);
}

void TestQualificationProjection::droppedAndCompletedNotAppliedAgain()
{
    // D drops the course: the plan no longer counts it.
    const qint64 dropped = enrol(u"D"_s, u"dai_hoc_quan_ly_nha_nuoc"_s, QDate(2023, 10, 1), QDate(2026, 9, 30));
    QVERIFY(dropped > 0);
    EnrolmentStep reason;
    reason.reason = u"chuyển công tác"_s;
    QVERIFY(m_training->advance(dropped, u"dropped"_s, reason).ok());
    const QualificationReport afterDrop = m_service->report(QDate(2027, 1, 1), {}, true);
    QCOMPARE(personIn(afterDrop, u"D"_s)->status, QualificationResult::Status::NotQualified);
    QVERIFY(personIn(afterDrop, u"D"_s)->projectedCourses.isEmpty());

    // P completes intermediate political theory: on the record, not projected a second time.
    const qint64 done = enrol(u"P"_s, u"llct_trung_cap"_s, QDate(2025, 3, 1), QDate(2026, 3, 1));
    QVERIFY(done > 0);
    QVERIFY(m_training->advance(done, u"enrolled"_s).ok());
    QVERIFY(m_training->advance(done, u"attending"_s).ok());
    QVERIFY(m_training->advance(done, u"completed"_s, certificate(u"TCLLCT-2026/0001"_s, QDate(2026, 3, 1))).ok());
    const QualificationReport afterCompletion = m_service->report(QDate(2027, 1, 1), {}, true);
    QVERIFY(personIn(afterCompletion, u"P"_s)->projectedCourses.isEmpty());
    QCOMPARE(personIn(afterCompletion, u"P"_s)->gaps, QStringList{u"professional_level"_s});

    // Neither counts in the projection either: D and P keep their gaps, not planned.
    const QualificationProjection proj = m_service->projection();
    QVERIFY2(proj.error.isEmpty(), qPrintable(proj.error));
    QCOMPARE(proj.missing, 3); // P, D, S
    for (const PersonProjection &p : proj.people) {
        QVERIFY(!p.qualifiesOn.isValid());
        QVERIFY(p.courses.isEmpty());
        QCOMPARE(p.remainingGaps, p.gaps);
    }
}

void TestQualificationProjection::actualAfterCompletionEqualsTheProjection()
{
    // D's course was planned to end on 10/03/2026; the projected report of today counts it.
    const qint64 id = enrol(u"D"_s, u"dai_hoc_quan_ly_nha_nuoc"_s, QDate(2023, 3, 10), QDate(2026, 3, 10));
    QVERIFY(id > 0);
    const QualificationReport projected = m_service->report(kToday, {}, true);
    QCOMPARE(personIn(projected, u"D"_s)->status, QualificationResult::Status::Qualified);
    QCOMPARE(projected.qualified, 2);
    QVERIFY(m_service->report(kToday).qualified == 1); // not done yet

    // Completed as planned (TrainingService::advance puts the degree on D's record).
    QVERIFY(m_training->advance(id, u"enrolled"_s).ok());
    QVERIFY(m_training->advance(id, u"attending"_s).ok());
    QVERIFY(m_training->advance(id, u"completed"_s, certificate(u"DH-2026/0042"_s, QDate(2026, 3, 10))).ok());
    const QualificationReport actual = m_service->report(kToday);
    QVERIFY(!actual.projected);
    QCOMPARE(actual.staff, projected.staff);
    QCOMPARE(actual.qualified, projected.qualified);
    QCOMPARE(actual.rate, projected.rate);
    QCOMPARE(actual.stillToQualify, projected.stillToQualify);
    QCOMPARE(actual.people.size(), projected.people.size());
    for (size_t i = 0; i < actual.people.size(); ++i) {
        QCOMPARE(actual.people[i].code, projected.people[i].code);
        QCOMPARE(actual.people[i].status, projected.people[i].status);
        QCOMPARE(actual.people[i].gaps, projected.people[i].gaps);
    }
    QCOMPARE(actual.gapCounts.size(), projected.gapCounts.size());
    // And the projected report now has nothing left to project for D.
    QVERIFY(personIn(m_service->report(kToday, {}, true), u"D"_s)->projectedCourses.isEmpty());
}

void TestQualificationProjection::projectionQualifiesOnTheLaterEnd()
{
    // P needs two courses (ND 33/2023 Art. 8: trung cấp political theory and đại học); D one; S none planned.
    QVERIFY(enrol(u"P"_s, u"dai_hoc_luat"_s, QDate(2024, 7, 1), QDate(2027, 6, 30)) > 0);
    QVERIFY(enrol(u"P"_s, u"llct_trung_cap"_s, QDate(2026, 1, 5), QDate(2026, 12, 31)) > 0);
    QVERIFY(enrol(u"D"_s, u"dai_hoc_quan_ly_nha_nuoc"_s, QDate(2023, 10, 1), QDate(2026, 9, 30)) > 0);
    // S's only course gives trung cấp, which S already holds: it closes nothing.
    QVERIFY(enrol(u"S"_s, u"trung_cap_luat"_s, QDate(2025, 9, 1), QDate(2027, 3, 1)) > 0);

    const QualificationProjection proj = m_service->projection();
    QVERIFY2(proj.error.isEmpty(), qPrintable(proj.error));
    QCOMPARE(proj.today, kToday);
    QCOMPARE(proj.deadline, QDate(2028, 8, 1));
    QCOMPARE(proj.people.size(), size_t(3));
    // By qualifiesOn, never last.
    QCOMPARE(proj.people[0].code, u"D"_s);
    QCOMPARE(proj.people[0].qualifiesOn, QDate(2026, 9, 30));
    QCOMPARE(proj.people[0].courses, QStringList{u"dai_hoc_quan_ly_nha_nuoc"_s});
    QVERIFY(proj.people[0].remainingGaps.isEmpty());
    QCOMPARE(proj.people[1].code, u"P"_s);
    QCOMPARE(proj.people[1].qualifiesOn, QDate(2027, 6, 30)); // the later of the two ends
    QCOMPARE(proj.people[1].courses, (QStringList{u"llct_trung_cap"_s, u"dai_hoc_luat"_s}));
    QCOMPARE(proj.people[1].gaps, (QStringList{u"professional_level"_s, u"political_theory"_s}));
    QCOMPARE(proj.people[1].deadline, QDate(2028, 8, 1));
    QCOMPARE(proj.people[2].code, u"S"_s);
    QVERIFY(!proj.people[2].qualifiesOn.isValid());
    QVERIFY(proj.people[2].courses.isEmpty());
    QCOMPARE(proj.people[2].remainingGaps, QStringList{u"professional_level"_s});

    // Nobody closes S's gap: never 100 %.
    QCOMPARE(proj.missing, 1);
    QVERIFY(!proj.fullOn.isValid());

    // The projected line: today (1 of 4), then each date the plan moves the rate; same denominator.
    QCOMPARE(proj.projected.size(), size_t(3));
    QCOMPARE(proj.projected[0].date, kToday);
    QCOMPARE(proj.projected[0].staff, 4);
    QCOMPARE(proj.projected[0].qualified, 1);
    QCOMPARE(proj.projected[0].rate, 0.25);
    QCOMPARE(proj.projected[1].date, QDate(2026, 9, 30));
    QCOMPARE(proj.projected[1].qualified, 2);
    QCOMPARE(proj.projected[1].rate, 0.5);
    QCOMPARE(proj.projected[2].date, QDate(2027, 6, 30));
    QCOMPARE(proj.projected[2].staff, 4);
    QCOMPARE(proj.projected[2].qualified, 3);
    QCOMPARE(proj.projected[2].rate, 0.75);

    // The actual line is the trend, ending today where the projected one starts.
    QVERIFY(!proj.actual.empty());
    QCOMPARE(proj.actual.back().date, kToday);
    QCOMPARE(proj.actual.back().qualified, proj.projected[0].qualified);
    QCOMPARE(proj.actual.back().staff, proj.projected[0].staff);

    // The projected report at each point's date agrees with the point.
    for (const QualificationPoint &pt : proj.projected) {
        const QualificationReport r = m_service->report(pt.date, {}, true);
        QCOMPARE(r.qualified, pt.qualified);
        QCOMPARE(r.staff, pt.staff);
    }
}

void TestQualificationProjection::projectionReachesFullWhenEveryGapIsPlanned()
{
    QVERIFY(enrol(u"P"_s, u"dai_hoc_luat"_s, QDate(2024, 7, 1), QDate(2027, 6, 30)) > 0);
    QVERIFY(enrol(u"P"_s, u"llct_trung_cap"_s, QDate(2026, 1, 5), QDate(2026, 12, 31)) > 0);
    QVERIFY(enrol(u"D"_s, u"dai_hoc_quan_ly_nha_nuoc"_s, QDate(2023, 10, 1), QDate(2026, 9, 30)) > 0);
    QVERIFY(enrol(u"S"_s, u"dai_hoc_ke_toan"_s, QDate(2025, 2, 1), QDate(2028, 1, 31)) > 0);

    const QualificationProjection proj = m_service->projection();
    QCOMPARE(proj.missing, 0);
    QCOMPARE(proj.fullOn, QDate(2028, 1, 31)); // before the deadline of 01/08/2028
    QCOMPARE(proj.projected.size(), size_t(4));
    QCOMPARE(proj.projected.back().date, QDate(2028, 1, 31));
    QCOMPARE(proj.projected.back().rate, 1.0);
    QCOMPARE(proj.people.back().code, u"S"_s);
}

void TestQualificationProjection::projectionOfOneUnit()
{
    QVERIFY(enrol(u"D"_s, u"dai_hoc_quan_ly_nha_nuoc"_s, QDate(2023, 10, 1), QDate(2026, 9, 30)) > 0);
    // Everyone counted is in X3.
    const QualificationProjection ofX3 = m_service->projection(u"X3"_s);
    QCOMPARE(ofX3.people.size(), size_t(3));
    QCOMPARE(ofX3.projected.front().staff, 4);
    QCOMPARE(ofX3.projected.back().qualified, 2);
    // A commune with nobody (the ward made by the 2025 merge): an empty projection, never 100 %.
    const QString other = u"WN"_s;
    const QualificationProjection empty = m_service->projection(other);
    QVERIFY(empty.error.isEmpty());
    QVERIFY(empty.people.empty());
    QCOMPARE(empty.projected.size(), size_t(1));
    QCOMPARE(empty.projected.front().staff, 0);
    QVERIFY(!empty.fullOn.isValid());
}

QTEST_GUILESS_MAIN(TestQualificationProjection)
#include "tst_qualificationprojection.moc"
