// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/codetable.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/qualificationservice.h"
#include "storage/settingrepository.h"
#include "storage/staffrepository.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Status = QualificationResult::Status;

/** A commune person who meets every shipped standard of their title (ND 33/2023 and the earlier ones). */
StaffMember commune(const QString &code, const QString &unit, const QString &position,
                    const QString &category = u"cc_xa"_s)
{
    StaffMember m = Samples::person(code, u"Người "_s + code, unit, category, position);
    m.startDate = QDate(2015, 1, 1);
    m.professionalField = position == "chi_huy_truong_quan_su"_L1 ? u"Quân sự cơ sở"_s : u"Luật"_s;
    return m;
}

const PersonQualification *findPerson(const QualificationReport &r, const QString &code)
{
    for (const auto &p : r.people) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

const UnitQualification *findUnit(const QualificationReport &r, const QString &code)
{
    for (const auto &u : r.units) {
        if (u.code == code)
            return &u;
    }
    return nullptr;
}

QStringList unitCodes(const QualificationReport &r)
{
    QStringList out;
    for (const auto &u : r.units)
        out << u.code;
    return out;
}

QStringList peopleCodes(const QualificationReport &r)
{
    QStringList out;
    for (const auto &p : r.people)
        out << p.code;
    return out;
}

const QDate kBeforeMerge(2025, 6, 30);
const QDate kMerge(2025, 7, 1);
const QDate kNd33(2023, 8, 1);

} // namespace

/**
 * QualificationService (CLI.md "report qualification"; STAFF-CSV.md "The standards shipped"): who is
 * in scope, where they belong after a merge, which standard and which difficult-area level apply, the
 * counts, the trend and a person's standing. The sample town (tests/support/registrysamples.h): T
 * (tinh) ⊃ H (huyen, until the merge) ⊃ W1 (phuong), W2 (xa, difficult area), AG (agency); W1 and W2
 * merge into WN (phuong, not difficult) on 2025-07-01. Added here: X3 (xa under T, always valid,
 * nobody in it) and TT (thi_tran under H, always valid).
 */
class TestQualificationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void categoriesInScope();
    void inServiceOnTheDate_data();
    void inServiceOnTheDate();
    void communeLevelUnitsOnly();
    void successorsAfterTheMerge();
    void unitsWithNobodyAreListed();
    void noStandardListedNotCounted();
    void difficultAreaOfTheResolvedUnit();
    void difficultAreaSetting_data();
    void difficultAreaSetting();
    void unitSubtree();
    void earlierStandardsBefore2023_data();
    void earlierStandardsBefore2023();
    void deadlineOnlyWhileNotQualified();
    void rateIsZeroWithNobody();
    void countsAndGaps();
    void ordering();
    void trendDates();
    void trendSkipsYearsWithoutData();
    void trendOnNewYearsEve();
    void standing();
    void inServiceQuery();

private:
    QualificationReport report(const QDate &date, const QString &unit = {}) const { return m_service->report(date, unit); }
    void add(const std::vector<StaffMember> &staff) { QVERIFY(Samples::insertStaff(m_db->db(), staff)); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<QualificationService> m_service;
};

void TestQualificationService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestQualificationService::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 15), QTime(9, 0)));
    m_service = std::make_unique<QualificationService>(m_db->db(), *m_clock);
    std::vector<OrgUnit> units = Samples::town();
    units.push_back(Samples::unit(u"X3"_s, u"Xã Ba"_s, u"xa"_s, u"T"_s));
    units.push_back(Samples::unit(u"TT"_s, u"Thị trấn Bốn"_s, u"thi_tran"_s, u"H"_s));
    QVERIFY(Samples::insertUnits(m_db->db(), units));
}

