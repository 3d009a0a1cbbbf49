// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlinspect.h"
#include "storage/culturerepository.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/settingrepository.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::RawConnection;

namespace {

int g_connection = 0;

QString nextConnectionName()
{
    return u"tst_database-%1"_s.arg(++g_connection);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/** The committed schema-version-1 database, copied to dir (the original stays untouched). */
QString copyOfVersion1(const QTemporaryDir &dir)
{
    const QString source = QStringLiteral(CONGVU_TEST_DATA_DIR "/congvu-v1.sqlite");
    const QString target = dir.filePath(u"office.sqlite"_s);
    if (!QFile::copy(source, target))
        return {};
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

QStringList codesOf(const std::vector<StaffMember> &people)
{
    QStringList out;
    for (const auto &p : people)
        out << p.code;
    return out;
}

} // namespace

/** Tests Database: opening, pragmas, migrations (with the committed v1 file), refusals; and Transaction. */
class TstDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensNewFile();
    void opensInMemory();
    void pragmas();
    void foreignKeysAreEnforced();
    void transactionRollsBackWhenNotCommitted();
    void transactionCommits();
    void transactionExplicitRollback();
    void nestedTransactionIsRefused();
    void repositoryWritesFollowTheTransaction();
    void refusesNonSqliteFile_data();
    void refusesNonSqliteFile();
    void refusesFolder();
    void refusesNewerDatabase();
    void refusesForeignDatabase();
    void upgradesVersion1();
    void failedMigrationChangesNothing();
    void openOnlyDoesNotMigrate();
    void seedsTheCultureChecklist();
};

void TstDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(QStringLiteral(CONGVU_TEST_DATA_DIR "/congvu-v1.sqlite")));
}

void TstDatabase::opensNewFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The folder is created too (the app data folder may not exist yet).
    const QString path = dir.filePath(u"nested/folder/congvu.sqlite"_s);
    const QString name = nextConnectionName();
    Database db(name);
    QCOMPARE(db.open(path), Database::Status::Ok);
    QVERIFY2(db.errorString().isEmpty(), qPrintable(db.errorString()));
    QVERIFY(db.isOpen());
    QCOMPARE(db.path(), path);
    QVERIFY(QFile::exists(path));
    QVERIFY(Database::latestVersion() >= 2);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    // One row in schema_version, holding the latest version.
    QCOMPARE(TestSupport::rows(db.connection(), u"SELECT version FROM schema_version"_s),
             QStringList{QString::number(Database::latestVersion())});
    QStringList tables = db.connection().tables();
    for (const auto &t : {u"org_unit"_s, u"staff"_s, u"audit_log"_s, u"setting"_s, u"schema_version"_s})
        QVERIFY2(tables.contains(t), qPrintable(t));
    // Personal data: readable and writable by the owner only.
    const auto perms = QFile::permissions(path);
    QVERIFY(perms.testFlag(QFileDevice::ReadOwner));
    QVERIFY(perms.testFlag(QFileDevice::WriteOwner));
    QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                       | QFileDevice::WriteOther)));
    // So are the WAL files SQLite writes next to it, which hold the same data.
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"INSERT INTO setting (key, value) VALUES ('office', 'UBND xã Đồng Hỷ')"_s));
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        QVERIFY2(QFile::exists(path + suffix), qPrintable(suffix));
        QVERIFY2(!(QFile::permissions(path + suffix) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)),
                 qPrintable(suffix));
    }

    db.close();
    QVERIFY(!db.isOpen());
    QVERIFY(!QSqlDatabase::contains(name)); // close() removed the connection
}

void TstDatabase::opensInMemory()
{
    Database db(nextConnectionName());
    QCOMPARE(db.open(u":memory:"_s), Database::Status::Ok);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(TestSupport::scalar(db.connection(), u"PRAGMA foreign_keys"_s).toInt(), 1);
}

