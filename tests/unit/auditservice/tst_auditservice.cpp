// SPDX-License-Identifier: GPL-3.0-or-later
// AuditService: the audit trail read back (issue 8 item 5; ND 13/2023 traceability): the filters by
// person, unit, user, kind, dates and diacritics-free words, paging newest first, the field-by-field
// changes, and that reading never writes.
#include "services/auditservice.h"
#include "storage/auditrepository.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AuditFilter)

namespace {

/** Noon, local time, of day: far from any day boundary whatever the time zone of the run. */
QDateTime noon(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(12, 0), Qt::LocalTime);
}

QList<qint64> ids(const AuditPage &page)
{
    QList<qint64> out;
    for (const AuditEntry &e : page.entries)
        out << e.id;
    return out;
}

} // namespace

class TestAuditService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void paging_data();
    void paging();
    void rangeEndingBeforeItStartsIsAFieldError();
    void likeWildcardsInACodeMatchLiterally();
    void changesFieldByField();
    void changesOfAnInsertAndADelete();
    void readingNeverWrites();

private:
    std::unique_ptr<TestDatabase> m_db;
};

/*
 * The trail, ids in order of appending:
 *  1  10/01 cli:lan   insert staff S1            (unit U1)  Nguyễn Văn Ánh
 *  2  01/02 app:minh  update staff S1            U1 → U2
 *  3  05/02 cli:lan   insert evaluation S1/2025
 *  4  01/03 app:minh  insert staff S2            (unit U2)  Trần Thị Bích
 *  5  02/03 cli:lan   update org_unit U1
 *  6  03/03 app:minh  insert training_enrolment 7 (staff_code S2)
 *  7  04/03 cli:lan   insert excellent_cap_exception U1/2025 (unit_code U1)
 *  8  05/03 app:minh  insert staff S10           (unit U1)  Lê Đức Minh
 *  9  06/03 cli:lan   insert evaluation S10/2025
 * The staff table now: S1 and S2 in U2, S10 in U1.
 */
void TestAuditService::init()
{
    m_db = std::make_unique<TestDatabase>();
    QSqlQuery q(m_db->connection());
    for (const QString &unit : {u"U1"_s, u"U2"_s})
        QVERIFY(q.exec(u"INSERT INTO org_unit (code, name, kind) VALUES ('%1', 'Unit %1', 'xa')"_s.arg(unit)));
    for (const auto &[code, unit] : {std::pair{u"S1"_s, u"U2"_s}, {u"S2"_s, u"U2"_s}, {u"S10"_s, u"U1"_s}}) {
        QVERIFY2(q.exec(u"INSERT INTO staff (code, full_name, birth_date, unit_code, category, position) "
                        "VALUES ('%1', 'X', '1990-01-01', '%2', 'cc', 'x')"_s.arg(code, unit)),
                 qPrintable(q.lastError().text()));
    }
    AuditRepository repo(m_db->connection());
    const QString s1u1 = u"{\"code\":\"S1\",\"full_name\":\"Nguyễn Văn Ánh\",\"unit_code\":\"U1\"}"_s;
    const QString s1u2 = u"{\"code\":\"S1\",\"full_name\":\"Nguyễn Văn Ánh\",\"unit_code\":\"U2\"}"_s;
    const std::vector<AuditEntry> rows{
        {0, noon(1, 10), u"cli:lan"_s, u"insert"_s, u"staff"_s, u"S1"_s, {}, s1u1},
        {0, noon(2, 1), u"app:minh"_s, u"update"_s, u"staff"_s, u"S1"_s, s1u1, s1u2},
        {0, noon(2, 5), u"cli:lan"_s, u"insert"_s, u"evaluation"_s, u"S1/2025"_s, {},
         u"{\"staff_code\":\"S1\",\"year\":2025}"_s},
        {0, noon(3, 1), u"app:minh"_s, u"insert"_s, u"staff"_s, u"S2"_s, {},
         u"{\"code\":\"S2\",\"full_name\":\"Trần Thị Bích\",\"unit_code\":\"U2\"}"_s},
        {0, noon(3, 2), u"cli:lan"_s, u"update"_s, u"org_unit"_s, u"U1"_s, u"{\"code\":\"U1\",\"name\":\"A\"}"_s,
         u"{\"code\":\"U1\",\"name\":\"B\"}"_s},
        {0, noon(3, 3), u"app:minh"_s, u"insert"_s, u"training_enrolment"_s, u"7"_s, {},
         u"{\"id\":7,\"staff_code\":\"S2\"}"_s},
        {0, noon(3, 4), u"cli:lan"_s, u"insert"_s, u"excellent_cap_exception"_s, u"U1/2025"_s, {},
         u"{\"unit_code\":\"U1\",\"year\":2025}"_s},
        {0, noon(3, 5), u"app:minh"_s, u"insert"_s, u"staff"_s, u"S10"_s, {},
         u"{\"code\":\"S10\",\"full_name\":\"Lê Đức Minh\",\"unit_code\":\"U1\"}"_s},
        {0, noon(3, 6), u"cli:lan"_s, u"insert"_s, u"evaluation"_s, u"S10/2025"_s, {},
         u"{\"staff_code\":\"S10\",\"year\":2025}"_s},
    };
    for (const AuditEntry &e : rows) {
        QString error;
        QVERIFY2(repo.append(e, &error), qPrintable(error));
    }
}

