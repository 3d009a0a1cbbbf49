// SPDX-License-Identifier: GPL-3.0-or-later
// AuditController and AuditLogModel (the Audit trail page): paging in by fetchMore, a filter resets
// the list and selects the newest row, the selected row's before/after, field errors of the dates,
// and the CSV export of every filtered row, owner-only.
#include "app/auditcontroller.h"
#include "storage/auditrepository.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <memory>

using namespace Qt::StringLiterals;

class TestAuditController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_db.reset(); }
    void pagesInAsTheViewAsks();
    void filterResetsAndSelectsTheNewest();
    void selectedRowShowsBeforeAndAfter();
    void backwardsDatesAreAFieldError();
    void exportWritesEveryFilteredRowOwnerOnly();

private:
    std::unique_ptr<TestDatabase> m_db;
};

/** 25 changes of staff S0…S24 (ids 1…25), then S3's name corrected (id 26), all by app:lan except S7's (cli:minh). */
void TestAuditController::init()
{
    m_db = std::make_unique<TestDatabase>();
    AuditRepository repo(m_db->connection());
    const QDateTime at(QDate(2026, 5, 4), QTime(12, 0), Qt::LocalTime);
    for (int i = 0; i < 25; ++i) {
        const QString code = u"S%1"_s.arg(i);
        QVERIFY(repo.append({0, at.addSecs(i), i == 7 ? u"cli:minh"_s : u"app:lan"_s, u"insert"_s, u"staff"_s, code,
                             {}, u"{\"code\":\"%1\",\"full_name\":\"Người %1\"}"_s.arg(code)}));
    }
    QVERIFY(repo.append({0, at.addSecs(100), u"app:lan"_s, u"update"_s, u"staff"_s, u"S3"_s,
                         u"{\"code\":\"S3\",\"full_name\":\"Người S3\"}"_s,
                         u"{\"code\":\"S3\",\"full_name\":\"Nguyễn Thị Ba\"}"_s}));
}

void TestAuditController::pagesInAsTheViewAsks()
{
    AuditService service(m_db->db());
    AuditLogModel model(service);
    model.setPageSize(10);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFilter({});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.totalCount(), qint64(26));
    QCOMPARE(model.data(model.index(0), AuditLogModel::EntityKeyRole).toString(), u"S3"_s); // newest first
    QCOMPARE(model.data(model.index(0), AuditLogModel::ActionTextRole).toString(), u"Changed"_s);
    QCOMPARE(model.data(model.index(0), AuditLogModel::EntityTextRole).toString(), u"Person"_s);
    QCOMPARE(model.data(model.index(0), AuditLogModel::WhenRole).toString(), u"04/05/2026 12:01:40"_s);
    // The tester (made after the reset: it asks for more inside the reset signal) may fetch a page itself.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    // Two more pages, 10 then 6 rows, each one insert after the rows already there.
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 10);
    QCOMPARE(inserted.at(0).at(2).toInt(), 19);
    QCOMPARE(inserted.at(1).at(1).toInt(), 20);
    QCOMPARE(inserted.at(1).at(2).toInt(), 25);
    QCOMPARE(model.rowCount(), 26);
    model.fetchMore({}); // nothing more: no signal
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.data(model.index(25), AuditLogModel::EntityKeyRole).toString(), u"S0"_s);
}

void TestAuditController::filterResetsAndSelectsTheNewest()
{
    AuditService service(m_db->db());
    AuditController controller(service);
    QCOMPARE(controller.entries()->totalCount(), qint64(26));
    QCOMPARE(controller.selectedRow(), 0);
    QSignalSpy filter(&controller, &AuditController::filterChanged);
    QSignalSpy selection(&controller, &AuditController::selectionChanged);
    controller.setUser(u"minh"_s);
    QCOMPARE(filter.count(), 1);
    QCOMPARE(selection.count(), 1);
    QCOMPARE(controller.entries()->totalCount(), qint64(1));
    QCOMPARE(controller.selected().value(u"entityKey"_s).toString(), u"S7"_s);
    QVERIFY(controller.filtered());
    controller.setUser(u"minh"_s); // unchanged: nothing happens
    QCOMPARE(filter.count(), 1);
    controller.setText(u"nguyen thi"_s);
    QCOMPARE(controller.entries()->totalCount(), qint64(0));
    QCOMPARE(controller.selectedRow(), -1);
    QVERIFY(controller.changes().isEmpty());
    controller.clearFilters();
    QVERIFY(!controller.filtered());
    QCOMPARE(controller.entries()->totalCount(), qint64(26));
    const QVariantList users = controller.userOptions();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0).toMap().value(u"value"_s).toString(), u"app:lan"_s);
    QCOMPARE(controller.entityOptions().at(0).toMap().value(u"text"_s).toString(), u"Person"_s);
}