void TstDatabase::pragmas()
{
    SKIP_ON_POSTGRES("WAL, foreign_keys and busy_timeout are pragmas of the SQLite connection and file");
    TestDatabase t;
    const QSqlDatabase c = t.connection();
    QCOMPARE(TestSupport::scalar(c, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(TestSupport::scalar(c, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(TestSupport::scalar(c, u"PRAGMA busy_timeout"_s).toInt(), 5000);
    // WAL is a property of the file: a second connection sees it too.
    RawConnection other(t.path());
    QVERIFY(other.isOpen());
    QCOMPARE(TestSupport::scalar(other.db(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void TstDatabase::foreignKeysAreEnforced()
{
    TestDatabase t;
    QSqlQuery q(t.connection());
    QVERIFY(!q.exec(u"INSERT INTO staff (code, full_name, birth_date, unit_code, category, position) "
                    "VALUES ('CB1', 'Nguyễn Văn A', '1980-01-01', 'KHONG_CO', 'cc', 'x')"_s));
    QVERIFY2(q.lastError().text().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(q.lastError().text()));
    QCOMPARE(TestSupport::scalar(t.connection(), u"SELECT COUNT(*) FROM staff"_s).toInt(), 0);
}

void TstDatabase::transactionRollsBackWhenNotCommitted()
{
    TestDatabase t;
    {
        Transaction tx(t.connection());
        QVERIFY(tx.isActive());
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(u"INSERT INTO setting (key, value) VALUES ('office', 'UBND xã Đồng Hỷ')"_s));
        // Visible inside the transaction…
        QCOMPARE(TestSupport::scalar(t.connection(), u"SELECT COUNT(*) FROM setting"_s).toInt(), 1);
    } // …and gone when the guard ends without commit().
    QCOMPARE(TestSupport::scalar(t.connection(), u"SELECT COUNT(*) FROM setting"_s).toInt(), 0);
    // The connection is usable for a new transaction afterwards.
    Transaction again(t.connection());
    QVERIFY(again.isActive());
}

void TstDatabase::transactionCommits()
{
    TestDatabase t;
    {
        Transaction tx(t.connection());
        QVERIFY(tx.isActive());
        QSqlQuery q(t.connection());
        QVERIFY(q.exec(u"INSERT INTO setting (key, value) VALUES ('office', 'UBND xã Đồng Hỷ')"_s));
        QVERIFY(tx.commit());
        QVERIFY(!tx.isActive());
        QVERIFY(!tx.commit()); // nothing left to commit
    }
    QCOMPARE(TestSupport::scalar(t.connection(), u"SELECT value FROM setting"_s).toString(), u"UBND xã Đồng Hỷ"_s);
    // Committed means on disk: another connection sees it.
    RawConnection other(t.path());
    QCOMPARE(TestSupport::scalar(other.db(), u"SELECT COUNT(*) FROM setting"_s).toInt(), 1);
}

void TstDatabase::transactionExplicitRollback()
{
    TestDatabase t;
    Transaction tx(t.connection());
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(u"INSERT INTO setting (key, value) VALUES ('a', 'b')"_s));
    tx.rollback();
    QVERIFY(!tx.isActive());
    QVERIFY(!tx.commit());
    QCOMPARE(TestSupport::scalar(t.connection(), u"SELECT COUNT(*) FROM setting"_s).toInt(), 0);
}

void TstDatabase::nestedTransactionIsRefused()
{
    TestDatabase t;
    Transaction outer(t.connection());
    QVERIFY(outer.isActive());
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(u"INSERT INTO setting (key, value) VALUES ('a', 'b')"_s));
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot start a transaction"_s));
        Transaction inner(t.connection());
        QVERIFY(!inner.isActive());
        QVERIFY(!inner.commit());
    } // the inner guard must not roll back the outer transaction
    QCOMPARE(TestSupport::scalar(t.connection(), u"SELECT COUNT(*) FROM setting"_s).toInt(), 1);
    QVERIFY(outer.commit());
    QCOMPARE(TestSupport::scalar(t.connection(), u"SELECT COUNT(*) FROM setting"_s).toInt(), 1);
}

void TstDatabase::repositoryWritesFollowTheTransaction()
{
    TestDatabase t;
    OrgUnit unit;
    unit.code = u"XA1"_s;
    unit.name = u"Xã Hòa Bình"_s;
    unit.kind = u"xa"_s;
    StaffMember m;
    m.code = u"CB1"_s;
    m.fullName = u"Nguyễn Văn A"_s;
    m.birthDate = QDate(1980, 1, 1);
    m.unitCode = u"XA1"_s;
    m.category = u"cc_xa"_s;
    m.position = u"dia_chinh"_s;
    {
        Transaction tx(t.connection());
        UnitRepository units(t.connection());
        StaffRepository staff(t.connection());
        QVERIFY(units.upsert(unit));
        QVERIFY(staff.upsert(m));
        AuditRepository(t.connection()).append({0, QDateTime::currentDateTimeUtc(), u"test"_s, u"insert"_s,
                                                  u"staff"_s, u"CB1"_s, {}, u"{}"_s});
        QVERIFY(staff.find(u"CB1"_s).has_value());
    } // not committed
    QCOMPARE(TestSupport::scalar(t.connection(), u"SELECT COUNT(*) FROM org_unit"_s).toInt(), 0);
    QCOMPARE(TestSupport::scalar(t.connection(), u"SELECT COUNT(*) FROM staff"_s).toInt(), 0);
    QCOMPARE(TestSupport::scalar(t.connection(), u"SELECT COUNT(*) FROM audit_log"_s).toInt(), 0);
}

void TstDatabase::refusesNonSqliteFile_data()
{
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("csv text") << QByteArray("code,full_name,birth_date\nCB1,Nguyễn Văn A,1980-01-01\n").repeated(20);
    QTest::newRow("short text") << QByteArray("hello");
    QByteArray random(8192, '\0');
    QRandomGenerator gen(42);
    for (auto &b : random)
        b = char(gen.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("xlsx (zip) header") << (QByteArray("PK\x03\x04", 4) + QByteArray(4096, 'x'));
    QTest::newRow("sqlite magic, broken rest") << (QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xff'));
}

void TstDatabase::refusesNonSqliteFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"danh-sach.xlsx"_s);
    QVERIFY(writeFile(path, content));
    Database db(nextConnectionName());
    QCOMPARE(db.open(path), Database::Status::CannotOpen);
    QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
    // The user's file is left exactly as it was (no WAL, no schema written into it).
    QCOMPARE(fileBytes(path), content);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TstDatabase::refusesFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a-folder"_s);
    QVERIFY(QDir().mkpath(path));
    Database db(nextConnectionName());
    QCOMPARE(db.open(path), Database::Status::CannotOpen);
    QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
    QVERIFY(QDir(path).isEmpty());
}

void TstDatabase::refusesNewerDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_s);
    const int future = Database::latestVersion() + 1;
    {
        Database db(nextConnectionName());
        QCOMPARE(db.open(path), Database::Status::Ok);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"UPDATE schema_version SET version = %1"_s.arg(future)));
        QVERIFY(q.exec(u"CREATE TABLE added_by_a_newer_version (x INTEGER)"_s));
    }
    QStringList before;
    {
        RawConnection raw(path);
        before = TestSupport::dump(raw.db());
    }
    Database db(nextConnectionName());
    QCOMPARE(db.open(path), Database::Status::TooNew);
    QVERIFY2(db.errorString().contains(u"newer"_s), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QString::number(future)), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
    RawConnection raw(path);
    QCOMPARE(TestSupport::dump(raw.db()), before);
}

