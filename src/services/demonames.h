// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <span>

/** A text and its weight for a weighted draw (frequency of a surname, share of a value). */
struct WeightedText
{
    QString text;
    int weight = 1;
};

/**
 * A position of a người hoạt động không chuyên trách (part-time commune worker) in the demo
 * office, with what makes its holder plausible: field of study, share of women, birth years.
 */
struct PartTimePosition
{
    QString title;        ///< free-text position, e.g. "Phó Chỉ huy trưởng quân sự"
    QString field;        ///< suited field of study; empty = a general one
    int femalePercent = 50;
    int minBirthYear = 1970;
    int maxBirthYear = 2000;
};

/** How the holders of a commune title look: share of women, birth years, leader flag, term start. */
struct CommuneTitleProfile
{
    QString code;       ///< commune title code (STAFF-CSV.md)
    int femalePercent;
    int minBirthYear;
    int maxBirthYear;
    bool leader;        ///< is_leader of the holders
    int termYear;       ///< 2020 (Party congress) or 2021 (People's Council election); 0 = none
};

/** A commune-level unit of the demo town, before 07/2025 or after the merge. */
struct DemoCommune
{
    QString code;
    QString name;
    QString kind;
    QString prefix;     ///< staff code prefix, e.g. "PB" for "PB-0007"
    QString successor;  ///< the new ward it was merged into (old units only)
    bool difficult = false;
};

/** A town agency or public service unit, or the staff profile of a group of positions. */
struct DemoAgency
{
    QString code;
    QString name;
    QString kind;          ///< co_quan or don_vi_su_nghiep
    QString prefix;        ///< staff code prefix
    QString successor;     ///< unit its work went to after 07/2025
    QString head;
    QString deputy;
    QStringList positions; ///< other staff, handed out in turn
    QStringList fields;    ///< fields of study suited to the unit
    int femalePercent = 50;
};

/**
 * The tables of the demo office (DemoGenerator): thị xã Phước Long's units and agencies, the
 * commune titles, Vietnamese (Kinh) and S'tiêng names of Bình Phước, fields of study per title,
 * part-time positions, IT and language skills. Plain data only; the generator does the drawing.
 * Repeated entries weigh a value up.
 */
namespace DemoNames {
/** The 11 cán bộ and 6 công chức titles of ND 33/2023 Art. 5, in the order of STAFF-CSV.md. */
std::span<const CommuneTitleProfile> communeTitles();
/** The 5 wards and 2 communes of thị xã Phước Long until 30/06/2025 (parent "688"). */
std::span<const DemoCommune> oldCommunes();
/** The wards of Đồng Nai that took them over on 01/07/2025 (parent "75"). */
std::span<const DemoCommune> newWards();
/** The town's agencies (co_quan) and public service units (don_vi_su_nghiep), parent "688". */
std::span<const DemoAgency> townAgencies();
/** The town's elected leaders (cán bộ), kept in the Văn phòng HĐND và UBND. */
const DemoAgency &townCadres();
/** Civil servants (cc) of a generated commune's departments, and new wards' recruits. */
const DemoAgency &communeCivilServants();
/** Public employees (vc) of a generated commune's schools and service units. */
const DemoAgency &communePublicEmployees();

/** Kinh surnames (họ), weighted roughly by their frequency in Vietnam. */
std::span<const WeightedText> surnames();
std::span<const QString> maleMiddleNames();
std::span<const QString> femaleMiddleNames();
std::span<const QString> maleGivenNames();
std::span<const QString> femaleGivenNames();

/**
 * Given names used with the S'tiêng name markers: men "Điểu <name>", women "Thị <name>" or
 * "Điểu Thị <name>" (the usual pattern in Bình Phước's civil registers).
 */
std::span<const QString> stiengMaleGivenNames();
std::span<const QString> stiengFemaleGivenNames();

/** Fields of study suited to a commune title code (ND 33/2023 "suited discipline"). */
std::span<const QString> fieldsForCommuneTitle(const QString &title);
/** The field a free-text position implies ("Kế toán" → "Kế toán"), or empty. */
QString fieldForPosition(const QString &position);
/** Fields that suit no particular commune title (the mismatches that miss a standard). */
std::span<const QString> unrelatedFields();
/** General fields for positions without a specific one. */
std::span<const QString> generalFields();

/** Part-time commune positions, the most common first. */
std::span<const PartTimePosition> partTimePositions();

std::span<const QString> itSkills();
std::span<const QString> foreignLanguages();
} // namespace DemoNames
