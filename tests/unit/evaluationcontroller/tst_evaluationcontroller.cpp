// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/evaluationcontroller.h"
#include "models/evaluationgridmodel.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/evaluationservice.h"
#include "services/registryservice.h"
#include "testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using G = EvaluationGridModel;

/**
 * EvaluationController (issue 4 §5, §6): the default unit, the live cap per task group with the 25%
 * exception, undo, copying last year's task groups, decide with and without an override reason,
 * reopen with a reason, decided rows read-only, the written form. Sample town: AG has ten công chức
 * "Chuyên viên" (one task group) and one viên chức; W9 in WN.
 */
class TestEvaluationController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultUnitIsTheOneWithMostPeople();
    void capFollowsTheProposalsAndTheException();
    void undoRevertsTheLastGridChange();
    void copyTaskGroupsFromLastYear();
    void decideWithinTheMaximum();
    void decideAboveTheMaximumNeedsAReason();
    void reopenNeedsAReason();
    void formRoundTrip();
    void flagSummaryCounts();
    void summaryCsvIsWritten();
    void gridConflictUntilReload();
    void formConflictUntilReload();

private:
    /** Another officer, on their own connection, saves code's 2026 with a note. */
    void otherOfficerSaves(const QString &code, const QString &note)
    {
        Database other(u"other-officer"_s);
        QCOMPARE(other.open(m_db->path()), Database::Status::Ok);
        EvaluationService service(other, *m_clock);
        service.setActor(u"app:officer.b"_s);
        Evaluation e = *service.find(code, 2026);
        e.note = note;
        QVERIFY(service.save(e).ok());
    }

    void type(const QString &code, int column, const QString &text)
    {
        const int row = m_controller->grid()->rowOf(code);
        QVERIFY2(row >= 0, qPrintable(code));
        QVERIFY2(m_controller->grid()->setCell(row, column, text),
                 qPrintable(m_controller->grid()->errorAt(row, column)));
    }
    [[nodiscard]] QVariantMap group(const QString &taskGroup) const
    {
        for (const QVariant &g : m_controller->capGroups()) {
            if (g.toMap().value(u"taskGroup"_s).toString() == taskGroup)
                return g.toMap();
        }
        return {};
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RegistryService> m_registry;
    std::unique_ptr<EvaluationService> m_service;
    std::unique_ptr<EvaluationController> m_controller;
};

/**
 * Concurrent editing (issue 8 item 3): another officer saves a person's year the grid shows; the grid's
 * next save of that row is refused as a conflict (who, which field), nothing written; reload() clears it
 * and the save then works. Undo saves back only over the version the grid holds.
 */
void TestEvaluationController::gridConflictUntilReload()
{
    type(u"G02"_s, G::MonthsAbsentColumn, u"1"_s);
    otherOfficerSaves(u"G02"_s, u"đi học"_s);

    QSignalSpy conflictChanged(m_controller.get(), &EvaluationController::conflictChanged);
    QSignalSpy errors(m_controller.get(), &EvaluationController::errorOccurred);
    const int row = m_controller->grid()->rowOf(u"G02"_s);
    QVERIFY(!m_controller->grid()->setCell(row, G::MonthsAbsentColumn, u"3"_s));
    QCOMPARE(conflictChanged.count(), 1);
    QCOMPARE(errors.count(), 0);
    QVERIFY2(m_controller->conflict().contains(u"officer.b"_s), qPrintable(m_controller->conflict()));
    QVERIFY2(m_controller->conflict().contains(u"Note"_s), qPrintable(m_controller->conflict()));
    QCOMPARE(m_service->find(u"G02"_s, 2026)->monthsAbsent, 1);
    // Undo would save back over the other officer's note: refused too.
    QVERIFY(!m_controller->undo());
    QCOMPARE(m_service->find(u"G02"_s, 2026)->note, u"đi học"_s);

    m_controller->reload();
    QCOMPARE(m_controller->conflict(), QString());
    type(u"G02"_s, G::MonthsAbsentColumn, u"3"_s);
    const Evaluation now = *m_service->find(u"G02"_s, 2026);
    QCOMPARE(now.monthsAbsent, 3);
    QCOMPARE(now.note, u"đi học"_s);
}

