// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/personeditor.h"
#include "models/qualificationmodel.h"
#include "models/qualificationpeoplemodel.h"
#include "domain/requirementlabels.h"
#include "services/clock.h"
#include "services/demoservice.h"
#include "services/qualificationservice.h"
#include "services/registryservice.h"
#include "services/trainingservice.h"
#include "registrysamples.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 26);

QVariantMap mapAt(const QVariantList &list, qsizetype i)
{
    return list.at(i).toMap();
}

} // namespace

/**
 * QualificationModel: the dashboard's figures are those of QualificationService's report on the
 * chosen date (and unit), the trend is the service's, and the people behind a number are the
 * report's people.
 */
class TestQualificationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void figuresAreTheReports_data();
    void figuresAreTheReports();
    void dateChange();
    void unitFilter();
    void trendIsTheServices();
    void peopleFor_data();
    void peopleFor();
    void peopleMissing();
    void peopleModelFollowsTheDate();
    void chartUnitsAreTheLowestWhenTooMany();
    void personStanding();
    void projectionIsTheServices();
    void projectionCaption();

private:
    void compareToReport(const QualificationModel &model, const QualificationReport &report);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<QualificationService> m_service;
};

void TestQualificationModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0)));
    QString error;
    QVERIFY2(DemoService(m_db->db(), *m_clock).fill(400, 1, &error), qPrintable(error));
    m_service = std::make_unique<QualificationService>(m_db->db(), *m_clock);
}

void TestQualificationModel::cleanupTestCase()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestQualificationModel::compareToReport(const QualificationModel &model, const QualificationReport &r)
{
    QCOMPARE(model.staff(), r.staff);
    QCOMPARE(model.qualified(), r.qualified);
    QCOMPARE(model.rate(), r.rate);
    QCOMPARE(model.target(), 1.0);
    QCOMPARE(model.stillToQualify(), r.stillToQualify);
    QCOMPARE(model.notCounted(), r.noStandard);
    QCOMPARE(model.deadline(), r.deadline.isValid() ? r.deadline.toString(u"dd/MM/yyyy"_s) : QString());
    QCOMPARE(model.daysToDeadline(), r.deadline.isValid() ? int(r.asOf.daysTo(r.deadline)) : 0);

    const QVariantList units = model.byUnit();
    QCOMPARE(units.size(), qsizetype(r.units.size()));
    for (size_t i = 0; i < r.units.size(); ++i) {
        const QVariantMap u = mapAt(units, qsizetype(i));
        QCOMPARE(u.value(u"code"_s).toString(), r.units[i].code);
        QCOMPARE(u.value(u"name"_s).toString(), r.units[i].name);
        QCOMPARE(u.value(u"staff"_s).toInt(), r.units[i].staff);
        QCOMPARE(u.value(u"qualified"_s).toInt(), r.units[i].qualified);
        QCOMPARE(u.value(u"rate"_s).toDouble(), r.units[i].rate);
        QCOMPARE(u.value(u"percent"_s).toDouble(), std::round(r.units[i].rate * 1000) / 10);
    }

    const QVariantList gaps = model.gapCounts();
    QCOMPARE(gaps.size(), qsizetype(r.gapCounts.size()));
    for (size_t i = 0; i < r.gapCounts.size(); ++i) {
        const QVariantMap g = mapAt(gaps, qsizetype(i));
        QCOMPARE(g.value(u"key"_s).toString(), r.gapCounts[i].key);
        QCOMPARE(g.value(u"people"_s).toInt(), r.gapCounts[i].people);
        QCOMPARE(g.value(u"label"_s).toString(), RequirementLabels::label(r.gapCounts[i].key));
        QVERIFY(i == 0 || mapAt(gaps, qsizetype(i) - 1).value(u"people"_s).toInt() >= r.gapCounts[i].people);
    }
}

