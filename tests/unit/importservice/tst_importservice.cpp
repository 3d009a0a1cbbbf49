// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recordfields.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/importservice.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using StaffRows = std::vector<StaffImportRow>;
using UnitRows = std::vector<UnitImportRow>;
using Issues = std::vector<ImportIssue>;
Q_DECLARE_METATYPE(StaffRows)
Q_DECLARE_METATYPE(UnitRows)
Q_DECLARE_METATYPE(Issues)

namespace {

StaffImportRow staffRow(int line, const StaffMember &m, const QStringList &present = RecordFields::staffKeys())
{
    return {line, m, present};
}

UnitImportRow unitRow(int line, const OrgUnit &u, const QStringList &present = RecordFields::unitKeys())
{
    return {line, u, present};
}

/** Rows of people P<line> in the agency, one per line from 2. */
StaffRows people(int count)
{
    StaffRows rows;
    for (int i = 0; i < count; ++i) {
        const int line = i + 2;
        const QString code = u"P%1"_s.arg(line, 4, 10, QLatin1Char('0'));
        rows.push_back(staffRow(line, Samples::person(code, u"Người Số %1"_s.arg(line), u"AG"_s)));
    }
    return rows;
}

bool hasIssue(const std::vector<ImportIssue> &issues, int line, const QString &column)
{
    return std::any_of(issues.cbegin(), issues.cend(), [&](const ImportIssue &i) {
        return i.line == line && i.column == column && !i.message.isEmpty();
    });
}

QString describe(const std::vector<ImportIssue> &issues)
{
    QStringList out;
    for (const auto &i : issues)
        out << u"%1:%2: %3"_s.arg(i.line).arg(i.column, i.message);
    return out.join(u"; "_s);
}

} // namespace

/**
 * ImportService on rows built here: all-or-nothing, skipInvalid, dry run, idempotence,
 * duplicates, absent columns, audit rows and progress.
 */
class TestImportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void staffBadRowWritesNothing_data();
    void staffBadRowWritesNothing();
    void staffSkipInvalidWritesValidRows();
    void staffHeaderIssueBlocksSkipInvalid();
    void staffDryRunCountsAndWritesNothing();
    void staffReimportIsIdempotent();
    void staffDuplicateCodeInFile();
    void staffAbsentColumnKeepsStoredValue();
    void staffOneAuditRowPerChangedRecord();

    void unitsBadRowWritesNothing();
    void unitsParentLaterInFile();
    void unitsSkipInvalidDryRunAndIdempotence();
    void unitsDuplicateCodeInFile();
    void unitsAbsentColumnKeepsStoredValue();

    void progressReachesTotal_data();
    void progressReachesTotal();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ImportService> m_service;
};

void TestImportService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportService::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 9, 1), QTime(9, 0), Qt::UTC));
    m_service = std::make_unique<ImportService>(m_db->db(), *m_clock);
    m_service->setActor(u"cli:tester"_s);
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
}

void TestImportService::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestImportService::staffBadRowWritesNothing_data()
{
    QTest::addColumn<StaffRows>("rows");
    QTest::addColumn<Issues>("parseIssues");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");

    StaffRows rows = people(4);
    StaffRows badCategory = rows;
    badCategory[1].record.category = u"zz"_s;
    QTest::newRow("bad category") << badCategory << Issues{} << 3 << u"category"_s;

    StaffRows unknownUnit = rows;
    unknownUnit[2].record.unitCode = u"NOPE"_s;
    QTest::newRow("unknown unit") << unknownUnit << Issues{} << 4 << u"unit_code"_s;

    StaffRows badTitle = rows;
    badTitle[3].record.category = u"cc_xa"_s;
    badTitle[3].record.position = u"chu_tich_ubnd"_s; // a cán bộ title
    QTest::newRow("cc_xa with a cadre title") << badTitle << Issues{} << 5 << u"position"_s;

    StaffRows noName = rows;
    noName[0].record.fullName.clear();
    QTest::newRow("no name") << noName << Issues{} << 2 << u"full_name"_s;

    // A reader's cell problem rejects its row even though the record itself looks valid.
    QTest::newRow("reader issue") << rows << Issues{{3, u"birth_date"_s, u"\"31/02/1990\" is not a valid date"_s}}
                                  << 3 << u"birth_date"_s;
}

