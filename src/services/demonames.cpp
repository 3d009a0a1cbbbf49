// SPDX-License-Identifier: GPL-3.0-or-later
#include "demonames.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace DemoNames {

std::span<const CommuneTitleProfile> communeTitles()
{
    static const CommuneTitleProfile table[] = {
        {u"bi_thu"_s, 15, 1966, 1982, true, 2020},
        {u"pho_bi_thu"_s, 25, 1968, 1985, true, 2020},
        {u"chu_tich_hdnd"_s, 20, 1966, 1982, true, 2021},
        {u"pho_chu_tich_hdnd"_s, 30, 1968, 1988, true, 2021},
        {u"chu_tich_ubnd"_s, 15, 1968, 1985, true, 2021},
        {u"pho_chu_tich_ubnd"_s, 30, 1970, 1990, true, 2021},
        {u"chu_tich_mttq"_s, 35, 1966, 1982, true, 0},
        {u"bi_thu_doan"_s, 40, 1990, 2000, true, 0},
        {u"chu_tich_phu_nu"_s, 100, 1970, 1990, true, 0},
        {u"chu_tich_nong_dan"_s, 20, 1966, 1985, true, 0},
        {u"chu_tich_ccb"_s, 3, 1965, 1972, true, 0},
        {u"chi_huy_truong_quan_su"_s, 2, 1975, 1995, false, 0},
        {u"van_phong_thong_ke"_s, 60, 1975, 2000, false, 0},
        {u"dia_chinh"_s, 25, 1975, 2000, false, 0},
        {u"tai_chinh_ke_toan"_s, 65, 1975, 2000, false, 0},
        {u"tu_phap_ho_tich"_s, 50, 1975, 2000, false, 0},
        {u"van_hoa_xa_hoi"_s, 50, 1975, 2000, false, 0},
    };
    return table;
}

std::span<const DemoCommune> oldCommunes()
{
    // Codes 25216, 25219 and 25237 are the official ones (LEGAL-RULES.md §7); the other four
    // are illustrative placeholders. UNSURE: the merge mapping comes from a public code dataset
    // only (LEGAL-RULES.md §7): Long Phước + Phước Bình + Long Giang (+ xã Bình Sơn of Phú Riềng,
    // not modelled) → phường Phước Bình; Long Thủy + Thác Mơ + Sơn Giang + Phước Tín → phường
    // Phước Long. Confirm against NQ 1662/NQ-UBTVQH15. The new codes 26001/26002 are made up,
    // and "difficult area" for the two communes is illustrative too.
    static const DemoCommune table[] = {
        {u"25218"_s, u"Phường Long Phước"_s, u"phuong"_s, u"LP"_s, u"26001"_s, false},
        {u"25217"_s, u"Phường Long Thủy"_s, u"phuong"_s, u"LT"_s, u"26002"_s, false},
        {u"25219"_s, u"Phường Phước Bình"_s, u"phuong"_s, u"PB"_s, u"26001"_s, false},
        {u"25237"_s, u"Phường Sơn Giang"_s, u"phuong"_s, u"SG"_s, u"26002"_s, false},
        {u"25216"_s, u"Phường Thác Mơ"_s, u"phuong"_s, u"TM"_s, u"26002"_s, false},
        {u"25220"_s, u"Xã Long Giang"_s, u"xa"_s, u"LG"_s, u"26001"_s, true},
        {u"25222"_s, u"Xã Phước Tín"_s, u"xa"_s, u"PT"_s, u"26002"_s, true},
    };
    return table;
}

std::span<const DemoCommune> newWards()
{
    static const DemoCommune table[] = {
        {u"26001"_s, u"Phường Phước Bình"_s, u"phuong"_s, u"PBM"_s, {}, false},
        {u"26002"_s, u"Phường Phước Long"_s, u"phuong"_s, u"PLM"_s, {}, false},
    };
    return table;
}