void TestAuditController::selectedRowShowsBeforeAndAfter()
{
    AuditService service(m_db->db());
    AuditController controller(service);
    controller.setStaffCode(u"S3"_s);
    QCOMPARE(controller.entries()->totalCount(), qint64(2));
    controller.select(0);
    QCOMPARE(controller.selected().value(u"action"_s).toString(), u"update"_s);
    QCOMPARE(controller.selected().value(u"actor"_s).toString(), u"app:lan"_s);
    const QVariantList changes = controller.changes();
    QCOMPARE(changes.size(), 2);
    const QVariantMap code = changes.at(0).toMap();
    QCOMPARE(code.value(u"field"_s).toString(), u"code"_s);
    QCOMPARE(code.value(u"changed"_s).toBool(), false);
    const QVariantMap name = changes.at(1).toMap();
    QCOMPARE(name.value(u"field"_s).toString(), u"full_name"_s);
    QCOMPARE(name.value(u"before"_s).toString(), u"Người S3"_s);
    QCOMPARE(name.value(u"after"_s).toString(), u"Nguyễn Thị Ba"_s);
    QCOMPARE(name.value(u"changed"_s).toBool(), true);
    controller.select(1);
    QCOMPARE(controller.selected().value(u"action"_s).toString(), u"insert"_s);
    controller.select(99); // out of range: none
    QCOMPARE(controller.selectedRow(), -1);
    QVERIFY(controller.selected().isEmpty());
}

void TestAuditController::backwardsDatesAreAFieldError()
{
    AuditService service(m_db->db());
    AuditController controller(service);
    controller.setFromDate(u"2026-05-05"_s);
    QCOMPARE(controller.entries()->totalCount(), qint64(0)); // every change was on 04/05
    controller.setToDate(u"2026-05-04"_s);
    QVERIFY(controller.errors().value(u"to"_s).toString().contains(u"04/05/2026"_s));
    QCOMPARE(controller.entries()->count(), 0);
    QSignalSpy error(&controller, &AuditController::errorOccurred);
    QCOMPARE(controller.exportCsv(u"/tmp/never-written.csv"_s), QString());
    QCOMPARE(error.count(), 1);
    QVERIFY(!QFile::exists(u"/tmp/never-written.csv"_s));
    controller.setFromDate(u"2026-05-04"_s);
    QVERIFY(controller.errors().isEmpty());
    QCOMPARE(controller.entries()->totalCount(), qint64(26));
}

void TestAuditController::exportWritesEveryFilteredRowOwnerOnly()
{
    AuditService service(m_db->db());
    AuditController controller(service);
    controller.entries()->setPageSize(5); // fewer on screen than in the filter
    controller.setUser(u"lan"_s);
    QCOMPARE(controller.entries()->count(), 5);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"audit.csv"_s);
    QSignalSpy info(&controller, &AuditController::infoMessage);
    QCOMPARE(controller.exportCsv(QUrl::fromLocalFile(file).toString()), file);
    QCOMPARE(info.count(), 1);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 25);
    QVERIFY(lines.at(1).startsWith(u"26,"_s));
    QVERIFY(lines.at(1).contains(u"Nguyễn Thị Ba"_s));
    struct stat st{};
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QVERIFY(controller.exportFileUrl().endsWith(u"/nhat-ky-thay-doi.csv"_s));
}

QTEST_GUILESS_MAIN(TestAuditController)
#include "tst_auditcontroller.moc"
