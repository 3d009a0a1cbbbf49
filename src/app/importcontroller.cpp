// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "exchange/fileimport.h"
#include "services/archiveservice.h"
#include "services/importservice.h"
#include "services/systemclock.h"
#include "storage/database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QThread>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace {
QAtomicInt g_workerCounter;
/** The audit trail's name for the session: the logged-in user, else "app:<login>". */
QString actorName(const QString &sessionUser)
{
    if (!sessionUser.isEmpty())
        return sessionUser;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", u"unknown"_s));
    return u"app:"_s + user;
}
} // namespace

ImportController::ImportController(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

ImportController::~ImportController()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportController::setKind(const QString &kind)
{
    if (kind == m_kind || (kind != "staff"_L1 && kind != "units"_L1 && kind != "archive"_L1))
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
    cancelArchive();
}

void ImportController::setFile(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged();
    cancelArchive();
}

void ImportController::check()
{
    if (m_kind == "archive"_L1)
        previewArchive();
    else
        start(true, false);
}

void ImportController::run(bool skipInvalid)
{
    if (m_kind == "archive"_L1)
        acceptArchive(); // only a previewed archive is written
    else
        start(false, skipInvalid);
}

void ImportController::start(bool dryRun, bool skipInvalid)
{
    if (m_busy || m_filePath.isEmpty())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_busy = true;
    m_progress = 0;
    Q_EMIT busyChanged();
    Q_EMIT progressChanged();

    const QString dbPath = m_db.path();
    const QString file = m_filePath;
    const QString kind = m_kind;
    QPointer<ImportController> self(this);
    // The worker opens its own connection: a Qt SQL connection belongs to the thread that opened it.
    const QString sessionUser = m_db.sessionUser();
    m_thread = QThread::create([self, dbPath, sessionUser, file, kind, dryRun, skipInvalid]() {
        ImportReport report;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            report.issues.push_back({1, u"-"_s, ImportController::tr("cannot read the file: %1").arg(f.errorString())});
        } else {
            const QByteArray bytes = f.readAll();
            Database db(u"import-worker-%1"_s.arg(g_workerCounter.fetchAndAddRelaxed(1)));
            if (db.open(dbPath) != Database::Status::Ok) {
                report.storageError = db.errorString();
            } else {
                db.setSessionUser(sessionUser); // the same user's session, on the worker's connection
                SystemClock clock;
                ImportService service(db, clock);
                service.setActor(actorName(sessionUser));
                const ImportOptions options{dryRun, skipInvalid};
                auto progress = [self](int done, int total) {
                    const double p = total > 0 ? double(done) / total : 1.0;
                    QMetaObject::invokeMethod(self, [self, p]() {
                        if (self) {
                            self->m_progress = p;
                            Q_EMIT self->progressChanged();
                        }
                    }, Qt::QueuedConnection);
                };
                report = FileImport::run(service, kind == "units"_L1 ? FileImport::Kind::Units
                                                                     : FileImport::Kind::Staff,
                                         bytes, options, progress);
            }
        }
        QMetaObject::invokeMethod(self, [self, report, dryRun]() {
            if (!self)
                return;
            ImportController *c = self;
            c->m_issues.clear();
            for (const auto &i : report.issues) {
                c->m_issues.append(QVariantMap{{u"line"_s, i.line}, {u"column"_s, i.column}, {u"message"_s, i.message}});
            }
            c->m_written = report.written;
            c->m_hasRun = true;
            if (!report.deniedReason.isEmpty()) {
                c->m_summary = tr("Not allowed: %1. Nothing was written.").arg(report.deniedReason);
            } else if (report.fileRefused) {
                c->m_summary = tr("The file was refused. Nothing was written.");
            } else if (!report.storageError.isEmpty()) {
                c->m_summary = tr("The database could not be written: %1. Nothing was written.").arg(report.storageError);
            } else if (dryRun) {
                c->m_summary = report.hasIssues()
                    ? tr("Checked %1 rows: %2 rejected. Nothing was written.").arg(report.total).arg(report.rejected)
                    : tr("Checked %1 rows: %2 new, %3 changed, %4 unchanged. The file can be imported.")
                          .arg(report.total).arg(report.inserted).arg(report.updated).arg(report.unchanged);
            } else if (report.written) {
                c->m_summary = tr("Imported %1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected.")
                                   .arg(report.total).arg(report.inserted).arg(report.updated)
                                   .arg(report.unchanged).arg(report.rejected);
            } else {
                c->m_summary = report.rejected > 0
                    ? tr("%n row(s) rejected. Nothing was written.", nullptr, report.rejected)
                    : tr("The file was refused. Nothing was written.");
            }
            c->m_busy = false;
            c->m_progress = 1;
            Q_EMIT c->progressChanged();
            Q_EMIT c->busyChanged();
            Q_EMIT c->finished();
            if (report.written)
                Q_EMIT c->dataChanged();
        }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void ImportController::previewArchive()
{
    QVariantMap preview;
    m_archivePlan.reset();
    QFile f(m_filePath);
    if (m_filePath.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        preview.insert(u"ok"_s, false);
        preview.insert(u"error"_s, tr("cannot read the file: %1").arg(m_filePath.isEmpty() ? tr("no file chosen")
                                                                                            : f.errorString()));
        m_archivePreview = preview;
        Q_EMIT archivePreviewChanged();
        return;
    }
    SystemClock clock;
    ArchiveService service(m_db, clock);
    auto plan = std::make_unique<ArchivePlan>(service.plan(f.readAll()));
    preview.insert(u"ok"_s, plan->ok());
    preview.insert(u"error"_s, plan->error);
    preview.insert(u"format"_s, plan->inspection.format);
    if (plan->ok()) {
        const ArchiveMeta &meta = plan->inspection.meta;
        auto years = [](const std::vector<int> &v) {
            QVariantList out;
            for (int y : v)
                out.append(y);
            return out;
        };
        preview.insert(u"years"_s, years(meta.years));
        preview.insert(u"closedYears"_s, years(meta.closedYears));
        preview.insert(u"unitCode"_s, meta.unitCode);
        preview.insert(u"source"_s, meta.source);
        preview.insert(u"programVersion"_s, meta.programVersion);
        preview.insert(u"createdAt"_s, meta.createdAt.toString(Qt::ISODate));
        QVariantList kinds;
        for (const ArchiveKindPlan &k : plan->kinds) {
            if (k.added.isEmpty() && k.changed.isEmpty() && k.unchanged.isEmpty() && k.conflicts.isEmpty())
                continue;
            kinds.append(QVariantMap{{u"kind"_s, k.kind},
                                     {u"label"_s, ArchiveKinds::label(k.kind)},
                                     {u"added"_s, int(k.added.size())},
                                     {u"changed"_s, int(k.changed.size())},
                                     {u"unchanged"_s, int(k.unchanged.size())},
                                     {u"conflicts"_s, int(k.conflicts.size())}});
        }
        preview.insert(u"kinds"_s, kinds);
        QVariantList conflicts;
        for (const ArchiveConflict &c : plan->conflicts) {
            conflicts.append(QVariantMap{{u"kind"_s, c.kind},
                                         {u"label"_s, ArchiveKinds::label(c.kind)},
                                         {u"key"_s, c.key},
                                         {u"field"_s, c.field},
                                         {u"here"_s, c.here},
                                         {u"archived"_s, c.archived}});
        }
        preview.insert(u"conflicts"_s, conflicts);
        preview.insert(u"yearsToClose"_s, years(plan->yearsToClose));
        preview.insert(u"yearsLeftOpen"_s, years(plan->yearsLeftOpen));
        preview.insert(u"writeCount"_s, plan->writeCount());
        m_archivePlan = std::move(plan);
    }
    m_archivePreview = preview;
    Q_EMIT archivePreviewChanged();
}

bool ImportController::acceptArchive()
{
    if (!m_archivePlan)
        return false;
    SystemClock clock;
    ArchiveService service(m_db, clock);
    service.setActor(actorName(m_db.sessionUser()));
    const ArchiveApplyResult result = service.apply(*m_archivePlan);
    m_archivePlan.reset();
    m_archivePreview.clear();
    Q_EMIT archivePreviewChanged();
    m_issues.clear();
    m_hasRun = true;
    m_written = result.ok && result.written > 0;
    if (!result.ok)
        m_summary = tr("The archive was not imported: %1").arg(result.error);
    else if (result.written == 0)
        m_summary = tr("Nothing to write: this database already holds the archive.");
    else
        m_summary = tr("Archive imported: %n record(s) added or completed.", nullptr, result.written);
    Q_EMIT finished();
    if (m_written)
        Q_EMIT dataChanged();
    return result.ok;
}

void ImportController::cancelArchive()
{
    if (!m_archivePlan && m_archivePreview.isEmpty())
        return;
    m_archivePlan.reset();
    m_archivePreview.clear();
    Q_EMIT archivePreviewChanged();
}
