// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/periodscore.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TaskItem item(int assigned, int done, int quality = 0, int late = 0, int excused = 0, int weight = 1)
{
    TaskItem i;
    i.title = u"Hồ sơ"_s;
    i.assigned = assigned;
    i.done = done;
    i.qualityFailures = quality;
    i.lateFailures = late;
    i.excusedFailures = excused;
    i.weight = weight;
    return i;
}

EvaluationPeriod period(const QString &kind, int number, int general, std::vector<TaskItem> items = {item(1, 1)},
                        qint64 id = 0)
{
    EvaluationPeriod p;
    p.staffCode = u"A"_s;
    p.year = 2026;
    p.kind = kind;
    p.number = number;
    p.generalTenths = general;
    p.items = std::move(items);
    p.id = id;
    return p;
}

QStringList fields(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field;
    return out;
}

const QString M = QString(PeriodKind::Month);
const QString Q = QString(PeriodKind::Quarter);

} // namespace

/** PeriodScore: the ND 335/2025 100-point period score (LEGAL-RULES.md §1.11, P2.7), as rule tables. */
class TestPeriodScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taskPoints_data();
    void taskPoints();
    void periodScore_data();
    void periodScore();
    void itemPointsShown();
    void yearly_data();
    void yearly();
    void validation_data();
    void validation();
    void weightingKeys();
};

void TestPeriodScore::taskPoints_data()
{
    QTest::addColumn<std::vector<TaskItem>>("items");
    QTest::addColumn<int>("expected"); // tenths

    QTest::newRow("ND 335/2025: no task recorded → 0") << std::vector<TaskItem>{} << 0;
    QTest::newRow("ND 335/2025: everything assigned done, on time, no error → 70")
        << std::vector<TaskItem>{item(5, 5), item(2, 2)} << 700;
    QTest::newRow("ND 335/2025: three equal items all done → exactly 70 (rounded once)")
        << std::vector<TaskItem>{item(1, 1), item(1, 1), item(1, 1)} << 700;
    QTest::newRow("ND 335/2025 quantity: done against assigned, 3 of 4 → 52.5")
        << std::vector<TaskItem>{item(4, 3)} << 525;
    QTest::newRow("ND 335/2025 quality: one major error takes 25% of the product → 52.5")
        << std::vector<TaskItem>{item(1, 1, 1)} << 525;
    QTest::newRow("ND 335/2025 progress: one delay takes 25% of the product → 52.5")
        << std::vector<TaskItem>{item(1, 1, 0, 1)} << 525;
    QTest::newRow("ND 335/2025: an error and a delay on one product → 35")
        << std::vector<TaskItem>{item(1, 1, 1, 1)} << 350;
    QTest::newRow("ND 335/2025: objective cause confirmed by the competent authority excepted → 70")
        << std::vector<TaskItem>{item(1, 1, 0, 1, 1)} << 700;
    QTest::newRow("ND 335/2025: one excused of two failures → 52.5")
        << std::vector<TaskItem>{item(1, 1, 1, 1, 1)} << 525;
    QTest::newRow("ND 335/2025: one error among 10 products costs 25% of one product → 68.25 → 68.3")
        << std::vector<TaskItem>{item(10, 10, 1)} << 683;
    QTest::newRow("ND 335/2025: nothing done → 0") << std::vector<TaskItem>{item(3, 0)} << 0;
    QTest::newRow("ND 335/2025: weights share the 70 points, 2:1, the light item missed → 46.7")
        << std::vector<TaskItem>{item(1, 1, 0, 0, 0, 2), item(1, 0, 0, 0, 0, 1)} << 467;
    QTest::newRow("ND 335/2025: equal weights, one of two items missed → 35")
        << std::vector<TaskItem>{item(1, 1), item(1, 0)} << 350;
    QTest::newRow("ND 335/2025: 1/3 of 70 rounds half up → 23.3")
        << std::vector<TaskItem>{item(1, 1), item(1, 0), item(1, 0)} << 233;
}

void TestPeriodScore::taskPoints()
{
    QFETCH(std::vector<TaskItem>, items);
    QFETCH(int, expected);
    QCOMPARE(PeriodScore::taskTenths(items), expected);
}

