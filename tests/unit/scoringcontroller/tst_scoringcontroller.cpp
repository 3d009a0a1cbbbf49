// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scoringcontroller.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/evaluationservice.h"
#include "services/scoringservice.h"
#include "storage/evaluationrepository.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

/**
 * ScoringController: the editor recomputes item points, task points, score and band in C++ on every
 * change and shows field errors live; a save lists the period with its score; the yearly score follows
 * the weighting setting (with its UNSURE note) and is written to the evaluation; a decided year and a
 * person outside ND 335/2025 are shown as such and refused.
 */
class TestScoringController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void editorComputesLive();
    void editorShowsFieldErrors();
    void saveListsThePeriod();
    void newPeriodTakesTheNextFreeNumber();
    void editAndRemove();
    void weightingChangesTheYearlyScore();
    void applyWritesTheEvaluation();
    void notApplicableAndLocked();

private:
    /** Fills the editor with one item of 4 assigned, 3 done, one quality error, and 28 general points. */
    void fillEditor();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ScoringService> m_service;
    std::unique_ptr<EvaluationService> m_evaluations;
    std::unique_ptr<ScoringController> m_controller;
};

void TestScoringController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestScoringController::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 10), QTime(9, 0)));
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    QVERIFY(Samples::insertStaff(m_db->db(),
                                 {Samples::person(u"A"_s, u"Nguyễn Văn An"_s, u"WN"_s, u"cc"_s),
                                  Samples::person(u"B"_s, u"Trần Thị Bình"_s, u"WN"_s, u"vc"_s, u"Giáo viên"_s)}));
    m_service = std::make_unique<ScoringService>(m_db->db(), *m_clock);
    m_evaluations = std::make_unique<EvaluationService>(m_db->db(), *m_clock);
    m_controller = std::make_unique<ScoringController>(*m_service, *m_evaluations);
    m_controller->open(u"A"_s, 2026);
}

void TestScoringController::cleanup()
{
    m_controller.reset();
    m_evaluations.reset();
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestScoringController::fillEditor()
{
    m_controller->newPeriod(u"month"_s);
    m_controller->setEditGeneralPoints(28.0);
    m_controller->setItemTitle(0, u"Hồ sơ một cửa"_s);
    m_controller->setItemValue(0, u"assigned"_s, 4);
    m_controller->setItemValue(0, u"done"_s, 3);
    m_controller->setItemValue(0, u"qualityFailures"_s, 1);
}

void TestScoringController::editorComputesLive()
{
    QVERIFY(m_controller->applicable());
    QSignalSpy editing(m_controller.get(), &ScoringController::editingChanged);
    QSignalSpy changed(m_controller.get(), &ScoringController::editChanged);
    fillEditor();
    QVERIFY(m_controller->editing());
    QCOMPARE(editing.count(), 1);
    QCOMPARE(changed.count(), 6); // open + 5 changes
    QVariantMap edit = m_controller->edit();
    QCOMPARE(edit.value(u"kind"_s).toString(), u"month"_s);
    QCOMPARE(edit.value(u"number"_s).toInt(), 1);
    // 70 × (12 − 1) / 16 = 48.125 → 48.1; + 28 = 76.1 (HTTNV band)
    QCOMPARE(edit.value(u"taskText"_s).toString(), u"48.1"_s);
    QCOMPARE(edit.value(u"scoreText"_s).toString(), u"76.1"_s);
    QVERIFY(!edit.value(u"levelLabel"_s).toString().isEmpty());
    QVERIFY(edit.value(u"valid"_s).toBool());
    // A second item of equal weight halves the first item's share.
    QCOMPARE(m_controller->addItem(), 1);
    m_controller->setItemTitle(1, u"Báo cáo"_s);
    m_controller->setItemValue(1, u"done"_s, 1);
    edit = m_controller->edit();
    const QVariantList items = edit.value(u"items"_s).toList();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toMap().value(u"pointsText"_s).toString(), u"24.1"_s); // 24.0625
    QCOMPARE(items.at(1).toMap().value(u"pointsText"_s).toString(), u"35.0"_s);
    QCOMPARE(edit.value(u"taskText"_s).toString(), u"59.1"_s);
    QCOMPARE(edit.value(u"scoreText"_s).toString(), u"87.1"_s);
    m_controller->removeItem(1);
    QCOMPARE(m_controller->edit().value(u"scoreText"_s).toString(), u"76.1"_s);
    // Unknown field: nothing changes.
    const int before = changed.count();
    m_controller->setItemValue(0, u"bogus"_s, 3);
    QCOMPARE(changed.count(), before);
}

