// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/codetable.h"
#include "domain/qualificationrule.h"
#include "domain/standardsjson.h"
#include "domain/titlestandard.h"
#include "testdatabase.h"

#include <QTest>

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(StaffMember)

namespace {

using Status = QualificationResult::Status;

/** Where the person works: outside a difficult area, in one with the province rule on, or off. */
enum class Area { Plain, Difficult, DifficultRuleOff };

// The instruments as the shipped file names them (assets/standards/commune-title-standards.json).
const QString kNd33 = u"Nghị định 33/2023/NĐ-CP"_s;
const QString kTt13 = u"Thông tư 13/2019/TT-BNV"_s;
const QString kTt04 = u"Thông tư 04/2022/TT-BNV"_s;
const QString kTt06 = u"Thông tư 06/2012/TT-BNV"_s;
const QString kTt87 = u"Thông tư 87/2011/TT-BQP"_s;
const QString kDqtv = u"Luật Dân quân tự vệ 2019"_s;
const QString kQd04 = u"Quyết định 04/2004/QĐ-BNV"_s;
const QString kNone; // no standard in force

const QDate kNd33Day(2024, 1, 1);   // ND 33/2023 in force (from 01/08/2023)
const QDate kTt04Day(2022, 12, 31); // TT 04/2022 for tu_phap_ho_tich (23/05/2022 – 31/07/2023)
const QDate kEarlyDay(2021, 6, 30); // TT 13/2019, Luật DQTV 2019, QĐ 04/2004
const QDate kTt06Day(2018, 6, 30);  // TT 06/2012, TT 87/2011, QĐ 04/2004
const QDate kNd33Deadline(2028, 8, 1);

/** One field changed from the qualified person: the staff-file key and the new value ("" = not known). */
struct Change
{
    const char *key;
    const char *value;
};

/**
 * A commune official who meets every standard ever shipped for their title: THPT, university,
 * trung cấp political theory, an IT certificate, and a field suited to the title. Each row of
 * the table then changes one or two fields.
 */
StaffMember person(const QString &position, std::initializer_list<Change> changes = {})
{
    StaffMember m;
    m.code = u"X-0001"_s;
    m.fullName = u"Nguyễn Văn Thử"_s;
    m.birthDate = QDate(1985, 3, 4);
    m.unitCode = u"W1"_s;
    m.category = CodeTables::communeCadreTitles().contains(position) ? u"cb_xa"_s : u"cc_xa"_s;
    m.position = position;
    m.startDate = QDate(2010, 1, 1);
    m.generalEducation = u"thpt"_s;
    m.professionalLevel = u"dai_hoc"_s;
    m.professionalField = position == "chi_huy_truong_quan_su"_L1 ? u"Quân sự cơ sở"_s
                        : position == "tu_phap_ho_tich"_L1       ? u"Luật"_s
                                                                 : u"Quản lý nhà nước"_s;
    m.politicalTheory = u"trung_cap"_s;
    m.stateManagement = u"chuyen_vien"_s;
    m.itSkill = u"Chứng chỉ ứng dụng CNTT cơ bản"_s;
    for (const Change &c : changes) {
        const QString key = QString::fromLatin1(c.key);
        const QString value = QString::fromUtf8(c.value);
        if (key == "general_education"_L1)
            m.generalEducation = value;
        else if (key == "professional_level"_L1)
            m.professionalLevel = value;
        else if (key == "professional_field"_L1)
            m.professionalField = value;
        else if (key == "political_theory"_L1)
            m.politicalTheory = value;
        else if (key == "it_skill"_L1)
            m.itSkill = value;
        else
            qFatal("no staff field %s in the rule table", c.key);
    }
    return m;
}

/** One row of the rule table: the person, where and when, and the expected outcome. */
void row(const char *name, const char *position, const QDate &date, std::initializer_list<Change> changes,
         Area area, Status status, const QStringList &gaps, const QString &instrument)
{
    const QString title = QString::fromLatin1(position);
    QTest::newRow(name) << title << date << person(title, changes) << int(area) << int(status) << gaps
                        << instrument;
}

const char *statusName(Status s)
{
    switch (s) {
    case Status::NoStandard:
        return "no standard";
    case Status::Qualified:
        return "qualified";
    case Status::NotQualified:
        return "not qualified";
    }
    return "?";
}

const QStringList kNoGap;
QStringList gap(const char *key)
{
    return {QString::fromLatin1(key)};
}

} // namespace

/**
 * THE rule table of the commune-level qualification rate (issue 3): the SHIPPED catalogue
 * (assets/standards/commune-title-standards.json, parsed as the database seeds it) picks the
 * standard in force on a date, and QualificationRule decides qualified / not qualified with
 * the gaps. Every row names the instrument and article it checks (STAFF-CSV.md "The standards
 * shipped"; LEGAL-RULES.md §4, P2.1–P2.2).
 */
class TestQualificationRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void rule_data();
    void rule();
    void secretariesPoliticalTheoryIsASuggestion_data();
    void secretariesPoliticalTheoryIsASuggestion();
    void deadline_data();
    void deadline();
    void outcomesSayWhatWasExpected();

    void shippedCatalogueHas34Standards();
    void everyTitleHasAnNd33Standard();
    void noTwoStandardsOfATitleOverlap();
    void everyRequirementIsWellFormed();

private:
    StandardCatalogue m_catalogue;
};

void TestQualificationRule::initTestCase()
{
    std::vector<TitleStandard> standards;
    QString error;
    const QByteArray bytes
        = TestSupport::readFile(QStringLiteral(CONGVU_SOURCE_DIR "/assets/standards/commune-title-standards.json"));
    QVERIFY2(StandardsJson::parse(bytes, &standards, &error), qPrintable(error));
    m_catalogue = StandardCatalogue(std::move(standards));
}

