// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrysamples.h"
#include "services/clock.h"
#include "services/disciplineservice.h"
#include "storage/evaluationrepository.h"
#include "services/trainingservice.h"
#include "storage/trainingrepository.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 15);
const QDate kStart(2027, 1, 4);

StaffMember commune(const QString &code, const QString &unit, const QString &position,
                    const QString &category = u"cc_xa"_s)
{
    StaffMember m = Samples::person(code, u"Người "_s + code, unit, category, position);
    m.startDate = QDate(2015, 1, 1);
    return m;
}

} // namespace

/**
 * TrainingService::proposePlan and savePlan (issue 6 item 3) on a small database: commune X3 under T with
 * A (chu_tich_ubnd, sơ cấp political theory: needs trung cấp, ND 33/2023) and D (meets the standard).
 */
class TestTrainingProposal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void proposalWritesNothing();
    void budgetExhausted();
    void saveStoresPlannedEnrolmentsWithAudit();
    void saveRefusesOverBudget();
    void disciplineBarsTraining();
    void postgraduateConditionsReadTheRatings();
    void managersOwnRowsAreCheckedToo();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TrainingService> m_service;
};

void TestTrainingProposal::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0)));
    m_service = std::make_unique<TrainingService>(m_db->db(), *m_clock);
    m_service->setActor(u"tester"_s);
    std::vector<OrgUnit> units = Samples::town();
    units.push_back(Samples::unit(u"X3"_s, u"Xã Ba"_s, u"xa"_s, u"T"_s));
    QVERIFY(Samples::insertUnits(m_db->db(), units));
    StaffMember a = commune(u"A"_s, u"X3"_s, u"chu_tich_ubnd"_s, u"cb_xa"_s);
    a.politicalTheory = u"so_cap"_s;
    a.birthDate = QDate(1985, 6, 1); // 41 at the start
    StaffMember d = commune(u"D"_s, u"X3"_s, u"tu_phap_ho_tich"_s);
    QVERIFY(Samples::insertStaff(m_db->db(), {a, d}));
}

void TestTrainingProposal::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestTrainingProposal::proposalWritesNothing()
{
    const qint64 audits = Samples::auditCount(m_db->db());
    const TrainingProposal p = m_service->proposePlan(2027, u"X3"_s, 50'000'000, kStart);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.year, 2027);
    QCOMPARE(p.enrolments.size(), size_t(1));
    const ProposedEnrolment &e = p.enrolments.front();
    QCOMPARE(e.staffCode, u"A"_s);
    QCOMPARE(e.courseCode, u"llct_trung_cap"_s);
    QCOMPARE(e.requirementKeys, QStringList{u"political_theory"_s});
    QCOMPARE(e.start, kStart);
    QCOMPARE(e.end, QDate(2028, 1, 4)); // 12 months
    QCOMPARE(e.deadline, QDate(2028, 8, 1));
    QCOMPARE(e.cost, qint64(12'000'000));
    QVERIFY(!e.serviceCommitment);
    QVERIFY(p.unplanned.empty());
    QCOMPARE(Samples::auditCount(m_db->db()), audits);
    QVERIFY(TrainingRepository(m_db->connection()).enrolments().empty());
    QVERIFY(TrainingRepository(m_db->connection()).plans().empty());
}

void TestTrainingProposal::budgetExhausted()
{
    const TrainingProposal p = m_service->proposePlan(2027, u"X3"_s, 5'000'000, kStart);
    QVERIFY(p.enrolments.empty());
    QCOMPARE(p.unplanned.size(), size_t(1));
    QCOMPARE(p.unplanned.front().staffCode, u"A"_s);
    QCOMPARE(p.unplanned.front().reason, UnplannedReason::BudgetExhausted);
    const TrainingProposal full = m_service->proposePlan(2027, u"X3"_s, 50'000'000, kStart, {{u"llct_trung_cap"_s, 0}});
    QVERIFY(full.enrolments.empty() || full.enrolments.front().courseCode != u"llct_trung_cap"_s);
}