void TestScoringController::editorShowsFieldErrors()
{
    fillEditor();
    m_controller->setItemValue(0, u"done"_s, 5);
    m_controller->setEditGeneralPoints(31.0);
    const QVariantMap edit = m_controller->edit();
    QVERIFY(!edit.value(u"valid"_s).toBool());
    const QVariantMap fieldErrors = edit.value(u"fieldErrors"_s).toMap();
    QVERIFY(fieldErrors.contains(u"items.0.done"_s));
    QVERIFY(fieldErrors.contains(u"general_points"_s));
    QSignalSpy errors(m_controller.get(), &ScoringController::errorOccurred);
    QVERIFY(!m_controller->saveEdit());
    QCOMPARE(errors.count(), 1);
    QVERIFY(m_controller->editing()); // the editor stays open with the input
    QCOMPARE(m_controller->periods().size(), 0);
}

void TestScoringController::saveListsThePeriod()
{
    fillEditor();
    QSignalSpy saved(m_controller.get(), &ScoringController::periodSaved);
    QSignalSpy periods(m_controller.get(), &ScoringController::periodsChanged);
    QVERIFY(m_controller->saveEdit());
    QCOMPARE(saved.count(), 1);
    QVERIFY(periods.count() >= 1);
    QVERIFY(!m_controller->editing());
    QVERIFY(m_controller->edit().isEmpty());
    const QVariantList list = m_controller->periods();
    QCOMPARE(list.size(), 1);
    const QVariantMap p = list.front().toMap();
    QCOMPARE(p.value(u"id"_s).toLongLong(), saved.front().at(0).toLongLong());
    QCOMPARE(p.value(u"label"_s).toString(), u"Month 1"_s);
    QCOMPARE(p.value(u"scoreText"_s).toString(), u"76.1"_s);
    QCOMPARE(p.value(u"score"_s).toInt(), 761);
    QCOMPARE(p.value(u"itemCount"_s).toInt(), 1);
    QCOMPARE(m_controller->yearlyScore(), 761);
    QCOMPARE(m_controller->yearlyScoreText(), u"76.1"_s);
    QVERIFY(!m_controller->yearlyLevelLabel().isEmpty());
}

void TestScoringController::newPeriodTakesTheNextFreeNumber()
{
    fillEditor();
    QVERIFY(m_controller->saveEdit());
    m_controller->newPeriod(u"month"_s);
    QCOMPARE(m_controller->edit().value(u"number"_s).toInt(), 2);
    m_controller->newPeriod(u"quarter"_s);
    QCOMPARE(m_controller->edit().value(u"number"_s).toInt(), 2); // quarter 1 holds month 1
    m_controller->cancelEdit();
    QVERIFY(!m_controller->editing());
}

void TestScoringController::editAndRemove()
{
    fillEditor();
    QVERIFY(m_controller->saveEdit());
    const qint64 id = m_controller->periods().front().toMap().value(u"id"_s).toLongLong();
    QVERIFY(m_controller->editPeriod(id));
    QCOMPARE(m_controller->edit().value(u"generalPoints"_s).toDouble(), 28.0);
    m_controller->setItemValue(0, u"qualityFailures"_s, 0);
    QVERIFY(m_controller->saveEdit());
    QCOMPARE(m_controller->periods().front().toMap().value(u"scoreText"_s).toString(), u"80.5"_s); // 52.5 + 28
    QVERIFY(m_controller->removePeriod(id));
    QCOMPARE(m_controller->periods().size(), 0);
    QCOMPARE(m_controller->yearlyScore(), -1);
    QSignalSpy errors(m_controller.get(), &ScoringController::errorOccurred);
    QVERIFY(!m_controller->editPeriod(id));
    QCOMPARE(errors.count(), 1);
}