void TestQualificationService::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestQualificationService::categoriesInScope()
{
    QCOMPARE(QualificationService::categories(), (QStringList{u"cb_xa"_s, u"cc_xa"_s}));
    add({commune(u"A"_s, u"W1"_s, u"chu_tich_ubnd"_s, u"cb_xa"_s), commune(u"B"_s, u"W1"_s, u"dia_chinh"_s),
         Samples::person(u"C"_s, u"Người C"_s, u"W1"_s, u"cc"_s), Samples::person(u"D"_s, u"Người D"_s, u"W1"_s, u"vc"_s),
         Samples::person(u"E"_s, u"Người E"_s, u"W1"_s, u"khong_chuyen_trach"_s, u"Phó Chỉ huy trưởng quân sự"_s),
         Samples::person(u"F"_s, u"Người F"_s, u"W1"_s, u"cb"_s)});
    const QualificationReport r = report(kBeforeMerge);
    QCOMPARE(peopleCodes(r), (QStringList{u"A"_s, u"B"_s}));
    QCOMPARE(r.staff, 2);
    QCOMPARE(r.qualified, 2);
    QCOMPARE(r.rate, 1.0);
}

void TestQualificationService::inServiceOnTheDate_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<bool>("inScope");
    const QDate d = kBeforeMerge;
    QTest::newRow("started that day") << d << QDate() << true;
    QTest::newRow("starts the next day") << d.addDays(1) << QDate() << false;
    QTest::newRow("start unknown") << QDate() << QDate() << true;
    QTest::newRow("ends the next day") << QDate(2015, 1, 1) << d.addDays(1) << true;
    QTest::newRow("ended that day (exclusive)") << QDate(2015, 1, 1) << d << false;
    QTest::newRow("ended before") << QDate(2015, 1, 1) << QDate(2020, 1, 1) << false;
    QTest::newRow("start unknown, ended") << QDate() << d.addDays(-1) << false;
}

void TestQualificationService::inServiceOnTheDate()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(bool, inScope);
    StaffMember m = commune(u"A"_s, u"W1"_s, u"dia_chinh"_s);
    m.startDate = start;
    m.endDate = end;
    add({m});
    const QualificationReport r = report(kBeforeMerge);
    QCOMPARE(r.staff, inScope ? 1 : 0);
    QCOMPARE(findPerson(r, u"A"_s) != nullptr, inScope);
}

void TestQualificationService::communeLevelUnitsOnly()
{
    // Recorded in an agency or in the town itself: outside the commune-level rate.
    add({commune(u"A"_s, u"AG"_s, u"dia_chinh"_s), commune(u"B"_s, u"H"_s, u"dia_chinh"_s),
         commune(u"C"_s, u"T"_s, u"dia_chinh"_s), commune(u"D"_s, u"TT"_s, u"dia_chinh"_s)});
    const QualificationReport r = report(kBeforeMerge);
    QCOMPARE(peopleCodes(r), QStringList{u"D"_s}); // a thị trấn is commune-level
    // Units: xa, phuong, thi_tran valid on the date, by name (Phường Một, Thị trấn Bốn, Xã Ba, Xã Hai).
    QCOMPARE(unitCodes(r), (QStringList{u"W1"_s, u"TT"_s, u"X3"_s, u"W2"_s}));
    QCOMPARE(findUnit(r, u"TT"_s)->kind, u"thi_tran"_s);
}

void TestQualificationService::successorsAfterTheMerge()
{
    add({commune(u"A"_s, u"W1"_s, u"dia_chinh"_s), commune(u"B"_s, u"W2"_s, u"tu_phap_ho_tich"_s)});
    const QualificationReport before = report(kBeforeMerge);
    QCOMPARE(findPerson(before, u"A"_s)->unitCode, u"W1"_s);
    QCOMPARE(findPerson(before, u"B"_s)->unitCode, u"W2"_s);
    QVERIFY(!findUnit(before, u"WN"_s)); // not created yet

    const QualificationReport after = report(kMerge);
    QCOMPARE(unitCodes(after), (QStringList{u"WN"_s, u"TT"_s, u"X3"_s})); // Phường Mới, Thị trấn Bốn, Xã Ba
    QCOMPARE(findPerson(after, u"A"_s)->unitCode, u"WN"_s);
    QCOMPARE(findPerson(after, u"B"_s)->unitCode, u"WN"_s);
    const UnitQualification *wn = findUnit(after, u"WN"_s);
    QCOMPARE(wn->staff, 2);
    QCOMPARE(wn->qualified, 2);
    QCOMPARE(int(wn->positions.size()), 2);
}

