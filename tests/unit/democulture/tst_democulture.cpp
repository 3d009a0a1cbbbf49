// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/cultureexport.h"
#include "services/clock.h"
#include "services/cultureservice.h"
#include "services/demoservice.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

/**
 * The culture part of `congvu demo` (DemoCulture): inspections of the town's units in 2025 (before and
 * after the merge) and 2026, some breaches and confirmed violations, the same for the same seed.
 */
class TestDemoCulture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void inspectionsInBothYears();
    void sameSeedSameData();
};

namespace {

QByteArray reportOf(TestDatabase &db, const Clock &clock, int year)
{
    return CultureExport::toJson(CultureService(db.db(), clock).report(QDate(year, 1, 1), QDate(year, 12, 31)));
}

} // namespace

void TestDemoCulture::inspectionsInBothYears()
{
    TestDatabase db;
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0)));
    QString error;
    QVERIFY2(DemoService(db.db(), clock).fill(300, 7, &error), qPrintable(error));
    CultureService service(db.db(), clock);
    for (const int year : {2025, 2026}) {
        const CultureReport r = service.report(QDate(year, 1, 1), QDate(year, 12, 31));
        QVERIFY2(r.units.size() >= 2, qPrintable(QString::number(year)));
        QVERIFY(r.checks > 100);
        QVERIFY(r.passed < r.checks); // a few breaches
        QVERIFY(*r.complianceRate > 0.9);
        QVERIFY(!r.violations.empty());
    }
    int confirmed = 0;
    for (const CultureViolationRow &v : service.violations(0))
        confirmed += v.violation.status == CultureViolationStatus::Confirmed ? 1 : 0;
    QVERIFY(confirmed > 0);
    // Before the merge the old communes were inspected, after it the new wards.
    const auto before = service.inspections(2025);
    QVERIFY(before.front().date < QDate(2025, 7, 1));
    QVERIFY(before.back().date >= QDate(2025, 7, 1));
    QVERIFY(before.front().unitCode != before.back().unitCode);
    // Civil servants have ND 335 points in 2026.
    bool points = false;
    for (const PersonCultureSummary &p : service.report(QDate(2026, 1, 1), QDate(2026, 12, 31)).people)
        points = points || p.points.has_value();
    QVERIFY(points);
}

void TestDemoCulture::sameSeedSameData()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0)));
    TestDatabase a, b, c;
    QString error;
    QVERIFY(DemoService(a.db(), clock).fill(200, 3, &error));
    QVERIFY(DemoService(b.db(), clock).fill(200, 3, &error));
    QVERIFY(DemoService(c.db(), clock).fill(200, 4, &error));
    QCOMPARE(reportOf(a, clock, 2026), reportOf(b, clock, 2026));
    QCOMPARE(reportOf(a, clock, 2025), reportOf(b, clock, 2025));
    QVERIFY(reportOf(a, clock, 2026) != reportOf(c, clock, 2026));
}

QTEST_GUILESS_MAIN(TestDemoCulture)
#include "tst_democulture.moc"
