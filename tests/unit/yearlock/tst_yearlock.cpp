// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/recordreaders.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/disciplineservice.h"
#include "services/evaluationservice.h"
#include "services/reviewservice.h"
#include "services/scoringservice.h"
#include "storage/disciplinerepository.h"
#include "storage/evaluationrepository.h"
#include "storage/periodscorerepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/** Rows of every table a locked write could touch, as one text: equal before and after a refused write. */
QString snapshot(Database &db)
{
    QString out;
    for (const char *table : {"evaluation", "evaluation_form", "evaluation_period", "discipline_decision", "setting",
                              "excellent_cap_exception", "audit_log"}) {
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT * FROM "_s + QString::fromLatin1(table)))
            continue; // a table another version names differently: the audit log still shows any write
        while (q.next()) {
            out += QString::fromLatin1(table) + u':';
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + u'|';
            out += u'\n';
        }
    }
    return out;
}

QByteArray evaluationsCsv(const QStringList &rows)
{
    return (u"staff_code,year,final_level,initiative\n"_s + rows.join(u'\n') + u'\n').toUtf8();
}

QByteArray disciplineCsv(const QStringList &rows)
{
    return (u"staff_code,form,decision_no,decision_date,effective_date\n"_s + rows.join(u'\n') + u'\n').toUtf8();
}

} // namespace

/**
 * The lock of a closed year (issue 7 item 3; ReviewService::closeYear): every write of the year's
 * evaluations (EvaluationService), ND 335 period scores (ScoringService) and discipline decisions
 * taking effect in it (DisciplineService) is refused with ReviewService::closedYearError, nothing is
 * written and no audit row is added; another year is unaffected; after reopenYear the same write
 * passes. Years 2026 (closed) and 2027 (open): the ND 335 scoring applies to both.
 * People of the sample town's agency AG, all civil servants: E1 (draft), E2 (proposed), E3 (decided),
 * in both years, with a period score, a cap exception; D1 with a khien_trach in each year.
 */
class TestYearLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void lockedWrite_data();
    void lockedWrite();
    void evaluationImportRowsOfClosedYear();
    void disciplineImportIntoClosedYear();
    void disciplineMovedOutOfClosedYear();
    void oneMessageEverywhere();

private:
    /** Runs the write named op on year; its result. */
    SaveResult write(const QString &op, int year);
    void evaluation(const QString &staff, int year, const QString &status);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ReviewService> m_review;
};

void TestYearLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestYearLock::evaluation(const QString &staff, int year, const QString &status)
{
    Evaluation e;
    e.staffCode = staff;
    e.year = year;
    e.selfLevel = u"tot"_s;
    e.proposedLevel = u"tot"_s;
    e.finalLevel = status == u"decided"_s ? u"tot"_s : QString();
    e.status = status;
    if (status == u"decided"_s) {
        e.decisionNo = u"1/QĐ"_s;
        e.decisionDate = QDate(year + 1, 1, 5);
    }
    QVERIFY(EvaluationRepository(m_db->connection()).write(e) > 0);
}

