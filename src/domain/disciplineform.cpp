// SPDX-License-Identifier: GPL-3.0-or-later
#include "disciplineform.h"

using namespace Qt::StringLiterals;

namespace DisciplineForms {

const CodeTable &table()
{
    static const CodeTable t(u"form"_s, {
        {KhienTrach, {u"Khiển trách"_s}, QT_TRANSLATE_NOOP("CodeTable", "Reprimand"), 1},
        {CanhCao, {u"Cảnh cáo"_s}, QT_TRANSLATE_NOOP("CodeTable", "Warning"), 2},
        {HaBacLuong, {u"Hạ bậc lương"_s}, QT_TRANSLATE_NOOP("CodeTable", "Salary step demotion"), 3},
        {GiangChuc, {u"Giáng chức"_s}, QT_TRANSLATE_NOOP("CodeTable", "Demotion in post"), 4},
        {CachChuc, {u"Cách chức"_s}, QT_TRANSLATE_NOOP("CodeTable", "Removal from post"), 5},
        {BuocThoiViec, {u"Buộc thôi việc"_s}, QT_TRANSLATE_NOOP("CodeTable", "Forced dismissal"), 6},
        {BaiNhiem, {u"Bãi nhiệm"_s}, QT_TRANSLATE_NOOP("CodeTable", "Removal by the electing body"), 6},
    });
    return t;
}

QStringList codes()
{
    return table().codes();
}

std::optional<QString> match(QStringView text)
{
    return table().match(text);
}

int severity(const QString &form)
{
    return table().rank(form);
}

bool isHeavier(const QString &a, const QString &b)
{
    const int ra = severity(a);
    const int rb = severity(b);
    return ra > 0 && rb > 0 && ra > rb;
}

bool isReprimandOrAbove(const QString &form)
{
    return severity(form) >= severity(KhienTrach);
}

bool endsService(const QString &form)
{
    return form == BuocThoiViec || form == BaiNhiem;
}

QString label(const QString &form)
{
    return table().label(form);
}

} // namespace DisciplineForms