void TestImportService::staffBadRowWritesNothing()
{
    QFETCH(StaffRows, rows);
    QFETCH(Issues, parseIssues);
    QFETCH(int, line);
    QFETCH(QString, column);

    const ImportReport report = m_service->importStaff(rows, parseIssues, {});
    QVERIFY(!report.written);
    QVERIFY(report.storageError.isEmpty());
    QCOMPARE(report.total, int(rows.size()));
    QCOMPARE(report.rejected, 1);
    QVERIFY2(hasIssue(report.issues, line, column), qPrintable(describe(report.issues)));
    for (const auto &i : report.issues)
        QCOMPARE(i.line, line);
    QCOMPARE(report.inserted, 0);
    QCOMPARE(report.updated, 0);
    QCOMPARE(Samples::staffRows(m_db->db()), 0);
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
}

void TestImportService::staffSkipInvalidWritesValidRows()
{
    StaffRows rows = people(3);
    rows[1].record.birthDate = {};
    const ImportReport report = m_service->importStaff(rows, {}, {false, true});
    QVERIFY2(report.written, qPrintable(report.storageError));
    QCOMPARE(report.total, 3);
    QCOMPARE(report.inserted, 2);
    QCOMPARE(report.rejected, 1);
    QVERIFY(hasIssue(report.issues, 3, u"birth_date"_s));
    QCOMPARE(Samples::staffRows(m_db->db()), 2);
    QVERIFY(!StaffRepository(m_db->db().connection()).find(rows[1].record.code));
    QCOMPARE(Samples::auditCount(m_db->db()), 2);
}

void TestImportService::staffHeaderIssueBlocksSkipInvalid()
{
    const ImportReport report =
        m_service->importStaff(people(2), {{1, u"ho ten"_s, u"unknown column"_s}}, {false, true});
    QVERIFY(!report.written);
    QCOMPARE(Samples::staffRows(m_db->db()), 0);
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
}

void TestImportService::staffDryRunCountsAndWritesNothing()
{
    const StaffRows rows = people(3);
    StaffMember stored = rows[1].record;
    stored.professionalLevel = u"cao_dang"_s;
    QVERIFY(Samples::insertStaff(m_db->db(), {rows[0].record, stored}));

    const ImportReport report = m_service->importStaff(rows, {}, {true, false});
    QVERIFY(!report.written);
    QVERIFY(report.issues.empty());
    QCOMPARE(report.total, 3);
    QCOMPARE(report.inserted, 1);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(report.rejected, 0);
    QCOMPARE(Samples::staffRows(m_db->db()), 2);
    QCOMPARE(StaffRepository(m_db->db().connection()).find(stored.code), std::optional<StaffMember>(stored));
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
}

void TestImportService::staffReimportIsIdempotent()
{
    const StaffRows rows = people(5);
    ImportReport report = m_service->importStaff(rows, {}, {});
    QVERIFY2(report.written, qPrintable(describe(report.issues) + report.storageError));
    QCOMPARE(report.inserted, 5);
    QCOMPARE(Samples::auditCount(m_db->db()), 5);
    const auto first = StaffRepository(m_db->db().connection()).all();

    report = m_service->importStaff(rows, {}, {});
    QVERIFY(report.written);
    QCOMPARE(report.unchanged, 5);
    QCOMPARE(report.inserted, 0);
    QCOMPARE(report.updated, 0);
    QCOMPARE(Samples::auditCount(m_db->db()), 5);
    QCOMPARE(StaffRepository(m_db->db().connection()).all(), first);
}

void TestImportService::staffDuplicateCodeInFile()
{
    StaffRows rows = people(3);
    StaffMember twin = rows[0].record;
    twin.fullName = u"Người Trùng Mã"_s;
    rows.push_back(staffRow(5, twin));

    const ImportReport report = m_service->importStaff(rows, {}, {});
    QVERIFY(!report.written);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.issues.size(), 1u);
    const ImportIssue &issue = report.issues.front();
    QCOMPARE(issue.line, 5);
    QCOMPARE(issue.column, u"code"_s);
    QVERIFY2(issue.message.contains(u"2"_s), qPrintable(issue.message)); // names the first line
    QVERIFY(issue.message.contains(twin.code));
    QCOMPARE(Samples::staffRows(m_db->db()), 0);
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
}

