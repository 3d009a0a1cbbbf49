// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/unitdirectory.h"
#include "services/disciplineservice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

/**
 * The year's discipline report as the document a unit files (A4, Nghị định 30/2020/NĐ-CP layout, a
 * font with Vietnamese glyphs): the national motto block, the overall figures and the reform target,
 * the decisions per unit by form with the indicator, the list of decisions with the date their bars
 * lift, the earlier decisions still running, and the signature lines.
 *
 * Strings are English sources translated in context DisciplinePdf; the motto is never translated.
 * Needs a QGuiApplication (fonts; TOOLCHAIN.md pitfall 6).
 */
class DisciplinePdf
{
    Q_DECLARE_TR_FUNCTIONS(DisciplinePdf)

public:
    struct Options
    {
        QDate madeOn;   ///< the date the report is signed (today)
        QString issuer; ///< the office issuing it (top left); empty = the unit asked for, or dotted
        QString place;  ///< the place before the date; empty = dotted
    };

    /** The PDF's bytes, or empty with *error set (e.g. no QGuiApplication). */
    [[nodiscard]] static QByteArray render(const DisciplineReport &report, const UnitDirectory &units,
                                           const Options &options, QString *error = nullptr);
    /** The HTML laid out in the PDF (for tests and previews). */
    [[nodiscard]] static QString html(const DisciplineReport &report, const UnitDirectory &units,
                                      const Options &options);
};
