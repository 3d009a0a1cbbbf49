// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrysamples.h"
#include "services/clock.h"
#include "services/disciplineservice.h"
#include "services/reviewservice.h"
#include "storage/evaluationrepository.h"
#include "storage/reviewrepository.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const ReviewUnitResult *unitOf(const ReviewResult &r, const QString &code)
{
    for (const ReviewUnitResult &u : r.units) {
        if (u.unitCode == code)
            return &u;
    }
    return nullptr;
}

const ReviewPersonRow *personOf(const ReviewResult &r, const QString &code)
{
    for (const ReviewUnitResult &u : r.units) {
        for (const ReviewPersonRow &p : u.people) {
            if (p.review.code == code)
                return &p;
        }
    }
    return nullptr;
}

QStringList fields(const SaveResult &r)
{
    QStringList out;
    for (const FieldError &e : r.fieldErrors)
        out << e.field;
    return out;
}

ReviewDecision decision(const QString &unit, const QString &staff, const char *award, const char *outcome)
{
    ReviewDecision d;
    d.year = 2026;
    d.unitCode = unit;
    d.staffCode = staff;
    d.award = QString::fromLatin1(award);
    d.outcome = QString::fromLatin1(outcome);
    return d;
}

} // namespace

Q_DECLARE_METATYPE(ReviewDecision)

/**
 * ReviewService (LEGAL-RULES.md §6; RECORDS-CSV.md "review"): the facts gathered from the registry,
 * the evaluations and the discipline decisions, the council's decisions and meeting, closing and
 * reopening a year. The sample town (registrysamples.h): W1 and W2 merge into WN on 2025-07-01; AG is an
 * agency. People reviewed for 2026 (every one cc, start 2010 unless told):
 *   AG: A1 tot; A2 xuat_sac; A3 tot + initiative; A4 tot, start 2026-06-30; A5 tot, start 2026-07-01;
 *       A6 hoan_thanh; A7 tot but 3 months worked (not rated); A8 tot, khien_trach effective 2026-03-01;
 *       A9 tot, khien_trach effective 2025-09-01 (runs into 2026).
 *       → rated 8 (A7 not), LĐTT A1 A2 A3 A4 A9 = 5 (62.5%), CSTĐCS A2 A3.
 *   W1 (gone on 31/12/2026, successor WN): B1 tot. WN: B2 tot, canh_cao effective 2026-02-01; B3 tot.
 *       → WN: rated 3, LĐTT B1 B3, a member with canh_cao: the collective condition fails.
 */
class TestReviewService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void eligibility_data();
    void eligibility();
    void unitOn31DecemberWithSuccessors();
    void unitCountsAndCollective();
    void thresholdSetting70Percent();
    void capSetting();
    void disciplineToNote();
    void memberWithoutEvaluationStillBarsCollective();
    void unitFilter();
    void settingsRoundTripAndValidation();
    void recordDecisionValidation_data();
    void recordDecisionValidation();
    void approvingIneligibleNeedsNote();
    void recordDecisionUpdatesByKeyAndIsAudited();
    void collectiveDecision();
    void meetingAndVotes();
    void closeAndReopen();

private:
    void evaluate(const QString &staff, const QString &level, bool initiative = false, int monthsWorked = 12);
    void discipline(const QString &staff, const QString &form, const QDate &effective, const QString &no);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ReviewService> m_service;
};

void TestReviewService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReviewService::evaluate(const QString &staff, const QString &level, bool initiative, int monthsWorked)
{
    Evaluation e;
    e.staffCode = staff;
    e.year = 2026;
    e.finalLevel = level;
    e.proposedLevel = level;
    e.initiative = initiative;
    e.monthsWorked = monthsWorked;
    e.status = u"decided"_s;
    QVERIFY(EvaluationRepository(m_db->connection()).write(e) > 0);
}

void TestReviewService::discipline(const QString &staff, const QString &form, const QDate &effective, const QString &no)
{
    DisciplineDecision d;
    d.staffCode = staff;
    d.form = form;
    d.decisionNo = no;
    d.decisionDate = effective;
    d.effectiveDate = effective;
    DisciplineService service(m_db->db(), *m_clock);
    const SaveResult r = service.save(d);
    QVERIFY2(r.ok(), qPrintable(r.error + (r.fieldErrors.empty() ? QString() : r.fieldErrors.front().message)));
}