void TestQualificationRule::rule_data()
{
    QTest::addColumn<QString>("position");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<StaffMember>("member");
    QTest::addColumn<int>("area");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("gaps");
    QTest::addColumn<QString>("instrument"); // of the standard applied ("" = none in force)

    const auto P = Area::Plain;
    const auto D = Area::Difficult;
    const auto Off = Area::DifficultRuleOff;
    const auto Q = Status::Qualified;
    const auto N = Status::NotQualified;
    const auto None = Status::NoStandard;

    // ---- ND 33/2023 Art 8 cl 1: Bí thư, Phó Bí thư — THPT (b), đại học (c). The LLCT item is
    // UNSURE (P2.2): shipped disabled, so a person without political theory is still qualified.
    row("ND 33/2023 Art 8 cl 1: bi_thu qualified", "bi_thu", kNd33Day, {}, P, Q, kNoGap, kNd33);
    row("ND 33/2023 Art 8 cl 1 b: bi_thu thcs -> general_education", "bi_thu", kNd33Day,
        {{"general_education", "thcs"}}, P, N, gap("general_education"), kNd33);
    row("ND 33/2023 Art 8 cl 1 c: bi_thu cao_dang -> professional_level", "bi_thu", kNd33Day,
        {{"professional_level", "cao_dang"}}, P, N, gap("professional_level"), kNd33);
    row("ND 33/2023 Art 8 cl 1 (LLCT to verify): bi_thu no political theory -> qualified", "bi_thu", kNd33Day,
        {{"political_theory", "none"}}, P, Q, kNoGap, kNd33);
    row("ND 33/2023 Art 8 cl 1: pho_bi_thu qualified", "pho_bi_thu", kNd33Day, {}, P, Q, kNoGap, kNd33);
    row("ND 33/2023 Art 8 cl 1 b: pho_bi_thu thcs -> general_education", "pho_bi_thu", kNd33Day,
        {{"general_education", "thcs"}}, P, N, gap("general_education"), kNd33);
    row("ND 33/2023 Art 8 cl 1 c: pho_bi_thu trung_cap -> professional_level", "pho_bi_thu", kNd33Day,
        {{"professional_level", "trung_cap"}}, P, N, gap("professional_level"), kNd33);
    row("ND 33/2023 Art 8 cl 1 (LLCT to verify): pho_bi_thu so_cap political theory -> qualified", "pho_bi_thu",
        kNd33Day, {{"political_theory", "so_cap"}}, P, Q, kNoGap, kNd33);

    // ---- ND 33/2023 Art 8: Chủ tịch, Phó Chủ tịch HĐND and UBND — THPT, đại học, LLCT ≥ trung cấp.
    // Đại học is not lowered in a difficult area for cán bộ (Art 10's lower level is for công chức).
    for (const char *title : {"chu_tich_hdnd", "pho_chu_tich_hdnd", "chu_tich_ubnd", "pho_chu_tich_ubnd"}) {
        const QByteArray t(title);
        const auto name = [&](const char *what) { return QByteArray("ND 33/2023 Art 8: " + t + " " + what); };
        row(name("qualified").constData(), title, kNd33Day, {}, P, Q, kNoGap, kNd33);
        row(name("thcs -> general_education").constData(), title, kNd33Day, {{"general_education", "thcs"}}, P, N,
            gap("general_education"), kNd33);
        row(name("cao_dang -> professional_level").constData(), title, kNd33Day, {{"professional_level", "cao_dang"}},
            P, N, gap("professional_level"), kNd33);
        row(name("trung_cap in a difficult area -> professional_level").constData(), title, kNd33Day,
            {{"professional_level", "trung_cap"}}, D, N, gap("professional_level"), kNd33);
        row(name("so_cap political theory -> political_theory").constData(), title, kNd33Day,
            {{"political_theory", "so_cap"}}, P, N, gap("political_theory"), kNd33);
        row(name("cao_cap political theory (above trung_cap) -> qualified").constData(), title, kNd33Day,
            {{"political_theory", "cao_cap"}}, P, Q, kNoGap, kNd33);
        row(name("cu_nhan political theory (above trung_cap) -> qualified").constData(), title, kNd33Day,
            {{"political_theory", "cu_nhan"}}, P, Q, kNoGap, kNd33);
    }

    // ---- ND 33/2023 Art 8 cl 2: chairs of MTTQ, Đoàn, Phụ nữ, Nông dân, CCB — THPT (b), đại học (c),
    // LLCT ≥ trung cấp (d).
    for (const char *title : {"chu_tich_mttq", "bi_thu_doan", "chu_tich_phu_nu", "chu_tich_nong_dan", "chu_tich_ccb"}) {
        const QByteArray t(title);
        const auto name = [&](const char *what) { return QByteArray("ND 33/2023 Art 8 cl 2: " + t + " " + what); };
        row(name("qualified").constData(), title, kNd33Day, {}, P, Q, kNoGap, kNd33);
        row(name("thcs -> general_education (b)").constData(), title, kNd33Day, {{"general_education", "thcs"}}, P, N,
            gap("general_education"), kNd33);
        row(name("cao_dang -> professional_level (c)").constData(), title, kNd33Day,
            {{"professional_level", "cao_dang"}}, P, N, gap("professional_level"), kNd33);
        row(name("so_cap political theory -> political_theory (d)").constData(), title, kNd33Day,
            {{"political_theory", "so_cap"}}, P, N, gap("political_theory"), kNd33);
        row(name("no political theory -> political_theory (d)").constData(), title, kNd33Day,
            {{"political_theory", "none"}}, P, N, gap("political_theory"), kNd33);
        row(name("cao_cap political theory -> qualified (d)").constData(), title, kNd33Day,
            {{"political_theory", "cao_cap"}}, P, Q, kNoGap, kNd33);
        row(name("cu_nhan political theory -> qualified (d)").constData(), title, kNd33Day,
            {{"political_theory", "cu_nhan"}}, P, Q, kNoGap, kNd33);
    }

    // ---- ND 33/2023 Art 10: the four specialist công chức — THPT, đại học; the province may lower it
    // to trung cấp in difficult areas (a setting, on by default). No political theory required.
    for (const char *title : {"van_phong_thong_ke", "dia_chinh", "tai_chinh_ke_toan", "van_hoa_xa_hoi"}) {
        const QByteArray t(title);
        const auto name = [&](const char *what) { return QByteArray("ND 33/2023 Art 10: " + t + " " + what); };
        row(name("qualified").constData(), title, kNd33Day, {}, P, Q, kNoGap, kNd33);
        row(name("thcs -> general_education").constData(), title, kNd33Day, {{"general_education", "thcs"}}, P, N,
            gap("general_education"), kNd33);
        row(name("cao_dang -> professional_level").constData(), title, kNd33Day, {{"professional_level", "cao_dang"}},
            P, N, gap("professional_level"), kNd33);
        row(name("no political theory -> qualified (not required)").constData(), title, kNd33Day,
            {{"political_theory", "none"}, {"it_skill", ""}}, P, Q, kNoGap, kNd33);
        row(name("trung_cap in a difficult area, rule on -> qualified").constData(), title, kNd33Day,
            {{"professional_level", "trung_cap"}}, D, Q, kNoGap, kNd33);
        row(name("trung_cap in a difficult area, rule off -> professional_level").constData(), title, kNd33Day,
            {{"professional_level", "trung_cap"}}, Off, N, gap("professional_level"), kNd33);
        row(name("trung_cap outside a difficult area -> professional_level").constData(), title, kNd33Day,
            {{"professional_level", "trung_cap"}}, P, N, gap("professional_level"), kNd33);
        row(name("so_cap in a difficult area -> professional_level").constData(), title, kNd33Day,
            {{"professional_level", "so_cap"}}, D, N, gap("professional_level"), kNd33);
    }

    // ---- ND 33/2023 Art 10; Luật Hộ tịch 2014 Art 72: Tư pháp – hộ tịch — THPT, trung cấp in law.
    // The field matches without case or diacritics ("luật" in "Luật kinh tế").
    row("ND 33/2023 Art 10: tu_phap_ho_tich dai_hoc Luat qualified", "tu_phap_ho_tich", kNd33Day, {}, P, Q, kNoGap,
        kNd33);
    row("ND 33/2023 Art 10 + Luat Ho tich Art 72: tu_phap_ho_tich trung_cap Luat -> qualified", "tu_phap_ho_tich",
        kNd33Day, {{"professional_level", "trung_cap"}}, P, Q, kNoGap, kNd33);
    row("ND 33/2023 Art 10: tu_phap_ho_tich thcs -> general_education", "tu_phap_ho_tich", kNd33Day,
        {{"general_education", "thcs"}}, P, N, gap("general_education"), kNd33);
    row("ND 33/2023 Art 10: tu_phap_ho_tich so_cap -> professional_level", "tu_phap_ho_tich", kNd33Day,
        {{"professional_level", "so_cap"}}, P, N, gap("professional_level"), kNd33);
    row("Luat Ho tich 2014 Art 72: tu_phap_ho_tich field 'Luat kinh te' -> qualified", "tu_phap_ho_tich", kNd33Day,
        {{"professional_field", "Luật kinh tế"}}, P, Q, kNoGap, kNd33);
    row("Luat Ho tich 2014 Art 72: tu_phap_ho_tich field 'LUAT' (capitals) -> qualified", "tu_phap_ho_tich",
        kNd33Day, {{"professional_field", "LUẬT"}}, P, Q, kNoGap, kNd33);
    row("Luat Ho tich 2014 Art 72: tu_phap_ho_tich field 'luat' without diacritics -> qualified", "tu_phap_ho_tich",
        kNd33Day, {{"professional_field", "luat"}}, P, Q, kNoGap, kNd33);
    {
        // "Luật hình sự" stored with combining marks (NFD), as some spreadsheets write it.
        StaffMember m = person(u"tu_phap_ho_tich"_s);
        m.professionalField = u"Luật hình sự"_s.normalized(QString::NormalizationForm_D);
        QTest::newRow("Luat Ho tich 2014 Art 72: tu_phap_ho_tich field 'Luat hinh su' in NFD -> qualified")
            << u"tu_phap_ho_tich"_s << kNd33Day << m << int(P) << int(Q) << kNoGap << kNd33;
    }
    row("Luat Ho tich 2014 Art 72: tu_phap_ho_tich field 'Kinh te' -> professional_field", "tu_phap_ho_tich",
        kNd33Day, {{"professional_field", "Kinh tế"}}, P, N, gap("professional_field"), kNd33);
    row("Luat Ho tich 2014 Art 72: tu_phap_ho_tich trung_cap 'Kinh te' -> professional_field only",
        "tu_phap_ho_tich", kNd33Day, {{"professional_level", "trung_cap"}, {"professional_field", "Kinh tế"}}, P, N,
        gap("professional_field"), kNd33);
    row("ND 33/2023 Art 10: tu_phap_ho_tich so_cap 'Kinh te' -> both gaps, in the standard's order",
        "tu_phap_ho_tich", kNd33Day, {{"professional_level", "so_cap"}, {"professional_field", "Kinh tế"}}, P, N,
        (QStringList{u"professional_level"_s, u"professional_field"_s}), kNd33);
    row("ND 33/2023 Art 10: tu_phap_ho_tich trung_cap in a difficult area -> qualified (nothing lower)",
        "tu_phap_ho_tich", kNd33Day, {{"professional_level", "trung_cap"}}, D, Q, kNoGap, kNd33);

    // ---- ND 33/2023 Art 10 cl 1 → Luật Dân quân tự vệ 2019 Art 26: Chỉ huy trưởng quân sự — trung cấp+
    // in "quân sự" (ngành quân sự cơ sở). No general-education requirement.
    row("ND 33/2023 Art 10 cl 1 + DQTV 2019 Art 26: chi_huy_truong_quan_su trung_cap 'Quan su co so' -> qualified",
        "chi_huy_truong_quan_su", kNd33Day, {{"professional_level", "trung_cap"}}, P, Q, kNoGap, kNd33);
    row("DQTV 2019 Art 26: chi_huy_truong_quan_su field 'quan su' without diacritics -> qualified",
        "chi_huy_truong_quan_su", kNd33Day, {{"professional_field", "quan su"}}, P, Q, kNoGap, kNd33);
    row("DQTV 2019 Art 26: chi_huy_truong_quan_su field 'QUAN SU DIA PHUONG' -> qualified",
        "chi_huy_truong_quan_su", kNd33Day, {{"professional_field", "QUÂN SỰ ĐỊA PHƯƠNG"}}, P, Q, kNoGap, kNd33);
    row("DQTV 2019 Art 26: chi_huy_truong_quan_su empty field -> professional_field", "chi_huy_truong_quan_su",
        kNd33Day, {{"professional_field", ""}}, P, N, gap("professional_field"), kNd33);
    row("DQTV 2019 Art 26: chi_huy_truong_quan_su field 'Kinh te' -> professional_field", "chi_huy_truong_quan_su",
        kNd33Day, {{"professional_field", "Kinh tế"}}, P, N, gap("professional_field"), kNd33);
    row("DQTV 2019 Art 26: chi_huy_truong_quan_su so_cap -> professional_level", "chi_huy_truong_quan_su", kNd33Day,
        {{"professional_level", "so_cap"}}, P, N, gap("professional_level"), kNd33);
    row("ND 33/2023 Art 10 cl 1: chi_huy_truong_quan_su thcs -> qualified (no general-education rule)",
        "chi_huy_truong_quan_su", kNd33Day, {{"general_education", "thcs"}}, P, Q, kNoGap, kNd33);

    // ---- Unknown values are gaps (STAFF-CSV.md: "A requirement whose value is not known is not met").
    row("unknown (ND 33/2023 Art 8): chu_tich_ubnd empty professional_level -> professional_level", "chu_tich_ubnd",
        kNd33Day, {{"professional_level", ""}}, P, N, gap("professional_level"), kNd33);
    row("unknown (ND 33/2023 Art 8): chu_tich_ubnd empty general_education -> general_education", "chu_tich_ubnd",
        kNd33Day, {{"general_education", ""}}, P, N, gap("general_education"), kNd33);
    row("unknown (ND 33/2023 Art 8): chu_tich_ubnd empty political_theory -> political_theory", "chu_tich_ubnd",
        kNd33Day, {{"political_theory", ""}}, P, N, gap("political_theory"), kNd33);
    row("unknown (ND 33/2023 Art 8): chu_tich_ubnd nothing known -> every gap, in the standard's order",
        "chu_tich_ubnd", kNd33Day, {{"general_education", ""}, {"professional_level", ""}, {"political_theory", ""}}, P,
        N, (QStringList{u"general_education"_s, u"professional_level"_s, u"political_theory"_s}), kNd33);
    row("unknown (ND 33/2023 Art 10): dia_chinh blank professional_level in a difficult area -> professional_level",
        "dia_chinh", kNd33Day, {{"professional_level", "  "}}, D, N, gap("professional_level"), kNd33);
    row("unknown (ND 33/2023 Art 10): dia_chinh a level that is not a code -> professional_level", "dia_chinh",
        kNd33Day, {{"professional_level", "Đại học"}}, P, N, gap("professional_level"), kNd33);
    row("unknown (Luat Ho tich Art 72): tu_phap_ho_tich empty field -> professional_field", "tu_phap_ho_tich",
        kNd33Day, {{"professional_field", ""}}, P, N, gap("professional_field"), kNd33);

    // ---- TT 06/2012/TT-BNV Art 2 cl 1 (until 24/12/2019): the five specialists need trung cấp only —
    // no THPT, IT or field requirement.
    for (const char *title : {"van_phong_thong_ke", "dia_chinh", "tai_chinh_ke_toan", "tu_phap_ho_tich", "van_hoa_xa_hoi"}) {
        const QByteArray t(title);
        const auto name = [&](const char *what) { return QByteArray("TT 06/2012 Art 2 cl 1: " + t + " " + what); };
        row(name("trung_cap, thcs, no IT, field 'Kinh te' -> qualified").constData(), title, kTt06Day,
            {{"professional_level", "trung_cap"}, {"general_education", "thcs"}, {"it_skill", ""},
             {"professional_field", "Kinh tế"}},
            P, Q, kNoGap, kTt06);
        row(name("so_cap -> professional_level").constData(), title, kTt06Day, {{"professional_level", "so_cap"}}, P, N,
            gap("professional_level"), kTt06);
    }
    row("TT 06/2012 Art 2 cl 1: van_phong_thong_ke so_cap in a difficult area -> professional_level (no lower level)",
        "van_phong_thong_ke", kTt06Day, {{"professional_level", "so_cap"}}, D, N, gap("professional_level"), kTt06);

    // ---- Boundary TT 06/2012 → TT 13/2019 (in force 25/12/2019).
    row("TT 06/2012 Art 2 cl 1 on 2019-12-24: van_phong_thong_ke trung_cap -> qualified", "van_phong_thong_ke",
        QDate(2019, 12, 24), {{"professional_level", "trung_cap"}}, P, Q, kNoGap, kTt06);
    row("TT 13/2019 Art 1 cl 1 on 2019-12-25: van_phong_thong_ke trung_cap -> professional_level",
        "van_phong_thong_ke", QDate(2019, 12, 25), {{"professional_level", "trung_cap"}}, P, N,
        gap("professional_level"), kTt13);
    row("TT 13/2019 Art 1 cl 1 on 2019-12-25: tu_phap_ho_tich no IT -> it_skill", "tu_phap_ho_tich",
        QDate(2019, 12, 25), {{"it_skill", ""}}, P, N, gap("it_skill"), kTt13);

    // ---- TT 13/2019/TT-BNV Art 1 cl 1 (25/12/2019 – 31/07/2023): THPT; đại học (trung cấp in a difficult
    // area); an IT certificate on record.
    for (const char *title : {"van_phong_thong_ke", "dia_chinh", "tai_chinh_ke_toan", "van_hoa_xa_hoi"}) {
        const QByteArray t(title);
        const auto name = [&](const char *what) { return QByteArray("TT 13/2019 Art 1 cl 1: " + t + " " + what); };
        row(name("dai_hoc with IT -> qualified").constData(), title, kEarlyDay, {}, P, Q, kNoGap, kTt13);
        row(name("no IT -> it_skill").constData(), title, kEarlyDay, {{"it_skill", ""}}, P, N, gap("it_skill"), kTt13);
        row(name("IT written \"Không\" -> it_skill").constData(), title, kEarlyDay, {{"it_skill", "Không"}}, P, N,
            gap("it_skill"), kTt13);
        row(name("IT written \"chưa có\" -> it_skill").constData(), title, kEarlyDay, {{"it_skill", "chưa có"}}, P, N,
            gap("it_skill"), kTt13);
        row(name("cao_dang -> professional_level").constData(), title, kEarlyDay, {{"professional_level", "cao_dang"}},
            P, N, gap("professional_level"), kTt13);
        row(name("thcs -> general_education").constData(), title, kEarlyDay, {{"general_education", "thcs"}}, P, N,
            gap("general_education"), kTt13);
        row(name("trung_cap in a difficult area -> qualified").constData(), title, kEarlyDay,
            {{"professional_level", "trung_cap"}}, D, Q, kNoGap, kTt13);
        row(name("trung_cap in a difficult area, rule off -> professional_level").constData(), title, kEarlyDay,
            {{"professional_level", "trung_cap"}}, Off, N, gap("professional_level"), kTt13);
    }
    // Before TT 04/2022, Tư pháp – hộ tịch is under TT 13/2019 like the others: đại học, no field rule.
    row("TT 13/2019 Art 1 cl 1: tu_phap_ho_tich trung_cap Luat -> professional_level", "tu_phap_ho_tich", kEarlyDay,
        {{"professional_level", "trung_cap"}}, P, N, gap("professional_level"), kTt13);
    row("TT 13/2019 Art 1 cl 1: tu_phap_ho_tich dai_hoc 'Kinh te' -> qualified (no field rule)", "tu_phap_ho_tich",
        kEarlyDay, {{"professional_field", "Kinh tế"}}, P, Q, kNoGap, kTt13);
    row("TT 13/2019 Art 1 cl 1: tu_phap_ho_tich trung_cap in a difficult area -> qualified", "tu_phap_ho_tich",
        kEarlyDay, {{"professional_level", "trung_cap"}}, D, Q, kNoGap, kTt13);
    row("TT 13/2019 Art 1 cl 1 on 2022-05-22: tu_phap_ho_tich trung_cap Luat -> professional_level",
        "tu_phap_ho_tich", QDate(2022, 5, 22), {{"professional_level", "trung_cap"}}, P, N, gap("professional_level"),
        kTt13);

    // ---- TT 04/2022/TT-BNV Art 1 (23/05/2022 – 31/07/2023) + Luật Hộ tịch 2014 Art 72: Tư pháp – hộ tịch
    // needs THPT, trung cấp in law and the IT certificate of TT 13/2019.
    row("TT 04/2022 Art 1 on 2022-05-23: tu_phap_ho_tich trung_cap Luat -> qualified", "tu_phap_ho_tich",
        QDate(2022, 5, 23), {{"professional_level", "trung_cap"}}, P, Q, kNoGap, kTt04);
    row("TT 04/2022 Art 1: tu_phap_ho_tich trung_cap Luat with IT -> qualified", "tu_phap_ho_tich", kTt04Day,
        {{"professional_level", "trung_cap"}}, P, Q, kNoGap, kTt04);
    row("TT 04/2022 Art 1 (TT 13/2019 IT): tu_phap_ho_tich no IT -> it_skill", "tu_phap_ho_tich", kTt04Day,
        {{"professional_level", "trung_cap"}, {"it_skill", ""}}, P, N, gap("it_skill"), kTt04);
    row("TT 04/2022 Art 1 + Luat Ho tich Art 72: tu_phap_ho_tich trung_cap 'Kinh te' -> professional_field",
        "tu_phap_ho_tich", kTt04Day, {{"professional_level", "trung_cap"}, {"professional_field", "Kinh tế"}}, P, N,
        gap("professional_field"), kTt04);
    row("TT 04/2022 Art 1: tu_phap_ho_tich thcs -> general_education", "tu_phap_ho_tich", kTt04Day,
        {{"general_education", "thcs"}}, P, N, gap("general_education"), kTt04);
    row("TT 04/2022 Art 1: tu_phap_ho_tich so_cap -> professional_level", "tu_phap_ho_tich", kTt04Day,
        {{"professional_level", "so_cap"}}, P, N, gap("professional_level"), kTt04);
    row("TT 04/2022 Art 1: tu_phap_ho_tich nothing known -> every gap, in the standard's order", "tu_phap_ho_tich",
        kTt04Day,
        {{"general_education", ""}, {"professional_level", ""}, {"professional_field", ""}, {"it_skill", ""}}, P, N,
        (QStringList{u"general_education"_s, u"professional_level"_s, u"professional_field"_s, u"it_skill"_s}), kTt04);

    // ---- Boundary 31/07/2023 → ND 33/2023 (in force 01/08/2023).
    row("TT 04/2022 on 2023-07-31: tu_phap_ho_tich no IT -> it_skill", "tu_phap_ho_tich", QDate(2023, 7, 31),
        {{"it_skill", ""}}, P, N, gap("it_skill"), kTt04);
    row("ND 33/2023 Art 10 on 2023-08-01: tu_phap_ho_tich no IT -> qualified", "tu_phap_ho_tich", QDate(2023, 8, 1),
        {{"it_skill", ""}}, P, Q, kNoGap, kNd33);
    row("TT 13/2019 on 2023-07-31: van_hoa_xa_hoi no IT -> it_skill", "van_hoa_xa_hoi", QDate(2023, 7, 31),
        {{"it_skill", ""}}, P, N, gap("it_skill"), kTt13);
    row("ND 33/2023 Art 10 on 2023-08-01: van_hoa_xa_hoi no IT -> qualified", "van_hoa_xa_hoi", QDate(2023, 8, 1),
        {{"it_skill", ""}}, P, Q, kNoGap, kNd33);
    row("QD 04/2004 Art 8 on 2023-07-31: chu_tich_ubnd trung_cap -> qualified", "chu_tich_ubnd", QDate(2023, 7, 31),
        {{"professional_level", "trung_cap"}}, P, Q, kNoGap, kQd04);
    row("ND 33/2023 Art 8 on 2023-08-01: chu_tich_ubnd trung_cap -> professional_level", "chu_tich_ubnd",
        QDate(2023, 8, 1), {{"professional_level", "trung_cap"}}, P, N, gap("professional_level"), kNd33);
    row("QD 04/2004 Art 5 on 2023-07-31: bi_thu no political theory -> political_theory", "bi_thu",
        QDate(2023, 7, 31), {{"political_theory", "none"}}, P, N, gap("political_theory"), kQd04);
    row("ND 33/2023 Art 8 cl 1 on 2023-08-01: bi_thu no political theory -> qualified (to verify)", "bi_thu",
        QDate(2023, 8, 1), {{"political_theory", "none"}}, P, Q, kNoGap, kNd33);
    row("Luat DQTV 2019 Art 26 on 2023-07-31: chi_huy_truong_quan_su 'Kinh te' -> professional_field",
        "chi_huy_truong_quan_su", QDate(2023, 7, 31), {{"professional_field", "Kinh tế"}}, P, N,
        gap("professional_field"), kDqtv);
    row("no standard before ND 33 on 2023-07-31: pho_chu_tich_ubnd", "pho_chu_tich_ubnd", QDate(2023, 7, 31), {}, P,
        None, kNoGap, kNone);
    row("ND 33/2023 Art 8 on 2023-08-01: pho_chu_tich_ubnd qualified", "pho_chu_tich_ubnd", QDate(2023, 8, 1), {}, P,
        Q, kNoGap, kNd33);

    // ---- TT 87/2011/TT-BQP Art 15 cl 1 (from 2011), then Luật Dân quân tự vệ 2019 Art 26 (01/07/2020):
    // Chỉ huy trưởng quân sự — trung cấp+ in "quân sự".
    row("no standard before TT 87/2011 on 2010-12-31: chi_huy_truong_quan_su", "chi_huy_truong_quan_su",
        QDate(2010, 12, 31), {}, P, None, kNoGap, kNone);
    row("TT 87/2011 Art 15 cl 1 on 2011-01-01: chi_huy_truong_quan_su qualified", "chi_huy_truong_quan_su",
        QDate(2011, 1, 1), {}, P, Q, kNoGap, kTt87);
    row("TT 87/2011 Art 15 cl 1: chi_huy_truong_quan_su trung_cap 'Quan su co so' -> qualified",
        "chi_huy_truong_quan_su", kTt06Day, {{"professional_level", "trung_cap"}}, P, Q, kNoGap, kTt87);
    row("TT 87/2011 Art 15 cl 1: chi_huy_truong_quan_su empty field -> professional_field", "chi_huy_truong_quan_su",
        kTt06Day, {{"professional_field", ""}}, P, N, gap("professional_field"), kTt87);
    row("TT 87/2011 Art 15 cl 1: chi_huy_truong_quan_su so_cap -> professional_level", "chi_huy_truong_quan_su",
        kTt06Day, {{"professional_level", "so_cap"}}, P, N, gap("professional_level"), kTt87);
    row("TT 87/2011 Art 15 cl 1 on 2020-06-30: chi_huy_truong_quan_su qualified", "chi_huy_truong_quan_su",
        QDate(2020, 6, 30), {}, P, Q, kNoGap, kTt87);
    row("Luat DQTV 2019 Art 26 on 2020-07-01: chi_huy_truong_quan_su qualified", "chi_huy_truong_quan_su",
        QDate(2020, 7, 1), {}, P, Q, kNoGap, kDqtv);
    row("Luat DQTV 2019 Art 26: chi_huy_truong_quan_su trung_cap 'quan su' -> qualified", "chi_huy_truong_quan_su",
        kEarlyDay, {{"professional_level", "trung_cap"}, {"professional_field", "quan su"}}, P, Q, kNoGap, kDqtv);
    row("Luat DQTV 2019 Art 26: chi_huy_truong_quan_su 'Kinh te' -> professional_field", "chi_huy_truong_quan_su",
        kEarlyDay, {{"professional_field", "Kinh tế"}}, P, N, gap("professional_field"), kDqtv);
    row("Luat DQTV 2019 Art 26: chi_huy_truong_quan_su none -> professional_level", "chi_huy_truong_quan_su",
        kEarlyDay, {{"professional_level", "none"}}, P, N, gap("professional_level"), kDqtv);

    // ---- QĐ 04/2004/QĐ-BNV (27/02/2004 – 31/07/2023), on 2021-06-30.
    // Art 5, Bí thư: THPT; LLCT ≥ trung cấp (no lower level); chuyên môn ≥ trung cấp, ≥ sơ cấp in a difficult area.
    row("QD 04/2004 Art 5: bi_thu trung_cap, LLCT trung_cap -> qualified", "bi_thu", kEarlyDay,
        {{"professional_level", "trung_cap"}}, P, Q, kNoGap, kQd04);
    row("QD 04/2004 Art 5: bi_thu so_cap -> professional_level", "bi_thu", kEarlyDay,
        {{"professional_level", "so_cap"}}, P, N, gap("professional_level"), kQd04);
    row("QD 04/2004 Art 5: bi_thu so_cap in a difficult area -> qualified", "bi_thu", kEarlyDay,
        {{"professional_level", "so_cap"}}, D, Q, kNoGap, kQd04);
    row("QD 04/2004 Art 5: bi_thu so_cap in a difficult area, rule off -> professional_level", "bi_thu", kEarlyDay,
        {{"professional_level", "so_cap"}}, Off, N, gap("professional_level"), kQd04);
    row("QD 04/2004 Art 5: bi_thu LLCT so_cap in a difficult area -> political_theory (not lowered)", "bi_thu",
        kEarlyDay, {{"political_theory", "so_cap"}}, D, N, gap("political_theory"), kQd04);
    row("QD 04/2004 Art 5: bi_thu thcs -> general_education", "bi_thu", kEarlyDay, {{"general_education", "thcs"}}, P,
        N, gap("general_education"), kQd04);
    // Art 7, Chủ tịch and Phó Chủ tịch HĐND: THPT; LLCT ≥ trung cấp, ≥ sơ cấp in a difficult area.
    for (const char *title : {"chu_tich_hdnd", "pho_chu_tich_hdnd"}) {
        const QByteArray t(title);
        const auto name = [&](const char *what) { return QByteArray("QD 04/2004 Art 7: " + t + " " + what); };
        row(name("LLCT trung_cap, untrained -> qualified (no professional rule)").constData(), title, kEarlyDay,
            {{"professional_level", "none"}}, P, Q, kNoGap, kQd04);
        row(name("LLCT so_cap -> political_theory").constData(), title, kEarlyDay, {{"political_theory", "so_cap"}},
            P, N, gap("political_theory"), kQd04);
        row(name("LLCT so_cap in a difficult area -> qualified").constData(), title, kEarlyDay,
            {{"political_theory", "so_cap"}}, D, Q, kNoGap, kQd04);
        row(name("LLCT none in a difficult area -> political_theory").constData(), title, kEarlyDay,
            {{"political_theory", "none"}}, D, N, gap("political_theory"), kQd04);
        row(name("thcs -> general_education").constData(), title, kEarlyDay, {{"general_education", "thcs"}}, P, N,
            gap("general_education"), kQd04);
    }
    // Art 8 cl 4, Chủ tịch UBND: THPT; LLCT and chuyên môn ≥ trung cấp, each ≥ sơ cấp in a difficult area.
    row("QD 04/2004 Art 8: chu_tich_ubnd trung_cap, LLCT trung_cap -> qualified", "chu_tich_ubnd", kEarlyDay,
        {{"professional_level", "trung_cap"}}, P, Q, kNoGap, kQd04);
    row("QD 04/2004 Art 8 cl 4: chu_tich_ubnd so_cap and LLCT so_cap -> both gaps", "chu_tich_ubnd", kEarlyDay,
        {{"professional_level", "so_cap"}, {"political_theory", "so_cap"}}, P, N,
        (QStringList{u"political_theory"_s, u"professional_level"_s}), kQd04);
    row("QD 04/2004 Art 8 cl 4: chu_tich_ubnd so_cap and LLCT so_cap in a difficult area -> qualified",
        "chu_tich_ubnd", kEarlyDay, {{"professional_level", "so_cap"}, {"political_theory", "so_cap"}}, D, Q, kNoGap,
        kQd04);
    row("QD 04/2004 Art 8 cl 4: chu_tich_ubnd so_cap and LLCT so_cap, rule off -> both gaps", "chu_tich_ubnd",
        kEarlyDay, {{"professional_level", "so_cap"}, {"political_theory", "so_cap"}}, Off, N,
        (QStringList{u"political_theory"_s, u"professional_level"_s}), kQd04);
    row("QD 04/2004 Art 8: chu_tich_ubnd none in a difficult area -> professional_level", "chu_tich_ubnd", kEarlyDay,
        {{"professional_level", "none"}}, D, N, gap("professional_level"), kQd04);
    // Effect 15 days after the Công báo of 12/02/2004.
    row("no standard before QD 04/2004 on 2004-02-26: bi_thu", "bi_thu", QDate(2004, 2, 26), {}, P, None, kNoGap,
        kNone);
    row("QD 04/2004 Art 5 on 2004-02-27: bi_thu qualified", "bi_thu", QDate(2004, 2, 27), {}, P, Q, kNoGap, kQd04);

    // ---- Titles with no standard found before ND 33/2023: no standard in force (listed, not counted).
    for (const char *title : {"pho_bi_thu", "pho_chu_tich_ubnd", "chu_tich_mttq", "bi_thu_doan", "chu_tich_phu_nu",
                              "chu_tich_nong_dan", "chu_tich_ccb"}) {
        row(QByteArray("no standard before ND 33/2023 on 2022-01-01: " + QByteArray(title)).constData(), title,
            QDate(2022, 1, 1), {}, P, None, kNoGap, kNone);
    }
}

