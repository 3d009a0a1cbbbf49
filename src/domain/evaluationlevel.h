// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codetable.h"

#include <QString>
#include <QStringList>

#include <optional>

/**
 * The four quality levels of the annual evaluation (LEGAL-RULES.md §1.1; RECORDS-CSV.md
 * "Evaluations"): codes, the abbreviations (HTXSNV …) and Vietnamese words accepted for them, and
 * their order. Which level a person may get is decided by EvaluationRules, not here.
 */
namespace EvaluationLevels {

inline constexpr QLatin1StringView XuatSac{"xuat_sac"};                 ///< HTXSNV
inline constexpr QLatin1StringView Tot{"tot"};                          ///< HTTNV
inline constexpr QLatin1StringView HoanThanh{"hoan_thanh"};             ///< HTNV
inline constexpr QLatin1StringView KhongHoanThanh{"khong_hoan_thanh"}; ///< KHTNV

/** The level table (field "level"); rank 4 = xuat_sac … 1 = khong_hoan_thanh. */
const CodeTable &table();
/** Every level code, highest first. */
QStringList codes();
/** The level code for a code, abbreviation or Vietnamese words (without case or diacritics), or nullopt. */
[[nodiscard]] std::optional<QString> match(QStringView text);
/** Rank of a level (4 = xuat_sac, 1 = khong_hoan_thanh), -1 when unknown or empty. */
[[nodiscard]] int rank(const QString &level);
/** True when a is strictly higher than b (both known). */
[[nodiscard]] bool isHigher(const QString &a, const QString &b);
/** The official abbreviation: HTXSNV, HTTNV, HTNV, KHTNV ("" when unknown). */
[[nodiscard]] QString abbreviation(const QString &level);
/** Translated label of a level (the code when unknown). */
[[nodiscard]] QString label(const QString &level);

} // namespace EvaluationLevels