void TestReviewService::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 20), QTime(9, 0), Qt::UTC));
    m_service = std::make_unique<ReviewService>(m_db->db(), *m_clock);
    m_service->setActor(u"tester"_s);
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    auto starting = [](StaffMember m, QDate start) {
        m.startDate = start;
        return m;
    };
    QVERIFY(Samples::insertStaff(
        m_db->db(),
        {Samples::person(u"A1"_s, u"Nguyễn Văn An"_s, u"AG"_s), Samples::person(u"A2"_s, u"Trần Thị Bình"_s, u"AG"_s),
         Samples::person(u"A3"_s, u"Lê Văn Cường"_s, u"AG"_s),
         starting(Samples::person(u"A4"_s, u"Phạm Thị Dung"_s, u"AG"_s), QDate(2026, 6, 30)),
         starting(Samples::person(u"A5"_s, u"Hoàng Văn Em"_s, u"AG"_s), QDate(2026, 7, 1)),
         Samples::person(u"A6"_s, u"Vũ Thị Giang"_s, u"AG"_s), Samples::person(u"A7"_s, u"Đỗ Văn Hải"_s, u"AG"_s),
         Samples::person(u"A8"_s, u"Bùi Thị Khánh"_s, u"AG"_s), Samples::person(u"A9"_s, u"Đặng Văn Long"_s, u"AG"_s),
         Samples::person(u"B1"_s, u"Ngô Thị Mai"_s, u"W1"_s), Samples::person(u"B2"_s, u"Dương Văn Nam"_s, u"WN"_s),
         Samples::person(u"B3"_s, u"Lý Thị Oanh"_s, u"WN"_s)}));
    evaluate(u"A1"_s, u"tot"_s);
    evaluate(u"A2"_s, u"xuat_sac"_s);
    evaluate(u"A3"_s, u"tot"_s, true);
    evaluate(u"A4"_s, u"tot"_s);
    evaluate(u"A5"_s, u"tot"_s);
    evaluate(u"A6"_s, u"hoan_thanh"_s);
    evaluate(u"A7"_s, u"tot"_s, false, 3);
    evaluate(u"A8"_s, u"tot"_s);
    evaluate(u"A9"_s, u"tot"_s);
    evaluate(u"B1"_s, u"tot"_s);
    evaluate(u"B2"_s, u"tot"_s);
    evaluate(u"B3"_s, u"tot"_s);
    discipline(u"A8"_s, u"khien_trach"_s, QDate(2026, 3, 1), u"08/QĐ-UBND"_s);
    discipline(u"A9"_s, u"khien_trach"_s, QDate(2025, 9, 1), u"09/QĐ-UBND"_s);
    discipline(u"B2"_s, u"canh_cao"_s, QDate(2026, 2, 1), u"02/QĐ-UBND"_s);
}

void TestReviewService::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestReviewService::eligibility_data()
{
    QTest::addColumn<QString>("staff");
    QTest::addColumn<bool>("rated");
    QTest::addColumn<bool>("ldtt");
    QTest::addColumn<bool>("cstdcs");
    QTest::addColumn<QString>("reason"); // a reason code the verdict must carry

    QTest::newRow("tot: LĐTT, Luật TĐKT 2022 Điều 24") << u"A1"_s << true << true << false << u"level_ok"_s;
    QTest::newRow("tot without initiative: no CSTĐCS, Luật 2022 Điều 23")
        << u"A1"_s << true << true << false << u"no_xuat_sac_or_initiative"_s;
    QTest::newRow("xuat_sac: CSTĐCS, Luật 2022 Điều 23") << u"A2"_s << true << true << true << u"level_xuat_sac"_s;
    QTest::newRow("initiative: CSTĐCS, Luật 2022 Điều 23") << u"A3"_s << true << true << true << u"initiative"_s;
    QTest::newRow("start 30/06: 6 months, TT 01/2024") << u"A4"_s << true << true << false << u"service_ok"_s;
    QTest::newRow("start 01/07: under 6 months, TT 01/2024")
        << u"A5"_s << true << false << false << u"service_under_6_months"_s;
    QTest::newRow("hoan_thanh: refused, Luật 2022 Điều 24") << u"A6"_s << true << false << false << u"level_too_low"_s;
    QTest::newRow("not rated: ND 90/2020 Điều 2") << u"A7"_s << false << false << false << u"not_rated"_s;
    QTest::newRow("discipline in the year: refused") << u"A8"_s << true << false << false << u"discipline_in_year"_s;
    QTest::newRow("discipline running into the year: warning, ND 152/2025 Điều 4 khoản 4")
        << u"A9"_s << true << true << false << u"discipline_period_runs_into_year"_s;
    QTest::newRow("merged ward's person reviewed") << u"B1"_s << true << true << false << u"level_ok"_s;
}

