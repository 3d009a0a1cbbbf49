// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/recordarchive.h"
#include "registrysamples.h"
#include "services/archiveservice.h"
#include "services/clock.h"
#include "services/evaluationservice.h"
#include "services/reviewservice.h"
#include "storage/disciplinerepository.h"
#include "storage/evaluationrepository.h"
#include "storage/periodscorerepository.h"
#include "storage/reviewrepository.h"
#include "storage/settingrepository.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kSampleDir = QStringLiteral(CONGVU_TEST_DATA_DIR "/archive");

Evaluation evaluation(const QString &code, int year, const QString &level, bool initiative = false)
{
    Evaluation e;
    e.staffCode = code;
    e.year = year;
    e.scoreTenths = level == "xuat_sac"_L1 ? 920 : 800;
    e.selfLevel = level;
    e.proposedLevel = level;
    e.finalLevel = level;
    e.initiative = initiative;
    e.decisionNo = u"15/QĐ-UBND"_s;
    e.decisionDate = QDate(year, 12, 20);
    return e;
}

/**
 * The fixture of the sample town (registrysamples.h): WN (W1 and W2 merged on 2025-07-01) and the agency
 * AG; four people in WN, two in AG; the evaluations of 2024 and 2025, a form, an ND 335 quarter, a
 * reprimand of 2024 running into 2025, the council's decisions and meeting of WN in 2025, a cap
 * exception, settings, and 2025 closed. This is also what tests/data/archive samples are made from.
 */
bool fillFixture(Database &db)
{
    if (!Samples::insertUnits(db, Samples::town()))
        return false;
    StaffMember an = Samples::person(u"NV01"_s, u"Nguyễn Văn An"_s, u"W1"_s);
    StaffMember binh = Samples::person(u"NV02"_s, u"Trần Thị Bình"_s, u"W2"_s, u"cc_xa"_s, u"tu_phap_ho_tich"_s);
    StaffMember cuong = Samples::person(u"NV03"_s, u"Lê Văn Cường"_s, u"WN"_s);
    StaffMember dung = Samples::person(u"NV04"_s, u"Phạm Thị Dung"_s, u"WN"_s);
    dung.professionalField.clear();
    StaffMember em = Samples::person(u"AG01"_s, u"Hoàng Văn Em"_s, u"AG"_s);
    StaffMember gia = Samples::person(u"AG02"_s, u"Đỗ Thị Gia"_s, u"AG"_s);
    if (!Samples::insertStaff(db, {an, binh, cuong, dung, em, gia}))
        return false;
    const QSqlDatabase c = db.connection();
    EvaluationRepository evaluations(c);
    for (const Evaluation &e :
         {evaluation(u"NV01"_s, 2024, u"xuat_sac"_s), evaluation(u"NV01"_s, 2025, u"xuat_sac"_s, true),
          evaluation(u"NV02"_s, 2024, u"tot"_s), evaluation(u"NV02"_s, 2025, u"tot"_s),
          evaluation(u"NV03"_s, 2025, u"tot"_s), evaluation(u"NV04"_s, 2025, u"hoan_thanh"_s),
          evaluation(u"AG01"_s, 2025, u"tot"_s), evaluation(u"AG02"_s, 2025, u"xuat_sac"_s, true)}) {
        if (evaluations.write(e) == 0)
            return false;
    }
    EvaluationForm form;
    form.politics = u"Lập trường vững vàng"_s;
    form.strengths = u"Tận tụy"_s;
    form.managerComments = u"Hoàn thành xuất sắc"_s;
    if (!evaluations.writeForm(u"NV01"_s, 2025, form))
        return false;
    if (!evaluations.writeCapException(ExcellentCapException{u"WN"_s, 2025, u"88/QĐ-UBND"_s, u"Đơn vị xuất sắc"_s}))
        return false;
    EvaluationPeriod quarter;
    quarter.staffCode = u"NV03"_s;
    quarter.year = 2025;
    quarter.kind = u"quarter"_s;
    quarter.number = 1;
    quarter.generalTenths = 270;
    quarter.items = {TaskItem{u"Hồ sơ đất đai"_s, 10, 9, 1, 0, 0, 1, 0}};
    if (PeriodScoreRepository(c).write(quarter) == 0)
        return false;
    DisciplineDecision reprimand;
    reprimand.staffCode = u"NV04"_s;
    reprimand.form = u"khien_trach"_s;
    reprimand.decisionNo = u"07/QĐ-KL"_s;
    reprimand.decisionDate = QDate(2024, 11, 20);
    reprimand.effectiveDate = QDate(2024, 12, 1);
    reprimand.reason = u"Vi phạm giờ làm việc"_s;
    if (DisciplineRepository(c).write(reprimand) == 0)
        return false;
    ReviewRepository reviews(c);
    ReviewDecision ldtt;
    ldtt.year = 2025;
    ldtt.unitCode = u"WN"_s;
    ldtt.staffCode = u"NV01"_s;
    ldtt.award = u"lao_dong_tien_tien"_s;
    ldtt.outcome = u"approved"_s;
    ldtt.votesFor = 7;
    ldtt.votesAgainst = 0;
    ldtt.votesAbstain = 0;
    ldtt.decisionNo = u"120/QĐ-KT"_s;
    ldtt.decisionDate = QDate(2025, 12, 30);
    ReviewDecision proposed = ldtt;
    proposed.staffCode = u"NV02"_s;
    proposed.outcome = u"proposed"_s;
    proposed.votesFor = proposed.votesAgainst = proposed.votesAbstain = std::nullopt;
    proposed.decisionNo.clear();
    proposed.decisionDate = {};
    if (reviews.write(ldtt) == 0 || reviews.write(proposed) == 0)
        return false;
    if (!reviews.write(ReviewMeeting{2025, u"WN"_s, QDate(2025, 12, 28), u"Hội trường phường"_s, u"Chủ tịch UBND"_s,
                                     u"Văn phòng"_s, 9, 8, {}}))
        return false;
    SettingRepository settings(c);
    if (!settings.setValue(ReviewService::thresholdKey(), u"600"_s)
        || !settings.setValue(EvaluationService::rateKey(2025), u"250"_s))
        return false;
    return reviews.close(YearClosure{2025, QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC), u"cli:hr"_s,
                                     u"Khóa sổ năm 2025"_s});
}

