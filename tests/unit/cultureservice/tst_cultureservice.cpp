// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrysamples.h"
#include "services/clock.h"
#include "services/cultureservice.h"
#include "storage/settingrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

CultureObservation obs(const QString &staff, const QString &item, const QString &result, const QString &note = {})
{
    return {0, staff, item, result, note};
}

CultureInspection inspection(const QString &unit, const QDate &date, const QString &inspector = u"Tổ kiểm tra"_s)
{
    return {0, unit, date, inspector, {}};
}

const UnitCultureSummary *findUnit(const CultureReport &r, const QString &code)
{
    for (const auto &u : r.units) {
        if (u.code == code)
            return &u;
    }
    return nullptr;
}

const PersonCultureSummary *findPerson(const CultureReport &r, const QString &code)
{
    for (const auto &p : r.people) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

QStringList unitCodes(const CultureReport &r)
{
    QStringList out;
    for (const auto &u : r.units)
        out << u.code;
    return out;
}

} // namespace

/**
 * CultureService (docs/culture-csv.md; LEGAL-RULES.md §3, §1.11): the checklist, inspections and the
 * violations log, compliance rates over a period, the ND 335 culture points, and the discipline draft.
 * The sample town of tests/support/registrysamples.h: W1 and W2 merge into WN on 2025-07-01.
 * People: A (cc, W1), B (vc, W1), C (cc_xa, W2), D (cc, WN).
 */
class TestCultureService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void checklistIsSeeded();
    void saveItemIsAuditedAndNeverDeleted();
    void saveItemRefusesBadValues();
    void rates_data();
    void rates();
    void reportCountsPerUnitAndPerson();
    void quarterBoundaries_data();
    void quarterBoundaries();
    void mergedUnitFollowed();
    void points_data();
    void points();
    void culturePointsOfAPerson();
    void pointsMaxSetting();
    void saveInspectionLogsBreaches();
    void saveInspectionRefusesBadObservations();
    void violationStatusAndDraft();
    void removeInspectionKeepsTheLog();

private:
    qint64 save(const CultureInspection &i, const std::vector<CultureObservation> &o)
    {
        qint64 id = 0;
        const SaveResult r = m_service->saveInspection(i, o, &id);
        if (!r.ok())
            qWarning() << r.error << (r.fieldErrors.empty() ? QString() : r.fieldErrors.front().message);
        return r.ok() ? id : 0;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<CultureService> m_service;
};

void TestCultureService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCultureService::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 5, 4), QTime(9, 0)));
    m_service = std::make_unique<CultureService>(m_db->db(), *m_clock);
    m_service->setActor(u"tester"_s);
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    QVERIFY(Samples::insertStaff(m_db->db(), {Samples::person(u"A"_s, u"Nguyễn Văn An"_s, u"W1"_s, u"cc"_s),
                                              Samples::person(u"B"_s, u"Trần Thị Bình"_s, u"W1"_s, u"vc"_s),
                                              Samples::person(u"C"_s, u"Lê Văn Cường"_s, u"W2"_s, u"cc_xa"_s,
                                                              u"tu_phap_ho_tich"_s),
                                              Samples::person(u"D"_s, u"Phạm Thị Dung"_s, u"WN"_s, u"cc"_s)}));
}