void TestQualificationService::unitsWithNobodyAreListed()
{
    add({commune(u"A"_s, u"W1"_s, u"dia_chinh"_s)});
    const QualificationReport r = report(kBeforeMerge);
    const UnitQualification *x3 = findUnit(r, u"X3"_s);
    QVERIFY(x3);
    QCOMPARE(x3->name, u"Xã Ba"_s);
    QCOMPARE(x3->staff, 0);
    QCOMPARE(x3->qualified, 0);
    QCOMPARE(x3->rate, 0.0);
    QVERIFY(x3->positions.empty());
}

void TestQualificationService::noStandardListedNotCounted()
{
    // Phó Chủ tịch UBND had no standard before ND 33/2023: listed, not counted; counted after.
    StaffMember m = commune(u"A"_s, u"W1"_s, u"pho_chu_tich_ubnd"_s, u"cb_xa"_s);
    add({m, commune(u"B"_s, u"W1"_s, u"dia_chinh"_s)});
    const QualificationReport before = report(QDate(2023, 7, 31));
    const PersonQualification *a = findPerson(before, u"A"_s);
    QVERIFY(a);
    QCOMPARE(a->status, Status::NoStandard);
    QVERIFY(a->gaps.isEmpty());
    QVERIFY(!a->deadline.isValid());
    QVERIFY(a->basis.isEmpty());
    QCOMPARE(before.staff, 1);
    QCOMPARE(before.noStandard, 1);
    const UnitQualification *w1 = findUnit(before, u"W1"_s);
    QCOMPARE(w1->staff, 1);
    QCOMPARE(w1->noStandard, 1);
    QCOMPARE(int(w1->positions.size()), 1);
    QCOMPARE(w1->positions.front().position, u"dia_chinh"_s);

    const QualificationReport after = report(kNd33);
    QCOMPARE(findPerson(after, u"A"_s)->status, Status::Qualified);
    QCOMPARE(after.staff, 2);
    QCOMPARE(after.noStandard, 0);
}

void TestQualificationService::difficultAreaOfTheResolvedUnit()
{
    // W2 is a difficult area, its successor WN is not. Địa chính with trung_cap: enough in W2 under
    // ND 33/2023 Art 10 (the lower level), not in WN. X3 is not difficult either.
    StaffMember a = commune(u"A"_s, u"W2"_s, u"dia_chinh"_s);
    a.professionalLevel = u"trung_cap"_s;
    StaffMember b = a;
    b.code = u"B"_s;
    b.unitCode = u"X3"_s;
    add({a, b});
    const QualificationReport before = report(kBeforeMerge);
    QCOMPARE(findPerson(before, u"A"_s)->status, Status::Qualified);
    QCOMPARE(findPerson(before, u"B"_s)->status, Status::NotQualified);
    QVERIFY(findUnit(before, u"W2"_s)->difficultArea);
    const QualificationReport after = report(kMerge);
    QCOMPARE(findPerson(after, u"A"_s)->status, Status::NotQualified);
    QCOMPARE(findPerson(after, u"A"_s)->gaps, QStringList{u"professional_level"_s});
    QVERIFY(!findUnit(after, u"WN"_s)->difficultArea);
}

void TestQualificationService::difficultAreaSetting_data()
{
    QTest::addColumn<QString>("value"); // "" = no row
    QTest::addColumn<bool>("ruleOn");
    QTest::newRow("absent: on") << QString() << true;
    QTest::newRow("1: on") << u"1"_s << true;
    QTest::newRow("0: off") << u"0"_s << false;
}

void TestQualificationService::difficultAreaSetting()
{
    QFETCH(QString, value);
    QFETCH(bool, ruleOn);
    if (!value.isEmpty())
        QVERIFY(SettingRepository(m_db->connection())
                    .setValue(QString::fromLatin1(QualificationService::DifficultAreaRuleKey), value));
    StaffMember a = commune(u"A"_s, u"W2"_s, u"dia_chinh"_s);
    a.professionalLevel = u"trung_cap"_s;
    add({a});
    QCOMPARE(m_service->difficultAreaRule(), ruleOn);
    const QualificationReport r = report(kBeforeMerge);
    QCOMPARE(r.difficultAreaRule, ruleOn);
    QCOMPARE(findPerson(r, u"A"_s)->status, ruleOn ? Status::Qualified : Status::NotQualified);
}

