// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowversion.h"

#include <QDate>
#include <QString>

#include <optional>

/**
 * One person's evaluation for one year (RECORDS-CSV.md "Evaluations"): a value, judged by
 * EvaluationRules. The score is held in tenths of a point (the file allows one decimal), so that the
 * score bands compare integers.
 */
struct Evaluation
{
    QString staffCode;          ///< mã cán bộ
    int year = 0;               ///< năm đánh giá
    QString taskGroup;          ///< nhóm nhiệm vụ; empty = the person's position
    int monthsWorked = 12;      ///< số tháng công tác
    int monthsAbsent = 0;       ///< số tháng nghỉ (lawful leave, not maternity)
    bool maternityLeave = false; ///< nghỉ thai sản
    std::optional<int> scoreTenths; ///< điểm × 10 (0–1000); nullopt = no score
    QString selfLevel;          ///< tự xếp loại (an EvaluationLevels code or empty)
    QString proposedLevel;      ///< cấp trên đề xuất
    QString finalLevel;         ///< kết quả xếp loại; empty = not decided yet
    bool initiative = false;    ///< sáng kiến recognised at grassroots level in the year
    QString note;               ///< ghi chú
    QString status = QStringLiteral("decided"); ///< draft, self_assessed, proposed, decided (imports: decided when the final level is given)
    QString overrideReason;     ///< why a level above the allowed maximum was decided (GUI)
    QString decisionNo;         ///< the competent authority's decision or notice
    QDate decisionDate;
    qint64 id = 0;              ///< storage id; 0 = not stored yet
    RowVersion rowVersion;      ///< the version read (concurrent editing; covers the written form too)

    /** The score in points (e.g. 87.5), or nullopt. */
    [[nodiscard]] std::optional<double> score() const
    {
        return scoreTenths ? std::optional<double>(*scoreTenths / 10.0) : std::nullopt;
    }

    friend bool operator==(const Evaluation &, const Evaluation &) = default;
};

/** The workflow states of an evaluation (issue 4 §5): draft → self_assessed → proposed → decided (locked). */
namespace EvaluationStatus {
inline constexpr QLatin1StringView Draft{"draft"};               ///< nháp
inline constexpr QLatin1StringView SelfAssessed{"self_assessed"}; ///< đã tự đánh giá
inline constexpr QLatin1StringView Proposed{"proposed"};         ///< cấp trên đã đề xuất
inline constexpr QLatin1StringView Decided{"decided"};           ///< đã quyết định (khóa)
} // namespace EvaluationStatus

/**
 * The written parts of the evaluation form (phiếu đánh giá, xếp loại chất lượng: Mẫu 01 cán bộ,
 * 02 công chức, 03 viên chức of ND 90/2020; LEGAL-RULES.md §1.9). Stored apart from the levels, so
 * that a file import never touches it.
 */
struct EvaluationForm
{
    // Part I: self-assessment (tự đánh giá), the five criteria groups
    QString politics;           ///< 1. chính trị tư tưởng
    QString ethics;             ///< 2. đạo đức, lối sống
    QString workStyle;          ///< 3. tác phong, lề lối làm việc
    QString discipline;         ///< 4. ý thức tổ chức kỷ luật
    QString taskResults;        ///< 5. kết quả thực hiện chức trách, nhiệm vụ được giao
    // Leaders and managers only (dành cho cán bộ, công chức, viên chức lãnh đạo, quản lý)
    QString leaderUnitResults;  ///< kết quả hoạt động của cơ quan, tổ chức, đơn vị được giao lãnh đạo, quản lý
    QString leaderCapacity;     ///< năng lực lãnh đạo, quản lý
    QString leaderUnity;        ///< năng lực tập hợp, đoàn kết
    // Part II: self-comment (tự nhận xét); the self-rating is Evaluation::selfLevel
    QString strengths;          ///< ưu điểm
    QString weaknesses;         ///< hạn chế, khuyết điểm
    // Later parts
    QString collectiveComments; ///< ý kiến của tập thể đơn vị
    QString managerComments;    ///< nhận xét, đánh giá của người quản lý trực tiếp (with Evaluation::proposedLevel)

    [[nodiscard]] bool isEmpty() const { return *this == EvaluationForm{}; }
    friend bool operator==(const EvaluationForm &, const EvaluationForm &) = default;
};

/** The exception to the cap on "excellent" for one unit and year (QĐ 366-QĐ/TW Art 11; ND 233/2026 Art 12 cl 6b). */
struct ExcellentCapException
{
    QString unitCode;
    int year = 0;
    QString decisionNo;
    QString reason;

    friend bool operator==(const ExcellentCapException &, const ExcellentCapException &) = default;
};
