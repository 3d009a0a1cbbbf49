// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/**
 * Folds Vietnamese text for comparison and search: lower case, diacritics removed
 * (đ → d), surrounding spaces trimmed and inner runs of white space collapsed.
 * "  Nguyễn  Văn Ánh " → "nguyen van anh". Pure function, thread-safe.
 */
[[nodiscard]] QString foldText(QStringView text);

/** Sort key for a Vietnamese full name: given name first (the last word), then the whole name, folded. */
[[nodiscard]] QString nameSortKey(QStringView fullName);