void TestQualificationService::unitSubtree()
{
    add({commune(u"A"_s, u"W1"_s, u"dia_chinh"_s), commune(u"B"_s, u"W2"_s, u"dia_chinh"_s),
         commune(u"C"_s, u"X3"_s, u"dia_chinh"_s), commune(u"D"_s, u"TT"_s, u"dia_chinh"_s)});
    // H: its communes (W1, W2, TT), not X3 (under T).
    QualificationReport r = report(kBeforeMerge, u"H"_s);
    QCOMPARE(unitCodes(r), (QStringList{u"W1"_s, u"TT"_s, u"W2"_s}));
    QCOMPARE(peopleCodes(r), (QStringList{u"A"_s, u"D"_s, u"B"_s}));
    QCOMPARE(r.staff, 3);
    QCOMPARE(r.unitCode, u"H"_s);
    QCOMPARE(r.unitResolved, u"H"_s);
    // One commune.
    r = report(kBeforeMerge, u"W2"_s);
    QCOMPARE(unitCodes(r), QStringList{u"W2"_s});
    QCOMPARE(peopleCodes(r), QStringList{u"B"_s});
    // The province: everything.
    QCOMPARE(report(kBeforeMerge, u"T"_s).staff, 4);
    QCOMPARE(report(kBeforeMerge).staff, 4);
    // A merged ward stands for its successor.
    r = report(kMerge, u"W1"_s);
    QCOMPARE(r.unitResolved, u"WN"_s);
    QCOMPARE(unitCodes(r), QStringList{u"WN"_s});
    QCOMPARE(peopleCodes(r), (QStringList{u"A"_s, u"B"_s}));
    // The abolished town: nothing stands for it.
    r = report(kMerge, u"H"_s);
    QVERIFY(r.unitResolved.isEmpty());
    QVERIFY(r.units.empty());
    QVERIFY(r.people.empty());
    QCOMPARE(r.rate, 0.0);
}

