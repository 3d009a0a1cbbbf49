// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/culturecontroller.h"
#include "domain/culture.h"
#include "models/culturegridmodel.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/cultureservice.h"
#include "services/disciplineservice.h"
#include "services/registryservice.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

/**
 * CultureController: the inspection grid is built from the unit's people in service on the date
 * and the active checklist items (leaders-only items only for leaders); keyboard actions change
 * cells through the grid model; a save stores the inspection, fills the violations log and comes
 * back when the inspection is edited; the log's confirm / discipline draft; the report.
 */
class TestCultureController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void gridHoldsTheUnitsPeopleInServiceAndTheActiveItems();
    void leadersOnlyItemAppliesToLeadersOnly();
    void newItemGetsAFreeCode();
    void spaceTogglesAndNMarksNotApplicable();
    void gridModelPassesTheModelTester();
    void saveRoundTrip();
    void saveNeedsAnInspector();
    void confirmedViolationGivesADisciplineDraft();
    void reportedViolationGivesNoDraft();
    void savedDecisionIsLinkedToTheViolation();
    void removeInspection();
    void reportCountsTheChecks();
    void printWritesAPdf();

private:
    [[nodiscard]] int columnOf(const QString &itemCode) const;
    [[nodiscard]] int rowOf(const QString &staffCode) const;
    /** Opens a new inspection of AG with an inspector and marks one breach of A1 on the first item. */
    qint64 saveWithOneBreach();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RegistryService> m_registry;
    std::unique_ptr<CultureService> m_culture;
    std::unique_ptr<DisciplineService> m_discipline;
    std::unique_ptr<CultureController> m_controller;
};

void TestCultureController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCultureController::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    StaffMember leader = Samples::person(u"A1"_s, u"Trần Thị Lan"_s, u"AG"_s);
    leader.isLeader = true;
    leader.position = u"Trưởng phòng"_s;
    StaffMember left = Samples::person(u"A3"_s, u"Lê Văn Cũ"_s, u"AG"_s);
    left.endDate = QDate(2025, 1, 1);
    QVERIFY(Samples::insertStaff(m_db->db(), {leader, Samples::person(u"A2"_s, u"Nguyễn Văn Bình"_s, u"AG"_s), left,
                                               Samples::person(u"W9"_s, u"Phạm Văn Khác"_s, u"WN"_s)}));
    m_registry = std::make_unique<RegistryService>(m_db->db(), *m_clock);
    m_culture = std::make_unique<CultureService>(m_db->db(), *m_clock);
    m_culture->setActor(u"app:tester"_s);
    m_discipline = std::make_unique<DisciplineService>(m_db->db(), *m_clock);
    m_controller = std::make_unique<CultureController>(*m_culture, *m_discipline, *m_registry);
    m_controller->setToday(QDate(2026, 3, 10));
}

void TestCultureController::cleanup()
{
    m_controller.reset();
    m_discipline.reset();
    m_culture.reset();
    m_registry.reset();
    m_clock.reset();
    m_db.reset();
}

int TestCultureController::columnOf(const QString &itemCode) const
{
    const QVariantList columns = m_controller->grid()->columns();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).toMap().value(u"code"_s).toString() == itemCode)
            return i;
    }
    return -1;
}

int TestCultureController::rowOf(const QString &staffCode) const
{
    const auto &rows = m_controller->grid()->rows();
    for (int i = 0; i < int(rows.size()); ++i) {
        if (rows[size_t(i)].code == staffCode)
            return i;
    }
    return -1;
}

qint64 TestCultureController::saveWithOneBreach()
{
    m_controller->newInspection(u"AG"_s);
    m_controller->setEditInspector(u"Thanh tra Hà"_s);
    CultureGridModel *grid = m_controller->grid();
    grid->toggle(rowOf(u"A1"_s), 0);
    grid->setNote(rowOf(u"A1"_s), 0, u"Không đeo thẻ"_s);
    QSignalSpy saved(m_controller.get(), &CultureController::inspectionSaved);
    if (!m_controller->saveInspection() || saved.count() != 1)
        return 0;
    return saved.at(0).at(0).toLongLong();
}

