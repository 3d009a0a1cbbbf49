// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/disciplinecontroller.h"
#include "models/disciplinelistmodel.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/disciplineservice.h"
#include "services/registryservice.h"
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

/**
 * DisciplineController: the forms offered follow the person and the effective date (ND 112 →
 * ND 172 on 01/07/2025), refusals are field errors that block saving, warnings do not, a draft
 * from the Culture page opens prefilled and its save emits draftSaved with the violation id, the
 * list and the per-unit indicator follow saves and deletes, search ignores diacritics, the
 * timeline and the status, the PDF.
 */
class TestDisciplineController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void allowedFormsFollowPersonAndDate();
    void refusedFormBlocksSave();
    void errorsShowOnTouchedFieldsOnly();
    void saveListsTheDecisionAndTheMissedUnit();
    void openDraftPrefillsAndEmitsDraftSaved();
    void plainSaveEmitsDraftSavedWithZero();
    void repeatWarningSuggestsAHeavierForm();
    void editAndRemove();
    void searchIgnoresDiacritics();
    void timelineAndStatus();
    void printWritesAPdf();

private:
    [[nodiscard]] static QStringList values(const QVariantList &options);
    void fill(const QString &staffCode, const QString &form, const QString &no, const QString &date);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RegistryService> m_registry;
    std::unique_ptr<DisciplineService> m_service;
    std::unique_ptr<DisciplineController> m_controller;
};

void TestDisciplineController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDisciplineController::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    StaffMember leader = Samples::person(u"A1"_s, u"Trần Thị Lan"_s, u"AG"_s);
    leader.isLeader = true;
    leader.position = u"Trưởng phòng"_s;
    QVERIFY(Samples::insertStaff(m_db->db(), {leader, Samples::person(u"A2"_s, u"Nguyễn Văn Bình"_s, u"AG"_s),
                                               Samples::person(u"W9"_s, u"Phạm Văn Khác"_s, u"WN"_s)}));
    m_registry = std::make_unique<RegistryService>(m_db->db(), *m_clock);
    m_service = std::make_unique<DisciplineService>(m_db->db(), *m_clock);
    m_service->setActor(u"app:tester"_s);
    m_controller = std::make_unique<DisciplineController>(*m_service, *m_registry);
    m_controller->setToday(QDate(2026, 3, 10));
}

void TestDisciplineController::cleanup()
{
    m_controller.reset();
    m_service.reset();
    m_registry.reset();
    m_clock.reset();
    m_db.reset();
}

QStringList TestDisciplineController::values(const QVariantList &options)
{
    QStringList out;
    for (const QVariant &o : options)
        out.append(o.toMap().value(u"value"_s).toString());
    return out;
}

void TestDisciplineController::fill(const QString &staffCode, const QString &form, const QString &no,
                                    const QString &date)
{
    m_controller->setField(u"staff_code"_s, staffCode);
    m_controller->setField(u"decision_date"_s, date);
    m_controller->setField(u"form"_s, form);
    m_controller->setField(u"decision_no"_s, no);
}

void TestDisciplineController::allowedFormsFollowPersonAndDate()
{
    QCOMPARE(m_controller->year(), 2026);
    m_controller->newDecision();
    QVERIFY(m_controller->editing());
    QVERIFY(m_controller->isNew());
    QSignalSpy checks(m_controller.get(), &DisciplineController::checkChanged);

    // A non-leader civil servant before ND 172: salary-step demotion is still a form.
    m_controller->setField(u"staff_code"_s, u"A2"_s);
    m_controller->setField(u"decision_date"_s, u"2025-03-01"_s);
    QVERIFY(checks.count() >= 2);
    QVERIFY(values(m_controller->formOptions()).contains(u"ha_bac_luong"_s));
    QVERIFY(!values(m_controller->formOptions()).contains(u"giang_chuc"_s));
    QVERIFY(!m_controller->ruleSet().isEmpty());
    QVERIFY(m_controller->personText().contains(u"Nguyễn Văn Bình"_s));
    const QString before = m_controller->ruleSet();

    // From 01/07/2025 (ND 172): no more hạ bậc lương for civil servants.
    m_controller->setField(u"decision_date"_s, u"2026-03-01"_s);
    QVERIFY(!values(m_controller->formOptions()).contains(u"ha_bac_luong"_s));
    QVERIFY(values(m_controller->formOptions()).contains(u"khien_trach"_s));
    QVERIFY(m_controller->ruleSet() != before);
    QVERIFY(m_controller->ruleSet().contains(u"172/2025"_s));

    // The effective date, not the decision date, selects the rule set.
    m_controller->setField(u"effective_date"_s, u"2025-05-01"_s);
    QVERIFY(values(m_controller->formOptions()).contains(u"ha_bac_luong"_s));

    // A leader may be removed from post; a non-leader may not.
    m_controller->setField(u"effective_date"_s, QString());
    QVERIFY(!values(m_controller->formOptions()).contains(u"cach_chuc"_s));
    m_controller->setField(u"staff_code"_s, u"A1"_s);
    QVERIFY(values(m_controller->formOptions()).contains(u"cach_chuc"_s));
}

