// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importcontroller.h"
#include "domain/recordfields.h"
#include "registrysamples.h"
#include "testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 20000;

QByteArray staffCsv(const QStringList &lines)
{
    return (RecordFields::staffKeys().join(u',') + u'\n' + lines.join(u'\n') + u'\n').toUtf8();
}

QString staffLine(const QString &code, const QString &unit, const QString &birth = u"02/05/1980"_s)
{
    return u"%1,Người %1,%3,nam,%2,cc,Chuyên viên,0,01/01/2010,,thpt,dai_hoc,Luật,trung_cap,chuyen_vien,,,0"_s.arg(
        code, unit, birth);
}

} // namespace

/**
 * ImportController runs an import in a worker thread on its own connection: busy while it runs,
 * then issues (line, column, message), summary, written, progress and dataChanged.
 */
class TestImportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void badRowWritesNothing();
    void goodFileIsWritten();
    void checkWritesNothing();
    void skipInvalidWritesTheValidRows();
    void importsUnits();
    void missingFile();
    void headerProblem();
    void fileAndKindProperties();
    void runWhileBusyIsIgnored();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    void waitUntilIdle();

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ImportController> m_controller;
};

void TestImportController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestImportController::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    m_controller = std::make_unique<ImportController>(m_db->db());
}

void TestImportController::cleanup()
{
    m_controller.reset(); // waits for its worker
    m_db.reset();
}

QString TestImportController::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportController::waitUntilIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->busy(), Timeout);
}

void TestImportController::badRowWritesNothing()
{
    const QString path =
        writeFile(u"bad.csv"_s, staffCsv({staffLine(u"P1"_s, u"AG"_s), staffLine(u"P2"_s, u"NOPE"_s),
                                          staffLine(u"P3"_s, u"W1"_s, u"31/02/1990"_s)}));
    m_controller->setFile(path);
    QSignalSpy busy(m_controller.get(), &ImportController::busyChanged);
    QSignalSpy finished(m_controller.get(), &ImportController::finished);
    QSignalSpy dataChanged(m_controller.get(), &ImportController::dataChanged);

    m_controller->run();
    QVERIFY(m_controller->busy());
    QCOMPARE(busy.count(), 1);
    waitUntilIdle();
    QCOMPARE(busy.count(), 2);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(dataChanged.count(), 0);
    QVERIFY(m_controller->hasRun());
    QVERIFY(!m_controller->written());
    QVERIFY(!m_controller->summary().isEmpty());
    QCOMPARE(m_controller->progress(), 1.0);

    const QVariantList issues = m_controller->issues();
    QCOMPARE(issues.size(), 2);
    const QVariantMap first = issues.at(0).toMap();
    QCOMPARE(first.value(u"line"_s).toInt(), 3);
    QCOMPARE(first.value(u"column"_s).toString(), u"unit_code"_s);
    QVERIFY(first.value(u"message"_s).toString().contains(u"NOPE"_s));
    const QVariantMap second = issues.at(1).toMap();
    QCOMPARE(second.value(u"line"_s).toInt(), 4);
    QCOMPARE(second.value(u"column"_s).toString(), u"birth_date"_s);

    QCOMPARE(Samples::staffRows(m_db->db()), 0);
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
}

void TestImportController::goodFileIsWritten()
{
    const QString path = writeFile(u"good.csv"_s, staffCsv({staffLine(u"P1"_s, u"AG"_s), staffLine(u"P2"_s, u"W1"_s),
                                                            staffLine(u"P3"_s, u"WN"_s)}));
    m_controller->setFile(path);
    QSignalSpy busy(m_controller.get(), &ImportController::busyChanged);
    QSignalSpy progress(m_controller.get(), &ImportController::progressChanged);
    QSignalSpy dataChanged(m_controller.get(), &ImportController::dataChanged);
    QSignalSpy finished(m_controller.get(), &ImportController::finished);

    m_controller->run();
    QVERIFY(m_controller->busy());
    QCOMPARE(m_controller->progress(), 0.0);
    waitUntilIdle();
    QCOMPARE(busy.count(), 2);
    QCOMPARE(finished.count(), 1);
    QVERIFY2(m_controller->written(), qPrintable(m_controller->summary()));
    QCOMPARE(dataChanged.count(), 1);
    QVERIFY(m_controller->issues().isEmpty());
    QVERIFY(!m_controller->summary().isEmpty());
    QVERIFY(progress.count() >= 2);
    QCOMPARE(m_controller->progress(), 1.0);

    QCOMPARE(Samples::staffRows(m_db->db()), 3);
    const auto audit = Samples::auditRows(m_db->db(), u"staff"_s);
    QCOMPARE(audit.size(), 3u);
    for (const auto &e : audit) {
        QCOMPARE(e.action, u"insert"_s);
        QVERIFY2(e.actor.startsWith(u"app:"_s), qPrintable(e.actor));
    }
    QCOMPARE(StaffRepository(m_db->db().connection()).find(u"P2"_s)->birthDate, QDate(1980, 5, 2));

    // The same file again: nothing changes, still "written" (an empty, committed transaction).
    m_controller->run();
    waitUntilIdle();
    QCOMPARE(Samples::auditCount(m_db->db()), 3);
    QCOMPARE(finished.count(), 2);
}

