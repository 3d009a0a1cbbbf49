// SPDX-License-Identifier: GPL-3.0-or-later
// Personal data on disk (issue 8 item 6; ND 13/2023/NĐ-CP): a new database, its WAL companions and the
// app's exports are readable and writable by their owner only (mode 0600), whatever the umask.
#include "app/outputfile.h"
#include "storage/database.h"
#include "storage/filepermissions.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

/** The permission bits of path (-1 when it does not exist). */
int mode(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

/** Runs the test body under umask, restoring the old one. */
class Umask
{
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) { }
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

class TestFilePermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void newDatabaseIsOwnerOnly_data();
    void newDatabaseIsOwnerOnly();
    void staleCompanionsAreRestricted();
    void restrictToOwnerOfAMissingFile();
    void exportsAreOwnerOnly_data();
    void exportsAreOwnerOnly();
};

void TestFilePermissions::newDatabaseIsOwnerOnly_data()
{
    QTest::addColumn<int>("umask");
    QTest::addRow("usual umask 022") << 022;
    QTest::addRow("permissive umask 000") << 0;
}

void TestFilePermissions::newDatabaseIsOwnerOnly()
{
    QFETCH(int, umask);
    const Umask guard(mode_t(umask & 0777));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"office/congvu.sqlite"_s);
    {
        Database db(u"perm"_s);
        QCOMPARE(db.open(path), Database::Status::Ok);
        QCOMPARE(mode(path), 0600);
        // A write goes through the write-ahead log: SQLite creates -wal and -shm like the database.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"INSERT INTO org_unit (code, name, kind) VALUES ('U1', 'A', 'xa')"_s));
        QVERIFY(QFile::exists(path + u"-wal"_s));
        QCOMPARE(mode(path + u"-wal"_s), 0600);
        QCOMPARE(mode(path + u"-shm"_s), 0600);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"perm"_s);
    QCOMPARE(mode(path), 0600);
}

void TestFilePermissions::staleCompanionsAreRestricted()
{
    // A database file removed by hand can leave its -wal behind, readable by all; a new database
    // at that path takes it over owner-only.
    const Umask guard(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"congvu.sqlite"_s);
    {
        QFile stale(path + u"-journal"_s);
        QVERIFY(stale.open(QIODevice::WriteOnly));
    }
    QCOMPARE(mode(path + u"-journal"_s), 0644);
    {
        Database db(u"stale"_s);
        QCOMPARE(db.open(path), Database::Status::Ok);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"stale"_s);
    QCOMPARE(mode(path), 0600);
    if (QFile::exists(path + u"-journal"_s)) // SQLite may have rolled it back and removed it
        QCOMPARE(mode(path + u"-journal"_s), 0600);

    // The function itself, on files that all exist.
    const QString other = dir.filePath(u"other.sqlite"_s);
    for (const QString &name : {other, other + u"-wal"_s, other + u"-shm"_s}) {
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(mode(name), 0644);
    }
    FilePermissions::restrictDatabaseFiles(other);
    QCOMPARE(mode(other), 0600);
    QCOMPARE(mode(other + u"-wal"_s), 0600);
    QCOMPARE(mode(other + u"-shm"_s), 0600);
    QVERIFY(!QFile::exists(other + u"-journal"_s)); // not created by it
}

void TestFilePermissions::restrictToOwnerOfAMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(!FilePermissions::restrictToOwner(dir.filePath(u"none"_s)));
    FilePermissions::restrictDatabaseFiles(u":memory:"_s); // nothing on disk: nothing to do
}

void TestFilePermissions::exportsAreOwnerOnly_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addRow("a new file") << false;
    QTest::addRow("over a file readable by all") << true;
}

void TestFilePermissions::exportsAreOwnerOnly()
{
    QFETCH(bool, exists);
    const Umask guard(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"can-bo.csv"_s);
    if (exists) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
        f.close();
        QCOMPARE(mode(path), 0644);
    }
    QString error;
    QVERIFY2(OutputFile::write(path, "code,full_name\nS1,Nguyễn Văn Ánh\n", &error), qPrintable(error));
    QCOMPARE(mode(path), 0600);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("code,full_name\nS1,Nguyễn Văn Ánh\n"));
}

QTEST_GUILESS_MAIN(TestFilePermissions)
#include "tst_filepermissions.moc"