void TestCultureService::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestCultureService::checklistIsSeeded()
{
    const auto items = m_service->checklist();
    QCOMPARE(items.size(), size_t(10));
    QCOMPARE(items.front().code, u"the_deo"_s);
    QCOMPARE(items.back().code, u"cong_bang_lanh_dao"_s);
    QVERIFY(items.back().leadersOnly);
    // Items match by code or by their wording without case or diacritics.
    QCOMPARE(CultureService::matchItem(u" THE_DEO "_s, items), std::optional<QString>(u"the_deo"_s));
    QCOMPARE(CultureService::matchItem(u"khong uong ruou, BIA trong gio lam viec va gio nghi trua"_s, items),
             std::optional<QString>(u"khong_ruou_bia"_s));
    QCOMPARE(CultureService::matchItem(u"No smoking in the office, meeting room or hall"_s, items),
             std::optional<QString>(u"khong_hut_thuoc"_s));
    QCOMPARE(CultureService::matchItem(u"Không uống rượu bia trong giờ làm việc và giờ nghỉ trưa."_s, items),
             std::optional<QString>(u"khong_ruou_bia"_s)); // punctuation does not matter
    QCOMPARE(CultureService::matchItem(u"hút thuốc"_s, items), std::nullopt);
    // The result words of the file format.
    QCOMPARE(CultureResults::table().match(u"Đạt"_s), std::optional<QString>(u"dat"_s));
    QCOMPARE(CultureResults::table().match(u"vi pham"_s), std::optional<QString>(u"vi_pham"_s));
    QCOMPARE(CultureResults::table().match(u"KHÔNG ÁP DỤNG"_s), std::optional<QString>(u"khong_ap_dung"_s));
    QCOMPARE(CultureResults::table().match(u"maybe"_s), std::nullopt);
}

void TestCultureService::saveItemIsAuditedAndNeverDeleted()
{
    CultureItem item = m_service->checklist().front();
    const qint64 before = Samples::auditCount(m_db->db());
    QVERIFY(m_service->saveItem(item).ok()); // unchanged: nothing written
    QCOMPARE(Samples::auditCount(m_db->db()), before);

    item.basis += u"; QĐ 758/QĐ-BNV"_s;
    QVERIFY(m_service->saveItem(item).ok());
    const auto rows = Samples::auditRows(m_db->db(), u"culture_item"_s, u"the_deo"_s);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].action, u"update"_s);
    QCOMPARE(rows[0].actor, u"tester"_s);
    QCOMPARE(Samples::jsonObject(rows[0].afterJson).value(u"origin"_s).toString(), u"edited"_s);
    QCOMPARE(Samples::jsonObject(rows[0].beforeJson).value(u"origin"_s).toString(), u"shipped"_s);

    item.active = false; // retired, not deleted
    QVERIFY(m_service->saveItem(item).ok());
    QCOMPARE(m_service->checklist().size(), size_t(9));
    QCOMPARE(m_service->checklist(false).size(), size_t(10));

    CultureItem added{u"the_ten"_s, 11, u"trang_phuc"_s, u"Đeo bảng tên tại bộ phận một cửa"_s, {}, u"QĐ 129/2007"_s};
    QVERIFY(m_service->saveItem(added).ok());
    QCOMPARE(m_service->checklist(false).back().origin, u"added"_s);
    QCOMPARE(Samples::auditRows(m_db->db(), u"culture_item"_s).size(), size_t(3));
}

void TestCultureService::saveItemRefusesBadValues()
{
    CultureItem item{u"Bad Code"_s, 1, u"unknown"_s, {}};
    const SaveResult r = m_service->saveItem(item);
    QStringList fields;
    for (const auto &e : r.fieldErrors)
        fields << e.field;
    QCOMPARE(fields, (QStringList{u"code"_s, u"label_vi"_s, u"group"_s}));
    QCOMPARE(m_service->checklist(false).size(), size_t(10));
}