void TestReviewService::eligibility()
{
    QFETCH(QString, staff);
    QFETCH(bool, rated);
    QFETCH(bool, ldtt);
    QFETCH(bool, cstdcs);
    QFETCH(QString, reason);
    const ReviewResult r = m_service->review(2026);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    const ReviewPersonRow *p = personOf(r, staff);
    QVERIFY(p);
    QCOMPARE(p->review.rated, rated);
    QCOMPARE(p->review.laoDongTienTien.eligible, ldtt);
    QCOMPARE(p->review.chienSiThiDuaCoSo.eligible, cstdcs);
    QVERIFY2(p->review.laoDongTienTien.has(reason) || p->review.chienSiThiDuaCoSo.has(reason),
             qPrintable(p->review.laoDongTienTien.codes().join(u' ') + u" / "_s
                        + p->review.chienSiThiDuaCoSo.codes().join(u' ')));
    // Every reason carries a message and its legal basis.
    for (const ReviewReason &x : p->review.laoDongTienTien.reasons) {
        QVERIFY(!x.message.isEmpty());
        QVERIFY(!x.basis.instrument.isEmpty());
    }
}

void TestReviewService::unitOn31DecemberWithSuccessors()
{
    const ReviewResult r = m_service->review(2026);
    QStringList codes;
    for (const ReviewUnitResult &u : r.units)
        codes << u.unitCode;
    QCOMPARE(codes, (QStringList{u"AG"_s, u"WN"_s})); // W1 is gone on 31/12/2026: its people are in WN
    QCOMPARE(personOf(r, u"B1"_s)->unitCode, u"WN"_s);
    // The facts the council sees.
    const ReviewPersonRow *a4 = personOf(r, u"A4"_s);
    QCOMPARE(a4->startDate, QDate(2026, 6, 30));
    QCOMPARE(a4->fullName, u"Phạm Thị Dung"_s);
    QCOMPARE(personOf(r, u"A7"_s)->finalLevel, u"tot"_s); // kept though not rated
    QVERIFY(personOf(r, u"A3"_s)->initiative);
    // By name in Vietnamese order within a unit: An, Bình, Cường, Dung, Em, Giang, Hải, Khánh, Long.
    QStringList ag;
    for (const ReviewPersonRow &p : unitOf(r, u"AG"_s)->people)
        ag << p.review.code;
    QCOMPARE(ag, (QStringList{u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s, u"A5"_s, u"A6"_s, u"A7"_s, u"A8"_s, u"A9"_s}));
    // Nobody evaluated in 2025.
    QVERIFY(m_service->review(2025).units.empty());
}