void TstDatabase::refusesForeignDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"accounting.sqlite"_s);
    {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(u"CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)"_s), QString());
        QCOMPARE(raw.exec(u"INSERT INTO invoice (total) VALUES (12.5)"_s), QString());
    }
    QStringList before;
    {
        RawConnection raw(path);
        before = TestSupport::dump(raw.db());
    }
    Database db(nextConnectionName());
    QCOMPARE(db.open(path), Database::Status::NotCongVu);
    QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
    RawConnection raw(path);
    QCOMPARE(TestSupport::dump(raw.db()), before); // no CongVu table was added
}

void TstDatabase::upgradesVersion1()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    QVERIFY(!path.isEmpty());
    {
        // The committed file really is at version 1, without the columns of 0002.
        RawConnection raw(path);
        QCOMPARE(TestSupport::scalar(raw.db(), u"SELECT version FROM schema_version"_s).toInt(), 1);
        QVERIFY(!raw.db().record(u"staff"_s).contains(u"search_text"_s));
        QVERIFY(!raw.db().tables().contains(u"setting"_s));
    }

    QStringList afterFirstOpen;
    {
        Database db(nextConnectionName());
        QCOMPARE(db.open(path), Database::Status::Ok);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        const QSqlDatabase c = db.connection();
        QCOMPARE(TestSupport::rows(c, u"SELECT version FROM schema_version"_s),
                 QStringList{QString::number(Database::latestVersion())});
        QCOMPARE(TestSupport::scalar(c, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);

        // Every row is still there.
        UnitRepository units(c);
        QCOMPARE(units.all().size(), size_t(3));
        const auto hoaHa = units.find(u"X_HOAHA"_s);
        QVERIFY(hoaHa.has_value());
        QCOMPARE(hoaHa->name, u"Xã Hòa Hà"_s);
        QCOMPARE(hoaHa->parentCode, u"H_DONGHY"_s);
        QCOMPARE(hoaHa->validTo, QDate(2025, 7, 1));
        QCOMPARE(hoaHa->successorCode, u"X_DONGHY"_s);
        QVERIFY(hoaHa->difficultArea);

        StaffRepository staff(c);
        QCOMPARE(staff.count({}), 4);
        const auto anh = staff.find(u"CB001"_s);
        QVERIFY(anh.has_value());
        QCOMPARE(anh->fullName, u"Nguyễn Văn Ánh"_s);
        QCOMPARE(anh->birthDate, QDate(1980, 5, 12));
        QCOMPARE(anh->unitCode, u"X_HOAHA"_s);
        QCOMPARE(anh->category, u"cb_xa"_s);
        QCOMPARE(anh->position, u"chu_tich_ubnd"_s);
        QCOMPARE(anh->isLeader, std::optional<bool>(true));
        QCOMPARE(anh->professionalField, u"Luật"_s);
        QCOMPARE(anh->ethnicMinority, std::optional<bool>(false));
        const auto phuoc = staff.find(u"CB003"_s);
        QVERIFY(phuoc.has_value());
        QCOMPARE(phuoc->isLeader, std::optional<bool>());
        QCOMPARE(phuoc->professionalLevel, QString());
        const auto thuy = staff.find(u"CB004"_s);
        QVERIFY(thuy.has_value());
        QCOMPARE(thuy->endDate, QDate(2023, 10, 1));

        AuditRepository audit(c);
        QCOMPARE(audit.count(), qint64(2));
        const auto history = audit.forEntity(u"staff"_s, u"CB002"_s);
        QCOMPARE(history.size(), size_t(1));
        QCOMPARE(history[0].action, u"update"_s);
        QCOMPARE(history[0].at, QDateTime(QDate(2024, 3, 2), QTime(9, 30), Qt::UTC));

        // 0002 filled search_text and sort_key for the rows already there.
        QCOMPARE(TestSupport::rows(c, u"SELECT code, search_text, sort_key FROM staff ORDER BY code"_s),
                 (QStringList{u"CB001|nguyen van anh cb001|anh nguyen van anh"_s,
                              u"CB002|tran thi bich ngoc cb002|ngoc tran thi bich ngoc"_s,
                              u"CB003|dang huu phuoc cb003|phuoc dang huu phuoc"_s,
                              u"CB004|luong thi thuy cb004|thuy luong thi thuy"_s}));
        StaffQuery byName;
        byName.search = u"nguyen"_s;
        QCOMPARE(codesOf(staff.page(byName, std::nullopt, 50)), QStringList{u"CB001"_s});
        byName.search = u"PHUOC dang"_s;
        QCOMPARE(codesOf(staff.page(byName, std::nullopt, 50)), QStringList{u"CB003"_s});
        QCOMPARE(codesOf(staff.page({}, std::nullopt, 50)),
                 (QStringList{u"CB001"_s, u"CB002"_s, u"CB003"_s, u"CB004"_s}));

        // The tables of 0002 work.
        SettingRepository settings(c);
        QVERIFY(settings.setValue(u"office_name"_s, u"UBND huyện Đồng Hỷ"_s));
        QCOMPARE(settings.value(u"office_name"_s), std::optional<QString>(u"UBND huyện Đồng Hỷ"_s));
        afterFirstOpen = TestSupport::dump(c);
    }

    // A second open changes nothing.
    {
        Database db(nextConnectionName());
        QCOMPARE(db.open(path), Database::Status::Ok);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(TestSupport::dump(db.connection()), afterFirstOpen);
    }
    // The committed file itself was not touched.
    RawConnection original(QStringLiteral(CONGVU_TEST_DATA_DIR "/congvu-v1.sqlite"));
    QCOMPARE(TestSupport::scalar(original.db(), u"SELECT version FROM schema_version"_s).toInt(), 1);
}