void TestCultureService::rates_data()
{
    QTest::addColumn<QStringList>("results");
    QTest::addColumn<int>("checks");
    QTest::addColumn<int>("passed");
    QTest::addColumn<QVariant>("rate"); // invalid = null

    QTest::newRow("no observation") << QStringList{} << 0 << 0 << QVariant();
    QTest::newRow("only not applicable: no check, rate null")
        << QStringList{u"khong_ap_dung"_s, u"khong_ap_dung"_s} << 0 << 0 << QVariant();
    QTest::newRow("all pass") << QStringList{u"dat"_s, u"dat"_s, u"dat"_s} << 3 << 3 << QVariant(1.0);
    QTest::newRow("all breach") << QStringList{u"vi_pham"_s, u"vi_pham"_s} << 2 << 0 << QVariant(0.0);
    QTest::newRow("two of three, rounded to 4 decimals")
        << QStringList{u"dat"_s, u"dat"_s, u"vi_pham"_s} << 3 << 2 << QVariant(0.6667);
    QTest::newRow("not applicable excluded")
        << QStringList{u"dat"_s, u"khong_ap_dung"_s, u"vi_pham"_s, u"khong_ap_dung"_s} << 2 << 1 << QVariant(0.5);
    QTest::newRow("one of seven rounds down")
        << QStringList{u"dat"_s, u"vi_pham"_s, u"vi_pham"_s, u"vi_pham"_s, u"vi_pham"_s, u"vi_pham"_s, u"vi_pham"_s}
        << 7 << 1 << QVariant(0.1429);
}

void TestCultureService::rates()
{
    QFETCH(QStringList, results);
    QFETCH(int, checks);
    QFETCH(int, passed);
    QFETCH(QVariant, rate);
    const auto items = m_service->checklist();
    std::vector<CultureObservation> o;
    for (qsizetype i = 0; i < results.size(); ++i)
        o.push_back(obs(u"A"_s, items[size_t(i)].code, results.at(i)));
    if (!o.empty())
        QVERIFY(save(inspection(u"WN"_s, QDate(2026, 2, 3)), o) > 0);
    else
        QVERIFY(save(inspection(u"WN"_s, QDate(2026, 2, 3)), {}) > 0);
    const CultureReport r = m_service->report(QDate(2026, 1, 1), QDate(2026, 12, 31));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.checks, checks);
    QCOMPARE(r.passed, passed);
    const std::optional<double> expected = rate.isValid() ? std::optional<double>(rate.toDouble()) : std::nullopt;
    QCOMPARE(r.complianceRate, expected);
    QCOMPARE(CultureService::complianceRate(passed, checks), expected);
    QCOMPARE(unitCodes(r), QStringList{u"WN"_s}); // a unit inspected is listed even with no check
    QCOMPARE(r.units[0].complianceRate, expected);
    QCOMPARE(r.units[0].inspections, 1);
}

