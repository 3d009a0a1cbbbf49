// SPDX-License-Identifier: GPL-3.0-or-later
#include "culture.h"

using namespace Qt::StringLiterals;

namespace CultureResults {

const CodeTable &table()
{
    // Words offices write in their sheets: "Đạt"/"Vi phạm", ticks, and "KAD" or "-" for not applicable.
    static const CodeTable t(u"result"_s, {
        {QString(Pass), {u"Đạt"_s, u"1"_s, u"x"_s, u"có"_s, u"pass"_s, u"ok"_s},
         QT_TRANSLATE_NOOP("CodeTable", "Pass"), 2},
        {QString(Breach), {u"Vi phạm"_s, u"Không đạt"_s, u"0"_s, u"breach"_s, u"fail"_s},
         QT_TRANSLATE_NOOP("CodeTable", "Breach"), 1},
        {QString(NotApplicable), {u"Không áp dụng"_s, u"KAD"_s, u"N/A"_s, u"NA"_s, u"-"_s},
         QT_TRANSLATE_NOOP("CodeTable", "Not applicable"), 0},
    });
    return t;
}

} // namespace CultureResults

namespace CultureGroups {

const CodeTable &table()
{
    static const CodeTable t(u"group"_s, {
        {u"tinh_than"_s, {u"Tinh thần, thái độ làm việc"_s, u"Tinh thần"_s},
         QT_TRANSLATE_NOOP("CodeTable", "Spirit and attitude at work"), 1},
        {u"giao_tiep"_s, {u"Chuẩn mực giao tiếp, ứng xử"_s, u"Giao tiếp, ứng xử"_s, u"Giao tiếp"_s},
         QT_TRANSLATE_NOOP("CodeTable", "Communication and conduct"), 2},
        {u"dao_duc"_s, {u"Chuẩn mực đạo đức, lối sống"_s, u"Đạo đức, lối sống"_s, u"Đạo đức"_s},
         QT_TRANSLATE_NOOP("CodeTable", "Ethics and lifestyle"), 3},
        {u"trang_phuc"_s, {u"Trang phục"_s}, QT_TRANSLATE_NOOP("CodeTable", "Dress"), 4},
    });
    return t;
}

} // namespace CultureGroups

namespace CultureViolationStatus {

const CodeTable &table()
{
    static const CodeTable t(u"status"_s, {
        {QString(Reported), {u"Ghi nhận"_s, u"Chưa xác minh"_s}, QT_TRANSLATE_NOOP("CodeTable", "Reported"), 0},
        {QString(Confirmed), {u"Đã xác minh"_s, u"Xác minh"_s}, QT_TRANSLATE_NOOP("CodeTable", "Confirmed"), 1},
        {QString(Dismissed), {u"Không vi phạm"_s, u"Bác bỏ"_s}, QT_TRANSLATE_NOOP("CodeTable", "Dismissed"), 2},
    });
    return t;
}

} // namespace CultureViolationStatus
