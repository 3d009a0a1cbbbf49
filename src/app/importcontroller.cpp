// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "exchange/fileimport.h"
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
QString actorName()
{
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
    if (kind == m_kind || (kind != "staff"_L1 && kind != "units"_L1))
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
}

void ImportController::setFile(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged();
}

void ImportController::check()
{
    start(true, false);
}

void ImportController::run(bool skipInvalid)
{
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
    m_thread = QThread::create([self, dbPath, file, kind, dryRun, skipInvalid]() {
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
                SystemClock clock;
                ImportService service(db, clock);
                service.setActor(actorName());
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
            if (report.fileRefused) {
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