void TestTrainingProposal::saveStoresPlannedEnrolmentsWithAudit()
{
    const TrainingProposal p = m_service->proposePlan(2027, u"X3"_s, 50'000'000, kStart);
    QCOMPARE(p.enrolments.size(), size_t(1));
    TrainingPlan plan;
    plan.year = 2027;
    plan.unitCode = u"X3"_s;
    plan.title = u"Kế hoạch 2027"_s;
    plan.budget = 50'000'000;
    const qint64 audits = Samples::auditCount(m_db->db());
    const EnrolmentResult r = m_service->savePlan(plan, p.enrolments);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.id > 0);
    TrainingRepository repo(m_db->connection());
    const std::optional<TrainingPlan> stored = repo.findPlan(r.id);
    QVERIFY(stored);
    QCOMPARE(stored->budget, qint64(50'000'000));
    QCOMPARE(stored->unitCode, u"X3"_s);
    const std::vector<TrainingEnrolment> enrolments = repo.enrolments(r.id);
    QCOMPARE(enrolments.size(), size_t(1));
    QCOMPARE(enrolments.front().staffCode, u"A"_s);
    QCOMPARE(enrolments.front().courseCode, u"llct_trung_cap"_s);
    QCOMPARE(enrolments.front().status, u"planned"_s);
    QCOMPARE(enrolments.front().startDate, kStart);
    QCOMPARE(enrolments.front().endDate, QDate(2028, 1, 4));
    QCOMPARE(enrolments.front().cost, qint64(12'000'000));
    QCOMPARE(Samples::auditCount(m_db->db()), audits + 2);
    const std::vector<AuditEntry> planRows = Samples::auditRows(m_db->db(), u"training_plan"_s, QString::number(r.id));
    QCOMPARE(planRows.size(), size_t(1));
    QCOMPARE(planRows.front().action, u"insert"_s);
    QCOMPARE(planRows.front().actor, u"tester"_s);
    const std::vector<AuditEntry> rows =
        Samples::auditRows(m_db->db(), u"training_enrolment"_s, QString::number(enrolments.front().id));
    QCOMPARE(rows.size(), size_t(1));
    QVERIFY(rows.front().afterJson.contains(u"llct_trung_cap"_s));
}

void TestTrainingProposal::saveRefusesOverBudget()
{
    const TrainingProposal p = m_service->proposePlan(2027, u"X3"_s, 50'000'000, kStart);
    TrainingPlan plan;
    plan.year = 2027;
    plan.budget = 1'000'000;
    const qint64 audits = Samples::auditCount(m_db->db());
    const EnrolmentResult r = m_service->savePlan(plan, p.enrolments);
    QVERIFY(!r.ok());
    QCOMPARE(r.fieldErrors.size(), size_t(1));
    QCOMPARE(r.fieldErrors.front().field, u"budget"_s);
    QCOMPARE(Samples::auditCount(m_db->db()), audits);
    QVERIFY(TrainingRepository(m_db->connection()).plans().empty());
}

void TestTrainingProposal::disciplineBarsTraining()
{
    DisciplineDecision d;
    d.staffCode = u"A"_s;
    d.form = u"khien_trach"_s;
    d.decisionNo = u"12/QĐ-UBND"_s;
    d.decisionDate = QDate(2026, 3, 1);
    d.effectiveDate = QDate(2026, 3, 1);
    DisciplineService discipline(m_db->db(), *m_clock);
    const SaveResult saved = discipline.save(d);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    // Luật 52/2019 Art 1 cl 17: reprimand bars training for 12 months, past the start.
    const TrainingProposal p = m_service->proposePlan(2027, u"X3"_s, 50'000'000, kStart);
    QVERIFY(p.enrolments.empty());
    QCOMPARE(p.unplanned.size(), size_t(1));
    QCOMPARE(p.unplanned.front().reason, UnplannedReason::Barred);
    QVERIFY2(p.unplanned.front().message.contains(u"01/03/2027"_s), qPrintable(p.unplanned.front().message));
    // Starting once the bar lifts, the same need is planned.
    const TrainingProposal later = m_service->proposePlan(2027, u"X3"_s, 50'000'000, QDate(2027, 3, 1));
    QCOMPARE(later.enrolments.size(), size_t(1));
}