void TstDatabase::failedMigrationChangesNothing()
{
    // A v1 file where someone added a table named like one of 0002's: 0002 fails part-way
    // (after its ALTER TABLEs), and its transaction must leave the file at version 1.
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    QVERIFY(!path.isEmpty());
    QStringList before;
    {
        RawConnection raw(path);
        QCOMPARE(raw.exec(u"CREATE TABLE setting (name TEXT)"_s), QString());
        before = TestSupport::dump(raw.db());
    }
    {
        Database db(nextConnectionName());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"migration 2 failed"_s));
        QCOMPARE(db.open(path), Database::Status::MigrationFailed);
        QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
        QVERIFY(!db.isOpen());
    }
    RawConnection raw(path);
    QCOMPARE(TestSupport::dump(raw.db()), before);
    QVERIFY(!raw.db().record(u"staff"_s).contains(u"search_text"_s));
}

void TstDatabase::openOnlyDoesNotMigrate()
{
    QTemporaryDir dir;
    const QString path = copyOfVersion1(dir);
    QVERIFY(!path.isEmpty());
    Database db(nextConnectionName());
    QCOMPARE(db.openOnly(path), Database::Status::Ok);
    QVERIFY(db.isOpen());
    QCOMPARE(db.schemaVersion(), 1);
    QVERIFY(!db.connection().record(u"staff"_s).contains(u"search_text"_s));
    // migrate() then brings it to the latest version.
    QCOMPARE(db.migrate(), Database::Status::Ok);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QVERIFY(db.connection().record(u"staff"_s).contains(u"search_text"_s));
}