void TestYearLock::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2028, 1, 15), QTime(9, 0), Qt::UTC));
    m_review = std::make_unique<ReviewService>(m_db->db(), *m_clock);
    m_review->setActor(u"tester"_s);
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    QVERIFY(Samples::insertStaff(m_db->db(), {Samples::person(u"E1"_s, u"Nguyễn Văn An"_s, u"AG"_s),
                                             Samples::person(u"E2"_s, u"Trần Thị Bình"_s, u"AG"_s),
                                             Samples::person(u"E3"_s, u"Lê Văn Cường"_s, u"AG"_s),
                                             Samples::person(u"D1"_s, u"Phạm Thị Dung"_s, u"AG"_s)}));
    EvaluationService evaluations(m_db->db(), *m_clock);
    ScoringService scoring(m_db->db(), *m_clock);
    DisciplineService discipline(m_db->db(), *m_clock);
    for (const int year : {2026, 2027}) {
        evaluation(u"E1"_s, year, u"draft"_s);
        evaluation(u"E2"_s, year, u"proposed"_s);
        evaluation(u"E3"_s, year, u"decided"_s);
        QVERIFY(evaluations.recordCapException(u"AG"_s, year, u"5/QĐ-UBND"_s, {}).ok());
        EvaluationPeriod p;
        p.staffCode = u"E1"_s;
        p.year = year;
        p.number = 1;
        p.generalTenths = 300;
        TaskItem item;
        item.title = u"Báo cáo tháng"_s;
        item.done = 1;
        p.items = {item};
        QVERIFY(scoring.savePeriod(p).ok());
        DisciplineDecision d;
        d.staffCode = u"D1"_s;
        d.form = u"khien_trach"_s;
        d.decisionNo = u"%1/QĐ-KT"_s.arg(year);
        d.decisionDate = QDate(year, 3, 1);
        d.effectiveDate = d.decisionDate;
        QVERIFY(discipline.save(d).ok());
    }
    // E1's previous year has a task group to copy (copyTaskGroups reads Y−1).
    Evaluation before;
    before.staffCode = u"E1"_s;
    before.year = 2025;
    before.taskGroup = u"van_phong"_s;
    before.finalLevel = u"tot"_s;
    QVERIFY(EvaluationRepository(m_db->connection()).write(before) > 0);
    QVERIFY(m_review->closeYear(2026).ok());
}

void TestYearLock::cleanup()
{
    m_review.reset();
    m_clock.reset();
    m_db.reset();
}

SaveResult TestYearLock::write(const QString &op, int year)
{
    EvaluationService evaluations(m_db->db(), *m_clock);
    evaluations.setActor(u"tester"_s);
    ScoringService scoring(m_db->db(), *m_clock);
    scoring.setActor(u"tester"_s);
    DisciplineService discipline(m_db->db(), *m_clock);
    discipline.setActor(u"tester"_s);
    if (op == u"evaluation save"_s) {
        Evaluation e = *evaluations.find(u"E1"_s, year);
        e.note = u"ghi chú mới"_s;
        return evaluations.save(e);
    }
    if (op == u"evaluation save new"_s) {
        Evaluation e;
        e.staffCode = u"D1"_s;
        e.year = year;
        e.status = u"draft"_s;
        e.finalLevel.clear();
        return evaluations.save(e);
    }
    if (op == u"evaluation remove"_s)
        return evaluations.remove(u"E1"_s, year);
    if (op == u"evaluation saveForm"_s) {
        EvaluationForm f;
        f.strengths = u"Nhiệt tình"_s;
        return evaluations.saveForm(u"E1"_s, year, f);
    }
    if (op == u"evaluation advance"_s)
        return evaluations.advance(u"E1"_s, year, u"self_assessed"_s);
    if (op == u"evaluation decide"_s)
        return evaluations.decide(u"E2"_s, year, u"tot"_s, u"9/QĐ"_s, QDate(2028, 1, 10), {});
    if (op == u"evaluation reopen"_s)
        return evaluations.reopen(u"E3"_s, year, u"sai sót"_s);
    if (op == u"evaluation setScore"_s)
        return evaluations.setScore(u"E1"_s, year, 875);
    if (op == u"evaluation copyTaskGroups"_s) {
        SaveResult r;
        QString error;
        evaluations.copyTaskGroups(u"AG"_s, year, &error);
        r.error = error;
        return r;
    }
    if (op == u"evaluation setExcellentRate"_s)
        return evaluations.setExcellentRate(year, 0.15);
    if (op == u"evaluation recordCapException"_s)
        return evaluations.recordCapException(u"AG"_s, year, u"6/QĐ-UBND"_s, u"đơn vị xuất sắc"_s);
    if (op == u"evaluation removeCapException"_s)
        return evaluations.removeCapException(u"AG"_s, year);
    if (op == u"evaluation setNd90Transition"_s)
        return evaluations.setNd90Transition(u"AG"_s, year, true);
    if (op == u"scoring savePeriod"_s) {
        EvaluationPeriod p = scoring.periods(u"E1"_s, year).front();
        p.generalTenths = 250;
        return scoring.savePeriod(p);
    }
    if (op == u"scoring removePeriod"_s)
        return scoring.removePeriod(scoring.periods(u"E1"_s, year).front().id);
    if (op == u"scoring applyYearlyScore"_s)
        return scoring.applyYearlyScore(u"E1"_s, year);
    if (op == u"discipline save new"_s) {
        DisciplineDecision d;
        d.staffCode = u"D1"_s;
        d.form = u"khien_trach"_s;
        d.decisionNo = u"99/%1/QĐ-KT"_s.arg(year);
        d.decisionDate = QDate(year, 9, 1);
        return discipline.save(d);
    }
    if (op == u"discipline save update"_s) {
        DisciplineDecision d = *DisciplineRepository(m_db->connection()).find(u"D1"_s, u"%1/QĐ-KT"_s.arg(year));
        d.reason = u"đi muộn"_s;
        return discipline.save(d);
    }
    if (op == u"discipline remove"_s)
        return discipline.remove(DisciplineRepository(m_db->connection()).find(u"D1"_s, u"%1/QĐ-KT"_s.arg(year))->id);
    qFatal("unknown op");
}

