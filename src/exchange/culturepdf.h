// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/unitdirectory.h"
#include "services/cultureservice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

/**
 * The year's (or a quarter's) public-service culture report as the document a unit files (A4, Nghị
 * định 30/2020/NĐ-CP layout, an embedded font with Vietnamese glyphs): the national motto block, the
 * overall compliance, compliance per unit, breaches by checklist item with their legal basis, the
 * violations log, the ND 335 points setting, and the signature lines.
 *
 * Strings are English sources translated in context CulturePdf; the motto is never translated.
 * Needs a QGuiApplication (fonts; TOOLCHAIN.md pitfall 6).
 */
class CulturePdf
{
    Q_DECLARE_TR_FUNCTIONS(CulturePdf)

public:
    struct Options
    {
        QDate madeOn;   ///< the date the report is signed (today)
        QString issuer; ///< the office issuing it (top left); empty = the unit asked for, or the one above all units
        QString place;  ///< the place before the date; empty = dotted
    };

    /** The PDF's bytes, or empty with *error set (e.g. no QGuiApplication). */
    [[nodiscard]] static QByteArray render(const CultureReport &report, const UnitDirectory &units,
                                           const Options &options, QString *error = nullptr);
    /** The HTML laid out in the PDF (for tests and previews). */
    [[nodiscard]] static QString html(const CultureReport &report, const UnitDirectory &units, const Options &options);
};