void TestTrainingProposal::postgraduateConditionsReadTheRatings()
{
    // Only a master's programme closes A's political-theory gap: the ND 171/2025 conditions apply.
    for (const QString &code : {u"llct_trung_cap"_s, u"llct_cao_cap"_s}) {
        std::optional<TrainingCourse> llct = m_service->findCourse(code);
        QVERIFY(llct);
        llct->active = false;
        QVERIFY(m_service->saveCourse(*llct).ok());
    }
    TrainingCourse ths;
    ths.code = u"ths_chinh_tri"_s;
    ths.kind = u"degree"_s;
    ths.nameVi = u"Thạc sĩ Chính trị học"_s;
    ths.duration = 12;
    ths.durationUnit = u"month"_s;
    ths.cost = 20'000'000;
    ths.grants = {{u"professional_level"_s, u"thac_si"_s}, {u"political_theory"_s, u"trung_cap"_s}};
    const SaveResult added = m_service->saveCourse(ths);
    QVERIFY2(added.ok(), added.fieldErrors.empty() ? qPrintable(added.error) : qPrintable(added.fieldErrors.front().message));

    TrainingProposal p = m_service->proposePlan(2027, u"X3"_s, 50'000'000, kStart);
    for (const ProposedEnrolment &e : p.enrolments)
        qWarning() << "unexpected" << e.staffCode << e.courseCode;
    QCOMPARE(p.unplanned.size(), size_t(1));
    QCOMPARE(p.unplanned.front().courseCode, u"ths_chinh_tri"_s);
    QCOMPARE(p.unplanned.front().reason, UnplannedReason::Nd171Rating); // no ratings for 2025 and 2026

    EvaluationRepository evaluations(m_db->connection());
    for (int year : {2025, 2026}) {
        Evaluation e;
        e.staffCode = u"A"_s;
        e.year = year;
        e.finalLevel = u"tot"_s;
        QVERIFY(evaluations.write(e) > 0);
    }
    p = m_service->proposePlan(2027, u"X3"_s, 50'000'000, kStart);
    QCOMPARE(p.enrolments.size(), size_t(1));
    QCOMPARE(p.enrolments.front().courseCode, u"ths_chinh_tri"_s);
    QVERIFY(p.enrolments.front().serviceCommitment);
    QVERIFY(p.unplanned.empty());
}

void TestTrainingProposal::managersOwnRowsAreCheckedToo()
{
    // A row the manager adds by hand meets the same eligibility as the proposal's: a discipline bar
    // (Luật 52/2019 Art 1 cl 17) refuses savePlan and enrol; ND 171/2025 refuses a master's programme
    // to someone without the two years rated tốt.
    DisciplineDecision d;
    d.staffCode = u"A"_s;
    d.form = u"khien_trach"_s;
    d.decisionNo = u"13/QĐ-UBND"_s;
    d.decisionDate = QDate(2026, 3, 1);
    d.effectiveDate = QDate(2026, 3, 1);
    QVERIFY(DisciplineService(m_db->db(), *m_clock).save(d).ok());

    TrainingPlan plan;
    plan.year = 2027;
    plan.budget = 50'000'000;
    ProposedEnrolment row;
    row.staffCode = u"A"_s;
    row.courseCode = u"llct_trung_cap"_s;
    row.start = kStart;
    row.end = QDate(2027, 12, 31);
    const qint64 audits = Samples::auditCount(m_db->db());
    const EnrolmentResult refused = m_service->savePlan(plan, {row});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.fieldErrors.size(), size_t(1));
    QVERIFY2(refused.fieldErrors.front().message.contains(u"01/03/2027"_s), qPrintable(refused.fieldErrors.front().message));
    QCOMPARE(Samples::auditCount(m_db->db()), audits);
    QVERIFY(TrainingRepository(m_db->connection()).plans().empty());

    TrainingEnrolment e;
    e.staffCode = u"A"_s;
    e.courseCode = u"llct_trung_cap"_s;
    e.startDate = kStart;
    const EnrolmentResult notEnrolled = m_service->enrol(e);
    QVERIFY(!notEnrolled.ok());
    QCOMPARE(notEnrolled.fieldErrors.front().field, u"staff_code"_s);
    // Once the bar has lifted, the same row is accepted.
    e.startDate = QDate(2027, 3, 1);
    QVERIFY(m_service->enrol(e).ok());
    row.start = QDate(2027, 3, 1);
    row.end = QDate(2028, 2, 28);
    const std::vector<QString> lifted = m_service->ineligibility({{u"A"_s, u"llct_trung_cap"_s, row.start}});
    QCOMPARE(lifted.size(), size_t(1));
    QVERIFY(lifted.front().isEmpty());

    TrainingCourse ths;
    ths.code = u"ths_hanh_chinh"_s;
    ths.kind = u"degree"_s;
    ths.nameVi = u"Thạc sĩ Quản lý công"_s;
    ths.duration = 18;
    ths.durationUnit = u"month"_s;
    ths.grants = {{u"professional_level"_s, u"thac_si"_s}};
    QVERIFY(m_service->saveCourse(ths).ok());
    const std::vector<QString> nd171 = m_service->ineligibility({{u"D"_s, u"ths_hanh_chinh"_s, QDate(2027, 3, 1)}});
    QVERIFY2(nd171.front().contains(u"ND 171/2025"_s), qPrintable(nd171.front()));
}

QTEST_GUILESS_MAIN(TestTrainingProposal)
#include "tst_trainingproposal.moc"
