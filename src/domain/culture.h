// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codetable.h"

#include <QDate>
#include <QString>

/**
 * The public-service culture (văn hóa công vụ, QĐ 1847/QĐ-TTg; LEGAL-RULES.md §3): the checklist items,
 * inspections and their observations, and the violations log. Plain values; CultureService keeps them.
 */

/** One checklist item (LEGAL-RULES.md §3.3): editable reference data with its legal basis. */
struct CultureItem
{
    QString code;          ///< e.g. "the_deo" (stable key used in files and reports)
    int ordinal = 0;       ///< display order
    QString group;         ///< a CultureGroups code: tinh_than, giao_tiep, dao_duc, trang_phuc
    QString labelVi;       ///< the item as the office words it (Vietnamese)
    QString labelEn;       ///< English wording (shown with --lang en / English UI); may be empty
    QString basis;         ///< legal basis, e.g. "QĐ 129/2007/QĐ-TTg; QĐ 2816/QĐ-BNV"
    bool leadersOnly = false; ///< applies to leaders only (item 10)
    bool active = true;    ///< retired items stay for history but are not offered
    QString origin = QStringLiteral("shipped"); ///< shipped | edited | added

    friend bool operator==(const CultureItem &, const CultureItem &) = default;
};

/** One inspection (đợt kiểm tra) of a unit on a date by an inspector. */
struct CultureInspection
{
    qint64 id = 0;         ///< 0 = not stored yet
    QString unitCode;
    QDate date;            ///< ngày kiểm tra
    QString inspector;     ///< người kiểm tra
    QString note;

    friend bool operator==(const CultureInspection &, const CultureInspection &) = default;
};

/** What an inspection saw for one person and one item. */
struct CultureObservation
{
    qint64 inspectionId = 0;
    QString staffCode;
    QString itemCode;
    QString result;        ///< a CultureResults code: dat, vi_pham, khong_ap_dung
    QString note;

    friend bool operator==(const CultureObservation &, const CultureObservation &) = default;
};

/** One entry of the violations log (sổ theo dõi vi phạm). */
struct CultureViolation
{
    qint64 id = 0;
    QString staffCode;
    QString itemCode;
    QDate date;            ///< ngày vi phạm
    qint64 inspectionId = 0; ///< the inspection that found it; 0 = reported otherwise
    QString description;
    QString status = QStringLiteral("reported"); ///< a CultureViolationStatus code
    qint64 disciplineId = 0; ///< the discipline decision started from it; 0 = none

    friend bool operator==(const CultureViolation &, const CultureViolation &) = default;
};

namespace CultureResults {
inline constexpr QLatin1StringView Pass{"dat"};                 ///< đạt
inline constexpr QLatin1StringView Breach{"vi_pham"};           ///< vi phạm
inline constexpr QLatin1StringView NotApplicable{"khong_ap_dung"}; ///< không áp dụng
/** Field "result": codes and the Vietnamese words (đạt, vi phạm, không áp dụng; also 1/0/x). */
const CodeTable &table();
} // namespace CultureResults

namespace CultureGroups {
/** The four content groups of QĐ 1847 (tinh_than, giao_tiep, dao_duc, trang_phuc). */
const CodeTable &table();
} // namespace CultureGroups

namespace CultureViolationStatus {
inline constexpr QLatin1StringView Reported{"reported"};   ///< ghi nhận, chưa xác minh
inline constexpr QLatin1StringView Confirmed{"confirmed"}; ///< đã xác minh
inline constexpr QLatin1StringView Dismissed{"dismissed"}; ///< không vi phạm
const CodeTable &table();
} // namespace CultureViolationStatus