/** The review as comparable lines: units, people, verdicts with reason codes, decisions, meeting, discipline. */
QStringList digest(const ReviewResult &r)
{
    QStringList out;
    out << u"year %1 closed %2 by %3 at %4 threshold %5 cap %6"_s.arg(r.year)
               .arg(r.closure.has_value())
               .arg(r.closure ? r.closure->closedBy : QString())
               .arg(r.closure ? r.closure->closedAt.toString(Qt::ISODate) : QString())
               .arg(r.settings.collectiveThresholdPerMille)
               .arg(r.settings.cstdcsCapPerMille.value_or(-1));
    auto reasons = [](const TitleEligibility &t) {
        QStringList codes;
        for (const ReviewReason &x : t.reasons)
            codes << x.code + u':' + x.message;
        return u"%1=%2[%3]"_s.arg(t.title).arg(t.eligible).arg(codes.join(u','));
    };
    auto decision = [](const ReviewDecision &d) {
        return u"decision %1/%2/%3/%4 %5 %6/%7/%8 %9 %10 %11"_s.arg(d.year)
            .arg(d.unitCode, d.staffCode, d.award, d.outcome)
            .arg(d.votesFor.value_or(-1))
            .arg(d.votesAgainst.value_or(-1))
            .arg(d.votesAbstain.value_or(-1))
            .arg(d.decisionNo, d.decisionDate.toString(Qt::ISODate), d.note);
    };
    for (const ReviewUnitResult &u : r.units) {
        out << u"unit %1 %2 rated %3 ldtt %4 cstdcs %5 %6"_s.arg(u.unitCode, u.unitName)
                   .arg(u.review.ratedCount)
                   .arg(u.review.laoDongTienTienCount)
                   .arg(u.review.chienSiThiDuaCoSoCount)
                   .arg(reasons(u.review.tapTheMembersOk));
        for (const ReviewPersonRow &p : u.people) {
            out << u"person %1 %2 %3 %4 %5 %6 %7 %8"_s.arg(p.review.code, p.fullName, p.category, p.unitCode,
                                                          p.finalLevel, p.startDate.toString(Qt::ISODate))
                       .arg(reasons(p.review.laoDongTienTien), reasons(p.review.chienSiThiDuaCoSo));
            for (const ReviewDecision &d : p.decisions)
                out << decision(d);
        }
        for (const ReviewDecision &d : u.unitDecisions)
            out << decision(d);
        if (u.meeting)
            out << u"meeting %1 %2 %3 %4 %5/%6"_s.arg(u.meeting->meetingDate.toString(Qt::ISODate), u.meeting->place,
                                                     u.meeting->chair, u.meeting->secretary)
                       .arg(u.meeting->membersPresent)
                       .arg(u.meeting->membersTotal);
        for (const DisciplineListRow &d : u.discipline)
            out << u"discipline %1 %2"_s.arg(d.fullName, d.unitCode);
    }
    return out;
}

