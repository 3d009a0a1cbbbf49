// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrysamples.h"
#include "services/clock.h"
#include "services/cultureservice.h"
#include "services/evaluationservice.h"
#include "services/registryservice.h"
#include "services/scoringservice.h"
#include "storage/evaluationrepository.h"
#include "storage/auditrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

TaskItem item(const QString &title, int assigned, int done, int quality = 0, int late = 0, int excused = 0)
{
    TaskItem i;
    i.title = title;
    i.assigned = assigned;
    i.done = done;
    i.qualityFailures = quality;
    i.lateFailures = late;
    i.excusedFailures = excused;
    return i;
}

EvaluationPeriod period(const QString &staff, int year, QLatin1StringView kind, int number, int general,
                        std::vector<TaskItem> items)
{
    EvaluationPeriod p;
    p.staffCode = staff;
    p.year = year;
    p.kind = QString(kind);
    p.number = number;
    p.generalTenths = general;
    p.items = std::move(items);
    return p;
}

int count(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

/**
 * ScoringService: ND 335/2025 monthly and quarterly scoring (LEGAL-RULES.md §1.11, P2.7) — saved periods
 * with their items, validation, refusals outside ND 335, the lock of a decided year, the yearly average
 * under both weightings (a setting: the law does not fix it) and its transfer to the evaluation.
 */
class TestScoringService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveReadAndAudit();
    void editReplacesItems();
    void validationGivesFieldErrors();
    void refusedOutsideNd335_data();
    void refusedOutsideNd335();
    void lockedWhenDecided();
    void removeIsAudited();
    void yearlyWithBothWeightings();
    void applyYearlyScore();
    void suggestedCulturePoints();
    void removingAPersonRemovesTheirPeriods();
    void removingAPersonAuditsWhatGoesWithThem();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ScoringService> m_service;
};

void TestScoringService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestScoringService::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 10), QTime(9, 0)));
    m_service = std::make_unique<ScoringService>(m_db->db(), *m_clock);
    m_service->setActor(u"tester"_s);
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    QVERIFY(Samples::insertStaff(m_db->db(),
                                 {Samples::person(u"A"_s, u"Nguyễn Văn An"_s, u"WN"_s, u"cc"_s),
                                  Samples::person(u"X"_s, u"Lê Văn Xã"_s, u"WN"_s, u"cc_xa"_s),
                                  Samples::person(u"B"_s, u"Trần Thị Bình"_s, u"WN"_s, u"vc"_s, u"Giáo viên"_s),
                                  Samples::person(u"C"_s, u"Phạm Văn Cường"_s, u"WN"_s, u"cb_xa"_s, u"Chủ tịch"_s)}));
}

void TestScoringService::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestScoringService::saveReadAndAudit()
{
    const qint64 audits = Samples::auditCount(m_db->db());
    qint64 id = 0;
    const SaveResult r = m_service->savePeriod(
        period(u" A "_s, 2026, PeriodKind::Month, 3, 280, {item(u" Báo cáo tháng "_s, 1, 1), item(u"Hồ sơ"_s, 4, 3, 1)}),
        &id);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(id > 0);
    const std::vector<EvaluationPeriod> periods = m_service->periods(u"A"_s, 2026);
    QCOMPARE(periods.size(), size_t(1));
    const EvaluationPeriod &p = periods.front();
    QCOMPARE(p.id, id);
    QCOMPARE(p.staffCode, u"A"_s); // trimmed
    QCOMPARE(p.kind, u"month"_s);
    QCOMPARE(p.number, 3);
    QCOMPARE(p.generalTenths, 280);
    QCOMPARE(p.items.size(), size_t(2));
    QCOMPARE(p.items.at(0).title, u"Báo cáo tháng"_s);
    QCOMPARE(p.items.at(1).done, 3);
    QCOMPARE(p.items.at(1).qualityFailures, 1);
    // 35 + 35 × (12 − 1)/16 = 35 + 24.0625 → 59.1; + 28 = 87.1
    QCOMPARE(PeriodScore::scoreTenths(p).value_or(-1), 871);
    QCOMPARE(Samples::auditCount(m_db->db()), audits + 1);
    const auto audit = AuditRepository(m_db->connection()).forEntity(u"evaluation_period"_s, u"A/2026/month-3"_s);
    QCOMPARE(audit.size(), size_t(1));
    QCOMPARE(audit.front().action, u"insert"_s);
    QCOMPARE(audit.front().actor, u"tester"_s);
    QVERIFY(audit.front().afterJson.contains(u"\"score\":87.1"_s));
}