void TestQualificationModel::figuresAreTheReports_data()
{
    QTest::addColumn<QDate>("date");
    // Earlier rules (before ND 33/2023), around the 07/2025 merges, today.
    QTest::newRow("2020-12-31 TT 13/2019, QĐ 04/2004") << QDate(2020, 12, 31);
    QTest::newRow("2023-07-31 last day before ND 33") << QDate(2023, 7, 31);
    QTest::newRow("2023-08-01 ND 33 in force") << QDate(2023, 8, 1);
    QTest::newRow("2025-06-30 before the merges") << QDate(2025, 6, 30);
    QTest::newRow("2025-07-01 after the merges") << QDate(2025, 7, 1);
    QTest::newRow("today") << kToday;
}

void TestQualificationModel::figuresAreTheReports()
{
    QFETCH(QDate, date);
    QualificationModel model(*m_service);
    model.setAsOf(date);
    QCOMPARE(model.asOfDate(), date.toString(Qt::ISODate));
    const QualificationReport r = m_service->report(date);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY2(r.staff > 0, "the demo office has commune staff counted on every date of the table");
    compareToReport(model, r);
}

void TestQualificationModel::dateChange()
{
    QualificationModel model(*m_service);
    model.setAsOf(kToday);
    QSignalSpy changed(&model, &QualificationModel::changed);
    QSignalSpy dateChanged(&model, &QualificationModel::asOfDateChanged);
    QSignalSpy trendChanged(&model, &QualificationModel::trendChanged);

    model.setAsOfDate(u"2025-06-30"_s);
    QCOMPARE(dateChanged.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(trendChanged.count(), 0); // the trend does not depend on the date shown
    compareToReport(model, m_service->report(QDate(2025, 6, 30)));
    // Before the merges the town had more communes and wards than after.
    QVERIFY(model.byUnit().size() > m_service->report(kToday).units.size());

    model.setAsOfDate(u"2025-06-30"_s); // same date: nothing
    model.setAsOfDate(u"30/06/2025"_s); // not YYYY-MM-DD: ignored
    model.setAsOfDate(u"2025-02-30"_s); // no such day: ignored
    QCOMPARE(dateChanged.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.asOfDate(), u"2025-06-30"_s);

    model.setAsOfDate(u"2020-12-31"_s);
    QCOMPARE(changed.count(), 2);
    compareToReport(model, m_service->report(QDate(2020, 12, 31)));
    QCOMPARE(model.deadline(), QString()); // no deadline before ND 33/2023
}

void TestQualificationModel::unitFilter()
{
    QualificationModel model(*m_service);
    model.setAsOf(kToday);
    const QualificationReport all = m_service->report(kToday);
    QVERIFY(all.units.size() >= 2);
    const UnitQualification &unit = all.units.back();

    QSignalSpy filterChanged(&model, &QualificationModel::unitFilterChanged);
    QSignalSpy changed(&model, &QualificationModel::changed);
    QSignalSpy trendChanged(&model, &QualificationModel::trendChanged);
    model.setUnitFilter(unit.code);
    QCOMPARE(filterChanged.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(trendChanged.count(), 1);
    compareToReport(model, m_service->report(kToday, unit.code));
    QCOMPARE(model.byUnit().size(), 1);
    QCOMPARE(model.staff(), unit.staff);
    QCOMPARE(model.qualified(), unit.qualified);
    QCOMPARE(model.trend().size(), qsizetype(m_service->trend(unit.code).size()));

    model.setUnitFilter(unit.code);
    QCOMPARE(filterChanged.count(), 1);

    model.setUnitFilter({});
    QCOMPARE(filterChanged.count(), 2);
    compareToReport(model, all);
}

void TestQualificationModel::trendIsTheServices()
{
    QualificationModel model(*m_service);
    model.setAsOf(kToday);
    const std::vector<QualificationPoint> points = m_service->trend();
    const QVariantList trend = model.trend();
    QVERIFY(points.size() >= 2);
    QCOMPARE(trend.size(), qsizetype(points.size()));
    for (size_t i = 0; i < points.size(); ++i) {
        const QVariantMap p = mapAt(trend, qsizetype(i));
        QCOMPARE(p.value(u"date"_s).toString(), points[i].date.toString(Qt::ISODate));
        QCOMPARE(p.value(u"label"_s).toString(), points[i].date.toString(u"dd/MM/yyyy"_s));
        QCOMPARE(p.value(u"staff"_s).toInt(), points[i].staff);
        QCOMPARE(p.value(u"qualified"_s).toInt(), points[i].qualified);
        QCOMPARE(p.value(u"rate"_s).toDouble(), points[i].rate);
        QCOMPARE(p.value(u"isToday"_s).toBool(), i + 1 == points.size());
        if (i + 1 < points.size()) {
            QCOMPARE(points[i].date.month(), 12);
            QCOMPARE(points[i].date.day(), 31);
        }
    }
    QCOMPARE(mapAt(trend, trend.size() - 1).value(u"date"_s).toString(), kToday.toString(Qt::ISODate));
    // The last point is the report of today.
    QCOMPARE(mapAt(trend, trend.size() - 1).value(u"qualified"_s).toInt(), m_service->report(kToday).qualified);
}

void TestQualificationModel::peopleFor_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("2025-06-30") << QDate(2025, 6, 30);
    QTest::newRow("today") << kToday;
}

void TestQualificationModel::peopleFor()
{
    QFETCH(QDate, date);
    QualificationModel model(*m_service);
    model.setAsOf(date);
    const QualificationReport r = m_service->report(date);

    // Everyone counted, and those not qualified: the report's counted people, in its order.
    QStringList counted;
    QStringList notQualified;
    for (const PersonQualification &p : r.people) {
        if (p.status != QualificationResult::Status::NoStandard)
            counted << p.code;
        if (p.status == QualificationResult::Status::NotQualified)
            notQualified << p.code;
    }
    auto codes = [](const QVariantList &list) {
        QStringList out;
        for (const QVariant &v : list)
            out << v.toMap().value(u"code"_s).toString();
        return out;
    };
    QCOMPARE(codes(model.peopleFor({}, false)), counted);
    QCOMPARE(codes(model.peopleFor({}, true)), notQualified);
    QCOMPARE(model.peopleFor({}, true).size(), model.stillToQualify());

    // A commune's people are its bar: staff, and staff − qualified.
    for (const UnitQualification &u : r.units) {
        const QVariantList people = model.peopleFor(u.code, false);
        QCOMPARE(people.size(), u.staff);
        QCOMPARE(model.peopleFor(u.code, true).size(), u.staff - u.qualified);
        for (const QVariant &v : people) {
            const QVariantMap p = v.toMap();
            QCOMPARE(p.value(u"unitCode"_s).toString(), u.code);
            QCOMPARE(p.value(u"unitName"_s).toString(), u.name);
        }
    }

    // Each row as the list shows it.
    const QVariantList missing = model.peopleFor({}, true);
    QVERIFY(!missing.isEmpty());
    for (const QVariant &v : missing) {
        const QVariantMap p = v.toMap();
        const auto it = std::find_if(r.people.cbegin(), r.people.cend(),
                                     [&](const PersonQualification &q) { return q.code == p.value(u"code"_s).toString(); });
        QVERIFY(it != r.people.cend());
        QCOMPARE(p.value(u"fullName"_s).toString(), it->fullName);
        QCOMPARE(p.value(u"position"_s).toString(), it->position);
        QVERIFY(!p.value(u"positionLabel"_s).toString().isEmpty());
        QCOMPARE(p.value(u"qualified"_s).toBool(), false);
        QCOMPARE(p.value(u"gaps"_s).toStringList(), it->gaps);
        QVERIFY(!it->gaps.isEmpty());
        QCOMPARE(p.value(u"gapLabels"_s).toStringList(), RequirementLabels::labels(it->gaps));
        QCOMPARE(p.value(u"deadline"_s).toString(),
                 it->deadline.isValid() ? it->deadline.toString(u"dd/MM/yyyy"_s) : QString());
        QCOMPARE(p.value(u"basis"_s).toString(), it->basis);
    }
    QVERIFY(model.peopleFor(u"no-such-unit"_s, false).isEmpty());
}

void TestQualificationModel::peopleMissing()
{
    QualificationModel model(*m_service);
    model.setAsOf(kToday);
    const QVariantList gaps = model.gapCounts();
    QVERIFY(!gaps.isEmpty());
    for (const QVariant &g : gaps) {
        const QString key = g.toMap().value(u"key"_s).toString();
        const QVariantList people = model.peopleMissing(key);
        QCOMPARE(people.size(), g.toMap().value(u"people"_s).toInt());
        for (const QVariant &p : people)
            QVERIFY(p.toMap().value(u"gaps"_s).toStringList().contains(key));
    }
    QVERIFY(model.peopleMissing(u"no_such_requirement"_s).isEmpty());
}

void TestQualificationModel::peopleModelFollowsTheDate()
{
    QualificationModel model(*m_service);
    QualificationPeopleModel *people = model.people();
    QAbstractItemModelTester tester(people, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAsOf(kToday);
    QCOMPARE(people->rowCount(), 0); // nothing asked yet

    QSignalSpy reset(people, &QAbstractItemModel::modelReset);
    QSignalSpy countChanged(people, &QualificationPeopleModel::countChanged);
    const int n = model.showPeople({}, true);
    QCOMPARE(n, model.stillToQualify());
    QCOMPARE(people->rowCount(), n);
    QCOMPARE(people->count(), n);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(countChanged.count(), 1);
    const QVariantList expected = model.peopleFor({}, true);
    for (int row = 0; row < n; ++row) {
        const QModelIndex i = people->index(row);
        const QVariantMap e = expected.at(row).toMap();
        QCOMPARE(people->codeAt(row), e.value(u"code"_s).toString());
        QCOMPARE(i.data(QualificationPeopleModel::FullNameRole).toString(), e.value(u"fullName"_s).toString());
        QCOMPARE(i.data(QualificationPeopleModel::UnitNameRole).toString(), e.value(u"unitName"_s).toString());
        QCOMPARE(i.data(QualificationPeopleModel::GapLabelsRole).toStringList(), e.value(u"gapLabels"_s).toStringList());
        QCOMPARE(i.data(QualificationPeopleModel::QualifiedRole).toBool(), false);
    }
    QCOMPARE(people->codeAt(n), QString());
    QCOMPARE(people->codeAt(-1), QString());

    // The same question on another date: the list is answered again.
    model.setAsOfDate(u"2020-12-31"_s);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(people->rowCount(), model.stillToQualify());

    const QVariantList gaps = model.gapCounts();
    QVERIFY(!gaps.isEmpty());
    const QVariantMap top = gaps.first().toMap();
    QCOMPARE(model.showPeopleMissing(top.value(u"key"_s).toString()), top.value(u"people"_s).toInt());
    QCOMPARE(reset.count(), 3);

    const QVariantMap unit = model.byUnit().first().toMap();
    QCOMPARE(model.showPeople(unit.value(u"code"_s).toString(), false), unit.value(u"staff"_s).toInt());
}

void TestQualificationModel::chartUnitsAreTheLowestWhenTooMany()
{
    // Before the merges the town has 7 communes and wards: all are bars, by name.
    QualificationModel model(*m_service);
    model.setAsOf(QDate(2025, 6, 30));
    QVERIFY(model.byUnit().size() <= QualificationModel::ChartLimit);
    QVERIFY(!model.chartTruncated());
    QCOMPARE(model.chartUnits(), model.byUnit());

    // A province of generated communes: the chart shows the ChartLimit lowest rates.
    TestDatabase db;
    FixedClock clock(QDateTime(kToday, QTime(9, 0)));
    QString error;
    QVERIFY2(DemoService(db.db(), clock).fill(1500, 1, &error), qPrintable(error));
    QualificationService service(db.db(), clock);
    QualificationModel big(service);
    big.setAsOf(kToday);
    if (big.byUnit().size() <= QualificationModel::ChartLimit)
        QSKIP("the generated province has too few communes for this check");
    QVERIFY(big.chartTruncated());
    const QVariantList bars = big.chartUnits();
    QCOMPARE(bars.size(), QualificationModel::ChartLimit);
    double highestShown = 0;
    for (const QVariant &b : bars) {
        QVERIFY(b.toMap().value(u"staff"_s).toInt() > 0);
        highestShown = std::max(highestShown, b.toMap().value(u"rate"_s).toDouble());
    }
    int lower = 0;
    for (const QVariant &u : big.byUnit()) {
        if (u.toMap().value(u"staff"_s).toInt() > 0 && u.toMap().value(u"rate"_s).toDouble() < highestShown)
            ++lower;
    }
    QVERIFY2(lower <= QualificationModel::ChartLimit, "no unit left out has a lower rate than one shown");
}

/** PersonEditor::standing: the person's page view of the same service, on the date it is read. */
void TestQualificationModel::personStanding()
{
    RegistryService registry(m_db->db(), *m_clock);
    PersonEditor editor(registry, *m_service);
    editor.setStandingDate(kToday);
    QSignalSpy standingChanged(&editor, &PersonEditor::standingChanged);

    // Someone with gaps today: every enforced requirement, met or not, with its source.
    const QualificationReport today = m_service->report(kToday);
    const auto notQualified = std::find_if(today.people.cbegin(), today.people.cend(), [](const PersonQualification &p) {
        return p.status == QualificationResult::Status::NotQualified;
    });
    QVERIFY(notQualified != today.people.cend());
    QVERIFY(editor.load(notQualified->code));
    QCOMPARE(standingChanged.count(), 1);
    const std::optional<PersonStanding> expected = m_service->standing(notQualified->code, kToday);
    QVERIFY(expected && expected->standard);
    QVariantMap s = editor.standing();
    QCOMPARE(s.value(u"applies"_s).toBool(), true);
    QCOMPARE(s.value(u"hasStandard"_s).toBool(), true);
    QCOMPARE(s.value(u"status"_s).toString(), u"not_qualified"_s);
    QCOMPARE(s.value(u"date"_s).toString(), u"26/11/2026"_s);
    QCOMPARE(s.value(u"instrument"_s).toString(), expected->standard->instrument);
    QCOMPARE(s.value(u"article"_s).toString(), expected->standard->article);
    QCOMPARE(s.value(u"deadline"_s).toString(), u"01/08/2028"_s);
    QCOMPARE(s.value(u"counted"_s).toBool(), true);
    QCOMPARE(s.value(u"gapKeys"_s).toStringList(), notQualified->gaps);
    QCOMPARE(s.value(u"gaps"_s).toStringList(), RequirementLabels::labels(notQualified->gaps));
    const QVariantList requirements = s.value(u"requirements"_s).toList();
    QCOMPARE(requirements.size(), qsizetype(expected->result.outcomes.size()));
    QStringList unmet;
    for (qsizetype i = 0; i < requirements.size(); ++i) {
        const QVariantMap r = requirements.at(i).toMap();
        const RequirementOutcome &o = expected->result.outcomes[size_t(i)];
        QCOMPARE(r.value(u"key"_s).toString(), o.requirement.key);
        QCOMPARE(r.value(u"label"_s).toString(), RequirementLabels::label(o.requirement.key));
        QCOMPARE(r.value(u"met"_s).toBool(), o.met);
        QCOMPARE(r.value(u"expected"_s).toString(), o.expected);
        QCOMPARE(r.value(u"actual"_s).toString(), o.actual);
        QVERIFY2(!r.value(u"basis"_s).toString().isEmpty(), "every requirement names its source");
        if (!o.met)
            unmet << o.requirement.key;
    }
    QCOMPARE(unmet, notQualified->gaps);
    QCOMPARE(s.value(u"suggestions"_s).toList().size(), qsizetype(expected->suggestions.size()));

    // The same person on a date when their title had no standard, if there is one such person.
    const QDate before(2020, 12, 31);
    const QualificationReport old = m_service->report(before);
    const auto listed = std::find_if(old.people.cbegin(), old.people.cend(), [](const PersonQualification &p) {
        return p.status == QualificationResult::Status::NoStandard;
    });
    QVERIFY2(listed != old.people.cend(), "before 01/08/2023 some cán bộ titles had no standard");
    QVERIFY(editor.load(listed->code));
    editor.setStandingDate(before);
    s = editor.standing();
    QCOMPARE(s.value(u"applies"_s).toBool(), true);
    QCOMPARE(s.value(u"hasStandard"_s).toBool(), false);
    QCOMPARE(s.value(u"status"_s).toString(), u"no_standard"_s);
    QVERIFY(s.value(u"requirements"_s).toList().isEmpty());
    QVERIFY(s.value(u"gaps"_s).toStringList().isEmpty());

    // Other categories: the section does not apply; a new person has no standing yet.
    const std::vector<StaffMember> all = registry.allStaff();
    const auto employee = std::find_if(all.cbegin(), all.cend(), [](const StaffMember &m) { return m.category == "vc"_L1; });
    if (employee != all.cend()) {
        QVERIFY(editor.load(employee->code));
        QCOMPARE(editor.standing().value(u"applies"_s).toBool(), false);
        QVERIFY(editor.standing().value(u"requirements"_s).toList().isEmpty());
    }
    editor.startNew();
    QVERIFY(editor.standing().isEmpty());
    editor.clear();
    QVERIFY(editor.standing().isEmpty());
}

void TestQualificationModel::projectionIsTheServices()
{
    // Issue 6 item 5: the projected line and the people come from QualificationService::projection,
    // read with the trend (its actual line is the trend).
    QualificationModel model(*m_service);
    model.setAsOf(kToday);
    const QualificationProjection proj = m_service->projection();
    QVERIFY(proj.error.isEmpty());
    const QVariantList projected = model.projected();
    QCOMPARE(projected.size(), qsizetype(proj.projected.size()));
    for (size_t i = 0; i < proj.projected.size(); ++i) {
        const QVariantMap p = mapAt(projected, qsizetype(i));
        QCOMPARE(p.value(u"date"_s).toString(), proj.projected[i].date.toString(Qt::ISODate));
        QCOMPARE(p.value(u"qualified"_s).toInt(), proj.projected[i].qualified);
        QCOMPARE(p.value(u"staff"_s).toInt(), proj.projected[i].staff);
        QCOMPARE(p.value(u"percent"_s).toDouble(), std::round(proj.projected[i].rate * 1000) / 10);
    }
    // It starts where the actual line ends: today's report.
    QCOMPARE(mapAt(projected, 0).value(u"date"_s).toString(), kToday.toString(Qt::ISODate));
    QCOMPARE(mapAt(projected, 0).value(u"qualified"_s).toInt(), model.trend().constLast().toMap().value(u"qualified"_s).toInt());
    QCOMPARE(model.projectionMissing(), proj.missing);
    QCOMPARE(model.projectionPeople().size(), qsizetype(proj.people.size()));
    QCOMPARE(model.projectionPeople().size(), qsizetype(m_service->report(kToday).stillToQualify));
    QVERIFY(!model.projectionCaption().isEmpty());

    // The date shown does not move it; the unit filter does (with the trend).
    QSignalSpy trendChanged(&model, &QualificationModel::trendChanged);
    model.setAsOf(QDate(2025, 6, 30));
    QCOMPARE(trendChanged.count(), 0);
    QCOMPARE(model.projected().size(), projected.size());
}

void TestQualificationModel::projectionCaption()
{
    // A hand-made office (ND 33/2023 Art. 8 and 10): A (dia_chinh, trung cấp) and B (van_hoa_xa_hoi,
    // trung cấp) miss đại học; C qualifies. Only A has a planned degree, ending 30/06/2027.
    TestDatabase db;
    FixedClock clock(QDateTime(kToday, QTime(9, 0)));
    std::vector<OrgUnit> units = Samples::town();
    units.push_back(Samples::unit(u"X3"_s, u"Xã Ba"_s, u"xa"_s, u"T"_s));
    QVERIFY(Samples::insertUnits(db.db(), units));
    auto person = [](const QString &code, const QString &position, const QString &level) {
        StaffMember m = Samples::person(code, u"Người "_s + code, u"X3"_s, u"cc_xa"_s, position);
        m.professionalLevel = level;
        return m;
    };
    QVERIFY(Samples::insertStaff(db.db(), {person(u"A"_s, u"dia_chinh"_s, u"trung_cap"_s),
                                           person(u"B"_s, u"van_hoa_xa_hoi"_s, u"trung_cap"_s),
                                           person(u"C"_s, u"van_phong_thong_ke"_s, u"dai_hoc"_s)}));
    TrainingService training(db.db(), clock);
    training.setActor(u"tester"_s);
    auto enrol = [&](const QString &staff, const QString &course, const QDate &end) {
        TrainingEnrolment e;
        e.staffCode = staff;
        e.courseCode = course;
        e.startDate = end.addYears(-3);
        e.endDate = end;
        return training.enrol(e).ok();
    };
    QVERIFY(enrol(u"A"_s, u"dai_hoc_quan_ly_nha_nuoc"_s, QDate(2027, 6, 30)));

    QualificationService service(db.db(), clock);
    QualificationModel model(service);
    model.setAsOf(kToday);
    QCOMPARE(model.projected().size(), 2);
    QCOMPARE(mapAt(model.projected(), 1).value(u"label"_s).toString(), u"30/06/2027"_s);
    QCOMPARE(mapAt(model.projected(), 1).value(u"qualified"_s).toInt(), 2);
    QCOMPARE(model.projectionFullOn(), QString());
    QCOMPARE(model.projectionMissing(), 1);
    const QString level = RequirementLabels::label(u"professional_level"_s);
    QCOMPARE(model.projectionCaption(),
             u"1 person(s) still have no planned course closing their gaps (%1: 1)."_s.arg(level));
    QCOMPARE(model.projectionMissingGaps().size(), 1);
    QCOMPARE(mapAt(model.projectionMissingGaps(), 0).value(u"key"_s).toString(), u"professional_level"_s);
    // Person by person: A on 30/06/2027 after the course, then B with what is missing.
    QCOMPARE(model.projectionPeople().size(), 2);
    const QVariantMap a = mapAt(model.projectionPeople(), 0);
    QCOMPARE(a.value(u"code"_s).toString(), u"A"_s);
    QCOMPARE(a.value(u"qualifiesOn"_s).toString(), u"30/06/2027"_s);
    QCOMPARE(a.value(u"unitName"_s).toString(), u"Xã Ba"_s);
    QCOMPARE(a.value(u"courses"_s).toStringList(), QStringList{u"dai_hoc_quan_ly_nha_nuoc"_s});
    QVERIFY(a.value(u"explanation"_s).toString().startsWith(u"Meets the standard on 30/06/2027, after "_s));
    const QVariantMap b = mapAt(model.projectionPeople(), 1);
    QCOMPARE(b.value(u"code"_s).toString(), u"B"_s);
    QCOMPARE(b.value(u"qualifiesOn"_s).toString(), QString());
    QCOMPARE(b.value(u"remainingGaps"_s).toStringList(), QStringList{u"professional_level"_s});
    QCOMPARE(b.value(u"explanation"_s).toString(), u"No planned course closes: %1"_s.arg(level));

    // B gets a plan too: 100 % on the later end.
    QVERIFY(enrol(u"B"_s, u"dai_hoc_luat"_s, QDate(2028, 1, 31)));
    model.reload();
    QCOMPARE(model.projectionMissing(), 0);
    QCOMPARE(model.projectionFullOn(), u"31/01/2028"_s);
    QCOMPARE(model.projectionCaption(), u"The plan reaches 100% on 31/01/2028."_s);
    QCOMPARE(mapAt(model.projected(), model.projected().size() - 1).value(u"percent"_s).toDouble(), 100.0);
}

QTEST_GUILESS_MAIN(TestQualificationModel)
#include "tst_qualificationmodel.moc"
