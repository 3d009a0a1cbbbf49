// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/trainingcourse.h"
#include "domain/trainingneed.h"
#include "domain/trainingplan.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

StandardRequirement minLevel(const QString &key, const QString &minimum, const QString &difficult = {})
{
    StandardRequirement r;
    r.key = key;
    r.minimum = minimum;
    r.minimumDifficult = difficult;
    r.basis = u"Nghị định 33/2023/NĐ-CP"_s;
    return r;
}

StandardRequirement fieldMatch(const QString &keyword)
{
    StandardRequirement r;
    r.key = u"professional_field"_s;
    r.kind = StandardRequirement::Kind::FieldMatch;
    r.fieldKeywords = {keyword};
    r.basis = u"Luật Hộ tịch 2014, Điều 72"_s;
    return r;
}

TitleStandard standard(const QString &position, std::vector<StandardRequirement> requirements)
{
    TitleStandard s;
    s.position = position;
    s.validFrom = QDate(2023, 8, 1);
    s.instrument = u"Nghị định 33/2023/NĐ-CP"_s;
    s.deadline = QDate(2028, 8, 1);
    s.requirements = std::move(requirements);
    return s;
}

/** The shipped ND 33/2023 standards the rows use (a subset of assets/standards). */
StandardCatalogue nd33()
{
    return StandardCatalogue({
        standard(u"chu_tich_ubnd"_s, {minLevel(u"general_education"_s, u"thpt"_s), minLevel(u"professional_level"_s, u"dai_hoc"_s),
                                      minLevel(u"political_theory"_s, u"trung_cap"_s)}),
        standard(u"van_hoa_xa_hoi"_s, {minLevel(u"general_education"_s, u"thpt"_s),
                                       minLevel(u"professional_level"_s, u"dai_hoc"_s, u"trung_cap"_s)}),
        standard(u"tu_phap_ho_tich"_s, {minLevel(u"general_education"_s, u"thpt"_s),
                                        minLevel(u"professional_level"_s, u"trung_cap"_s), fieldMatch(u"luật"_s)}),
        standard(u"chi_huy_truong_quan_su"_s, {minLevel(u"professional_level"_s, u"trung_cap"_s), fieldMatch(u"quân sự"_s)}),
    });
}

TrainingCourse course(const QString &code, const QString &kind, qint64 cost, std::vector<CourseValue> grants,
                      std::vector<CourseValue> prerequisites = {}, QStringList positions = {})
{
    TrainingCourse c;
    c.code = code;
    c.kind = kind;
    c.nameVi = code;
    c.duration = 12;
    c.durationUnit = u"month"_s;
    c.cost = cost;
    c.grants = std::move(grants);
    c.prerequisites = std::move(prerequisites);
    c.positions = std::move(positions);
    return c;
}

/** A small hand-made catalogue (costs chosen so that the order is visible). */
std::vector<TrainingCourse> catalogue()
{
    const CourseValue needsDegree{u"professional_level"_s, u"dai_hoc"_s};
    const CourseValue needsThpt{u"general_education"_s, u"thpt"_s};
    TrainingCourse retired = course(u"llct_trung_cap_cu"_s, u"political_theory"_s, 1, {{u"political_theory"_s, u"trung_cap"_s}});
    retired.active = false;
    return {
        course(u"llct_so_cap"_s, u"political_theory"_s, 3, {{u"political_theory"_s, u"so_cap"_s}}),
        course(u"llct_cao_cap"_s, u"political_theory"_s, 28, {{u"political_theory"_s, u"cao_cap"_s}}, {needsDegree}),
        course(u"llct_trung_cap"_s, u"political_theory"_s, 12, {{u"political_theory"_s, u"trung_cap"_s}}, {needsThpt}),
        retired,
        course(u"qlnn_chuyen_vien"_s, u"state_management"_s, 4, {{u"state_management"_s, u"chuyen_vien"_s}}),
        course(u"trung_cap_luat"_s, u"degree"_s, 12, {{u"professional_level"_s, u"trung_cap"_s}, {u"professional_field"_s, u"Luật"_s}}),
        course(u"dai_hoc_luat"_s, u"degree"_s, 45, {{u"professional_level"_s, u"dai_hoc"_s}, {u"professional_field"_s, u"Luật"_s}},
               {needsThpt}),
        course(u"dai_hoc_qlnn"_s, u"degree"_s, 42, {{u"professional_level"_s, u"dai_hoc"_s}, {u"professional_field"_s, u"Quản lý nhà nước"_s}},
               {needsThpt}),
        course(u"thac_si_qlc"_s, u"degree"_s, 70, {{u"professional_level"_s, u"thac_si"_s}}, {needsDegree}),
        course(u"trung_cap_qscs"_s, u"degree"_s, 0, {{u"professional_level"_s, u"trung_cap"_s}, {u"professional_field"_s, u"Quân sự cơ sở"_s}},
               {}, {u"chi_huy_truong_quan_su"_s}),
        course(u"tin_hoc"_s, u"it"_s, 1, {{u"it_skill"_s, u"Chứng chỉ ứng dụng CNTT cơ bản"_s}}),
        course(u"lanh_dao"_s, u"leadership"_s, 3, {}),
    };
}

