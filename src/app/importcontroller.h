// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

class Database;
struct ArchivePlan;

/**
 * The Import page: runs an import of units or staff in a worker thread (its own connection to
 * the same database file), reports progress, every rejected row with its line and reason, and
 * whether anything was written. Kind "archive": a closed-year archive (.cvarchive, docs/archive.md) is
 * previewed first (what it holds, what would be added, changed or left, every conflict with both values)
 * and written only when the officer accepts the preview.
 */
class ImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY filePathChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    /** [{line, column, message}] of the last run */
    Q_PROPERTY(QVariantList issues READ issues NOTIFY finished)
    /** One translated sentence on what the last run did ("" before any run). */
    Q_PROPERTY(QString summary READ summary NOTIFY finished)
    Q_PROPERTY(bool written READ written NOTIFY finished)
    Q_PROPERTY(bool hasRun READ hasRun NOTIFY finished)
    /**
     * The preview of the chosen archive ({} before one): ok, error (why the file is refused), format,
     * years, closedYears, unitCode, source, programVersion, createdAt, kinds [{kind, label, added,
     * changed, unchanged, conflicts}], conflicts [{kind, label, key, field, here, archived}], yearsToClose,
     * yearsLeftOpen, writeCount.
     */
    Q_PROPERTY(QVariantMap archivePreview READ archivePreview NOTIFY archivePreviewChanged)

public:
    ImportController(Database &db, QObject *parent = nullptr);
    ~ImportController() override;

    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QVariantList issues() const { return m_issues; }
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] bool written() const { return m_written; }
    [[nodiscard]] bool hasRun() const { return m_hasRun; }

    /** Accepts a local path or a file:// URL (from the file dialog). */
    Q_INVOKABLE void setFile(const QString &pathOrUrl);
    /** Checks the file without writing (dry run). */
    Q_INVOKABLE void check();
    /** Imports; skipInvalid writes the valid rows even when some are rejected. */
    Q_INVOKABLE void run(bool skipInvalid = false);

    [[nodiscard]] QVariantMap archivePreview() const { return m_archivePreview; }
    /** Reads the chosen archive and computes what its import would do; writes nothing. */
    Q_INVOKABLE void previewArchive();
    /** Writes the previewed archive (added and changed records, closed years) in one transaction. */
    Q_INVOKABLE bool acceptArchive();
    /** Drops the preview; nothing is written. */
    Q_INVOKABLE void cancelArchive();

Q_SIGNALS:
    void kindChanged();
    void filePathChanged();
    void busyChanged();
    void progressChanged();
    void finished();
    void archivePreviewChanged();
    /** Data was written: views should reload. */
    void dataChanged();

private:
    void start(bool dryRun, bool skipInvalid);

    Database &m_db;
    QString m_kind = QStringLiteral("staff");
    QString m_filePath;
    bool m_busy = false;
    double m_progress = 0;
    QVariantList m_issues;
    QString m_summary;
    bool m_written = false;
    bool m_hasRun = false;
    QThread *m_thread = nullptr;
    QVariantMap m_archivePreview;
    std::unique_ptr<ArchivePlan> m_archivePlan;
};