void TestAuditService::cleanup()
{
    m_db.reset();
}

void TestAuditService::filters_data()
{
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<QList<qint64>>("expected");

    auto f = [](auto set) {
        AuditFilter filter;
        set(filter);
        return filter;
    };
    QTest::addRow("no filter: every row, newest first")
        << AuditFilter{} << QList<qint64>{9, 8, 7, 6, 5, 4, 3, 2, 1};
    QTest::addRow("person S1: the record and its evaluation, not S10's")
        << f([](AuditFilter &x) { x.staffCode = u"S1"_s; }) << QList<qint64>{3, 2, 1};
    QTest::addRow("person S10: its record and evaluation")
        << f([](AuditFilter &x) { x.staffCode = u"S10"_s; }) << QList<qint64>{9, 8};
    QTest::addRow("person S2: the record and the enrolment naming staff_code S2")
        << f([](AuditFilter &x) { x.staffCode = u"S2"_s; }) << QList<qint64>{6, 4};
    QTest::addRow("unit U1: the unit, snapshots in U1, the people now in U1")
        << f([](AuditFilter &x) { x.unitCode = u"U1"_s; }) << QList<qint64>{9, 8, 7, 5, 2, 1};
    QTest::addRow("unit U2: snapshots in U2 and the people now in U2 (S1, S2)")
        << f([](AuditFilter &x) { x.unitCode = u"U2"_s; }) << QList<qint64>{6, 4, 3, 2, 1};
    QTest::addRow("user by name after the prefix")
        << f([](AuditFilter &x) { x.user = u"lan"_s; }) << QList<qint64>{9, 7, 5, 3, 1};
    QTest::addRow("user as written")
        << f([](AuditFilter &x) { x.user = u"app:minh"_s; }) << QList<qint64>{8, 6, 4, 2};
    QTest::addRow("user: a part of a name is not a user")
        << f([](AuditFilter &x) { x.user = u"mi"_s; }) << QList<qint64>{};
    QTest::addRow("kind of record")
        << f([](AuditFilter &x) { x.entity = u"evaluation"_s; }) << QList<qint64>{9, 3};
    QTest::addRow("dates: both days included")
        << f([](AuditFilter &x) {
               x.from = QDate(2026, 2, 1);
               x.to = QDate(2026, 3, 1);
           })
        << QList<qint64>{4, 3, 2};
    QTest::addRow("from only") << f([](AuditFilter &x) { x.from = QDate(2026, 3, 5); }) << QList<qint64>{9, 8};
    QTest::addRow("to only") << f([](AuditFilter &x) { x.to = QDate(2026, 1, 10); }) << QList<qint64>{1};
    QTest::addRow("words without diacritics find the name")
        << f([](AuditFilter &x) { x.text = u"nguyen van anh"_s; }) << QList<qint64>{2, 1};
    QTest::addRow("words with other case and accents")
        << f([](AuditFilter &x) { x.text = u"  TRẦN thi   BICH "_s; }) << QList<qint64>{4};
    QTest::addRow("words: đ folds to d") << f([](AuditFilter &x) { x.text = u"le duc"_s; }) << QList<qint64>{8};
    QTest::addRow("words match the user too") << f([](AuditFilter &x) { x.text = u"minh"_s; })
                                              << QList<qint64>{8, 6, 4, 2};
    QTest::addRow("filters combine: person and user")
        << f([](AuditFilter &x) {
               x.staffCode = u"S1"_s;
               x.user = u"lan"_s;
           })
        << QList<qint64>{3, 1};
    QTest::addRow("filters combine: unit, kind and words")
        << f([](AuditFilter &x) {
               x.unitCode = u"U1"_s;
               x.entity = u"staff"_s;
               x.text = u"minh"_s;
           })
        << QList<qint64>{8, 2};
}