void TestQualificationRule::rule()
{
    QFETCH(QString, position);
    QFETCH(QDate, date);
    QFETCH(StaffMember, member);
    QFETCH(int, area);
    QFETCH(int, status);
    QFETCH(QStringList, gaps);
    QFETCH(QString, instrument);

    const TitleStandard *standard = m_catalogue.inForce(position, date);
    QCOMPARE(standard ? standard->instrument : QString(), instrument);
    const QualificationResult result = QualificationRule::evaluate(
        member, standard, Area(area) != Area::Plain, Area(area) != Area::DifficultRuleOff);

    QCOMPARE(statusName(result.status), statusName(Status(status)));
    QCOMPARE(result.gaps, gaps);
    QCOMPARE(result.standard, standard);
    if (!standard) {
        QVERIFY(result.outcomes.empty());
        return;
    }
    // One outcome per enabled requirement, each naming its source; the unmet ones are the gaps.
    const auto enabled = std::count_if(standard->requirements.cbegin(), standard->requirements.cend(),
                                       [](const StandardRequirement &r) { return r.enabled; });
    QCOMPARE(qsizetype(result.outcomes.size()), qsizetype(enabled));
    for (const RequirementOutcome &o : result.outcomes) {
        QVERIFY(o.requirement.enabled);
        QVERIFY2(!o.requirement.basis.isEmpty(), qPrintable(o.requirement.key));
        QVERIFY2(o.met != gaps.contains(o.requirement.key), qPrintable(o.requirement.key));
    }
}