void TestQualificationService::earlierStandardsBefore2023_data()
{
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("change"); // field=value applied to a person who meets everything
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("gaps");
    QTest::addColumn<QString>("basis");

    const int q = int(Status::Qualified), nq = int(Status::NotQualified), none = int(Status::NoStandard);
    const QDate tt13Last(2023, 7, 31), tt06Last(2019, 12, 24), tt13First(2019, 12, 25);
    // TT 13/2019: it_skill must be known; ND 33/2023 dropped it.
    QTest::newRow("TT 13/2019 it_skill") << u"dia_chinh"_s << u"W1"_s << u"it_skill="_s << tt13Last << nq
                                         << QStringList{u"it_skill"_s} << u"Thông tư 13/2019/TT-BNV, Điều 1 khoản 1"_s;
    QTest::newRow("ND 33 no it_skill") << u"dia_chinh"_s << u"W1"_s << u"it_skill="_s << kNd33 << q << QStringList{}
                                       << u"Nghị định 33/2023/NĐ-CP, Điều 10"_s;
    // TT 06/2012 until 24/12/2019: trung_cap is enough, no general education asked.
    QTest::newRow("TT 06/2012 trung_cap") << u"van_hoa_xa_hoi"_s << u"W1"_s << u"professional_level=trung_cap"_s
                                          << tt06Last << q << QStringList{} << u"Thông tư 06/2012/TT-BNV, Điều 2 khoản 1"_s;
    QTest::newRow("TT 13/2019 from 25/12/2019") << u"van_hoa_xa_hoi"_s << u"W1"_s << u"professional_level=trung_cap"_s
                                                << tt13First << nq << QStringList{u"professional_level"_s}
                                                << u"Thông tư 13/2019/TT-BNV, Điều 1 khoản 1"_s;
    // Tư pháp - hộ tịch: TT 04/2022 from 23/05/2022 wants the field "luật".
    QTest::newRow("TT 04/2022 field") << u"tu_phap_ho_tich"_s << u"W1"_s << u"professional_field=Kế toán"_s
                                      << QDate(2022, 5, 23) << nq << QStringList{u"professional_field"_s}
                                      << u"Thông tư 04/2022/TT-BNV, Điều 1 (sửa điểm c khoản 1 Điều 1 Thông tư 13/2019/TT-BNV); Luật Hộ tịch 2014, Điều 72"_s;
    QTest::newRow("TT 13/2019 before TT 04/2022") << u"tu_phap_ho_tich"_s << u"W1"_s << u"professional_field=Kế toán"_s
                                                  << QDate(2022, 5, 22) << q << QStringList{}
                                                  << u"Thông tư 13/2019/TT-BNV, Điều 1 khoản 1"_s;
    // QĐ 04/2004: Bí thư needs political theory until 31/07/2023; ND 33 only suggests it.
    QTest::newRow("QĐ 04/2004 bi_thu PT") << u"bi_thu"_s << u"W1"_s << u"political_theory=so_cap"_s << tt13Last << nq
                                          << QStringList{u"political_theory"_s} << u"Quyết định 04/2004/QĐ-BNV, Điều 5"_s;
    QTest::newRow("QĐ 04/2004 bi_thu difficult") << u"bi_thu"_s << u"W2"_s << u"professional_level=so_cap"_s << tt13Last
                                                 << q << QStringList{} << u"Quyết định 04/2004/QĐ-BNV, Điều 5"_s;
    QTest::newRow("ND 33 bi_thu PT suggested only") << u"bi_thu"_s << u"W1"_s << u"political_theory=so_cap"_s << kNd33
                                                    << q << QStringList{} << u"Nghị định 33/2023/NĐ-CP, Điều 8 khoản 1"_s;
    // Titles with no standard before ND 33.
    QTest::newRow("chu_tich_mttq before") << u"chu_tich_mttq"_s << u"W1"_s << QString() << tt13Last << none
                                          << QStringList{} << QString();
    QTest::newRow("chu_tich_mttq ND 33") << u"chu_tich_mttq"_s << u"W1"_s << u"political_theory=so_cap"_s << kNd33 << nq
                                         << QStringList{u"political_theory"_s} << u"Nghị định 33/2023/NĐ-CP, Điều 8 khoản 2"_s;
    // Chỉ huy trưởng quân sự: the field "quân sự" in every period (TT 87/2011, Luật DQTV 2019, ND 33).
    QTest::newRow("chqs 2015") << u"chi_huy_truong_quan_su"_s << u"W1"_s << u"professional_field=Luật"_s
                               << QDate(2015, 6, 1) << nq << QStringList{u"professional_field"_s}
                               << u"Thông tư 87/2011/TT-BQP, Điều 15 khoản 1"_s;
    // Unknown values are gaps.
    QTest::newRow("unknown level") << u"chu_tich_ubnd"_s << u"W1"_s << u"professional_level="_s << kNd33 << nq
                                   << QStringList{u"professional_level"_s} << u"Nghị định 33/2023/NĐ-CP, Điều 8"_s;
}

void TestQualificationService::earlierStandardsBefore2023()
{
    QFETCH(QString, position);
    QFETCH(QString, unit);
    QFETCH(QString, change);
    QFETCH(QDate, date);
    QFETCH(int, status);
    QFETCH(QStringList, gaps);
    QFETCH(QString, basis);
    StaffMember m = commune(u"A"_s, unit, position,
                            CodeTables::communeCadreTitles().contains(position) ? u"cb_xa"_s : u"cc_xa"_s);
    m.startDate = QDate(2010, 1, 1);
    const QString field = change.section(u'=', 0, 0), value = change.section(u'=', 1);
    if (field == "it_skill"_L1) m.itSkill = value;
    if (field == "professional_level"_L1) m.professionalLevel = value;
    if (field == "professional_field"_L1) m.professionalField = value;
    if (field == "political_theory"_L1) m.politicalTheory = value;
    add({m});
    const PersonQualification *p = findPerson(report(date), u"A"_s);
    QVERIFY(p);
    QCOMPARE(int(p->status), status);
    QCOMPARE(p->gaps, gaps);
    QCOMPARE(p->basis, basis);
}