void TestAuditService::filters()
{
    QFETCH(AuditFilter, filter);
    QFETCH(QList<qint64>, expected);
    const AuditPage page = AuditService(m_db->db()).find(filter);
    QVERIFY2(page.ok(), qPrintable(page.error));
    QCOMPARE(ids(page), expected);
    QCOMPARE(page.total, qint64(expected.size()));
}

void TestAuditService::paging_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::addColumn<qint64>("total");
    QTest::addRow("first page") << QString() << 0 << 4 << QList<qint64>{9, 8, 7, 6} << qint64(9);
    QTest::addRow("second page") << QString() << 4 << 4 << QList<qint64>{5, 4, 3, 2} << qint64(9);
    QTest::addRow("last, short page") << QString() << 8 << 4 << QList<qint64>{1} << qint64(9);
    QTest::addRow("past the end") << QString() << 20 << 4 << QList<qint64>{} << qint64(9);
    QTest::addRow("the rest from an offset") << QString() << 6 << -1 << QList<qint64>{3, 2, 1} << qint64(9);
    QTest::addRow("words, first page") << u"lan"_s << 0 << 2 << QList<qint64>{9, 7} << qint64(5);
    QTest::addRow("words, second page") << u"lan"_s << 2 << 2 << QList<qint64>{5, 3} << qint64(5);
}

void TestAuditService::paging()
{
    QFETCH(QString, text);
    QFETCH(int, offset);
    QFETCH(int, limit);
    QFETCH(QList<qint64>, expected);
    QFETCH(qint64, total);
    AuditFilter filter;
    filter.text = text;
    const AuditPage page = AuditService(m_db->db()).find(filter, offset, limit);
    QVERIFY2(page.ok(), qPrintable(page.error));
    QCOMPARE(ids(page), expected);
    QCOMPARE(page.total, total);
    QCOMPARE(page.offset, offset);
}

void TestAuditService::rangeEndingBeforeItStartsIsAFieldError()
{
    AuditFilter filter;
    filter.from = QDate(2026, 3, 2);
    filter.to = QDate(2026, 3, 1);
    const AuditPage page = AuditService(m_db->db()).find(filter);
    QCOMPARE(page.fieldErrors.size(), size_t(1));
    QCOMPARE(page.fieldErrors.front().field, u"to"_s);
    QVERIFY2(page.fieldErrors.front().message.contains(u"01/03/2026"_s), qPrintable(page.fieldErrors.front().message));
    QVERIFY(page.entries.empty());
    QCOMPARE(page.total, qint64(0));
}

void TestAuditService::likeWildcardsInACodeMatchLiterally()
{
    // "S_" would match S1 and S2 as a LIKE pattern; as a code it matches nothing.
    AuditFilter filter;
    filter.staffCode = u"S_"_s;
    QCOMPARE(ids(AuditService(m_db->db()).find(filter)), QList<qint64>{});
    filter.staffCode = u"S%"_s;
    QCOMPARE(ids(AuditService(m_db->db()).find(filter)), QList<qint64>{});
    filter = {};
    filter.unitCode = u"U%"_s;
    QCOMPARE(ids(AuditService(m_db->db()).find(filter)), QList<qint64>{});
}