void TestDisciplineController::refusedFormBlocksSave()
{
    m_controller->newDecision();
    fill(u"A2"_s, u"ha_bac_luong"_s, u"12/QĐ-UBND"_s, u"2026-03-01"_s);
    QVERIFY(!m_controller->canSave());
    const QString error = m_controller->errors().value(u"form"_s).toString();
    QVERIFY2(error.contains(u"172/2025"_s), qPrintable(error));
    // The chosen form stays shown, marked as not allowed.
    QVERIFY(values(m_controller->formOptions()).contains(u"ha_bac_luong"_s));
    QSignalSpy saved(m_controller.get(), &DisciplineController::saved);
    QVERIFY(!m_controller->save());
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_controller->editing());

    m_controller->setField(u"form"_s, u"khien_trach"_s);
    QVERIFY(m_controller->errors().isEmpty());
    QVERIFY(m_controller->canSave());
}

void TestDisciplineController::errorsShowOnTouchedFieldsOnly()
{
    m_controller->newDecision();
    QVERIFY(!m_controller->canSave());            // staff code, form and number are missing…
    QVERIFY(m_controller->errors().isEmpty());    // …but nothing was typed yet
    m_controller->setField(u"staff_code"_s, u"NOBODY"_s);
    QVERIFY(m_controller->errors().contains(u"staff_code"_s));
    QVERIFY(!m_controller->errors().contains(u"decision_no"_s));
    QVERIFY(!m_controller->save());
    QVERIFY(m_controller->errors().contains(u"decision_no"_s)); // a save attempt shows them all
    QVERIFY(m_controller->errors().contains(u"form"_s));
}

void TestDisciplineController::saveListsTheDecisionAndTheMissedUnit()
{
    QAbstractItemModelTester tester(m_controller->decisions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_controller->decisions()->count(), 0);
    QVERIFY(m_controller->missed().isEmpty());
    QVERIFY(m_controller->unitsCounted() > 0);

    QSignalSpy saved(m_controller.get(), &DisciplineController::saved);
    QSignalSpy info(m_controller.get(), &DisciplineController::infoMessage);
    QSignalSpy summary(m_controller.get(), &DisciplineController::summaryChanged);
    QSignalSpy revision(m_controller.get(), &DisciplineController::revisionChanged);
    m_controller->newDecision();
    fill(u"A2"_s, u"khien_trach"_s, u"12/QĐ-UBND"_s, u"2026-03-01"_s);
    QVERIFY(m_controller->save());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(info.count(), 1);
    QCOMPARE(summary.count(), 1);
    QCOMPARE(revision.count(), 1);
    QVERIFY(!m_controller->editing());

    QCOMPARE(m_controller->decisions()->count(), 1);
    const QModelIndex idx = m_controller->decisions()->index(0);
    QCOMPARE(idx.data(DisciplineListModel::StaffCodeRole).toString(), u"A2"_s);
    QCOMPARE(idx.data(DisciplineListModel::FormRole).toString(), u"khien_trach"_s);
    QCOMPARE(idx.data(DisciplineListModel::EffectiveDateRole).toString(), u"01/03/2026"_s);
    QCOMPARE(idx.data(DisciplineListModel::BarsUntilRole).toString(), u"01/03/2027"_s);
    QCOMPARE(idx.data(DisciplineListModel::InForceRole).toBool(), true);
    QCOMPARE(saved.at(0).at(0).toLongLong(), idx.data(DisciplineListModel::IdRole).toLongLong());

    QCOMPARE(m_controller->missed().size(), 1);
    QCOMPARE(m_controller->missed().at(0).toMap().value(u"code"_s).toString(), u"AG"_s);
    QCOMPARE(m_controller->missedUnits(2026).size(), 1);
    QVERIFY(m_controller->missedUnits(2025).isEmpty());

    // Another year: nothing there.
    m_controller->setYear(2025);
    QCOMPARE(m_controller->decisions()->count(), 0);
    QVERIFY(m_controller->missed().isEmpty());
    m_controller->setYear(2026);
    // A unit filter elsewhere: the decision is not listed.
    m_controller->setUnitFilter(u"WN"_s);
    QCOMPARE(m_controller->decisions()->count(), 0);
    QVERIFY(m_controller->missed().isEmpty());
    QCOMPARE(m_controller->missedUnits(2026).size(), 1); // the dashboard counts every unit
}