/** A commune person meeting every requirement above unless a row changes it. */
StaffMember member(const QString &position)
{
    StaffMember m;
    m.code = u"P1"_s;
    m.fullName = u"Người Thử"_s;
    m.category = u"cc_xa"_s;
    m.position = position;
    m.generalEducation = u"thpt"_s;
    m.professionalLevel = u"dai_hoc"_s;
    m.professionalField = position == "chi_huy_truong_quan_su"_L1 ? u"Quân sự cơ sở"_s : u"Luật"_s;
    m.politicalTheory = u"trung_cap"_s;
    m.stateManagement = u"chuyen_vien"_s;
    return m;
}

/** "key=level:course,course|barred,barred" per need, joined by "; ". */
QString describe(const std::vector<TrainingNeed> &needs)
{
    QStringList out;
    for (const TrainingNeed &n : needs) {
        QString s = n.requirementKey + u'=' + (n.level.isEmpty() ? n.fieldKeywords.join(u'/') : n.level) + u':'
            + n.courses.join(u',');
        if (!n.barredCourses.isEmpty())
            s += u'|' + n.barredCourses.join(u',');
        out << s;
    }
    return out.join(u"; "_s);
}

} // namespace

/**
 * TrainingNeeds and TrainingCourse (issue 6 item 1–2; LEGAL-RULES.md §4–5): needs are the gaps of the
 * qualification rule (ND 33/2023), each with the standard's deadline and the courses that close it, best
 * first; a gap no course closes is reported as such. Hand-made people against a hand-made catalogue.
 */
class TestTrainingNeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void needs_data();
    void needs();
    void needCarriesTheStandardsTerms();
    void appliedToNeverLowersALevel();
    void admitsAndOfferedTo();
    void endFrom();
    void validator_data();
    void validator();
    void parseRefusesBadFiles_data();
    void parseRefusesBadFiles();
    void shippedCatalogue();
    void enrolmentStatuses();
};

