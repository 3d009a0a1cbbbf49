// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/trainingcontroller.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/registryservice.h"
#include "services/trainingservice.h"
#include "storage/staffrepository.h"
#include "storage/trainingrepository.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 26);

StaffMember commune(const QString &code, const QString &name, const QString &position,
                    const QString &category = u"cc_xa"_s)
{
    StaffMember m = Samples::person(code, name, u"X3"_s, category, position);
    m.startDate = QDate(2015, 1, 1);
    return m;
}

/** The row of staffCode in the enrolments model, or -1. */
int enrolmentRow(const TrainingEnrolmentModel &model, const QString &staffCode, const QString &status = {})
{
    for (int i = 0; i < int(model.rows().size()); ++i) {
        const TrainingEnrolmentEntry &e = model.rows()[size_t(i)];
        if (e.staffCode == staffCode && (status.isEmpty() || e.status == status))
            return i;
    }
    return -1;
}

} // namespace

/**
 * TrainingController (issue 6 item 8) on a small office: commune X3 with A (Chủ tịch UBND, sơ cấp political
 * theory: needs trung cấp, ND 33/2023) and D (meets the standard). The plan editor proposes, is edited and
 * saved as a plan with planned enrolments; the lifecycle runs through the controller with the service's
 * field errors surfaced; the needs filters, the catalogue edit with its errors.
 */
class TestTrainingController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void needsListPeopleWithGapsAndFilter();
    void nothingReadBeforeThePageIsShown();
    void proposeEditSaveWritesAPlan();
    void addedRowsAreChecked();
    void overBudgetPlanIsRefusedAndNothingWritten();
    void lifecycleThroughTheControllerWithErrorsSurfaced();
    void dropNeedsAReasonAndOnlyPlannedIsDeleted();
    void courseEditShowsFieldErrors();
    void proposalModelPassesTheModelTester();
    void budgetPerUnitAndTotal();
    void startDateFollowsTheYear();
    void printWritesThePlanPdf();

private:
    /** Proposes for year from start with budget and saves the plan; true on success. */
    bool saveProposedPlan(int year, const QString &start, double budget);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RegistryService> m_registry;
    std::unique_ptr<TrainingService> m_service;
    std::unique_ptr<TrainingController> m_controller;
};

void TestTrainingController::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0)));
    std::vector<OrgUnit> units = Samples::town();
    units.push_back(Samples::unit(u"X3"_s, u"Xã Ba"_s, u"xa"_s, u"T"_s));
    QVERIFY(Samples::insertUnits(m_db->db(), units));
    StaffMember a = commune(u"A"_s, u"Trần Văn Ánh"_s, u"chu_tich_ubnd"_s, u"cb_xa"_s);
    a.politicalTheory = u"so_cap"_s;
    a.birthDate = QDate(1985, 6, 1);
    StaffMember d = commune(u"D"_s, u"Lê Thị Dung"_s, u"tu_phap_ho_tich"_s);
    QVERIFY(Samples::insertStaff(m_db->db(), {a, d}));
    m_registry = std::make_unique<RegistryService>(m_db->db(), *m_clock);
    m_service = std::make_unique<TrainingService>(m_db->db(), *m_clock);
    m_service->setActor(u"app:tester"_s);
    m_controller = std::make_unique<TrainingController>(*m_service, *m_registry);
    m_controller->setToday(kToday);
}

void TestTrainingController::cleanup()
{
    m_controller.reset();
    m_service.reset();
    m_registry.reset();
    m_clock.reset();
    m_db.reset();
}

bool TestTrainingController::saveProposedPlan(int year, const QString &start, double budget)
{
    m_controller->setYear(year);
    m_controller->setPlanStart(start);
    m_controller->setPlanBudget(budget);
    return m_controller->propose() && m_controller->proposal()->count() > 0 && m_controller->savePlan();
}

