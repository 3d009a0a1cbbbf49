// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/codetable.h"
#include "testprinters.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

/** The code tables by their field name, so the data rows can name one. */
const CodeTable &tableNamed(const QString &name)
{
    if (name == "gender"_L1)
        return CodeTables::gender();
    if (name == "general_education"_L1)
        return CodeTables::generalEducation();
    if (name == "professional_level"_L1)
        return CodeTables::professionalLevel();
    if (name == "political_theory"_L1)
        return CodeTables::politicalTheory();
    if (name == "state_management"_L1)
        return CodeTables::stateManagement();
    if (name == "category"_L1)
        return CodeTables::category();
    if (name == "kind"_L1)
        return CodeTables::unitKind();
    if (name == "position"_L1)
        return CodeTables::communeTitle();
    qFatal("no code table %s", qPrintable(name));
}

} // namespace

Q_DECLARE_METATYPE(std::optional<bool>)

/** Tests the code tables of STAFF-CSV.md "Common rules" and the boolean cells. */
class TestCodeTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesOfEachTable_data();
    void codesOfEachTable();
    void everyWordMatchesItsOwnCode_data();
    void everyWordMatchesItsOwnCode();
    void acceptsCodeOrWords_data();
    void acceptsCodeOrWords();
    void rejectsOthers_data();
    void rejectsOthers();
    void ranks_data();
    void ranks();
    void labelAndContains();
    void parseBoolean_data();
    void parseBoolean();
    void communeTitles_data();
    void communeTitles();
    void communeTitleGroupsPartitionTheTable();
    void communeLevelKinds_data();
    void communeLevelKinds();
};

void TestCodeTable::codesOfEachTable_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("codes"); // exactly the codes of STAFF-CSV.md, in its order

    QTest::newRow("gender") << u"gender"_s << QStringList{u"nam"_s, u"nu"_s};
    QTest::newRow("general_education")
        << u"general_education"_s << QStringList{u"thpt"_s, u"thcs"_s, u"tieu_hoc"_s};
    QTest::newRow("professional_level")
        << u"professional_level"_s
        << QStringList{u"none"_s, u"so_cap"_s, u"trung_cap"_s, u"cao_dang"_s, u"dai_hoc"_s, u"thac_si"_s, u"tien_si"_s};
    QTest::newRow("political_theory")
        << u"political_theory"_s
        << QStringList{u"none"_s, u"so_cap"_s, u"trung_cap"_s, u"cao_cap"_s, u"cu_nhan"_s};
    QTest::newRow("state_management")
        << u"state_management"_s
        << QStringList{u"none"_s, u"chuyen_vien"_s, u"chuyen_vien_chinh"_s, u"chuyen_vien_cao_cap"_s};
    QTest::newRow("category")
        << u"category"_s
        << QStringList{u"cb"_s, u"cc"_s, u"vc"_s, u"cb_xa"_s, u"cc_xa"_s, u"khong_chuyen_trach"_s};
    QTest::newRow("unit kind")
        << u"kind"_s
        << QStringList{u"tinh"_s, u"huyen"_s, u"xa"_s, u"phuong"_s, u"thi_tran"_s, u"co_quan"_s, u"don_vi_su_nghiep"_s};
    // Nghị định 33/2023/NĐ-CP: 11 cán bộ cấp xã titles + 6 công chức cấp xã titles.
    QTest::newRow("commune titles (Nghị định 33/2023/NĐ-CP)")
        << u"position"_s
        << QStringList{u"bi_thu"_s, u"pho_bi_thu"_s, u"chu_tich_hdnd"_s, u"pho_chu_tich_hdnd"_s,
                       u"chu_tich_ubnd"_s, u"pho_chu_tich_ubnd"_s, u"chu_tich_mttq"_s, u"bi_thu_doan"_s,
                       u"chu_tich_phu_nu"_s, u"chu_tich_nong_dan"_s, u"chu_tich_ccb"_s,
                       u"chi_huy_truong_quan_su"_s, u"van_phong_thong_ke"_s, u"dia_chinh"_s,
                       u"tai_chinh_ke_toan"_s, u"tu_phap_ho_tich"_s, u"van_hoa_xa_hoi"_s};
}

