// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's side of the Excel workbooks (docs/spreadsheets.md): the Evaluations page's "Export to Excel"
// (EvaluationController::exportXlsx) and the Import page reading an .xlsx (ImportController).
#include "app/evaluationcontroller.h"
#include "app/importcontroller.h"
#include "exchange/recordreaders.h"
#include "exchange/spreadsheetwriter.h"
#include "exchange/staffexport.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/evaluationservice.h"
#include "services/registryservice.h"
#include "storage/staffrepository.h"
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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void evaluationsPageExportsTheUnit();
    void evaluationsPageReportsAWriteFailure();
    void importPageReadsAWorkbook();
    void importPageNamesTheSheetRow();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RegistryService> m_registry;
    std::unique_ptr<EvaluationService> m_service;
    std::unique_ptr<EvaluationController> m_controller;
};

void TestXlsxExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestXlsxExport::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 10), QTime(9, 0)));
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    QVERIFY(Samples::insertStaff(m_db->db(), {Samples::person(u"G01"_s, u"Nguyễn Thị Ánh Tuyết"_s, u"AG"_s),
                                              Samples::person(u"G02"_s, u"Trần Văn Hai"_s, u"AG"_s),
                                              Samples::person(u"W9"_s, u"Phạm Văn Khác"_s, u"WN"_s)}));
    m_registry = std::make_unique<RegistryService>(m_db->db(), *m_clock);
    m_service = std::make_unique<EvaluationService>(m_db->db(), *m_clock);
    m_service->setActor(u"app:tester"_s);
    m_controller = std::make_unique<EvaluationController>(*m_service, *m_registry);
    m_controller->setToday(QDate(2026, 12, 10));
    m_controller->setYear(2026);
    m_controller->setUnitCode(u"AG"_s);
}

void TestXlsxExport::cleanup()
{
    m_controller.reset();
    m_service.reset();
    m_registry.reset();
    m_clock.reset();
    m_db.reset();
}

void TestXlsxExport::evaluationsPageExportsTheUnit()
{
    for (const QString code : {u"G01"_s, u"W9"_s}) {
        Evaluation e;
        e.staffCode = code;
        e.year = 2026;
        e.taskGroup = u"Tư pháp – hộ tịch"_s;
        e.scoreTenths = 855;
        e.selfLevel = u"tot"_s;
        e.note = u"Phường Phước Bình"_s;
        QVERIFY2(m_service->save(e).ok(), qPrintable(code));
    }
    QCOMPARE(m_controller->exportFileName(), u"danh-gia-2026-AG.xlsx"_s);
    QVERIFY(m_controller->exportFileUrl().endsWith(u"/danh-gia-2026-AG.xlsx"_s));

    const QString path = m_dir.filePath(u"eval.xlsx"_s);
    QSignalSpy info(m_controller.get(), &EvaluationController::infoMessage);
    QSignalSpy errors(m_controller.get(), &EvaluationController::errorOccurred);
    QCOMPARE(m_controller->exportXlsx(QUrl::fromLocalFile(path).toString()), path);
    QCOMPARE(info.count(), 1);
    QCOMPARE(errors.count(), 0);
    QVERIFY2(info.at(0).at(0).toString().contains(path), qPrintable(info.at(0).at(0).toString()));

    // Only the unit's stored evaluations (G02 has none, W9 is in another unit), in the import format.
    const auto read = RecordReaders::readEvaluations(readAll(path));
    QVERIFY(read.fileOk && read.issues.empty());
    QCOMPARE(read.rows.size(), size_t(1));
    const Evaluation &e = read.rows[0].record;
    QCOMPARE(e.staffCode, u"G01"_s);
    QCOMPARE(e.taskGroup, u"Tư pháp – hộ tịch"_s);
    QCOMPARE(e.scoreTenths, std::optional<int>(855));
    QCOMPARE(e.selfLevel, u"tot"_s);
    QCOMPARE(e.note, u"Phường Phước Bình"_s);
    const Evaluation stored = *m_service->find(u"G01"_s, 2026);
    QCOMPARE(e.monthsWorked, stored.monthsWorked);
    QCOMPARE(e.maternityLeave, stored.maternityLeave);
}

