// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/unitdirectory.h"
#include "services/qualificationservice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

/**
 * The qualification report as the PDF a Home Affairs office sends up to the People's Committee
 * (A4, embedded font with Vietnamese glyphs): the national motto block, the title and date, the
 * overall rate against the 100% target, a table by unit, by title and by unit and title, the people
 * not meeting the standards with their gaps and deadline, and the signature lines.
 *
 * Strings are English sources translated in context QualificationPdf (Vietnamese with --lang vi);
 * the national motto is never translated. Needs a QGuiApplication (fonts; TOOLCHAIN.md pitfall 6).
 */
class QualificationPdf
{
    Q_DECLARE_TR_FUNCTIONS(QualificationPdf)

public:
    struct Options
    {
        QDate madeOn;     ///< the date the report is signed (today); shown with the place
        QString issuer;   ///< the office issuing it (top left); empty = the Home Affairs office of the
                          ///< town or province above the report's units, or the commune's People's Committee
        QString place;    ///< the place before the date ("Phước Long, ngày …"); empty = dotted
    };

    /** The PDF's bytes, or empty with *error set (e.g. no QGuiApplication). */
    [[nodiscard]] static QByteArray render(const QualificationReport &report, const UnitDirectory &units,
                                           const Options &options, QString *error = nullptr);
    /** The HTML laid out in the PDF (for tests and previews). */
    [[nodiscard]] static QString html(const QualificationReport &report, const UnitDirectory &units,
                                      const Options &options);
};