std::span<const DemoAgency> townAgencies()
{
    // Names follow the usual town structure; the schools are illustrative. Successors: where the
    // town's work went after the district level was abolished (the town offices stood in phường
    // Long Phước, now part of phường Phước Bình) — a judgement for demo purposes, not a record.
    static const DemoAgency table[] = {
        {u"688-VP"_s, u"Văn phòng HĐND và UBND thị xã"_s, u"co_quan"_s, u"VP"_s, u"26001"_s,
         u"Chánh Văn phòng"_s, u"Phó Chánh Văn phòng"_s,
         {u"Chuyên viên"_s, u"Chuyên viên tổng hợp"_s, u"Văn thư"_s, u"Kế toán"_s},
         {u"Hành chính học"_s, u"Luật"_s, u"Kinh tế"_s, u"Văn thư lưu trữ"_s}, 50},
        {u"688-NV"_s, u"Phòng Nội vụ"_s, u"co_quan"_s, u"NV"_s, u"26001"_s,
         u"Trưởng phòng"_s, u"Phó Trưởng phòng"_s, {u"Chuyên viên"_s, u"Chuyên viên chính"_s},
         {u"Quản lý nhà nước"_s, u"Luật"_s, u"Hành chính học"_s, u"Quản trị nhân lực"_s}, 50},
        {u"688-TCKH"_s, u"Phòng Tài chính - Kế hoạch"_s, u"co_quan"_s, u"TCKH"_s, u"26001"_s,
         u"Trưởng phòng"_s, u"Phó Trưởng phòng"_s, {u"Chuyên viên"_s, u"Kế toán"_s, u"Chuyên viên"_s},
         {u"Kế toán"_s, u"Tài chính - Ngân hàng"_s, u"Kinh tế"_s, u"Kinh tế đầu tư"_s}, 55},
        {u"688-TP"_s, u"Phòng Tư pháp"_s, u"co_quan"_s, u"TP"_s, u"26002"_s,
         u"Trưởng phòng"_s, u"Phó Trưởng phòng"_s, {u"Chuyên viên"_s},
         {u"Luật"_s, u"Luật kinh tế"_s, u"Luật hành chính"_s}, 45},
        {u"688-TNMT"_s, u"Phòng Tài nguyên và Môi trường"_s, u"co_quan"_s, u"TNMT"_s, u"26002"_s,
         u"Trưởng phòng"_s, u"Phó Trưởng phòng"_s, {u"Chuyên viên"_s, u"Cán sự"_s},
         {u"Quản lý đất đai"_s, u"Khoa học môi trường"_s, u"Địa chính"_s}, 35},
        {u"688-VHTT"_s, u"Phòng Văn hóa và Thông tin"_s, u"co_quan"_s, u"VHTT"_s, u"26002"_s,
         u"Trưởng phòng"_s, u"Phó Trưởng phòng"_s, {u"Chuyên viên"_s},
         {u"Văn hóa học"_s, u"Báo chí"_s, u"Công nghệ thông tin"_s, u"Quản lý văn hóa"_s}, 50},
        {u"688-GDDT"_s, u"Phòng Giáo dục và Đào tạo"_s, u"co_quan"_s, u"GDDT"_s, u"26001"_s,
         u"Trưởng phòng"_s, u"Phó Trưởng phòng"_s, {u"Chuyên viên"_s},
         {u"Quản lý giáo dục"_s, u"Sư phạm Toán"_s, u"Sư phạm Ngữ văn"_s}, 60},
        {u"688-TTVH"_s, u"Trung tâm Văn hóa - Thể thao và Truyền thanh thị xã"_s, u"don_vi_su_nghiep"_s,
         u"TTVH"_s, u"26002"_s, u"Giám đốc"_s, u"Phó Giám đốc"_s,
         {u"Viên chức"_s, u"Phát thanh viên"_s, u"Huấn luyện viên"_s, u"Kỹ thuật viên"_s},
         {u"Văn hóa học"_s, u"Giáo dục thể chất"_s, u"Báo chí"_s, u"Âm nhạc"_s, u"Công nghệ thông tin"_s}, 45},
        {u"688-THCS"_s, u"Trường THCS Long Phước"_s, u"don_vi_su_nghiep"_s, u"THCS"_s, u"26001"_s,
         u"Hiệu trưởng"_s, u"Phó Hiệu trưởng"_s,
         {u"Giáo viên"_s, u"Giáo viên"_s, u"Giáo viên"_s, u"Nhân viên thư viện"_s, u"Giáo viên"_s, u"Kế toán"_s},
         {u"Sư phạm Toán"_s, u"Sư phạm Ngữ văn"_s, u"Sư phạm Tiếng Anh"_s, u"Sư phạm Vật lý"_s,
          u"Sư phạm Lịch sử"_s, u"Sư phạm Sinh học"_s}, 70},
        {u"688-TH"_s, u"Trường Tiểu học Thác Mơ"_s, u"don_vi_su_nghiep"_s, u"TH"_s, u"26002"_s,
         u"Hiệu trưởng"_s, u"Phó Hiệu trưởng"_s,
         {u"Giáo viên"_s, u"Giáo viên"_s, u"Giáo viên"_s, u"Nhân viên y tế trường học"_s},
         {u"Giáo dục tiểu học"_s, u"Giáo dục tiểu học"_s, u"Sư phạm Tiếng Anh"_s, u"Sư phạm Âm nhạc"_s}, 80},
    };
    return table;
}

