// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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

/**
 * The word tables of the demo office (DemoGenerator): Vietnamese (Kinh) and S'tiêng names of
 * Bình Phước, fields of study per commune title, part-time positions, IT and language skills.
 * Plain data only; the generator does the drawing. Repeated entries weigh a value up.
 */
namespace DemoNames {
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
/** Fields that suit no particular commune title (the mismatches that miss a standard). */
std::span<const QString> unrelatedFields();
/** General fields for positions without a specific one. */
std::span<const QString> generalFields();

/** Part-time commune positions, the most common first. */
std::span<const PartTimePosition> partTimePositions();

std::span<const QString> itSkills();
std::span<const QString> foreignLanguages();
} // namespace DemoNames