void TestEvaluationController::formConflictUntilReload()
{
    type(u"G06"_s, G::MonthsAbsentColumn, u"1"_s);
    m_controller->select(u"G06"_s);
    otherOfficerSaves(u"G06"_s, u"ghi chú"_s);
    QVariantMap form = m_controller->form();
    form.insert(u"strengths"_s, u"Tận tụy"_s);
    QVERIFY(!m_controller->saveForm(form, QString()));
    QVERIFY2(m_controller->conflict().contains(u"officer.b"_s), qPrintable(m_controller->conflict()));
    QCOMPARE(m_service->form(u"G06"_s, 2026).strengths, QString());
    m_controller->reload();
    QCOMPARE(m_controller->conflict(), QString());
    QVERIFY(m_controller->saveForm(form, QString()));
    QCOMPARE(m_service->form(u"G06"_s, 2026).strengths, u"Tận tụy"_s);
}

void TestEvaluationController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEvaluationController::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 10), QTime(9, 0)));
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    std::vector<StaffMember> staff;
    for (int i = 1; i <= 10; ++i)
        staff.push_back(Samples::person(u"G%1"_s.arg(i, 2, 10, QChar(u'0')), u"Người %1"_s.arg(i), u"AG"_s));
    staff.push_back(Samples::person(u"V1"_s, u"Lê Thị Ánh"_s, u"AG"_s, u"vc"_s, u"Giáo viên"_s));
    staff.push_back(Samples::person(u"W9"_s, u"Phạm Văn Khác"_s, u"WN"_s));
    QVERIFY(Samples::insertStaff(m_db->db(), staff));
    m_registry = std::make_unique<RegistryService>(m_db->db(), *m_clock);
    m_service = std::make_unique<EvaluationService>(m_db->db(), *m_clock);
    m_service->setActor(u"app:tester"_s);
    m_controller = std::make_unique<EvaluationController>(*m_service, *m_registry);
    m_controller->setToday(QDate(2026, 12, 10));
    m_controller->setUnitCode(u"AG"_s);
}

void TestEvaluationController::cleanup()
{
    m_controller.reset();
    m_service.reset();
    m_registry.reset();
    m_clock.reset();
    m_db.reset();
}

void TestEvaluationController::defaultUnitIsTheOneWithMostPeople()
{
    QCOMPARE(m_controller->defaultUnit(), u"AG"_s);
    QCOMPARE(m_controller->year(), 2026);
    QCOMPARE(m_controller->grid()->count(), 11);
    QCOMPARE(m_controller->unitName(), u"Phòng Nội vụ"_s);
    QVERIFY(m_controller->transitionAvailable()); // 2026, a viên chức in the unit (ND 233/2026 Art 20)
    m_controller->setYear(2025);
    QVERIFY(!m_controller->transitionAvailable());
}

void TestEvaluationController::capFollowsTheProposalsAndTheException()
{
    QSignalSpy summary(m_controller.get(), &EvaluationController::summaryChanged);
    // 8 HTTNV and 2 HTXSNV among the "Chuyên viên": 20% of 8 is 1 → over the cap (ND 335/2025; QĐ 366 Art 11).
    for (int i = 1; i <= 8; ++i)
        type(u"G%1"_s.arg(i, 2, 10, QChar(u'0')), G::ProposedLevelColumn, u"T"_s);
    QVERIFY(!m_controller->capExceeded());
    type(u"G09"_s, G::ProposedLevelColumn, u"X"_s);
    QVERIFY(!m_controller->capExceeded());
    type(u"G10"_s, G::ProposedLevelColumn, u"1"_s);
    QVERIFY(summary.count() >= 10);
    QVariantMap g = group(u"Chuyên viên"_s);
    QCOMPARE(g.value(u"good"_s).toInt(), 8);
    QCOMPARE(g.value(u"excellent"_s).toInt(), 2);
    QCOMPARE(g.value(u"limit"_s).toInt(), 1);
    QCOMPARE(g.value(u"exceeded"_s).toBool(), true);
    QCOMPARE(g.value(u"exception"_s).toBool(), false);
    QVERIFY(m_controller->capExceeded());

    // The unit recognised as outstanding: 25% of 8 is 2.
    QVERIFY(m_controller->recordCapException(u"05/QĐ-UBND"_s, u"Tập thể lao động xuất sắc"_s));
    g = group(u"Chuyên viên"_s);
    QCOMPARE(g.value(u"exception"_s).toBool(), true);
    QCOMPARE(g.value(u"limit"_s).toInt(), 2);
    QCOMPARE(g.value(u"exceeded"_s).toBool(), false);
    QCOMPARE(m_controller->capException().value(u"decisionNo"_s).toString(), u"05/QĐ-UBND"_s);
    QVERIFY(m_controller->removeCapException());
    QVERIFY(m_controller->capException().isEmpty());
    QVERIFY(m_controller->capExceeded());
    // Undo of the last HTXSNV brings the group back under the cap.
    QVERIFY(m_controller->undo());
    QVERIFY(!m_controller->capExceeded());
}

