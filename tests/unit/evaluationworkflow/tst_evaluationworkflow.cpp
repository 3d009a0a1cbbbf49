// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/recordreaders.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/disciplineservice.h"
#include "services/evaluationservice.h"
#include "storage/evaluationrepository.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

bool hasField(const SaveResult &r, const QString &field)
{
    for (const FieldError &e : r.fieldErrors) {
        if (e.field == field)
            return true;
    }
    return false;
}

QString fieldMessage(const SaveResult &r, const QString &field)
{
    for (const FieldError &e : r.fieldErrors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}

QStringList fields(const SaveResult &r)
{
    QStringList out;
    for (const FieldError &e : r.fieldErrors)
        out << e.field;
    return out;
}

const PersonEvaluation *findPerson(const std::vector<PersonEvaluation> &people, const QString &code)
{
    for (const auto &p : people) {
        if (p.evaluation.staffCode == code)
            return &p;
    }
    return nullptr;
}

QStringList codes(const std::vector<PersonEvaluation> &people)
{
    QStringList out;
    for (const auto &p : people)
        out << p.evaluation.staffCode;
    return out;
}

} // namespace

/**
 * EvaluationService entry and workflow (issue 4): the workflow draft → self_assessed → proposed → decided
 * with its refusals, the lock of a decided row, the override of the rules with its reason, reopening,
 * field errors, the written form, the entry grid of a unit (merged units followed), copying task groups,
 * the ND 233/2026 Art 20 cl 1 transition and the removal of cap exceptions; every write audited. The
 * sample town of tests/support/registrysamples.h: W1 and W2 merge into WN on 2025-07-01; AG is an agency
 * under H.
 */
class TestEvaluationWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void workflowTransitions();
    void decideLocksTheRow();
    void decideRefusals();
    void overrideNeedsAReason();
    void reopenNeedsAReason();
    void saveValidation();
    void saveNormalisesLevelsAndKeepsWorkflowFields();
    void formRoundTrip();
    void removeAndSetScore();
    void unitYearGrid();
    void unitYearFlags();
    void unitYearOfAUnitOf300();
    void copyTaskGroups();
    void nd90Transition();
    void capExceptionRemove();
    void importReplacesADecidedRow();

private:
    Evaluation draft(const QString &code, int year = 2026) const
    {
        Evaluation e;
        e.staffCode = code;
        e.year = year;
        e.status = u"draft"_s;
        return e;
    }
    /** Saves and moves code's 2026 to proposed with the given levels. */
    void propose(const QString &code, const QString &level, int absent = 0, int worked = 12)
    {
        Evaluation e = draft(code);
        e.monthsAbsent = absent;
        e.monthsWorked = worked;
        e.selfLevel = level;
        e.proposedLevel = level;
        QVERIFY(m_service->save(e).ok());
        QVERIFY(m_service->advance(code, 2026, u"self_assessed"_s).ok());
        QVERIFY(m_service->advance(code, 2026, u"proposed"_s).ok());
    }
    /** Writes a stored evaluation as fixture data (no audit row). */
    void store(Evaluation e)
    {
        QVERIFY(EvaluationRepository(m_db->db().connection()).write(e) > 0);
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<EvaluationService> m_service;
};

void TestEvaluationWorkflow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEvaluationWorkflow::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 10), QTime(9, 0)));
    m_service = std::make_unique<EvaluationService>(m_db->db(), *m_clock);
    m_service->setActor(u"tester"_s);
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    std::vector<StaffMember> staff{Samples::person(u"A"_s, u"Nguyễn Văn An"_s, u"W1"_s, u"cc"_s),
                                   Samples::person(u"B"_s, u"Trần Thị Bình"_s, u"W2"_s, u"vc"_s, u"Giáo viên"_s),
                                   Samples::person(u"G01"_s, u"Người Một"_s, u"AG"_s),
                                   Samples::person(u"G02"_s, u"Người Hai"_s, u"AG"_s),
                                   Samples::person(u"G03"_s, u"Người Ba"_s, u"AG"_s),
                                   Samples::person(u"V1"_s, u"Viên Chức"_s, u"AG"_s, u"vc"_s, u"Kế toán"_s)};
    StaffMember left = Samples::person(u"X"_s, u"Đã Nghỉ"_s, u"AG"_s);
    left.endDate = QDate(2025, 6, 1);
    StaffMember later = Samples::person(u"N"_s, u"Chưa Vào"_s, u"AG"_s);
    later.startDate = QDate(2027, 1, 1);
    staff.push_back(left);
    staff.push_back(later);
    QVERIFY(Samples::insertStaff(m_db->db(), staff));
}