void TestImportService::staffAbsentColumnKeepsStoredValue()
{
    StaffMember stored = Samples::person(u"P1"_s, u"Trần Văn Khoa"_s, u"AG"_s);
    stored.professionalField = u"Luật kinh tế"_s;
    stored.ethnicMinority = true;
    QVERIFY(Samples::insertStaff(m_db->db(), {stored}));

    QStringList present = RecordFields::staffKeys();
    present.removeAll(u"professional_field"_s);
    present.removeAll(u"ethnic_minority"_s);

    // The file lacks the two columns: the reader leaves them empty in the record.
    StaffMember fromFile = stored;
    fromFile.professionalField.clear();
    fromFile.ethnicMinority.reset();
    ImportReport report = m_service->importStaff({staffRow(2, fromFile, present)}, {}, {});
    QVERIFY(report.written);
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(report.updated, 0);
    QCOMPARE(Samples::auditCount(m_db->db()), 0);

    fromFile.fullName = u"Trần Văn Khoa Mới"_s;
    report = m_service->importStaff({staffRow(2, fromFile, present)}, {}, {});
    QVERIFY(report.written);
    QCOMPARE(report.updated, 1);
    const auto now = StaffRepository(m_db->db().connection()).find(u"P1"_s);
    QVERIFY(now);
    QCOMPARE(now->fullName, u"Trần Văn Khoa Mới"_s);
    QCOMPARE(now->professionalField, u"Luật kinh tế"_s);
    QCOMPARE(now->ethnicMinority, std::optional<bool>(true));

    // A present but empty optional column does clear the value.
    fromFile.fullName = stored.fullName;
    report = m_service->importStaff({staffRow(2, fromFile)}, {}, {});
    QVERIFY(report.written);
    QCOMPARE(StaffRepository(m_db->db().connection()).find(u"P1"_s)->professionalField, QString());
}

void TestImportService::staffOneAuditRowPerChangedRecord()
{
    const StaffRows rows = people(4);
    StaffMember changed = rows[1].record;
    changed.position = u"Chuyên viên chính"_s;
    QVERIFY(Samples::insertStaff(m_db->db(), {rows[0].record, changed, rows[2].record}));
    StaffRows file = rows;
    file[2].record.politicalTheory = u"cao_cap"_s;

    const ImportReport report = m_service->importStaff(file, {}, {});
    QVERIFY(report.written);
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(report.updated, 2);
    QCOMPARE(report.inserted, 1);

    const auto audit = Samples::auditRows(m_db->db(), u"staff"_s);
    QCOMPARE(audit.size(), 3u);
    QCOMPARE(Samples::auditCount(m_db->db()), 3);
    QStringList keys;
    for (const auto &e : audit) {
        keys << e.entityKey;
        QCOMPARE(e.actor, u"cli:tester"_s);
        QCOMPARE(e.at, m_clock->now());
    }
    QCOMPARE(keys, (QStringList{file[1].record.code, file[2].record.code, file[3].record.code}));
    QCOMPARE(audit[0].action, u"update"_s);
    QCOMPARE(Samples::jsonObject(audit[0].beforeJson).value(u"position"_s).toString(), u"Chuyên viên chính"_s);
    QCOMPARE(Samples::jsonObject(audit[0].afterJson).value(u"position"_s).toString(), u"Chuyên viên"_s);
    QCOMPARE(audit[1].action, u"update"_s);
    QCOMPARE(Samples::jsonObject(audit[1].afterJson).value(u"political_theory"_s).toString(), u"cao_cap"_s);
    QCOMPARE(audit[2].action, u"insert"_s);
    QVERIFY(Samples::auditColumnIsNull(m_db->db(), audit[2].id, true));
}

