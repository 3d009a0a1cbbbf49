// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/evaluationlevel.h"
#include "exchange/evaluationexport.h"
#include "services/clock.h"
#include "services/disciplineservice.h"
#include "services/demoservice.h"
#include "services/evaluationservice.h"
#include "testdatabase.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

/**
 * The evaluation part of `congvu demo` (DemoEvaluations): 2024, 2025 and 2026 for everyone in service,
 * the disciplined people of a year rated khong_hoan_thanh, a few flags, the same for the same seed.
 */
class TestDemoEvaluations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void threeYearsWithFlags();
    void sameSeedSameData();
};

void TestDemoEvaluations::threeYearsWithFlags()
{
    TestDatabase db;
    FixedClock clock(QDateTime(QDate(2026, 12, 20), QTime(9, 0)));
    QString error;
    QVERIFY2(DemoService(db.db(), clock).fill(400, 1, &error), qPrintable(error));
    const EvaluationService service(db.db(), clock);
    const DisciplineService discipline(db.db(), clock);
    QSet<QString> flagsSeen;
    for (const int year : {2024, 2025, 2026}) {
        const EvaluationReport r = service.report(year);
        QVERIFY2(r.people.size() > 300, qPrintable(QString::number(year)));
        QVERIFY(!r.groups.empty());
        const QStringList disciplined = discipline.disciplinedStaff(year);
        int levels[5] = {};
        QHash<QString, int> statuses;
        int exceeded = 0;
        for (const PersonEvaluation &p : r.people) {
            for (const QString &f : p.outcome.flags)
                flagsSeen.insert(f);
            if (disciplined.contains(p.evaluation.staffCode) && !p.evaluation.finalLevel.isEmpty())
                QCOMPARE(p.evaluation.finalLevel, u"khong_hoan_thanh"_s);
            ++statuses[p.evaluation.status];
            if (p.evaluation.status != u"decided"_s)
                QVERIFY2(p.evaluation.finalLevel.isEmpty() && p.evaluation.decisionNo.isEmpty(),
                         qPrintable(p.evaluation.staffCode));
            if (p.outcome.rated && EvaluationLevels::rank(p.evaluation.finalLevel) > 0)
                ++levels[EvaluationLevels::rank(p.evaluation.finalLevel)];
        }
        for (const EvaluationGroupSummary &g : r.groups)
            exceeded += g.capExceeded ? 1 : 0;
        QVERIFY(levels[3] > levels[4]);         // mostly tot
        QVERIFY(levels[4] > 0 && levels[2] > 0); // some xuat_sac, some hoan_thanh
        QVERIFY(exceeded < int(r.groups.size()) / 4); // offices mostly keep within the cap
        for (const EvaluationGroupSummary &g : r.groups)
            QVERIFY2(!g.taskGroup.isEmpty(), qPrintable(g.unitCode)); // task groups by role, not by position
        if (year < 2026) {
            QCOMPARE(statuses.value(u"self_assessed"_s) + statuses.value(u"proposed"_s), 0);
        } else {
            // The season in progress: some units decided early, the others at each step of the workflow.
            QVERIFY(statuses.value(u"decided"_s) > 0);
            QVERIFY(statuses.value(u"draft"_s) > 0);
            QVERIFY(statuses.value(u"self_assessed"_s) > 0);
            QVERIFY(statuses.value(u"proposed"_s) > 0);
        }
    }
    QVERIFY(flagsSeen.contains(u"disciplined"_s));
    QVERIFY(flagsSeen.contains(u"absence_cap"_s));
    QVERIFY(!flagsSeen.contains(u"above_max_level"_s) || flagsSeen.contains(u"absence_cap"_s));
}

void TestDemoEvaluations::sameSeedSameData()
{
    FixedClock clock(QDateTime(QDate(2026, 12, 20), QTime(9, 0)));
    TestDatabase a, b, c;
    QString error;
    QVERIFY(DemoService(a.db(), clock).fill(200, 3, &error));
    QVERIFY(DemoService(b.db(), clock).fill(200, 3, &error));
    QVERIFY(DemoService(c.db(), clock).fill(200, 4, &error));
    auto json = [&](TestDatabase &db, int year) {
        return EvaluationExport::toJson(EvaluationService(db.db(), clock).report(year));
    };
    QCOMPARE(json(a, 2026), json(b, 2026));
    QCOMPARE(json(a, 2024), json(b, 2024));
    QVERIFY(json(a, 2026) != json(c, 2026));
}

QTEST_GUILESS_MAIN(TestDemoEvaluations)
#include "tst_demoevaluations.moc"