void TestCultureService::reportCountsPerUnitAndPerson()
{
    QVERIFY(save(inspection(u"W1"_s, QDate(2025, 3, 10)),
                 {obs(u"A"_s, u"the_deo"_s, u"dat"_s), obs(u"A"_s, u"khong_hut_thuoc"_s, u"vi_pham"_s, u"Hút thuốc trong phòng"_s),
                  obs(u"B"_s, u"the_deo"_s, u"vi_pham"_s), obs(u"B"_s, u"dung_gio"_s, u"dat"_s),
                  obs(u"B"_s, u"cong_bang_lanh_dao"_s, u"khong_ap_dung"_s)}) > 0);
    QVERIFY(save(inspection(u"W1"_s, QDate(2025, 5, 2), u"Phòng Nội vụ"_s),
                 {obs(u"A"_s, u"the_deo"_s, u"vi_pham"_s), obs(u"A"_s, u"dung_gio"_s, u"dat"_s)}) > 0);
    QVERIFY(save(inspection(u"W2"_s, QDate(2025, 4, 1)), {obs(u"C"_s, u"the_deo"_s, u"dat"_s)}) > 0);
    const CultureReport r = m_service->report(QDate(2025, 1, 1), QDate(2025, 12, 31));
    QCOMPARE(unitCodes(r), (QStringList{u"W1"_s, u"W2"_s})); // Phường Một, Xã Hai: by name
    const UnitCultureSummary *w1 = findUnit(r, u"W1"_s);
    QCOMPARE(w1->inspections, 2);
    QCOMPARE(w1->peopleInspected, 2);
    QCOMPARE(w1->checks, 6);
    QCOMPARE(w1->passed, 3);
    QCOMPARE(w1->breaches, 3);
    QCOMPARE(w1->peopleWithBreach, 2);
    QCOMPARE(w1->complianceRate, std::optional<double>(0.5));
    QCOMPARE(w1->breachesByItem.value(u"the_deo"_s), 2);
    QCOMPARE(w1->breachesByItem.value(u"khong_hut_thuoc"_s), 1);
    QCOMPARE(w1->confirmedViolations, 0);
    const PersonCultureSummary *a = findPerson(r, u"A"_s);
    QCOMPARE(a->checks, 4);
    QCOMPARE(a->passed, 2);
    QCOMPARE(a->breachedItems, (QStringList{u"the_deo"_s, u"khong_hut_thuoc"_s})); // checklist order
    QCOMPARE(a->points, std::nullopt); // 2025: before ND 335
    QCOMPARE(r.violations.size(), size_t(3));
    QCOMPARE(r.violations.front().violation.date, QDate(2025, 5, 2)); // newest first
    QCOMPARE(r.checks, 7);
    QCOMPARE(r.passed, 4);
    QCOMPARE(r.complianceRate, std::optional<double>(0.5714));

    // A confirmed entry counts for the unit inspected.
    const qint64 id = r.violations.back().violation.id;
    QVERIFY(m_service->setViolationStatus(id, u"confirmed"_s).ok());
    QCOMPARE(findUnit(m_service->report(QDate(2025, 1, 1), QDate(2025, 12, 31)), u"W1"_s)->confirmedViolations, 1);
    // --unit: that unit and below.
    QCOMPARE(unitCodes(m_service->report(QDate(2025, 1, 1), QDate(2025, 6, 30), u"W2"_s)), QStringList{u"W2"_s});
    QCOMPARE(m_service->report(QDate(2025, 1, 1), QDate(2025, 6, 30), u"W2"_s).violations.size(), size_t(0));
    QCOMPARE(unitCodes(m_service->report(QDate(2025, 1, 1), QDate(2025, 6, 30), u"H"_s)),
             (QStringList{u"W1"_s, u"W2"_s}));
}

void TestCultureService::quarterBoundaries_data()
{
    QTest::addColumn<int>("quarter");
    QTest::addColumn<QStringList>("dates");
    QTest::newRow("Q1 ends on 31/03") << 1 << QStringList{u"2026-01-01"_s, u"2026-03-31"_s};
    QTest::newRow("Q2 from 01/04 to 30/06") << 2 << QStringList{u"2026-04-01"_s, u"2026-06-30"_s};
    QTest::newRow("Q3 starts on 01/07") << 3 << QStringList{u"2026-07-01"_s};
    QTest::newRow("Q4 to 31/12") << 4 << QStringList{u"2026-12-31"_s};
    QTest::newRow("the year") << 0
                              << QStringList{u"2026-01-01"_s, u"2026-03-31"_s, u"2026-04-01"_s, u"2026-06-30"_s,
                                             u"2026-07-01"_s, u"2026-12-31"_s};
}

void TestCultureService::quarterBoundaries()
{
    QFETCH(int, quarter);
    QFETCH(QStringList, dates);
    for (const QString &d : {u"2025-12-31"_s, u"2026-01-01"_s, u"2026-03-31"_s, u"2026-04-01"_s, u"2026-06-30"_s,
                             u"2026-07-01"_s, u"2026-12-31"_s, u"2027-01-01"_s})
        QVERIFY(save(inspection(u"WN"_s, QDate::fromString(d, Qt::ISODate)), {obs(u"D"_s, u"the_deo"_s, u"dat"_s)}) > 0);
    const QDate from = quarter == 0 ? QDate(2026, 1, 1) : QDate(2026, 3 * quarter - 2, 1);
    const QDate to = quarter == 0 ? QDate(2026, 12, 31) : from.addMonths(3).addDays(-1);
    const CultureReport r = m_service->report(from, to);
    QCOMPARE(r.checks, int(dates.size()));
    QCOMPARE(r.units.size(), size_t(1));
    QCOMPARE(r.units[0].inspections, int(dates.size()));
    QStringList seen;
    for (const CultureInspection &i : m_service->inspections(2026))
        seen << i.date.toString(Qt::ISODate);
    QCOMPARE(seen.size(), 6);
}