void TestScoringService::editReplacesItems()
{
    qint64 id = 0;
    QVERIFY(m_service->savePeriod(period(u"A"_s, 2026, PeriodKind::Quarter, 1, 300,
                                         {item(u"Một"_s, 1, 1), item(u"Hai"_s, 1, 0)}),
                                  &id)
                .ok());
    EvaluationPeriod p = *m_service->findPeriod(id);
    p.items = {item(u"Ba"_s, 2, 2, 0, 1)};
    p.note = u"sửa"_s;
    const SaveResult r = m_service->savePeriod(p);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const EvaluationPeriod again = *m_service->findPeriod(id);
    QCOMPARE(again.items.size(), size_t(1));
    QCOMPARE(again.items.front().title, u"Ba"_s);
    QCOMPARE(again.note, u"sửa"_s);
    QCOMPARE(count(m_db->connection(), u"evaluation_task_item"_s), 1);
    const auto audit = AuditRepository(m_db->connection()).forEntity(u"evaluation_period"_s, u"A/2026/quarter-1"_s);
    QCOMPARE(audit.size(), size_t(2));
    QCOMPARE(audit.back().action, u"update"_s);
    QVERIFY(audit.back().beforeJson.contains(u"Hai"_s));
    // Another person's period cannot be reached through this one.
    p.staffCode = u"X"_s;
    QVERIFY(!m_service->savePeriod(p).error.isEmpty());
}

void TestScoringService::validationGivesFieldErrors()
{
    QVERIFY(m_service->savePeriod(period(u"A"_s, 2026, PeriodKind::Quarter, 2, 300, {item(u"Một"_s, 1, 1)})).ok());
    const qint64 audits = Samples::auditCount(m_db->db());
    // A month inside the recorded quarter, and done > assigned.
    const SaveResult r =
        m_service->savePeriod(period(u"A"_s, 2026, PeriodKind::Month, 5, 300, {item(u"Hai"_s, 1, 2)}));
    QVERIFY(!r.ok());
    QCOMPARE(r.fieldErrors.size(), size_t(1));
    QCOMPARE(r.fieldErrors.front().field, u"items.0.done"_s);
    const SaveResult overlap =
        m_service->savePeriod(period(u"A"_s, 2026, PeriodKind::Month, 5, 300, {item(u"Hai"_s, 1, 1)}));
    QCOMPARE(overlap.fieldErrors.size(), size_t(1));
    QCOMPARE(overlap.fieldErrors.front().field, u"number"_s);
    QVERIFY(overlap.fieldErrors.front().message.contains(u"Quarter 2"_s));
    // Another year does not overlap.
    QVERIFY(m_service->savePeriod(period(u"A"_s, 2027, PeriodKind::Month, 5, 300, {item(u"Hai"_s, 1, 1)})).ok());
    QCOMPARE(Samples::auditCount(m_db->db()), audits + 1);
    QCOMPARE(m_service->periods(u"A"_s, 2026).size(), size_t(1));
}

void TestScoringService::refusedOutsideNd335_data()
{
    QTest::addColumn<QString>("staff");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("applies");

    QTest::newRow("ND 335/2025 Art 1: công chức (cc) from 2026") << u"A"_s << 2026 << true;
    QTest::newRow("ND 335/2025 Art 1: commune công chức (cc_xa) from 2026") << u"X"_s << 2027 << true;
    QTest::newRow("ND 335/2025 in force 01/01/2026: not for 2025 (ND 90/2020)") << u"A"_s << 2025 << false;
    QTest::newRow("ND 335/2025 Art 1: not viên chức") << u"B"_s << 2026 << false;
    QTest::newRow("ND 335/2025 Art 1: not cán bộ") << u"C"_s << 2026 << false;
    QTest::newRow("unknown person") << u"ZZ"_s << 2026 << false;
}

void TestScoringService::refusedOutsideNd335()
{
    QFETCH(QString, staff);
    QFETCH(int, year);
    QFETCH(bool, applies);
    const QString reason = m_service->notApplicableReason(staff, year);
    QCOMPARE(reason.isEmpty(), applies);
    const SaveResult r = m_service->savePeriod(period(staff, year, PeriodKind::Month, 1, 300, {item(u"Một"_s, 1, 1)}));
    QCOMPARE(r.ok(), applies);
    if (!applies) {
        QCOMPARE(r.error, reason);
        if (staff != u"ZZ"_s)
            QVERIFY2(reason.contains(u"ND 335/2025"_s), qPrintable(reason));
        QCOMPARE(count(m_db->connection(), u"evaluation_period"_s), 0);
        QVERIFY(!m_service->applyYearlyScore(staff, year).ok());
    }
}

