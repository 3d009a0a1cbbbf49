// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/cultureservice.h"
#include "services/disciplineservice.h"
#include "services/evaluationservice.h"
#include "services/trainingservice.h"
#include "services/importtypes.h"
#include "texttable.h"

#include <QByteArray>
#include <QCoreApplication>

/**
 * Reads the units and staff files of STAFF-CSV.md (CSV, XLSX or the JSON of `export staff`) into
 * import rows. Cell problems (bad date, unknown code, ragged row) become issues naming line and
 * column; the rows are still returned so that every problem of a row is reported.
 */
class RecordReaders
{
    Q_DECLARE_TR_FUNCTIONS(RecordReaders)

public:
    template<typename Row>
    struct Result
    {
        std::vector<Row> rows;
        std::vector<ImportIssue> issues;
        bool fileOk = true; ///< false when the file itself is unreadable (issues say why)
    };

    [[nodiscard]] static Result<UnitImportRow> readUnits(const QByteArray &bytes);
    [[nodiscard]] static Result<StaffImportRow> readStaff(const QByteArray &bytes);
    /** RECORDS-CSV.md "Discipline" (disciplinereader.cpp). */
    [[nodiscard]] static Result<DisciplineImportRow> readDiscipline(const QByteArray &bytes);
    /** RECORDS-CSV.md "Evaluations" (evaluationreader.cpp). */
    [[nodiscard]] static Result<EvaluationImportRow> readEvaluations(const QByteArray &bytes);
    /** docs/culture-csv.md (culturereader.cpp). */
    [[nodiscard]] static Result<CultureImportRow> readCulture(const QByteArray &bytes);
    /** docs/training-csv.md (trainingreader.cpp). */
    [[nodiscard]] static Result<TrainingImportRow> readTraining(const QByteArray &bytes);

    /** Parses a date cell: YYYY-MM-DD or DD/MM/YYYY; an invalid date gives false. */
    [[nodiscard]] static bool parseDate(const QString &text, QDate *out);
    /** Reads any supported spreadsheet (CSV or XLSX) into a table. */
    [[nodiscard]] static bool readTable(const QByteArray &bytes, TextTable *table, ImportIssue *issue);
};
