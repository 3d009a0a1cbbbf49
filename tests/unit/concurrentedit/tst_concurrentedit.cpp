// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recordfields.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/evaluationservice.h"
#include "services/importservice.h"
#include "services/registryservice.h"
#include "storage/evaluationrepository.h"
#include "storage/staffrepository.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/** One officer: a connection of their own to the office's database and the services on it. */
struct Officer
{
    Officer(const QString &path, const QString &connection, const QString &actor, const Clock &clock)
        : db(connection)
        , registry(db, clock)
        , evaluations(db, clock)
        , imports(db, clock)
    {
        if (db.open(path) != Database::Status::Ok)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.errorString()));
        registry.setActor(actor);
        evaluations.setActor(actor);
        imports.setActor(actor);
    }

    Database db;
    RegistryService registry;
    EvaluationService evaluations;
    ImportService imports;
};

} // namespace

/**
 * Concurrent editing (issue 8 item 3): two officers, each on their own connection to one database, edit
 * the same person or evaluation. The second save of a record read before the first one is refused with
 * a message naming who changed it and the fields that differ; nothing of it is written; after a reload
 * it saves. Imports and workflow steps raise the version too.
 */
class TestConcurrentEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void secondSaveOfAPersonIsRefused();
    void reloadedPersonSaves();
    void importBetweenReadAndSaveConflicts();
    void manySavesOfOneOfficerKeepWorking();
    void staleRepositoryWriteChangesNothing();
    void secondSaveOfAnEvaluationIsRefused();
    void workflowStepAndWrittenFormRaiseTheVersion();
    void evaluationImportBetweenReadAndSaveConflicts();

private:
    [[nodiscard]] StaffMember stored(const QString &code) const
    {
        return *StaffRepository(m_db->connection()).find(code);
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Officer> m_a;
    std::unique_ptr<Officer> m_b;
};

void TestConcurrentEdit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConcurrentEdit::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 27), QTime(9, 15), Qt::UTC));
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    QVERIFY(Samples::insertStaff(m_db->db(), {Samples::person(u"P1"_s, u"Nguyễn Văn An"_s, u"AG"_s)}));
    m_a = std::make_unique<Officer>(m_db->path(), u"officer-a"_s, u"app:officer.a"_s, *m_clock);
    m_b = std::make_unique<Officer>(m_db->path(), u"officer-b"_s, u"app:officer.b"_s, *m_clock);
}

void TestConcurrentEdit::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_clock.reset();
    m_db.reset();
}

void TestConcurrentEdit::secondSaveOfAPersonIsRefused()
{
    const StaffMember readByA = *m_a->registry.findStaff(u"P1"_s);
    const StaffMember readByB = *m_b->registry.findStaff(u"P1"_s);
    QCOMPARE(readByA.rowVersion.value, 1);

    StaffMember a = readByA;
    a.birthDate = QDate(1981, 6, 3);
    a.unitCode = u"WN"_s;
    const SaveResult first = m_a->registry.updateStaff(a, readByA);
    QVERIFY2(first.ok(), qPrintable(first.text()));
    QVERIFY(!first.conflict);

    const qint64 auditRows = Samples::auditCount(m_db->db());
    StaffMember b = readByB;
    b.fullName = u"Nguyễn Văn Bình"_s;
    const SaveResult second = m_b->registry.updateStaff(b, readByB);
    QVERIFY(!second.ok());
    QVERIFY(second.conflict);
    qInfo().noquote() << "the message:" << second.error;
    QVERIFY2(second.error.contains(u"officer.a"_s), qPrintable(second.error));
    QVERIFY2(second.error.contains(u"Birth date"_s), qPrintable(second.error));
    QVERIFY2(second.error.contains(u"Unit"_s), qPrintable(second.error));
    QVERIFY2(!second.error.contains(u"Full name"_s), qPrintable(second.error)); // B's own change is not theirs
    QVERIFY2(second.error.contains(u"09:15"_s) || second.error.contains(u"27/11/2026"_s), qPrintable(second.error));

    // Nothing of B's save was written: A's person stands, no audit row was added.
    const StaffMember now = stored(u"P1"_s);
    QCOMPARE(now.fullName, u"Nguyễn Văn An"_s);
    QCOMPARE(now.birthDate, QDate(1981, 6, 3));
    QCOMPARE(now.unitCode, u"WN"_s);
    QCOMPARE(now.rowVersion.value, 2);
    QCOMPARE(Samples::auditCount(m_db->db()), auditRows);
}