void TestReviewService::unitCountsAndCollective()
{
    const ReviewResult r = m_service->review(2026);
    QCOMPARE(r.settings.collectiveThresholdPerMille, 500);
    QVERIFY(!r.settings.cstdcsCapPerMille);
    const ReviewUnitResult *ag = unitOf(r, u"AG"_s);
    QCOMPARE(ag->unitName, u"Phòng Nội vụ"_s);
    QCOMPARE(ag->review.ratedCount, 8);
    QCOMPARE(ag->review.laoDongTienTienCount, 5);
    QCOMPARE(ag->review.chienSiThiDuaCoSoCount, 2);
    // 5 of 8 > 50% and the khien_trach of A8 is lighter than canh_cao: the members' condition holds.
    QVERIFY(ag->review.tapTheMembersOk.eligible);
    QVERIFY(ag->review.tapTheMembersOk.has(u"members_share_ok"_s));
    const ReviewUnitResult *wn = unitOf(r, u"WN"_s);
    QCOMPARE(wn->review.ratedCount, 3);
    QCOMPARE(wn->review.laoDongTienTienCount, 2); // B2 disciplined in the year
    QVERIFY(!wn->review.tapTheMembersOk.eligible);
    QVERIFY(wn->review.tapTheMembersOk.has(u"member_canh_cao_or_heavier"_s));
    QVERIFY(wn->review.tapTheMembersOk.has(u"members_share_ok"_s));
}

void TestReviewService::thresholdSetting70Percent()
{
    ReviewSettings s;
    s.collectiveThresholdPerMille = 700;
    QVERIFY(m_service->setSettings(s).ok());
    const ReviewResult r = m_service->review(2026);
    QCOMPARE(r.settings.collectiveThresholdPerMille, 700);
    const ReviewUnitResult *ag = unitOf(r, u"AG"_s);
    QVERIFY(!ag->review.tapTheMembersOk.eligible); // 62.5% is not more than 70%
    QVERIFY(ag->review.tapTheMembersOk.has(u"members_share_too_low"_s));
}

void TestReviewService::capSetting()
{
    ReviewSettings s;
    s.cstdcsCapPerMille = 200; // 20% of 5 LĐTT = 1 place, 2 candidates
    QVERIFY(m_service->setSettings(s).ok());
    const ReviewResult r = m_service->review(2026);
    const ReviewUnitResult *ag = unitOf(r, u"AG"_s);
    QCOMPARE(ag->review.cstdcsCapLimit, std::optional<int>(1));
    QCOMPARE(ag->review.cstdcsOverCapBy, 1);
    // Both stay eligible with a warning: the council chooses.
    for (const QString &code : {u"A2"_s, u"A3"_s}) {
        const ReviewPersonRow *p = personOf(r, code);
        QVERIFY(p->review.chienSiThiDuaCoSo.eligible);
        QVERIFY(p->review.chienSiThiDuaCoSo.has(u"over_cap"_s));
    }
    QVERIFY(!personOf(r, u"A1"_s)->review.chienSiThiDuaCoSo.has(u"over_cap"_s));
}

void TestReviewService::disciplineToNote()
{
    const ReviewResult r = m_service->review(2026);
    // Only the decisions taking effect in 2026, under the unit that reviews the person.
    const ReviewUnitResult *ag = unitOf(r, u"AG"_s);
    QCOMPARE(int(ag->discipline.size()), 1);
    QCOMPARE(ag->discipline.front().effect.decision.staffCode, u"A8"_s);
    const ReviewUnitResult *wn = unitOf(r, u"WN"_s);
    QCOMPARE(int(wn->discipline.size()), 1);
    QCOMPARE(wn->discipline.front().effect.decision.form, u"canh_cao"_s);
}

void TestReviewService::memberWithoutEvaluationStillBarsCollective()
{
    // RECORDS-CSV.md "review", per unit: nobody in the unit had canh_cao or heavier taking effect in Y, rated
    // or not. A10 has no 2026 evaluation at all.
    QVERIFY(Samples::insertStaff(m_db->db(), {Samples::person(u"A10"_s, u"Mai Văn Phúc"_s, u"AG"_s)}));
    discipline(u"A10"_s, u"canh_cao"_s, QDate(2026, 4, 1), u"10/QĐ-UBND"_s);
    const ReviewResult r = m_service->review(2026);
    const ReviewUnitResult *ag = unitOf(r, u"AG"_s);
    QVERIFY(!ag->review.tapTheMembersOk.eligible);
    QVERIFY(ag->review.tapTheMembersOk.has(u"member_canh_cao_or_heavier"_s));
    QCOMPARE(ag->review.ratedCount, 8); // A10 is listed, not rated, and counts in no share
    const ReviewPersonRow *a10 = personOf(r, u"A10"_s);
    QVERIFY(a10);
    QVERIFY(!a10->review.rated);
    QVERIFY(!a10->review.laoDongTienTien.eligible);
    QCOMPARE(int(ag->discipline.size()), 2);
}

