// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/recordreaders.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/cultureservice.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList issueLines(const ImportReport &r)
{
    QStringList out;
    for (const auto &i : r.issues)
        out << u"%1: %2: %3"_s.arg(i.line).arg(i.column, i.message);
    return out;
}

/** Two inspections of W1 and WN; A breaches two items (one confirmed), D one. */
const QByteArray kGood =
    "unit_code,inspected_on,inspector,staff_code,item,result,note,confirmed\n"
    "W1,2025-03-10,Tổ kiểm tra,A,the_deo,dat,,\n"
    "W1,10/03/2025,Tổ kiểm tra,A,Không uống rượu bia trong giờ làm việc và giờ nghỉ trưa,vi phạm,Uống bia buổi trưa,x\n"
    "W1,2025-03-10,Tổ kiểm tra,B,THE_DEO,Đạt,,\n"
    "W1,2025-03-10,Tổ kiểm tra,B,cong_bang_lanh_dao,không áp dụng,,\n"
    "WN,2026-02-03,Phòng Nội vụ,D,dung_gio,vi_pham,Đi muộn 30 phút,\n"
    "WN,2026-02-03,Phòng Nội vụ,D,hop_tac,dat,,\n";

} // namespace

/**
 * `import culture` (docs/culture-csv.md) as FileImport::runCulture runs it: the reader and the service
 * together, with the exact FILE:LINE: COLUMN: reason issues, all-or-nothing, --skip-invalid,
 * --dry-run, idempotent re-import and the violations log.
 */
class TestCultureImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importsAGoodFile();
    void reimportChangesNothing();
    void confirmedOnReimportUpgradesTheEntry();
    void vietnameseHeadersAndSemicolons();
    void brokenRows_data();
    void brokenRows();
    void missingColumn();
    void skipInvalidWritesTheValidRows();
    void dryRunWritesNothing();
    void duplicateRows();

private:
    /** What FileImport::runCulture does (kept apart so that this test links without the discipline code). */
    ImportReport run(const QByteArray &bytes, const ImportOptions &options = {})
    {
        auto parsed = RecordReaders::readCulture(bytes);
        if (!parsed.fileOk) {
            ImportReport refused;
            refused.fileRefused = true;
            refused.issues = std::move(parsed.issues);
            return refused;
        }
        return m_service->importRecords(parsed.rows, std::move(parsed.issues), options);
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<CultureService> m_service;
};

void TestCultureImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCultureImport::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 5, 4), QTime(9, 0)));
    m_service = std::make_unique<CultureService>(m_db->db(), *m_clock);
    m_service->setActor(u"cli:tester"_s);
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    QVERIFY(Samples::insertStaff(m_db->db(), {Samples::person(u"A"_s, u"Nguyễn Văn An"_s, u"W1"_s, u"cc"_s),
                                              Samples::person(u"B"_s, u"Trần Thị Bình"_s, u"W1"_s, u"vc"_s),
                                              Samples::person(u"D"_s, u"Phạm Thị Dung"_s, u"WN"_s, u"cc"_s)}));
}

void TestCultureImport::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestCultureImport::importsAGoodFile()
{
    const ImportReport r = run(kGood);
    QVERIFY2(r.issues.empty(), qPrintable(issueLines(r).join(u'\n')));
    QVERIFY(r.written);
    QCOMPARE(r.total, 6);
    QCOMPARE(r.inserted, 6);
    QCOMPARE(r.rejected, 0);
    const auto inspections = m_service->inspections(0);
    QCOMPARE(inspections.size(), size_t(2));
    QCOMPARE(inspections[0].unitCode, u"W1"_s);
    QCOMPARE(inspections[0].inspector, u"Tổ kiểm tra"_s);
    const auto observations = m_service->observations(inspections[0].id);
    QCOMPARE(observations.size(), size_t(4));
    // Items and results given as words are stored as codes.
    QStringList stored;
    for (const auto &o : observations)
        stored << o.staffCode + u':' + o.itemCode + u':' + o.result;
    QCOMPARE(stored, (QStringList{u"A:khong_ruou_bia:vi_pham"_s, u"A:the_deo:dat"_s, u"B:cong_bang_lanh_dao:khong_ap_dung"_s,
                                  u"B:the_deo:dat"_s}));
    // One log entry per breach: confirmed when the file says so.
    const auto log = m_service->violations(0);
    QCOMPARE(log.size(), size_t(2));
    QCOMPARE(log[0].violation.staffCode, u"D"_s);
    QCOMPARE(log[0].violation.status, u"reported"_s);
    QCOMPARE(log[0].violation.description, u"Đi muộn 30 phút"_s);
    QCOMPARE(log[1].violation.staffCode, u"A"_s);
    QCOMPARE(log[1].violation.status, u"confirmed"_s);
    QVERIFY(m_service->disciplineDraft(log[1].violation.id).has_value());
    QVERIFY(!m_service->disciplineDraft(log[0].violation.id).has_value());
    // Audited: each inspection, each entry, and the import summary.
    QCOMPARE(Samples::auditRows(m_db->db(), u"culture_inspection"_s).size(), size_t(3));
    QCOMPARE(Samples::auditRows(m_db->db(), u"culture_violation"_s).size(), size_t(2));
    QCOMPARE(Samples::auditRows(m_db->db(), u"culture_inspection"_s).back().action, u"import"_s);
    QCOMPARE(Samples::auditRows(m_db->db(), u"culture_inspection"_s).front().actor, u"cli:tester"_s);
}

