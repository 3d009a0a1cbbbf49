// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/** One discipline decision (RECORDS-CSV.md "Discipline"): a value, checked by DisciplineRules. */
struct DisciplineDecision
{
    QString staffCode;    ///< mã cán bộ
    QString form;         ///< a DisciplineForms code
    QString decisionNo;   ///< số quyết định
    QDate decisionDate;   ///< ngày quyết định
    QDate effectiveDate;  ///< ngày hiệu lực; invalid = decisionDate (see effectiveOn())
    QDate violationDate;  ///< ngày vi phạm; invalid = not known
    QString reason;       ///< nội dung vi phạm
    QDate detectedDate;   ///< ngày phát hiện (not in the file format): starts the processing period; invalid = not known
    qint64 id = 0;        ///< storage id; 0 = not stored yet

    /** The date the decision takes effect: effectiveDate, or decisionDate when none is given. */
    [[nodiscard]] QDate effectiveOn() const { return effectiveDate.isValid() ? effectiveDate : decisionDate; }

    friend bool operator==(const DisciplineDecision &, const DisciplineDecision &) = default;
};