void TestEvaluationController::undoRevertsTheLastGridChange()
{
    QSignalSpy info(m_controller.get(), &EvaluationController::infoMessage);
    type(u"G01"_s, G::MonthsAbsentColumn, u"4"_s);
    type(u"G01"_s, G::TaskGroupColumn, u"ke_toan"_s);
    QVERIFY(m_controller->undo());
    QCOMPARE(info.count(), 1);
    std::optional<Evaluation> e = m_service->find(u"G01"_s, 2026);
    QVERIFY(e);
    QVERIFY(e->taskGroup.isEmpty());
    QCOMPARE(e->monthsAbsent, 4);
    QVERIFY(m_controller->undo());
    QVERIFY(!m_service->find(u"G01"_s, 2026));
    QVERIFY(!m_controller->undo());
}

void TestEvaluationController::copyTaskGroupsFromLastYear()
{
    Evaluation last;
    last.staffCode = u"G01"_s;
    last.year = 2025;
    last.taskGroup = u"ke_toan"_s;
    last.status = u"draft"_s;
    QVERIFY(m_service->save(last).ok());
    last.staffCode = u"G02"_s;
    last.taskGroup = u"van_thu"_s;
    QVERIFY(m_service->save(last).ok());
    type(u"G02"_s, G::TaskGroupColumn, u"giu_nguyen"_s); // already set this year: kept

    QSignalSpy info(m_controller.get(), &EvaluationController::infoMessage);
    QCOMPARE(m_controller->copyTaskGroups(), 1);
    QCOMPARE(info.count(), 1);
    QCOMPARE(m_service->find(u"G01"_s, 2026)->taskGroup, u"ke_toan"_s);
    QCOMPARE(m_service->find(u"G02"_s, 2026)->taskGroup, u"giu_nguyen"_s);
    const int row = m_controller->grid()->rowOf(u"G01"_s);
    QCOMPARE(m_controller->grid()->index(row).data(G::TaskGroupRole).toString(), u"ke_toan"_s);
}