void TestCultureController::gridHoldsTheUnitsPeopleInServiceAndTheActiveItems()
{
    QSignalSpy editing(m_controller.get(), &CultureController::editingChanged);
    m_controller->newInspection(u"AG"_s);
    QCOMPARE(editing.count(), 1);
    QVERIFY(m_controller->editing());
    QCOMPARE(m_controller->editUnit(), u"AG"_s);
    QCOMPARE(m_controller->editDate(), u"2026-03-10"_s);
    QVERIFY(!m_controller->editingStored());

    CultureGridModel *grid = m_controller->grid();
    // A3 left in 2025 and W9 is in another unit: only A1 and A2, by given name (Bình, Lan).
    QCOMPARE(grid->count(), 2);
    QCOMPARE(grid->rows()[0].code, u"A2"_s);
    QCOMPARE(grid->rows()[1].code, u"A1"_s);
    QVERIFY(grid->rows()[1].leader);

    const auto active = m_culture->checklist(true);
    QVERIFY(!active.empty());
    QCOMPARE(grid->columnCount(), int(active.size()));
    for (int c = 0; c < grid->columnCount(); ++c)
        QCOMPARE(grid->columns().at(c).toMap().value(u"code"_s).toString(), active[size_t(c)].code);
    // Every cell that applies starts "đạt".
    for (int r = 0; r < grid->count(); ++r) {
        for (int c = 0; c < grid->columnCount(); ++c) {
            if (grid->applies(r, c))
                QCOMPARE(grid->resultAt(r, c), QString(CultureResults::Pass));
        }
    }
    QCOMPARE(grid->breachCount(), 0);
    QVERIFY(!grid->modified());

    // Another date: A3 was in service in 2024.
    m_controller->setEditDate(u"2024-06-01"_s);
    QCOMPARE(grid->count(), 3);
    QVERIFY(rowOf(u"A3"_s) >= 0);

    m_controller->cancelEdit();
    QVERIFY(!m_controller->editing());
    QCOMPARE(grid->count(), 0);
}

void TestCultureController::leadersOnlyItemAppliesToLeadersOnly()
{
    QVERIFY(m_controller->saveItem(QVariantMap{{u"code"_s, u"test_leader"_s},
                                               {u"group"_s, u"tinh_than"_s},
                                               {u"labelVi"_s, u"Đánh giá cán bộ khách quan"_s},
                                               {u"basis"_s, u"QĐ 1847/QĐ-TTg"_s},
                                               {u"leadersOnly"_s, true}}));
    m_controller->newInspection(u"AG"_s);
    CultureGridModel *grid = m_controller->grid();
    const int c = columnOf(u"test_leader"_s);
    QVERIFY(c >= 0);
    QVERIFY(grid->columns().at(c).toMap().value(u"leadersOnly"_s).toBool());
    QCOMPARE(grid->resultAt(rowOf(u"A1"_s), c), QString(CultureResults::Pass));
    QVERIFY(!grid->applies(rowOf(u"A2"_s), c));
    QCOMPARE(grid->resultAt(rowOf(u"A2"_s), c), QString());
    grid->toggle(rowOf(u"A2"_s), c); // nothing to toggle
    QCOMPARE(grid->resultAt(rowOf(u"A2"_s), c), QString());
    QCOMPARE(grid->breachCount(), 0);
    // A cell that does not apply is not stored.
    for (const CultureObservation &o : grid->observations())
        QVERIFY(!(o.staffCode == u"A2"_s && o.itemCode == u"test_leader"_s));

    // Retired: no longer offered in a new inspection.
    QVERIFY(m_controller->setItemActive(u"test_leader"_s, false));
    m_controller->newInspection(u"AG"_s);
    QCOMPARE(columnOf(u"test_leader"_s), -1);
    bool listed = false;
    for (const QVariant &v : m_controller->items()) {
        const QVariantMap item = v.toMap();
        if (item.value(u"code"_s).toString() == u"test_leader"_s) {
            listed = true;
            QVERIFY(!item.value(u"active"_s).toBool());
        }
    }
    QVERIFY(listed);
}

