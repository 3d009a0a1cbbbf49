// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codetable.h"

#include <QString>
#include <QStringList>

#include <optional>

/**
 * The discipline forms (hình thức kỷ luật) of RECORDS-CSV.md "Discipline": codes, the Vietnamese
 * words accepted for them and their order, lightest first. Which forms a person may receive is
 * decided by the rule set in force (disciplinerules.h), not here.
 */
namespace DisciplineForms {

inline constexpr QLatin1StringView KhienTrach{"khien_trach"};      ///< reprimand
inline constexpr QLatin1StringView CanhCao{"canh_cao"};            ///< warning
inline constexpr QLatin1StringView HaBacLuong{"ha_bac_luong"};     ///< salary-step demotion
inline constexpr QLatin1StringView GiangChuc{"giang_chuc"};        ///< demotion in post
inline constexpr QLatin1StringView CachChuc{"cach_chuc"};          ///< removal from post
inline constexpr QLatin1StringView BuocThoiViec{"buoc_thoi_viec"}; ///< forced dismissal
inline constexpr QLatin1StringView BaiNhiem{"bai_nhiem"};          ///< removal by the electing body

/**
 * The form table (field "form"). Rank is the severity, 1 = khien_trach; buoc_thoi_viec and
 * bai_nhiem share the heaviest rank (RECORDS-CSV.md lists them as "bai_nhiem / buoc_thoi_viec").
 */
const CodeTable &table();
/** Every form code, lightest first (buoc_thoi_viec before bai_nhiem at the shared heaviest rank). */
QStringList codes();
/** The form code for a code or Vietnamese word (without case or diacritics), or nullopt. */
[[nodiscard]] std::optional<QString> match(QStringView text);
/** Severity of a form (1 = lightest), -1 when unknown. */
[[nodiscard]] int severity(const QString &form);
/** True when a is strictly heavier than b (both known). */
[[nodiscard]] bool isHeavier(const QString &a, const QString &b);
/**
 * "Khiển trách or above" (the reform plan's per-unit target; ND 335/2025 KHTNV rule): every known
 * form, since khiển trách is the lightest.
 */
[[nodiscard]] bool isReprimandOrAbove(const QString &form);
/** Forms that end the person's service (buoc_thoi_viec, bai_nhiem): no bar period follows them. */
[[nodiscard]] bool endsService(const QString &form);
/** Translated label of a form (the code when unknown). */
[[nodiscard]] QString label(const QString &form);

} // namespace DisciplineForms