void TestQualificationService::deadlineOnlyWhileNotQualified()
{
    StaffMember a = commune(u"A"_s, u"W1"_s, u"chu_tich_ubnd"_s, u"cb_xa"_s);
    a.politicalTheory = u"so_cap"_s;
    add({a, commune(u"B"_s, u"W1"_s, u"dia_chinh"_s)});
    QualificationReport r = report(kNd33);
    // The struct keeps the standard's deadline; the outputs show it only for those not qualified.
    QCOMPARE(findPerson(r, u"A"_s)->deadline, QDate(2028, 8, 1));
    QCOMPARE(findPerson(r, u"B"_s)->deadline, QDate(2028, 8, 1));
    QCOMPARE(r.deadline, QDate(2028, 8, 1));
    QCOMPARE(r.stillToQualify, 1);
    // The earlier standards had no deadline.
    r = report(QDate(2023, 7, 31));
    QVERIFY(!findPerson(r, u"A"_s)->deadline.isValid());
    QVERIFY(!r.deadline.isValid());
}

void TestQualificationService::rateIsZeroWithNobody()
{
    const QualificationReport empty = report(kBeforeMerge);
    QCOMPARE(empty.staff, 0);
    QCOMPARE(empty.rate, 0.0);
    QCOMPARE(int(empty.units.size()), 4); // W1, TT, X3, W2
    for (const auto &u : empty.units)
        QCOMPARE(u.rate, 0.0);
    // Only people with no standard: still 0 counted, rate 0.
    add({commune(u"A"_s, u"W1"_s, u"chu_tich_phu_nu"_s, u"cb_xa"_s)});
    const QualificationReport r = report(QDate(2023, 7, 31));
    QCOMPARE(r.staff, 0);
    QCOMPARE(r.noStandard, 1);
    QCOMPARE(r.rate, 0.0);
    QVERIFY(r.error.isEmpty());
}

void TestQualificationService::countsAndGaps()
{
    // ND 33/2023: A misses PL and PT, B misses PL, C misses PT, D general education, E nothing.
    StaffMember a = commune(u"A"_s, u"W1"_s, u"chu_tich_hdnd"_s, u"cb_xa"_s);
    a.professionalLevel = u"cao_dang"_s;
    a.politicalTheory = {};
    StaffMember b = commune(u"B"_s, u"W1"_s, u"van_phong_thong_ke"_s);
    b.professionalLevel = u"trung_cap"_s;
    StaffMember c = commune(u"C"_s, u"X3"_s, u"chu_tich_ccb"_s, u"cb_xa"_s);
    c.politicalTheory = u"none"_s;
    StaffMember d = commune(u"D"_s, u"X3"_s, u"chu_tich_ccb"_s, u"cb_xa"_s);
    d.generalEducation = u"thcs"_s;
    add({a, b, c, d, commune(u"E"_s, u"X3"_s, u"van_phong_thong_ke"_s)});
    const QualificationReport r = report(kNd33);
    QCOMPARE(r.staff, 5);
    QCOMPARE(r.qualified, 1);
    QCOMPARE(r.rate, 0.2);
    QCOMPARE(r.stillToQualify, 4);
    QCOMPARE(findPerson(r, u"A"_s)->gaps, (QStringList{u"professional_level"_s, u"political_theory"_s}));
    // Most missed first; ties in the staff file's column order.
    QStringList gaps;
    for (const auto &g : r.gapCounts)
        gaps << u"%1=%2"_s.arg(g.key).arg(g.people);
    QCOMPARE(gaps, (QStringList{u"professional_level=2"_s, u"political_theory=2"_s, u"general_education=1"_s}));
    const UnitQualification *x3 = findUnit(r, u"X3"_s);
    QCOMPARE(x3->staff, 3);
    QCOMPARE(x3->qualified, 1);
    QCOMPARE(x3->rate, 1.0 / 3.0);
    QCOMPARE(int(x3->positions.size()), 2);
    QCOMPARE(x3->positions[0].position, u"chu_tich_ccb"_s); // cán bộ first
    QCOMPARE(x3->positions[0].staff, 2);
    QCOMPARE(x3->positions[0].qualified, 0);
    QCOMPARE(x3->positions[1].position, u"van_phong_thong_ke"_s);
    QCOMPARE(x3->positions[1].qualified, 1);
}

