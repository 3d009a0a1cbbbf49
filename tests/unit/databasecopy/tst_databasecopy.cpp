// SPDX-License-Identifier: GPL-3.0-or-later
// DatabaseCopy (issue 8 item 2, `congvu migrate --to`): the demo office, with a row in every table the demo
// leaves empty, copied into a new SQLite file and, when CONGVU_TEST_PG_URL names a server, into a fresh
// PostgreSQL database made for the test (congvu_a_<pid>_<n>, dropped at the end): every table the same
// rows and checksum, the same reports, ids continuing after the copied ones; a target that holds data
// refused and left as it was; a difference found by the verification rolls everything back.

#include "exchange/qualificationexport.h"
#include "services/clock.h"
#include "services/demoservice.h"
#include "services/qualificationservice.h"
#include "services/registryservice.h"
#include "services/userservice.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "pgtestschema.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDemoStaff = 150;

/** Rows of table in db (-1 when it cannot be read). */
qint64 rowsOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/** Every table's rows and checksum. */
QMap<QString, std::pair<qint64, QByteArray>> snapshot(const QSqlDatabase &db)
{
    QMap<QString, std::pair<qint64, QByteArray>> out;
    QString error;
    const auto tables = DatabaseCopy::tablesInCopyOrder(db, &error);
    if (!tables) {
        qWarning() << error;
        return out;
    }
    for (const QString &t : *tables) {
        const auto sum = DatabaseCopy::checksum(db, t, &error);
        out.insert(t, sum ? std::make_pair(sum->rows, sum->sha256) : std::make_pair(qint64(-1), QByteArray()));
    }
    return out;
}