void TestQualificationRule::secretariesPoliticalTheoryIsASuggestion_data()
{
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("politicalTheory");
    QTest::addColumn<bool>("met");

    // ND 33/2023 Art 8 cl 1: the LLCT item of Bí thư and Phó Bí thư is UNSURE (LEGAL-RULES P2.2).
    for (const char *title : {"bi_thu", "pho_bi_thu"}) {
        const QByteArray t(title);
        QTest::newRow(QByteArray(t + " LLCT none").constData()) << QString::fromLatin1(title) << u"none"_s << false;
        QTest::newRow(QByteArray(t + " LLCT unknown").constData()) << QString::fromLatin1(title) << QString() << false;
        QTest::newRow(QByteArray(t + " LLCT so_cap").constData()) << QString::fromLatin1(title) << u"so_cap"_s << false;
        QTest::newRow(QByteArray(t + " LLCT trung_cap").constData()) << QString::fromLatin1(title) << u"trung_cap"_s << true;
        QTest::newRow(QByteArray(t + " LLCT cao_cap").constData()) << QString::fromLatin1(title) << u"cao_cap"_s << true;
        QTest::newRow(QByteArray(t + " LLCT cu_nhan").constData()) << QString::fromLatin1(title) << u"cu_nhan"_s << true;
    }
}