void TestCodeTable::codesOfEachTable()
{
    QFETCH(QString, table);
    QFETCH(QStringList, codes);
    const CodeTable &t = tableNamed(table);
    QCOMPARE(t.field(), table);
    QStringList actual = t.codes();
    QStringList wanted = codes;
    actual.sort();
    wanted.sort();
    QCOMPARE(actual, wanted);
    for (const QString &code : codes) {
        QVERIFY2(t.contains(code), qPrintable(code));
        // Every code matches itself, also in upper case and with spaces around.
        QCOMPARE(t.match(code), std::optional<QString>(code));
        QCOMPARE(t.match(u"  "_s + code.toUpper() + u" "_s), std::optional<QString>(code));
    }
}

void TestCodeTable::everyWordMatchesItsOwnCode_data()
{
    QTest::addColumn<QString>("table");
    for (const char *name : {"gender", "general_education", "professional_level", "political_theory",
                             "state_management", "category", "kind", "position"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCodeTable::everyWordMatchesItsOwnCode()
{
    // No word of a table is shadowed by another entry's code or word (which would silently
    // turn one value into another on import).
    QFETCH(QString, table);
    const CodeTable &t = tableNamed(table);
    for (const CodeEntry &e : t.entries()) {
        for (const QString &w : e.words) {
            QCOMPARE(t.match(w), std::optional<QString>(e.code));
            QCOMPARE(t.match(w.toUpper()), std::optional<QString>(e.code));
            QCOMPARE(t.match(w.normalized(QString::NormalizationForm_D)), std::optional<QString>(e.code));
        }
    }
}

void TestCodeTable::acceptsCodeOrWords_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");

    // gender
    QTest::newRow("gender Nam") << u"gender"_s << u"Nam"_s << u"nam"_s;
    QTest::newRow("gender Nữ") << u"gender"_s << u"Nữ"_s << u"nu"_s;
    QTest::newRow("gender NỮ") << u"gender"_s << u"NỮ"_s << u"nu"_s;
    QTest::newRow("gender nu (no diacritics)") << u"gender"_s << u"nu"_s << u"nu"_s;
    QTest::newRow("gender male") << u"gender"_s << u"male"_s << u"nam"_s;
    QTest::newRow("gender Female") << u"gender"_s << u"Female"_s << u"nu"_s;

    // general_education
    QTest::newRow("12/12") << u"general_education"_s << u"12/12"_s << u"thpt"_s;
    QTest::newRow(" 12/12 ") << u"general_education"_s << u" 12/12 "_s << u"thpt"_s;
    QTest::newRow("THPT") << u"general_education"_s << u"THPT"_s << u"thpt"_s;
    QTest::newRow("Trung học phổ thông") << u"general_education"_s << u"Trung học phổ thông"_s << u"thpt"_s;
    QTest::newRow("TRUNG HOC PHO THONG") << u"general_education"_s << u"TRUNG HOC PHO THONG"_s << u"thpt"_s;
    QTest::newRow("9/12") << u"general_education"_s << u"9/12"_s << u"thcs"_s;
    QTest::newRow("thcs") << u"general_education"_s << u"THCS"_s << u"thcs"_s;
    QTest::newRow("Trung học cơ sở") << u"general_education"_s << u"Trung học cơ sở"_s << u"thcs"_s;
    QTest::newRow("Tiểu học") << u"general_education"_s << u"Tiểu học"_s << u"tieu_hoc"_s;
    QTest::newRow("tieu hoc") << u"general_education"_s << u"tieu hoc"_s << u"tieu_hoc"_s;

    // professional_level
    QTest::newRow("Chưa qua đào tạo") << u"professional_level"_s << u"Chưa qua đào tạo"_s << u"none"_s;
    QTest::newRow("CHƯA QUA ĐÀO TẠO") << u"professional_level"_s << u"CHƯA QUA ĐÀO TẠO"_s << u"none"_s;
    QTest::newRow("Không (level)") << u"professional_level"_s << u"Không"_s << u"none"_s;
    QTest::newRow("Sơ cấp (level)") << u"professional_level"_s << u"Sơ cấp"_s << u"so_cap"_s;
    QTest::newRow("Trung cấp (level)") << u"professional_level"_s << u"Trung cấp"_s << u"trung_cap"_s;
    QTest::newRow("Cao đẳng") << u"professional_level"_s << u"Cao đẳng"_s << u"cao_dang"_s;
    QTest::newRow("ĐẠI HỌC") << u"professional_level"_s << u"ĐẠI HỌC"_s << u"dai_hoc"_s;
    QTest::newRow(" dai hoc ") << u"professional_level"_s << u" dai hoc "_s << u"dai_hoc"_s;
    QTest::newRow("đại  học (double space)") << u"professional_level"_s << u"đại  học"_s << u"dai_hoc"_s;
    QTest::newRow("Đại học (NFD)") << u"professional_level"_s
                                   << u"Đại học"_s.normalized(QString::NormalizationForm_D) << u"dai_hoc"_s;
    QTest::newRow("Thạc sĩ") << u"professional_level"_s << u"Thạc sĩ"_s << u"thac_si"_s;
    QTest::newRow("Tiến sĩ") << u"professional_level"_s << u"Tiến sĩ"_s << u"tien_si"_s;
    QTest::newRow("DAI_HOC code upper") << u"professional_level"_s << u"DAI_HOC"_s << u"dai_hoc"_s;

    // political_theory
    QTest::newRow("Chưa (theory)") << u"political_theory"_s << u"Chưa"_s << u"none"_s;
    QTest::newRow("Không (theory)") << u"political_theory"_s << u"KHÔNG"_s << u"none"_s;
    QTest::newRow("Sơ cấp (theory)") << u"political_theory"_s << u"sơ cấp"_s << u"so_cap"_s;
    QTest::newRow("Trung cấp (theory)") << u"political_theory"_s << u"Trung Cấp"_s << u"trung_cap"_s;
    QTest::newRow("Cao cấp") << u"political_theory"_s << u"Cao cấp"_s << u"cao_cap"_s;
    QTest::newRow("Cử nhân") << u"political_theory"_s << u"Cử nhân"_s << u"cu_nhan"_s;

    // state_management
    QTest::newRow("Chưa (state)") << u"state_management"_s << u"Chưa"_s << u"none"_s;
    QTest::newRow("Không (state)") << u"state_management"_s << u"không"_s << u"none"_s;
    QTest::newRow("Chuyên viên") << u"state_management"_s << u"Chuyên viên"_s << u"chuyen_vien"_s;
    QTest::newRow("Chuyên viên chính") << u"state_management"_s << u"Chuyên viên chính"_s << u"chuyen_vien_chinh"_s;
    QTest::newRow("Chuyên viên cao cấp") << u"state_management"_s << u"CHUYÊN VIÊN CAO CẤP"_s
                                         << u"chuyen_vien_cao_cap"_s;

    // category
    QTest::newRow("Cán bộ") << u"category"_s << u"Cán bộ"_s << u"cb"_s;
    QTest::newRow("Công chức") << u"category"_s << u"Công chức"_s << u"cc"_s;
    QTest::newRow("Viên chức") << u"category"_s << u"viên chức"_s << u"vc"_s;
    QTest::newRow("Cán bộ cấp xã") << u"category"_s << u"Cán bộ cấp xã"_s << u"cb_xa"_s;
    QTest::newRow("Công chức cấp xã") << u"category"_s << u"CONG CHUC CAP XA"_s << u"cc_xa"_s;
    QTest::newRow("Không chuyên trách") << u"category"_s << u"Không chuyên trách"_s << u"khong_chuyen_trach"_s;

    // unit kind (STAFF-CSV.md "Units")
    QTest::newRow("kind Xã") << u"kind"_s << u"Xã"_s << u"xa"_s;
    QTest::newRow("kind Phường") << u"kind"_s << u"Phường"_s << u"phuong"_s;
    QTest::newRow("kind Thị trấn") << u"kind"_s << u"Thị trấn"_s << u"thi_tran"_s;
    QTest::newRow("kind Huyện") << u"kind"_s << u"Huyện"_s << u"huyen"_s;
    QTest::newRow("kind Tỉnh") << u"kind"_s << u"Tỉnh"_s << u"tinh"_s;
    QTest::newRow("kind co_quan code") << u"kind"_s << u" CO_QUAN"_s << u"co_quan"_s;
    QTest::newRow("kind Đơn vị sự nghiệp") << u"kind"_s << u"Đơn vị sự nghiệp"_s << u"don_vi_su_nghiep"_s;

    // commune titles, Nghị định 33/2023/NĐ-CP
    QTest::newRow("ND33 Bí thư Đảng ủy") << u"position"_s << u"Bí thư Đảng ủy"_s << u"bi_thu"_s;
    QTest::newRow("ND33 Chủ tịch UBND") << u"position"_s << u"chủ tịch ubnd"_s << u"chu_tich_ubnd"_s;
    QTest::newRow("ND33 Tư pháp - hộ tịch") << u"position"_s << u"Tư pháp - hộ tịch"_s << u"tu_phap_ho_tich"_s;
}

void TestCodeTable::acceptsCodeOrWords()
{
    QFETCH(QString, table);
    QFETCH(QString, input);
    QFETCH(QString, code);
    QCOMPARE(tableNamed(table).match(input), std::optional<QString>(code));
}

void TestCodeTable::rejectsOthers_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << u"professional_level"_s << u""_s;
    QTest::newRow("blank") << u"professional_level"_s << u"   "_s;
    QTest::newRow("unknown word") << u"professional_level"_s << u"Đại học Luật"_s;
    QTest::newRow("prefix of a word") << u"professional_level"_s << u"Đại"_s;
    QTest::newRow("code of another table") << u"professional_level"_s << u"cu_nhan"_s;
    QTest::newRow("cao cap is not a professional level") << u"professional_level"_s << u"Cao cấp"_s;
    QTest::newRow("thac si is not a theory level") << u"political_theory"_s << u"Thạc sĩ"_s;
    QTest::newRow("11/12") << u"general_education"_s << u"11/12"_s;
    QTest::newRow("12-12") << u"general_education"_s << u"12-12"_s;
    QTest::newRow("gender other") << u"gender"_s << u"khác"_s;
    QTest::newRow("category unknown") << u"category"_s << u"hợp đồng"_s;
    QTest::newRow("category code with space for underscore") << u"category"_s << u"cb xa"_s;
    QTest::newRow("kind unknown") << u"kind"_s << u"thôn"_s;
    QTest::newRow("state none variant") << u"state_management"_s << u"chuyen vien cap cao"_s;
    QTest::newRow("position free text") << u"position"_s << u"Chuyên viên phòng Nội vụ"_s;
}

void TestCodeTable::rejectsOthers()
{
    QFETCH(QString, table);
    QFETCH(QString, input);
    QCOMPARE(tableNamed(table).match(input), std::optional<QString>());
    QVERIFY(!tableNamed(table).contains(input));
}

void TestCodeTable::ranks_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("higher");
    QTest::addColumn<bool>("equal"); // equal ranks instead of lower < higher

    QTest::newRow("level none < so_cap") << u"professional_level"_s << u"none"_s << u"so_cap"_s << false;
    QTest::newRow("level so_cap < trung_cap") << u"professional_level"_s << u"so_cap"_s << u"trung_cap"_s << false;
    QTest::newRow("level trung_cap < cao_dang") << u"professional_level"_s << u"trung_cap"_s << u"cao_dang"_s << false;
    QTest::newRow("level cao_dang < dai_hoc") << u"professional_level"_s << u"cao_dang"_s << u"dai_hoc"_s << false;
    QTest::newRow("level dai_hoc < thac_si") << u"professional_level"_s << u"dai_hoc"_s << u"thac_si"_s << false;
    QTest::newRow("level thac_si < tien_si") << u"professional_level"_s << u"thac_si"_s << u"tien_si"_s << false;
    QTest::newRow("theory none < so_cap") << u"political_theory"_s << u"none"_s << u"so_cap"_s << false;
    QTest::newRow("theory so_cap < trung_cap") << u"political_theory"_s << u"so_cap"_s << u"trung_cap"_s << false;
    QTest::newRow("theory trung_cap < cao_cap") << u"political_theory"_s << u"trung_cap"_s << u"cao_cap"_s << false;
    QTest::newRow("theory trung_cap < cu_nhan") << u"political_theory"_s << u"trung_cap"_s << u"cu_nhan"_s << false;
    QTest::newRow("theory cao_cap == cu_nhan") << u"political_theory"_s << u"cao_cap"_s << u"cu_nhan"_s << true;
    QTest::newRow("state none < chuyen_vien") << u"state_management"_s << u"none"_s << u"chuyen_vien"_s << false;
    QTest::newRow("state chuyen_vien < chinh") << u"state_management"_s << u"chuyen_vien"_s << u"chuyen_vien_chinh"_s << false;
    QTest::newRow("state chinh < cao_cap") << u"state_management"_s << u"chuyen_vien_chinh"_s << u"chuyen_vien_cao_cap"_s << false;
    QTest::newRow("education tieu_hoc < thcs") << u"general_education"_s << u"tieu_hoc"_s << u"thcs"_s << false;
    QTest::newRow("education thcs < thpt") << u"general_education"_s << u"thcs"_s << u"thpt"_s << false;
}