const DemoAgency &townCadres()
{
    static const DemoAgency a{{}, {}, u"co_quan"_s, {}, {}, {}, {},
                              {u"Chủ tịch UBND thị xã"_s, u"Phó Chủ tịch UBND thị xã"_s, u"Phó Chủ tịch UBND thị xã"_s,
                               u"Phó Chủ tịch HĐND thị xã"_s, u"Trưởng Ban Pháp chế HĐND thị xã"_s},
                              {u"Luật"_s, u"Kinh tế"_s, u"Quản lý nhà nước"_s, u"Xây dựng Đảng và chính quyền nhà nước"_s},
                              25};
    return a;
}

const DemoAgency &communeCivilServants()
{
    static const DemoAgency a{{}, {}, u"co_quan"_s, {}, {}, u"Trưởng phòng"_s, u"Phó Trưởng phòng"_s,
                              {u"Chuyên viên Phòng Kinh tế"_s, u"Chuyên viên Phòng Văn hóa - Xã hội"_s,
                               u"Chuyên viên Văn phòng HĐND và UBND"_s},
                              {u"Quản lý nhà nước"_s, u"Kinh tế"_s, u"Luật"_s, u"Hành chính học"_s, u"Kế toán"_s},
                              50};
    return a;
}

const DemoAgency &communePublicEmployees()
{
    static const DemoAgency a{{}, {}, u"don_vi_su_nghiep"_s, {}, {}, u"Hiệu trưởng"_s, u"Phó Hiệu trưởng"_s,
                              {u"Giáo viên"_s, u"Giáo viên"_s, u"Viên chức Trung tâm Phục vụ hành chính công"_s,
                               u"Giáo viên"_s, u"Nhân viên y tế"_s},
                              {u"Giáo dục tiểu học"_s, u"Giáo dục mầm non"_s, u"Sư phạm Toán"_s,
                               u"Sư phạm Ngữ văn"_s, u"Sư phạm Tiếng Anh"_s},
                              70};
    return a;
}

std::span<const WeightedText> surnames()
{
    // Weights per mille, rounded from the usual national shares; southern names (Huỳnh, Võ)
    // a little up since Bình Phước was settled mostly from the south and centre.
    static const WeightedText table[] = {
        {u"Nguyễn"_s, 370}, {u"Trần"_s, 110}, {u"Lê"_s, 95}, {u"Phạm"_s, 70},
        {u"Hoàng"_s, 40}, {u"Huỳnh"_s, 45}, {u"Phan"_s, 45}, {u"Vũ"_s, 35},
        {u"Võ"_s, 45}, {u"Đặng"_s, 21}, {u"Bùi"_s, 20}, {u"Đỗ"_s, 14},
        {u"Hồ"_s, 14}, {u"Ngô"_s, 13}, {u"Dương"_s, 10}, {u"Lý"_s, 6},
    };
    return table;
}

std::span<const QString> maleMiddleNames()
{
    static const QString table[] = {
        u"Văn"_s, u"Văn"_s, u"Văn"_s, u"Văn"_s, u"Hữu"_s, u"Minh"_s, u"Đức"_s, u"Quốc"_s,
        u"Thanh"_s, u"Công"_s, u"Xuân"_s, u"Hoàng"_s, u"Trọng"_s, u"Tấn"_s, u"Ngọc"_s,
    };
    return table;
}

std::span<const QString> femaleMiddleNames()
{
    static const QString table[] = {
        u"Thị"_s, u"Thị"_s, u"Thị"_s, u"Thị"_s, u"Thị"_s, u"Ngọc"_s, u"Thanh"_s, u"Thu"_s,
        u"Kim"_s, u"Minh"_s, u"Mỹ"_s, u"Thùy"_s, u"Bích"_s, u"Hồng"_s, u"Phương"_s,
    };
    return table;
}

std::span<const QString> maleGivenNames()
{
    static const QString table[] = {
        u"Hùng"_s, u"Dũng"_s, u"Tuấn"_s, u"Minh"_s, u"Hải"_s, u"Nam"_s, u"Phúc"_s, u"Long"_s,
        u"Quang"_s, u"Sơn"_s, u"Thành"_s, u"Trung"_s, u"Hiếu"_s, u"Khoa"_s, u"Bình"_s, u"Cường"_s,
        u"Đạt"_s, u"Hòa"_s, u"Huy"_s, u"Khánh"_s, u"Lâm"_s, u"Lợi"_s, u"Nghĩa"_s, u"Phong"_s,
        u"Tài"_s, u"Thắng"_s, u"Thịnh"_s, u"Toàn"_s, u"Vinh"_s, u"Tâm"_s, u"Tùng"_s, u"Hưng"_s,
        u"Duy"_s, u"Trí"_s, u"Tú"_s, u"Quân"_s, u"Sang"_s, u"Tín"_s, u"Phước"_s, u"Thuận"_s,
    };
    return table;
}