void TestCultureService::mergedUnitFollowed()
{
    // Before the merge W1 stands for itself; an inspection recorded for W1 after the merge counts for WN.
    QVERIFY(save(inspection(u"W1"_s, QDate(2025, 6, 30)), {obs(u"A"_s, u"the_deo"_s, u"vi_pham"_s)}) > 0);
    QVERIFY(save(inspection(u"W1"_s, QDate(2025, 7, 1)), {obs(u"A"_s, u"the_deo"_s, u"dat"_s)}) > 0);
    QVERIFY(save(inspection(u"WN"_s, QDate(2025, 9, 1)), {obs(u"D"_s, u"the_deo"_s, u"dat"_s)}) > 0);
    const CultureReport year = m_service->report(QDate(2025, 1, 1), QDate(2025, 12, 31));
    QCOMPARE(unitCodes(year), (QStringList{u"W1"_s, u"WN"_s})); // Phường Một, Phường Mới (ô before ơ)
    QCOMPARE(findUnit(year, u"WN"_s)->inspections, 2);
    QCOMPARE(findUnit(year, u"WN"_s)->complianceRate, std::optional<double>(1.0));
    QCOMPARE(findUnit(year, u"W1"_s)->complianceRate, std::optional<double>(0.0));
    QCOMPARE(findPerson(year, u"A"_s)->unitCode, u"WN"_s); // the unit of the last inspection
    // --unit WN takes in the units merged into it; --unit W1 after the merge means WN.
    QCOMPARE(unitCodes(m_service->report(QDate(2025, 1, 1), QDate(2025, 12, 31), u"WN"_s)),
             (QStringList{u"W1"_s, u"WN"_s}));
    QCOMPARE(unitCodes(m_service->report(QDate(2025, 7, 1), QDate(2025, 12, 31), u"W1"_s)), QStringList{u"WN"_s});
    QCOMPARE(m_service->inspections(2025, u"WN"_s).size(), size_t(3));
    QCOMPARE(m_service->violations(2025, u"WN"_s).size(), size_t(1));
}

void TestCultureService::points_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("passed");
    QTest::addColumn<int>("checks");
    QTest::addColumn<double>("max");
    QTest::addColumn<QVariant>("points");
    QTest::newRow("cc 2026 all passed") << u"cc"_s << 2026 << 10 << 10 << 5.0 << QVariant(5.0);
    QTest::newRow("cc 2026 8 of 10") << u"cc"_s << 2026 << 8 << 10 << 5.0 << QVariant(4.0);
    QTest::newRow("cc_xa 2026 2 of 3, one decimal") << u"cc_xa"_s << 2026 << 2 << 3 << 5.0 << QVariant(3.3);
    QTest::newRow("cc 2027, another setting") << u"cc"_s << 2027 << 2 << 3 << 6.0 << QVariant(4.0);
    QTest::newRow("cc 2025: before ND 335") << u"cc"_s << 2025 << 10 << 10 << 5.0 << QVariant();
    QTest::newRow("vc: not a civil servant") << u"vc"_s << 2026 << 10 << 10 << 5.0 << QVariant();
    QTest::newRow("cb_xa: a cadre") << u"cb_xa"_s << 2026 << 10 << 10 << 5.0 << QVariant();
    QTest::newRow("cc with no check") << u"cc"_s << 2026 << 0 << 0 << 5.0 << QVariant();
}