void TestScoringController::weightingChangesTheYearlyScore()
{
    QCOMPARE(m_controller->weighting(), u"equal"_s);
    QVERIFY(m_controller->weightingNote().contains(u"UNSURE"_s));
    QVERIFY(m_controller->weightingNote().contains(u"setting"_s));
    QCOMPARE(m_controller->weightingOptions().size(), 2);
    // Month 1: 30 + 70 = 100; quarter 2: 30 + 35 = 65.
    m_controller->newPeriod(u"month"_s);
    m_controller->setEditGeneralPoints(30);
    m_controller->setItemTitle(0, u"Một"_s);
    m_controller->setItemValue(0, u"done"_s, 1);
    QVERIFY(m_controller->saveEdit());
    m_controller->newPeriod(u"quarter"_s);
    m_controller->setEditGeneralPoints(30);
    m_controller->setItemTitle(0, u"Hai"_s);
    m_controller->setItemValue(0, u"assigned"_s, 2);
    m_controller->setItemValue(0, u"done"_s, 1);
    QVERIFY(m_controller->saveEdit());
    QCOMPARE(m_controller->yearlyScoreText(), u"82.5"_s);
    QSignalSpy weighting(m_controller.get(), &ScoringController::weightingChanged);
    QVERIFY(m_controller->setWeighting(u"by_months"_s));
    QCOMPARE(weighting.count(), 1);
    QCOMPARE(m_controller->weighting(), u"by_months"_s);
    QCOMPARE(m_controller->yearlyScoreText(), u"73.8"_s);
    QCOMPARE(m_service->weighting(), PeriodWeighting::ByMonths);
    QSignalSpy errors(m_controller.get(), &ScoringController::errorOccurred);
    QVERIFY(!m_controller->setWeighting(u"weekly"_s));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_controller->weighting(), u"by_months"_s);
}

void TestScoringController::applyWritesTheEvaluation()
{
    QSignalSpy errors(m_controller.get(), &ScoringController::errorOccurred);
    QVERIFY(!m_controller->applyYearlyScore()); // nothing scored
    QCOMPARE(errors.count(), 1);
    fillEditor();
    QVERIFY(m_controller->saveEdit());
    QCOMPARE(m_controller->appliedScoreText(), QString());
    QSignalSpy applied(m_controller.get(), &ScoringController::scoreApplied);
    QVERIFY(m_controller->applyYearlyScore());
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_controller->appliedScoreText(), u"76.1"_s);
    QCOMPARE(m_evaluations->find(u"A"_s, 2026)->scoreTenths, std::optional<int>(761));
}

void TestScoringController::notApplicableAndLocked()
{
    m_controller->open(u"B"_s, 2026);
    QVERIFY(!m_controller->applicable());
    QVERIFY(m_controller->notApplicableReason().contains(u"ND 335/2025"_s));
    m_controller->open(u"A"_s, 2025);
    QVERIFY(!m_controller->applicable());
    QVERIFY(m_controller->notApplicableReason().contains(u"2026"_s));
    m_controller->setYear(2026);
    QVERIFY(m_controller->applicable());
    QVERIFY(!m_controller->locked());

    Evaluation e;
    e.staffCode = u"A"_s;
    e.year = 2026;
    e.finalLevel = u"tot"_s;
    e.status = QString(EvaluationStatus::Decided);
    QVERIFY(EvaluationRepository(m_db->connection()).write(e) > 0);
    m_controller->reload();
    QVERIFY(m_controller->locked());
    fillEditor();
    QSignalSpy errors(m_controller.get(), &ScoringController::errorOccurred);
    QVERIFY(!m_controller->saveEdit());
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.front().at(0).toString().contains(u"decided"_s));
}

QTEST_GUILESS_MAIN(TestScoringController)
#include "tst_scoringcontroller.moc"
