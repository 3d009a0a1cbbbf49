// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

/**
 * One requirement of a title standard (tiêu chuẩn chức danh), checked against one staff field.
 * Its key is the staff-file column it reads, which is also the gap's name in reports.
 */
struct StandardRequirement
{
    enum class Kind {
        MinLevel,   ///< the coded level of `key` is at least `minimum` (ranked by the field's code table)
        FieldMatch, ///< professional_field contains one of `fieldKeywords` (case and diacritics ignored)
        Known,      ///< the field is filled in (e.g. it_skill: an IT certificate is on record)
    };

    QString key;                ///< general_education, professional_level, professional_field, political_theory, state_management, it_skill
    Kind kind = Kind::MinLevel;
    QString minimum;            ///< MinLevel: the lowest accepted code
    QString minimumDifficult;   ///< MinLevel: the lowest accepted code in a difficult area ("" = same as minimum)
    QStringList fieldKeywords;  ///< FieldMatch: e.g. {"luật"}, {"quân sự"}
    bool enabled = true;        ///< disabled requirements are shown as suggestions, never enforced
    bool confirmed = true;      ///< false: "to verify" (UNSURE in law)
    QString basis;              ///< instrument and article, e.g. "Nghị định 33/2023/NĐ-CP, Điều 8 khoản 2"

    friend bool operator==(const StandardRequirement &, const StandardRequirement &) = default;
};

/** The standard of one commune title for a period, with its legal basis. */
struct TitleStandard
{
    qint64 id = 0;           ///< database id (0 before it is stored)
    QString position;        ///< commune title code
    QDate validFrom;         ///< null = since always
    QDate validTo;           ///< exclusive; null = still in force
    QString instrument;      ///< e.g. "Nghị định 33/2023/NĐ-CP"
    QString article;         ///< e.g. "Điều 10"
    QDate deadline;          ///< date by which staff must meet it (01/08/2028 under ND 33); null = none
    QString note;            ///< free text (why, what is UNSURE)
    std::vector<StandardRequirement> requirements;

    [[nodiscard]] bool isInForceOn(const QDate &date) const;
    /** A standard with no enabled requirement is no standard (its title is listed, not counted). */
    [[nodiscard]] bool hasEnabledRequirement() const;

    friend bool operator==(const TitleStandard &, const TitleStandard &) = default;
};

/** The standards of every title over time: which one is in force for a title on a date. */
class StandardCatalogue
{
public:
    StandardCatalogue() = default;
    explicit StandardCatalogue(std::vector<TitleStandard> standards) : m_standards(std::move(standards)) { }

    [[nodiscard]] const std::vector<TitleStandard> &standards() const { return m_standards; }
    /**
     * The standard in force for position on date that has an enabled requirement, or nullptr
     * ("no standard in force"). When periods overlap, the one that started last wins.
     */
    [[nodiscard]] const TitleStandard *inForce(const QString &position, const QDate &date) const;

private:
    std::vector<TitleStandard> m_standards;
};
