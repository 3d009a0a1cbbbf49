// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/trainingplanner.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate kStart(2027, 1, 4);
const QDate kDeadline(2028, 8, 1);

TrainingCourse course(const QString &code, const QString &kind, qint64 cost, int months,
                      std::vector<CourseValue> grants)
{
    TrainingCourse c;
    c.code = code;
    c.kind = kind;
    c.nameVi = code;
    c.cost = cost;
    c.duration = months;
    c.durationUnit = u"month"_s;
    c.grants = std::move(grants);
    return c;
}

/** The hand-made catalogue of the rows. */
std::vector<TrainingCourse> catalogue()
{
    return {
        course(u"llct_tc"_s, u"political_theory"_s, 12'000'000, 12, {{u"political_theory"_s, u"trung_cap"_s}}),
        course(u"llct_cc"_s, u"political_theory"_s, 30'000'000, 18, {{u"political_theory"_s, u"cao_cap"_s}}),
        course(u"llct_dai"_s, u"political_theory"_s, 10'000'000, 48, {{u"political_theory"_s, u"trung_cap"_s}}),
        course(u"qlnn_cv"_s, u"state_management"_s, 5'000'000, 2, {{u"state_management"_s, u"chuyen_vien"_s}}),
        course(u"ths_qlc"_s, u"degree"_s, 60'000'000, 18,
               {{u"professional_level"_s, u"thac_si"_s}, {u"professional_field"_s, u"Quản lý công"_s}}),
        course(u"dh_luat"_s, u"degree"_s, 40'000'000, 18,
               {{u"professional_level"_s, u"dai_hoc"_s}, {u"professional_field"_s, u"Luật"_s}}),
    };
}

TrainingNeed need(const QString &key, QStringList courses, QDate deadline = kDeadline)
{
    TrainingNeed n;
    n.requirementKey = key;
    n.courses = std::move(courses);
    n.deadline = deadline;
    return n;
}

/** An eligible person (8 years of service, born 1985, rated tốt in 2025 and 2026) with needs. */
PlannerPerson person(const QString &code, std::vector<TrainingNeed> needs, QDate deadline = kDeadline)
{
    PlannerPerson p;
    p.code = code;
    p.fullName = u"Người "_s + code;
    p.deadline = deadline;
    p.needs = std::move(needs);
    p.birthDate = QDate(1985, 6, 1);
    p.serviceStart = QDate(2019, 1, 1);
    p.ratings = {{2025, u"tot"_s}, {2026, u"xuat_sac"_s}};
    return p;
}

PlannerPerson llct(const QString &code, QDate deadline = kDeadline)
{
    return person(code, {need(u"political_theory"_s, {u"llct_tc"_s, u"llct_cc"_s}, deadline)}, deadline);
}

PlannerPerson masters(const QString &code)
{
    return person(code, {need(u"professional_level"_s, {u"ths_qlc"_s})});
}

PlannerInput input(qint64 budget, QHash<QString, int> seats = {})
{
    PlannerInput in;
    in.year = 2027;
    in.budget = budget;
    in.start = kStart;
    in.seats = std::move(seats);
    return in;
}

/** "A>course(keys)[+commit]" per enrolment; " | "; "B:key=reason" per unplanned need. */
QString describe(const TrainingProposal &p)
{
    QStringList planned, left;
    for (const ProposedEnrolment &e : p.enrolments)
        planned << e.staffCode + u'>' + e.courseCode + u'(' + e.requirementKeys.join(u',') + u')'
                + (e.serviceCommitment ? u"+commit"_s : QString());
    for (const UnplannedNeed &n : p.unplanned)
        left << n.staffCode + u':' + n.requirementKey + u'=' + TrainingPlanner::reasonCode(n.reason);
    return planned.join(u"; "_s) + u" | "_s + left.join(u"; "_s);
}

} // namespace

Q_DECLARE_METATYPE(std::vector<PlannerPerson>)
Q_DECLARE_METATYPE(PlannerInput)

/**
 * TrainingPlanner (issue 6 item 3; LEGAL-RULES.md §4–5): the greedy proposal on hand-made cases. Every
 * row starts on 04/01/2027 against the ND 33/2023 deadline 01/08/2028 unless it says otherwise.
 */
class TestTrainingPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void propose_data();
    void propose();
    void proposalDetails();
    void messagesNameTheRule();
    void isPostgraduate();
};