qint64 maxId(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT MAX(id) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestDatabaseCopy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_source;
    std::unique_ptr<FixedClock> m_clock;
    QTemporaryDir m_dir;
    QString m_pgUrl;
    QStringList m_pgDatabases; // made by this test, dropped at the end
    int m_targets = 0;

    /** An admin connection to the test server's database. */
    QSqlDatabase admin()
    {
        return PgTest::serverConnection(m_pgUrl, u"tst_databasecopy_admin"_s);
    }

    /** A new empty target: a file path that does not exist yet, or a fresh PostgreSQL database's URL. */
    QString newTarget(const QString &engine)
    {
        ++m_targets;
        if (engine == "sqlite"_L1)
            return m_dir.filePath(u"target-%1.sqlite"_s.arg(m_targets));
        const QString name = u"congvu_a_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(m_targets);
        QSqlQuery q(admin());
        q.exec(u"DROP DATABASE IF EXISTS "_s + name);
        if (!q.exec(u"CREATE DATABASE "_s + name)) {
            qWarning() << "cannot create" << name << q.lastError().text();
            return {};
        }
        m_pgDatabases << name;
        QUrl url(m_pgUrl);
        url.setPath(u"/"_s + name);
        return url.toString();
    }

    /** The rows a demo leaves out, so that every table has some. */
    void fillTheRest()
    {
        Database &db = m_source->db();
        UserService users(db, *m_clock);
        users.setPasswordIterations(1000);
        // The administrator last: on a PostgreSQL server roles are on as soon as there is one, and this
        // session has not logged in.
        QVERIFY(users.addUser(NewUser{u"hung"_s, u"Trần Văn Hùng"_s, u"viewer"_s, {}, u"mật-khẩu-dài-2"_s}).ok());
        QVERIFY(users.addUser(NewUser{u"lan"_s, u"Nguyễn Thị Lan"_s, u"administrator"_s, {}, u"mật-khẩu-dài-1"_s}).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT code FROM org_unit ORDER BY code LIMIT 1"_s) && q.next());
        const QString unit = q.value(0).toString();
        QVERIFY(q.exec(u"SELECT code FROM staff ORDER BY code LIMIT 1"_s) && q.next());
        const QString person = q.value(0).toString();
        // Whatever is still empty gets rows with the values that are hard to carry: NULLs, quotes,
        // diacritics, fractions.
        const QList<std::pair<QString, QString>> extra = {
            {u"review_decision"_s,
             u"INSERT INTO review_decision (year, unit_code, staff_code, award, outcome, votes_for, votes_against, "
             "votes_abstain, decision_no, decision_date, note) VALUES (2024, '%1', '%2', 'ldtt', 'approved', 7, 0, NULL, "
             "'12/QĐ-UBND', '2025-01-10', 'it''s \"quoted\"; đã duyệt')"_s.arg(unit, person)},
            {u"review_meeting"_s,
             u"INSERT INTO review_meeting (year, unit_code, meeting_date, place, chair, secretary, members_total, "
             "members_present) VALUES (2024, '%1', '2024-12-20', 'Hội trường UBND', 'Chủ tịch', 'Thư ký', 9, 8)"_s.arg(unit)},
            {u"year_closure"_s,
             u"INSERT INTO year_closure (year, closed_at, closed_by, note) VALUES (2019, '2020-02-01T08:00:00Z', "
             "'cli:lan', '')"_s},
            {u"excellent_cap_exception"_s,
             u"INSERT INTO excellent_cap_exception (unit_code, year, decision_no, reason) VALUES ('%1', 2024, "
             "'5/QĐ', 'đơn vị xuất sắc')"_s.arg(unit)},
            {u"evaluation_form"_s,
             u"INSERT INTO evaluation_form (staff_code, year, politics, strengths, weaknesses) VALUES ('%1', 2018, "
             "'Lập trường vững vàng', 'Tận tụy\nchu đáo', '')"_s.arg(person)},
            {u"evaluation_period"_s,
             u"INSERT INTO evaluation_period (staff_code, year, kind, number, general_points, note) VALUES ('%1', 2018, "
             "'quarter', 1, 18, 'quý I')"_s.arg(person)},
            {u"evaluation_task_item"_s,
             u"INSERT INTO evaluation_task_item (period_id, ordinal, title, assigned, done, weight) SELECT MIN(id), 1, "
             "'Báo cáo \"tháng\"', 3, 2, 2 FROM evaluation_period"_s},
            {u"setting"_s, u"INSERT INTO setting (key, value) VALUES ('office.name', 'Phòng Nội vụ – huyện Đông')"_s},
            {u"evaluation"_s,
             u"INSERT INTO evaluation (staff_code, year, score, note) VALUES ('%1', 2018, 87.3, 'điểm lẻ')"_s.arg(person)},
        };
        for (const auto &[table, sql] : extra) {
            if (rowsOf(db.connection(), table) == 0 || table == "evaluation"_L1)
                QVERIFY2(q.exec(sql), qPrintable(table + u": "_s + q.lastError().text()));
        }
        for (const auto &[table, rows] : snapshot(db.connection()).asKeyValueRange())
            QVERIFY2(rows.first > 0, qPrintable(u"the test leaves the table %1 empty: give it a row"_s.arg(table)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 10, 1), QTime(7, 0), Qt::UTC));
        m_source = std::make_unique<TestDatabase>();
        DemoService demo(m_source->db(), *m_clock);
        QString error;
        QVERIFY2(demo.fill(kDemoStaff, 5, &error), qPrintable(error));
        fillTheRest();
        m_pgUrl = qEnvironmentVariable("CONGVU_TEST_PG_URL");
        if (!m_pgUrl.isEmpty())
            QVERIFY2(admin().isOpen(), qPrintable(admin().lastError().text()));
    }

    void cleanupTestCase()
    {
        if (!m_pgUrl.isEmpty()) {
            QSqlQuery q(admin());
            for (const QString &name : std::as_const(m_pgDatabases))
                if (!q.exec(u"DROP DATABASE IF EXISTS "_s + name + u" WITH (FORCE)"_s))
                    qWarning() << "cannot drop" << name << q.lastError().text();
            admin().close();
        }
        QSqlDatabase::removeDatabase(u"tst_databasecopy_admin"_s);
        m_source.reset();
    }

    /** The order covers every table the migrations create, each after the tables its foreign keys name. */
    void copyOrderPutsParentsFirst()
    {
        Database fresh(u"order"_s);
        QCOMPARE(fresh.open(u":memory:"_s), Database::Status::Ok);
        QString error;
        const auto order = DatabaseCopy::tablesInCopyOrder(fresh.connection(), &error);
        QVERIFY2(order, qPrintable(error));
        QStringList all = fresh.connection().tables();
        all.removeIf([](const QString &t) { return t.startsWith("sqlite_"_L1) || t == "schema_version"_L1; });
        QStringList sorted = *order;
        sorted.sort();
        all.sort();
        QCOMPARE(sorted, all);
        int checked = 0;
        for (const QString &table : *order) {
            QSqlQuery q(fresh.connection());
            QVERIFY(q.exec(u"PRAGMA foreign_key_list(%1)"_s.arg(table)));
            while (q.next()) {
                const QString parent = q.value(2).toString();
                QVERIFY2(order->indexOf(parent) < order->indexOf(table), qPrintable(table + u" before "_s + parent));
                ++checked;
            }
        }
        QVERIFY(checked >= 10);
        QVERIFY(order->indexOf(u"org_unit"_s) < order->indexOf(u"staff"_s));
        QVERIFY(order->indexOf(u"evaluation_period"_s) < order->indexOf(u"evaluation_task_item"_s));
    }

    /** The same canonical checksum whatever type the driver returns a value as. */
    void checksumIsCanonical()
    {
        Database a(u"canon-a"_s);
        QCOMPARE(a.openOnly(u":memory:"_s), Database::Status::Ok);
        QSqlQuery q(a.connection());
        QVERIFY(q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, r REAL, s TEXT)"_s));
        QVERIFY(q.exec(u"INSERT INTO t VALUES (2, 87.0, NULL), (1, 85.3, '')"_s));
        Database b(u"canon-b"_s);
        QCOMPARE(b.openOnly(u":memory:"_s), Database::Status::Ok);
        QSqlQuery p(b.connection());
        // 87 stored as an integer, the rows inserted in the other order: the same checksum.
        QVERIFY(p.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, r NUMERIC, s TEXT)"_s));
        QVERIFY(p.exec(u"INSERT INTO t VALUES (1, 85.3, ''), (2, 87, NULL)"_s));
        QString error;
        const auto sa = DatabaseCopy::checksum(a.connection(), u"t"_s, &error);
        const auto sb = DatabaseCopy::checksum(b.connection(), u"t"_s, &error);
        QVERIFY2(sa && sb, qPrintable(error));
        QCOMPARE(sa->rows, 2);
        QCOMPARE(sa->sha256.toHex(), sb->sha256.toHex());
        // NULL and empty text differ.
        QVERIFY(p.exec(u"UPDATE t SET s = '' WHERE id = 2"_s));
        QVERIFY(DatabaseCopy::checksum(b.connection(), u"t"_s, &error)->sha256 != sa->sha256);
    }

    void copiesTheOffice_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("into a new SQLite file") << u"sqlite"_s;
        QTest::newRow("into a fresh PostgreSQL database") << u"postgres"_s;
    }

    void copiesTheOffice()
    {
        QFETCH(QString, engine);
        if (engine == "postgres"_L1 && m_pgUrl.isEmpty())
            QSKIP("CONGVU_TEST_PG_URL is not set: no PostgreSQL server to copy into");
        const QString target = newTarget(engine);
        QVERIFY(!target.isEmpty());
        const auto before = snapshot(m_source->connection());

        DatabaseCopy copy(m_source->db());
        qint64 lastCopied = -1, lastTotal = -1;
        QStringList done;
        copy.setProgress([&](qint64 copied, qint64 total) {
            QVERIFY(copied >= lastCopied);
            lastCopied = copied;
            lastTotal = total;
        });
        copy.setTableDone([&](const TableCopyReport &t) { done << t.table; });
        QElapsedTimer timer;
        timer.start();
        const DatabaseCopyResult result = copy.copyTo(target);
        QVERIFY2(result.ok(), qPrintable(result.error));
        qInfo() << "copied in" << timer.elapsed() << "ms";
        QVERIFY(!result.target.contains(u"password"_s));
        qint64 total = 0;
        for (const auto &[rows, sum] : before)
            total += rows;
        QCOMPARE(lastCopied, total);
        QCOMPARE(lastTotal, total);

        // The report: every table, in copy order, with the source's rows and checksum.
        QCOMPARE(qsizetype(result.tables.size()), before.size());
        for (const TableCopyReport &t : result.tables) {
            QVERIFY2(before.contains(t.table), qPrintable(t.table));
            QCOMPARE(t.rows, before[t.table].first);
            QCOMPARE(t.checksum.toHex(), before[t.table].second.toHex());
            QCOMPARE(t.shortChecksum().size(), 16);
        }
        QCOMPARE(done.size(), before.size());

        // Read back through a connection of its own: the same tables, and the source unchanged.
        Database reopened(u"reopened-"_s + engine);
        QCOMPARE(reopened.open(target), Database::Status::Ok);
        QCOMPARE(reopened.schemaVersion(), Database::latestVersion());
        const auto after = snapshot(reopened.connection());
        QCOMPARE(after.keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QCOMPARE(after[it.key()].first, it->first);
            QVERIFY2(after[it.key()].second == it->second, qPrintable(it.key()));
        }
        QVERIFY(snapshot(m_source->connection()) == before);

        // The same reports.
        const QDate asOf(2025, 12, 31);
        const QByteArray there = QualificationExport::toJson(QualificationService(reopened, *m_clock).report(asOf));
        const QByteArray here = QualificationExport::toJson(QualificationService(m_source->db(), *m_clock).report(asOf));
        QVERIFY(here.size() > 500);
        QCOMPARE(there, here);

        // New rows get new ids after the copied ones: a person added writes an audit row.
        const qint64 lastAudit = maxId(m_source->connection(), u"audit_log"_s);
        // On a PostgreSQL server with an administrator roles are on: the session logs in as them.
        reopened.setSessionUser(u"lan"_s);
        RegistryService registry(reopened, *m_clock);
        registry.setActor(u"cli:tester"_s);
        auto person = registry.findStaff(registry.allStaff().front().code);
        QVERIFY(person);
        person->code = u"MIGRATED-1"_s;
        person->fullName = u"Lê Văn Mới"_s;
        const SaveResult saved = registry.addStaff(*person);
        QVERIFY2(saved.ok(), qPrintable(saved.text()));
        QSqlQuery q(reopened.connection());
        QVERIFY(q.exec(u"INSERT INTO title_standard (position, instrument) VALUES ('x', 'y')"_s));
        if (m_source->db().dialect().engine() == SqlDialect::Engine::Sqlite) {
            QCOMPARE(maxId(reopened.connection(), u"audit_log"_s), lastAudit + 1);
            QCOMPARE(maxId(reopened.connection(), u"title_standard"_s),
                     maxId(m_source->connection(), u"title_standard"_s) + 1);
        } else { // a PostgreSQL source's sequences may have moved past its last row (rolled-back inserts)
            QVERIFY(maxId(reopened.connection(), u"audit_log"_s) > lastAudit);
            QVERIFY(maxId(reopened.connection(), u"title_standard"_s) > maxId(m_source->connection(), u"title_standard"_s));
        }
    }

    void refusesATargetThatHoldsData_data()
    {
        copiesTheOffice_data();
    }

    /** A second copy into the same target: refused, the table named, nothing changed there. */
    void refusesATargetThatHoldsData()
    {
        QFETCH(QString, engine);
        if (engine == "postgres"_L1 && m_pgUrl.isEmpty())
            QSKIP("CONGVU_TEST_PG_URL is not set: no PostgreSQL server to copy into");
        const QString target = newTarget(engine);
        {
            DatabaseCopy first(m_source->db());
            const auto result = first.copyTo(target);
            QVERIFY2(result.ok(), qPrintable(result.error));
        }
        Database watcher(u"watcher-"_s + engine);
        QCOMPARE(watcher.open(target), Database::Status::Ok);
        // One change on the target, so that "untouched" cannot mean "the same as the source".
        QSqlQuery q(watcher.connection());
        QVERIFY(q.exec(u"UPDATE staff SET full_name = 'Đã sửa' WHERE code = (SELECT MIN(code) FROM staff)"_s));
        const auto before = snapshot(watcher.connection());

        DatabaseCopy second(m_source->db());
        const DatabaseCopyResult refused = second.copyTo(target);
        QCOMPARE(refused.outcome, DatabaseCopyResult::Outcome::TargetNotEmpty);
        QVERIFY(!refused.table.isEmpty());
        QVERIFY2(refused.error.contains(refused.table), qPrintable(refused.error));
        QVERIFY(rowsOf(watcher.connection(), refused.table) > 0);
        QVERIFY(refused.tables.empty());
        QVERIFY(snapshot(watcher.connection()) == before);
    }

    /** A target with tables that are not CongVu's, or of another version: refused, left as it was. */
    void refusesAForeignDatabase()
    {
        const QString target = newTarget(u"sqlite"_s);
        {
            Database other(u"foreign"_s);
            QCOMPARE(other.openOnly(target), Database::Status::Ok);
            QSqlQuery q(other.connection());
            QVERIFY(q.exec(u"CREATE TABLE accounts (id INTEGER PRIMARY KEY)"_s));
        }
        const QByteArray bytes = TestSupport::readFile(target);
        DatabaseCopy copy(m_source->db());
        const DatabaseCopyResult refused = copy.copyTo(target);
        QCOMPARE(refused.outcome, DatabaseCopyResult::Outcome::TargetNotEmpty);
        QCOMPARE(refused.table, u"accounts"_s);
        QVERIFY2(refused.error.contains(u"accounts"_s), qPrintable(refused.error));
        QCOMPARE(TestSupport::readFile(target), bytes);

        const DatabaseCopyResult itself = copy.copyTo(m_source->path());
        QCOMPARE(itself.outcome, DatabaseCopyResult::Outcome::SameDatabase);
    }

    /** A CongVu database that was only created (migrations, no office) is empty: accepted. */
    void acceptsANewCongVuDatabase()
    {
        const QString target = newTarget(u"sqlite"_s);
        {
            Database created(u"created"_s);
            QCOMPARE(created.open(target), Database::Status::Ok);
        }
        DatabaseCopy copy(m_source->db());
        const DatabaseCopyResult result = copy.copyTo(target);
        QVERIFY2(result.ok(), qPrintable(result.error));
    }

    void verificationFailureRollsBack_data()
    {
        copiesTheOffice_data();
    }

    /** A table that reads back differently (a hook changes it): the whole copy rolled back, the table named. */
    void verificationFailureRollsBack()
    {
        QFETCH(QString, engine);
        if (engine == "postgres"_L1 && m_pgUrl.isEmpty())
            QSKIP("CONGVU_TEST_PG_URL is not set: no PostgreSQL server to copy into");
        const QString target = newTarget(engine);
        QVariantMap freshCounts;
        {
            Database created(u"created-"_s + engine);
            QCOMPARE(created.open(target), Database::Status::Ok);
            for (const auto &[table, rows] : snapshot(created.connection()).asKeyValueRange())
                freshCounts.insert(table, rows.first);
        }
        DatabaseCopy copy(m_source->db());
        copy.setAfterTableCopied([](const QString &table, QSqlDatabase db) {
            if (table != "evaluation"_L1)
                return;
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE evaluation SET note = note || '!' WHERE id = (SELECT MIN(id) FROM evaluation)"_s));
        });
        const DatabaseCopyResult result = copy.copyTo(target);
        QCOMPARE(result.outcome, DatabaseCopyResult::Outcome::VerificationFailed);
        QCOMPARE(result.table, u"evaluation"_s);
        QVERIFY2(result.error.contains(u"evaluation"_s), qPrintable(result.error));

        Database after(u"after-"_s + engine);
        QCOMPARE(after.open(target), Database::Status::Ok);
        for (const auto &[table, rows] : snapshot(after.connection()).asKeyValueRange())
            QCOMPARE(QVariant(rows.first), freshCounts.value(table));
        QCOMPARE(rowsOf(after.connection(), u"staff"_s), 0);
        // And a later copy into it goes through.
        after.close();
        DatabaseCopy again(m_source->db());
        const DatabaseCopyResult retried = again.copyTo(target);
        QVERIFY2(retried.ok(), qPrintable(retried.error));
    }

    /** A new file that the copy could not fill is removed again. */
    void failedCopyLeavesNoNewFile()
    {
        const QString target = newTarget(u"sqlite"_s);
        DatabaseCopy copy(m_source->db());
        copy.setAfterTableCopied([](const QString &table, QSqlDatabase db) {
            if (table == "staff"_L1)
                QSqlQuery(db).exec(u"UPDATE staff SET gender = NULL"_s);
        });
        const DatabaseCopyResult result = copy.copyTo(target);
        QCOMPARE(result.outcome, DatabaseCopyResult::Outcome::VerificationFailed);
        QCOMPARE(result.table, u"staff"_s);
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