std::span<const QString> femaleGivenNames()
{
    static const QString table[] = {
        u"Hương"_s, u"Lan"_s, u"Mai"_s, u"Hoa"_s, u"Hằng"_s, u"Nga"_s, u"Thảo"_s, u"Trang"_s,
        u"Linh"_s, u"Phương"_s, u"Thủy"_s, u"Yến"_s, u"Hạnh"_s, u"Loan"_s, u"Nhung"_s, u"Oanh"_s,
        u"Quyên"_s, u"Tuyết"_s, u"Vân"_s, u"Xuân"_s, u"Ngân"_s, u"Diễm"_s, u"Hiền"_s, u"Dung"_s,
        u"Huyền"_s, u"Hà"_s, u"Giang"_s, u"Anh"_s, u"Châu"_s, u"Nhi"_s, u"Trinh"_s, u"Thư"_s,
        u"My"_s, u"Uyên"_s, u"Lệ"_s, u"Thắm"_s,
    };
    return table;
}

std::span<const QString> stiengMaleGivenNames()
{
    static const QString table[] = {
        u"Lành"_s, u"Xoong"_s, u"Ré"_s, u"Bình"_s, u"Minh"_s, u"Khánh"_s, u"Đức"_s, u"Lợi"_s,
        u"Thanh"_s, u"Vinh"_s, u"Sơn"_s, u"Hiền"_s, u"Nhơn"_s, u"Dũng"_s, u"Ngoan"_s, u"Hùng"_s,
        u"Tâm"_s, u"Phương"_s,
    };
    return table;
}

std::span<const QString> stiengFemaleGivenNames()
{
    static const QString table[] = {
        u"Hương"_s, u"Mai"_s, u"Bích"_s, u"Loan"_s, u"Hồng"_s, u"Lan"_s, u"Thơm"_s, u"Nga"_s,
        u"Ngọc"_s, u"Ly"_s, u"Dung"_s, u"Huyền"_s, u"Thúy"_s, u"Bé"_s,
    };
    return table;
}

std::span<const QString> fieldsForCommuneTitle(const QString &title)
{
    static const QString partyAndState[] = {
        u"Luật"_s, u"Kinh tế"_s, u"Quản lý nhà nước"_s, u"Xây dựng Đảng và chính quyền nhà nước"_s,
        u"Kinh tế nông nghiệp"_s, u"Hành chính học"_s,
    };
    static const QString massOrganisations[] = {
        u"Luật"_s, u"Quản lý nhà nước"_s, u"Công tác xã hội"_s, u"Chính trị học"_s,
        u"Kinh tế nông nghiệp"_s, u"Xã hội học"_s,
    };
    static const QString military[] = {u"Quân sự cơ sở"_s, u"Quân sự cơ sở"_s, u"Quân sự địa phương"_s};
    static const QString office[] = {u"Hành chính học"_s, u"Văn thư lưu trữ"_s, u"Thống kê"_s, u"Quản trị văn phòng"_s};
    static const QString land[] = {u"Quản lý đất đai"_s, u"Quản lý đất đai"_s, u"Địa chính"_s,
                                   u"Kỹ thuật xây dựng"_s, u"Quản lý tài nguyên và môi trường"_s};
    static const QString finance[] = {u"Kế toán"_s, u"Kế toán"_s, u"Tài chính - Ngân hàng"_s, u"Kế toán doanh nghiệp"_s};
    static const QString justice[] = {u"Luật"_s, u"Luật"_s, u"Luật kinh tế"_s, u"Luật hành chính"_s};
    static const QString culture[] = {u"Văn hóa học"_s, u"Công tác xã hội"_s, u"Quản lý văn hóa"_s, u"Lao động - Xã hội"_s};

    if (title == "chi_huy_truong_quan_su"_L1)
        return military;
    if (title == "van_phong_thong_ke"_L1)
        return office;
    if (title == "dia_chinh"_L1)
        return land;
    if (title == "tai_chinh_ke_toan"_L1)
        return finance;
    if (title == "tu_phap_ho_tich"_L1)
        return justice;
    if (title == "van_hoa_xa_hoi"_L1)
        return culture;
    if (title == "chu_tich_mttq"_L1 || title == "bi_thu_doan"_L1 || title == "chu_tich_phu_nu"_L1
        || title == "chu_tich_nong_dan"_L1 || title == "chu_tich_ccb"_L1)
        return massOrganisations;
    return partyAndState;
}