void TestEvaluationWorkflow::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestEvaluationWorkflow::workflowTransitions()
{
    // Nothing stored: nothing to move.
    QVERIFY(!m_service->advance(u"G01"_s, 2026, u"self_assessed"_s).ok());

    Evaluation e = draft(u"G01"_s);
    e.status = u"decided"_s; // save ignores the status given: a new row is a draft
    QVERIFY(m_service->save(e).ok());
    QCOMPARE(m_service->find(u"G01"_s, 2026)->status, u"draft"_s);

    // Self-assessed needs the self level; proposed cannot skip the self-assessment.
    SaveResult r = m_service->advance(u"G01"_s, 2026, u"self_assessed"_s);
    QCOMPARE(fields(r), QStringList{u"self_level"_s});
    r = m_service->advance(u"G01"_s, 2026, u"proposed"_s);
    QCOMPARE(fields(r), QStringList{u"status"_s});
    e.selfLevel = u"tot"_s;
    QVERIFY(m_service->save(e).ok());
    QVERIFY(m_service->advance(u"G01"_s, 2026, u"self_assessed"_s).ok());
    QCOMPARE(m_service->find(u"G01"_s, 2026)->status, u"self_assessed"_s);

    // Proposed needs the proposed level.
    r = m_service->advance(u"G01"_s, 2026, u"proposed"_s);
    QCOMPARE(fields(r), QStringList{u"proposed_level"_s});
    e.proposedLevel = u"tot"_s;
    QVERIFY(m_service->save(e).ok());
    QCOMPARE(m_service->find(u"G01"_s, 2026)->status, u"self_assessed"_s); // save keeps the step
    QVERIFY(m_service->advance(u"G01"_s, 2026, u"proposed"_s).ok());
    QCOMPARE(m_service->find(u"G01"_s, 2026)->status, u"proposed"_s);

    // Decided only through decide(); unknown states refused; back only to draft.
    QCOMPARE(fields(m_service->advance(u"G01"_s, 2026, u"decided"_s)), QStringList{u"status"_s});
    QCOMPARE(fields(m_service->advance(u"G01"_s, 2026, u"approved"_s)), QStringList{u"status"_s});
    QCOMPARE(fields(m_service->advance(u"G01"_s, 2026, u"self_assessed"_s)), QStringList{u"status"_s});
    QCOMPARE(m_service->find(u"G01"_s, 2026)->status, u"proposed"_s);
    // A proposed row keeps its proposed level.
    e.proposedLevel.clear();
    QCOMPARE(fields(m_service->save(e)), QStringList{u"proposed_level"_s});
    QVERIFY(m_service->advance(u"G01"_s, 2026, u"draft"_s).ok());
    QCOMPARE(m_service->find(u"G01"_s, 2026)->status, u"draft"_s);

    // Every move is audited; a move to the same step writes nothing.
    const auto audit = Samples::auditRows(m_db->db(), u"evaluation"_s, u"G01/2026"_s);
    QCOMPARE(audit.size(), size_t(6)); // insert, save, self_assessed, save, proposed, draft
    QCOMPARE(audit.front().action, u"insert"_s);
    QCOMPARE(Samples::jsonObject(audit.back().beforeJson).value(u"status"_s).toString(), u"proposed"_s);
    QCOMPARE(Samples::jsonObject(audit.back().afterJson).value(u"status"_s).toString(), u"draft"_s);
    QVERIFY(m_service->advance(u"G01"_s, 2026, u"draft"_s).ok());
    QCOMPARE(Samples::auditRows(m_db->db(), u"evaluation"_s, u"G01/2026"_s).size(), size_t(6));
}

void TestEvaluationWorkflow::decideLocksTheRow()
{
    propose(u"G01"_s, u"tot"_s);
    QVERIFY(m_service->saveForm(u"G01"_s, 2026, EvaluationForm{u"Vững vàng"_s}).ok());
    const SaveResult d = m_service->decide(u"G01"_s, 2026, u"HTTNV"_s, u"12/QĐ-UBND"_s, QDate(2026, 12, 5));
    QVERIFY2(d.ok(), qPrintable(d.error));
    const Evaluation decided = *m_service->find(u"G01"_s, 2026);
    QCOMPARE(decided.status, u"decided"_s);
    QCOMPARE(decided.finalLevel, u"tot"_s);
    QCOMPARE(decided.decisionNo, u"12/QĐ-UBND"_s);
    QCOMPARE(decided.decisionDate, QDate(2026, 12, 5));
    QVERIFY(decided.overrideReason.isEmpty());
    const auto audit = Samples::auditRows(m_db->db(), u"evaluation"_s, u"G01/2026"_s);
    QCOMPARE(audit.back().action, u"decide"_s);
    QCOMPARE(Samples::jsonObject(audit.back().afterJson).value(u"decision_no"_s).toString(), u"12/QĐ-UBND"_s);
    const qint64 auditBefore = Samples::auditCount(m_db->db());

    // Locked: every write is refused with a message naming the decision.
    Evaluation e = decided;
    e.note = u"changed"_s;
    SaveResult r = m_service->save(e);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"12/QĐ-UBND"_s) && r.error.contains(u"05/12/2026"_s)
                 && r.error.contains(u"reopen it first"_s),
             qPrintable(r.error));
    QVERIFY(!m_service->saveForm(u"G01"_s, 2026, EvaluationForm{u"Khác"_s}).ok());
    QVERIFY(m_service->setScore(u"G01"_s, 2026, 800).error.contains(u"reopen it first"_s));
    QVERIFY(m_service->remove(u"G01"_s, 2026).error.contains(u"reopen it first"_s));
    QVERIFY(m_service->advance(u"G01"_s, 2026, u"draft"_s).error.contains(u"reopen it first"_s));
    QVERIFY(m_service->decide(u"G01"_s, 2026, u"xuat_sac"_s, u"13/QĐ"_s, QDate(2026, 12, 6))
                .error.contains(u"reopen it first"_s));
    QCOMPARE(*m_service->find(u"G01"_s, 2026), decided);
    QCOMPARE(m_service->form(u"G01"_s, 2026).politics, u"Vững vàng"_s);
    QCOMPARE(Samples::auditCount(m_db->db()), auditBefore);
}