template<class T>
std::vector<T> withoutIds(std::vector<T> v)
{
    for (T &x : v)
        x.id = 0;
    return v;
}

std::vector<EvaluationPeriod> periodsWithoutIds(std::vector<EvaluationPeriod> v)
{
    for (EvaluationPeriod &p : v) {
        p.id = 0;
        for (TaskItem &t : p.items)
            t.id = 0;
    }
    return v;
}

const ArchiveConflict *findConflict(const ArchivePlan &plan, const QString &kind, const QString &key,
                                    const QString &field)
{
    for (const ArchiveConflict &c : plan.conflicts) {
        if (c.kind == kind && c.key == key && c.field == field)
            return &c;
    }
    return nullptr;
}

int countOf(const ArchiveInspection &i, const char *kind)
{
    for (const auto &[k, n] : i.counts) {
        if (k == QLatin1StringView(kind))
            return n;
    }
    return -1;
}

} // namespace

/**
 * ArchiveService (docs/archive.md; issue 7 items 4, 5): export of a closed year as a self-contained
 * archive, import into an empty database giving the same review, idempotent re-import, conflicts kept,
 * completions applied, closed years closed, the unit filter, refused files, and the committed samples of
 * every format version (tests/data/archive).
 */
class TestArchiveService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roundTripGivesSameReviewAndRecords();
    void secondImportChangesNothing();
    void conflictsAreReportedAndNotOverwritten();
    void completionsAreApplied();
    void unitFilterExportsOnlyThatUnitsPeople();
    void refusedFileWritesNothing();
    void exportRefusals();
    void staleplanIsRefused();
    void sampleArchivesStillLoad();

private:
    FixedClock m_clock{QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<TestDatabase> m_source;
    std::unique_ptr<TestDatabase> m_target;
};

void TestArchiveService::init()
{
    m_source = std::make_unique<TestDatabase>();
    m_target = std::make_unique<TestDatabase>();
    QVERIFY(fillFixture(m_source->db()));
}

void TestArchiveService::cleanup()
{
    m_target.reset();
    m_source.reset();
}