void TestQualificationRule::secretariesPoliticalTheoryIsASuggestion()
{
    QFETCH(QString, position);
    QFETCH(QString, politicalTheory);
    QFETCH(bool, met);

    const TitleStandard *standard = m_catalogue.inForce(position, kNd33Day);
    QVERIFY(standard);
    QCOMPARE(standard->instrument, kNd33);
    QCOMPARE(standard->article, u"Điều 8 khoản 1"_s);
    const auto it = std::find_if(standard->requirements.cbegin(), standard->requirements.cend(),
                                 [](const StandardRequirement &r) { return r.key == "political_theory"_L1; });
    QVERIFY(it != standard->requirements.cend());
    QVERIFY(!it->enabled);
    QVERIFY(!it->confirmed);
    QCOMPARE(it->minimum, u"trung_cap"_s);
    QVERIFY(it->basis.contains(kNd33));

    StaffMember m = person(position);
    m.politicalTheory = politicalTheory;
    // Reported for information by check() …
    const RequirementOutcome suggestion = QualificationRule::check(m, *it, false);
    QCOMPARE(suggestion.met, met);
    QVERIFY(!suggestion.expected.isEmpty());
    QVERIFY(!suggestion.actual.isEmpty());
    // … never enforced by evaluate(): no outcome, no gap.
    const QualificationResult result = QualificationRule::evaluate(m, standard, false, true);
    QCOMPARE(statusName(result.status), statusName(Status::Qualified));
    QVERIFY(std::none_of(result.outcomes.cbegin(), result.outcomes.cend(), [](const RequirementOutcome &o) {
        return o.requirement.key == "political_theory"_L1;
    }));
    QCOMPARE(result.outcomes.size(), size_t(2));
}