void TestPeriodScore::periodScore_data()
{
    QTest::addColumn<EvaluationPeriod>("period");
    QTest::addColumn<int>("expected"); // -1 = no score

    QTest::newRow("ND 335/2025: 30 general + 70 task = 100") << period(M, 1, 300) << 1000;
    QTest::newRow("ND 335/2025: 25.5 general + 52.5 task = 78") << period(M, 2, 255, {item(1, 1, 1)}) << 780;
    QTest::newRow("ND 335/2025: no task item → no score yet") << period(M, 3, 300, {}) << -1;
    QTest::newRow("ND 335/2025: general points above 30 are capped in the score")
        << period(Q, 1, 350) << 1000;
}

void TestPeriodScore::periodScore()
{
    QFETCH(EvaluationPeriod, period);
    QFETCH(int, expected);
    QCOMPARE(PeriodScore::scoreTenths(period).value_or(-1), expected);
}

void TestPeriodScore::itemPointsShown()
{
    // Three equal items: each shows 23.3, the total is 70.0 (rounded once).
    const std::vector<TaskItem> items{item(1, 1), item(1, 1), item(1, 1)};
    QCOMPARE(PeriodScore::itemTenths(items.at(0), 3), 233);
    QCOMPARE(PeriodScore::taskTenths(items), 700);
    QCOMPARE(PeriodScore::countedFailures(item(1, 1, 1, 1, 3)), 0); // never below 0
}

void TestPeriodScore::yearly_data()
{
    QTest::addColumn<std::vector<EvaluationPeriod>>("periods");
    QTest::addColumn<int>("weighting");
    QTest::addColumn<int>("expected"); // -1 = none

    const std::vector<TaskItem> half{item(2, 1)}; // 35 task points
    QTest::newRow("ND 335/2025 (P2.7): no period → no yearly score")
        << std::vector<EvaluationPeriod>{} << int(PeriodWeighting::Equal) << -1;
    QTest::newRow("ND 335/2025 (P2.7): periods without tasks are left out")
        << std::vector<EvaluationPeriod>{period(M, 1, 300, {})} << int(PeriodWeighting::Equal) << -1;
    QTest::newRow("ND 335/2025 (P2.7): average of four quarters")
        << std::vector<EvaluationPeriod>{period(Q, 1, 300), period(Q, 2, 300, half), period(Q, 3, 300),
                                         period(Q, 4, 300, half)}
        << int(PeriodWeighting::Equal) << 825;
    QTest::newRow("ND 335/2025 (P2.7): average rounds half up to tenths (100, 65, 65 → 76.7)")
        << std::vector<EvaluationPeriod>{period(M, 1, 300), period(M, 2, 300, half), period(M, 3, 300, half)}
        << int(PeriodWeighting::Equal) << 767;
    QTest::newRow("setting equal (law UNSURE): a month and a quarter count the same (100, 65 → 82.5)")
        << std::vector<EvaluationPeriod>{period(M, 1, 300), period(Q, 2, 300, half)} << int(PeriodWeighting::Equal)
        << 825;
    QTest::newRow("setting by_months (law UNSURE): a quarter counts 3 months (100×1 + 65×3)/4 → 73.8")
        << std::vector<EvaluationPeriod>{period(M, 1, 300), period(Q, 2, 300, half)}
        << int(PeriodWeighting::ByMonths) << 738;
}

void TestPeriodScore::yearly()
{
    QFETCH(std::vector<EvaluationPeriod>, periods);
    QFETCH(int, weighting);
    QFETCH(int, expected);
    QCOMPARE(PeriodScore::yearlyTenths(periods, PeriodWeighting(weighting)).value_or(-1), expected);
}

