// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/evaluationgridmodel.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/evaluationservice.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using G = EvaluationGridModel;

/**
 * EvaluationGridModel (issue 4 §5): the unit's people of a year, cells written through
 * EvaluationService at once, the level keys, refusals kept as cell errors with nothing stored, the
 * live assessment (flags, maximum level, a proposal above it), undo, the diacritics-blind filter, the
 * Tab order over editable cells and decided rows read-only. Sample town: AG is an agency.
 */
class TestEvaluationGridModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadsTheUnitsPeopleAsDrafts();
    void levelKeys_data();
    void levelKeys();
    void cellWritesThroughTheService();
    void badTextIsACellErrorAndStoresNothing();
    void rowIsAssessedAgainAfterAWrite();
    void proposalAboveTheMaximumWarns();
    void undoSavesBackThePreviousState();
    void filterIgnoresDiacritics();
    void tabOrderVisitsEditableCellsOnly();
    void decidedRowsAreReadOnly();

private:
    [[nodiscard]] int rowOf(const QString &code) const { return m_model->rowOf(code); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<EvaluationService> m_service;
    std::unique_ptr<EvaluationGridModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEvaluationGridModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEvaluationGridModel::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 10), QTime(9, 0)));
    m_service = std::make_unique<EvaluationService>(m_db->db(), *m_clock);
    m_service->setActor(u"tester"_s);
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    std::vector<StaffMember> staff{Samples::person(u"A1"_s, u"Lê Thị Ánh"_s, u"AG"_s, u"vc"_s, u"Chuyên viên"_s),
                                   Samples::person(u"A2"_s, u"Nguyễn Văn Bình"_s, u"AG"_s),
                                   Samples::person(u"A3"_s, u"Trần Văn Cường"_s, u"AG"_s),
                                   Samples::person(u"W9"_s, u"Phạm Văn Khác"_s, u"WN"_s)};
    QVERIFY(Samples::insertStaff(m_db->db(), staff));
    m_model = std::make_unique<EvaluationGridModel>(*m_service);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->load(u"AG"_s, 2026);
}

void TestEvaluationGridModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestEvaluationGridModel::loadsTheUnitsPeopleAsDrafts()
{
    QCOMPARE(m_model->count(), 3);
    QCOMPARE(m_model->columns().size(), int(G::ColumnCount));
    QCOMPARE(m_model->rowOf(u"W9"_s), -1); // another unit
    const int r = rowOf(u"A2"_s);
    QVERIFY(r >= 0);
    const QModelIndex idx = m_model->index(r);
    QCOMPARE(idx.data(G::StatusRole).toString(), u"draft"_s);
    QCOMPARE(idx.data(G::LockedRole).toBool(), false);
    const QStringList cells = idx.data(G::CellsRole).toStringList();
    QCOMPARE(cells.size(), int(G::ColumnCount));
    QCOMPARE(cells.at(G::NameColumn), u"Nguyễn Văn Bình"_s);
    QCOMPARE(cells.at(G::MonthsWorkedColumn), u"12"_s);
    QCOMPARE(cells.at(G::MaxLevelColumn), u"HTXSNV"_s);
    QVERIFY(!m_service->find(u"A2"_s, 2026)); // nothing stored by looking
}

void TestEvaluationGridModel::levelKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("level");
    QTest::newRow("X = HTXSNV") << u"X"_s << u"xuat_sac"_s;
    QTest::newRow("x lower case") << u"x"_s << u"xuat_sac"_s;
    QTest::newRow("1 = HTXSNV") << u"1"_s << u"xuat_sac"_s;
    QTest::newRow("T = HTTNV") << u"T"_s << u"tot"_s;
    QTest::newRow("2 = HTTNV") << u"2"_s << u"tot"_s;
    QTest::newRow("H = HTNV") << u"h"_s << u"hoan_thanh"_s;
    QTest::newRow("3 = HTNV") << u"3"_s << u"hoan_thanh"_s;
    QTest::newRow("K = KHTNV") << u"K"_s << u"khong_hoan_thanh"_s;
    QTest::newRow("4 = KHTNV") << u"4"_s << u"khong_hoan_thanh"_s;
    QTest::newRow("5 is nothing") << u"5"_s << QString();
    QTest::newRow("Q is nothing") << u"Q"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestEvaluationGridModel::levelKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, level);
    QCOMPARE(EvaluationGridModel::levelForKey(key), level);
}

