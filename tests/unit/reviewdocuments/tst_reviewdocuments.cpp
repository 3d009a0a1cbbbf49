// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/reviewdocuments.h"
#include "exchange/reviewexport.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

DisciplineDecision canhCao(const QString &staff, const QDate &effective)
{
    DisciplineDecision d;
    d.staffCode = staff;
    d.form = u"canh_cao"_s;
    d.decisionNo = u"17/QĐ-UBND"_s;
    d.decisionDate = effective;
    d.effectiveDate = effective;
    return d;
}

/**
 * Unit PB of 2026: T001 Nguyễn Văn Ánh xuat_sac; T002 Trần Thị Bích tot, started 01/07/2026; T003 Lê Văn
 * Cường tot with a cảnh cáo in effect from 01/03/2026; T004 Phạm Thị Dung tot with a cảnh cáo of
 * 01/03/2025 (runs into 2026).
 */
ReviewResult sample()
{
    ReviewUnitFacts facts;
    facts.unitCode = u"PB"_s;
    facts.people = {{u"T001"_s, QDate(2015, 1, 1), u"xuat_sac"_s, false, {}},
                    {u"T002"_s, QDate(2026, 7, 1), u"tot"_s, false, {}},
                    {u"T003"_s, QDate(2015, 1, 1), u"tot"_s, false, {canhCao(u"T003"_s, QDate(2026, 3, 1))}},
                    {u"T004"_s, QDate(2015, 1, 1), u"tot"_s, false, {canhCao(u"T004"_s, QDate(2025, 3, 1))}}};
    ReviewResult r;
    r.year = 2026;
    ReviewUnitResult unit;
    unit.unitCode = u"PB"_s;
    unit.unitName = u"Phường Phước Bình"_s;
    unit.review = ReviewRules::reviewUnit(facts, 2026, r.settings);
    const QStringList names{u"Nguyễn Văn Ánh"_s, u"Trần Thị Bích"_s, u"Lê Văn Cường"_s, u"Phạm Thị Dung"_s};
    for (std::size_t i = 0; i < unit.review.people.size(); ++i) {
        ReviewPersonRow row;
        row.review = unit.review.people[i];
        row.fullName = names.at(qsizetype(i));
        row.unitCode = u"PB"_s;
        row.finalLevel = facts.people[i].finalLevel;
        row.startDate = facts.people[i].startDate;
        unit.people.push_back(row);
    }
    ReviewDecision d;
    d.year = 2026;
    d.unitCode = u"PB"_s;
    d.staffCode = u"T001"_s;
    d.award = u"chien_si_thi_dua_co_so"_s;
    d.outcome = u"approved"_s;
    d.votesFor = 7;
    d.votesAgainst = 0;
    d.votesAbstain = 1;
    d.decisionNo = u"45/QĐ-UBND"_s;
    d.decisionDate = QDate(2026, 12, 20);
    unit.people.front().decisions.push_back(d);
    DisciplineListRow noted;
    noted.effect.decision = canhCao(u"T003"_s, QDate(2026, 3, 1));
    noted.fullName = u"Lê Văn Cường"_s;
    noted.unitCode = u"PB"_s;
    unit.discipline.push_back(noted);
    r.units.push_back(unit);
    return r;
}

} // namespace

/** The eligibility list of the review (ReviewDocuments::eligibility) and the JSON/text renderings (ReviewExport). */
class TestReviewDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void htmlHasNamesVerdictsAndReasons();
    void htmlIssuerAndEmpty();
    void pdf();
    void json();
    void text();
};