void TestQualificationRule::deadline_data()
{
    QTest::addColumn<QString>("position");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("deadline");

    // ND 33/2023: 5 years from 01/08/2023 to meet the standards (LEGAL-RULES §4.4), every title.
    for (const QString &title : CodeTables::communeTitle().codes())
        QTest::addRow("ND 33/2023 deadline: %s", qPrintable(title)) << title << kNd33Day << kNd33Deadline;
    // The earlier sets carry no deadline.
    QTest::newRow("TT 06/2012: no deadline") << u"dia_chinh"_s << kTt06Day << QDate();
    QTest::newRow("TT 13/2019: no deadline") << u"dia_chinh"_s << kEarlyDay << QDate();
    QTest::newRow("TT 04/2022: no deadline") << u"tu_phap_ho_tich"_s << kTt04Day << QDate();
    QTest::newRow("TT 87/2011: no deadline") << u"chi_huy_truong_quan_su"_s << kTt06Day << QDate();
    QTest::newRow("Luat DQTV 2019: no deadline") << u"chi_huy_truong_quan_su"_s << kEarlyDay << QDate();
    QTest::newRow("QD 04/2004: no deadline") << u"chu_tich_ubnd"_s << kEarlyDay << QDate();
}

void TestQualificationRule::deadline()
{
    QFETCH(QString, position);
    QFETCH(QDate, date);
    QFETCH(QDate, deadline);

    const TitleStandard *standard = m_catalogue.inForce(position, date);
    QVERIFY(standard);
    QCOMPARE(standard->deadline, deadline);
}