void TestCultureImport::reimportChangesNothing()
{
    QVERIFY(run(kGood).written);
    const qint64 audit = Samples::auditCount(m_db->db());
    const ImportReport again = run(kGood);
    QVERIFY(again.issues.empty());
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 6);
    QCOMPARE(Samples::auditCount(m_db->db()), audit);
    QCOMPARE(m_service->violations(0).size(), size_t(2));
    // A file with one row of an inspection adds to it, without dropping the others.
    const ImportReport one = run("unit_code,inspected_on,inspector,staff_code,item,result\n"
                                 "W1,2025-03-10,Tổ kiểm tra,B,dung_gio,dat\n");
    QCOMPARE(one.inserted, 1);
    QCOMPARE(m_service->observations(m_service->inspections(2025).front().id).size(), size_t(5));
    // A changed result is an update.
    const ImportReport changed = run("unit_code,inspected_on,inspector,staff_code,item,result\n"
                                     "W1,2025-03-10,Tổ kiểm tra,B,dung_gio,vi_pham\n");
    QCOMPARE(changed.updated, 1);
    QCOMPARE(m_service->violations(2025).size(), size_t(2));
}

void TestCultureImport::confirmedOnReimportUpgradesTheEntry()
{
    QVERIFY(run(kGood).written);
    const ImportReport r = run("unit_code,inspected_on,inspector,staff_code,item,result,note,confirmed\n"
                               "WN,2026-02-03,Phòng Nội vụ,D,dung_gio,vi_pham,Đi muộn 30 phút,có\n");
    QCOMPARE(r.updated, 1);
    QCOMPARE(m_service->violations(2026).front().violation.status, u"confirmed"_s);
    QCOMPARE(run("unit_code,inspected_on,inspector,staff_code,item,result,note,confirmed\n"
                 "WN,2026-02-03,Phòng Nội vụ,D,dung_gio,vi_pham,Đi muộn 30 phút,\n")
                 .unchanged,
             1); // a missing flag never downgrades
    QCOMPARE(m_service->violations(2026).front().violation.status, u"confirmed"_s);
}

void TestCultureImport::vietnameseHeadersAndSemicolons()
{
    const QByteArray bytes = "\xEF\xBB\xBFMã đơn vị;Ngày kiểm tra;Người kiểm tra;Mã cán bộ;Tiêu chí;Kết quả;Ghi chú;Đã xác minh\n"
                             "W1;10/03/2025;Tổ kiểm tra;A;Đeo thẻ công chức, viên chức (hoặc biển chức danh) khi thi hành "
                             "công vụ;Vi phạm;Không đeo thẻ;1\n";
    const ImportReport r = run(bytes);
    QVERIFY2(r.issues.empty(), qPrintable(issueLines(r).join(u'\n')));
    QCOMPARE(r.inserted, 1);
    const auto log = m_service->violations(2025);
    QCOMPARE(log.size(), size_t(1));
    QCOMPARE(log[0].violation.itemCode, u"the_deo"_s);
    QCOMPARE(log[0].violation.status, u"confirmed"_s);
}