void TestImportService::unitsBadRowWritesNothing()
{
    const UnitRows rows{
        unitRow(2, Samples::unit(u"X1"_s, u"Xã Một"_s, u"xa"_s, u"H"_s)),
        unitRow(3, Samples::unit(u"X2"_s, u"Xã Hai Mới"_s, u"xa"_s, u"NOPE"_s)),
        unitRow(4, Samples::unit(u"X3"_s, u"Xã Ba"_s, u"xa"_s, u"H"_s, {}, QDate(2025, 7, 1), u"GONE"_s)),
    };
    const auto before = UnitRepository(m_db->db().connection()).all();
    const ImportReport report = m_service->importUnits(rows, {}, {});
    QVERIFY(!report.written);
    QCOMPARE(report.rejected, 2);
    QVERIFY2(hasIssue(report.issues, 3, u"parent_code"_s), qPrintable(describe(report.issues)));
    QVERIFY2(hasIssue(report.issues, 4, u"successor_code"_s), qPrintable(describe(report.issues)));
    QCOMPARE(UnitRepository(m_db->db().connection()).all(), before);
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
}

void TestImportService::unitsParentLaterInFile()
{
    const UnitRows rows{
        unitRow(2, Samples::unit(u"C1"_s, u"Xã Con"_s, u"xa"_s, u"D1"_s)),
        unitRow(3, Samples::unit(u"D1"_s, u"Huyện Mới"_s, u"huyen"_s, u"T"_s)),
    };
    const ImportReport report = m_service->importUnits(rows, {}, {});
    QVERIFY2(report.written, qPrintable(describe(report.issues)));
    QCOMPARE(report.inserted, 2);
    const auto c1 = UnitRepository(m_db->db().connection()).find(u"C1"_s);
    QVERIFY(c1);
    QCOMPARE(*c1, rows[0].record);
    const auto audit = Samples::auditRows(m_db->db(), u"org_unit"_s);
    QCOMPARE(audit.size(), 2u);
    QCOMPARE(audit[0].action, u"insert"_s);
    QCOMPARE(audit[0].actor, u"cli:tester"_s);
}

void TestImportService::unitsSkipInvalidDryRunAndIdempotence()
{
    UnitRows rows{
        unitRow(2, Samples::town()[4]), // AG unchanged
        unitRow(3, Samples::unit(u"X1"_s, u"Xã Một"_s, u"xa"_s, u"H"_s)),
        unitRow(4, Samples::unit(u"X2"_s, u"Xã Hai Mới"_s, u"lang"_s, u"H"_s)),
    };
    OrgUnit ag = Samples::town()[4];
    ag.name = u"Phòng Nội vụ thị xã"_s;
    rows.push_back(unitRow(5, ag));
    rows.erase(rows.begin()); // AG comes once: changed, on line 5

    ImportReport report = m_service->importUnits(rows, {}, {true, false});
    QVERIFY(!report.written);
    QCOMPARE(report.inserted, 1);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.rejected, 1);
    QVERIFY(hasIssue(report.issues, 4, u"kind"_s));
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
    QVERIFY(!UnitRepository(m_db->db().connection()).find(u"X1"_s));

    report = m_service->importUnits(rows, {}, {false, true});
    QVERIFY(report.written);
    QCOMPARE(report.inserted, 1);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(UnitRepository(m_db->db().connection()).find(u"AG"_s)->name, u"Phòng Nội vụ thị xã"_s);
    QVERIFY(!UnitRepository(m_db->db().connection()).find(u"X2"_s));
    QCOMPARE(Samples::auditCount(m_db->db()), 2);

    rows.erase(rows.begin() + 1); // the bad row
    report = m_service->importUnits(rows, {}, {});
    QVERIFY(report.written);
    QCOMPARE(report.unchanged, 2);
    QCOMPARE(report.inserted + report.updated, 0);
    QCOMPARE(Samples::auditCount(m_db->db()), 2);
}

