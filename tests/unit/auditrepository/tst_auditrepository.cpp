// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlinspect.h"
#include "storage/auditrepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AuditEntry)

namespace {

AuditEntry entry(const QDateTime &at, const QString &action, const QString &entity, const QString &key,
                 const QString &before, const QString &after, const QString &actor = u"app:hanh"_s)
{
    return {0, at, actor, action, entity, key, before, after};
}

const QDateTime kT0(QDate(2025, 7, 1), QTime(8, 15, 30, 123), Qt::UTC);

/** The trail used by the lookups: three changes of CB1, one of CB2, one of a unit. */
std::vector<AuditEntry> trail()
{
    return {
        entry(kT0, u"insert"_s, u"staff"_s, u"CB1"_s, {}, u"{\"code\":\"CB1\",\"full_name\":\"Nguyễn Văn A\"}"_s),
        entry(kT0.addSecs(60), u"insert"_s, u"staff"_s, u"CB2"_s, {}, u"{\"code\":\"CB2\"}"_s),
        entry(kT0.addSecs(120), u"update"_s, u"staff"_s, u"CB1"_s,
              u"{\"code\":\"CB1\",\"full_name\":\"Nguyễn Văn A\"}"_s, u"{\"code\":\"CB1\",\"full_name\":\"Nguyễn Văn Á\"}"_s),
        entry(kT0.addSecs(180), u"update"_s, u"org_unit"_s, u"CB1"_s, u"{}"_s, u"{\"valid_to\":\"2025-07-01\"}"_s),
        // Same second as the next one: the order is the order of appending, not of time.
        entry(kT0.addSecs(240), u"delete"_s, u"staff"_s, u"CB1"_s,
              u"{\"code\":\"CB1\",\"full_name\":\"Nguyễn Văn Á\"}"_s, {}),
        entry(kT0.addSecs(240), u"import"_s, u"staff"_s, u"CB1"_s, {}, u"{\"code\":\"CB1\"}"_s, u"cli:root"_s),
    };
}

QStringList describe(const std::vector<AuditEntry> &entries)
{
    QStringList out;
    for (const auto &e : entries)
        out << u"%1 %2 %3 %4"_s.arg(e.action, e.entity, e.entityKey, e.at.toUTC().toString(Qt::ISODateWithMs));
    return out;
}

} // namespace

/** Tests AuditRepository: append, forEntity (oldest first), count. */
class TestAuditRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void forEntity_data();
    void forEntity();
    void count();
    void appendFollowsTheTransaction();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<AuditRepository> m_repo;
};

void TestAuditRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAuditRepository::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_repo = std::make_unique<AuditRepository>(m_db->connection());
}

void TestAuditRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
}

void TestAuditRepository::roundTrip_data()
{
    QTest::addColumn<AuditEntry>("written");
    QTest::addColumn<QString>("storedAt"); // the at column as stored: UTC, milliseconds

    QTest::newRow("insert (no before)")
        << entry(kT0, u"insert"_s, u"staff"_s, u"CB1"_s, {}, u"{\"full_name\":\"Trần Thị Bích Ngọc\"}"_s)
        << u"2025-07-01T08:15:30.123Z"_s;
    QTest::newRow("delete (no after)")
        << entry(kT0, u"delete"_s, u"org_unit"_s, u"X_HOAHA"_s, u"{\"name\":\"Xã Hòa Hà\"}"_s, {})
        << u"2025-07-01T08:15:30.123Z"_s;
    QTest::newRow("update, local time of Hà Nội (UTC+7)")
        << entry(QDateTime(QDate(2025, 7, 1), QTime(15, 15, 30, 123), QTimeZone(7 * 3600)), u"update"_s,
                 u"staff"_s, u"CB1"_s, u"{\"a\":1}"_s, u"{\"a\":2}"_s, u"app:người dùng"_s)
        << u"2025-07-01T08:15:30.123Z"_s;
    QTest::newRow("before midnight UTC")
        << entry(QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59, 999), Qt::UTC), u"demo"_s, u"database"_s,
                 u"demo"_s, {}, u"{\"staff\":1000}"_s)
        << u"2024-12-31T23:59:59.999Z"_s;
}