void TestEvaluationWorkflow::decideRefusals()
{
    // Nothing stored, or not proposed yet.
    QVERIFY(!m_service->decide(u"G01"_s, 2026, u"tot"_s, u"1/QĐ"_s, QDate(2026, 12, 1)).ok());
    QVERIFY(m_service->save(draft(u"G01"_s)).ok());
    QCOMPARE(fields(m_service->decide(u"G01"_s, 2026, u"tot"_s, u"1/QĐ"_s, QDate(2026, 12, 1))),
             QStringList{u"status"_s});
    propose(u"G02"_s, u"tot"_s);
    // Level, number and date required; the date neither before the year nor in the future.
    SaveResult r = m_service->decide(u"G02"_s, 2026, QString(), u" "_s, QDate());
    QCOMPARE(fields(r), (QStringList{u"final_level"_s, u"decision_no"_s, u"decision_date"_s}));
    r = m_service->decide(u"G02"_s, 2026, u"gioi"_s, u"1/QĐ"_s, QDate(2025, 12, 31));
    QCOMPARE(fields(r), (QStringList{u"final_level"_s, u"decision_date"_s}));
    r = m_service->decide(u"G02"_s, 2026, u"tot"_s, u"1/QĐ"_s, QDate(2026, 12, 11));
    QCOMPARE(fields(r), QStringList{u"decision_date"_s});
    QCOMPARE(m_service->find(u"G02"_s, 2026)->status, u"proposed"_s);
}