void TstDatabase::seedsTheCultureChecklist()
{
    // Migration 0004 fills culture_item from assets/culture/checklist.json (LEGAL-RULES.md §3.3), on a
    // new database and on an upgraded one alike.
    QTemporaryDir dir;
    const QString upgraded = copyOfVersion1(dir);
    QVERIFY(!upgraded.isEmpty());
    for (const QString &path : {u":memory:"_s, upgraded}) {
        Database db(nextConnectionName());
        QCOMPARE(db.open(path), Database::Status::Ok);
        const std::vector<CultureItem> items = CultureRepository(db.connection()).items();
        QStringList codes;
        for (const CultureItem &i : items) {
            codes << i.code;
            QVERIFY2(!i.labelVi.isEmpty() && !i.labelEn.isEmpty() && !i.basis.isEmpty(), qPrintable(i.code));
            QVERIFY2(CultureGroups::table().contains(i.group), qPrintable(i.group));
            QVERIFY(i.active);
            QCOMPARE(i.origin, u"shipped"_s);
            QCOMPARE(i.leadersOnly, i.code == "cong_bang_lanh_dao"_L1);
        }
        QCOMPARE(codes, (QStringList{u"the_deo"_s, u"trang_phuc"_s, u"khong_ruou_bia"_s, u"khong_hut_thuoc"_s,
                                     u"dung_gio"_s, u"bon_xin_bon_luon"_s, u"khong_te_nan"_s, u"ky_luat_lam_viec"_s,
                                     u"hop_tac"_s, u"cong_bang_lanh_dao"_s}));
        QCOMPARE(items[2].labelVi, u"Không uống rượu, bia trong giờ làm việc và giờ nghỉ trưa"_s);
        QCOMPARE(items[2].ordinal, 3);
    }
}

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