void TestEvaluationController::decideWithinTheMaximum()
{
    type(u"G03"_s, G::ProposedLevelColumn, u"T"_s);
    m_controller->select(u"G03"_s);
    QCOMPARE(m_controller->selected().value(u"locked"_s).toBool(), false);
    // draft → self_assessed (needs the self level) → proposed, one step at a time.
    QCOMPARE(m_controller->selected().value(u"nextStatuses"_s).toList().size(), 1);
    QSignalSpy errors(m_controller.get(), &EvaluationController::errorOccurred);
    QVERIFY(!m_controller->advance(u"self_assessed"_s));
    QCOMPARE(errors.count(), 1);
    type(u"G03"_s, G::SelfLevelColumn, u"T"_s);
    QVERIFY(m_controller->advance(u"self_assessed"_s));
    QVERIFY(m_controller->advance(u"proposed"_s));
    QCOMPARE(m_controller->selected().value(u"status"_s).toString(), u"proposed"_s);
    QVERIFY(!m_controller->grid()->canUndo()); // a workflow step is not undone by a save
    QSignalSpy changed(m_controller.get(), &EvaluationController::evaluationsChanged);
    const QVariantMap answer = m_controller->decide(u"tot"_s, u"12/QĐ-UBND"_s, u"2026-12-05"_s);
    QVERIFY2(answer.value(u"ok"_s).toBool(), qPrintable(answer.value(u"message"_s).toString()));
    QCOMPARE(changed.count(), 1);
    const std::optional<Evaluation> e = m_service->find(u"G03"_s, 2026);
    QCOMPARE(e->finalLevel, u"tot"_s);
    QCOMPARE(e->status, u"decided"_s);
    QCOMPARE(e->decisionNo, u"12/QĐ-UBND"_s);
    QCOMPARE(e->decisionDate, QDate(2026, 12, 5));
    QCOMPARE(m_controller->lastDecisionNo(), u"12/QĐ-UBND"_s);
    QCOMPARE(m_controller->lastDecisionDate(), u"2026-12-05"_s);
    QCOMPARE(m_controller->selected().value(u"finalLevelText"_s).toString(), EvaluationGridModel::levelText(u"tot"_s));
    QVariantMap sel = m_controller->selected();
    QCOMPARE(sel.value(u"locked"_s).toBool(), true);
    QVERIFY(sel.value(u"nextStatuses"_s).toList().isEmpty());
    QCOMPARE(m_controller->decidedCount(), 1);
    // The decided row is read-only in the grid.
    const int row = m_controller->grid()->rowOf(u"G03"_s);
    QVERIFY(m_controller->grid()->isLocked(row));
    QVERIFY(!m_controller->grid()->setCell(row, G::ProposedLevelColumn, u"X"_s));
    QCOMPARE(m_service->find(u"G03"_s, 2026)->proposedLevel, u"tot"_s);
}

void TestEvaluationController::decideAboveTheMaximumNeedsAReason()
{
    type(u"G04"_s, G::MonthsAbsentColumn, u"4"_s); // at most HTNV (3 to under 6 months of leave)
    type(u"G04"_s, G::ProposedLevelColumn, u"H"_s);
    type(u"G04"_s, G::SelfLevelColumn, u"H"_s);
    m_controller->select(u"G04"_s);
    // Not proposed yet: refused for that, and no override is asked.
    QSignalSpy errors(m_controller.get(), &EvaluationController::errorOccurred);
    QVariantMap early = m_controller->decide(u"tot"_s, u"12/QĐ-UBND"_s, u"2026-12-05"_s);
    QCOMPARE(early.value(u"ok"_s).toBool(), false);
    QCOMPARE(early.value(u"needsOverride"_s).toBool(), false);
    QCOMPARE(errors.count(), 1);
    QVERIFY(m_controller->advance(u"self_assessed"_s));
    QVERIFY(m_controller->advance(u"proposed"_s));
    QCOMPARE(m_controller->selected().value(u"maxLevel"_s).toString(), u"hoan_thanh"_s);
    QVariantMap answer = m_controller->decide(u"tot"_s, u"12/QĐ-UBND"_s, u"2026-12-05"_s);
    QCOMPARE(answer.value(u"ok"_s).toBool(), false);
    QCOMPARE(answer.value(u"needsOverride"_s).toBool(), true);
    QVERIFY(!answer.value(u"message"_s).toString().isEmpty());
    QVERIFY(m_service->find(u"G04"_s, 2026)->finalLevel.isEmpty());

    answer = m_controller->decide(u"tot"_s, u"12/QĐ-UBND"_s, u"2026-12-05"_s, u"Nghỉ ốm có xác nhận; đã bù"_s);
    QVERIFY2(answer.value(u"ok"_s).toBool(), qPrintable(answer.value(u"message"_s).toString()));
    const std::optional<Evaluation> e = m_service->find(u"G04"_s, 2026);
    QCOMPARE(e->finalLevel, u"tot"_s);
    QCOMPARE(e->overrideReason, u"Nghỉ ốm có xác nhận; đã bù"_s);
    QCOMPARE(m_controller->selected().value(u"overrideReason"_s).toString(), u"Nghỉ ốm có xác nhận; đã bù"_s);
    QVERIFY(m_controller->grid()->index(m_controller->grid()->rowOf(u"G04"_s))
                .data(G::FlagsRole).toStringList().contains(u"above_max_level"_s));
}

