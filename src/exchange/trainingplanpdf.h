// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/unitdirectory.h"
#include "services/trainingservice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

/**
 * The year's training plan as the document a manager hands to the People's Committee (kế hoạch đào
 * tạo, bồi dưỡng năm Y; A4, Nghị định 30/2020/NĐ-CP layout, a font with Vietnamese glyphs): the issuer
 * and national motto block, the title, the basis and the figures of the year, the enrolments grouped by
 * course (person, unit, start–end, status, cost), the budget per unit against what is planned and spent,
 * the totals and the signature lines. From TrainingService::report (docs/reports.md "report training").
 *
 * Strings are English sources translated in context TrainingPlanPdf; the motto is never translated.
 * Needs a QGuiApplication (fonts; TOOLCHAIN.md pitfall 6).
 */
class TrainingPlanPdf
{
    Q_DECLARE_TR_FUNCTIONS(TrainingPlanPdf)

public:
    struct Options
    {
        QDate madeOn;   ///< the date the plan is signed (today)
        QString issuer; ///< the office issuing it (top left); empty = the unit asked for, or the one above all units
        QString place;  ///< the place before the date; empty = dotted
    };

    /** The PDF's bytes, or empty with *error set (e.g. no QGuiApplication). */
    [[nodiscard]] static QByteArray render(const TrainingYearReport &report, const UnitDirectory &units,
                                           const Options &options, QString *error = nullptr);
    /** The HTML laid out in the PDF (for tests and previews). */
    [[nodiscard]] static QString html(const TrainingYearReport &report, const UnitDirectory &units,
                                      const Options &options);
};