void TestReviewService::unitFilter()
{
    const ReviewResult r = m_service->review(2026, u"WN"_s);
    QCOMPARE(r.unitCode, u"WN"_s);
    QCOMPARE(int(r.units.size()), 1);
    QCOMPARE(r.units.front().unitCode, u"WN"_s);
    QCOMPARE(int(r.units.front().people.size()), 3); // B1 of the merged W1 included
}

void TestReviewService::settingsRoundTripAndValidation()
{
    QCOMPARE(m_service->settings().collectiveThresholdPerMille, 500);
    ReviewSettings s;
    s.collectiveThresholdPerMille = 700;
    s.cstdcsCapPerMille = 150;
    const qint64 audits = Samples::auditCount(m_db->db());
    QVERIFY(m_service->setSettings(s).ok());
    QCOMPARE(Samples::auditCount(m_db->db()), audits + 1);
    QCOMPARE(m_service->settings().collectiveThresholdPerMille, 700);
    QCOMPARE(m_service->settings().cstdcsCapPerMille, std::optional<int>(150));
    s.cstdcsCapPerMille.reset();
    QVERIFY(m_service->setSettings(s).ok());
    QVERIFY(!m_service->settings().cstdcsCapPerMille);
    // Out of range: refused with the field named, nothing changes.
    ReviewSettings bad;
    bad.collectiveThresholdPerMille = 0;
    bad.cstdcsCapPerMille = 1001;
    const SaveResult r = m_service->setSettings(bad);
    QCOMPARE(fields(r), (QStringList{ReviewService::thresholdKey(), ReviewService::capKey()}));
    QCOMPARE(m_service->settings().collectiveThresholdPerMille, 700);
}

void TestReviewService::recordDecisionValidation_data()
{
    QTest::addColumn<ReviewDecision>("decision");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown award") << decision(u"AG"_s, u"A1"_s, "huy_chuong", "proposed") << u"award"_s;
    QTest::newRow("collective award given to a person")
        << decision(u"AG"_s, u"A1"_s, ReviewAwards::TapTheLaoDongTienTien, "proposed") << u"staff_code"_s;
    QTest::newRow("personal award without a person")
        << decision(u"AG"_s, QString(), ReviewAwards::GiayKhen, "proposed") << u"staff_code"_s;
    QTest::newRow("unknown person") << decision(u"AG"_s, u"ZZ"_s, ReviewAwards::GiayKhen, "proposed")
                                    << u"staff_code"_s;
    QTest::newRow("unknown unit") << decision(u"NOPE"_s, u"A1"_s, ReviewAwards::GiayKhen, "proposed")
                                  << u"unit_code"_s;
    QTest::newRow("unknown outcome") << decision(u"AG"_s, u"A1"_s, ReviewAwards::GiayKhen, "maybe") << u"outcome"_s;
    ReviewDecision negative = decision(u"AG"_s, u"A1"_s, ReviewAwards::GiayKhen, "approved");
    negative.votesAgainst = -1;
    QTest::newRow("negative votes") << negative << u"votes_against"_s;
    ReviewDecision early = decision(u"AG"_s, u"A1"_s, ReviewAwards::GiayKhen, "approved");
    early.decisionDate = QDate(2025, 12, 31);
    QTest::newRow("decision dated before the year") << early << u"decision_date"_s;
    ReviewDecision year = decision(u"AG"_s, u"A1"_s, ReviewAwards::GiayKhen, "approved");
    year.year = 2010;
    QTest::newRow("year out of range") << year << u"year"_s;
}

void TestReviewService::recordDecisionValidation()
{
    QFETCH(ReviewDecision, decision);
    QFETCH(QString, field);
    const qint64 audits = Samples::auditCount(m_db->db());
    const SaveResult r = m_service->recordDecision(decision);
    QVERIFY(!r.ok());
    QVERIFY2(fields(r).contains(field), qPrintable(fields(r).join(u' ') + u' ' + r.error));
    for (const FieldError &e : r.fieldErrors)
        QVERIFY(!e.message.isEmpty());
    QCOMPARE(Samples::auditCount(m_db->db()), audits);
    QVERIFY(m_service->decisions(2026).empty());
}