void TestCodeTable::ranks()
{
    QFETCH(QString, table);
    QFETCH(QString, lower);
    QFETCH(QString, higher);
    QFETCH(bool, equal);
    const CodeTable &t = tableNamed(table);
    QVERIFY(t.rank(lower) >= 0);
    QVERIFY(t.rank(higher) >= 0);
    if (equal)
        QCOMPARE(t.rank(lower), t.rank(higher));
    else
        QCOMPARE_LT(t.rank(lower), t.rank(higher));
}

void TestCodeTable::labelAndContains()
{
    const CodeTable &level = CodeTables::professionalLevel();
    QCOMPARE(level.rank(u"bogus"_s), -1);
    QCOMPARE(level.rank(u""_s), -1);
    QVERIFY(!level.contains(u"bogus"_s));
    // Words are accepted by match() but are not codes.
    QVERIFY(!level.contains(u"Đại học"_s));
    QVERIFY(!level.contains(u"DAI_HOC"_s));
    QCOMPARE(level.label(u"bogus"_s), u"bogus"_s);
    // Without a translator the label is the English source text.
    QCOMPARE(level.label(u"dai_hoc"_s), u"University"_s);
    QVERIFY(!CodeTables::category().label(u"cb_xa"_s).isEmpty());
    QVERIFY(CodeTables::category().label(u"cb_xa"_s) != u"cb_xa"_s);
}