void TestCultureImport::brokenRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QStringList>("issues");
    const QString items = u"the_deo, trang_phuc, khong_ruou_bia, khong_hut_thuoc, dung_gio, bon_xin_bon_luon, "
                          "khong_te_nan, ky_luat_lam_viec, hop_tac, cong_bang_lanh_dao"_s;
    QTest::newRow("unknown item") << QByteArray("W1,2025-03-10,T,A,hut_thuoc,dat,,")
                                  << QStringList{u"3: item: unknown checklist item \"hut_thuoc\"; expected one of: "_s + items};
    QTest::newRow("bad result") << QByteArray("W1,2025-03-10,T,A,the_deo,tốt,,")
                                << QStringList{u"3: result: unknown value \"tốt\"; expected one of: dat, vi_pham, khong_ap_dung"_s};
    QTest::newRow("unknown unit") << QByteArray("ZZ,2025-03-10,T,A,the_deo,dat,,")
                                  << QStringList{u"3: unit_code: unknown unit \"ZZ\""_s};
    QTest::newRow("unknown staff") << QByteArray("W1,2025-03-10,T,Q9,the_deo,dat,,")
                                   << QStringList{u"3: staff_code: unknown staff code \"Q9\""_s};
    QTest::newRow("bad date") << QByteArray("W1,2025-02-30,T,A,the_deo,dat,,")
                              << QStringList{u"3: inspected_on: \"2025-02-30\" is not a valid date (expected YYYY-MM-DD or DD/MM/YYYY)"_s};
    QTest::newRow("bad boolean") << QByteArray("W1,2025-03-10,T,A,the_deo,vi_pham,,perhaps")
                                 << QStringList{u"3: confirmed: \"perhaps\" is not a yes/no value (expected 1/0, x, có/không, yes/no, true/false)"_s};
    QTest::newRow("empty required cells")
        << QByteArray(",,,,,,ghi chú,")
        << QStringList{u"3: unit_code: the unit is required"_s, u"3: inspected_on: the inspection date is required"_s,
                       u"3: inspector: the inspector is required"_s, u"3: staff_code: the staff code is required"_s,
                       u"3: item: the checklist item is required"_s, u"3: result: the result is required"_s};
}

void TestCultureImport::brokenRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QStringList, issues);
    const QByteArray bytes = "unit_code,inspected_on,inspector,staff_code,item,result,note,confirmed\n"
                             "W1,2025-03-10,T,B,the_deo,dat,,\n"
        + row + "\n";
    const ImportReport r = run(bytes);
    QCOMPARE(issueLines(r), issues);
    QVERIFY(!r.written);
    QCOMPARE(r.rejected, 1);
    QVERIFY(m_service->inspections(0).empty()); // all or nothing
    QCOMPARE(Samples::auditCount(m_db->db()), qint64(0));
}

void TestCultureImport::missingColumn()
{
    const ImportReport r = run("unit_code,inspected_on,inspector,staff_code,item\nW1,2025-03-10,T,A,the_deo\n");
    QVERIFY(r.fileRefused);
    QCOMPARE(issueLines(r), QStringList{u"1: result: the required column result (kết quả) is missing"_s});
    QVERIFY(m_service->inspections(0).empty());
}

void TestCultureImport::skipInvalidWritesTheValidRows()
{
    ImportOptions options;
    options.skipInvalid = true;
    const ImportReport r = run("unit_code,inspected_on,inspector,staff_code,item,result\n"
                               "W1,2025-03-10,T,A,the_deo,vi_pham\n"
                               "W1,2025-03-10,T,Q9,the_deo,dat\n",
                               options);
    QCOMPARE(issueLines(r), QStringList{u"3: staff_code: unknown staff code \"Q9\""_s});
    QVERIFY(r.written);
    QCOMPARE(r.inserted, 1);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(m_service->violations(2025).size(), size_t(1));
}

void TestCultureImport::dryRunWritesNothing()
{
    ImportOptions options;
    options.dryRun = true;
    const ImportReport r = run(kGood, options);
    QVERIFY(r.issues.empty());
    QVERIFY(!r.written);
    QCOMPARE(r.inserted, 6);
    QVERIFY(m_service->inspections(0).empty());
    QCOMPARE(Samples::auditCount(m_db->db()), qint64(0));
    QVERIFY(run(kGood).written);
    const ImportReport again = run(kGood, options);
    QCOMPARE(again.unchanged, 6);
}

void TestCultureImport::duplicateRows()
{
    const ImportReport r = run("unit_code,inspected_on,inspector,staff_code,item,result\n"
                               "W1,2025-03-10,T,A,the_deo,dat\n"
                               "W1,10/03/2025,T,A,Đeo thẻ công chức, viên chức (hoặc biển chức danh) khi thi hành công vụ,vi_pham\n");
    // The unquoted comma splits the label: a ragged row, reported as such.
    QVERIFY(!r.written);
    const ImportReport d = run("unit_code,inspected_on,inspector,staff_code,item,result\n"
                               "W1,2025-03-10,T,A,the_deo,dat\n"
                               "W1,10/03/2025,T,A,\"Đeo thẻ công chức, viên chức (hoặc biển chức danh) khi thi hành công vụ\",vi_pham\n");
    QCOMPARE(issueLines(d),
             QStringList{u"3: item: the same person and item are already on line 2 for this inspection"_s});
    QVERIFY(!d.written);
}

QTEST_GUILESS_MAIN(TestCultureImport)
#include "tst_cultureimport.moc"
