// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileimport.h"

#include "services/cultureservice.h"
#include "services/disciplineservice.h"
#include "services/evaluationservice.h"
#include "services/trainingservice.h"

#include "recordreaders.h"
#include "services/importservice.h"

namespace FileImport {

namespace {

template<typename Row>
ImportReport refused(RecordReaders::Result<Row> &&parsed)
{
    ImportReport report;
    report.fileRefused = true;
    report.issues = std::move(parsed.issues);
    return report;
}

} // namespace

ImportReport run(ImportService &service, Kind kind, const QByteArray &bytes, const ImportOptions &options,
                 const ProgressCallback &progress)
{
    if (kind == Kind::Units) {
        auto parsed = RecordReaders::readUnits(bytes);
        if (!parsed.fileOk)
            return refused(std::move(parsed));
        return service.importUnits(parsed.rows, std::move(parsed.issues), options, progress);
    }
    auto parsed = RecordReaders::readStaff(bytes);
    if (!parsed.fileOk)
        return refused(std::move(parsed));
    return service.importStaff(parsed.rows, std::move(parsed.issues), options, progress);
}

ImportReport runDiscipline(DisciplineService &service, const QByteArray &bytes, const ImportOptions &options,
                           const ProgressCallback &progress)
{
    auto parsed = RecordReaders::readDiscipline(bytes);
    if (!parsed.fileOk)
        return refused(std::move(parsed));
    return service.importDecisions(parsed.rows, std::move(parsed.issues), options, progress);
}

ImportReport runEvaluations(EvaluationService &service, const QByteArray &bytes, const ImportOptions &options,
                            const ProgressCallback &progress)
{
    auto parsed = RecordReaders::readEvaluations(bytes);
    if (!parsed.fileOk)
        return refused(std::move(parsed));
    return service.importEvaluations(parsed.rows, std::move(parsed.issues), options, progress);
}

ImportReport runCulture(CultureService &service, const QByteArray &bytes, const ImportOptions &options,
                        const ProgressCallback &progress)
{
    auto parsed = RecordReaders::readCulture(bytes);
    if (!parsed.fileOk)
        return refused(std::move(parsed));
    return service.importRecords(parsed.rows, std::move(parsed.issues), options, progress);
}

ImportReport runTraining(TrainingService &service, const QByteArray &bytes, const ImportOptions &options,
                         const ProgressCallback &progress)
{
    auto parsed = RecordReaders::readTraining(bytes);
    if (!parsed.fileOk)
        return refused(std::move(parsed));
    return service.importRecords(parsed.rows, std::move(parsed.issues), options, progress);
}

} // namespace FileImport