void TestArchiveService::roundTripGivesSameReviewAndRecords()
{
    ArchiveService source(m_source->db(), m_clock);
    QString error;
    const QByteArray bytes = source.exportArchive({2025}, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ArchiveInspection inspection = ArchiveService::inspect(bytes);
    QVERIFY2(inspection.ok(), qPrintable(inspection.error));
    QCOMPARE(inspection.meta.years, std::vector<int>{2025});
    QCOMPARE(inspection.meta.closedYears, std::vector<int>{2025});
    QCOMPARE(inspection.meta.createdAt, m_clock.now());
    QCOMPARE(countOf(inspection, ArchiveKinds::Staff), 6);
    QCOMPARE(countOf(inspection, ArchiveKinds::Units), 6);
    QCOMPARE(countOf(inspection, ArchiveKinds::Evaluations), 8); // 2025 and the year before
    QCOMPARE(countOf(inspection, ArchiveKinds::Discipline), 1);  // 2024, running into 2025

    ArchiveService target(m_target->db(), m_clock);
    const ArchivePlan plan = target.plan(bytes);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QVERIFY(plan.conflicts.empty());
    QCOMPARE(plan.kind(u"staff"_s)->added.size(), 6);
    QCOMPARE(plan.yearsToClose, std::vector<int>{2025});
    const qint64 auditBefore = Samples::auditCount(m_target->db());
    const ArchiveApplyResult applied = target.apply(plan);
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(applied.written, plan.writeCount());
    QCOMPARE(Samples::auditCount(m_target->db()), auditBefore + 1); // one note row for the import

    ReviewService reviewSource(m_source->db(), m_clock), reviewTarget(m_target->db(), m_clock);
    for (const QString &unit : {QString(), u"WN"_s, u"AG"_s}) {
        const QStringList expected = digest(reviewSource.review(2025, unit));
        QVERIFY(expected.size() > 2);
        if (unit == "WN"_L1) {
            const QString all = expected.join(u'\n');
            QVERIFY2(all.contains(u"person NV01 Nguyễn Văn An"_s), qPrintable(all));
            QVERIFY(all.contains(u"decision 2025/WN/NV01/lao_dong_tien_tien approved 7/0/0"_s));
            QVERIFY(all.contains(u"meeting 2025-12-28"_s));
            QVERIFY(all.contains(u"threshold 600"_s));
            QVERIFY(all.contains(u"closed 1 by cli:hr"_s));
        }
        QCOMPARE(digest(reviewTarget.review(2025, unit)), expected);
    }
    QVERIFY(reviewTarget.isClosed(2025));
    QCOMPARE(*reviewTarget.closure(2025), *reviewSource.closure(2025));

    const QSqlDatabase a = m_source->connection(), b = m_target->connection();
    QCOMPARE(StaffRepository(b).all(), StaffRepository(a).all());
    QCOMPARE(UnitRepository(b).all(), UnitRepository(a).all());
    QCOMPARE(withoutIds(EvaluationRepository(b).forYears(2024, 2025)),
             withoutIds(EvaluationRepository(a).forYears(2024, 2025)));
    QCOMPARE(EvaluationRepository(b).form(u"NV01"_s, 2025), EvaluationRepository(a).form(u"NV01"_s, 2025));
    QCOMPARE(EvaluationRepository(b).capExceptions(2025), EvaluationRepository(a).capExceptions(2025));
    QCOMPARE(periodsWithoutIds(PeriodScoreRepository(b).forPerson(u"NV03"_s)),
             periodsWithoutIds(PeriodScoreRepository(a).forPerson(u"NV03"_s)));
    QCOMPARE(withoutIds(DisciplineRepository(b).effectiveUpTo({})), withoutIds(DisciplineRepository(a).effectiveUpTo({})));
    QCOMPARE(withoutIds(ReviewRepository(b).decisions(2025)), withoutIds(ReviewRepository(a).decisions(2025)));
    QCOMPARE(ReviewRepository(b).meetings(2025), ReviewRepository(a).meetings(2025));
    QCOMPARE(SettingRepository(b).value(ReviewService::thresholdKey()), std::optional<QString>(u"600"_s));
    QCOMPARE(SettingRepository(b).value(EvaluationService::rateKey(2025)), std::optional<QString>(u"250"_s));
}

void TestArchiveService::secondImportChangesNothing()
{
    const QByteArray bytes = ArchiveService(m_source->db(), m_clock).exportArchive({2025}, {});
    ArchiveService target(m_target->db(), m_clock);
    QVERIFY(target.apply(target.plan(bytes)).ok);
    const qint64 audit = Samples::auditCount(m_target->db());
    const QStringList before = digest(ReviewService(m_target->db(), m_clock).review(2025));
    const ArchivePlan again = target.plan(bytes);
    QVERIFY(again.ok());
    QCOMPARE(again.writeCount(), 0);
    QVERIFY(again.conflicts.empty());
    for (const ArchiveKindPlan &k : again.kinds) {
        QVERIFY2(k.added.isEmpty() && k.changed.isEmpty() && k.conflicts.isEmpty(), qPrintable(k.kind));
    }
    QCOMPARE(again.kind(u"evaluations"_s)->unchanged.size(), 8);
    const ArchiveApplyResult second = target.apply(again);
    QVERIFY(second.ok);
    QCOMPARE(second.written, 0);
    QCOMPARE(Samples::auditCount(m_target->db()), audit);
    QCOMPARE(digest(ReviewService(m_target->db(), m_clock).review(2025)), before);
    // Also into the source itself: it holds everything already.
    QCOMPARE(ArchiveService(m_source->db(), m_clock).plan(bytes).writeCount(), 0);
}

void TestArchiveService::conflictsAreReportedAndNotOverwritten()
{
    // The target already knows NV01 under another name and rated NV02 differently in 2025.
    QVERIFY(Samples::insertUnits(m_target->db(), Samples::town()));
    QVERIFY(Samples::insertStaff(m_target->db(), {Samples::person(u"NV01"_s, u"Nguyễn Văn Ân"_s, u"W1"_s),
                                                  Samples::person(u"NV02"_s, u"Trần Thị Bình"_s, u"W2"_s, u"cc_xa"_s,
                                                                  u"tu_phap_ho_tich"_s)}));
    QVERIFY(EvaluationRepository(m_target->connection()).write(evaluation(u"NV02"_s, 2025, u"hoan_thanh"_s)) != 0);

    const QByteArray bytes = ArchiveService(m_source->db(), m_clock).exportArchive({2025}, {});
    ArchiveService target(m_target->db(), m_clock);
    const ArchivePlan plan = target.plan(bytes);
    QVERIFY(plan.ok());
    const ArchiveConflict *name = findConflict(plan, u"staff"_s, u"NV01"_s, u"full_name"_s);
    QVERIFY(name);
    QCOMPARE(name->here, u"Nguyễn Văn Ân"_s);
    QCOMPARE(name->archived, u"Nguyễn Văn An"_s);
    const ArchiveConflict *level = findConflict(plan, u"evaluations"_s, u"NV02/2025"_s, u"final_level"_s);
    QVERIFY(level);
    QCOMPARE(level->here, u"hoan_thanh"_s);
    QCOMPARE(level->archived, u"tot"_s);
    QCOMPARE(level->year, 2025);
    QVERIFY(plan.kind(u"staff"_s)->conflicts.contains(u"NV01"_s));
    QVERIFY(plan.kind(u"staff"_s)->unchanged.contains(u"NV02"_s));
    QCOMPARE(plan.kind(u"staff"_s)->added.size(), 4);
    QVERIFY(plan.yearsToClose.empty());
    QCOMPARE(plan.yearsLeftOpen, std::vector<int>{2025});

    QVERIFY(target.apply(plan).ok);
    QCOMPARE(StaffRepository(m_target->connection()).find(u"NV01"_s)->fullName, u"Nguyễn Văn Ân"_s);
    QCOMPARE(EvaluationRepository(m_target->connection()).find(u"NV02"_s, 2025)->finalLevel, u"hoan_thanh"_s);
    QVERIFY(EvaluationRepository(m_target->connection()).find(u"NV03"_s, 2025)); // the rest was added
    QVERIFY(!ReviewService(m_target->db(), m_clock).isClosed(2025));
    // The conflicts stay conflicts on the next run; nothing else is left to write.
    const ArchivePlan again = target.plan(bytes);
    QCOMPARE(again.writeCount(), 0);
    QVERIFY(findConflict(again, u"staff"_s, u"NV01"_s, u"full_name"_s));
}

void TestArchiveService::completionsAreApplied()
{
    QVERIFY(Samples::insertUnits(m_target->db(), Samples::town()));
    StaffMember binh = Samples::person(u"NV02"_s, u"Trần Thị Bình"_s, u"W2"_s, u"cc_xa"_s, u"tu_phap_ho_tich"_s);
    binh.professionalField.clear(); // empty here, known in the archive
    binh.isLeader = std::nullopt;
    QVERIFY(Samples::insertStaff(m_target->db(), {binh}));
    Evaluation draft;
    draft.staffCode = u"NV02"_s;
    draft.year = 2025;
    draft.status = u"draft"_s;
    draft.selfLevel = u"tot"_s;
    QVERIFY(EvaluationRepository(m_target->connection()).write(draft) != 0);

    const QByteArray bytes = ArchiveService(m_source->db(), m_clock).exportArchive({2025}, {});
    ArchiveService target(m_target->db(), m_clock);
    const ArchivePlan plan = target.plan(bytes);
    QVERIFY(plan.ok());
    QVERIFY2(plan.conflicts.empty(), qPrintable(plan.conflicts.empty() ? QString() : plan.conflicts.front().field));
    QCOMPARE(plan.kind(u"staff"_s)->changed, QStringList{u"NV02"_s});
    QCOMPARE(plan.kind(u"evaluations"_s)->changed, QStringList{u"NV02/2025"_s});
    QCOMPARE(plan.yearsToClose, std::vector<int>{2025});
    QVERIFY(target.apply(plan).ok);
    const auto member = StaffRepository(m_target->connection()).find(u"NV02"_s);
    QCOMPARE(member->professionalField, u"Luật"_s);
    QCOMPARE(member->isLeader, std::optional<bool>(false));
    const auto decided = EvaluationRepository(m_target->connection()).find(u"NV02"_s, 2025);
    QCOMPARE(decided->finalLevel, u"tot"_s);
    QCOMPARE(decided->status, u"decided"_s);
    QVERIFY(ReviewService(m_target->db(), m_clock).isClosed(2025));
    QCOMPARE(digest(ReviewService(m_target->db(), m_clock).review(2025)),
             digest(ReviewService(m_source->db(), m_clock).review(2025)));
}

void TestArchiveService::unitFilterExportsOnlyThatUnitsPeople()
{
    ArchiveService source(m_source->db(), m_clock);
    QString error;
    const ArchiveSnapshot wn = source.snapshot({2025}, u"WN"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList people;
    for (const StaffMember &m : wn.staff)
        people << m.code;
    QCOMPARE(people, (QStringList{u"NV01"_s, u"NV02"_s, u"NV03"_s, u"NV04"_s}));
    QStringList units;
    for (const OrgUnit &u : wn.units)
        units << u.code;
    // WN, its predecessors W1 and W2, their parent H and the province T; not the agency AG.
    QCOMPARE(units, (QStringList{u"H"_s, u"T"_s, u"W1"_s, u"W2"_s, u"WN"_s}));
    for (const Evaluation &e : wn.evaluations)
        QVERIFY(e.staffCode.startsWith(u"NV"_s));
    QCOMPARE(wn.reviewDecisions.size(), size_t(2));
    QCOMPARE(wn.capExceptions.size(), size_t(1));
    QCOMPARE(wn.meta.unitCode, u"WN"_s);

    const ArchiveSnapshot ag = source.snapshot({2025}, u"AG"_s, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(ag.staff.size(), size_t(2));
    QVERIFY(ag.reviewDecisions.empty());
    QVERIFY(ag.capExceptions.empty());
    QVERIFY(ag.discipline.empty());

    // The commune's archive imported into the office's database gives the commune's review.
    ArchiveService target(m_target->db(), m_clock);
    QVERIFY(target.apply(target.plan(RecordArchive::write(wn))).ok);
    QCOMPARE(digest(ReviewService(m_target->db(), m_clock).review(2025, u"WN"_s)),
             digest(ReviewService(m_source->db(), m_clock).review(2025, u"WN"_s)));
    QVERIFY(!StaffRepository(m_target->connection()).find(u"AG01"_s));
}

void TestArchiveService::refusedFileWritesNothing()
{
    QByteArray bytes = ArchiveService(m_source->db(), m_clock).exportArchive({2025}, {});
    bytes[bytes.size() - 5] = char(bytes.at(bytes.size() - 5) ^ 0x02);
    ArchiveService target(m_target->db(), m_clock);
    const ArchivePlan plan = target.plan(bytes);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error.contains(u"checksum mismatch"_s), qPrintable(plan.error));
    QVERIFY(!ArchiveService::inspect(bytes).ok());
    const ArchiveApplyResult r = target.apply(plan);
    QVERIFY(!r.ok);
    QCOMPARE(Samples::staffRows(m_target->db()), 0);
    QCOMPARE(Samples::auditCount(m_target->db()), 0);
}

void TestArchiveService::exportRefusals()
{
    ArchiveService source(m_source->db(), m_clock);
    QString error;
    QVERIFY(source.exportArchive({}, {}, &error).isEmpty());
    QVERIFY(error.startsWith(u"year:"_s));
    QVERIFY(source.exportArchive({1999}, {}, &error).isEmpty());
    QVERIFY(error.contains(u"1999"_s));
    QVERIFY(source.exportArchive({2025}, u"NOPE"_s, &error).isEmpty());
    QVERIFY(error.contains(u"NOPE"_s));
}

/** A plan made before someone edited the database is not applied: the accepted preview is what gets written. */
void TestArchiveService::staleplanIsRefused()
{
    const QByteArray bytes = ArchiveService(m_source->db(), m_clock).exportArchive({2025}, {});
    ArchiveService target(m_target->db(), m_clock);
    const ArchivePlan plan = target.plan(bytes);
    QVERIFY(plan.ok());
    QVERIFY(Samples::insertUnits(m_target->db(), {Samples::unit(u"T"_s, u"Tỉnh Khác"_s, u"tinh"_s)}));
    const ArchiveApplyResult r = target.apply(plan);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(u"changed since the preview"_s), qPrintable(r.error));
    QCOMPARE(Samples::staffRows(m_target->db()), 0);
}

/**
 * Every committed sample (tests/data/archive/*.cvarchive, one per format version) still loads and holds
 * the fixture: this is what proves old archives stay readable. CONGVU_REGENERATE_ARCHIVE=1 rewrites
 * congvu-archive-v<current>.cvarchive from the fixture (tests/data/archive/README.md).
 */
void TestArchiveService::sampleArchivesStillLoad()
{
    const QString current = kSampleDir + u"/congvu-archive-v%1.cvarchive"_s.arg(RecordArchive::kFormatVersion);
    if (qEnvironmentVariableIntValue("CONGVU_REGENERATE_ARCHIVE") == 1) {
        QDir().mkpath(kSampleDir);
        QFile f(current);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ArchiveService(m_source->db(), m_clock).exportArchive({2024, 2025}, {}));
        qInfo() << "regenerated" << current;
    }
    const QStringList files = QDir(kSampleDir).entryList({u"*.cvarchive"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.contains(QFileInfo(current).fileName()), "the sample of the current format is committed");
    for (const QString &name : files) {
        const QByteArray bytes = TestSupport::readFile(kSampleDir + u'/' + name);
        const auto read = RecordArchive::read(bytes);
        QVERIFY2(read.ok(), qPrintable(name + u": "_s + read.error));
        QVERIFY(read.format >= 1 && read.format <= RecordArchive::kFormatVersion);
        const ArchiveSnapshot &s = *read.snapshot;
        QCOMPARE(s.meta.years, (std::vector<int>{2024, 2025}));
        QCOMPARE(s.meta.closedYears, std::vector<int>{2025});
        QCOMPARE(s.units.size(), size_t(6));
        QCOMPARE(s.staff.size(), size_t(6));
        QCOMPARE(s.evaluations.size(), size_t(8));
        QCOMPARE(s.forms.size(), size_t(1));
        QCOMPARE(s.periods.size(), size_t(1));
        QCOMPARE(s.discipline.size(), size_t(1));
        QCOMPARE(s.reviewDecisions.size(), size_t(2));
        QCOMPARE(s.reviewMeetings.size(), size_t(1));
        QCOMPARE(s.closures.size(), size_t(1));
        QCOMPARE(s.capExceptions.size(), size_t(1));
        QVERIFY(s.settings.size() >= 2);
        const auto an = std::find_if(s.staff.cbegin(), s.staff.cend(), [](auto &m) { return m.code == "NV01"_L1; });
        QVERIFY(an != s.staff.cend());
        QCOMPARE(an->fullName, u"Nguyễn Văn An"_s);
        QCOMPARE(an->birthDate, QDate(1980, 5, 2));
        QCOMPARE(an->ethnicMinority, std::optional<bool>(false));
        QCOMPARE(s.forms.front().form.politics, u"Lập trường vững vàng"_s);
        QCOMPARE(s.periods.front().items.front().title, u"Hồ sơ đất đai"_s);
        QCOMPARE(s.discipline.front().decisionNo, u"07/QĐ-KL"_s);
        QCOMPARE(s.discipline.front().effectiveDate, QDate(2024, 12, 1));
        QCOMPARE(s.closures.front().closedBy, u"cli:hr"_s);
        QCOMPARE(s.reviewMeetings.front().place, u"Hội trường phường"_s);

        // Imported into an empty database, it gives the fixture's review of 2025.
        TestDatabase empty;
        ArchiveService target(empty.db(), m_clock);
        const ArchivePlan plan = target.plan(bytes);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QVERIFY(target.apply(plan).ok);
        QCOMPARE(digest(ReviewService(empty.db(), m_clock).review(2025)),
                 digest(ReviewService(m_source->db(), m_clock).review(2025)));
    }
}

QTEST_GUILESS_MAIN(TestArchiveService)
#include "tst_archiveservice.moc"