void TestXlsxExport::evaluationsPageReportsAWriteFailure()
{
    QSignalSpy errors(m_controller.get(), &EvaluationController::errorOccurred);
    QSignalSpy info(m_controller.get(), &EvaluationController::infoMessage);
    const QString path = m_dir.filePath(u"missing/dir/x.xlsx"_s);
    QVERIFY(m_controller->exportXlsx(path).isEmpty());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(info.count(), 0);
    QVERIFY(!QFile::exists(path));
}

void TestXlsxExport::importPageReadsAWorkbook()
{
    std::vector<StaffMember> staff{Samples::person(u"00123"_s, u"Nguyễn Thị Ánh Tuyết"_s, u"W1"_s),
                                   Samples::person(u"P2"_s, u"Lê Văn Bình"_s, u"AG"_s)};
    staff[0].birthDate = QDate(1984, 2, 29);
    staff[1].endDate = QDate(2025, 12, 31);
    QString error;
    const QByteArray xlsx = StaffExport::toXlsx(staff, &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    const QString path = m_dir.filePath(u"staff.xlsx"_s);
    QVERIFY(writeAll(path, xlsx));

    ImportController importer(m_db->db());
    importer.setKind(u"staff"_s);
    importer.setFile(QUrl::fromLocalFile(path).toString());
    QSignalSpy dataChanged(&importer, &ImportController::dataChanged);
    importer.run();
    QTRY_VERIFY_WITH_TIMEOUT(!importer.busy(), Timeout);
    QVERIFY2(importer.written(), qPrintable(importer.summary()));
    QVERIFY(importer.issues().isEmpty());
    QCOMPARE(dataChanged.count(), 1);
    StaffRepository repo(m_db->db().connection());
    QCOMPARE(repo.find(u"00123"_s)->fullName, u"Nguyễn Thị Ánh Tuyết"_s);
    QCOMPARE(repo.find(u"00123"_s)->birthDate, QDate(1984, 2, 29));
    QCOMPARE(repo.find(u"P2"_s)->endDate, QDate(2025, 12, 31));
    QVERIFY(*repo.find(u"00123"_s) == staff[0]);
}

void TestXlsxExport::importPageNamesTheSheetRow()
{
    // Row 2 good, row 3 blank, row 4 an unknown unit: the issue names sheet row 4; nothing is written.
    const auto row = [](const QString &code, const QString &unit) {
        return SpreadsheetRow{SpreadsheetCell::text(code), SpreadsheetCell::text(u"Người "_s + code),
                              SpreadsheetCell::date(QDate(1980, 5, 2)), SpreadsheetCell::text(unit),
                              SpreadsheetCell::text(u"cc"_s), SpreadsheetCell::text(u"Chuyên viên"_s)};
    };
    QString error;
    const QByteArray xlsx = SpreadsheetWriter::write(
        u"s"_s, {u"code"_s, u"full_name"_s, u"birth_date"_s, u"unit_code"_s, u"category"_s, u"position"_s},
        {row(u"P1"_s, u"AG"_s), SpreadsheetRow{}, row(u"P2"_s, u"NOPE"_s)}, &error);
    QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
    const QString path = m_dir.filePath(u"bad.xlsx"_s);
    QVERIFY(writeAll(path, xlsx));

    ImportController importer(m_db->db());
    importer.setFile(path);
    importer.run();
    QTRY_VERIFY_WITH_TIMEOUT(!importer.busy(), Timeout);
    QVERIFY(!importer.written());
    const QVariantList issues = importer.issues();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).toMap().value(u"line"_s).toInt(), 4);
    QCOMPARE(issues.at(0).toMap().value(u"column"_s).toString(), u"unit_code"_s);
    QCOMPARE(Samples::staffRows(m_db->db()), 3); // the fixture's people only
}

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