void TestTrainingNeed::needs_data()
{
    QTest::addColumn<StaffMember>("person");
    QTest::addColumn<bool>("difficultArea");
    QTest::addColumn<QString>("expected");

    StaffMember m = member(u"chu_tich_ubnd"_s);
    QTest::newRow("ND 33 Art 8: qualified, no need") << m << false << QString();

    m = member(u"chu_tich_ubnd"_s);
    m.politicalTheory = u"so_cap"_s;
    QTest::newRow("ND 33 Art 8: LLCT so cap → trung cap first, cao cap next; retired course left out")
        << m << false << u"political_theory=trung_cap:llct_trung_cap,llct_cao_cap"_s;

    m = member(u"chu_tich_ubnd"_s);
    m.politicalTheory.clear();
    m.professionalLevel = u"trung_cap"_s;
    QTest::newRow("ND 33 Art 8: no degree, LLCT not known → degrees; cao cap barred without a degree")
        << m << false
        << u"professional_level=dai_hoc:dai_hoc_qlnn,dai_hoc_luat|thac_si_qlc; "
           "political_theory=trung_cap:llct_trung_cap|llct_cao_cap"_s;

    m = member(u"chu_tich_ubnd"_s);
    m.generalEducation = u"thcs"_s;
    QTest::newRow("ND 33 Art 8: general education is schooling, no course closes it")
        << m << false << u"general_education=thpt:"_s;

    m = member(u"chu_tich_ubnd"_s);
    m.generalEducation = u"thcs"_s;
    m.politicalTheory = u"so_cap"_s;
    QTest::newRow("ND 33 Art 8: without upper secondary the trung cap LLCT course is barred, cao cap asks a degree only")
        << m << false << u"general_education=thpt:; political_theory=trung_cap:llct_cao_cap|llct_trung_cap"_s;

    m = member(u"van_hoa_xa_hoi"_s);
    m.professionalLevel = u"cao_dang"_s;
    QTest::newRow("ND 33 Art 10: college → university programmes, cheapest first; master barred")
        << m << false << u"professional_level=dai_hoc:dai_hoc_qlnn,dai_hoc_luat|thac_si_qlc"_s;

    m = member(u"van_hoa_xa_hoi"_s);
    m.professionalLevel = u"so_cap"_s;
    QTest::newRow("ND 33 Art 10, difficult area: trung cap is enough, lowest level first")
        << m << true << u"professional_level=trung_cap:trung_cap_luat,dai_hoc_qlnn,dai_hoc_luat|thac_si_qlc"_s;

    m = member(u"tu_phap_ho_tich"_s);
    m.professionalField = u"Kinh tế"_s;
    QTest::newRow("Luật Hộ tịch 2014 Art 72: field not law → law programmes only")
        << m << false << u"professional_field=luật:trung_cap_luat,dai_hoc_luat"_s;

    m = member(u"chi_huy_truong_quan_su"_s);
    m.professionalLevel = u"none"_s;
    m.professionalField.clear();
    QTest::newRow("Luật DQTV 2019 Art 26: the military course is for the commander")
        << m << false
        << u"professional_level=trung_cap:trung_cap_qscs,trung_cap_luat,dai_hoc_qlnn,dai_hoc_luat|thac_si_qlc; "
           "professional_field=quân sự:trung_cap_qscs"_s;

    m = member(u"van_hoa_xa_hoi"_s);
    m.professionalLevel = u"trung_cap"_s;
    QTest::newRow("ND 33 Art 10: a course meant for another title is not offered")
        << m << false << u"professional_level=dai_hoc:dai_hoc_qlnn,dai_hoc_luat|thac_si_qlc"_s;

    m = member(u"bi_thu"_s);
    m.professionalLevel.clear();
    QTest::newRow("no standard in force for the title: no need") << m << false << QString();
}

void TestTrainingNeed::needs()
{
    QFETCH(StaffMember, person);
    QFETCH(bool, difficultArea);
    QFETCH(QString, expected);
    const StandardCatalogue standards = nd33();
    const TitleStandard *s = standards.inForce(person.position, QDate(2026, 3, 15));
    const std::vector<TrainingNeed> needs = TrainingNeeds::derive(person, s, difficultArea, true, catalogue());
    QCOMPARE(describe(needs), expected);
    for (const TrainingNeed &n : needs) {
        QCOMPARE(n.deadline, QDate(2028, 8, 1));
        QCOMPARE(n.closable(), !n.courses.isEmpty());
    }
    // The same gaps as the qualification rule, in the same order.
    const QualificationResult r = QualificationRule::evaluate(person, s, difficultArea, true);
    QStringList keys;
    for (const TrainingNeed &n : needs)
        keys << n.requirementKey;
    QCOMPARE(keys, r.gaps);
}