void TestCodeTable::parseBoolean_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<std::optional<bool>>("expected");
    QTest::addColumn<bool>("empty");

    const std::optional<bool> yes(true), no(false), none;
    QTest::newRow("1") << u"1"_s << yes << false;
    QTest::newRow("0") << u"0"_s << no << false;
    QTest::newRow("x") << u"x"_s << yes << false;
    QTest::newRow("X") << u"X"_s << yes << false;
    QTest::newRow(" x ") << u" x "_s << yes << false;
    QTest::newRow("empty (not known)") << u""_s << none << true;
    QTest::newRow("blank (not known)") << u"  \t"_s << none << true;
    QTest::newRow("có") << u"có"_s << yes << false;
    QTest::newRow("Có") << u"Có"_s << yes << false;
    QTest::newRow("CÓ (NFD)") << u"CÓ"_s.normalized(QString::NormalizationForm_D) << yes << false;
    QTest::newRow("co") << u"co"_s << yes << false;
    QTest::newRow("không") << u"không"_s << no << false;
    QTest::newRow("KHÔNG") << u"KHÔNG"_s << no << false;
    QTest::newRow("khong") << u"khong"_s << no << false;
    QTest::newRow("yes") << u"yes"_s << yes << false;
    QTest::newRow("Yes") << u"Yes"_s << yes << false;
    QTest::newRow("no") << u"no"_s << no << false;
    QTest::newRow("NO") << u"NO"_s << no << false;
    QTest::newRow("true") << u"true"_s << yes << false;
    QTest::newRow("TRUE") << u"TRUE"_s << yes << false;
    QTest::newRow("false") << u"false"_s << no << false;
    QTest::newRow("False") << u"False"_s << no << false;
    QTest::newRow("garbage word") << u"maybe"_s << none << false;
    QTest::newRow("garbage 2") << u"2"_s << none << false;
    QTest::newRow("garbage -1") << u"-1"_s << none << false;
    QTest::newRow("garbage xx") << u"xx"_s << none << false;
    QTest::newRow("garbage có không") << u"có không"_s << none << false;
    QTest::newRow("garbage 1.0") << u"1.0"_s << none << false;
}