void TestCultureService::points()
{
    QFETCH(QString, category);
    QFETCH(int, year);
    QFETCH(int, passed);
    QFETCH(int, checks);
    QFETCH(double, max);
    QFETCH(QVariant, points);
    const std::optional<double> expected = points.isValid() ? std::optional<double>(points.toDouble()) : std::nullopt;
    QCOMPARE(CultureService::pointsFor(category, year, passed, checks, max), expected);
}

void TestCultureService::culturePointsOfAPerson()
{
    const auto items = m_service->checklist();
    QVERIFY(save(inspection(u"WN"_s, QDate(2026, 2, 1)),
                 {obs(u"D"_s, u"the_deo"_s, u"dat"_s), obs(u"D"_s, u"trang_phuc"_s, u"dat"_s),
                  obs(u"D"_s, u"dung_gio"_s, u"vi_pham"_s), obs(u"D"_s, u"cong_bang_lanh_dao"_s, u"khong_ap_dung"_s),
                  obs(u"B"_s, u"the_deo"_s, u"dat"_s)}) > 0);
    QVERIFY(save(inspection(u"WN"_s, QDate(2025, 12, 1)), {obs(u"D"_s, u"the_deo"_s, u"vi_pham"_s)}) > 0);
    QCOMPARE(m_service->culturePoints(u"D"_s, 2026), std::optional<double>(3.3)); // 5 × 2/3
    QCOMPARE(m_service->culturePoints(u"D"_s, 2025), std::nullopt);
    QCOMPARE(m_service->culturePoints(u"B"_s, 2026), std::nullopt); // viên chức
    QCOMPARE(m_service->culturePoints(u"A"_s, 2026), std::nullopt); // not inspected
    const CultureReport r = m_service->report(QDate(2026, 1, 1), QDate(2026, 12, 31));
    QCOMPARE(findPerson(r, u"D"_s)->points, std::optional<double>(3.3));
    QCOMPARE(findPerson(r, u"B"_s)->points, std::nullopt);
    QCOMPARE(r.pointsMax, 5.0);
}

void TestCultureService::pointsMaxSetting()
{
    QCOMPARE(m_service->pointsMax(), CultureService::DefaultPointsMax);
    QVERIFY(m_service->setPointsMax(6).ok());
    QCOMPARE(m_service->pointsMax(), 6.0);
    QCOMPARE(SettingRepository(m_db->connection()).value(QString::fromLatin1(CultureService::PointsMaxKey)),
             std::optional<QString>(u"6"_s));
    QCOMPARE(Samples::auditRows(m_db->db(), u"setting"_s, QString::fromLatin1(CultureService::PointsMaxKey)).size(),
             size_t(1));
    QVERIFY(!m_service->setPointsMax(31).ok());
    QVERIFY(!m_service->setPointsMax(-1).ok());
    QCOMPARE(m_service->pointsMax(), 6.0);
}