void TestImportController::checkWritesNothing()
{
    const QString path =
        writeFile(u"check.csv"_s, staffCsv({staffLine(u"P1"_s, u"AG"_s), staffLine(u"P2"_s, u"W2"_s)}));
    m_controller->setFile(path);
    QSignalSpy dataChanged(m_controller.get(), &ImportController::dataChanged);
    m_controller->check();
    QVERIFY(m_controller->busy());
    waitUntilIdle();
    QVERIFY(!m_controller->written());
    QVERIFY(m_controller->hasRun());
    QVERIFY(m_controller->issues().isEmpty());
    QVERIFY(m_controller->summary().contains(u"2"_s));
    QCOMPARE(dataChanged.count(), 0);
    QCOMPARE(m_controller->progress(), 1.0);
    QCOMPARE(Samples::staffRows(m_db->db()), 0);
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
}

void TestImportController::skipInvalidWritesTheValidRows()
{
    const QString path =
        writeFile(u"skip.csv"_s, staffCsv({staffLine(u"P1"_s, u"AG"_s), staffLine(u"P2"_s, u"NOPE"_s)}));
    m_controller->setFile(path);
    QSignalSpy dataChanged(m_controller.get(), &ImportController::dataChanged);
    m_controller->run(true);
    waitUntilIdle();
    QVERIFY(m_controller->written());
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(m_controller->issues().size(), 1);
    QCOMPARE(m_controller->issues().first().toMap().value(u"line"_s).toInt(), 3);
    QCOMPARE(Samples::staffRows(m_db->db()), 1);
}

void TestImportController::importsUnits()
{
    const QString path = writeFile(u"units.csv"_s, "mã đơn vị,tên đơn vị,loại đơn vị,mã đơn vị cấp trên\n"
                                                   "X1,Xã Mới,Xã,T\n"
                                                   "X2,Phòng Mới,co_quan,X1\n"_ba);
    QSignalSpy kind(m_controller.get(), &ImportController::kindChanged);
    m_controller->setKind(u"units"_s);
    QCOMPARE(kind.count(), 1);
    m_controller->setFile(path);
    m_controller->run();
    waitUntilIdle();
    QVERIFY2(m_controller->written(), qPrintable(m_controller->summary()));
    const auto x1 = UnitRepository(m_db->db().connection()).find(u"X1"_s);
    QVERIFY(x1);
    QCOMPARE(x1->kind, u"xa"_s);
    QCOMPARE(UnitRepository(m_db->db().connection()).find(u"X2"_s)->parentCode, u"X1"_s);
    QCOMPARE(Samples::auditRows(m_db->db(), u"org_unit"_s).size(), 2u);
}

void TestImportController::missingFile()
{
    m_controller->setFile(m_dir.filePath(u"does-not-exist.csv"_s));
    m_controller->run();
    waitUntilIdle();
    QVERIFY(!m_controller->written());
    QCOMPARE(m_controller->issues().size(), 1);
    QCOMPARE(m_controller->issues().first().toMap().value(u"line"_s).toInt(), 1);
    QVERIFY(!m_controller->summary().isEmpty());
}

void TestImportController::headerProblem()
{
    m_controller->setFile(writeFile(u"header.csv"_s, "mã cán bộ,họ tên\nP1,An\n"_ba));
    QSignalSpy dataChanged(m_controller.get(), &ImportController::dataChanged);
    m_controller->run(true);
    waitUntilIdle();
    QVERIFY(!m_controller->written());
    QCOMPARE(dataChanged.count(), 0);
    QVERIFY(!m_controller->summary().isEmpty());
    const QVariantList issues = m_controller->issues();
    QVERIFY(!issues.isEmpty());
    for (const QVariant &i : issues)
        QCOMPARE(i.toMap().value(u"line"_s).toInt(), 1);
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(), [](const QVariant &i) {
        return i.toMap().value(u"column"_s).toString() == u"họ tên"_s;
    }));
    QCOMPARE(Samples::staffRows(m_db->db()), 0);
}

void TestImportController::fileAndKindProperties()
{
    QCOMPARE(m_controller->kind(), u"staff"_s);
    QSignalSpy kind(m_controller.get(), &ImportController::kindChanged);
    m_controller->setKind(u"people"_s);
    QCOMPARE(kind.count(), 0);
    QCOMPARE(m_controller->kind(), u"staff"_s);

    QSignalSpy file(m_controller.get(), &ImportController::filePathChanged);
    const QString path = m_dir.filePath(u"Danh sách cán bộ.csv"_s);
    m_controller->setFile(QUrl::fromLocalFile(path).toString());
    QCOMPARE(m_controller->filePath(), path);
    QCOMPARE(file.count(), 1);
    m_controller->setFile(path);
    QCOMPARE(file.count(), 1);

    // No file: run() does nothing.
    ImportController idle(m_db->db());
    QSignalSpy busy(&idle, &ImportController::busyChanged);
    idle.run();
    QVERIFY(!idle.busy());
    QCOMPARE(busy.count(), 0);
    QVERIFY(!idle.hasRun());
    QVERIFY(idle.summary().isEmpty());
}

void TestImportController::runWhileBusyIsIgnored()
{
    QStringList lines;
    for (int i = 0; i < 300; ++i)
        lines << staffLine(u"P%1"_s.arg(i, 4, 10, QLatin1Char('0')), u"AG"_s);
    m_controller->setFile(writeFile(u"many.csv"_s, staffCsv(lines)));
    QSignalSpy finished(m_controller.get(), &ImportController::finished);
    m_controller->run();
    m_controller->run();
    m_controller->check();
    waitUntilIdle();
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QVERIFY(m_controller->written());
    QCOMPARE(Samples::staffRows(m_db->db()), 300);
}

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"