void TestConcurrentEdit::reloadedPersonSaves()
{
    const StaffMember readByB = *m_b->registry.findStaff(u"P1"_s);
    StaffMember a = *m_a->registry.findStaff(u"P1"_s);
    a.foreignLanguage = u"Tiếng Pháp B2"_s;
    QVERIFY(m_a->registry.updateStaff(a).ok());
    StaffMember b = readByB;
    b.itSkill = u"Ứng dụng CNTT cơ bản"_s;
    QVERIFY(m_b->registry.updateStaff(b, readByB).conflict);

    // B chooses Reload: reads the person again and enters the change once more.
    const StaffMember reloaded = *m_b->registry.findStaff(u"P1"_s);
    QCOMPARE(reloaded.foreignLanguage, u"Tiếng Pháp B2"_s);
    b = reloaded;
    b.itSkill = u"Ứng dụng CNTT cơ bản"_s;
    const SaveResult again = m_b->registry.updateStaff(b, reloaded);
    QVERIFY2(again.ok(), qPrintable(again.text()));
    const StaffMember now = stored(u"P1"_s);
    QCOMPARE(now.foreignLanguage, u"Tiếng Pháp B2"_s); // A's change kept
    QCOMPARE(now.itSkill, u"Ứng dụng CNTT cơ bản"_s);   // B's change written
    QCOMPARE(now.rowVersion.value, 3);
    const std::vector<AuditEntry> trail = Samples::auditRows(m_db->db(), u"staff"_s, u"P1"_s);
    QCOMPARE(int(trail.size()), 2);
    QCOMPARE(trail.back().actor, u"app:officer.b"_s);
}

void TestConcurrentEdit::importBetweenReadAndSaveConflicts()
{
    const StaffMember readByB = *m_b->registry.findStaff(u"P1"_s);
    StaffMember fromFile = Samples::person(u"P1"_s, u"Nguyễn Văn An"_s, u"AG"_s);
    fromFile.professionalLevel = u"thac_si"_s;
    m_a->imports.setActor(u"cli:importer"_s);
    const ImportReport report = m_a->imports.importStaff({{2, fromFile, RecordFields::staffKeys()}}, {}, {});
    QCOMPARE(report.updated, 1);
    QCOMPARE(stored(u"P1"_s).rowVersion.value, 2);

    StaffMember b = readByB;
    b.gender = u"nu"_s;
    const SaveResult result = m_b->registry.updateStaff(b, readByB);
    QVERIFY(result.conflict);
    QVERIFY2(result.error.contains(u"importer"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"Professional level"_s), qPrintable(result.error));
    QCOMPARE(stored(u"P1"_s).gender, u"nam"_s);
}

void TestConcurrentEdit::manySavesOfOneOfficerKeepWorking()
{
    for (int i = 0; i < 12; ++i) {
        StaffMember m = *m_a->registry.findStaff(u"P1"_s);
        QCOMPARE(m.rowVersion.value, i + 1);
        m.professionalField = u"Luật %1"_s.arg(i);
        const SaveResult r = m_a->registry.updateStaff(m);
        QVERIFY2(r.ok(), qPrintable(r.text()));
    }
    QCOMPARE(stored(u"P1"_s).rowVersion.value, 13);
    QCOMPARE(stored(u"P1"_s).professionalField, u"Luật 11"_s);
    // An unchanged save (same values) of an old read writes nothing and is no conflict.
    StaffMember same = stored(u"P1"_s);
    same.rowVersion.value = 5;
    QVERIFY(m_b->registry.updateStaff(same).ok());
    QCOMPARE(stored(u"P1"_s).rowVersion.value, 13);
}

void TestConcurrentEdit::staleRepositoryWriteChangesNothing()
{
    StaffRepository repo(m_b->db.connection());
    StaffMember m = *repo.find(u"P1"_s);
    StaffMember fresh = m;
    fresh.fullName = u"Trần Thị Cúc"_s;
    QVERIFY(StaffRepository(m_a->db.connection()).write(fresh, true));
    QVERIFY(!StaffRepository(m_a->db.connection()).conflicted());
    m.fullName = u"Lê Văn Dũng"_s;
    QString error;
    QVERIFY(!repo.write(m, true, &error));
    QVERIFY(repo.conflicted());
    QVERIFY(!error.isEmpty());
    QCOMPARE(stored(u"P1"_s).fullName, u"Trần Thị Cúc"_s);
    // A record from a file (version not known) is written without the check and raises the version.
    StaffMember file = m;
    file.rowVersion = {};
    QVERIFY(repo.write(file, true));
    QVERIFY(!repo.conflicted());
    QCOMPARE(stored(u"P1"_s).fullName, u"Lê Văn Dũng"_s);
    QCOMPARE(stored(u"P1"_s).rowVersion.value, 3);
}

