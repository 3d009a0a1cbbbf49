// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codetable.h"
#include "fielderror.h"
#include "staffmember.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

/**
 * The training catalogue (danh mục khóa đào tạo, bồi dưỡng; LEGAL-RULES.md §5: ND 101/2017 Art. 17 as
 * amended by ND 89/2021, now ND 171/2025): plain values. A course says what it grants on completion in
 * the terms of the title standards (StandardRequirement): a requirement key and the value it puts on
 * the person's record (a level code for ranked keys, a text for the others).
 */

/** One staff-file value a course gives on completion, or asks for before it (same terms as the standards). */
struct CourseValue
{
    QString key;   ///< a requirement key: general_education, professional_level, professional_field, political_theory, state_management, it_skill, foreign_language
    QString value; ///< ranked keys (CodeTables::levelsOf): the level code, e.g. "trung_cap"; others: the text recorded, e.g. "Luật"

    friend bool operator==(const CourseValue &, const CourseValue &) = default;
};

/** One course of the catalogue: editable reference data (costs and providers are examples the office edits). */
struct TrainingCourse
{
    QString code;          ///< stable key, e.g. "llct_trung_cap"
    int ordinal = 0;       ///< display order
    QString kind;          ///< a TrainingKinds code
    QString nameVi;        ///< tên khóa học
    QString nameEn;        ///< English name; may be empty
    QString provider;      ///< cơ sở đào tạo (example)
    int duration = 0;      ///< in durationUnit
    QString durationUnit = QStringLiteral("day"); ///< "day" or "month"
    qint64 cost = 0;       ///< typical cost per person, VND (example)
    std::vector<CourseValue> grants;        ///< what completion puts on the record (empty: nothing a standard reads)
    std::vector<CourseValue> prerequisites; ///< what the record must already hold to enrol (checked as "at least")
    QStringList positions; ///< the titles it is meant for (e.g. chi_huy_truong_quan_su); empty = anyone
    QString basis;         ///< legal basis of the programme
    QString note;
    bool active = true;    ///< retired courses stay for history but are not offered
    QString origin = QStringLiteral("shipped"); ///< shipped | edited | added

    /**
     * The record after completion: a ranked level is raised (never lowered); a text field is filled in, or,
     * holding another value already (a field of study), gets the new one added ("Luật; Kế toán"): nothing held is lost.
     */
    [[nodiscard]] StaffMember appliedTo(StaffMember member) const;
    /** Whether the course is meant for member's title (positions empty, or holding one of them). */
    [[nodiscard]] bool offeredTo(const StaffMember &member) const;
    /** Whether member's record holds every prerequisite (ranked keys: that level or higher; others: filled in). */
    [[nodiscard]] bool admits(const StaffMember &member) const;
    /** The day it ends when started on start (duration days or months later); null when start is null. */
    [[nodiscard]] QDate endFrom(const QDate &start) const;
    /** The grant for key, if any. */
    [[nodiscard]] const CourseValue *grantFor(const QString &key) const;

    friend bool operator==(const TrainingCourse &, const TrainingCourse &) = default;
};

/** The kinds of programmes (ND 101/2017 Art. 17 as amended; ND 171/2025) plus IT, foreign language and degrees. */
namespace TrainingKinds {
/** political_theory, state_management, leadership, job_position, defence_security, it, foreign_language, degree. */
const CodeTable &table();
/** The kind whose courses close a gap in requirement key ("" for general_education: schooling, not training). */
QString forRequirement(const QString &key);
} // namespace TrainingKinds

/** The units of a course's duration: day, month. */
namespace TrainingDurationUnits {
const CodeTable &table();
}

/** The requirement keys a course may grant or ask for (the staff fields the title standards read). */
namespace TrainingRequirementKeys {
QStringList all();
}

/**
 * The catalogue file (assets/training/catalogue.json) and the course's JSON snapshot (audit rows,
 * exports): {"code", "kind", "name_vi", "name_en", "provider", "duration", "duration_unit", "cost",
 * "grants": [{"key", "value"}], "prerequisites": [...], "positions": [...], "basis", "note"}, plus "active" and "origin" in
 * snapshots.
 */
class TrainingCatalogueJson
{
    Q_DECLARE_TR_FUNCTIONS(TrainingCatalogueJson)

public:
    /** Parses the file (ordinals follow the file's order; origin "shipped"); false with where and why in *error. */
    static bool parse(const QByteArray &bytes, std::vector<TrainingCourse> *out, QString *error);
    [[nodiscard]] static QJsonObject toJson(const TrainingCourse &course);
    [[nodiscard]] static QString toCompactJson(const TrainingCourse &course);
    /** The grants or prerequisites as compact JSON (the database column) and back. */
    [[nodiscard]] static QString valuesJson(const std::vector<CourseValue> &values);
    [[nodiscard]] static std::vector<CourseValue> valuesFromJson(const QString &json);
    /** The positions as compact JSON (the database column) and back. */
    [[nodiscard]] static QString positionsJson(const QStringList &positions);
    [[nodiscard]] static QStringList positionsFromJson(const QString &json);
};

/** Field errors of a course (codes, names, duration, cost, grants in the standards' terms); empty when valid. */
class TrainingCourseValidator
{
    Q_DECLARE_TR_FUNCTIONS(TrainingCourseValidator)

public:
    [[nodiscard]] static FieldErrors validate(const TrainingCourse &course);
};