void TestCodeTable::parseBoolean()
{
    QFETCH(QString, input);
    QFETCH(std::optional<bool>, expected);
    QFETCH(bool, empty);
    bool isEmpty = !empty; // start from the wrong value so the out parameter must be written
    QCOMPARE(::parseBoolean(input, &isEmpty), expected);
    QCOMPARE(isEmpty, empty);
    // The out parameter is optional.
    QCOMPARE(::parseBoolean(input), expected);
}

void TestCodeTable::communeTitles_data()
{
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("expected");

    // Nghị định 33/2023/NĐ-CP Art. 5 cl. 1: the 11 cán bộ cấp xã titles.
    QTest::newRow("Nghị định 33/2023/NĐ-CP cán bộ cấp xã (11)")
        << CodeTables::communeCadreTitles()
        << QStringList{u"bi_thu"_s, u"pho_bi_thu"_s, u"chu_tich_hdnd"_s, u"pho_chu_tich_hdnd"_s,
                       u"chu_tich_ubnd"_s, u"pho_chu_tich_ubnd"_s, u"chu_tich_mttq"_s, u"bi_thu_doan"_s,
                       u"chu_tich_phu_nu"_s, u"chu_tich_nong_dan"_s, u"chu_tich_ccb"_s};
    // Nghị định 33/2023/NĐ-CP Art. 5 cl. 2: the 6 công chức cấp xã titles.
    QTest::newRow("Nghị định 33/2023/NĐ-CP công chức cấp xã (6)")
        << CodeTables::communeCivilServantTitles()
        << QStringList{u"chi_huy_truong_quan_su"_s, u"van_phong_thong_ke"_s, u"dia_chinh"_s,
                       u"tai_chinh_ke_toan"_s, u"tu_phap_ho_tich"_s, u"van_hoa_xa_hoi"_s};
}