void TestDisciplineController::openDraftPrefillsAndEmitsDraftSaved()
{
    QSignalSpy drafts(m_controller.get(), &DisciplineController::draftSaved);
    m_controller->openDraft(QVariantMap{{u"staffCode"_s, u"A2"_s},
                                        {u"form"_s, u"khien_trach"_s},
                                        {u"violationDate"_s, u"2026-02-10"_s},
                                        {u"detectedDate"_s, u"2026-02-11"_s},
                                        {u"reason"_s, u"Vi phạm văn hóa giao tiếp"_s},
                                        {u"violationId"_s, 42}});
    QVERIFY(m_controller->editing());
    QVERIFY(m_controller->isNew());
    const QVariantMap r = m_controller->record();
    QCOMPARE(r.value(u"staff_code"_s).toString(), u"A2"_s);
    QCOMPARE(r.value(u"form"_s).toString(), u"khien_trach"_s);
    QCOMPARE(r.value(u"violation_date"_s).toString(), u"2026-02-10"_s);
    QCOMPARE(r.value(u"detected_date"_s).toString(), u"2026-02-11"_s);
    QCOMPARE(r.value(u"reason"_s).toString(), u"Vi phạm văn hóa giao tiếp"_s);
    QCOMPARE(r.value(u"decision_date"_s).toString(), u"2026-03-10"_s); // today
    QVERIFY(!m_controller->canSave()); // no decision number yet
    m_controller->setField(u"decision_no"_s, u"5/QĐ-UBND"_s);
    QVERIFY(m_controller->canSave());
    QVERIFY(m_controller->save());
    QCOMPARE(drafts.count(), 1);
    QVERIFY(drafts.at(0).at(0).toLongLong() > 0);
    QCOMPARE(drafts.at(0).at(1).toLongLong(), 42);
    const std::optional<DisciplineDecision> stored = m_service->find(drafts.at(0).at(0).toLongLong());
    QVERIFY(stored);
    QCOMPARE(stored->detectedDate, QDate(2026, 2, 11));
    QCOMPARE(stored->reason, u"Vi phạm văn hóa giao tiếp"_s);
}

void TestDisciplineController::plainSaveEmitsDraftSavedWithZero()
{
    QSignalSpy drafts(m_controller.get(), &DisciplineController::draftSaved);
    // A draft opened then cancelled leaves no violation id behind.
    m_controller->openDraft(QVariantMap{{u"staffCode"_s, u"A2"_s}, {u"violationId"_s, 7}});
    m_controller->cancel();
    QVERIFY(!m_controller->editing());
    m_controller->newDecision(u"A2"_s);
    fill(u"A2"_s, u"canh_cao"_s, u"7/QĐ"_s, u"2026-03-01"_s);
    QVERIFY(m_controller->save());
    QCOMPARE(drafts.count(), 1);
    QCOMPARE(drafts.at(0).at(1).toLongLong(), 0);
}

void TestDisciplineController::repeatWarningSuggestsAHeavierForm()
{
    m_controller->newDecision();
    fill(u"A2"_s, u"khien_trach"_s, u"1/QĐ"_s, u"2026-01-05"_s);
    QVERIFY(m_controller->save());

    m_controller->newDecision();
    fill(u"A2"_s, u"khien_trach"_s, u"2/QĐ"_s, u"2026-03-01"_s);
    m_controller->setField(u"violation_date"_s, u"2026-02-01"_s);
    QVERIFY(m_controller->canSave()); // a warning does not block
    QString suggested;
    for (const QVariant &w : m_controller->warnings()) {
        if (w.toMap().value(u"kind"_s) == u"repeat_not_heavier"_s)
            suggested = w.toMap().value(u"suggestedForm"_s).toString();
    }
    QCOMPARE(suggested, u"canh_cao"_s);
    m_controller->useSuggestedForm();
    QCOMPARE(m_controller->record().value(u"form"_s).toString(), u"canh_cao"_s);
}