void TestTrainingNeed::needCarriesTheStandardsTerms()
{
    StaffMember m = member(u"van_hoa_xa_hoi"_s);
    m.professionalLevel = u"so_cap"_s;
    const StandardCatalogue standards = nd33();
    const TitleStandard *s = standards.inForce(m.position, QDate(2026, 3, 15));
    // The province setting off: the university level applies in a difficult area too (ND 33 Art 10).
    std::vector<TrainingNeed> needs = TrainingNeeds::derive(m, s, true, false, catalogue());
    QCOMPARE(needs.size(), size_t(1));
    const TrainingNeed &n = needs.front();
    QCOMPARE(n.requirementKey, u"professional_level"_s);
    QCOMPARE(n.requirementKind, StandardRequirement::Kind::MinLevel);
    QCOMPARE(n.level, u"dai_hoc"_s);
    QCOMPARE(n.kind, u"degree"_s);
    QCOMPARE(n.basis, u"Nghị định 33/2023/NĐ-CP"_s);
    QCOMPARE(n.expected, u"University or higher"_s);
    QCOMPARE(n.actual, u"Elementary"_s);
    QCOMPARE(n.courses, (QStringList{u"dai_hoc_qlnn"_s, u"dai_hoc_luat"_s}));

    m = member(u"tu_phap_ho_tich"_s);
    m.professionalField.clear();
    needs = TrainingNeeds::derive(m, standards.inForce(m.position, QDate(2026, 3, 15)), false, true, catalogue());
    QCOMPARE(needs.size(), size_t(1));
    QCOMPARE(needs.front().requirementKind, StandardRequirement::Kind::FieldMatch);
    QCOMPARE(needs.front().level, QString());
    QCOMPARE(needs.front().fieldKeywords, QStringList{u"luật"_s});
    QCOMPARE(needs.front().actual, u"not known"_s);

    // A Known requirement (TT 13/2019: an IT certificate on record) is closed by the IT course.
    StandardRequirement it;
    it.key = u"it_skill"_s;
    it.kind = StandardRequirement::Kind::Known;
    TitleStandard old = standard(u"van_hoa_xa_hoi"_s, {it});
    old.deadline = {};
    m = member(u"van_hoa_xa_hoi"_s);
    m.itSkill = u"Không"_s;
    needs = TrainingNeeds::derive(m, &old, false, true, catalogue());
    QCOMPARE(describe(needs), u"it_skill=:tin_hoc"_s);
    QCOMPARE(needs.front().kind, u"it"_s);
    QVERIFY(!needs.front().deadline.isValid());
}

void TestTrainingNeed::appliedToNeverLowersALevel()
{
    const std::vector<TrainingCourse> courses = catalogue();
    auto find = [&](const QString &code) {
        return *std::find_if(courses.cbegin(), courses.cend(), [&](const TrainingCourse &c) { return c.code == code; });
    };
    StaffMember m = member(u"chu_tich_ubnd"_s);
    m.politicalTheory = u"cao_cap"_s;
    QCOMPARE(find(u"llct_trung_cap"_s).appliedTo(m).politicalTheory, u"cao_cap"_s);
    m.politicalTheory = u"so_cap"_s;
    QCOMPARE(find(u"llct_trung_cap"_s).appliedTo(m).politicalTheory, u"trung_cap"_s);
    m.politicalTheory.clear();
    QCOMPARE(find(u"llct_so_cap"_s).appliedTo(m).politicalTheory, u"so_cap"_s);
    // Both grants of a degree: level and field; the rest of the record untouched.
    m.professionalLevel = u"cao_dang"_s;
    m.professionalField = u"Kinh tế"_s;
    const StaffMember after = find(u"dai_hoc_luat"_s).appliedTo(m);
    QCOMPARE(after.professionalLevel, u"dai_hoc"_s);
    // The field already held stays beside the new one: a degree never takes a qualification away.
    QCOMPARE(after.professionalField, u"Kinh tế; Luật"_s);
    QCOMPARE(after.generalEducation, m.generalEducation);
    // The same field again (trung cấp Luật, then đại học Luật): written once.
    m.professionalField = u"luật"_s;
    QCOMPARE(find(u"dai_hoc_luat"_s).appliedTo(m).professionalField, u"luật"_s);
    // A tư pháp - hộ tịch officer qualified with trung cấp Luật (ND 33/2023 Art 10) stays qualified after an
    // unrelated degree: the Luật field is still on record.
    StaffMember clerk = member(u"tu_phap_ho_tich"_s);
    clerk.professionalLevel = u"trung_cap"_s;
    clerk.professionalField = u"Luật"_s;
    const StaffMember later = find(u"dai_hoc_qlnn"_s).appliedTo(clerk);
    QCOMPARE(later.professionalLevel, u"dai_hoc"_s);
    QCOMPARE(later.professionalField, u"Luật; Quản lý nhà nước"_s);
    // A course with no grant changes nothing.
    QCOMPARE(find(u"lanh_dao"_s).appliedTo(m), m);
}

