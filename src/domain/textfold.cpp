// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

QString foldText(QStringView text)
{
    // NFD splits every precomposed Vietnamese letter into a base letter and combining marks,
    // which are then dropped. Đ/đ has no decomposition and is mapped by hand.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
            || cat == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        if (c == QChar(0x0110) || c == QChar(0x0111))
            out.append(QLatin1Char('d'));
        else
            out.append(c.toLower());
    }
    return out;
}

QString nameSortKey(QStringView fullName)
{
    const QString folded = foldText(fullName);
    const qsizetype lastSpace = folded.lastIndexOf(QLatin1Char(' '));
    if (lastSpace < 0)
        return folded;
    return folded.mid(lastSpace + 1) + QLatin1Char(' ') + folded;
}