void TestScoringService::lockedWhenDecided()
{
    qint64 id = 0;
    QVERIFY(m_service->savePeriod(period(u"A"_s, 2026, PeriodKind::Month, 1, 300, {item(u"Một"_s, 1, 1)}), &id).ok());
    Evaluation e;
    e.staffCode = u"A"_s;
    e.year = 2026;
    e.finalLevel = u"tot"_s;
    e.status = QString(EvaluationStatus::Decided);
    QVERIFY(EvaluationRepository(m_db->connection()).write(e) > 0);
    QVERIFY(m_service->isLocked(u"A"_s, 2026));
    const qint64 audits = Samples::auditCount(m_db->db());

    const SaveResult add =
        m_service->savePeriod(period(u"A"_s, 2026, PeriodKind::Month, 2, 300, {item(u"Hai"_s, 1, 1)}));
    QVERIFY(!add.ok());
    QVERIFY(add.error.contains(u"decided"_s));
    EvaluationPeriod edit = *m_service->findPeriod(id);
    edit.generalTenths = 100;
    QVERIFY(!m_service->savePeriod(edit).ok());
    QVERIFY(!m_service->removePeriod(id).ok());
    QVERIFY(!m_service->applyYearlyScore(u"A"_s, 2026).ok());
    QCOMPARE(Samples::auditCount(m_db->db()), audits);
    QCOMPARE(m_service->findPeriod(id)->generalTenths, 300);
    // Another year stays open.
    QVERIFY(!m_service->isLocked(u"A"_s, 2027));
}

void TestScoringService::removeIsAudited()
{
    qint64 id = 0;
    QVERIFY(m_service->savePeriod(period(u"A"_s, 2026, PeriodKind::Month, 1, 300, {item(u"Một"_s, 1, 1)}), &id).ok());
    QVERIFY(m_service->removePeriod(id).ok());
    QVERIFY(!m_service->findPeriod(id));
    QCOMPARE(count(m_db->connection(), u"evaluation_task_item"_s), 0);
    const auto audit = AuditRepository(m_db->connection()).forEntity(u"evaluation_period"_s, u"A/2026/month-1"_s);
    QCOMPARE(audit.size(), size_t(2));
    QCOMPARE(audit.back().action, u"delete"_s);
    QVERIFY(audit.back().afterJson.isEmpty());
    QVERIFY(!m_service->removePeriod(id).ok()); // no longer exists
}

void TestScoringService::yearlyWithBothWeightings()
{
    QCOMPARE(m_service->yearlyScore(u"A"_s, 2026), std::nullopt);
    QCOMPARE(m_service->weighting(), PeriodWeighting::Equal); // default
    // Month 1: 100; quarter 2: 30 + 35 = 65; month 7 without tasks: left out.
    QVERIFY(m_service->savePeriod(period(u"A"_s, 2026, PeriodKind::Month, 1, 300, {item(u"Một"_s, 1, 1)})).ok());
    QVERIFY(m_service->savePeriod(period(u"A"_s, 2026, PeriodKind::Quarter, 2, 300, {item(u"Hai"_s, 2, 1)})).ok());
    QVERIFY(m_service->savePeriod(period(u"A"_s, 2026, PeriodKind::Month, 7, 300, {})).ok());
    QCOMPARE(m_service->yearlyScore(u"A"_s, 2026), std::optional<int>(825));

    const qint64 audits = Samples::auditCount(m_db->db());
    QVERIFY(m_service->setWeighting(PeriodWeighting::ByMonths).ok());
    QCOMPARE(m_service->weighting(), PeriodWeighting::ByMonths);
    QCOMPARE(m_service->yearlyScore(u"A"_s, 2026), std::optional<int>(738)); // (100 + 3 × 65) / 4 = 73.75
    QCOMPARE(Samples::auditCount(m_db->db()), audits + 1);
    const auto audit = AuditRepository(m_db->connection()).forEntity(u"setting"_s, u"evaluation.period_weighting"_s);
    QCOMPARE(audit.size(), size_t(1));
    QVERIFY(audit.front().afterJson.contains(u"by_months"_s));
    QVERIFY(m_service->setWeighting(PeriodWeighting::ByMonths).ok()); // unchanged: no audit row
    QCOMPARE(Samples::auditCount(m_db->db()), audits + 1);
    QVERIFY(m_service->setWeighting(PeriodWeighting::Equal).ok());
    QCOMPARE(m_service->yearlyScore(u"A"_s, 2026), std::optional<int>(825));
}