void TestReviewService::approvingIneligibleNeedsNote()
{
    // A6 (hoan_thanh) is not eligible: approving LĐTT needs the council's reason.
    ReviewDecision d = decision(u"AG"_s, u"A6"_s, ReviewAwards::LaoDongTienTien, "approved");
    SaveResult r = m_service->recordDecision(d);
    QCOMPARE(fields(r), QStringList{u"note"_s});
    // Proposing or rejecting it needs none.
    d.outcome = u"rejected"_s;
    QVERIFY(m_service->recordDecision(d).ok());
    d.outcome = u"approved"_s;
    d.note = u"Hội đồng xét thành tích đột xuất"_s;
    QVERIFY(m_service->recordDecision(d).ok());
    // An eligible person needs no note.
    QVERIFY(m_service->recordDecision(decision(u"AG"_s, u"A2"_s, ReviewAwards::ChienSiThiDuaCoSo, "approved")).ok());
    // CSTĐCS for a person who is only LĐTT needs one.
    r = m_service->recordDecision(decision(u"AG"_s, u"A1"_s, ReviewAwards::ChienSiThiDuaCoSo, "approved"));
    QCOMPARE(fields(r), QStringList{u"note"_s});
}

void TestReviewService::recordDecisionUpdatesByKeyAndIsAudited()
{
    ReviewDecision d = decision(u"AG"_s, u"A1"_s, ReviewAwards::LaoDongTienTien, "proposed");
    qint64 id = 0;
    const qint64 audits = Samples::auditCount(m_db->db());
    QVERIFY(m_service->recordDecision(d, &id).ok());
    QVERIFY(id > 0);
    d.outcome = u"approved"_s;
    d.votesFor = 7;
    d.votesAgainst = 0;
    d.votesAbstain = 1;
    d.decisionNo = u"  45/QĐ-UBND "_s;
    d.decisionDate = QDate(2026, 12, 20);
    qint64 again = 0;
    QVERIFY(m_service->recordDecision(d, &again).ok()); // same key: updated
    QCOMPARE(again, id);
    QCOMPARE(Samples::auditCount(m_db->db()), audits + 2);
    const std::vector<ReviewDecision> all = m_service->decisions(2026, u"AG"_s);
    QCOMPARE(int(all.size()), 1);
    QCOMPARE(all.front().decisionNo, u"45/QĐ-UBND"_s);
    QCOMPARE(all.front().votesFor, std::optional<int>(7));
    const auto rows = Samples::auditRows(m_db->db(), u"review_decision"_s);
    QCOMPARE(int(rows.size()), 2);
    QCOMPARE(rows.back().action, u"update"_s);
    QCOMPARE(Samples::jsonObject(rows.back().afterJson).value(u"outcome"_s).toString(), u"approved"_s);
    // The review shows it under the person.
    const ReviewResult r = m_service->review(2026);
    QCOMPARE(int(personOf(r, u"A1"_s)->decisions.size()), 1);
    QCOMPARE(personOf(r, u"A1"_s)->decisions.front().outcome, u"approved"_s);
    // Removing it is audited too.
    QVERIFY(m_service->removeDecision(id).ok());
    QVERIFY(m_service->decisions(2026).empty());
    QCOMPARE(Samples::auditRows(m_db->db(), u"review_decision"_s).back().action, u"delete"_s);
}

void TestReviewService::collectiveDecision()
{
    // WN fails the members' condition: approving the collective title needs a note; AG's does not.
    ReviewDecision wn = decision(u"WN"_s, QString(), ReviewAwards::TapTheLaoDongTienTien, "approved");
    QCOMPARE(fields(m_service->recordDecision(wn)), QStringList{u"note"_s});
    QVERIFY(m_service->recordDecision(decision(u"AG"_s, QString(), ReviewAwards::TapTheLaoDongTienTien, "approved")).ok());
    const ReviewResult r = m_service->review(2026);
    QCOMPARE(int(unitOf(r, u"AG"_s)->unitDecisions.size()), 1);
    QVERIFY(unitOf(r, u"WN"_s)->unitDecisions.empty());
}