void TestConcurrentEdit::secondSaveOfAnEvaluationIsRefused()
{
    Evaluation draft;
    draft.staffCode = u"P1"_s;
    draft.year = 2026;
    QVERIFY(m_a->evaluations.save(draft).ok());
    const Evaluation readByA = *m_a->evaluations.find(u"P1"_s, 2026);
    const Evaluation readByB = *m_b->evaluations.find(u"P1"_s, 2026);
    QCOMPARE(readByA.rowVersion.value, 1);

    Evaluation a = readByA;
    a.scoreTenths = 875;
    a.monthsAbsent = 2;
    QVERIFY(m_a->evaluations.save(a, readByA).ok());

    const qint64 auditRows = Samples::auditCount(m_db->db());
    Evaluation b = readByB;
    b.note = u"B's note"_s;
    const SaveResult second = m_b->evaluations.save(b, readByB);
    QVERIFY(second.conflict);
    QVERIFY2(second.error.contains(u"officer.a"_s), qPrintable(second.error));
    QVERIFY2(second.error.contains(u"Score"_s), qPrintable(second.error));
    QVERIFY2(second.error.contains(u"Months of leave"_s), qPrintable(second.error));
    QVERIFY2(!second.error.contains(u"Note"_s), qPrintable(second.error));
    const Evaluation now = *EvaluationRepository(m_db->connection()).find(u"P1"_s, 2026);
    QCOMPARE(now.note, QString());
    QCOMPARE(now.scoreTenths, std::optional<int>(875));
    QCOMPARE(now.rowVersion.value, 2);
    QCOMPARE(Samples::auditCount(m_db->db()), auditRows);

    // Reload and save again: written, A's score kept.
    Evaluation reloaded = *m_b->evaluations.find(u"P1"_s, 2026);
    reloaded.note = u"B's note"_s;
    QVERIFY(m_b->evaluations.save(reloaded).ok());
    const Evaluation last = *EvaluationRepository(m_db->connection()).find(u"P1"_s, 2026);
    QCOMPARE(last.note, u"B's note"_s);
    QCOMPARE(last.scoreTenths, std::optional<int>(875));
    QCOMPARE(last.rowVersion.value, 3);
}

void TestConcurrentEdit::workflowStepAndWrittenFormRaiseTheVersion()
{
    Evaluation e;
    e.staffCode = u"P1"_s;
    e.year = 2026;
    e.selfLevel = u"tot"_s;
    QVERIFY(m_a->evaluations.save(e).ok());
    const Evaluation readByB = *m_b->evaluations.find(u"P1"_s, 2026);

    // A moves the workflow on: B's stale save is refused, naming the step.
    QVERIFY(m_a->evaluations.advance(u"P1"_s, 2026, u"self_assessed"_s).ok());
    Evaluation b = readByB;
    b.note = u"x"_s;
    SaveResult r = m_b->evaluations.save(b, readByB);
    QVERIFY(r.conflict);
    QVERIFY2(r.error.contains(u"Workflow step"_s), qPrintable(r.error));

    // A saves the written form: the evaluation's version moves; B's form save on the old read is refused.
    const Evaluation beforeForm = *m_b->evaluations.find(u"P1"_s, 2026);
    EvaluationForm form;
    form.strengths = u"Chăm chỉ"_s;
    QVERIFY(m_a->evaluations.saveForm(u"P1"_s, 2026, form, *m_a->evaluations.find(u"P1"_s, 2026)).ok());
    QCOMPARE(m_b->evaluations.find(u"P1"_s, 2026)->rowVersion.value, beforeForm.rowVersion.value + 1);
    EvaluationForm other;
    other.weaknesses = u"Chậm"_s;
    r = m_b->evaluations.saveForm(u"P1"_s, 2026, other, beforeForm);
    QVERIFY(r.conflict);
    QVERIFY2(r.error.contains(u"Written form"_s), qPrintable(r.error));
    QCOMPARE(m_b->evaluations.form(u"P1"_s, 2026).strengths, u"Chăm chỉ"_s);
    QCOMPARE(m_b->evaluations.form(u"P1"_s, 2026).weaknesses, QString());
    b = beforeForm;
    b.note = u"y"_s;
    QVERIFY(m_b->evaluations.save(b, beforeForm).conflict);
}

void TestConcurrentEdit::evaluationImportBetweenReadAndSaveConflicts()
{
    Evaluation e;
    e.staffCode = u"P1"_s;
    e.year = 2026;
    QVERIFY(m_a->evaluations.save(e).ok());
    const Evaluation readByB = *m_b->evaluations.find(u"P1"_s, 2026);

    Evaluation fromFile;
    fromFile.staffCode = u"P1"_s;
    fromFile.year = 2026;
    fromFile.finalLevel = u"tot"_s;
    m_a->evaluations.setActor(u"cli:importer"_s);
    const ImportReport report = m_a->evaluations.importEvaluations({{2, fromFile, {}}}, {}, {});
    QVERIFY2(report.inserted + report.updated == 1, qPrintable(report.storageError));

    Evaluation b = readByB;
    b.note = u"z"_s;
    const SaveResult r = m_b->evaluations.save(b, readByB);
    QVERIFY(r.conflict);
    QVERIFY2(r.error.contains(u"importer"_s), qPrintable(r.error));
    QVERIFY2(r.error.contains(u"Final level"_s), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestConcurrentEdit)
#include "tst_concurrentedit.moc"