void TestQualificationRule::outcomesSayWhatWasExpected()
{
    // ND 33/2023 Art 10: in a difficult area the expected level shown is the lower one.
    const TitleStandard *standard = m_catalogue.inForce(u"dia_chinh"_s, kNd33Day);
    QVERIFY(standard);
    StaffMember m = person(u"dia_chinh"_s, {{"professional_level", ""}});
    const auto plain = QualificationRule::evaluate(m, standard, false, true);
    const auto difficult = QualificationRule::evaluate(m, standard, true, true);
    QCOMPARE(plain.outcomes.size(), size_t(2));
    QCOMPARE(plain.outcomes[1].requirement.key, u"professional_level"_s);
    QVERIFY(!plain.outcomes[1].met);
    QCOMPARE(plain.outcomes[1].expected,
             QualificationRule::tr("%1 or higher").arg(CodeTables::professionalLevel().label(u"dai_hoc"_s)));
    QCOMPARE(difficult.outcomes[1].expected,
             QualificationRule::tr("%1 or higher").arg(CodeTables::professionalLevel().label(u"trung_cap"_s)));
    QCOMPARE(plain.outcomes[1].actual, QualificationRule::tr("not known"));
    QCOMPARE(plain.outcomes[0].actual, CodeTables::generalEducation().label(u"thpt"_s));
}