void TestAuditRepository::roundTrip()
{
    QFETCH(AuditEntry, written);
    QFETCH(QString, storedAt);
    QString error;
    QVERIFY2(m_repo->append(written, &error), qPrintable(error));
    QCOMPARE(TestSupport::scalar(m_db->connection(), u"SELECT at FROM audit_log"_s).toString(), storedAt);
    const auto read = m_repo->forEntity(written.entity, written.entityKey, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read.size(), size_t(1));
    const AuditEntry &e = read[0];
    QVERIFY(e.id > 0);
    QCOMPARE(e.at, written.at); // the same instant
    QCOMPARE(e.at.toUTC().toString(Qt::ISODateWithMs), storedAt);
    QCOMPARE(e.actor, written.actor);
    QCOMPARE(e.action, written.action);
    QCOMPARE(e.entity, written.entity);
    QCOMPARE(e.entityKey, written.entityKey);
    QCOMPARE(e.beforeJson, written.beforeJson);
    QCOMPARE(e.afterJson, written.afterJson);
    // A missing snapshot is NULL, not ''.
    QCOMPARE(TestSupport::rows(m_db->connection(), u"SELECT before_json IS NULL, after_json IS NULL FROM audit_log"_s),
             QStringList{u"%1|%2"_s.arg(int(written.beforeJson.isEmpty())).arg(int(written.afterJson.isEmpty()))});
}

void TestAuditRepository::forEntity_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("one person, oldest first")
        << u"staff"_s << u"CB1"_s
        << QStringList{u"insert staff CB1 2025-07-01T08:15:30.123Z"_s, u"update staff CB1 2025-07-01T08:17:30.123Z"_s,
                       u"delete staff CB1 2025-07-01T08:19:30.123Z"_s, u"import staff CB1 2025-07-01T08:19:30.123Z"_s};
    QTest::newRow("another person") << u"staff"_s << u"CB2"_s
                                    << QStringList{u"insert staff CB2 2025-07-01T08:16:30.123Z"_s};
    QTest::newRow("same key, other entity") << u"org_unit"_s << u"CB1"_s
                                            << QStringList{u"update org_unit CB1 2025-07-01T08:18:30.123Z"_s};
    QTest::newRow("every record of an entity")
        << u"staff"_s << QString()
        << QStringList{u"insert staff CB1 2025-07-01T08:15:30.123Z"_s, u"insert staff CB2 2025-07-01T08:16:30.123Z"_s,
                       u"update staff CB1 2025-07-01T08:17:30.123Z"_s, u"delete staff CB1 2025-07-01T08:19:30.123Z"_s,
                       u"import staff CB1 2025-07-01T08:19:30.123Z"_s};
    QTest::newRow("unknown key") << u"staff"_s << u"CB9"_s << QStringList();
    QTest::newRow("unknown entity") << u"setting"_s << QString() << QStringList();
    QTest::newRow("keys are exact") << u"staff"_s << u"cb1"_s << QStringList();
}

void TestAuditRepository::forEntity()
{
    QFETCH(QString, entity);
    QFETCH(QString, key);
    QFETCH(QStringList, expected);
    for (const auto &e : trail())
        QVERIFY(m_repo->append(e));
    QString error;
    const auto found = m_repo->forEntity(entity, key, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(describe(found), expected);
    for (size_t i = 1; i < found.size(); ++i)
        QVERIFY(found[i - 1].id < found[i].id);
}

void TestAuditRepository::count()
{
    QCOMPARE(m_repo->count(), qint64(0));
    const auto entries = trail();
    for (size_t i = 0; i < entries.size(); ++i) {
        QVERIFY(m_repo->append(entries[i]));
        QCOMPARE(m_repo->count(), qint64(i + 1));
    }
}

void TestAuditRepository::appendFollowsTheTransaction()
{
    // Appends run in the caller's transaction: a rolled-back change leaves no audit row.
    {
        Transaction tx(m_db->connection());
        QVERIFY(m_repo->append(trail()[0]));
        QCOMPARE(m_repo->count(), qint64(1));
    }
    QCOMPARE(m_repo->count(), qint64(0));
    {
        Transaction tx(m_db->connection());
        QVERIFY(m_repo->append(trail()[0]));
        QVERIFY(tx.commit());
    }
    QCOMPARE(m_repo->count(), qint64(1));
}

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "tst_auditrepository.moc"
