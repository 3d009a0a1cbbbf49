// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/reviewdocuments.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ReviewDecision decision(const QString &staff, const char *award, const char *outcome, std::optional<int> votesFor,
                        std::optional<int> against, std::optional<int> abstain, const QString &no = {},
                        QDate date = {})
{
    ReviewDecision d;
    d.year = 2025;
    d.unitCode = u"X01"_s;
    d.staffCode = staff;
    d.award = QString::fromLatin1(award);
    d.outcome = QString::fromLatin1(outcome);
    d.votesFor = votesFor;
    d.votesAgainst = against;
    d.votesAbstain = abstain;
    d.decisionNo = no;
    d.decisionDate = date;
    return d;
}

ReviewPersonRow person(const QString &code, const QString &name, bool ldtt, bool cstdcs)
{
    ReviewPersonRow p;
    p.review.code = code;
    p.review.rated = true;
    p.review.laoDongTienTien.title = u"lao_dong_tien_tien"_s;
    p.review.laoDongTienTien.eligible = ldtt;
    p.review.chienSiThiDuaCoSo.title = u"chien_si_thi_dua_co_so"_s;
    p.review.chienSiThiDuaCoSo.eligible = cstdcs;
    if (!cstdcs)
        p.review.chienSiThiDuaCoSo.reasons.push_back(
            {ReviewReason::Kind::NotMet, u"no_initiative"_s, u"no recognised initiative in the year"_s,
             {u"Luật Thi đua, khen thưởng 2022"_s, u"Điều 23"_s}});
    p.fullName = name;
    p.category = u"cc"_s;
    p.position = u"Chuyên viên"_s;
    p.unitCode = u"X01"_s;
    p.finalLevel = u"tot"_s;
    return p;
}

/** A unit of three people: one CSTĐCS approved, one LĐTT approved, one CSTĐCS rejected; the unit's title approved. */
ReviewResult sample(bool withMeeting)
{
    ReviewResult r;
    r.year = 2025;
    ReviewUnitResult u;
    u.unitCode = u"X01"_s;
    u.unitName = u"Xã Tân Phú"_s;
    u.review.unitCode = u.unitCode;
    u.review.ratedCount = 3;
    u.review.laoDongTienTienCount = 3;
    u.review.chienSiThiDuaCoSoCount = 2;
    u.review.tapTheMembersOk.eligible = true;
    ReviewPersonRow a = person(u"CB001"_s, u"Nguyễn Thị Ánh"_s, true, true);
    a.decisions = {decision(u"CB001"_s, ReviewAwards::ChienSiThiDuaCoSo, ReviewOutcomes::Approved, 7, 0, 1,
                            u"125/QĐ-UBND"_s, QDate(2025, 12, 29))};
    ReviewPersonRow b = person(u"CB002"_s, u"Trần Văn Bình"_s, true, false);
    b.decisions = {decision(u"CB002"_s, ReviewAwards::LaoDongTienTien, ReviewOutcomes::Approved, 8, 0, 0,
                            u"125/QĐ-UBND"_s, QDate(2025, 12, 29))};
    ReviewPersonRow c = person(u"CB003"_s, u"Lê Đức Cường"_s, true, false);
    c.decisions = {decision(u"CB003"_s, ReviewAwards::ChienSiThiDuaCoSo, ReviewOutcomes::Rejected, 2, 6, 0)};
    u.people = {a, b, c};
    u.unitDecisions = {decision({}, ReviewAwards::TapTheLaoDongTienTien, ReviewOutcomes::Approved, 8, 0, 0,
                                u"125/QĐ-UBND"_s, QDate(2025, 12, 29))};
    if (withMeeting)
        u.meeting = ReviewMeeting{2025, u"X01"_s, QDate(2025, 12, 18), u"Hội trường UBND xã"_s, u"Phạm Văn Chủ"_s,
                                  u"Đỗ Thị Thư"_s, 9, 8, {}};
    DisciplineListRow d;
    d.effect.decision.staffCode = u"CB009"_s;
    d.effect.decision.form = u"khien_trach"_s;
    d.effect.decision.decisionNo = u"45/QĐ-UBND"_s;
    d.effect.decision.decisionDate = QDate(2025, 6, 3);
    d.fullName = u"Hoàng Văn Kỷ"_s;
    u.discipline = {d};
    r.units = {u};
    return r;
}

} // namespace