void TestCultureController::newItemGetsAFreeCode()
{
    const int before = int(m_controller->items().size());
    const QString code = m_controller->newItemCode();
    QVERIFY(!code.isEmpty());
    QSignalSpy errors(m_controller.get(), &CultureController::errorOccurred);
    // Refused by the service (no wording): one message, nothing added.
    QVERIFY(!m_controller->saveItem(QVariantMap{{u"group"_s, u"trang_phuc"_s}, {u"labelVi"_s, u" "_s}}));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(int(m_controller->items().size()), before);

    QVERIFY(m_controller->saveItem(QVariantMap{{u"group"_s, u"trang_phuc"_s},
                                               {u"labelVi"_s, u"Mặc đồng phục vào thứ Hai"_s},
                                               {u"basis"_s, u"Quy chế văn hóa công sở của UBND"_s}}));
    QCOMPARE(int(m_controller->items().size()), before + 1);
    const QVariantMap added = m_controller->items().constLast().toMap();
    QCOMPARE(added.value(u"code"_s).toString(), code);
    QCOMPARE(added.value(u"origin"_s).toString(), u"added"_s);
    QCOMPARE(added.value(u"ordinal"_s).toInt(), before + 1);
    QVERIFY(added.value(u"active"_s).toBool());
    QVERIFY(m_controller->newItemCode() != code);
}

void TestCultureController::spaceTogglesAndNMarksNotApplicable()
{
    m_controller->newInspection(u"AG"_s);
    CultureGridModel *grid = m_controller->grid();
    QSignalSpy changed(grid, &QAbstractItemModel::dataChanged);
    QSignalSpy count(grid, &CultureGridModel::breachCountChanged);

    grid->toggle(0, 1);
    QCOMPARE(grid->resultAt(0, 1), QString(CultureResults::Breach));
    QCOMPARE(grid->breachCount(), 1);
    QVERIFY(grid->modified());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(count.count(), 1);

    grid->toggle(1, 0);
    QCOMPARE(grid->breachCount(), 2);
    grid->toggle(0, 1);
    QCOMPARE(grid->resultAt(0, 1), QString(CultureResults::Pass));
    QCOMPARE(grid->breachCount(), 1);

    grid->setNotApplicable(1, 0);
    QCOMPARE(grid->resultAt(1, 0), QString(CultureResults::NotApplicable));
    QCOMPARE(grid->breachCount(), 0);
    grid->toggle(1, 0);
    QCOMPARE(grid->resultAt(1, 0), QString(CultureResults::Pass));
    grid->setNotApplicable(1, 0);
    grid->setNotApplicable(1, 0);
    QCOMPARE(grid->resultAt(1, 0), QString(CultureResults::Pass));

    // Outside the grid: nothing happens.
    const int before = int(changed.count());
    grid->toggle(-1, 0);
    grid->toggle(0, grid->columnCount());
    grid->setNote(99, 0, u"x"_s);
    QCOMPARE(int(changed.count()), before);
}

