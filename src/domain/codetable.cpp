// SPDX-License-Identifier: GPL-3.0-or-later
#include "codetable.h"

#include "disciplineform.h"

#include "textfold.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

CodeTable::CodeTable(QString field, std::vector<CodeEntry> entries)
    : m_field(std::move(field))
    , m_entries(std::move(entries))
{
}

QStringList CodeTable::codes() const
{
    QStringList out;
    for (const auto &e : m_entries)
        out << e.code;
    return out;
}

std::optional<QString> CodeTable::match(QStringView text) const
{
    const QString folded = foldText(text);
    if (folded.isEmpty())
        return std::nullopt;
    for (const auto &e : m_entries) {
        if (folded == e.code)
            return e.code;
    }
    for (const auto &e : m_entries) {
        for (const auto &w : e.words) {
            if (folded == foldText(w))
                return e.code;
        }
        if (folded == foldText(QString::fromUtf8(e.label)))
            return e.code;
    }
    return std::nullopt;
}

bool CodeTable::contains(const QString &code) const
{
    return rank(code) >= 0;
}

int CodeTable::rank(const QString &code) const
{
    for (const auto &e : m_entries) {
        if (e.code == code)
            return e.rank;
    }
    return -1;
}

QString CodeTable::label(const QString &code) const
{
    for (const auto &e : m_entries) {
        if (e.code == code)
            return QCoreApplication::translate("CodeTable", e.label);
    }
    return code;
}