/**
 * The council's documents (ReviewDocuments::minutes, decisionList; NĐ 30/2020 layout): the minutes carry the
 * meeting, every candidate with the rules' verdict and the votes, the collective title, the discipline noted,
 * the conclusion and the signatures, with dotted lines where the meeting is not recorded; the decision list
 * carries the approved awards only, grouped by award, with the decision it is attached to.
 */
class TestReviewMinutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minutesCarryTheMeetingAndTheVotes();
    void minutesShowDotsForAnUnrecordedMeeting();
    void decisionListHasTheApprovedAwardsOnly();
    void decisionListDotsWhenDecisionsDiffer();
    void pdfsRender();
    void unknownUnitIsAnError();
};

void TestReviewMinutes::minutesCarryTheMeetingAndTheVotes()
{
    const QString h = ReviewDocuments::minutesHtml(sample(true), u"X01"_s, {QDate(2026, 1, 5), {}, u"Tân Phú"_s});
    QVERIFY(h.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    QVERIFY(h.contains(u"Độc lập - Tự do - Hạnh phúc"_s));
    QVERIFY(h.contains(u"XÃ TÂN PHÚ"_s));            // the issuer, in capitals
    QVERIFY(h.contains(u"18/12/2025"_s));            // the meeting's day
    QVERIFY(h.contains(u"Hội trường UBND xã"_s));
    QVERIFY(h.contains(u"Phạm Văn Chủ"_s));
    QVERIFY(h.contains(u"Đỗ Thị Thư"_s));
    QVERIFY(h.contains(u"Members present: 8 of 9."_s));
    for (const QString &name : {u"Nguyễn Thị Ánh"_s, u"Trần Văn Bình"_s, u"Lê Đức Cường"_s})
        QVERIFY2(h.contains(name), qPrintable(name));
    // The votes for / against / abstaining of each decision, in their cells.
    QVERIFY(h.contains(u"<td class=\"c\">7 / 0 / 1</td>"_s));
    QVERIFY(h.contains(u"<td class=\"c\">2 / 6 / 0</td>"_s));
    QVERIFY(h.contains(ReviewOutcomes::label(u"rejected"_s)));
    // The rules' reason for refusing a title proposed (Cường's CSTĐCS; not Bình's, proposed for LĐTT only),
    // and the collective condition with its threshold.
    QCOMPARE(h.count(u"no recognised initiative in the year"_s), 1);
    QVERIFY(h.contains(u"the condition is more than 50%: met"_s));
    // The discipline noted, the conclusion, the signatures with the names.
    QVERIFY(h.contains(u"Hoàng Văn Kỷ"_s));
    QVERIFY(h.contains(u"45/QĐ-UBND"_s));
    QVERIFY(h.contains(u"The council approved 3 proposal(s), rejected 1; 0 not voted yet."_s));
    QVERIFY(h.contains(u"SECRETARY"_s));
    QVERIFY(h.contains(u"CHAIR"_s));
    QVERIFY(!h.contains(u"Time: ……"_s));
}

void TestReviewMinutes::minutesShowDotsForAnUnrecordedMeeting()
{
    const QString h = ReviewDocuments::minutesHtml(sample(false), u"X01"_s, {});
    QVERIFY(h.contains(u"Time: ……/……/………"_s));
    QVERIFY(h.contains(u"Place: ……………………"_s));
    QVERIFY(h.contains(u"Chair: ……………………"_s));
    QVERIFY(h.contains(u"Secretary: ……………………"_s));
    QVERIFY(h.contains(u"Members present: …… of ……."_s));
    QVERIFY(h.contains(u"…………, ……/……/2025"_s)); // place and date left for the hand
}

void TestReviewMinutes::decisionListHasTheApprovedAwardsOnly()
{
    const QString h = ReviewDocuments::decisionListHtml(sample(true), u"X01"_s, {QDate(2026, 1, 5), {}, {}});
    QVERIFY(h.contains(u"LIST OF AWARDS"_s));
    QVERIFY(h.contains(u"Nguyễn Thị Ánh"_s));
    QVERIFY(h.contains(u"Trần Văn Bình"_s));
    QVERIFY2(!h.contains(u"Lê Đức Cường"_s), "a rejected proposal is not on the list");
    QVERIFY(h.contains(u"(Attached to Decision No. 125/QĐ-UBND dated 29/12/2025 of Xã Tân Phú)"_s));
    // Grouped by award, individual ones first, the unit's title last.
    const qsizetype ldtt = h.indexOf(ReviewAwards::label(u"lao_dong_tien_tien"_s) + u" ("_s);
    const qsizetype cstdcs = h.indexOf(ReviewAwards::label(u"chien_si_thi_dua_co_so"_s) + u" ("_s);
    const qsizetype unit = h.indexOf(ReviewAwards::label(u"tap_the_lao_dong_tien_tien"_s) + u" ("_s);
    QVERIFY(ldtt > 0 && cstdcs > 0 && unit > 0);
    QVERIFY(ldtt < cstdcs && cstdcs < unit);
    QVERIFY(h.contains(u"In all: 3 award(s)."_s));
}

void TestReviewMinutes::decisionListDotsWhenDecisionsDiffer()
{
    ReviewResult r = sample(true);
    r.units[0].people[1].decisions[0].decisionNo = u"130/QĐ-UBND"_s;
    r.units[0].people[0].decisions[0].decisionNo.clear();
    const QString h = ReviewDocuments::decisionListHtml(r, u"X01"_s, {});
    QVERIFY(h.contains(u"(Attached to Decision No. ……/QĐ-…… dated ……/……/……… of Xã Tân Phú)"_s));
    QVERIFY(h.contains(u"130/QĐ-UBND"_s));
    QVERIFY(h.contains(u"……………………"_s)); // the missing number, dotted in its row
}

void TestReviewMinutes::pdfsRender()
{
    QString error;
    const QByteArray minutes = ReviewDocuments::minutes(sample(true), u"X01"_s, {}, &error);
    QVERIFY2(minutes.startsWith("%PDF"), qPrintable(error));
    const QByteArray list = ReviewDocuments::decisionList(sample(true), u"X01"_s, {}, &error);
    QVERIFY2(list.startsWith("%PDF"), qPrintable(error));
    const QString dir = qEnvironmentVariable("CONGVU_REVIEW_PDF_DIR");
    if (!dir.isEmpty()) { // to look at them (pdftoppm)
        QFile a(dir + u"/minutes.pdf"_s), b(dir + u"/decisions.pdf"_s);
        QVERIFY(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
        a.write(minutes);
        b.write(list);
        QFile c(dir + u"/minutes-empty.pdf"_s);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(ReviewDocuments::minutes(sample(false), u"X01"_s, {}, &error));
    }
}

void TestReviewMinutes::unknownUnitIsAnError()
{
    QString error;
    QVERIFY(ReviewDocuments::minutes(sample(true), u"Y99"_s, {}, &error).isEmpty());
    QVERIFY(error.contains(u"Y99"_s));
    error.clear();
    QVERIFY(ReviewDocuments::decisionList(sample(true), u"Y99"_s, {}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestReviewMinutes)
#include "tst_reviewminutes.moc"