void TestTrainingNeed::admitsAndOfferedTo()
{
    const TrainingCourse master = course(u"ths"_s, u"degree"_s, 1, {{u"professional_level"_s, u"thac_si"_s}},
                                         {{u"professional_level"_s, u"dai_hoc"_s}, {u"it_skill"_s, u"x"_s}});
    StaffMember m = member(u"van_hoa_xa_hoi"_s);
    m.itSkill = u"Tin học văn phòng"_s;
    QVERIFY(master.admits(m));
    m.professionalLevel = u"thac_si"_s; // higher than asked is enough
    QVERIFY(master.admits(m));
    m.professionalLevel = u"cao_dang"_s;
    QVERIFY(!master.admits(m));
    m.professionalLevel = u"dai_hoc"_s;
    m.itSkill = u"Không"_s; // a Known prerequisite: "none" written is not a certificate
    QVERIFY(!master.admits(m));
    QVERIFY(master.offeredTo(m));
    const TrainingCourse military = course(u"qs"_s, u"degree"_s, 0, {}, {}, {u"chi_huy_truong_quan_su"_s});
    QVERIFY(!military.offeredTo(m));
    QVERIFY(military.offeredTo(member(u"chi_huy_truong_quan_su"_s)));
}

void TestTrainingNeed::endFrom()
{
    TrainingCourse c = course(u"c"_s, u"it"_s, 0, {});
    QCOMPARE(c.endFrom(QDate(2027, 1, 31)), QDate(2028, 1, 31)); // 12 months
    c.duration = 30;
    c.durationUnit = u"day"_s;
    QCOMPARE(c.endFrom(QDate(2027, 3, 1)), QDate(2027, 3, 31));
    QVERIFY(!c.endFrom(QDate()).isValid());
}

void TestTrainingNeed::validator_data()
{
    QTest::addColumn<TrainingCourse>("input");
    QTest::addColumn<QStringList>("fields");

    const TrainingCourse good = course(u"llct_trung_cap"_s, u"political_theory"_s, 12000000,
                                       {{u"political_theory"_s, u"trung_cap"_s}}, {{u"general_education"_s, u"thpt"_s}});
    QTest::newRow("valid") << good << QStringList{};
    TrainingCourse c = good;
    c.code = u"Bad Code"_s;
    c.kind = u"tap_huan"_s;
    c.nameVi = u"  "_s;
    QTest::newRow("code, kind, name") << c << QStringList{u"code"_s, u"kind"_s, u"name_vi"_s};
    c = good;
    c.duration = 0;
    c.durationUnit = u"week"_s;
    c.cost = -1;
    QTest::newRow("duration, unit, cost") << c << QStringList{u"duration"_s, u"duration_unit"_s, u"cost"_s};
    c = good;
    c.grants = {{u"political_theory"_s, u"trung cấp"_s}, {u"salary"_s, u"x"_s}, {u"it_skill"_s, u" "_s}};
    QTest::newRow("grants: level code, unknown key, empty text") << c << QStringList{u"grants"_s, u"grants"_s, u"grants"_s};
    c = good;
    c.prerequisites = {{u"general_education"_s, u"thpt"_s}, {u"general_education"_s, u"thcs"_s}};
    c.positions = {u""_s};
    QTest::newRow("prerequisite twice, empty position") << c << QStringList{u"positions"_s, u"prerequisites"_s};
}

void TestTrainingNeed::validator()
{
    QFETCH(TrainingCourse, input);
    QFETCH(QStringList, fields);
    QStringList got;
    for (const FieldError &e : TrainingCourseValidator::validate(input)) {
        got << e.field;
        QVERIFY(!e.message.isEmpty());
    }
    QCOMPARE(got, fields);
}

void TestTrainingNeed::parseRefusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("not JSON") << QByteArray("{") << u"not JSON"_s;
    QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "courses": []})") << u"not a training catalogue"_s;
    QTest::newRow("no course") << QByteArray(R"({"format": "congvu-training-catalogue", "courses": []})")
                               << u"no course"_s;
    QTest::newRow("bad level")
        << QByteArray(R"({"format": "congvu-training-catalogue", "courses": [{"code": "a", "kind": "it", "name_vi": "A",
            "duration": 1, "grants": [{"key": "political_theory", "value": "x"}]}]})")
        << u"course a (entry 1): grants"_s;
    QTest::newRow("code twice")
        << QByteArray(R"({"format": "congvu-training-catalogue", "courses": [{"code": "a", "kind": "it", "name_vi": "A",
            "duration": 1}, {"code": "a", "kind": "it", "name_vi": "B", "duration": 1}]})")
        << u"used twice"_s;
}