void TestReviewService::meetingAndVotes()
{
    ReviewMeeting m;
    m.year = 2026;
    m.unitCode = u"AG"_s;
    m.meetingDate = QDate(2026, 12, 18);
    m.place = u"Hội trường"_s;
    m.chair = u"Nguyễn Văn An"_s;
    m.secretary = u"Trần Thị Bình"_s;
    m.membersTotal = 7;
    m.membersPresent = 8;
    QCOMPARE(fields(m_service->saveMeeting(m)), QStringList{u"members_present"_s});
    m.membersPresent = 5;
    QVERIFY(m_service->saveMeeting(m).ok());
    QCOMPARE(m_service->meeting(2026, u"AG"_s), std::optional<ReviewMeeting>(m));
    QCOMPARE(unitOf(m_service->review(2026), u"AG"_s)->meeting, std::optional<ReviewMeeting>(m));
    // Six votes with five members present: refused.
    ReviewDecision d = decision(u"AG"_s, u"A1"_s, ReviewAwards::LaoDongTienTien, "approved");
    d.votesFor = 4;
    d.votesAgainst = 1;
    d.votesAbstain = 1;
    QCOMPARE(fields(m_service->recordDecision(d)), QStringList{u"votes_for"_s});
    d.votesAbstain = 0;
    QVERIFY(m_service->recordDecision(d).ok());
}

void TestReviewService::closeAndReopen()
{
    QVERIFY(!m_service->isClosed(2026));
    QVERIFY(m_service->closeYear(2026, u"  sau họp hội đồng "_s).ok());
    QVERIFY(m_service->isClosed(2026));
    const std::optional<YearClosure> c = m_service->closure(2026);
    QVERIFY(c);
    QCOMPARE(c->closedBy, u"tester"_s);
    QCOMPARE(c->note, u"sau họp hội đồng"_s);
    QCOMPARE(c->closedAt, m_clock->now().toUTC());
    QCOMPARE(m_service->review(2026).closure, c);
    QCOMPARE(int(m_service->closures().size()), 1);
    // Closing again is refused; writes into the year are refused with the one message.
    QVERIFY(!m_service->closeYear(2026).ok());
    SaveResult r = m_service->recordDecision(decision(u"AG"_s, u"A1"_s, ReviewAwards::LaoDongTienTien, "proposed"));
    QCOMPARE(r.error, ReviewService::closedYearError(2026));
    ReviewMeeting m;
    m.year = 2026;
    m.unitCode = u"AG"_s;
    QCOMPARE(m_service->saveMeeting(m).error, ReviewService::closedYearError(2026));
    // Another year is open.
    QVERIFY(m_service->recordDecision([] {
        ReviewDecision d = decision(u"AG"_s, u"A1"_s, ReviewAwards::GiayKhen, "proposed");
        d.year = 2025;
        return d;
    }()).ok());

    // Reopening needs a reason; the reason and the closure it undoes are audited.
    r = m_service->reopenYear(2026, u"   "_s);
    QCOMPARE(fields(r), QStringList{u"reason"_s});
    QVERIFY(m_service->isClosed(2026));
    QVERIFY(m_service->reopenYear(2026, u"sai số quyết định"_s).ok());
    QVERIFY(!m_service->isClosed(2026));
    const auto rows = Samples::auditRows(m_db->db(), u"year_closure"_s, u"2026"_s);
    QCOMPARE(int(rows.size()), 2);
    QCOMPARE(rows.front().action, u"close"_s);
    QCOMPARE(rows.back().action, u"reopen"_s);
    QCOMPARE(Samples::jsonObject(rows.back().afterJson).value(u"reason"_s).toString(), u"sai số quyết định"_s);
    QCOMPARE(Samples::jsonObject(rows.back().beforeJson).value(u"closed_by"_s).toString(), u"tester"_s);
    QVERIFY(!m_service->reopenYear(2026, u"again"_s).ok()); // not closed any more
    QVERIFY(m_service->recordDecision(decision(u"AG"_s, u"A1"_s, ReviewAwards::LaoDongTienTien, "proposed")).ok());
}

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
