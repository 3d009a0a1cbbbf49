// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/evaluation.h"
#include "domain/unitdirectory.h"
#include "services/evaluationservice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

/**
 * The year's evaluation summary of a unit (or of every unit) as the document an office files (A4,
 * Nghị định 30/2020/NĐ-CP layout, a font with Vietnamese glyphs): the national motto block, the
 * overall counts per level, the counts per unit and task group with the limit on "excellent" and the
 * cap check (the 25% exception with its decision when the unit has one), the people with flags and the
 * reasons, and the signature lines. From EvaluationService::report (RECORDS-CSV.md "report evaluations").
 *
 * Strings are English sources translated in context EvaluationSummaryPdf; the motto is never
 * translated. Needs a QGuiApplication (fonts; TOOLCHAIN.md pitfall 6).
 */
class EvaluationSummaryPdf
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationSummaryPdf)

public:
    struct Options
    {
        QDate madeOn;   ///< the date the report is signed (today)
        QString issuer; ///< the office issuing it (top left); empty = the unit asked for, or the one above all units
        QString place;  ///< the place before the date; empty = dotted
        std::vector<ExcellentCapException> exceptions; ///< the year's exceptions (decision numbers shown)
    };

    /** The PDF's bytes, or empty with *error set (e.g. no QGuiApplication). */
    [[nodiscard]] static QByteArray render(const EvaluationReport &report, const UnitDirectory &units,
                                           const Options &options, QString *error = nullptr);
    /** The HTML laid out in the PDF (for tests and previews). */
    [[nodiscard]] static QString html(const EvaluationReport &report, const UnitDirectory &units,
                                      const Options &options);
};