void TestQualificationService::ordering()
{
    // Units by name with numbers in order; people by unit, then given name.
    QVERIFY(Samples::insertUnits(m_db->db(), {Samples::unit(u"P10"_s, u"Phường 10"_s, u"phuong"_s, u"T"_s),
                                              Samples::unit(u"P2"_s, u"Phường 2"_s, u"phuong"_s, u"T"_s)}));
    StaffMember a = commune(u"A"_s, u"P2"_s, u"dia_chinh"_s);
    a.fullName = u"Trần Văn Bình"_s;
    StaffMember b = commune(u"B"_s, u"P2"_s, u"dia_chinh"_s);
    b.fullName = u"Lê Thị Anh"_s;
    StaffMember c = commune(u"C"_s, u"P10"_s, u"dia_chinh"_s);
    c.fullName = u"Nguyễn An"_s;
    add({a, b, c});
    const QualificationReport r = report(kBeforeMerge);
    QCOMPARE(unitCodes(r).mid(0, 3), (QStringList{u"P2"_s, u"P10"_s, u"W1"_s}));
    QCOMPARE(peopleCodes(r), (QStringList{u"B"_s, u"A"_s, u"C"_s}));
}

void TestQualificationService::trendDates()
{
    // Earliest start among commune staff: 2021 → 31/12/2021 … 31/12/2025, then today (15/03/2026).
    StaffMember a = commune(u"A"_s, u"W1"_s, u"dia_chinh"_s);
    a.startDate = QDate(2021, 6, 1);
    a.itSkill = {}; // misses TT 13/2019's it_skill until 31/07/2023
    StaffMember b = commune(u"B"_s, u"W2"_s, u"tu_phap_ho_tich"_s);
    b.startDate = QDate(2023, 3, 1);
    b.endDate = QDate(2025, 3, 1);
    add({a, b, Samples::person(u"C"_s, u"Người C"_s, u"W1"_s)}); // C (cc, started 2010) does not count
    const std::vector<QualificationPoint> points = m_service->trend();
    QList<QDate> dates;
    for (const auto &p : points)
        dates << p.date;
    QCOMPARE(dates, (QList<QDate>{QDate(2021, 12, 31), QDate(2022, 12, 31), QDate(2023, 12, 31), QDate(2024, 12, 31),
                                  QDate(2025, 12, 31), QDate(2026, 3, 15)}));
    // Each point is the report on its date.
    for (const auto &p : points) {
        const QualificationReport r = report(p.date);
        QCOMPARE(p.staff, r.staff);
        QCOMPARE(p.qualified, r.qualified);
        QCOMPARE(p.rate, r.rate);
    }
    QCOMPARE(points[0].staff, 1);
    QCOMPARE(points[0].qualified, 0); // it_skill under TT 13/2019
    QCOMPARE(points[2].staff, 2);
    QCOMPARE(points[2].qualified, 2);
    QCOMPARE(points[5].staff, 1);
    // The trend of one unit: W1, then its successor.
    const auto w1 = m_service->trend(u"W1"_s);
    QCOMPARE(w1.size(), points.size());
    QCOMPARE(w1[2].staff, 1);
    QCOMPARE(w1[5].staff, 1);
}

void TestQualificationService::trendSkipsYearsWithoutData()
{
    // A started in 2018 as Phó Chủ tịch UBND (no standard until 01/08/2023): 2018–2022 have nobody
    // counted and are left out; the trend starts with 31/12/2023.
    StaffMember a = commune(u"A"_s, u"W1"_s, u"pho_chu_tich_ubnd"_s, u"cb_xa"_s);
    a.startDate = QDate(2018, 1, 1);
    add({a});
    const auto points = m_service->trend();
    QVERIFY(!points.empty());
    QCOMPARE(points.front().date, QDate(2023, 12, 31));
    QCOMPARE(points.back().date, QDate(2026, 3, 15));
    // Nobody at all: only today.
    m_db = std::make_unique<TestDatabase>();
    m_service = std::make_unique<QualificationService>(m_db->db(), *m_clock);
    const auto none = m_service->trend();
    QCOMPARE(int(none.size()), 1);
    QCOMPARE(none.front().date, QDate(2026, 3, 15));
    QCOMPARE(none.front().rate, 0.0);
}