void TestYearLock::lockedWrite_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<bool>("otherYearOk"); // false where 2027 is refused for its own reason (not the lock)
    for (const char *op : {"evaluation save", "evaluation save new", "evaluation remove", "evaluation saveForm",
                           "evaluation advance", "evaluation decide", "evaluation reopen", "evaluation setScore",
                           "evaluation copyTaskGroups", "evaluation setExcellentRate", "evaluation recordCapException",
                           "evaluation removeCapException", "scoring savePeriod", "scoring removePeriod",
                           "scoring applyYearlyScore", "discipline save new", "discipline save update",
                           "discipline remove"})
        QTest::newRow(op) << QString::fromLatin1(op) << true;
    // Only the 2026 rating may use the ND 90 criteria (ND 233/2026 Art 20): 2027 is refused anyway.
    QTest::newRow("evaluation setNd90Transition") << u"evaluation setNd90Transition"_s << false;
}

void TestYearLock::lockedWrite()
{
    QFETCH(QString, op);
    QFETCH(bool, otherYearOk);
    const QString locked = ReviewService::closedYearError(2026);
    const QString before = snapshot(m_db->db());
    const SaveResult refused = write(op, 2026);
    QStringList messages{refused.error};
    for (const FieldError &e : refused.fieldErrors)
        messages << e.message;
    QVERIFY2(messages.contains(locked), qPrintable(messages.join(u" / "_s)));
    QCOMPARE(snapshot(m_db->db()), before); // nothing written, no audit row

    // The open year is unaffected.
    const SaveResult other = write(op, 2027);
    if (otherYearOk)
        QVERIFY2(other.ok(), qPrintable(other.error + (other.fieldErrors.empty() ? QString() : other.fieldErrors.front().message)));
    else
        QVERIFY(!other.error.contains(u"closed"_s) && !other.fieldErrors.empty());

    // Reopened, the same write passes.
    QVERIFY(m_review->reopenYear(2026, u"sửa sai sót"_s).ok());
    const SaveResult again = write(op, 2026);
    QVERIFY2(again.ok(), qPrintable(again.error + (again.fieldErrors.empty() ? QString() : again.fieldErrors.front().message)));
}

void TestYearLock::evaluationImportRowsOfClosedYear()
{
    EvaluationService evaluations(m_db->db(), *m_clock);
    const QString before = snapshot(m_db->db());
    // A 2027 row is valid; the 2026 rows are refused, each naming its line: nothing is written.
    auto parsed = RecordReaders::readEvaluations(
        evaluationsCsv({u"E1,2027,tot,"_s, u"D1,2026,xuat_sac,x"_s, u"E2,2026,tot,"_s}));
    ImportReport report = evaluations.importEvaluations(parsed.rows, std::move(parsed.issues), {});
    QVERIFY(!report.written);
    QCOMPARE(report.rejected, 2);
    QCOMPARE(int(report.issues.size()), 2);
    QCOMPARE(report.issues.at(0).line, 3);
    QCOMPARE(report.issues.at(0).column, u"year"_s);
    QCOMPARE(report.issues.at(0).message, ReviewService::closedYearError(2026));
    QCOMPARE(report.issues.at(1).line, 4);
    QCOMPARE(snapshot(m_db->db()), before);
    // Reopened: the same file imports.
    QVERIFY(m_review->reopenYear(2026, u"nhập bổ sung"_s).ok());
    parsed = RecordReaders::readEvaluations(evaluationsCsv({u"E1,2027,tot,"_s, u"D1,2026,xuat_sac,x"_s}));
    report = evaluations.importEvaluations(parsed.rows, std::move(parsed.issues), {});
    QVERIFY(report.written);
    QVERIFY(report.issues.empty());
    QCOMPARE(evaluations.find(u"D1"_s, 2026)->finalLevel, u"xuat_sac"_s);
}