void TestAuditService::changesFieldByField()
{
    const std::optional<AuditEntry> moved = AuditService(m_db->db()).entry(2);
    QVERIFY(moved);
    const std::vector<AuditFieldChange> changes = AuditService::changes(*moved);
    QStringList lines;
    for (const AuditFieldChange &c : changes)
        lines << u"%1:%2>%3:%4"_s.arg(c.field, c.before, c.after, c.changed ? u"changed"_s : u"same"_s);
    // In the snapshot's own order, not alphabetical.
    QCOMPARE(lines, (QStringList{u"code:S1>S1:same"_s, u"full_name:Nguyễn Văn Ánh>Nguyễn Văn Ánh:same"_s,
                                 u"unit_code:U1>U2:changed"_s}));
}

void TestAuditService::changesOfAnInsertAndADelete()
{
    const AuditEntry insert{0, noon(1, 1), u"x"_s, u"insert"_s, u"evaluation"_s, u"S1/2025"_s, {},
                            u"{\"staff_code\":\"S1\",\"year\":2025,\"score\":92.5,\"ok\":true,\"note\":null,"
                            "\"items\":[{\"a\":1}]}"_s};
    QStringList lines;
    for (const AuditFieldChange &c : AuditService::changes(insert))
        lines << u"%1:%2>%3:%4"_s.arg(c.field, c.before, c.after, c.changed ? u"changed"_s : u"same"_s);
    QCOMPARE(lines, (QStringList{u"staff_code:>S1:changed"_s, u"year:>2025:changed"_s, u"score:>92.5:changed"_s,
                                 u"ok:>true:changed"_s, u"note:>:same"_s, u"items:>[{\"a\":1}]:changed"_s}));

    const AuditEntry removal{0, noon(1, 1), u"x"_s, u"delete"_s, u"staff"_s, u"S9"_s, u"{\"code\":\"S9\"}"_s, {}};
    const std::vector<AuditFieldChange> gone = AuditService::changes(removal);
    QCOMPARE(gone.size(), size_t(1));
    QCOMPARE(gone.front().before, u"S9"_s);
    QCOMPARE(gone.front().after, QString());
    QVERIFY(gone.front().changed);
}

void TestAuditService::readingNeverWrites()
{
    // The service has no call that writes; prove it by running every call on a connection that
    // refuses writes (SQLite's query_only, PostgreSQL's read-only transactions) and finding the trail unchanged.
    const bool server = m_db->db().dialect().engine() == SqlDialect::Engine::Postgres;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(server ? u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s : u"PRAGMA query_only = ON"_s));
    QVERIFY(!q.exec(u"DELETE FROM audit_log"_s)); // the guard works
    const AuditService service(m_db->db());
    AuditFilter filter;
    filter.staffCode = u"S1"_s;
    QVERIFY(service.find(filter).ok());
    filter.text = u"anh"_s;
    QVERIFY(service.find(filter, 1, 1).ok());
    QVERIFY(service.entry(1).has_value());
    QCOMPARE(service.actors(), (QStringList{u"app:minh"_s, u"cli:lan"_s}));
    QCOMPARE(service.entities().size(), 5);
    QVERIFY(q.exec(server ? u"SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE"_s : u"PRAGMA query_only = OFF"_s));
    QCOMPARE(AuditRepository(m_db->connection()).count(), qint64(9));
    // And the API offers nothing that writes: every member but the constructor is const.
    static_assert(std::is_same_v<decltype(&AuditService::find),
                                 AuditPage (AuditService::*)(const AuditFilter &, int, int) const>);
    static_assert(std::is_same_v<decltype(&AuditService::entry),
                                 std::optional<AuditEntry> (AuditService::*)(qint64) const>);
    static_assert(std::is_same_v<decltype(&AuditService::actors), QStringList (AuditService::*)() const>);
    static_assert(std::is_same_v<decltype(&AuditService::entities), QStringList (AuditService::*)() const>);
}

QTEST_GUILESS_MAIN(TestAuditService)
#include "tst_auditservice.moc"