void TestEvaluationGridModel::cellWritesThroughTheService()
{
    const int r = rowOf(u"A2"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy saved(m_model.get(), &EvaluationGridModel::rowsSaved);
    QVERIFY(m_model->setCell(r, G::ProposedLevelColumn, u"T"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), r);
    QCOMPARE(saved.count(), 1);
    const std::optional<Evaluation> stored = m_service->find(u"A2"_s, 2026);
    QVERIFY(stored);
    QCOMPARE(stored->proposedLevel, u"tot"_s);
    QVERIFY(stored->finalLevel.isEmpty());
    QCOMPARE(stored->status, u"draft"_s);
    QCOMPARE(m_model->index(r).data(G::CellsRole).toStringList().at(G::ProposedLevelColumn), u"HTTNV"_s);

    QVERIFY(m_model->setCell(r, G::TaskGroupColumn, u"ke_toan"_s));
    QVERIFY(m_model->setCell(r, G::ScoreColumn, u"87,5"_s));
    QVERIFY(m_model->setCell(r, G::MaternityColumn, u"1"_s));
    const std::optional<Evaluation> again = m_service->find(u"A2"_s, 2026);
    QCOMPARE(again->taskGroup, u"ke_toan"_s);
    QCOMPARE(again->scoreTenths, std::optional<int>(875));
    QCOMPARE(again->maternityLeave, true);
    QCOMPARE(again->proposedLevel, u"tot"_s); // other cells kept
    QCOMPARE(m_model->editText(r, G::ScoreColumn), u"87.5"_s);

    // Delete clears a level.
    QVERIFY(m_model->setCell(r, G::ProposedLevelColumn, QString()));
    QVERIFY(m_service->find(u"A2"_s, 2026)->proposedLevel.isEmpty());
}

void TestEvaluationGridModel::badTextIsACellErrorAndStoresNothing()
{
    const int r = rowOf(u"A3"_s);
    QSignalSpy saved(m_model.get(), &EvaluationGridModel::rowsSaved);
    QVERIFY(!m_model->setCell(r, G::MonthsWorkedColumn, u"13"_s));
    QVERIFY(!m_model->errorAt(r, G::MonthsWorkedColumn).isEmpty());
    QVERIFY(!m_model->setCell(r, G::ScoreColumn, u"101"_s));
    QVERIFY(!m_model->setCell(r, G::ProposedLevelColumn, u"Q"_s));
    QVERIFY(m_model->errorAt(r, G::ProposedLevelColumn).contains(u"X/1"_s));
    QCOMPARE(saved.count(), 0);
    QVERIFY(!m_service->find(u"A3"_s, 2026));
    QCOMPARE(m_model->canUndo(), false);
    // A good write clears the row's errors.
    QVERIFY(m_model->setCell(r, G::MonthsWorkedColumn, u"11"_s));
    QVERIFY(m_model->errorAt(r, G::MonthsWorkedColumn).isEmpty());
    QVERIFY(m_model->errorAt(r, G::ProposedLevelColumn).isEmpty());
}

void TestEvaluationGridModel::rowIsAssessedAgainAfterAWrite()
{
    const int r = rowOf(u"A2"_s);
    // ND 90/2020 Art 2 (as amended): under 6 months worked, not on maternity leave → not rated.
    QVERIFY(m_model->setCell(r, G::MonthsWorkedColumn, u"4"_s));
    QModelIndex idx = m_model->index(r);
    QCOMPARE(idx.data(G::RatedRole).toBool(), false);
    QVERIFY(idx.data(G::FlagsRole).toStringList().contains(u"short_service"_s));
    QCOMPARE(idx.data(G::CellsRole).toStringList().at(G::MaxLevelColumn), EvaluationGridModel::flagLabel(u"short_service"_s));
    // Maternity leave: rated again.
    QVERIFY(m_model->setCell(r, G::MaternityColumn, u"1"_s));
    idx = m_model->index(r);
    QCOMPARE(idx.data(G::RatedRole).toBool(), true);
    QCOMPARE(idx.data(G::MaxLevelRole).toString(), u"xuat_sac"_s);
}

void TestEvaluationGridModel::proposalAboveTheMaximumWarns()
{
    const int r = rowOf(u"A2"_s);
    // 3 to under 6 months of lawful leave: at most HTNV.
    QVERIFY(m_model->setCell(r, G::MonthsAbsentColumn, u"4"_s));
    QCOMPARE(m_model->index(r).data(G::MaxLevelRole).toString(), u"hoan_thanh"_s);
    QVERIFY(m_model->index(r).data(G::FlagsRole).toStringList().contains(u"absence_cap"_s));
    QVERIFY(m_model->setCell(r, G::ProposedLevelColumn, u"x"_s)); // stored: a proposal is not a decision
    QCOMPARE(m_service->find(u"A2"_s, 2026)->proposedLevel, u"xuat_sac"_s);
    QVERIFY(m_model->errorAt(r, G::ProposedLevelColumn).contains(u"HTNV"_s));
    QVERIFY(m_model->setCell(r, G::ProposedLevelColumn, u"3"_s));
    QVERIFY(m_model->errorAt(r, G::ProposedLevelColumn).isEmpty());
}

void TestEvaluationGridModel::undoSavesBackThePreviousState()
{
    const int r = rowOf(u"A2"_s);
    QVERIFY(!m_model->canUndo());
    QVERIFY(m_model->setCell(r, G::ProposedLevelColumn, u"T"_s));
    QVERIFY(m_model->setCell(r, G::ProposedLevelColumn, u"X"_s));
    QVERIFY(m_model->canUndo());
    QVERIFY(m_model->undoText().startsWith(u"A2"_s));
    QVERIFY(m_model->undo());
    QCOMPARE(m_service->find(u"A2"_s, 2026)->proposedLevel, u"tot"_s);
    QCOMPARE(m_model->index(r).data(G::ProposedLevelRole).toString(), u"tot"_s);
    // The first change created the row: undoing it removes the row again.
    QVERIFY(m_model->undo());
    QVERIFY(!m_service->find(u"A2"_s, 2026));
    QCOMPARE(m_model->index(r).data(G::ProposedLevelRole).toString(), QString());
    QVERIFY(!m_model->canUndo());
    QVERIFY(!m_model->undo());
}

void TestEvaluationGridModel::filterIgnoresDiacritics()
{
    QSignalSpy count(m_model.get(), &EvaluationGridModel::countChanged);
    m_model->setFilter(u"anh"_s);
    QCOMPARE(m_model->count(), 1);
    QCOMPARE(m_model->codeAt(0), u"A1"_s);
    QCOMPARE(m_model->total(), 3);
    m_model->setFilter(u"CƯỜNG"_s);
    QCOMPARE(m_model->codeAt(0), u"A3"_s);
    // Writes address the visible row.
    QVERIFY(m_model->setCell(0, G::ProposedLevelColumn, u"2"_s));
    QCOMPARE(m_service->find(u"A3"_s, 2026)->proposedLevel, u"tot"_s);
    m_model->setFilter(QString());
    QCOMPARE(m_model->count(), 3);
    QCOMPARE(count.count(), 2); // 3 → 1, (1 → 1), 1 → 3
}

void TestEvaluationGridModel::tabOrderVisitsEditableCellsOnly()
{
    QVariantMap next = m_model->nextEditable(0, G::NameColumn);
    QCOMPARE(next.value(u"row"_s).toInt(), 0);
    QCOMPARE(next.value(u"column"_s).toInt(), int(G::TaskGroupColumn));
    next = m_model->nextEditable(0, G::ProposedLevelColumn);
    QCOMPARE(next.value(u"row"_s).toInt(), 1);
    QCOMPARE(next.value(u"column"_s).toInt(), int(G::TaskGroupColumn));
    next = m_model->nextEditable(1, G::TaskGroupColumn, true);
    QCOMPARE(next.value(u"row"_s).toInt(), 0);
    QCOMPARE(next.value(u"column"_s).toInt(), int(G::ProposedLevelColumn));
    next = m_model->nextEditable(2, G::ProposedLevelColumn);
    QCOMPARE(next.value(u"row"_s).toInt(), -1);
}

void TestEvaluationGridModel::decidedRowsAreReadOnly()
{
    const int r = rowOf(u"A2"_s);
    QVERIFY(m_model->setCell(r, G::ProposedLevelColumn, u"T"_s));
    QVERIFY(m_model->setCell(r, G::SelfLevelColumn, u"T"_s));
    QVERIFY(m_service->advance(u"A2"_s, 2026, u"self_assessed"_s).ok());
    QVERIFY(m_service->advance(u"A2"_s, 2026, u"proposed"_s).ok());
    QVERIFY(m_service->decide(u"A2"_s, 2026, u"tot"_s, u"12/QĐ-UBND"_s, QDate(2026, 12, 5)).ok());
    m_model->reload();
    const int row = rowOf(u"A2"_s);
    QVERIFY(m_model->isLocked(row));
    QCOMPARE(m_model->index(row).data(G::LockedRole).toBool(), true);
    QCOMPARE(m_model->index(row).data(G::CellsRole).toStringList().at(G::FinalLevelColumn), u"HTTNV"_s);
    for (int c = 0; c < G::ColumnCount; ++c)
        QVERIFY(!m_model->isEditable(row, c));
    QVERIFY(!m_model->setCell(row, G::ProposedLevelColumn, u"X"_s));
    QVERIFY(!m_model->errorAt(row, G::ProposedLevelColumn).isEmpty());
    QCOMPARE(m_service->find(u"A2"_s, 2026)->proposedLevel, u"tot"_s);
    // Tab skips the locked row.
    QCOMPARE(row, 1); // rows by staff code: A1, A2, A3
    const QVariantMap next = m_model->nextEditable(0, G::ProposedLevelColumn);
    QCOMPARE(next.value(u"row"_s).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestEvaluationGridModel)
#include "tst_evaluationgridmodel.moc"
