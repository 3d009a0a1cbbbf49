// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

class Database;

/**
 * The Import page: runs an import of units or staff in a worker thread (its own connection to
 * the same database file), reports progress, every rejected row with its line and reason, and
 * whether anything was written.
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

Q_SIGNALS:
    void kindChanged();
    void filePathChanged();
    void busyChanged();
    void progressChanged();
    void finished();
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
};
