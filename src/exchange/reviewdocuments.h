// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/reviewservice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

/**
 * The documents of the year-end review, as a unit files them (A4, Nghị định 30/2020/NĐ-CP layout, a
 * font with Vietnamese glyphs, the issuer and national motto block, signature lines):
 * - the eligibility list (danh sách bình xét): per unit, each person with the verdict on Lao động tiên
 *   tiến and Chiến sĩ thi đua cơ sở and the reasons, the collective condition, the discipline to note
 *   (`congvu review --format pdf`; reviewdocuments.cpp);
 * - the minutes of the council's meeting (biên bản họp hội đồng thi đua, khen thưởng) of one unit: date,
 *   place, chair, secretary, members present, the candidates and the vote on each, the collective title,
 *   the discipline noted, the conclusion (reviewminutes.cpp);
 * - the decision list (danh sách khen thưởng, kèm theo quyết định) of one unit: the approved awards with
 *   decision numbers and dates (reviewminutes.cpp).
 * From ReviewService::review. Strings are English sources translated in context ReviewDocuments; the
 * motto is never translated. Needs a QGuiApplication (fonts; TOOLCHAIN.md pitfall 6).
 */
class ReviewDocuments
{
    Q_DECLARE_TR_FUNCTIONS(ReviewDocuments)

public:
    struct Options
    {
        QDate madeOn;   ///< the date the document is signed (today)
        QString issuer; ///< the office issuing it (top left); empty = the unit's name
        QString place;  ///< the place before the date; empty = dotted
    };

    /** The eligibility list of every unit in review; the PDF's bytes, or empty with *error set. */
    [[nodiscard]] static QByteArray eligibility(const ReviewResult &review, const Options &options,
                                                QString *error = nullptr);
    /** The minutes of unitCode's council meeting (the unit must be in review). */
    [[nodiscard]] static QByteArray minutes(const ReviewResult &review, const QString &unitCode,
                                            const Options &options, QString *error = nullptr);
    /** The list of unitCode's approved awards with their decisions. */
    [[nodiscard]] static QByteArray decisionList(const ReviewResult &review, const QString &unitCode,
                                                 const Options &options, QString *error = nullptr);

    /** The HTML laid out in each PDF (tests and previews). */
    [[nodiscard]] static QString eligibilityHtml(const ReviewResult &review, const Options &options);
    [[nodiscard]] static QString minutesHtml(const ReviewResult &review, const QString &unitCode, const Options &options);
    [[nodiscard]] static QString decisionListHtml(const ReviewResult &review, const QString &unitCode,
                                                  const Options &options);
};
