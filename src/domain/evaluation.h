// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    /** The score in points (e.g. 87.5), or nullopt. */
    [[nodiscard]] std::optional<double> score() const
    {
        return scoreTenths ? std::optional<double>(*scoreTenths / 10.0) : std::nullopt;
    }

    friend bool operator==(const Evaluation &, const Evaluation &) = default;
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