QString fieldForPosition(const QString &position)
{
    static const std::pair<QString, QString> table[] = {
        {u"Kế toán"_s, u"Kế toán"_s},
        {u"Văn thư"_s, u"Văn thư lưu trữ"_s},
        {u"Nhân viên thư viện"_s, u"Thư viện - Thông tin"_s},
        {u"Nhân viên y tế"_s, u"Điều dưỡng"_s},
        {u"Nhân viên y tế trường học"_s, u"Điều dưỡng"_s},
        {u"Huấn luyện viên"_s, u"Giáo dục thể chất"_s},
        {u"Viên chức Trung tâm Phục vụ hành chính công"_s, u"Hành chính học"_s},
    };
    for (const auto &[p, field] : table) {
        if (p == position)
            return field;
    }
    return {};
}

std::span<const QString> unrelatedFields()
{
    static const QString table[] = {
        u"Kinh tế"_s, u"Sư phạm Toán"_s, u"Nông học"_s, u"Quản trị kinh doanh"_s, u"Công nghệ thông tin"_s,
    };
    return table;
}

std::span<const QString> generalFields()
{
    static const QString table[] = {
        u"Quản lý nhà nước"_s, u"Kinh tế"_s, u"Luật"_s, u"Nông học"_s, u"Công tác xã hội"_s, u"Hành chính học"_s,
    };
    return table;
}

std::span<const PartTimePosition> partTimePositions()
{
    static const PartTimePosition table[] = {
        {u"Phó Chỉ huy trưởng quân sự"_s, u"Quân sự cơ sở"_s, 3, 1975, 1998},
        {u"Công an viên"_s, {}, 10, 1975, 2000},
        {u"Phó Chủ tịch Ủy ban MTTQ"_s, {}, 40, 1968, 1990},
        {u"Văn phòng Đảng ủy"_s, u"Hành chính học"_s, 60, 1980, 2000},
        {u"Phó Bí thư Đoàn"_s, {}, 45, 1992, 2002},
        {u"Phó Chủ tịch Hội Liên hiệp Phụ nữ"_s, {}, 100, 1975, 1995},
        {u"Phó Chủ tịch Hội Nông dân"_s, u"Nông học"_s, 25, 1968, 1990},
        {u"Phó Chủ tịch Hội Cựu chiến binh"_s, {}, 2, 1965, 1972},
        {u"Thủ quỹ - văn thư - lưu trữ"_s, u"Văn thư lưu trữ"_s, 70, 1980, 2000},
        {u"Nhân viên thú y"_s, u"Thú y"_s, 20, 1978, 2000},
        {u"Nhân viên khuyến nông"_s, u"Nông học"_s, 35, 1978, 2000},
        {u"Chủ tịch Hội Chữ thập đỏ"_s, {}, 55, 1970, 1995},
        {u"Phụ trách Đài truyền thanh"_s, u"Báo chí"_s, 40, 1980, 2000},
        {u"Chủ tịch Hội Người cao tuổi"_s, {}, 20, 1965, 1967},
    };
    return table;
}

std::span<const QString> itSkills()
{
    static const QString table[] = {
        u"Chứng chỉ ứng dụng CNTT cơ bản"_s, u"Chứng chỉ ứng dụng CNTT cơ bản"_s,
        u"Chứng chỉ ứng dụng CNTT cơ bản"_s, u"Chứng chỉ ứng dụng CNTT cơ bản"_s,
        u"Chứng chỉ ứng dụng CNTT cơ bản"_s, u"Chứng chỉ ứng dụng CNTT cơ bản"_s,
        u"Tin học văn phòng"_s, u"Tin học văn phòng"_s, u"Chứng chỉ tin học A"_s, u"Chứng chỉ tin học B"_s,
        u"Chứng chỉ ứng dụng CNTT nâng cao"_s,
    };
    return table;
}

std::span<const QString> foreignLanguages()
{
    static const QString table[] = {
        u"Tiếng Anh B"_s, u"Tiếng Anh B"_s, u"Tiếng Anh B"_s, u"Tiếng Anh bậc 2"_s,
        u"Tiếng Anh bậc 2"_s, u"Tiếng Anh bậc 2"_s, u"Tiếng Anh A"_s, u"Tiếng Anh bậc 3"_s,
        u"Tiếng Anh B1"_s, u"Tiếng Anh A2"_s, u"Tiếng Trung bậc 2"_s,
    };
    return table;
}

} // namespace DemoNames