void TestEvaluationWorkflow::overrideNeedsAReason()
{
    // ND 335/2025 (công chức 2026): 4 months of lawful leave → at most HTNV.
    propose(u"G01"_s, u"tot"_s, 4);
    SaveResult r = m_service->decide(u"G01"_s, 2026, u"tot"_s, u"7/QĐ"_s, QDate(2026, 12, 1));
    QCOMPARE(fields(r), QStringList{u"final_level"_s});
    QVERIFY2(fieldMessage(r, u"final_level"_s).contains(u"Nghị định 335/2025/NĐ-CP"_s), qPrintable(fieldMessage(r, u"final_level"_s)));
    QCOMPARE(m_service->find(u"G01"_s, 2026)->status, u"proposed"_s);
    r = m_service->decide(u"G01"_s, 2026, u"tot"_s, u"7/QĐ"_s, QDate(2026, 12, 1), u"  Leave was for training  "_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Evaluation e = *m_service->find(u"G01"_s, 2026);
    QCOMPARE(e.finalLevel, u"tot"_s);
    QCOMPARE(e.overrideReason, u"Leave was for training"_s);
    const auto audit = Samples::auditRows(m_db->db(), u"evaluation"_s, u"G01/2026"_s);
    QCOMPARE(audit.back().action, u"decide"_s);
    QCOMPARE(Samples::jsonObject(audit.back().afterJson).value(u"override_reason"_s).toString(),
             u"Leave was for training"_s);

    // Not rated (under 6 months, ND 335): any level is refused without a reason.
    propose(u"G02"_s, u"hoan_thanh"_s, 0, 4);
    r = m_service->decide(u"G02"_s, 2026, u"khong_hoan_thanh"_s, u"8/QĐ"_s, QDate(2026, 12, 1));
    QCOMPARE(fields(r), QStringList{u"final_level"_s});
    QVERIFY(fieldMessage(r, u"final_level"_s).contains(u"not rated"_s));
    QVERIFY(m_service->decide(u"G02"_s, 2026, u"khong_hoan_thanh"_s, u"8/QĐ"_s, QDate(2026, 12, 1), u"Court order"_s)
                .ok());

    // Disciplined in 2026 (DisciplineService): KHTNV at most.
    DisciplineService discipline(m_db->db(), *m_clock);
    DisciplineDecision d;
    d.staffCode = u"G03"_s;
    d.form = u"khien_trach"_s;
    d.decisionNo = u"5/QĐ-UBND"_s;
    d.decisionDate = QDate(2026, 3, 1);
    QVERIFY(discipline.save(d).ok());
    propose(u"G03"_s, u"hoan_thanh"_s);
    r = m_service->decide(u"G03"_s, 2026, u"hoan_thanh"_s, u"9/QĐ"_s, QDate(2026, 12, 1));
    QCOMPARE(fields(r), QStringList{u"final_level"_s});
    QVERIFY(fieldMessage(r, u"final_level"_s).contains(u"discipline"_s));
    // Within the rules, a reason given is not kept as an override.
    r = m_service->decide(u"G03"_s, 2026, u"khong_hoan_thanh"_s, u"9/QĐ"_s, QDate(2026, 12, 1), u"not needed"_s);
    QVERIFY(r.ok());
    QVERIFY(m_service->find(u"G03"_s, 2026)->overrideReason.isEmpty());
}

void TestEvaluationWorkflow::reopenNeedsAReason()
{
    propose(u"G01"_s, u"tot"_s);
    QCOMPARE(m_service->reopen(u"G01"_s, 2026, u"typo"_s).ok(), false); // not decided
    QVERIFY(m_service->decide(u"G01"_s, 2026, u"tot"_s, u"12/QĐ"_s, QDate(2026, 12, 5)).ok());
    const qint64 auditBefore = Samples::auditCount(m_db->db());
    QCOMPARE(fields(m_service->reopen(u"G01"_s, 2026, u"   "_s)), QStringList{u"reason"_s});
    QCOMPARE(Samples::auditCount(m_db->db()), auditBefore);
    QVERIFY(m_service->reopen(u"G01"_s, 2026, u"Wrong decision number"_s).ok());
    const Evaluation e = *m_service->find(u"G01"_s, 2026);
    QCOMPARE(e.status, u"proposed"_s);
    QCOMPARE(e.decisionNo, u"12/QĐ"_s); // kept until the next decision replaces it
    const auto audit = Samples::auditRows(m_db->db(), u"evaluation"_s, u"G01/2026"_s);
    QCOMPARE(audit.back().action, u"reopen"_s);
    QCOMPARE(Samples::jsonObject(audit.back().afterJson).value(u"reason"_s).toString(), u"Wrong decision number"_s);
    QCOMPARE(Samples::jsonObject(audit.back().beforeJson).value(u"status"_s).toString(), u"decided"_s);
    QCOMPARE(Samples::jsonObject(audit.back().afterJson).value(u"status"_s).toString(), u"proposed"_s);
    // Open again: writable, and decided anew.
    QVERIFY(m_service->setScore(u"G01"_s, 2026, 855).ok());
    QVERIFY(m_service->decide(u"G01"_s, 2026, u"tot"_s, u"12a/QĐ"_s, QDate(2026, 12, 6)).ok());
    QCOMPARE(m_service->find(u"G01"_s, 2026)->decisionNo, u"12a/QĐ"_s);
}

void TestEvaluationWorkflow::saveValidation()
{
    const qint64 auditBefore = Samples::auditCount(m_db->db());
    Evaluation e = draft(u"ZZ"_s, 2014);
    e.monthsWorked = 13;
    e.monthsAbsent = -1;
    e.scoreTenths = 1001;
    e.selfLevel = u"gioi"_s;
    e.proposedLevel = u"excellent"_s;
    SaveResult r = m_service->save(e);
    QCOMPARE(fields(r), (QStringList{u"staff_code"_s, u"year"_s, u"months_worked"_s, u"months_absent"_s, u"score"_s,
                                     u"self_level"_s, u"proposed_level"_s}));
    QVERIFY(fieldMessage(r, u"staff_code"_s).contains(u"ZZ"_s));
    e = draft(u"G01"_s);
    e.monthsWorked = 5;
    e.monthsAbsent = 6;
    r = m_service->save(e);
    QCOMPARE(fields(r), QStringList{u"months_absent"_s});
    e = draft(u""_s);
    QCOMPARE(fields(m_service->save(e)), QStringList{u"staff_code"_s});
    e = draft(u"G01"_s);
    e.scoreTenths = -5;
    QCOMPARE(fields(m_service->save(e)), QStringList{u"score"_s});
    QCOMPARE(fields(m_service->setScore(u"G01"_s, 2026, 1000 + 1)), QStringList{u"score"_s});
    QVERIFY(!m_service->find(u"G01"_s, 2026));
    QCOMPARE(Samples::auditCount(m_db->db()), auditBefore);
}

void TestEvaluationWorkflow::saveNormalisesLevelsAndKeepsWorkflowFields()
{
    Evaluation e = draft(u"G01"_s);
    e.selfLevel = u"HTXSNV"_s;
    e.proposedLevel = u"Hoàn thành tốt nhiệm vụ"_s;
    e.taskGroup = u"  Kế toán "_s;
    e.scoreTenths = 925;
    e.finalLevel = u"xuat_sac"_s; // set by decide() only
    e.decisionNo = u"99"_s;
    QVERIFY(m_service->save(e).ok());
    Evaluation stored = *m_service->find(u"G01"_s, 2026);
    QCOMPARE(stored.selfLevel, u"xuat_sac"_s);
    QCOMPARE(stored.proposedLevel, u"tot"_s);
    QCOMPARE(stored.taskGroup, u"Kế toán"_s);
    QCOMPARE(stored.scoreTenths, std::optional<int>(925));
    QVERIFY(stored.finalLevel.isEmpty());
    QVERIFY(stored.decisionNo.isEmpty());
    // Saving the same values again writes nothing.
    const qint64 auditBefore = Samples::auditCount(m_db->db());
    QVERIFY(m_service->save(e).ok());
    QCOMPARE(Samples::auditCount(m_db->db()), auditBefore);
    // assess() judges an unsaved value: the ND 335 score level and the above-max flag.
    Evaluation live = stored;
    live.monthsAbsent = 4;
    live.finalLevel = u"tot"_s;
    const PersonEvaluation p = m_service->assess(live);
    QCOMPARE(p.fullName, u"Người Một"_s);
    QCOMPARE(p.unitCode, u"AG"_s);
    QCOMPARE(p.outcome.ruleSet, u"nd335_2025_cc"_s);
    QCOMPARE(p.outcome.scoreLevel, u"xuat_sac"_s);
    QCOMPARE(p.outcome.flags, (QStringList{u"absence_cap"_s, u"above_max_level"_s, u"score_mismatch"_s}));
}

void TestEvaluationWorkflow::formRoundTrip()
{
    QVERIFY(m_service->form(u"G01"_s, 2026).isEmpty());
    EvaluationForm f;
    f.politics = u"Lập trường vững vàng"_s;
    f.ethics = u"Gương mẫu"_s;
    f.workStyle = u"Khoa học"_s;
    f.discipline = u"Chấp hành tốt"_s;
    f.taskResults = u"Hoàn thành 100% nhiệm vụ"_s;
    f.leaderUnitResults = u"—"_s;
    f.leaderCapacity = u"Tốt"_s;
    f.leaderUnity = u"Đoàn kết"_s;
    f.strengths = u"Nhiệt tình"_s;
    f.weaknesses = u"Ngoại ngữ"_s;
    f.collectiveComments = u"Nhất trí"_s;
    f.managerComments = u"Đề nghị HTTNV"_s;
    QVERIFY(!m_service->saveForm(u"ZZ"_s, 2026, f).ok());
    QVERIFY(m_service->saveForm(u"G01"_s, 2026, f).ok());
    QCOMPARE(m_service->form(u"G01"_s, 2026), f);
    QCOMPARE(m_service->find(u"G01"_s, 2026)->status, u"draft"_s); // created with the form
    QCOMPARE(Samples::auditRows(m_db->db(), u"evaluation"_s, u"G01/2026"_s).size(), size_t(1));
    auto formAudit = Samples::auditRows(m_db->db(), u"evaluation_form"_s, u"G01/2026"_s);
    QCOMPARE(formAudit.size(), size_t(1));
    QCOMPARE(formAudit.back().action, u"insert"_s);
    QCOMPARE(Samples::jsonObject(formAudit.back().afterJson).value(u"strengths"_s).toString(), u"Nhiệt tình"_s);

    EvaluationForm g = f;
    g.weaknesses.clear();
    QVERIFY(m_service->saveForm(u"G01"_s, 2026, g).ok());
    QCOMPARE(m_service->form(u"G01"_s, 2026), g);
    QVERIFY(m_service->saveForm(u"G01"_s, 2026, g).ok()); // unchanged: no audit row
    formAudit = Samples::auditRows(m_db->db(), u"evaluation_form"_s, u"G01/2026"_s);
    QCOMPARE(formAudit.size(), size_t(2));
    QCOMPARE(Samples::jsonObject(formAudit.back().beforeJson).value(u"weaknesses"_s).toString(), u"Ngoại ngữ"_s);
    QVERIFY(m_service->form(u"G01"_s, 2025).isEmpty()); // per year

    // Removing the year removes its form, both audited.
    QVERIFY(m_service->remove(u"G01"_s, 2026).ok());
    QVERIFY(m_service->form(u"G01"_s, 2026).isEmpty());
    formAudit = Samples::auditRows(m_db->db(), u"evaluation_form"_s, u"G01/2026"_s);
    QCOMPARE(formAudit.back().action, u"delete"_s);
}

void TestEvaluationWorkflow::removeAndSetScore()
{
    QVERIFY(!m_service->remove(u"G01"_s, 2026).ok()); // nothing stored
    QVERIFY(m_service->setScore(u"G01"_s, 2026, 875).ok()); // creates the draft
    Evaluation e = *m_service->find(u"G01"_s, 2026);
    QCOMPARE(e.status, u"draft"_s);
    QCOMPARE(e.scoreTenths, std::optional<int>(875));
    QVERIFY(m_service->setScore(u"G01"_s, 2026, std::nullopt).ok());
    QVERIFY(!m_service->find(u"G01"_s, 2026)->scoreTenths);
    QVERIFY(m_service->remove(u"G01"_s, 2026).ok());
    QVERIFY(!m_service->find(u"G01"_s, 2026));
    const auto audit = Samples::auditRows(m_db->db(), u"evaluation"_s, u"G01/2026"_s);
    QCOMPARE(audit.size(), size_t(3));
    QCOMPARE(audit.back().action, u"delete"_s);
    QVERIFY(audit.back().afterJson.isEmpty());
}

void TestEvaluationWorkflow::unitYearGrid()
{
    Evaluation stored = draft(u"G01"_s);
    stored.taskGroup = u"Kế toán"_s;
    stored.selfLevel = u"tot"_s;
    store(stored);
    // AG 2026: everyone in service during the year, X (left 2025) and N (starts 2027) not; blank drafts.
    std::vector<PersonEvaluation> rows = m_service->unitYear(u"AG"_s, 2026);
    QCOMPARE(codes(rows), (QStringList{u"G01"_s, u"G02"_s, u"G03"_s, u"V1"_s}));
    const PersonEvaluation *g01 = findPerson(rows, u"G01"_s);
    QVERIFY(g01->evaluation.id > 0);
    QCOMPARE(g01->taskGroup, u"Kế toán"_s);
    QCOMPARE(g01->evaluation.selfLevel, u"tot"_s);
    const PersonEvaluation *g02 = findPerson(rows, u"G02"_s);
    QCOMPARE(g02->evaluation.id, qint64(0));
    QCOMPARE(g02->evaluation.status, u"draft"_s);
    QCOMPARE(g02->evaluation.year, 2026);
    QVERIFY(g02->evaluation.taskGroup.isEmpty());
    QCOMPARE(g02->taskGroup, u"Chuyên viên"_s); // the position
    QCOMPARE(g02->fullName, u"Người Hai"_s);
    QCOMPARE(g02->outcome.ruleSet, u"nd335_2025_cc"_s);
    QCOMPARE(findPerson(rows, u"V1"_s)->outcome.ruleSet, u"nd233_2026_vc"_s);
    // X was in service in 2025 (until 1 June).
    QVERIFY(findPerson(m_service->unitYear(u"AG"_s, 2025), u"X"_s));
    QVERIFY(!findPerson(m_service->unitYear(u"AG"_s, 2025), u"N"_s));

    // Merged units: W1 and W2 people belong to WN on 31/12/2025; asking for W1 asks for its successor.
    rows = m_service->unitYear(u"WN"_s, 2025);
    QCOMPARE(codes(rows), (QStringList{u"A"_s, u"B"_s}));
    QCOMPARE(rows.front().unitCode, u"WN"_s);
    QCOMPARE(codes(m_service->unitYear(u"W1"_s, 2025)), (QStringList{u"A"_s, u"B"_s}));
    // Before the merge W1 stands alone.
    QCOMPARE(codes(m_service->unitYear(u"W1"_s, 2024)), QStringList{u"A"_s});
    // A unit and its sub-units; unknown unit → nobody.
    QCOMPARE(m_service->unitYear(u"H"_s, 2024).size(), size_t(7)); // A, B, G01–G03, V1, X
    QVERIFY(m_service->unitYear(u"ZZ"_s, 2026).empty());
}

void TestEvaluationWorkflow::unitYearFlags()
{
    // Discipline (DisciplineService) and the previous year's KHTNV reach the grid's outcomes.
    DisciplineService discipline(m_db->db(), *m_clock);
    DisciplineDecision d;
    d.staffCode = u"G02"_s;
    d.form = u"khien_trach"_s;
    d.decisionNo = u"5/QĐ-UBND"_s;
    d.decisionDate = QDate(2026, 3, 1);
    QVERIFY(discipline.save(d).ok());
    Evaluation previous = draft(u"G03"_s, 2025);
    previous.finalLevel = u"khong_hoan_thanh"_s;
    previous.status = u"decided"_s;
    store(previous);
    Evaluation current = draft(u"G03"_s, 2026);
    current.finalLevel = u"khong_hoan_thanh"_s;
    current.status = u"decided"_s;
    store(current);
    Evaluation leave = draft(u"G01"_s, 2026);
    leave.monthsWorked = 4;
    leave.maternityLeave = true;
    store(leave);

    const std::vector<PersonEvaluation> rows = m_service->unitYear(u"AG"_s, 2026);
    QCOMPARE(findPerson(rows, u"G02"_s)->outcome.flags, QStringList{u"disciplined"_s});
    QCOMPARE(findPerson(rows, u"G02"_s)->outcome.maxLevel, u"khong_hoan_thanh"_s);
    QCOMPARE(findPerson(rows, u"G03"_s)->outcome.flags, QStringList{u"second_consecutive_khong_hoan_thanh"_s});
    QVERIFY(findPerson(rows, u"G01"_s)->outcome.rated); // maternity leave is not short service
    // assess() of the same rows agrees with the grid.
    QCOMPARE(m_service->assess(findPerson(rows, u"G02"_s)->evaluation).outcome.flags, QStringList{u"disciplined"_s});
    QCOMPARE(m_service->assess(current).outcome.flags, QStringList{u"second_consecutive_khong_hoan_thanh"_s});
}

void TestEvaluationWorkflow::unitYearOfAUnitOf300()
{
    // A unit of 300 people loads in a handful of queries (no query per person): well under a second.
    std::vector<StaffMember> staff;
    for (int i = 0; i < 300; ++i)
        staff.push_back(Samples::person(u"P%1"_s.arg(i, 3, 10, QChar(u'0')), u"Người %1"_s.arg(i), u"WN"_s));
    QVERIFY(Samples::insertStaff(m_db->db(), staff));
    QVERIFY(m_db->db().connection().transaction());
    for (int i = 0; i < 300; i += 2) {
        Evaluation e = draft(u"P%1"_s.arg(i, 3, 10, QChar(u'0')), 2025);
        e.finalLevel = u"khong_hoan_thanh"_s;
        e.status = u"decided"_s;
        store(e);
        e.year = 2026;
        store(e);
    }
    QVERIFY(m_db->db().connection().commit());
    QElapsedTimer timer;
    timer.start();
    const std::vector<PersonEvaluation> rows = m_service->unitYear(u"WN"_s, 2026);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(rows.size(), size_t(302)); // with A and B
    QCOMPARE(findPerson(rows, u"P000"_s)->outcome.flags, QStringList{u"second_consecutive_khong_hoan_thanh"_s});
    QCOMPARE(findPerson(rows, u"P001"_s)->evaluation.id, qint64(0));
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
}

void TestEvaluationWorkflow::copyTaskGroups()
{
    Evaluation e = draft(u"G01"_s, 2025);
    e.taskGroup = u"Kế toán"_s;
    store(e);
    e = draft(u"G02"_s, 2025);
    e.taskGroup = u"Văn thư"_s;
    store(e);
    e = draft(u"G03"_s, 2025);
    e.taskGroup = u"Thủ quỹ"_s;
    store(e);
    e = draft(u"V1"_s, 2025);
    e.taskGroup = u"Giáo viên"_s;
    store(e);
    e = draft(u"G02"_s, 2026);
    e.taskGroup = u"Pháp chế"_s; // already set: never overwritten
    store(e);
    e = draft(u"G03"_s, 2026);
    e.status = u"decided"_s; // decided: never touched
    e.finalLevel = u"tot"_s;
    store(e);
    e = draft(u"V1"_s, 2026);
    e.note = u"kept"_s; // stored without a task group: filled in
    store(e);

    QString error;
    QCOMPARE(m_service->copyTaskGroups(u"AG"_s, 2026, &error), 2);
    QVERIFY(error.isEmpty());
    QCOMPARE(m_service->find(u"G01"_s, 2026)->taskGroup, u"Kế toán"_s);
    QCOMPARE(m_service->find(u"G01"_s, 2026)->status, u"draft"_s);
    QCOMPARE(m_service->find(u"G02"_s, 2026)->taskGroup, u"Pháp chế"_s);
    QVERIFY(m_service->find(u"G03"_s, 2026)->taskGroup.isEmpty());
    QCOMPARE(m_service->find(u"V1"_s, 2026)->taskGroup, u"Giáo viên"_s);
    QCOMPARE(m_service->find(u"V1"_s, 2026)->note, u"kept"_s);
    QCOMPARE(Samples::auditRows(m_db->db(), u"evaluation"_s, u"G01/2026"_s).back().action, u"insert"_s);
    QCOMPARE(Samples::auditRows(m_db->db(), u"evaluation"_s, u"V1/2026"_s).back().action, u"update"_s);
    // Again: nothing left to copy.
    QCOMPARE(m_service->copyTaskGroups(u"AG"_s, 2026, &error), 0);
    QVERIFY(error.isEmpty());
}

void TestEvaluationWorkflow::nd90Transition()
{
    Evaluation e = draft(u"V1"_s, 2026);
    e.monthsAbsent = 4;
    store(e);
    QVERIFY(!m_service->usesNd90Transition(u"AG"_s, 2026));
    QCOMPARE(findPerson(m_service->unitYear(u"AG"_s, 2026), u"V1"_s)->outcome.ruleSet, u"nd233_2026_vc"_s);

    // ND 233/2026 Art 20 cl 1 is about the 2026 rating only, of a known unit.
    QCOMPARE(fields(m_service->setNd90Transition(u"AG"_s, 2025, true)), QStringList{u"year"_s});
    QCOMPARE(fields(m_service->setNd90Transition(u"AG"_s, 2027, true)), QStringList{u"year"_s});
    QCOMPARE(fields(m_service->setNd90Transition(u"ZZ"_s, 2026, true)), QStringList{u"unit_code"_s});
    // W1 merged into WN in 2025: the choice belongs to WN.
    const SaveResult merged = m_service->setNd90Transition(u"W1"_s, 2026, true);
    QCOMPARE(fields(merged), QStringList{u"unit_code"_s});
    QVERIFY(fieldMessage(merged, u"unit_code"_s).contains(u"WN"_s));

    // H was abolished in 2025 (no successor): nothing to choose for.
    QCOMPARE(fields(m_service->setNd90Transition(u"H"_s, 2026, true)), QStringList{u"unit_code"_s});
    QVERIFY(!m_service->usesNd90Transition(u"WN"_s, 2026));

    // Chosen for T: its sub-units (AG through H, WN) follow.
    QVERIFY(m_service->setNd90Transition(u"T"_s, 2026, true).ok());
    QVERIFY(m_service->usesNd90Transition(u"T"_s, 2026));
    QVERIFY(m_service->usesNd90Transition(u"AG"_s, 2026));
    QVERIFY(m_service->usesNd90Transition(u"WN"_s, 2026));
    QVERIFY(!m_service->usesNd90Transition(u"AG"_s, 2025));
    QVERIFY(m_service->setNd90Transition(u"T"_s, 2026, true).ok()); // unchanged: no audit row
    const auto audit = Samples::auditRows(m_db->db(), u"setting"_s, u"evaluation.vc_nd90_transition.T.2026"_s);
    QCOMPARE(audit.size(), size_t(1));
    QCOMPARE(Samples::jsonObject(audit.back().afterJson).value(u"value"_s).toString(), u"true"_s);

    const QString transition = u"nd90_2020_vc_2026_transition"_s;
    const std::vector<PersonEvaluation> rows = m_service->unitYear(u"AG"_s, 2026);
    const PersonEvaluation *v1 = findPerson(rows, u"V1"_s);
    QCOMPARE(v1->outcome.ruleSet, transition);
    QCOMPARE(v1->outcome.flags, QStringList{u"absence_cap"_s});
    QVERIFY(v1->outcome.findings.front().citation.contains(u"khoản 1 Điều 20 Nghị định 233/2026/NĐ-CP"_s));
    QCOMPARE(findPerson(rows, u"G01"_s)->outcome.ruleSet, u"nd335_2025_cc"_s); // công chức unchanged
    QCOMPARE(m_service->assess(e).outcome.ruleSet, transition);
    QCOMPARE(m_service->history(u"V1"_s).back().outcome.ruleSet, transition);
    e.finalLevel = u"hoan_thanh"_s;
    e.status = u"decided"_s;
    e.id = m_service->find(u"V1"_s, 2026)->id;
    store(e);
    const EvaluationReport report = m_service->report(2026, u"AG"_s);
    QCOMPARE(report.people.size(), size_t(1));
    QCOMPARE(report.people.front().outcome.ruleSet, transition);
    QVERIFY(report.groups.front().capBasis.contains(u"Nghị định 48/2023/NĐ-CP"_s));
    QCOMPARE(m_service->report(2027, u"AG"_s).people.size(), size_t(0));

    // AG's own choice wins over T's.
    QVERIFY(m_service->setNd90Transition(u"AG"_s, 2026, false).ok());
    QVERIFY(!m_service->usesNd90Transition(u"AG"_s, 2026));
    QCOMPARE(findPerson(m_service->unitYear(u"AG"_s, 2026), u"V1"_s)->outcome.ruleSet, u"nd233_2026_vc"_s);
    QCOMPARE(m_service->report(2026, u"AG"_s).people.front().outcome.ruleSet, u"nd233_2026_vc"_s);
}

void TestEvaluationWorkflow::capExceptionRemove()
{
    QVERIFY(m_service->recordCapException(u"AG"_s, 2026, u"3/QĐ-UBND"_s, u"Tập thể xuất sắc"_s).ok());
    QVERIFY(m_service->recordCapException(u"WN"_s, 2026, u"4/QĐ-UBND"_s, {}).ok());
    QCOMPARE(m_service->capExceptions(2026).size(), size_t(2));
    QVERIFY(m_service->capExceptions(2025).empty());
    QVERIFY(m_service->removeCapException(u"AG"_s, 2026).ok());
    const std::vector<ExcellentCapException> left = m_service->capExceptions(2026);
    QCOMPARE(left.size(), size_t(1));
    QCOMPARE(left.front().unitCode, u"WN"_s);
    const auto audit = Samples::auditRows(m_db->db(), u"excellent_cap_exception"_s, u"AG/2026"_s);
    QCOMPARE(audit.size(), size_t(2));
    QCOMPARE(audit.back().action, u"delete"_s);
    QCOMPARE(Samples::jsonObject(audit.back().beforeJson).value(u"decision_no"_s).toString(), u"3/QĐ-UBND"_s);
    QVERIFY(audit.back().afterJson.isEmpty());
    QVERIFY(!m_service->removeCapException(u"AG"_s, 2026).ok());
}

void TestEvaluationWorkflow::importReplacesADecidedRow()
{
    // Kept behaviour: a file import replaces even a row decided in the GUI (audited), keeps the decision
    // and override that the file format lacks, and never touches the written form.
    propose(u"G01"_s, u"tot"_s);
    QVERIFY(m_service->saveForm(u"G01"_s, 2026, EvaluationForm{u"Vững vàng"_s}).ok());
    QVERIFY(m_service->decide(u"G01"_s, 2026, u"tot"_s, u"12/QĐ"_s, QDate(2026, 12, 5)).ok());
    auto parsed = RecordReaders::readEvaluations("staff_code,year,final_level\nG01,2026,xuat_sac\n"_ba);
    QVERIFY(m_service->importEvaluations(parsed.rows, std::move(parsed.issues), {}).written);
    const Evaluation e = *m_service->find(u"G01"_s, 2026);
    QCOMPARE(e.finalLevel, u"xuat_sac"_s);
    QCOMPARE(e.status, u"decided"_s);
    QCOMPARE(e.decisionNo, u"12/QĐ"_s);
    QVERIFY(e.proposedLevel.isEmpty()); // the row replaces: a column the file lacks takes its default
    QCOMPARE(m_service->form(u"G01"_s, 2026).politics, u"Vững vàng"_s);
    QCOMPARE(Samples::auditRows(m_db->db(), u"evaluation"_s, u"G01/2026"_s).back().action, u"update"_s);
}

QTEST_GUILESS_MAIN(TestEvaluationWorkflow)
#include "tst_evaluationworkflow.moc"