void TestCultureController::gridModelPassesTheModelTester()
{
    QAbstractItemModelTester tester(m_controller->grid(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_controller->newInspection(u"AG"_s);
    m_controller->grid()->toggle(0, 0);
    m_controller->setEditDate(u"2024-06-01"_s);
    m_controller->cancelEdit();
}

void TestCultureController::saveRoundTrip()
{
    QSignalSpy info(m_controller.get(), &CultureController::infoMessage);
    const qint64 id = saveWithOneBreach();
    QVERIFY(id > 0);
    QVERIFY(!m_controller->editing());
    QCOMPARE(info.count(), 1);

    // Listed with its people and breaches.
    CultureInspectionModel *list = m_controller->inspections();
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->rows()[0].id, id);
    QCOMPARE(list->rows()[0].unitCode, u"AG"_s);
    QCOMPARE(list->rows()[0].dateText, u"10/03/2026"_s);
    QCOMPARE(list->rows()[0].inspector, u"Thanh tra Hà"_s);
    QCOMPARE(list->rows()[0].people, 2);
    QCOMPARE(list->rows()[0].breaches, 1);

    // The breach is in the log, reported.
    CultureViolationModel *log = m_controller->violations();
    QCOMPARE(log->count(), 1);
    const CultureViolationEntry v = log->rows()[0];
    QCOMPARE(v.staffCode, u"A1"_s);
    QCOMPARE(v.itemCode, m_culture->checklist(true).front().code);
    QCOMPARE(v.date, u"2026-03-10"_s);
    QCOMPARE(v.status, QString(CultureViolationStatus::Reported));
    QVERIFY(v.canConfirm);
    QVERIFY(!v.canStartDiscipline);

    // Edited: the grid shows what was stored.
    QVERIFY(m_controller->editInspection(id));
    QVERIFY(m_controller->editingStored());
    QCOMPARE(m_controller->editInspector(), u"Thanh tra Hà"_s);
    CultureGridModel *grid = m_controller->grid();
    QCOMPARE(grid->resultAt(rowOf(u"A1"_s), 0), QString(CultureResults::Breach));
    QCOMPARE(grid->noteAt(rowOf(u"A1"_s), 0), u"Không đeo thẻ"_s);
    QCOMPARE(grid->breachCount(), 1);
    QVERIFY(!grid->modified());

    // Saved again with one more breach: still one inspection, the log gains only the new one.
    grid->toggle(rowOf(u"A2"_s), 1);
    QVERIFY(m_controller->saveInspection());
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->rows()[0].breaches, 2);
    QCOMPARE(log->count(), 2);
}

void TestCultureController::saveNeedsAnInspector()
{
    QSignalSpy errors(m_controller.get(), &CultureController::errorOccurred);
    m_controller->newInspection(u"AG"_s);
    QVERIFY(!m_controller->saveInspection());
    QCOMPARE(errors.count(), 1);
    QVERIFY(m_controller->editing());
    QCOMPARE(m_controller->inspections()->count(), 0);

    m_controller->newInspection(u""_s);
    QCOMPARE(m_controller->grid()->count(), 0);
    m_controller->setEditInspector(u"X"_s);
    QVERIFY(!m_controller->saveInspection());
    QCOMPARE(errors.count(), 2);
}

void TestCultureController::confirmedViolationGivesADisciplineDraft()
{
    QVERIFY(saveWithOneBreach() > 0);
    const qint64 violationId = m_controller->violations()->idAt(0);
    QVERIFY(m_controller->confirmViolation(violationId));
    const CultureViolationEntry v = m_controller->violations()->rows()[0];
    QCOMPARE(v.status, QString(CultureViolationStatus::Confirmed));
    QVERIFY(v.canStartDiscipline);
    QVERIFY(!v.canConfirm);

    const QVariantMap draft = m_controller->disciplineDraft(violationId);
    QCOMPARE(draft.value(u"staffCode"_s).toString(), u"A1"_s);
    QCOMPARE(draft.value(u"form"_s).toString(), u"khien_trach"_s);
    QCOMPARE(draft.value(u"violationDate"_s).toString(), u"2026-03-10"_s);
    QVERIFY(draft.contains(u"detectedDate"_s));
    QVERIFY(!draft.value(u"reason"_s).toString().isEmpty());
    QCOMPARE(draft.value(u"violationId"_s).toLongLong(), violationId);
}

void TestCultureController::reportedViolationGivesNoDraft()
{
    QVERIFY(saveWithOneBreach() > 0);
    QSignalSpy errors(m_controller.get(), &CultureController::errorOccurred);
    QVERIFY(m_controller->disciplineDraft(m_controller->violations()->idAt(0)).isEmpty());
    QCOMPARE(errors.count(), 1);

    QVERIFY(m_controller->dismissViolation(m_controller->violations()->idAt(0)));
    const CultureViolationEntry v = m_controller->violations()->rows()[0];
    QCOMPARE(v.status, QString(CultureViolationStatus::Dismissed));
    QVERIFY(!v.canDismiss);
    QVERIFY(!v.canStartDiscipline);
}