void TestScoringService::applyYearlyScore()
{
    const SaveResult none = m_service->applyYearlyScore(u"A"_s, 2026);
    QVERIFY(!none.ok()); // nothing scored yet
    QVERIFY(m_service->savePeriod(period(u"A"_s, 2026, PeriodKind::Quarter, 1, 300, {item(u"Một"_s, 1, 1)})).ok());
    QVERIFY(m_service->savePeriod(period(u"A"_s, 2026, PeriodKind::Quarter, 2, 255, {item(u"Hai"_s, 1, 1, 1)})).ok());
    const SaveResult r = m_service->applyYearlyScore(u"A"_s, 2026);
    QVERIFY2(r.ok(), qPrintable(r.error));
    EvaluationService evaluations(m_db->db(), *m_clock);
    const std::optional<Evaluation> e = evaluations.find(u"A"_s, 2026);
    QVERIFY(e);
    QCOMPARE(e->scoreTenths, std::optional<int>(890)); // (100 + 78) / 2
    QCOMPARE(e->status, QString(EvaluationStatus::Draft));
    const auto audit = AuditRepository(m_db->connection()).forEntity(u"evaluation"_s, u"A/2026"_s);
    QVERIFY(!audit.empty());
    QCOMPARE(audit.back().actor, u"tester"_s);
}

void TestScoringService::suggestedCulturePoints()
{
    QCOMPARE(m_service->suggestedCultureTenths(u"A"_s, 2026), std::nullopt); // nothing inspected
    CultureService culture(m_db->db(), *m_clock);
    CultureInspection inspection;
    inspection.unitCode = u"WN"_s;
    inspection.date = QDate(2026, 3, 2);
    inspection.inspector = u"Tổ kiểm tra"_s;
    const std::vector<CultureObservation> observations{{0, u"A"_s, u"the_deo"_s, u"dat"_s, {}},
                                                       {0, u"A"_s, u"dung_gio"_s, u"vi_pham"_s, {}}};
    const SaveResult r = culture.saveInspection(inspection, observations);
    QVERIFY2(r.ok(), qPrintable(r.error));
    // CultureService default: 5 points × 1/2 = 2.5
    QCOMPARE(m_service->suggestedCultureTenths(u"A"_s, 2026), std::optional<int>(25));
}

void TestScoringService::removingAPersonRemovesTheirPeriods()
{
    QVERIFY(m_service->savePeriod(period(u"A"_s, 2026, PeriodKind::Month, 1, 300, {item(u"Một"_s, 1, 1)})).ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"DELETE FROM staff WHERE code = 'A'"_s));
    QCOMPARE(count(m_db->connection(), u"evaluation_period"_s), 0);
    QCOMPARE(count(m_db->connection(), u"evaluation_task_item"_s), 0);
}

void TestScoringService::removingAPersonAuditsWhatGoesWithThem()
{
    // RegistryService::removeStaff: the evaluation, its written form and the periods (one of them in a
    // year with no evaluation row) each leave a delete row in the audit log.
    EvaluationService evaluations(m_db->db(), *m_clock);
    Evaluation e;
    e.staffCode = u"A"_s;
    e.year = 2026;
    QVERIFY(evaluations.save(e).ok());
    EvaluationForm form;
    form.strengths = u"Nhiệt tình"_s;
    QVERIFY(evaluations.saveForm(u"A"_s, 2026, form).ok());
    QVERIFY(m_service->savePeriod(period(u"A"_s, 2026, PeriodKind::Quarter, 1, 300, {item(u"Một"_s, 1, 1)})).ok());
    QVERIFY(m_service->savePeriod(period(u"A"_s, 2027, PeriodKind::Month, 2, 250, {item(u"Hai"_s, 2, 1)})).ok());

    const SaveResult r = RegistryService(m_db->db(), *m_clock).removeStaff(u"A"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const AuditRepository audit(m_db->connection());
    const auto lastAction = [&](const QString &entity, const QString &key) {
        const auto rows = audit.forEntity(entity, key);
        return rows.empty() ? QString() : rows.back().action;
    };
    QCOMPARE(lastAction(u"evaluation"_s, u"A/2026"_s), u"delete"_s);
    QCOMPARE(lastAction(u"evaluation_form"_s, u"A/2026"_s), u"delete"_s);
    QCOMPARE(lastAction(u"evaluation_period"_s, u"A/2026/quarter-1"_s), u"delete"_s);
    QCOMPARE(lastAction(u"evaluation_period"_s, u"A/2027/month-2"_s), u"delete"_s);
    QCOMPARE(Samples::jsonObject(audit.forEntity(u"evaluation_form"_s, u"A/2026"_s).back().beforeJson)
                 .value(u"strengths"_s)
                 .toString(),
             u"Nhiệt tình"_s);
    QCOMPARE(count(m_db->connection(), u"evaluation_period"_s), 0);
}

QTEST_GUILESS_MAIN(TestScoringService)
#include "tst_scoringservice.moc"
