// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/evaluation.h"
#include "domain/staffmember.h"
#include "domain/unitdirectory.h"
#include "exchange/pdfdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>
#include <optional>

class EvaluationService;
class RegistryService;

/**
 * One person's evaluation form of a year (phiếu đánh giá, xếp loại chất lượng) laid out like the
 * official form of Nghị định 90/2020/NĐ-CP (LEGAL-RULES.md §1.9): Mẫu 01 for cán bộ, 02 for công
 * chức, 03 for viên chức. The national motto block, the agency, the person, Part I (the five criteria
 * groups, and the three leader items for leaders), Part II (strengths, weaknesses, self-rating), the
 * collective's and the direct manager's comments with the proposed level, and the competent
 * authority's final level with its decision; a signature block with a dated line after each part.
 * Civil servants from 2026 (Nghị định 335/2025/NĐ-CP) keep the layout and get their 100-point score.
 * Parts left empty print dotted lines to fill in by hand.
 *
 * Strings are English sources translated in context EvaluationFormPdf (the official Vietnamese
 * wording is given to translators in comments); the motto is never translated. Needs a
 * QGuiApplication (fonts; TOOLCHAIN.md pitfall 6).
 */
class EvaluationFormPdf
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationFormPdf)

public:
    /** What the form shows (load() gathers it from the services). */
    struct Data
    {
        StaffMember person;
        QString unitName;          ///< the person's unit on 31/12 of the year (successors followed)
        QString unitCode;
        Evaluation evaluation;     ///< the stored year, or a blank one (id 0) when none is stored
        EvaluationForm form;       ///< the written parts (empty when none)
        QString scoreLevel;        ///< the level of the score under the year's rules ("" = no bands or no score)
        bool scored = false;       ///< the year's rules use the 100-point score (ND 335/2025 civil servants)
        bool rated = true;         ///< false: under 6 months worked, not classified (the form says so)
        QString notRatedReason;    ///< the rule's message and citation when not rated
    };

    struct Options
    {
        QDate madeOn;   ///< the date the form is printed (today); signature lines stay dotted
        QString issuer; ///< the agency at the top left; empty = the person's unit's parent and unit
        QString place;  ///< the place before the date; empty = dotted
    };

    /**
     * The form's data for staffCode and year, or nullopt with *error set (translated) when the person
     * is unknown or the database cannot be read. A year without a stored evaluation gives a blank form.
     */
    [[nodiscard]] static std::optional<Data> load(const EvaluationService &evaluations, const RegistryService &registry,
                                                  const QString &staffCode, int year, QString *error = nullptr);

    /** The PDF's bytes, or empty with *error set (e.g. no QGuiApplication). */
    [[nodiscard]] static QByteArray render(const Data &data, const UnitDirectory &units, const Options &options,
                                           QString *error = nullptr);
    /**
     * The form laid out on its pages exactly as render() writes them (same page, margins and page
     * numbers), for the preview on screen (Qt PDF is not available); null with *error set when no
     * QGuiApplication runs.
     */
    [[nodiscard]] static std::unique_ptr<PdfDocument::Pages> layOut(const Data &data, const UnitDirectory &units,
                                                                    const Options &options, QString *error = nullptr);
    /** The HTML laid out in the PDF (for tests and previews). */
    [[nodiscard]] static QString html(const Data &data, const UnitDirectory &units, const Options &options);

    /**
     * Loads, renders and writes the form of staffCode for year to path (the GUI's "Print form"):
     * false with *error set (translated) on an unknown person, a rendering or a write failure.
     */
    static bool writeFile(const EvaluationService &evaluations, const RegistryService &registry,
                          const QString &staffCode, int year, const QString &path, const Options &options,
                          QString *error = nullptr);
};