void TestTrainingNeed::parseRefusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    std::vector<TrainingCourse> out{course(u"kept"_s, u"it"_s, 0, {})};
    QString error;
    QVERIFY(!TrainingCatalogueJson::parse(bytes, &out, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QCOMPARE(out.size(), size_t(1)); // untouched
}

void TestTrainingNeed::shippedCatalogue()
{
    QFile f(QStringLiteral(CONGVU_SOURCE_DIR "/assets/training/catalogue.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    std::vector<TrainingCourse> courses;
    QString error;
    QVERIFY2(TrainingCatalogueJson::parse(f.readAll(), &courses, &error), qPrintable(error));
    // Every kind of ND 101/2017 Art. 17 (as amended) and the others of issue 6 is offered.
    QSet<QString> kinds;
    for (const TrainingCourse &c : courses) {
        kinds.insert(c.kind);
        QVERIFY2(!c.nameEn.isEmpty() && !c.provider.isEmpty() && !c.basis.isEmpty(), qPrintable(c.code));
        QCOMPARE(c.origin, u"shipped"_s);
        // The JSON snapshot reads back the same.
        std::vector<TrainingCourse> again;
        const QByteArray file = R"({"format": "congvu-training-catalogue", "courses": [)"
            + TrainingCatalogueJson::toCompactJson(c).toUtf8() + "]}";
        QVERIFY(TrainingCatalogueJson::parse(file, &again, &error));
        again.front().ordinal = c.ordinal;
        QCOMPARE(again.front(), c);
    }
    for (const QString &k : TrainingKinds::table().codes())
        QVERIFY2(kinds.contains(k), qPrintable(k));
    QCOMPARE(courses.front().code, u"llct_so_cap"_s);
    QCOMPARE(courses.front().ordinal, 1);

    // The shipped courses close the ND 33 gaps they are meant for.
    const StandardCatalogue standards = nd33();
    StaffMember m = member(u"chu_tich_ubnd"_s);
    m.politicalTheory = u"so_cap"_s;
    m.professionalLevel = u"cao_dang"_s;
    std::vector<TrainingNeed> needs =
        TrainingNeeds::derive(m, standards.inForce(m.position, QDate(2026, 3, 15)), false, true, courses);
    QCOMPARE(needs.size(), size_t(2));
    QCOMPARE(needs[0].courses.front(), u"dai_hoc_quan_ly_nha_nuoc"_s);
    QVERIFY(needs[0].barredCourses.contains(u"thac_si_quan_ly_cong"_s));
    QVERIFY(!needs[0].courses.contains(u"dai_hoc_quan_su_co_so"_s)); // meant for the military commander
    QCOMPARE(needs[1].courses, QStringList{u"llct_trung_cap"_s});
    QCOMPARE(needs[1].barredCourses, QStringList{u"llct_cao_cap"_s});
    m = member(u"chi_huy_truong_quan_su"_s);
    m.professionalField = u"Kinh tế"_s;
    needs = TrainingNeeds::derive(m, standards.inForce(m.position, QDate(2026, 3, 15)), false, true, courses);
    QCOMPARE(describe(needs), u"professional_field=quân sự:trung_cap_quan_su_co_so,dai_hoc_quan_su_co_so"_s);
}

void TestTrainingNeed::enrolmentStatuses()
{
    QCOMPARE(EnrolmentStatus::table().codes(),
             (QStringList{u"planned"_s, u"enrolled"_s, u"attending"_s, u"completed"_s, u"dropped"_s}));
    QCOMPARE(EnrolmentStatus::table().match(u"Đang học"_s), std::optional<QString>(u"attending"_s));
    QCOMPARE(TrainingKinds::table().match(u"QP-AN"_s), std::optional<QString>(u"defence_security"_s));
    QCOMPARE(TrainingKinds::forRequirement(u"professional_field"_s), u"degree"_s);
    QCOMPARE(TrainingKinds::forRequirement(u"general_education"_s), QString());
}

QTEST_GUILESS_MAIN(TestTrainingNeed)
#include "tst_trainingneed.moc"