void TestYearLock::disciplineImportIntoClosedYear()
{
    DisciplineService discipline(m_db->db(), *m_clock);
    const QString before = snapshot(m_db->db());
    auto parsed = RecordReaders::readDiscipline(
        disciplineCsv({u"D1,khien_trach,50/QĐ,2027-05-01,"_s, u"E1,khien_trach,51/QĐ,2026-05-01,"_s,
                       u"E2,khien_trach,52/QĐ,2025-12-20,2026-01-02"_s}));
    const ImportReport report = discipline.importDecisions(parsed.rows, std::move(parsed.issues), {});
    QVERIFY(!report.written);
    QCOMPARE(report.rejected, 2);
    QCOMPARE(report.issues.at(0).line, 3);
    QCOMPARE(report.issues.at(0).column, u"decision_date"_s);
    QCOMPARE(report.issues.at(0).message, ReviewService::closedYearError(2026));
    QCOMPARE(report.issues.at(1).line, 4);
    QCOMPARE(report.issues.at(1).column, u"effective_date"_s); // decided in 2025, in effect in 2026
    QCOMPARE(snapshot(m_db->db()), before);
}

void TestYearLock::disciplineMovedOutOfClosedYear()
{
    DisciplineService discipline(m_db->db(), *m_clock);
    DisciplineDecision d = *DisciplineRepository(m_db->connection()).find(u"D1"_s, u"2026/QĐ-KT"_s);
    d.decisionDate = QDate(2027, 2, 1);
    d.effectiveDate = d.decisionDate;
    const QString before = snapshot(m_db->db());
    QCOMPARE(discipline.save(d).error, ReviewService::closedYearError(2026));
    // Through a file too: the stored decision of 2026 is matched by its number.
    auto parsed = RecordReaders::readDiscipline(disciplineCsv({u"D1,khien_trach,2026/QĐ-KT,2027-02-01,"_s}));
    const ImportReport report = discipline.importDecisions(parsed.rows, std::move(parsed.issues), {});
    QVERIFY(!report.written);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(snapshot(m_db->db()), before);
    // And a 2027 decision cannot be moved into the closed year.
    DisciplineDecision later = *DisciplineRepository(m_db->connection()).find(u"D1"_s, u"2027/QĐ-KT"_s);
    later.decisionDate = QDate(2026, 12, 1);
    later.effectiveDate = later.decisionDate;
    QCOMPARE(discipline.save(later).error, ReviewService::closedYearError(2026));
}

void TestYearLock::oneMessageEverywhere()
{
    const QString message = ReviewService::closedYearError(2026);
    QVERIFY(message.contains(u"2026"_s));
    QCOMPARE(EvaluationService(m_db->db(), *m_clock).setExcellentRate(2026, 0.2).fieldErrors.front().message, message);
    QCOMPARE(EvaluationService(m_db->db(), *m_clock).remove(u"E1"_s, 2026).error, message);
    QCOMPARE(ScoringService(m_db->db(), *m_clock).applyYearlyScore(u"E1"_s, 2026).error, message);
    QCOMPARE(ReviewService(m_db->db(), *m_clock).saveMeeting({2026, u"AG"_s, {}, {}, {}, {}, 0, 0, {}}).error, message);
}

QTEST_GUILESS_MAIN(TestYearLock)
#include "tst_yearlock.moc"