void TestCultureService::saveInspectionLogsBreaches()
{
    const qint64 id = save(inspection(u"W1"_s, QDate(2025, 3, 10)),
                           {obs(u"A"_s, u"khong_ruou_bia"_s, u"vi_pham"_s, u"Uống bia buổi trưa"_s),
                            obs(u"B"_s, u"the_deo"_s, u"dat"_s)});
    QVERIFY(id > 0);
    auto log = m_service->violations(2025);
    QCOMPARE(log.size(), size_t(1));
    QCOMPARE(log[0].violation.staffCode, u"A"_s);
    QCOMPARE(log[0].violation.status, u"reported"_s);
    QCOMPARE(log[0].violation.inspectionId, id);
    QCOMPARE(log[0].violation.description, u"Uống bia buổi trưa"_s);
    QCOMPARE(log[0].violation.date, QDate(2025, 3, 10));
    QCOMPARE(log[0].fullName, u"Nguyễn Văn An"_s);
    QCOMPARE(log[0].unitName, u"Phường Một"_s);
    QCOMPARE(log[0].itemLabel, u"Không uống rượu, bia trong giờ làm việc và giờ nghỉ trưa"_s);
    QCOMPARE(Samples::auditRows(m_db->db(), u"culture_inspection"_s, QString::number(id)).size(), size_t(1));
    QCOMPARE(Samples::auditRows(m_db->db(), u"culture_violation"_s).size(), size_t(1));

    // Saving the same again changes nothing and logs nothing twice.
    const qint64 audit = Samples::auditCount(m_db->db());
    CultureInspection same = inspection(u"W1"_s, QDate(2025, 3, 10));
    same.id = id;
    QVERIFY(m_service->saveInspection(same, {obs(u"B"_s, u"the_deo"_s, u"dat"_s),
                                             obs(u"A"_s, u"khong_ruou_bia"_s, u"vi_pham"_s, u"Uống bia buổi trưa"_s)})
                .ok());
    QCOMPARE(Samples::auditCount(m_db->db()), audit);
    QCOMPARE(m_service->violations(2025).size(), size_t(1));

    // The observations are replaced; a breach corrected away dismisses the entry nobody acted on.
    QVERIFY(m_service->saveInspection(same, {obs(u"A"_s, u"khong_ruou_bia"_s, u"dat"_s)}).ok());
    QCOMPARE(m_service->observations(id).size(), size_t(1));
    log = m_service->violations(2025);
    QCOMPARE(log.size(), size_t(1));
    QCOMPARE(log[0].violation.status, u"dismissed"_s);
    const auto rows = Samples::auditRows(m_db->db(), u"culture_inspection"_s, QString::number(id));
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[1].action, u"update"_s);
}

void TestCultureService::saveInspectionRefusesBadObservations()
{
    SaveResult r = m_service->saveInspection(inspection(u"NOPE"_s, QDate(), u" "_s),
                                             {obs(u"ZZ"_s, u"the_deo"_s, u"dat"_s), obs(u"A"_s, u"xx"_s, u"dat"_s),
                                              obs(u"A"_s, u"the_deo"_s, u"maybe"_s), obs(u"B"_s, u"the_deo"_s, u"dat"_s),
                                              obs(u"B"_s, u"the_deo"_s, u"vi_pham"_s)});
    QStringList fields;
    for (const auto &e : r.fieldErrors)
        fields << e.field + u':' + e.message;
    QCOMPARE(fields, (QStringList{u"unit_code:unknown unit \"NOPE\""_s, u"inspected_on:the inspection date is required"_s,
                                  u"inspector:the inspector is required"_s,
                                  u"staff_code:unknown staff code \"ZZ\""_s,
                                  u"item:unknown checklist item \"xx\""_s,
                                  u"result:unknown value \"maybe\"; expected one of: dat, vi_pham, khong_ap_dung"_s,
                                  u"item:the_deo is recorded twice for B"_s}));
    QVERIFY(m_service->inspections(0).empty());
    // One inspection per unit, date and inspector.
    QVERIFY(save(inspection(u"W1"_s, QDate(2025, 3, 10)), {}) > 0);
    r = m_service->saveInspection(inspection(u"W1"_s, QDate(2025, 3, 10)), {});
    QCOMPARE(r.fieldErrors.size(), size_t(1));
    QCOMPARE(r.fieldErrors[0].field, u"inspector"_s);
}