void TestCodeTable::communeTitles()
{
    QFETCH(QStringList, titles);
    QFETCH(QStringList, expected);
    QCOMPARE(titles.size(), expected.size());
    titles.sort();
    expected.sort();
    QCOMPARE(titles, expected);
    for (const QString &t : std::as_const(titles))
        QVERIFY2(CodeTables::communeTitle().contains(t), qPrintable(t));
}

void TestCodeTable::communeTitleGroupsPartitionTheTable()
{
    // Nghị định 33/2023/NĐ-CP: every title is in exactly one group (11 + 6 = 17).
    const QStringList cadre = CodeTables::communeCadreTitles();
    const QStringList civil = CodeTables::communeCivilServantTitles();
    QCOMPARE(cadre.size(), 11);
    QCOMPARE(civil.size(), 6);
    for (const QString &c : cadre)
        QVERIFY2(!civil.contains(c), qPrintable(c));
    QStringList both = cadre + civil;
    QStringList all = CodeTables::communeTitle().codes();
    both.sort();
    all.sort();
    QCOMPARE(both, all);
}

void TestCodeTable::communeLevelKinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("commune");
    QTest::newRow("xa") << u"xa"_s << true;
    QTest::newRow("phuong") << u"phuong"_s << true;
    QTest::newRow("thi_tran") << u"thi_tran"_s << true;
    QTest::newRow("huyen") << u"huyen"_s << false;
    QTest::newRow("tinh") << u"tinh"_s << false;
    QTest::newRow("co_quan") << u"co_quan"_s << false;
    QTest::newRow("don_vi_su_nghiep") << u"don_vi_su_nghiep"_s << false;
    QTest::newRow("empty") << u""_s << false;
    QTest::newRow("word not code") << u"Xã"_s << false;
}

void TestCodeTable::communeLevelKinds()
{
    QFETCH(QString, kind);
    QFETCH(bool, commune);
    QCOMPARE(CodeTables::isCommuneLevelKind(kind), commune);
}

QTEST_GUILESS_MAIN(TestCodeTable)
#include "tst_codetable.moc"
