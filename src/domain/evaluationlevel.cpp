// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationlevel.h"

using namespace Qt::StringLiterals;

namespace EvaluationLevels {

const CodeTable &table()
{
    // Luật CBCC Art 29/58 (as amended 2019) and Luật Viên chức Art 42: the four levels.
    static const CodeTable t(u"level"_s, {
        {XuatSac, {u"HTXSNV"_s, u"Hoàn thành xuất sắc nhiệm vụ"_s, u"Xuất sắc"_s},
         QT_TRANSLATE_NOOP("CodeTable", "Excellent completion of tasks"), 4},
        {Tot, {u"HTTNV"_s, u"Hoàn thành tốt nhiệm vụ"_s, u"Tốt"_s},
         QT_TRANSLATE_NOOP("CodeTable", "Good completion of tasks"), 3},
        {HoanThanh, {u"HTNV"_s, u"Hoàn thành nhiệm vụ"_s, u"Hoàn thành"_s},
         QT_TRANSLATE_NOOP("CodeTable", "Tasks completed"), 2},
        {KhongHoanThanh, {u"KHTNV"_s, u"Không hoàn thành nhiệm vụ"_s, u"Không hoàn thành"_s},
         QT_TRANSLATE_NOOP("CodeTable", "Tasks not completed"), 1},
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

int rank(const QString &level)
{
    return level.isEmpty() ? -1 : table().rank(level);
}

bool isHigher(const QString &a, const QString &b)
{
    const int ra = rank(a);
    const int rb = rank(b);
    return ra > 0 && rb > 0 && ra > rb;
}

QString abbreviation(const QString &level)
{
    for (const CodeEntry &e : table().entries()) {
        if (e.code == level)
            return e.words.value(0);
    }
    return {};
}

QString label(const QString &level)
{
    return table().label(level);
}

} // namespace EvaluationLevels