void TestQualificationRule::shippedCatalogueHas34Standards()
{
    // 17 ND 33 sets, TT 13 ×5, TT 04 ×1, TT 06 ×5, TT 87 ×1, DQTV ×1, QĐ 04 ×4.
    QCOMPARE(m_catalogue.standards().size(), size_t(34));
    QMap<QString, int> perInstrument;
    for (const auto &s : m_catalogue.standards())
        ++perInstrument[s.instrument];
    QCOMPARE(perInstrument.value(kNd33), 17);
    QCOMPARE(perInstrument.value(kTt13), 5);
    QCOMPARE(perInstrument.value(kTt04), 1);
    QCOMPARE(perInstrument.value(kTt06), 5);
    QCOMPARE(perInstrument.value(kTt87), 1);
    QCOMPARE(perInstrument.value(kDqtv), 1);
    QCOMPARE(perInstrument.value(kQd04), 4);
}

void TestQualificationRule::everyTitleHasAnNd33Standard()
{
    const QStringList titles = CodeTables::communeTitle().codes();
    QCOMPARE(titles.size(), 17);
    for (const QString &title : titles) {
        const auto count = std::count_if(m_catalogue.standards().cbegin(), m_catalogue.standards().cend(),
                                         [&](const TitleStandard &s) {
                                             return s.position == title && s.instrument == kNd33;
                                         });
        QVERIFY2(count == 1, qPrintable(title));
        for (const QDate &day : {QDate(2023, 8, 1), kNd33Day, QDate(2028, 8, 1), QDate(2040, 1, 1)}) {
            const TitleStandard *s = m_catalogue.inForce(title, day);
            QVERIFY2(s, qPrintable(title));
            QCOMPARE(s->instrument, kNd33);
            QCOMPARE(s->validFrom, QDate(2023, 8, 1));
            QVERIFY2(!s->validTo.isValid(), qPrintable(title));
            QCOMPARE(s->deadline, kNd33Deadline);
            QVERIFY(s->article.startsWith(u"Điều 8"_s) || s->article.startsWith(u"Điều 10"_s));
        }
    }
}

void TestQualificationRule::noTwoStandardsOfATitleOverlap()
{
    const auto &all = m_catalogue.standards();
    for (size_t i = 0; i < all.size(); ++i) {
        const TitleStandard &a = all[i];
        QVERIFY2(!a.validFrom.isValid() || !a.validTo.isValid() || a.validFrom < a.validTo,
                 qPrintable(a.position + u' ' + a.instrument));
        for (size_t j = i + 1; j < all.size(); ++j) {
            const TitleStandard &b = all[j];
            if (a.position != b.position)
                continue;
            // [from, to) intervals, null = open: they overlap when each starts before the other ends.
            const bool aStartsBeforeBEnds = !a.validFrom.isValid() || !b.validTo.isValid() || a.validFrom < b.validTo;
            const bool bStartsBeforeAEnds = !b.validFrom.isValid() || !a.validTo.isValid() || b.validFrom < a.validTo;
            QVERIFY2(!(aStartsBeforeBEnds && bStartsBeforeAEnds),
                     qPrintable(a.position + u": "_s + a.instrument + u" / "_s + b.instrument));
        }
    }
}

void TestQualificationRule::everyRequirementIsWellFormed()
{
    const auto tableOf = [](const QString &key) -> const CodeTable * {
        if (key == "general_education"_L1)
            return &CodeTables::generalEducation();
        if (key == "professional_level"_L1)
            return &CodeTables::professionalLevel();
        if (key == "political_theory"_L1)
            return &CodeTables::politicalTheory();
        if (key == "state_management"_L1)
            return &CodeTables::stateManagement();
        return nullptr;
    };
    for (const TitleStandard &s : m_catalogue.standards()) {
        const QString where = s.position + u' ' + s.instrument;
        QVERIFY2(!s.article.isEmpty(), qPrintable(where));
        QVERIFY2(s.hasEnabledRequirement(), qPrintable(where));
        QStringList keys;
        for (const StandardRequirement &r : s.requirements) {
            const QString at = where + u' ' + r.key;
            QVERIFY2(!keys.contains(r.key), qPrintable(at)); // one requirement per key: one gap per key
            keys << r.key;
            // Every requirement names its source, and only confirmed ones are enforced.
            QVERIFY2(!r.basis.isEmpty(), qPrintable(at));
            QVERIFY2(r.enabled == r.confirmed, qPrintable(at));
            switch (r.kind) {
            case StandardRequirement::Kind::MinLevel: {
                const CodeTable *table = tableOf(r.key);
                QVERIFY2(table, qPrintable(at));
                QVERIFY2(table->contains(r.minimum), qPrintable(at));
                if (!r.minimumDifficult.isEmpty()) {
                    QVERIFY2(table->contains(r.minimumDifficult), qPrintable(at));
                    QVERIFY2(table->rank(r.minimumDifficult) < table->rank(r.minimum), qPrintable(at));
                }
                QVERIFY2(r.fieldKeywords.isEmpty(), qPrintable(at));
                break;
            }
            case StandardRequirement::Kind::FieldMatch:
                QCOMPARE(r.key, u"professional_field"_s);
                QVERIFY2(!r.fieldKeywords.isEmpty(), qPrintable(at));
                break;
            case StandardRequirement::Kind::Known:
                QVERIFY2(r.minimum.isEmpty(), qPrintable(at));
                break;
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestQualificationRule)
#include "tst_qualificationrule.moc"
