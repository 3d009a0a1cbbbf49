// SPDX-License-Identifier: GPL-3.0-or-later
#include "demonames.h"

using namespace Qt::StringLiterals;

namespace DemoNames {

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
        u"Thanh"_s, u"Vinh"_s, u"Sơn"_s, u"Hiền"_s, u"Nhơn"_s, u"Dũng"_s,
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
        u"Tin học văn phòng"_s, u"Chứng chỉ tin học A"_s, u"Chứng chỉ tin học B"_s,
        u"Chứng chỉ ứng dụng CNTT nâng cao"_s, u"Cao đẳng Công nghệ thông tin"_s,
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