void TestCultureService::violationStatusAndDraft()
{
    const qint64 id = save(inspection(u"WN"_s, QDate(2026, 3, 2)),
                           {obs(u"D"_s, u"khong_hut_thuoc"_s, u"vi_pham"_s, u"Hút thuốc trong phòng họp"_s)});
    QVERIFY(id > 0);
    const qint64 vid = m_service->violations(2026).front().violation.id;
    QCOMPARE(m_service->disciplineDraft(vid), std::nullopt); // only from a confirmed violation
    QVERIFY(!m_service->linkDiscipline(vid, 1).ok());
    QVERIFY(m_service->setViolationStatus(vid, u"dismissed"_s).ok());
    QCOMPARE(m_service->disciplineDraft(vid), std::nullopt);
    QVERIFY(!m_service->setViolationStatus(vid, u"maybe"_s).ok());
    QVERIFY(m_service->setViolationStatus(vid, u"confirmed"_s).ok());
    const auto rows = Samples::auditRows(m_db->db(), u"culture_violation"_s, QString::number(vid));
    QCOMPARE(rows.size(), size_t(3)); // logged, dismissed, confirmed
    QCOMPARE(Samples::jsonObject(rows[2].afterJson).value(u"status"_s).toString(), u"confirmed"_s);

    // A violation reported otherwise (no inspection) on an earlier date.
    qint64 other = 0;
    CultureViolation v;
    v.staffCode = u"A"_s;
    v.itemCode = u"dung_gio"_s;
    v.date = QDate(2026, 2, 20);
    v.status = u"confirmed"_s;
    QVERIFY(m_service->saveViolation(v, &other).ok());

    const auto draft = m_service->disciplineDraft(vid);
    QVERIFY(draft.has_value());
    QCOMPARE(draft->staffCode, u"D"_s);
    QCOMPARE(draft->form, u"khien_trach"_s);
    QCOMPARE(draft->violationDate, QDate(2026, 3, 2));
    QCOMPARE(draft->detectedDate, QDate(2026, 3, 2));
    QCOMPARE(draft->reason, u"Không hút thuốc lá trong phòng làm việc, phòng họp, hội trường "
                            "(QĐ 129/2007/QĐ-TTg; Chỉ thị 26/CT-TTg): Hút thuốc trong phòng họp"_s);
    const auto draft2 = m_service->disciplineDraft(other);
    QVERIFY(draft2.has_value());
    QCOMPARE(draft2->detectedDate, QDate(2026, 2, 20));
    QCOMPARE(draft2->reason, u"Đi làm đúng giờ; không làm việc riêng trong giờ làm việc "
                             "(Chỉ thị 26/CT-TTg; QĐ 1847/QĐ-TTg)"_s);

    // Linking needs a stored decision (foreign key); then the status is frozen.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO discipline_decision (staff_code, form, decision_no, decision_date) "
                   "VALUES ('D', 'khien_trach', '12/QĐ-UBND', '2026-04-01')"_s));
    const qint64 decision = q.lastInsertId().toLongLong();
    QVERIFY(m_service->linkDiscipline(vid, decision).ok());
    QCOMPARE(m_service->violations(2026).back().violation.disciplineId, 0); // the other one
    QVERIFY(!m_service->setViolationStatus(vid, u"dismissed"_s).ok());
    QVERIFY(!m_service->linkDiscipline(vid + 100, decision).ok());
}

void TestCultureService::removeInspectionKeepsTheLog()
{
    const qint64 id = save(inspection(u"WN"_s, QDate(2026, 3, 2)), {obs(u"D"_s, u"the_deo"_s, u"vi_pham"_s)});
    QVERIFY(m_service->removeInspection(id).ok());
    QVERIFY(!m_service->findInspection(id));
    QVERIFY(m_service->observations(id).empty());
    const auto log = m_service->violations(2026);
    QCOMPARE(log.size(), size_t(1));
    QCOMPARE(log[0].violation.inspectionId, 0);
    QCOMPARE(log[0].unitCode, u"WN"_s); // the person's unit now
    const auto rows = Samples::auditRows(m_db->db(), u"culture_inspection"_s, QString::number(id));
    QCOMPARE(rows.back().action, u"delete"_s);
    QVERIFY(!m_service->removeInspection(id).ok());
}

QTEST_GUILESS_MAIN(TestCultureService)
#include "tst_cultureservice.moc"