namespace CodeTables {

const CodeTable &gender()
{
    static const CodeTable t(u"gender"_s, {
        {u"nam"_s, {u"Nam"_s, u"male"_s, u"m"_s}, QT_TRANSLATE_NOOP("CodeTable", "Male"), 0},
        {u"nu"_s, {u"Nữ"_s, u"female"_s, u"f"_s}, QT_TRANSLATE_NOOP("CodeTable", "Female"), 1},
    });
    return t;
}

const CodeTable &generalEducation()
{
    static const CodeTable t(u"general_education"_s, {
        {u"tieu_hoc"_s, {u"Tiểu học"_s, u"5/12"_s}, QT_TRANSLATE_NOOP("CodeTable", "Primary school"), 1},
        {u"thcs"_s, {u"9/12"_s, u"THCS"_s, u"Trung học cơ sở"_s}, QT_TRANSLATE_NOOP("CodeTable", "Lower secondary (9/12)"), 2},
        {u"thpt"_s, {u"12/12"_s, u"THPT"_s, u"Trung học phổ thông"_s}, QT_TRANSLATE_NOOP("CodeTable", "Upper secondary (12/12)"), 3},
    });
    return t;
}

const CodeTable &professionalLevel()
{
    static const CodeTable t(u"professional_level"_s, {
        {u"none"_s, {u"Chưa qua đào tạo"_s, u"Không"_s}, QT_TRANSLATE_NOOP("CodeTable", "Untrained"), 0},
        {u"so_cap"_s, {u"Sơ cấp"_s}, QT_TRANSLATE_NOOP("CodeTable", "Elementary"), 1},
        {u"trung_cap"_s, {u"Trung cấp"_s}, QT_TRANSLATE_NOOP("CodeTable", "Intermediate"), 2},
        {u"cao_dang"_s, {u"Cao đẳng"_s}, QT_TRANSLATE_NOOP("CodeTable", "College"), 3},
        {u"dai_hoc"_s, {u"Đại học"_s}, QT_TRANSLATE_NOOP("CodeTable", "University"), 4},
        {u"thac_si"_s, {u"Thạc sĩ"_s, u"Thạc sỹ"_s}, QT_TRANSLATE_NOOP("CodeTable", "Master"), 5},
        {u"tien_si"_s, {u"Tiến sĩ"_s, u"Tiến sỹ"_s}, QT_TRANSLATE_NOOP("CodeTable", "Doctorate"), 6},
    });
    return t;
}

const CodeTable &politicalTheory()
{
    static const CodeTable t(u"political_theory"_s, {
        {u"none"_s, {u"Chưa"_s, u"Không"_s}, QT_TRANSLATE_NOOP("CodeTable", "None"), 0},
        {u"so_cap"_s, {u"Sơ cấp"_s}, QT_TRANSLATE_NOOP("CodeTable", "Elementary political theory"), 1},
        {u"trung_cap"_s, {u"Trung cấp"_s}, QT_TRANSLATE_NOOP("CodeTable", "Intermediate political theory"), 2},
        {u"cao_cap"_s, {u"Cao cấp"_s}, QT_TRANSLATE_NOOP("CodeTable", "Advanced political theory"), 3},
        {u"cu_nhan"_s, {u"Cử nhân"_s}, QT_TRANSLATE_NOOP("CodeTable", "Bachelor of political theory"), 3},
    });
    return t;
}

const CodeTable &stateManagement()
{
    static const CodeTable t(u"state_management"_s, {
        {u"none"_s, {u"Chưa"_s, u"Không"_s}, QT_TRANSLATE_NOOP("CodeTable", "None"), 0},
        {u"chuyen_vien"_s, {u"Chuyên viên"_s}, QT_TRANSLATE_NOOP("CodeTable", "Specialist"), 1},
        {u"chuyen_vien_chinh"_s, {u"Chuyên viên chính"_s}, QT_TRANSLATE_NOOP("CodeTable", "Principal specialist"), 2},
        {u"chuyen_vien_cao_cap"_s, {u"Chuyên viên cao cấp"_s}, QT_TRANSLATE_NOOP("CodeTable", "Senior specialist"), 3},
    });
    return t;
}

const CodeTable &category()
{
    static const CodeTable t(u"category"_s, {
        {u"cb"_s, {u"Cán bộ"_s}, QT_TRANSLATE_NOOP("CodeTable", "Cadre"), 0},
        {u"cc"_s, {u"Công chức"_s}, QT_TRANSLATE_NOOP("CodeTable", "Civil servant"), 1},
        {u"vc"_s, {u"Viên chức"_s}, QT_TRANSLATE_NOOP("CodeTable", "Public employee"), 2},
        {u"cb_xa"_s, {u"Cán bộ cấp xã"_s}, QT_TRANSLATE_NOOP("CodeTable", "Commune cadre"), 3},
        {u"cc_xa"_s, {u"Công chức cấp xã"_s}, QT_TRANSLATE_NOOP("CodeTable", "Commune civil servant"), 4},
        {u"khong_chuyen_trach"_s, {u"Không chuyên trách"_s, u"Người hoạt động không chuyên trách"_s},
         QT_TRANSLATE_NOOP("CodeTable", "Part-time commune worker"), 5},
    });
    return t;
}

const CodeTable &unitKind()
{
    static const CodeTable t(u"kind"_s, {
        {u"tinh"_s, {u"Tỉnh"_s, u"Thành phố trực thuộc trung ương"_s}, QT_TRANSLATE_NOOP("CodeTable", "Province"), 0},
        {u"huyen"_s, {u"Huyện"_s, u"Thị xã"_s, u"Quận"_s, u"Thành phố"_s}, QT_TRANSLATE_NOOP("CodeTable", "District / town"), 1},
        {u"xa"_s, {u"Xã"_s}, QT_TRANSLATE_NOOP("CodeTable", "Commune"), 2},
        {u"phuong"_s, {u"Phường"_s}, QT_TRANSLATE_NOOP("CodeTable", "Ward"), 2},
        {u"thi_tran"_s, {u"Thị trấn"_s}, QT_TRANSLATE_NOOP("CodeTable", "Township"), 2},
        {u"co_quan"_s, {u"Cơ quan"_s, u"Phòng"_s}, QT_TRANSLATE_NOOP("CodeTable", "Agency"), 3},
        {u"don_vi_su_nghiep"_s, {u"Đơn vị sự nghiệp"_s}, QT_TRANSLATE_NOOP("CodeTable", "Public service unit"), 3},
    });
    return t;
}

const CodeTable &communeTitle()
{
    static const CodeTable t(u"position"_s, {
        // Cán bộ cấp xã
        {u"bi_thu"_s, {u"Bí thư Đảng ủy"_s, u"Bí thư"_s}, QT_TRANSLATE_NOOP("CodeTable", "Party Committee Secretary"), 0},
        {u"pho_bi_thu"_s, {u"Phó Bí thư Đảng ủy"_s, u"Phó Bí thư"_s}, QT_TRANSLATE_NOOP("CodeTable", "Deputy Party Committee Secretary"), 0},
        {u"chu_tich_hdnd"_s, {u"Chủ tịch HĐND"_s, u"Chủ tịch Hội đồng nhân dân"_s}, QT_TRANSLATE_NOOP("CodeTable", "Chair of the People's Council"), 0},
        {u"pho_chu_tich_hdnd"_s, {u"Phó Chủ tịch HĐND"_s, u"Phó Chủ tịch Hội đồng nhân dân"_s}, QT_TRANSLATE_NOOP("CodeTable", "Vice-chair of the People's Council"), 0},
        {u"chu_tich_ubnd"_s, {u"Chủ tịch UBND"_s, u"Chủ tịch Ủy ban nhân dân"_s}, QT_TRANSLATE_NOOP("CodeTable", "Chair of the People's Committee"), 0},
        {u"pho_chu_tich_ubnd"_s, {u"Phó Chủ tịch UBND"_s, u"Phó Chủ tịch Ủy ban nhân dân"_s}, QT_TRANSLATE_NOOP("CodeTable", "Vice-chair of the People's Committee"), 0},
        {u"chu_tich_mttq"_s, {u"Chủ tịch Ủy ban MTTQ"_s, u"Chủ tịch MTTQ"_s}, QT_TRANSLATE_NOOP("CodeTable", "Chair of the Fatherland Front"), 0},
        {u"bi_thu_doan"_s, {u"Bí thư Đoàn TNCS Hồ Chí Minh"_s, u"Bí thư Đoàn"_s}, QT_TRANSLATE_NOOP("CodeTable", "Secretary of the Youth Union"), 0},
        {u"chu_tich_phu_nu"_s, {u"Chủ tịch Hội Liên hiệp Phụ nữ"_s, u"Chủ tịch Hội Phụ nữ"_s}, QT_TRANSLATE_NOOP("CodeTable", "Chair of the Women's Union"), 0},
        {u"chu_tich_nong_dan"_s, {u"Chủ tịch Hội Nông dân"_s}, QT_TRANSLATE_NOOP("CodeTable", "Chair of the Farmers' Union"), 0},
        {u"chu_tich_ccb"_s, {u"Chủ tịch Hội Cựu chiến binh"_s}, QT_TRANSLATE_NOOP("CodeTable", "Chair of the Veterans' Association"), 0},
        // Công chức cấp xã
        {u"chi_huy_truong_quan_su"_s, {u"Chỉ huy trưởng Ban Chỉ huy Quân sự"_s, u"Chỉ huy trưởng quân sự"_s}, QT_TRANSLATE_NOOP("CodeTable", "Military Command Chief"), 1},
        {u"van_phong_thong_ke"_s, {u"Văn phòng - thống kê"_s, u"Văn phòng thống kê"_s}, QT_TRANSLATE_NOOP("CodeTable", "Office and statistics"), 1},
        {u"dia_chinh"_s, {u"Địa chính - xây dựng - đô thị và môi trường"_s, u"Địa chính - nông nghiệp - xây dựng và môi trường"_s, u"Địa chính"_s}, QT_TRANSLATE_NOOP("CodeTable", "Land administration, construction and environment"), 1},
        {u"tai_chinh_ke_toan"_s, {u"Tài chính - kế toán"_s, u"Tài chính kế toán"_s}, QT_TRANSLATE_NOOP("CodeTable", "Finance and accounting"), 1},
        {u"tu_phap_ho_tich"_s, {u"Tư pháp - hộ tịch"_s, u"Tư pháp hộ tịch"_s}, QT_TRANSLATE_NOOP("CodeTable", "Justice and civil status"), 1},
        {u"van_hoa_xa_hoi"_s, {u"Văn hóa - xã hội"_s, u"Văn hoá - xã hội"_s, u"Văn hóa xã hội"_s}, QT_TRANSLATE_NOOP("CodeTable", "Culture and social affairs"), 1},
    });
    return t;
}

static QStringList titlesOfGroup(int group)
{
    QStringList out;
    for (const auto &e : communeTitle().entries()) {
        if (e.rank == group)
            out << e.code;
    }
    return out;
}

QStringList communeCadreTitles()
{
    return titlesOfGroup(0);
}

QStringList communeCivilServantTitles()
{
    return titlesOfGroup(1);
}

const CodeTable *forField(const QString &key)
{
    if (key == "gender"_L1)
        return &gender();
    if (key == "category"_L1)
        return &category();
    if (key == "kind"_L1)
        return &unitKind();
    if (key == "position"_L1)
        return &communeTitle();
    if (key == "form"_L1)
        return &DisciplineForms::table();
    return levelsOf(key);
}

const CodeTable *levelsOf(const QString &key)
{
    if (key == "general_education"_L1)
        return &generalEducation();
    if (key == "professional_level"_L1)
        return &professionalLevel();
    if (key == "political_theory"_L1)
        return &politicalTheory();
    if (key == "state_management"_L1)
        return &stateManagement();
    return nullptr;
}

bool isCommuneLevelKind(const QString &kind)
{
    return kind == "xa"_L1 || kind == "phuong"_L1 || kind == "thi_tran"_L1;
}

} // namespace CodeTables

std::optional<bool> parseBoolean(QStringView text, bool *isEmpty)
{
    const QString f = foldText(text);
    if (isEmpty)
        *isEmpty = f.isEmpty();
    if (f.isEmpty())
        return std::nullopt;
    static const QStringList yes{u"1"_s, u"x"_s, u"co"_s, u"yes"_s, u"true"_s, u"y"_s};
    static const QStringList no{u"0"_s, u"khong"_s, u"no"_s, u"false"_s, u"n"_s};
    if (yes.contains(f))
        return true;
    if (no.contains(f))
        return false;
    return std::nullopt;
}