void TestTrainingController::needsListPeopleWithGapsAndFilter()
{
    TrainingNeedModel *needs = m_controller->needs();
    QCOMPARE(needs->count(), 1); // D meets the standard
    QCOMPARE(needs->codeAt(0), u"A"_s);
    QCOMPARE(m_controller->needCount(), 1);
    QCOMPARE(m_controller->unclosableCount(), 0);
    const TrainingNeedRow &row = needs->rows().front();
    QCOMPARE(row.unitName, u"Xã Ba"_s);
    QCOMPARE(row.deadlineText, u"01/08/2028"_s);
    QCOMPARE(row.needs.size(), 1);
    QVERIFY2(row.needs.front().contains(u"→"_s), qPrintable(row.needs.front())); // names the course that closes it
    QCOMPARE(row.firstCourse, u"llct_trung_cap"_s);
    QCOMPARE(needs->firstCourseAt(0), u"llct_trung_cap"_s);

    // The search ignores case and diacritics.
    QSignalSpy changed(m_controller.get(), &TrainingController::needsChanged);
    m_controller->setNeedsSearch(u"ANH"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(needs->count(), 1);
    m_controller->setNeedsSearch(u"dung"_s);
    QCOMPARE(needs->count(), 0);
    m_controller->setNeedsSearch({});
    // Title and kind filters go to the service.
    m_controller->setNeedsPosition(u"tu_phap_ho_tich"_s);
    QCOMPARE(needs->count(), 0);
    m_controller->setNeedsPosition(u"chu_tich_ubnd"_s);
    QCOMPARE(needs->count(), 1);
    m_controller->setNeedsKind(u"it"_s);
    QCOMPARE(needs->count(), 0);
    m_controller->setNeedsKind(u"political_theory"_s);
    QCOMPARE(needs->count(), 1);
    // Another unit has nobody in need.
    m_controller->setUnitFilter(u"AG"_s);
    QCOMPARE(needs->count(), 0);
}

void TestTrainingController::proposeEditSaveWritesAPlan()
{
    m_controller->setYear(2027);
    QCOMPARE(m_controller->planStart(), u"2027-01-01"_s); // the year planned has not begun
    m_controller->setPlanStart(u"2027-01-04"_s);
    m_controller->setPlanBudget(50'000'000);
    const qint64 audits = Samples::auditCount(m_db->db());
    QVERIFY(m_controller->propose());
    TrainingProposalModel *proposal = m_controller->proposal();
    QCOMPARE(proposal->count(), 1);
    QCOMPARE(proposal->rows().front().enrolment.staffCode, u"A"_s);
    QCOMPARE(proposal->rows().front().enrolment.courseCode, u"llct_trung_cap"_s);
    QCOMPARE(m_controller->plannedCost(), 12'000'000.0);
    QCOMPARE(m_controller->remainingBudget(), 38'000'000.0);
    QVERIFY(!m_controller->overBudget());
    QVERIFY(m_controller->hasProposal());
    QCOMPARE(Samples::auditCount(m_db->db()), audits); // proposing writes nothing

    // Delete on the row, then the same person added back by hand.
    QSignalSpy removed(proposal, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(proposal, &QAbstractItemModel::rowsInserted);
    QVERIFY(m_controller->removeProposed(0));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(proposal->count(), 0);
    QCOMPARE(m_controller->plannedCost(), 0.0);
    QVERIFY(!m_controller->removeProposed(0));
    QVERIFY(m_controller->addProposed(u"A"_s, u"llct_trung_cap"_s));
    QCOMPARE(inserted.count(), 1);
    const TrainingProposalRow &added = proposal->rows().front();
    QVERIFY(added.added);
    QCOMPARE(added.enrolment.requirementKeys, QStringList{u"political_theory"_s});
    QCOMPARE(added.enrolment.deadline, QDate(2028, 8, 1));
    QCOMPARE(added.enrolment.end, QDate(2028, 1, 4));
    QCOMPARE(m_controller->plannedCost(), 12'000'000.0);

    QSignalSpy saved(m_controller.get(), &TrainingController::planSaved);
    QSignalSpy enrolmentsChanged(m_controller.get(), &TrainingController::enrolmentsChanged);
    QVERIFY(m_controller->savePlan());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(enrolmentsChanged.count(), 1); // the projected rate is re-read
    const qint64 planId = saved.at(0).at(0).toLongLong();
    TrainingRepository repo(m_db->connection());
    const std::optional<TrainingPlan> plan = repo.findPlan(planId);
    QVERIFY(plan);
    QCOMPARE(plan->year, 2027);
    QCOMPARE(plan->budget, qint64(50'000'000));
    QCOMPARE(plan->unitCode, QString());
    const std::vector<TrainingEnrolment> stored = repo.enrolments(planId);
    QCOMPARE(stored.size(), size_t(1));
    QCOMPARE(stored.front().status, u"planned"_s);
    QCOMPARE(stored.front().startDate, QDate(2027, 1, 4));
    QCOMPARE(Samples::auditCount(m_db->db()), audits + 2); // the plan and its enrolment
    // The editor is emptied and the enrolment is listed.
    QVERIFY(!m_controller->hasProposal());
    QCOMPARE(proposal->count(), 0);
    QCOMPARE(m_controller->enrolments()->count(), 1);
    QVERIFY(m_controller->enrolments()->rows().front().canEnrol);
    QVERIFY(m_controller->enrolments()->rows().front().canRemove);
    QVERIFY(!m_controller->enrolments()->rows().front().canComplete);
}

void TestTrainingController::addedRowsAreChecked()
{
    m_controller->setYear(2027);
    QVERIFY(!m_controller->addProposed(u"ZZ"_s, u"llct_trung_cap"_s));
    QVERIFY(m_controller->planErrors().contains(u"staff_code"_s));
    QVERIFY(!m_controller->addProposed(u"A"_s, {}));
    QVERIFY(m_controller->planErrors().contains(u"course_code"_s));
    QVERIFY(!m_controller->planErrors().contains(u"staff_code"_s));
    QVERIFY(m_controller->addProposed(u"A"_s, u"llct_trung_cap"_s));
    QVERIFY(m_controller->planErrors().isEmpty());
    QVERIFY(!m_controller->addProposed(u"A"_s, u"llct_trung_cap"_s)); // not twice
    QVERIFY(m_controller->planErrors().value(u"course_code"_s).toString().contains(u"Trần Văn Ánh"_s));
    QCOMPARE(m_controller->proposal()->count(), 1);
    // A retired course is not offered.
    QVERIFY(m_controller->setCourseActive(u"llct_cao_cap"_s, false));
    QVERIFY(!m_controller->addProposed(u"D"_s, u"llct_cao_cap"_s));
    QVERIFY(m_controller->planErrors().contains(u"course_code"_s));
}

void TestTrainingController::overBudgetPlanIsRefusedAndNothingWritten()
{
    m_controller->setYear(2027);
    m_controller->setPlanBudget(5'000'000);
    QVERIFY(m_controller->propose());
    QCOMPARE(m_controller->proposal()->count(), 0);
    QCOMPARE(m_controller->unplanned().size(), 1);
    const QVariantMap why = m_controller->unplanned().front().toMap();
    QCOMPARE(why.value(u"staffCode"_s).toString(), u"A"_s);
    QCOMPARE(why.value(u"reason"_s).toString(), u"budget_exhausted"_s);
    QVERIFY(!why.value(u"message"_s).toString().isEmpty());

    QVERIFY(m_controller->addProposed(u"A"_s, u"llct_trung_cap"_s));
    QVERIFY(m_controller->overBudget());
    QCOMPARE(m_controller->remainingBudget(), -7'000'000.0);
    QSignalSpy errors(m_controller.get(), &TrainingController::errorOccurred);
    const qint64 audits = Samples::auditCount(m_db->db());
    QVERIFY(!m_controller->savePlan());
    QCOMPARE(errors.count(), 1);
    QVERIFY(m_controller->planErrors().contains(u"budget"_s));
    QCOMPARE(Samples::auditCount(m_db->db()), audits);
    QVERIFY(TrainingRepository(m_db->connection()).plans().empty());
    QCOMPARE(m_controller->proposal()->count(), 1); // the editor keeps the rows to fix

    m_controller->clearPlan();
    QVERIFY(!m_controller->savePlan()); // an empty plan
    QVERIFY(m_controller->planErrors().contains(u"enrolments"_s));
}

void TestTrainingController::lifecycleThroughTheControllerWithErrorsSurfaced()
{
    QVERIFY(saveProposedPlan(2026, u"2026-01-05"_s, 50'000'000));
    TrainingEnrolmentModel *list = m_controller->enrolments();
    QCOMPARE(list->count(), 1);
    const qint64 id = list->idAt(0);
    QSignalSpy errors(m_controller.get(), &TrainingController::errorOccurred);
    QSignalSpy qualification(m_controller.get(), &TrainingController::qualificationChanged);

    QVERIFY(!m_controller->attend(id)); // planned cannot skip enrolled
    QCOMPARE(errors.count(), 1);
    QVERIFY(m_controller->enrolmentErrors().contains(u"status"_s));
    QVERIFY(m_controller->enrol(id));
    QVERIFY(m_controller->enrolmentErrors().isEmpty());
    QCOMPARE(list->rows().front().status, u"enrolled"_s);
    QVERIFY(list->rows().front().canAttend);
    QVERIFY(!list->rows().front().canRemove);
    QVERIFY(m_controller->attend(id));
    QCOMPARE(list->rows().front().status, u"attending"_s);
    QVERIFY(list->rows().front().canComplete);

    // The certificate is required, and its date cannot be in the future.
    QVERIFY(!m_controller->complete(id, {}, u"2026-11-20"_s));
    QVERIFY(m_controller->enrolmentErrors().contains(u"certificate_no"_s));
    QVERIFY(!m_controller->complete(id, u"TC-01"_s, u"2026-12-20"_s));
    QVERIFY(m_controller->enrolmentErrors().contains(u"certificate_date"_s));
    QVERIFY(!m_controller->complete(id, u"TC-01"_s, u"20/13/2026"_s));
    QVERIFY(m_controller->enrolmentErrors().contains(u"certificate_date"_s));
    QCOMPARE(errors.count(), 4);
    QCOMPARE(qualification.count(), 0);
    QCOMPARE(list->rows().front().status, u"attending"_s);

    QVERIFY(m_controller->complete(id, u"TC-01"_s, u"2026-11-20"_s));
    QVERIFY(m_controller->enrolmentErrors().isEmpty());
    QCOMPARE(qualification.count(), 1);
    const TrainingEnrolmentEntry &done = list->rows().front();
    QCOMPARE(done.status, u"completed"_s);
    QCOMPARE(done.certificateNo, u"TC-01"_s);
    QCOMPARE(done.certificateDateText, u"20/11/2026"_s);
    QVERIFY(!done.canDrop);
    QCOMPARE(StaffRepository(m_db->connection()).find(u"A"_s)->politicalTheory, u"trung_cap"_s);
    QCOMPARE(m_controller->needs()->count(), 0); // the need is closed
}

void TestTrainingController::dropNeedsAReasonAndOnlyPlannedIsDeleted()
{
    QVERIFY(saveProposedPlan(2026, u"2026-01-05"_s, 50'000'000));
    TrainingEnrolmentModel *list = m_controller->enrolments();
    const qint64 first = list->idAt(0);
    QVERIFY(m_controller->enrol(first));
    QVERIFY(!m_controller->drop(first, u"   "_s));
    QVERIFY(m_controller->enrolmentErrors().contains(u"reason"_s));
    QVERIFY(!m_controller->removeEnrolment(first)); // only a planned one
    QVERIFY(m_controller->enrolmentErrors().contains(u"status"_s));
    QVERIFY(m_controller->drop(first, u"Ốm dài ngày"_s));
    QCOMPARE(list->rows().front().status, u"dropped"_s);

    // A second plan of the same year: its planned enrolment can be deleted.
    QVERIFY(saveProposedPlan(2026, u"2026-02-02"_s, 50'000'000));
    QCOMPARE(list->count(), 2);
    const int planned = enrolmentRow(*list, u"A"_s, u"planned"_s);
    QVERIFY(planned >= 0);
    const qint64 audits = Samples::auditCount(m_db->db());
    QVERIFY(m_controller->removeEnrolment(list->idAt(planned)));
    QCOMPARE(Samples::auditCount(m_db->db()), audits + 1);
    QCOMPARE(list->count(), 1);
    m_controller->setEnrolmentStatus(u"planned"_s);
    QCOMPARE(list->count(), 0);
    m_controller->setEnrolmentStatus(u"dropped"_s);
    QCOMPARE(list->count(), 1);
}

void TestTrainingController::courseEditShowsFieldErrors()
{
    QSignalSpy errors(m_controller.get(), &TrainingController::errorOccurred);
    QVERIFY(!m_controller->saveCourse({{u"code"_s, u"llct_trung_cap"_s}, {u"cost"_s, u"mười triệu"_s}}));
    QVERIFY(m_controller->courseErrors().contains(u"cost"_s));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!m_controller->saveCourse({{u"code"_s, u"llct_trung_cap"_s}, {u"cost"_s, u"-5"_s}}));
    QVERIFY(m_controller->courseErrors().contains(u"cost"_s)); // the validator's reason
    QVERIFY(!m_controller->saveCourse({{u"code"_s, u"no_such_course"_s}}));
    QVERIFY(m_controller->courseErrors().contains(u"code"_s));

    const qint64 audits = Samples::auditCount(m_db->db());
    QVERIFY(m_controller->saveCourse(
        {{u"code"_s, u"llct_trung_cap"_s}, {u"cost"_s, u"15.000.000"_s}, {u"provider"_s, u"Trường Chính trị tỉnh"_s}}));
    QVERIFY(m_controller->courseErrors().isEmpty());
    QCOMPARE(Samples::auditCount(m_db->db()), audits + 1);
    const std::optional<TrainingCourse> course = m_service->findCourse(u"llct_trung_cap"_s);
    QCOMPARE(course->cost, qint64(15'000'000));
    QCOMPARE(course->provider, u"Trường Chính trị tỉnh"_s);
    QCOMPARE(course->origin, u"edited"_s);
    bool listed = false;
    for (const QVariant &v : m_controller->catalogue()) {
        const QVariantMap c = v.toMap();
        if (c.value(u"code"_s) == u"llct_trung_cap"_s) {
            listed = true;
            QCOMPARE(c.value(u"cost"_s).toDouble(), 15'000'000.0);
        }
    }
    QVERIFY(listed);

    // Retired: still in the catalogue, no longer in the picker.
    auto offered = [this] {
        for (const QVariant &v : m_controller->courseOptions()) {
            if (v.toMap().value(u"value"_s) == u"llct_trung_cap"_s)
                return true;
        }
        return false;
    };
    QVERIFY(offered());
    QVERIFY(m_controller->setCourseActive(u"llct_trung_cap"_s, false));
    QVERIFY(!offered());
    QVERIFY(!m_service->findCourse(u"llct_trung_cap"_s)->active);
}

void TestTrainingController::proposalModelPassesTheModelTester()
{
    QAbstractItemModelTester tester(m_controller->proposal(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_controller->setYear(2027);
    m_controller->setPlanBudget(50'000'000);
    QVERIFY(m_controller->propose());
    QVERIFY(m_controller->addProposed(u"D"_s, u"llct_cao_cap"_s));
    QCOMPARE(m_controller->proposal()->count(), 2);
    while (m_controller->proposal()->count() > 0)
        QVERIFY(m_controller->removeProposed(0));
    QAbstractItemModelTester needs(m_controller->needs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester enrolments(m_controller->enrolments(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_controller->setNeedsSearch(u"x"_s);
    m_controller->setNeedsSearch({});
}

void TestTrainingController::budgetPerUnitAndTotal()
{
    QVERIFY(m_controller->budget().isEmpty());
    QVERIFY(saveProposedPlan(2026, u"2026-01-05"_s, 50'000'000));
    const QVariantMap total = m_controller->budgetTotal();
    QCOMPARE(total.value(u"budget"_s).toDouble(), 50'000'000.0);
    QCOMPARE(total.value(u"planned"_s).toDouble(), 12'000'000.0);
    QCOMPARE(total.value(u"spent"_s).toDouble(), 0.0);
    QCOMPARE(total.value(u"remaining"_s).toDouble(), 38'000'000.0);
    QVERIFY(!total.value(u"over"_s).toBool());
    QVERIFY(!m_controller->budget().isEmpty());
    // Enrolled: the fee is committed.
    QSignalSpy changed(m_controller.get(), &TrainingController::budgetChanged);
    QVERIFY(m_controller->enrol(m_controller->enrolments()->idAt(0)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_controller->budgetTotal().value(u"spent"_s).toDouble(), 12'000'000.0);
    // Another year has no budget.
    m_controller->setYear(2030);
    QVERIFY(m_controller->budget().isEmpty());
    QCOMPARE(m_controller->budgetTotal().value(u"budget"_s).toDouble(), 0.0);
}

void TestTrainingController::startDateFollowsTheYear()
{
    QCOMPARE(m_controller->planStart(), u"2026-11-26"_s); // this year has begun: today
    m_controller->setYear(2028);
    QCOMPARE(m_controller->planStart(), u"2028-01-01"_s);
    m_controller->setPlanStart(u"2028-03-02"_s);
    QCOMPARE(m_controller->planStart(), u"2028-03-02"_s);
    m_controller->setPlanStart(u"2028-02-31"_s); // no such day: kept, with the reason
    QCOMPARE(m_controller->planStart(), u"2028-03-02"_s);
    QVERIFY(m_controller->planErrors().contains(u"start_date"_s));
    m_controller->setYear(2029);
    QCOMPARE(m_controller->planStart(), u"2029-01-01"_s); // a start of 2028 is not kept for 2029
}

void TestTrainingController::printWritesThePlanPdf()
{
    QVERIFY(saveProposedPlan(2027, u"2027-01-04"_s, 50'000'000));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.pdf"_s);
    QSignalSpy info(m_controller.get(), &TrainingController::infoMessage);
    QSignalSpy errors(m_controller.get(), &TrainingController::errorOccurred);
    QCOMPARE(m_controller->planFileName(), u"ke-hoach-dao-tao-2027.pdf"_s);
    m_controller->setUnitFilter(u"X3"_s);
    QCOMPARE(m_controller->planFileName(), u"ke-hoach-dao-tao-2027-X3.pdf"_s);
    QVERIFY(m_controller->planFileUrl().startsWith(u"file://"_s));
    m_controller->setUnitFilter({});
    QCOMPARE(m_controller->printPlan(QUrl::fromLocalFile(path).toString()), path);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(info.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // A folder that cannot be written: the reason is reported, nothing is returned.
    QCOMPARE(m_controller->printPlan(u"/proc/no-such-dir/plan.pdf"_s), QString());
    QCOMPARE(errors.count(), 1);
}

void TestTrainingController::nothingReadBeforeThePageIsShown()
{
    TrainingController lazy(*m_service, *m_registry, nullptr, false);
    lazy.reload(); // an import or a language change before the page was ever shown
    QCOMPARE(lazy.needCount(), 0);
    QVERIFY(lazy.catalogue().isEmpty());
    lazy.ensureLoaded();
    QCOMPARE(lazy.needCount(), m_controller->needCount());
    QCOMPARE(lazy.catalogue().size(), m_controller->catalogue().size());
}

// QTEST_MAIN: the PDF needs a QGuiApplication for its fonts (TOOLCHAIN.md pitfall 6).
QTEST_MAIN(TestTrainingController)
#include "tst_trainingcontroller.moc"
