// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/importtypes.h"

#include <QByteArray>

class CultureService;
class DisciplineService;
class EvaluationService;
class ImportService;
class TrainingService;

/**
 * One import of a units or staff file, as both front ends run it: read the file, hand its rows
 * to the service, and refuse the whole file (nothing written, no row counted) when it cannot be
 * read at all (not UTF-8, unterminated quote, bad header, no data).
 */
namespace FileImport {
enum class Kind { Units, Staff };

/** report.fileRefused tells a whole-file refusal apart from rejected rows. */
[[nodiscard]] ImportReport run(ImportService &service, Kind kind, const QByteArray &bytes,
                               const ImportOptions &options, const ProgressCallback &progress = {});
/** A discipline file (RECORDS-CSV.md "Discipline"). */
[[nodiscard]] ImportReport runDiscipline(DisciplineService &service, const QByteArray &bytes,
                                         const ImportOptions &options, const ProgressCallback &progress = {});
/** An evaluations file (RECORDS-CSV.md "Evaluations"). */
[[nodiscard]] ImportReport runEvaluations(EvaluationService &service, const QByteArray &bytes,
                                          const ImportOptions &options, const ProgressCallback &progress = {});
/** A culture file (docs/culture-csv.md). */
[[nodiscard]] ImportReport runCulture(CultureService &service, const QByteArray &bytes, const ImportOptions &options,
                                      const ProgressCallback &progress = {});
/** A training file (docs/training-csv.md). */
[[nodiscard]] ImportReport runTraining(TrainingService &service, const QByteArray &bytes, const ImportOptions &options,
                                       const ProgressCallback &progress = {});
} // namespace FileImport