void TestQualificationService::trendOnNewYearsEve()
{
    m_clock->set(QDateTime(QDate(2025, 12, 31), QTime(16, 0)));
    StaffMember a = commune(u"A"_s, u"W1"_s, u"dia_chinh"_s);
    a.startDate = QDate(2024, 2, 1);
    add({a});
    QList<QDate> dates;
    for (const auto &p : m_service->trend())
        dates << p.date;
    QCOMPARE(dates, (QList<QDate>{QDate(2024, 12, 31), QDate(2025, 12, 31)})); // today once
}

void TestQualificationService::standing()
{
    StaffMember a = commune(u"A"_s, u"W2"_s, u"bi_thu"_s, u"cb_xa"_s);
    a.professionalLevel = u"cao_dang"_s;
    a.politicalTheory = u"so_cap"_s;
    add({a, Samples::person(u"C"_s, u"Người C"_s, u"W1"_s)});

    auto s = m_service->standing(u"A"_s, kBeforeMerge);
    QVERIFY(s);
    QVERIFY(s->counted);
    QVERIFY(s->difficultArea); // W2
    QCOMPARE(s->unitCode, u"W2"_s);
    QCOMPARE(s->result.status, Status::NotQualified);
    QCOMPARE(s->result.gaps, QStringList{u"professional_level"_s});
    QVERIFY(!s->result.standard); // the catalogue is gone: use s->standard
    QVERIFY(s->standard);
    QCOMPARE(s->standard->instrument, u"Nghị định 33/2023/NĐ-CP"_s);
    QCOMPARE(int(s->result.outcomes.size()), 2); // general education, professional level
    // Political theory of a Bí thư is a disabled suggestion ("to verify"): checked, not enforced.
    QCOMPARE(int(s->suggestions.size()), 1);
    QCOMPARE(s->suggestions.front().requirement.key, u"political_theory"_s);
    QVERIFY(!s->suggestions.front().met);

    // After the merge: in WN, not a difficult area.
    s = m_service->standing(u"A"_s, kMerge);
    QCOMPARE(s->unitCode, u"WN"_s);
    QVERIFY(!s->difficultArea);

    // Not commune staff: shown, not counted.
    s = m_service->standing(u"C"_s, kBeforeMerge);
    QVERIFY(s);
    QVERIFY(!s->counted);
    QCOMPARE(s->result.status, Status::NoStandard);
    QVERIFY(!s->standard);

    QVERIFY(!m_service->standing(u"nobody"_s, kBeforeMerge));
}

void TestQualificationService::inServiceQuery()
{
    // The one query of the rate's scope (StaffRepository::inService) and of the trend (ofCategories).
    StaffMember a = commune(u"A"_s, u"W1"_s, u"dia_chinh"_s);
    StaffMember b = commune(u"B"_s, u"W2"_s, u"chu_tich_ubnd"_s, u"cb_xa"_s);
    b.endDate = QDate(2024, 1, 1);
    StaffMember c = commune(u"C"_s, u"W1"_s, u"dia_chinh"_s);
    c.startDate = QDate(2024, 1, 1);
    add({c, b, a, Samples::person(u"D"_s, u"Người D"_s, u"W1"_s)});
    const StaffRepository repo(m_db->connection());
    const QStringList categories = QualificationService::categories();
    auto codes = [](const std::vector<StaffMember> &staff) {
        QStringList out;
        for (const auto &m : staff)
            out << m.code;
        return out;
    };
    QString error;
    QCOMPARE(codes(repo.inService(categories, QDate(2023, 12, 31), &error)), (QStringList{u"A"_s, u"B"_s}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(codes(repo.inService(categories, QDate(2024, 1, 1))), (QStringList{u"A"_s, u"C"_s}));
    QCOMPARE(codes(repo.inService(categories, QDate(2023, 12, 31), nullptr, {u"W2"_s})), QStringList{u"B"_s});
    QCOMPARE(codes(repo.inService({u"cc"_s}, QDate(2023, 12, 31))), QStringList{u"D"_s});
    QVERIFY(repo.inService({}, QDate(2023, 12, 31)).empty());
    QCOMPARE(codes(repo.ofCategories(categories)), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
    // Every field comes back as stored.
    QCOMPARE(repo.inService(categories, QDate(2023, 12, 31), nullptr, {u"W1"_s}).front(), a);
}

QTEST_GUILESS_MAIN(TestQualificationService)
#include "tst_qualificationservice.moc"