void TestDisciplineController::editAndRemove()
{
    m_controller->newDecision();
    fill(u"A2"_s, u"khien_trach"_s, u"12/QĐ"_s, u"2026-03-01"_s);
    QVERIFY(m_controller->save());
    const qint64 id = m_controller->decisions()->idAt(0);
    QVERIFY(id > 0);

    QVERIFY(m_controller->edit(id));
    QVERIFY(!m_controller->isNew());
    QCOMPARE(m_controller->record().value(u"decision_no"_s).toString(), u"12/QĐ"_s);
    QVERIFY(m_controller->errors().isEmpty());
    m_controller->setField(u"form"_s, u"canh_cao"_s);
    QVERIFY(m_controller->save());
    QCOMPARE(m_controller->decisions()->count(), 1);
    QCOMPARE(m_controller->decisions()->index(0).data(DisciplineListModel::FormRole).toString(), u"canh_cao"_s);

    QSignalSpy removed(m_controller.get(), &DisciplineController::removed);
    QVERIFY(m_controller->edit(id));
    QVERIFY(m_controller->remove());
    QCOMPARE(removed.count(), 1);
    QVERIFY(!m_controller->editing());
    QCOMPARE(m_controller->decisions()->count(), 0);
    QVERIFY(m_controller->missed().isEmpty());
    QVERIFY(!m_controller->edit(id));
}

void TestDisciplineController::searchIgnoresDiacritics()
{
    m_controller->newDecision();
    fill(u"A2"_s, u"khien_trach"_s, u"12/QĐ"_s, u"2026-03-01"_s);
    QVERIFY(m_controller->save());
    DisciplineListModel *model = m_controller->decisions();
    model->setSearch(u"nguyen binh"_s);
    QCOMPARE(model->count(), 1);
    model->setSearch(u"Phòng Nội"_s);
    QCOMPARE(model->count(), 1);
    model->setSearch(u"Lan"_s);
    QCOMPARE(model->count(), 0);
    QCOMPARE(model->totalCount(), 1);
    model->setSearch({});
    QCOMPARE(model->count(), 1);

    const QVariantList people = m_controller->searchPeople(u"tran lan"_s);
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.at(0).toMap().value(u"value"_s).toString(), u"A1"_s);
}

void TestDisciplineController::timelineAndStatus()
{
    QVERIFY(m_controller->timeline(u"A2"_s).isEmpty());
    QCOMPARE(m_controller->status(u"A2"_s).value(u"state"_s).toString(), u"none"_s);
    m_controller->newDecision();
    fill(u"A2"_s, u"khien_trach"_s, u"12/QĐ"_s, u"2026-03-01"_s);
    m_controller->setField(u"violation_date"_s, u"2026-01-15"_s);
    QVERIFY(m_controller->save());
    const QVariantList entries = m_controller->timeline(u"A2"_s);
    QVERIFY(entries.size() >= 3);
    QStringList kinds;
    for (const QVariant &e : entries)
        kinds.append(e.toMap().value(u"kind"_s).toString());
    QVERIFY(kinds.contains(u"violation"_s));
    QVERIFY(kinds.contains(u"bars_lift"_s));
    QCOMPARE(entries.first().toMap().value(u"date"_s).toString(), u"15/01/2026"_s);
    const QVariantMap status = m_controller->status(u"A2"_s);
    QCOMPARE(status.value(u"state"_s).toString(), u"in_force"_s);
    QCOMPARE(status.value(u"barsUntil"_s).toString(), u"01/03/2027"_s);
}

void TestDisciplineController::printWritesAPdf()
{
    m_controller->newDecision();
    fill(u"A2"_s, u"khien_trach"_s, u"12/QĐ"_s, u"2026-03-01"_s);
    QVERIFY(m_controller->save());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    QSignalSpy info(m_controller.get(), &DisciplineController::infoMessage);
    QSignalSpy errors(m_controller.get(), &DisciplineController::errorOccurred);
    QCOMPARE(m_controller->printReport(QUrl::fromLocalFile(path).toString()), path);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(info.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
    QVERIFY(m_controller->reportFileUrl().endsWith(u"ky-luat-2026.pdf"_s));
}

QTEST_MAIN(TestDisciplineController)
#include "tst_disciplinecontroller.moc"