void TestEvaluationController::reopenNeedsAReason()
{
    type(u"G05"_s, G::ProposedLevelColumn, u"H"_s);
    type(u"G05"_s, G::SelfLevelColumn, u"H"_s);
    m_controller->select(u"G05"_s);
    QVERIFY(m_controller->advance(u"self_assessed"_s));
    QVERIFY(m_controller->advance(u"proposed"_s));
    QVERIFY(m_controller->decide(u"hoan_thanh"_s, u"12/QĐ-UBND"_s, u"2026-12-05"_s).value(u"ok"_s).toBool());
    QSignalSpy errors(m_controller.get(), &EvaluationController::errorOccurred);
    QVERIFY(!m_controller->reopen(QString()));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_service->find(u"G05"_s, 2026)->status, u"decided"_s);
    QVERIFY(m_controller->reopen(u"Sai sót khi nhập"_s));
    QCOMPARE(m_service->find(u"G05"_s, 2026)->status, u"proposed"_s);
    QCOMPARE(m_controller->selected().value(u"locked"_s).toBool(), false);
    const int row = m_controller->grid()->rowOf(u"G05"_s);
    QVERIFY(m_controller->grid()->isEditable(row, G::ProposedLevelColumn));
}

void TestEvaluationController::formRoundTrip()
{
    m_controller->select(u"G06"_s);
    QVariantMap form = m_controller->form();
    QVERIFY(form.contains(u"politics"_s));
    QVERIFY(form.value(u"politics"_s).toString().isEmpty());
    form.insert(u"politics"_s, u"Chấp hành tốt chủ trương, đường lối"_s);
    form.insert(u"strengths"_s, u"Tận tụy"_s);
    QVERIFY(m_controller->saveForm(form, u"tot"_s));
    const EvaluationForm stored = m_service->form(u"G06"_s, 2026);
    QCOMPARE(stored.politics, u"Chấp hành tốt chủ trương, đường lối"_s);
    QCOMPARE(stored.strengths, u"Tận tụy"_s);
    QCOMPARE(m_service->find(u"G06"_s, 2026)->selfLevel, u"tot"_s);
    QCOMPARE(m_controller->form().value(u"strengths"_s).toString(), u"Tận tụy"_s);
    QCOMPARE(m_controller->selected().value(u"selfLevel"_s).toString(), u"tot"_s);
}

void TestEvaluationController::flagSummaryCounts()
{
    type(u"G07"_s, G::MonthsWorkedColumn, u"3"_s);
    type(u"G08"_s, G::MonthsWorkedColumn, u"5"_s);
    type(u"G09"_s, G::MonthsAbsentColumn, u"4"_s);
    QMap<QString, int> counts;
    for (const QVariant &f : m_controller->flagSummary())
        counts.insert(f.toMap().value(u"flag"_s).toString(), f.toMap().value(u"count"_s).toInt());
    QCOMPARE(counts.value(u"short_service"_s), 2);
    QCOMPARE(counts.value(u"absence_cap"_s), 1);
}

void TestEvaluationController::summaryCsvIsWritten()
{
    type(u"G01"_s, G::ProposedLevelColumn, u"T"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(m_controller->summaryFileName(u"csv"_s), u"xep-loai-2026-AG.csv"_s);
    const QString path = dir.filePath(u"summary.csv"_s);
    QSignalSpy info(m_controller.get(), &EvaluationController::infoMessage);
    QCOMPARE(m_controller->writeSummary(u"csv"_s, QUrl::fromLocalFile(path).toString()), path);
    QCOMPARE(info.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u"G01"_s), qPrintable(text.left(300)));
    // A path that cannot be written: an error, no file.
    QSignalSpy errors(m_controller.get(), &EvaluationController::errorOccurred);
    QVERIFY(m_controller->writeSummary(u"csv"_s, dir.filePath(u"missing/dir/x.csv"_s)).isEmpty());
    QCOMPARE(errors.count(), 1);
}

QTEST_GUILESS_MAIN(TestEvaluationController)
#include "tst_evaluationcontroller.moc"