void TestTrainingPlanner::propose_data()
{
    QTest::addColumn<std::vector<PlannerPerson>>("people");
    QTest::addColumn<PlannerInput>("in");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ND 33/2023: the cheapest sufficient course closes the gap")
        << std::vector<PlannerPerson>{llct(u"A"_s)} << input(100'000'000) << u"A>llct_tc(political_theory) | "_s;
    QTest::newRow("plan seats: the next sufficient course when the cheapest is full")
        << std::vector<PlannerPerson>{llct(u"A"_s), llct(u"B"_s)} << input(42'000'000, {{u"llct_tc"_s, 1}})
        << u"A>llct_tc(political_theory); B>llct_cc(political_theory) | "_s;
    QTest::newRow("plan budget: exhausted after the first person")
        << std::vector<PlannerPerson>{llct(u"A"_s), llct(u"B"_s)} << input(20'000'000)
        << u"A>llct_tc(political_theory) | B:political_theory=budget_exhausted"_s;
    QTest::newRow("plan seats: one seat per course")
        << std::vector<PlannerPerson>{llct(u"A"_s), llct(u"B"_s), llct(u"C"_s)}
        << input(1'000'000'000, {{u"llct_tc"_s, 1}, {u"llct_cc"_s, 1}})
        << u"A>llct_tc(political_theory); B>llct_cc(political_theory) | C:political_theory=no_seat"_s;
    {
        PlannerPerson a = llct(u"A"_s);
        a.barsUntil = QDate(2027, 6, 1);
        QTest::newRow("Luat 52/2019 Art 1 cl 17: barred by discipline until after the start")
            << std::vector<PlannerPerson>{a, llct(u"B"_s)} << input(100'000'000)
            << u"B>llct_tc(political_theory) | A:political_theory=barred"_s;
        a.barsUntil = kStart;
        QTest::newRow("Luat 52/2019 Art 1 cl 17: the bar lifts on the start date")
            << std::vector<PlannerPerson>{a} << input(100'000'000) << u"A>llct_tc(political_theory) | "_s;
    }
    QTest::newRow("ND 171/2025: postgraduate candidate meeting every condition signs the 3x commitment")
        << std::vector<PlannerPerson>{masters(u"A"_s)} << input(100'000'000)
        << u"A>ths_qlc(professional_level)+commit | "_s;
    {
        PlannerPerson a = masters(u"A"_s);
        a.serviceStart = QDate(2024, 1, 5);
        QTest::newRow("ND 171/2025: under 3 years of service")
            << std::vector<PlannerPerson>{a} << input(100'000'000) << u" | A:professional_level=nd171_service"_s;
        a.serviceStart = QDate(2024, 1, 4);
        QTest::newRow("ND 171/2025: exactly 3 years of service")
            << std::vector<PlannerPerson>{a} << input(100'000'000) << u"A>ths_qlc(professional_level)+commit | "_s;
        a.serviceStart = {};
        QTest::newRow("ND 171/2025: service start not known")
            << std::vector<PlannerPerson>{a} << input(100'000'000) << u" | A:professional_level=nd171_service"_s;
    }
    {
        PlannerPerson a = masters(u"A"_s);
        a.ratings[2026] = u"hoan_thanh"_s;
        QTest::newRow("ND 171/2025: last year rated HTNV, not HTTNV")
            << std::vector<PlannerPerson>{a} << input(100'000'000) << u" | A:professional_level=nd171_rating"_s;
        a.ratings.remove(2026);
        a.ratings[2024] = u"tot"_s;
        QTest::newRow("ND 171/2025: the 2 years not consecutive before the start")
            << std::vector<PlannerPerson>{a} << input(100'000'000) << u" | A:professional_level=nd171_rating"_s;
    }
    {
        PlannerPerson a = masters(u"A"_s);
        a.birthDate = QDate(1981, 1, 4); // 46 on the start date
        QTest::newRow("ND 171/2025: over 45 at enrolment")
            << std::vector<PlannerPerson>{a} << input(100'000'000) << u" | A:professional_level=nd171_age"_s;
        a.birthDate = QDate(1981, 1, 5); // 45 until the next day
        QTest::newRow("ND 171/2025: 45 at enrolment")
            << std::vector<PlannerPerson>{a} << input(100'000'000) << u"A>ths_qlc(professional_level)+commit | "_s;
    }
    {
        PlannerPerson a = llct(u"A"_s);
        a.needs.push_back(need(u"general_education"_s, {}));
        QTest::newRow("ND 33/2023: a gap no course closes (general education)")
            << std::vector<PlannerPerson>{a} << input(100'000'000)
            << u"A>llct_tc(political_theory) | A:general_education=no_course"_s;
    }
    QTest::newRow("ND 33/2023: no course ends by the deadline")
        << std::vector<PlannerPerson>{person(u"A"_s, {need(u"political_theory"_s, {u"llct_dai"_s})})}
        << input(100'000'000) << u" | A:political_theory=no_course_before_deadline"_s;
    QTest::newRow("ND 33/2023: a longer course is skipped for one that ends in time")
        << std::vector<PlannerPerson>{person(u"A"_s, {need(u"political_theory"_s, {u"llct_dai"_s, u"llct_tc"_s})})}
        << input(100'000'000) << u"A>llct_tc(political_theory) | "_s;
    QTest::newRow("issue 6: earliest deadline first")
        << std::vector<PlannerPerson>{llct(u"A"_s, QDate(2030, 1, 1)), llct(u"B"_s)} << input(12'000'000)
        << u"B>llct_tc(political_theory) | A:political_theory=budget_exhausted"_s;
    QTest::newRow("issue 6: the person with the most gaps first on the same deadline")
        << std::vector<PlannerPerson>{llct(u"A"_s),
                                      person(u"B"_s, {need(u"political_theory"_s, {u"llct_tc"_s}),
                                                      need(u"state_management"_s, {u"qlnn_cv"_s})})}
        << input(17'000'000)
        << u"B>llct_tc(political_theory); B>qlnn_cv(state_management) | A:political_theory=budget_exhausted"_s;
    QTest::newRow("ND 33/2023: one degree closes the level and the field")
        << std::vector<PlannerPerson>{person(u"A"_s, {need(u"professional_level"_s, {u"dh_luat"_s}),
                                                      need(u"professional_field"_s, {u"dh_luat"_s})})}
        << input(40'000'000) << u"A>dh_luat(professional_level,professional_field) | "_s;
}

void TestTrainingPlanner::propose()
{
    QFETCH(std::vector<PlannerPerson>, people);
    QFETCH(PlannerInput, in);
    QFETCH(QString, expected);
    const TrainingProposal p = TrainingPlanner::propose(people, catalogue(), in);
    QCOMPARE(describe(p), expected);
    QVERIFY(p.cost <= in.budget);
    // Deterministic: the same input gives the same proposal.
    QCOMPARE(describe(TrainingPlanner::propose(people, catalogue(), in)), expected);
}

void TestTrainingPlanner::proposalDetails()
{
    PlannerPerson b = llct(u"B"_s);
    b.barsUntil = QDate(2027, 6, 1);
    const TrainingProposal p =
        TrainingPlanner::propose({masters(u"A"_s), b}, catalogue(), input(100'000'000));
    QCOMPARE(p.year, 2027);
    QCOMPARE(p.enrolments.size(), size_t(1));
    const ProposedEnrolment &e = p.enrolments.front();
    QCOMPARE(e.fullName, u"Người A"_s);
    QCOMPARE(e.start, kStart);
    QCOMPARE(e.end, catalogue()[4].endFrom(kStart));
    QCOMPARE(e.deadline, kDeadline);
    QCOMPARE(e.cost, qint64(60'000'000));
    QCOMPARE(p.cost, qint64(60'000'000));
    QVERIFY(e.note.contains(u"ND 171/2025"_s));
    QCOMPARE(p.unplanned.size(), size_t(1));
    QVERIFY2(p.unplanned.front().message.contains(u"01/06/2027"_s), qPrintable(p.unplanned.front().message));
}

void TestTrainingPlanner::messagesNameTheRule()
{
    PlannerPerson a = masters(u"A"_s);
    a.birthDate = QDate(1970, 1, 1);
    const TrainingProposal p = TrainingPlanner::propose({a}, catalogue(), input(100'000'000));
    QCOMPARE(p.unplanned.size(), size_t(1));
    QCOMPARE(p.unplanned.front().courseCode, u"ths_qlc"_s);
    QVERIFY(p.unplanned.front().message.contains(u"ND 171/2025"_s));
    QVERIFY(p.unplanned.front().message.contains(u"45"_s));
    QVERIFY(TrainingPlanner::message(UnplannedReason::NoCourseBeforeDeadline, kDeadline).contains(u"01/08/2028"_s));
    for (UnplannedReason r : {UnplannedReason::NoCourse, UnplannedReason::NoCourseBeforeDeadline, UnplannedReason::Barred,
                              UnplannedReason::Nd171Service, UnplannedReason::Nd171Rating, UnplannedReason::Nd171Age,
                              UnplannedReason::NoSeat, UnplannedReason::BudgetExhausted}) {
        QVERIFY(!TrainingPlanner::message(r, kDeadline, kStart, u"x"_s).isEmpty());
        QVERIFY(!TrainingPlanner::reasonCode(r).isEmpty());
    }
}

void TestTrainingPlanner::isPostgraduate()
{
    const std::vector<TrainingCourse> c = catalogue();
    QVERIFY(TrainingPlanner::isPostgraduate(c[4]));  // thạc sĩ
    QVERIFY(!TrainingPlanner::isPostgraduate(c[5])); // đại học
    QVERIFY(!TrainingPlanner::isPostgraduate(c[0])); // political theory
}

QTEST_GUILESS_MAIN(TestTrainingPlanner)
#include "tst_trainingplanner.moc"