void TestPeriodScore::validation_data()
{
    QTest::addColumn<EvaluationPeriod>("period");
    QTest::addColumn<std::vector<EvaluationPeriod>>("others");
    QTest::addColumn<QStringList>("expected");

    const std::vector<EvaluationPeriod> none;
    QTest::newRow("ND 335/2025: a valid month") << period(M, 12, 300) << none << QStringList{};
    QTest::newRow("ND 335/2025: a valid quarter") << period(Q, 4, 0) << none << QStringList{};
    QTest::newRow("ND 335/2025: tracked per month or quarter only")
        << period(u"week"_s, 1, 0) << none << QStringList{u"kind"_s};
    QTest::newRow("ND 335/2025: month 13") << period(M, 13, 0) << none << QStringList{u"number"_s};
    QTest::newRow("ND 335/2025: quarter 5") << period(Q, 5, 0) << none << QStringList{u"number"_s};
    QTest::newRow("ND 335/2025: month 0") << period(M, 0, 0) << none << QStringList{u"number"_s};
    EvaluationPeriod farYear = period(M, 1, 0);
    farYear.year = 2101;
    QTest::newRow("a year the app keeps (2000–2100)") << farYear << none << QStringList{u"year"_s};
    QTest::newRow("ND 335/2025: general criteria worth at most 30")
        << period(M, 1, 301) << none << QStringList{u"general_points"_s};
    QTest::newRow("ND 335/2025: general criteria not negative")
        << period(M, 1, -1) << none << QStringList{u"general_points"_s};
    TaskItem untitled = item(1, 1);
    untitled.title = u"  "_s;
    QTest::newRow("a task needs a title") << period(M, 1, 0, {untitled}) << none << QStringList{u"items.0.title"_s};
    QTest::newRow("ND 335/2025: at least one product assigned")
        << period(M, 1, 0, {item(0, 0)}) << none << QStringList{u"items.0.assigned"_s};
    QTest::newRow("ND 335/2025: done ≤ assigned")
        << period(M, 1, 0, {item(1, 1), item(2, 3)}) << none << QStringList{u"items.1.done"_s};
    QTest::newRow("ND 335/2025: quality errors per completed product")
        << period(M, 1, 0, {item(3, 1, 2)}) << none << QStringList{u"items.0.quality_failures"_s};
    QTest::newRow("ND 335/2025: delays per completed product")
        << period(M, 1, 0, {item(3, 1, 0, 2)}) << none << QStringList{u"items.0.late_failures"_s};
    QTest::newRow("ND 335/2025: excused ≤ failures")
        << period(M, 1, 0, {item(3, 3, 1, 0, 2)}) << none << QStringList{u"items.0.excused_failures"_s};
    QTest::newRow("weight 1–100") << period(M, 1, 0, {item(1, 1, 0, 0, 0, 0)}) << none
                                  << QStringList{u"items.0.weight"_s};
    QTest::newRow("ND 335/2025: the same month twice")
        << period(M, 2, 0) << std::vector<EvaluationPeriod>{period(M, 2, 100, {item(1, 1)}, 7)}
        << QStringList{u"number"_s};
    QTest::newRow("ND 335/2025: a month inside a recorded quarter")
        << period(M, 5, 0) << std::vector<EvaluationPeriod>{period(Q, 2, 100, {item(1, 1)}, 7)}
        << QStringList{u"number"_s};
    QTest::newRow("ND 335/2025: a quarter over a recorded month")
        << period(Q, 1, 0) << std::vector<EvaluationPeriod>{period(M, 3, 100, {item(1, 1)}, 7)}
        << QStringList{u"number"_s};
    QTest::newRow("P2.7 transfer: months then quarters may mix when they do not overlap")
        << period(Q, 3, 0)
        << std::vector<EvaluationPeriod>{period(M, 1, 0, {item(1, 1)}, 5), period(M, 6, 0, {item(1, 1)}, 6)}
        << QStringList{};
    QTest::newRow("editing a stored period does not overlap itself")
        << period(M, 2, 0, {item(1, 1)}, 7) << std::vector<EvaluationPeriod>{period(M, 2, 100, {item(1, 1)}, 7)}
        << QStringList{};
}

void TestPeriodScore::validation()
{
    QFETCH(EvaluationPeriod, period);
    QFETCH(std::vector<EvaluationPeriod>, others);
    QFETCH(QStringList, expected);
    const FieldErrors errors = PeriodScore::periodErrors(period, others);
    QCOMPARE(fields(errors), expected);
    for (const FieldError &e : errors)
        QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
}

void TestPeriodScore::weightingKeys()
{
    QCOMPARE(PeriodScore::weightingKey(PeriodWeighting::Equal), u"equal"_s);
    QCOMPARE(PeriodScore::weightingKey(PeriodWeighting::ByMonths), u"by_months"_s);
    QCOMPARE(PeriodScore::weightingFromKey(u"by_months"_s), std::optional(PeriodWeighting::ByMonths));
    QCOMPARE(PeriodScore::weightingFromKey(u"equal"_s), std::optional(PeriodWeighting::Equal));
    QVERIFY(!PeriodScore::weightingFromKey(u"monthly"_s));
    QCOMPARE(PeriodScore::periodLabel(period(Q, 2, 0)), u"Quarter 2"_s);
    QCOMPARE(PeriodScore::monthRange(period(Q, 2, 0)), std::make_pair(4, 6));
}

QTEST_GUILESS_MAIN(TestPeriodScore)
#include "tst_periodscore.moc"