void TestReviewDocuments::htmlHasNamesVerdictsAndReasons()
{
    const ReviewResult r = sample();
    ReviewDocuments::Options options;
    options.madeOn = QDate(2026, 12, 21);
    options.place = u"Phước Long"_s;
    const QString html = ReviewDocuments::eligibilityHtml(r, options);
    for (const QString &name : {u"Nguyễn Văn Ánh"_s, u"Trần Thị Bích"_s, u"Lê Văn Cường"_s, u"Phạm Thị Dung"_s})
        QVERIFY2(html.contains(name), qPrintable(name));
    QVERIFY(html.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    QVERIFY(html.contains(u"2026"_s));
    QVERIFY(html.contains(u"PHƯỜNG PHƯỚC BÌNH"_s)); // the only unit issues it
    QVERIFY(html.contains(u"Phước Long, 21/12/2026"_s));
    // The verdicts: T001 ✓ ✓; 3 people refused LĐTT; every ✗ CSTĐCS.
    QCOMPARE(html.count(u"<td class=\"c\">✓</td>"_s), 3); // T001 LĐTT + CSTĐCS, T004 LĐTT
    QCOMPARE(html.count(u"<td class=\"c\">✗</td>"_s), 5);
    // The reasons that refuse or warn, with the rules' own messages.
    const PersonReview &bich = r.units.front().people[1].review;
    const PersonReview &cuong = r.units.front().people[2].review;
    const PersonReview &dung = r.units.front().people[3].review;
    auto message = [](const PersonReview &p, const char *code) {
        for (const ReviewReason &x : p.laoDongTienTien.reasons) {
            if (x.code == QLatin1StringView(code))
                return x.message;
        }
        return QString();
    };
    for (const QString &m : {message(bich, "service_under_6_months"), message(cuong, "discipline_in_year"),
                             message(dung, "discipline_period_runs_into_year")}) {
        QVERIFY(!m.isEmpty());
        QVERIFY2(html.contains(m.toHtmlEscaped()), qPrintable(m));
    }
    QVERIFY(html.contains(u"⚠ "_s + message(dung, "discipline_period_runs_into_year").toHtmlEscaped()));
    // The collective condition (a member with cảnh cáo) and the discipline to note.
    QVERIFY(html.contains(u"<b>not met</b>"_s));
    QVERIFY(html.contains(u"17/QĐ-UBND"_s));
    QVERIFY(html.contains(u"01/03/2026"_s));
    QVERIFY(html.contains(u"CHAIR OF THE COUNCIL"_s));
}

void TestReviewDocuments::htmlIssuerAndEmpty()
{
    ReviewResult r;
    r.year = 2025;
    ReviewDocuments::Options options;
    options.issuer = u"UBND Phường Phước Bình"_s;
    const QString html = ReviewDocuments::eligibilityHtml(r, options);
    QVERIFY(html.contains(u"UBND PHƯỜNG PHƯỚC BÌNH"_s));
    QVERIFY(html.contains(u"Nobody is evaluated in the year."_s));
    QVERIFY(html.contains(u"2025"_s));
}

void TestReviewDocuments::pdf()
{
    QString error;
    const QByteArray pdf = ReviewDocuments::eligibility(sample(), {QDate(2026, 12, 21), {}, {}}, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QVERIFY(pdf.startsWith("%PDF"));
}

void TestReviewDocuments::json()
{
    const QJsonObject o = QJsonDocument::fromJson(ReviewExport::toJson(sample())).object();
    QCOMPARE(o.value(u"year"_s).toInt(), 2026);
    QVERIFY(o.value(u"unit"_s).isNull());
    QCOMPARE(o.value(u"closed"_s).toBool(), false);
    QCOMPARE(o.value(u"settings"_s).toObject().value(u"collective_threshold"_s).toDouble(), 0.5);
    QVERIFY(o.value(u"settings"_s).toObject().value(u"cstdcs_cap"_s).isNull());
    const QJsonObject unit = o.value(u"units"_s).toArray().at(0).toObject();
    QCOMPARE(unit.value(u"rated"_s).toInt(), 4);
    QCOMPARE(unit.value(u"lao_dong_tien_tien"_s).toInt(), 2);
    QCOMPARE(unit.value(u"tap_the_lao_dong_tien_tien_members_ok"_s).toBool(), false);
    QCOMPARE(unit.value(u"discipline"_s).toArray().at(0).toObject().value(u"effective_date"_s).toString(),
             u"2026-03-01"_s);
    const QJsonArray people = o.value(u"people"_s).toArray();
    QCOMPARE(people.size(), 4);
    const QJsonObject anh = people.at(0).toObject();
    QCOMPARE(anh.value(u"chien_si_thi_dua_co_so"_s).toBool(), true);
    const QJsonObject d = anh.value(u"decisions"_s).toArray().at(0).toObject();
    QCOMPARE(d.value(u"votes_for"_s).toInt(), 7);
    QCOMPARE(d.value(u"decision_date"_s).toString(), u"2026-12-20"_s);
    const QJsonObject dung = people.at(3).toObject();
    QCOMPARE(dung.value(u"lao_dong_tien_tien"_s).toBool(), true);
    QCOMPARE(dung.value(u"warnings"_s).toArray(), QJsonArray{u"discipline_period_runs_into_year"_s});
    bool found = false;
    for (const auto &v : dung.value(u"reasons"_s).toObject().value(u"lao_dong_tien_tien"_s).toArray()) {
        const QJsonObject reason = v.toObject();
        if (reason.value(u"code"_s) == u"discipline_period_runs_into_year"_s) {
            found = true;
            QCOMPARE(reason.value(u"kind"_s).toString(), u"warning"_s);
            QVERIFY(reason.value(u"basis"_s).toString().contains(u"152/2025"_s));
        }
    }
    QVERIFY(found);
}

void TestReviewDocuments::text()
{
    const QString text = ReviewExport::toText(sample());
    QVERIFY(text.contains(u"Phường Phước Bình"_s));
    QVERIFY(text.contains(u"Nguyễn Văn Ánh"_s));
    QVERIFY(text.contains(u"LĐTT, CSTĐCS"_s));
    QVERIFY(text.contains(u"Discipline to note: T003"_s));
}

QTEST_MAIN(TestReviewDocuments)
#include "tst_reviewdocuments.moc"