void TestCultureController::savedDecisionIsLinkedToTheViolation()
{
    QVERIFY(saveWithOneBreach() > 0);
    const qint64 violationId = m_controller->violations()->idAt(0);
    QVERIFY(m_controller->confirmViolation(violationId));
    // The decision the Discipline page saved (written straight to the table: this test is about the link).
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(u"INSERT INTO discipline_decision (staff_code, form, decision_no, decision_date) "
                      "VALUES ('A1', 'khien_trach', '12/QĐ-UBND', '2026-04-01')"_s));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const qint64 decisionId = q.lastInsertId().toLongLong();
    QVERIFY(decisionId > 0);

    QSignalSpy errors(m_controller.get(), &CultureController::errorOccurred);
    m_controller->linkDiscipline(decisionId, violationId);
    QCOMPARE(errors.count(), 0);
    const CultureViolationEntry v = m_controller->violations()->rows()[0];
    QCOMPARE(v.disciplineId, decisionId);
    QVERIFY(!v.disciplineText.isEmpty());
    QVERIFY(!v.canStartDiscipline);
    QVERIFY(!v.canDismiss);
}

void TestCultureController::removeInspection()
{
    const qint64 id = saveWithOneBreach();
    QVERIFY(id > 0);
    QVERIFY(m_controller->removeInspection(id));
    QCOMPARE(m_controller->inspections()->count(), 0);
}

void TestCultureController::reportCountsTheChecks()
{
    QVERIFY(saveWithOneBreach() > 0);
    const QVariantMap report = m_controller->report();
    const QVariantList units = report.value(u"units"_s).toList();
    QCOMPARE(units.size(), 1);
    const QVariantMap ag = units.at(0).toMap();
    QCOMPARE(ag.value(u"code"_s).toString(), u"AG"_s);
    const int checks = ag.value(u"checks"_s).toInt();
    QVERIFY(checks > 0);
    QCOMPARE(ag.value(u"breaches"_s).toInt(), 1);
    QCOMPARE(ag.value(u"peopleWithBreach"_s).toInt(), 1);
    QCOMPARE(report.value(u"checks"_s).toInt(), checks);
    QCOMPARE(report.value(u"breaches"_s).toInt(), 1);
    // The service rounds the rate (to 0.01 %).
    QVERIFY(qAbs(ag.value(u"rate"_s).toDouble() - 100.0 * (checks - 1) / checks) < 0.01);

    // Another quarter: nothing.
    m_controller->setQuarter(2);
    QCOMPARE(m_controller->report().value(u"units"_s).toList().size(), 0);
    m_controller->setQuarter(1);
    QCOMPARE(m_controller->report().value(u"units"_s).toList().size(), 1);

    const double before = m_controller->pointsMax();
    QVERIFY(m_controller->setPointsMax(before + 1));
    QCOMPARE(m_controller->pointsMax(), before + 1);
}

void TestCultureController::printWritesAPdf()
{
    QVERIFY(saveWithOneBreach() > 0);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"culture.pdf"_s);
    QSignalSpy info(m_controller.get(), &CultureController::infoMessage);
    QSignalSpy errors(m_controller.get(), &CultureController::errorOccurred);
    QCOMPARE(m_controller->reportFileName(), u"van-hoa-cong-vu-2026.pdf"_s);
    QVERIFY(m_controller->reportFileUrl().endsWith(u"/van-hoa-cong-vu-2026.pdf"_s));
    QCOMPARE(m_controller->printReport(QUrl::fromLocalFile(path).toString()), path);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(info.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
}

// QTEST_MAIN: the PDF needs a QGuiApplication for its fonts (TOOLCHAIN.md pitfall 6).
QTEST_MAIN(TestCultureController)

#include "tst_culturecontroller.moc"