void TestImportService::unitsDuplicateCodeInFile()
{
    const UnitRows rows{
        unitRow(2, Samples::unit(u"X1"_s, u"Xã Một"_s, u"xa"_s, u"H"_s)),
        unitRow(3, Samples::unit(u"X2"_s, u"Xã Hai Mới"_s, u"xa"_s, u"H"_s)),
        unitRow(4, Samples::unit(u"X1"_s, u"Xã Một Khác"_s, u"xa"_s, u"H"_s)),
    };
    const ImportReport report = m_service->importUnits(rows, {}, {});
    QVERIFY(!report.written);
    QCOMPARE(report.issues.size(), 1u);
    QCOMPARE(report.issues.front().line, 4);
    QCOMPARE(report.issues.front().column, u"code"_s);
    QVERIFY2(report.issues.front().message.contains(u"2"_s), qPrintable(report.issues.front().message));
    QVERIFY(!UnitRepository(m_db->db().connection()).find(u"X1"_s));
}

void TestImportService::unitsAbsentColumnKeepsStoredValue()
{
    // W2 is a difficult area with a successor; a file without those columns keeps them.
    OrgUnit w2 = Samples::town()[3];
    QVERIFY(w2.difficultArea);
    OrgUnit fromFile = w2;
    fromFile.name = u"Xã Hai (cũ)"_s;
    fromFile.difficultArea = false;
    fromFile.successorCode.clear();
    fromFile.validTo = {};
    const QStringList present{u"code"_s, u"name"_s, u"kind"_s, u"parent_code"_s};

    const ImportReport report = m_service->importUnits({unitRow(2, fromFile, present)}, {}, {});
    QVERIFY2(report.written, qPrintable(describe(report.issues)));
    QCOMPARE(report.updated, 1);
    const auto now = UnitRepository(m_db->db().connection()).find(u"W2"_s);
    QVERIFY(now);
    QCOMPARE(now->name, u"Xã Hai (cũ)"_s);
    QVERIFY(now->difficultArea);
    QCOMPARE(now->successorCode, u"WN"_s);
    QCOMPARE(now->validTo, Samples::mergeDate());
    QCOMPARE(Samples::auditRows(m_db->db(), u"org_unit"_s, u"W2"_s).size(), 1u);
}

void TestImportService::progressReachesTotal_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("withBadRow");
    QTest::addColumn<bool>("dryRun");

    QTest::newRow("staff, 3 rows") << u"staff"_s << 3 << false << false;
    QTest::newRow("staff, 1,201 rows") << u"staff"_s << 1201 << false << false;
    QTest::newRow("staff, skipInvalid") << u"staff"_s << 1201 << true << false;
    QTest::newRow("staff, dry run") << u"staff"_s << 1201 << false << true;
    QTest::newRow("units, 3 rows") << u"units"_s << 3 << false << false;
    QTest::newRow("units, skipInvalid") << u"units"_s << 5 << true << false;
    QTest::newRow("units, dry run") << u"units"_s << 5 << false << true;
}

void TestImportService::progressReachesTotal()
{
    QFETCH(QString, kind);
    QFETCH(int, rows);
    QFETCH(bool, withBadRow);
    QFETCH(bool, dryRun);

    std::vector<std::pair<int, int>> calls;
    const ProgressCallback progress = [&](int done, int total) { calls.emplace_back(done, total); };
    const ImportOptions options{dryRun, withBadRow};
    ImportReport report;
    if (kind == "staff"_L1) {
        StaffRows file = people(rows);
        if (withBadRow)
            file[1].record.category = u"zz"_s;
        report = m_service->importStaff(file, {}, options, progress);
    } else {
        UnitRows file;
        for (int i = 0; i < rows; ++i)
            file.push_back(unitRow(i + 2, Samples::unit(u"X%1"_s.arg(i), u"Xã %1"_s.arg(i), u"xa"_s, u"H"_s)));
        if (withBadRow)
            file[1].record.kind = u"lang"_s;
        report = m_service->importUnits(file, {}, options, progress);
    }
    QCOMPARE(report.written, !dryRun);
    QVERIFY(!calls.empty());
    for (size_t i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls[i].second, calls.front().second);
        QVERIFY(calls[i].first <= calls[i].second);
        if (i > 0)
            QVERIFY(calls[i].first >= calls[i - 1].first);
    }
    QVERIFY(calls.front().second > 0);
    QCOMPARE(calls.back().first, calls.back().second);
}

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
