// SPDX-License-Identifier: GPL-3.0-or-later
// The shared office under load (issue 8, items 3 and 8): several officers write while others read, each
// on a connection of their own to the same database (a SQLite file in WAL mode, or the PostgreSQL
// server of TestDatabase). A long import does not block readers and a second writer waits for it
// instead of failing; 5 writers and 20 readers for a bounded time lose nothing: every write a writer
// was told succeeded is stored once with its audit row, no reader gets an error or sees a change
// half-written. CONGVU_LOAD_SECONDS sets the length of the load (3 s by default; longer by hand; the
// 60 s run is tests/bench/bench_officeload). Throughput is printed, never asserted.

#include "domain/recordfields.h"
#include "officeload.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/evaluationservice.h"
#include "services/importservice.h"
#include "services/qualificationservice.h"
#include "services/registryservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/staffrepository.h"
#include "testdatabase.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <chrono>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace OfficeLoad;

namespace {

/** Staff import rows of count new commune officers, codes prefix0001…, with every column present. */
std::vector<StaffImportRow> importRows(const QString &prefix, int count)
{
    std::vector<StaffImportRow> rows;
    rows.reserve(count);
    for (int i = 1; i <= count; ++i) {
        StaffImportRow row;
        row.line = i + 1;
        row.record = communeOfficer(prefix + u"%1"_s.arg(i, 4, 10, QLatin1Char('0')), nameFor(9, i));
        row.presentColumns = RecordFields::staffKeys();
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

class TestOfficeLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void longImportDoesNotBlockReadersAndTheNextWriterWaits();
    void fiveWritersTwentyReadersLoseNothing();

private:
    [[nodiscard]] bool isSqlite() const
    {
        return m_db->db().dialect().engine() == SqlDialect::Engine::Sqlite;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
};

void TestOfficeLoad::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(kNow);
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
}

void TestOfficeLoad::cleanup()
{
    m_db.reset();
}

void TestOfficeLoad::longImportDoesNotBlockReadersAndTheNextWriterWaits()
{
    // Someone to delete while the import runs: a write whose transaction reads before it writes.
    QVERIFY(Samples::insertStaff(m_db->db(), {communeOfficer(u"OLD1"_s, u"Đỗ Văn Cũ"_s)}));
    constexpr int kRows = 3000;
    const QString path = m_db->path();

    // The import holds its write transaction open (from its first progress report after writing
    // began) until the test lets it go.
    std::promise<void> holding;
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    auto import = std::async(std::launch::async, [&, released]() {
        Database db(uniqueConnection(u"import"_s));
        ImportReport report;
        if (db.open(path) != Database::Status::Ok) {
            report.storageError = db.errorString();
            holding.set_value();
            return report;
        }
        ImportService service(db, *m_clock);
        service.setActor(u"importer"_s);
        bool held = false;
        report = service.importStaff(importRows(u"IMP"_s, kRows), {}, {}, [&](int done, int total) {
            if (!held && done > total / 2) { // the checks took the first half: rows are being written
                held = true;
                holding.set_value();
                released.wait();
            }
        });
        if (!held)
            holding.set_value();
        return report;
    });
    auto releaseImport = qScopeGuard([&] {
        try {
            release.set_value();
        } catch (const std::future_error &) {
        }
    });
    QVERIFY(holding.get_future().wait_for(60s) == std::future_status::ready);

    // Readers get their answer while the import's transaction is open, and do not see it yet.
    auto read = std::async(std::launch::async, [&]() {
        Database db(uniqueConnection(u"reader"_s));
        QString error;
        int count = -1;
        if (db.open(path) != Database::Status::Ok)
            return std::make_pair(count, db.errorString());
        count = StaffRepository(db.connection()).count({}, &error);
        const QualificationReport report = QualificationService(db, *m_clock).report(kAsOf);
        if (error.isEmpty())
            error = report.error;
        if (error.isEmpty() && report.staff != 1)
            error = u"the qualification report counts %1 people, not 1"_s.arg(report.staff);
        return std::make_pair(count, error);
    });
    QVERIFY2(read.wait_for(30s) == std::future_status::ready, "a reader waited for the import");
    const auto [countDuringImport, readError] = read.get();
    QVERIFY2(readError.isEmpty(), qPrintable(readError));
    QCOMPARE(countDuringImport, 1); // OLD1 only: the import is not committed

    // A second officer's write waits for the import instead of failing.
    std::atomic<bool> secondDone = false;
    auto second = std::async(std::launch::async, [&]() {
        Database db(uniqueConnection(u"writer"_s));
        if (db.open(path) != Database::Status::Ok)
            return db.errorString();
        RegistryService registry(db, *m_clock);
        registry.setActor(u"second-officer"_s);
        SaveResult r = registry.removeStaff(u"OLD1"_s);
        if (r.ok())
            r = registry.addStaff(communeOfficer(u"NEW1"_s, u"Ngô Thị Mới"_s));
        secondDone = true;
        return r.text();
    });
    QTest::qWait(300);
    if (isSqlite()) // one writer at a time on a SQLite file: it is still waiting for the lock
        QVERIFY2(!secondDone.load(), "the second writer did not wait for the import");
    release.set_value();

    QVERIFY(import.wait_for(120s) == std::future_status::ready);
    const ImportReport report = import.get();
    QVERIFY2(report.storageError.isEmpty(), qPrintable(report.storageError));
    QVERIFY(report.written);
    QCOMPARE(report.inserted, kRows);
    QVERIFY(second.wait_for(60s) == std::future_status::ready);
    const QString secondError = second.get();
    QVERIFY2(secondError.isEmpty(), qPrintable(secondError));

    // Everything is there, each change with its one audit row.
    QCOMPARE(Samples::staffRows(m_db->db()), kRows + 1);
    QVERIFY(!StaffRepository(m_db->connection()).find(u"OLD1"_s));
    QVERIFY(StaffRepository(m_db->connection()).find(u"NEW1"_s));
    QString error;
    const auto byActor = counts(m_db->connection(),
                                u"SELECT actor, COUNT(*) FROM audit_log WHERE entity = 'staff' GROUP BY actor"_s,
                                &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(byActor.at(u"importer"_s), kRows);
    QCOMPARE(byActor.at(u"second-officer"_s), 2);
}

void TestOfficeLoad::fiveWritersTwentyReadersLoseNothing()
{
    constexpr int kWriters = 5;
    constexpr int kReaders = 20;
    bool ok = false;
    int seconds = qEnvironmentVariableIntValue("CONGVU_LOAD_SECONDS", &ok);
    if (!ok || seconds <= 0)
        seconds = 3;
    const QString path = m_db->path();
    const qint64 auditBefore = Samples::auditCount(m_db->db());

    std::atomic<bool> stop = false;
    ErrorLog errors;
    std::vector<std::future<WriterLog>> writers;
    std::vector<std::future<ReaderLog>> readers;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < kWriters; ++i)
        writers.push_back(std::async(std::launch::async, runWriter, path, i, std::cref(*m_clock), std::cref(stop),
                                     std::ref(errors)));
    for (int i = 0; i < kReaders; ++i)
        readers.push_back(std::async(std::launch::async, runReader, path, i, std::cref(*m_clock), std::cref(stop),
                                     std::ref(errors)));
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    std::vector<WriterLog> written;
    for (auto &w : writers)
        written.push_back(w.get());
    ReaderLog read;
    for (auto &r : readers) {
        const ReaderLog one = r.get();
        read.reads += one.reads;
        read.worstNs = std::max(read.worstNs, one.worstNs);
    }
    const double secondsRun = elapsed.nsecsElapsed() / 1e9;

    int writes = 0;
    for (const WriterLog &w : written)
        writes += w.writes;
    qInfo().noquote() << u"%1: %2 writers, %3 readers, %4 s: %5 writes (%6/s), %7 reads (%8/s), worst read %9 ms"_s
                             .arg(isSqlite() ? u"SQLite"_s : u"PostgreSQL"_s)
                             .arg(kWriters)
                             .arg(kReaders)
                             .arg(secondsRun, 0, 'f', 1)
                             .arg(writes)
                             .arg(writes / secondsRun, 0, 'f', 0)
                             .arg(read.reads)
                             .arg(read.reads / secondsRun, 0, 'f', 0)
                             .arg(read.worstNs / 1e6, 0, 'f', 1);
    const QStringList problems = errors.all();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    for (const WriterLog &w : written)
        QVERIFY2(w.writes > 0, "a writer wrote nothing");
    QVERIFY(read.reads >= kReaders);

    // Every change a writer was told succeeded is stored, once, as last saved; nothing else is.
    QString error;
    std::map<QString, QString> expectedStaff;
    std::map<QString, int> expectedStaffChanges;
    std::map<QString, int> expectedEvaluationChanges;
    for (const WriterLog &w : written) {
        expectedStaff.insert(w.staff.begin(), w.staff.end());
        expectedStaffChanges.insert(w.staffChanges.begin(), w.staffChanges.end());
        expectedEvaluationChanges.insert(w.evaluationChanges.begin(), w.evaluationChanges.end());
    }
    std::map<QString, QString> storedStaff;
    {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(u"SELECT code, full_name FROM staff WHERE code LIKE 'L%'"_s), qPrintable(q.lastError().text()));
        while (q.next())
            QVERIFY2(storedStaff.emplace(q.value(0).toString(), q.value(1).toString()).second, "a code stored twice");
    }
    QCOMPARE(storedStaff.size(), expectedStaff.size());
    QVERIFY(storedStaff == expectedStaff);
    const auto storedEvaluations = counts(
        m_db->connection(),
        u"SELECT staff_code, COUNT(*) FROM evaluation WHERE staff_code LIKE 'L%' GROUP BY staff_code"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(storedEvaluations.size(), expectedEvaluationChanges.size());
    for (const auto &[code, n] : storedEvaluations)
        QVERIFY2(n == 1 && expectedEvaluationChanges.count(code + u'/' + QString::number(kEvaluationYear)),
                 qPrintable(code));

    // The audit trail has one row per change, no more, no less: nothing half-written either way.
    const auto staffAudit = counts(
        m_db->connection(),
        u"SELECT entity_key, COUNT(*) FROM audit_log WHERE entity = 'staff' AND entity_key LIKE 'L%' GROUP BY entity_key"_s,
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(staffAudit == expectedStaffChanges);
    const auto evaluationAudit = counts(m_db->connection(),
                                        u"SELECT entity_key, COUNT(*) FROM audit_log WHERE entity = 'evaluation' "
                                        "AND entity_key LIKE 'L%' GROUP BY entity_key"_s,
                                        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(evaluationAudit == expectedEvaluationChanges);
    const QStringList inserts = column(m_db->connection(),
                                       u"SELECT entity_key FROM audit_log WHERE entity = 'staff' AND action = 'insert' "
                                       "AND entity_key LIKE 'L%'"_s,
                                       &error);
    QCOMPARE(qsizetype(inserts.size()), qsizetype(expectedStaff.size()));
    // The people entered by mistake are gone, each with its insert and delete rows.
    int removed = 0;
    for (const WriterLog &w : written)
        removed += w.removed;
    QVERIFY(removed > 0);
    QCOMPARE(column(m_db->connection(), u"SELECT code FROM staff WHERE code LIKE 'T%'"_s, &error), QStringList());
    const auto removedAudit = counts(m_db->connection(),
                                     u"SELECT action, COUNT(*) FROM audit_log WHERE entity = 'staff' "
                                     "AND entity_key LIKE 'T%' GROUP BY action"_s,
                                     &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(removedAudit.at(u"insert"_s), removed);
    QCOMPARE(removedAudit.at(u"delete"_s), removed);
    QCOMPARE(Samples::auditCount(m_db->db()), auditBefore + writes);
}

QTEST_GUILESS_MAIN(TestOfficeLoad)
#include "tst_officeload.moc"
