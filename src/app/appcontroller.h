// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditcontroller.h"
#include "culturecontroller.h"
#include "disciplinecontroller.h"
#include "evaluationcontroller.h"
#include "importcontroller.h"
#include "models/dashboardmodel.h"
#include "models/qualificationmodel.h"
#include "models/stafflistmodel.h"
#include "models/unittreemodel.h"
#include "personeditor.h"
#include "reviewcontroller.h"
#include "services/reviewservice.h"
#include "services/systemclock.h"
#include "scoringcontroller.h"
#include "standardscontroller.h"
#include "trainingcontroller.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <memory>

class CultureService;
class Database;
class DisciplineService;
class EvaluationService;
class ScoringService;
class QualificationService;
class StandardsService;
class TrainingService;
class RegistryService;

/**
 * The one QML singleton: what the pages need (models, editor, importer, code lists), the
 * current page, the language, and the app-wide error channel. Built once in main.cpp (the
 * composition root) and handed to QML with CppOwnership.
 */
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString currentPage READ currentPage WRITE setCurrentPage NOTIFY currentPageChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    /** Who is logged in and as what ("lan — HR officer"); empty while roles are off and nobody logged in. */
    Q_PROPERTY(QString sessionUser READ sessionUser CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString today READ today CONSTANT)
    Q_PROPERTY(StaffListModel *staff READ staff CONSTANT)
    Q_PROPERTY(UnitTreeModel *units READ units CONSTANT)
    Q_PROPERTY(DashboardModel *dashboard READ dashboard CONSTANT)
    Q_PROPERTY(QualificationModel *qualification READ qualification CONSTANT)
    Q_PROPERTY(PersonEditor *editor READ editor CONSTANT)
    Q_PROPERTY(ImportController *importer READ importer CONSTANT)
    Q_PROPERTY(StandardsController *standards READ standards CONSTANT)
    Q_PROPERTY(DisciplineController *discipline READ discipline CONSTANT)
    Q_PROPERTY(CultureController *culture READ culture CONSTANT)
    Q_PROPERTY(EvaluationController *evaluations READ evaluations CONSTANT)
    Q_PROPERTY(ScoringController *scoring READ scoring CONSTANT)
    Q_PROPERTY(TrainingController *training READ training CONSTANT)
    Q_PROPERTY(ReviewController *review READ review CONSTANT)
    Q_PROPERTY(AuditController *audit READ audit CONSTANT)
    /**
     * The user has been told, this session, that exports hold personal data protected by ND 13/2023
     * (PersonalDataNotice asks before the first such export).
     */
    Q_PROPERTY(bool personalDataNoticeAccepted READ personalDataNoticeAccepted NOTIFY personalDataNoticeAcceptedChanged)

public:
    AppController(Database &db, RegistryService &registry, QualificationService &qualification,
                  StandardsService &standards, DisciplineService &discipline, CultureService &culture,
                  EvaluationService &evaluation, ScoringService &scoring, TrainingService &training,
                  QString language, QObject *parent = nullptr);
    ~AppController() override;

    /** The instance QML gets (set by main.cpp before the engine loads). */
    static AppController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(AppController *instance);
    /** Installs the translator of language (vi; en is the source text) for the whole application. */
    static void applyLanguage(const QString &language);
    /** The language chosen in Settings (vi by default). */
    [[nodiscard]] static QString savedLanguage();

    [[nodiscard]] QString currentPage() const { return m_currentPage; }
    void setCurrentPage(const QString &page);
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString sessionUser() const;
    [[nodiscard]] QString version() const;
    /** Today as YYYY-MM-DD (the app layer is where the clock is read). */
    [[nodiscard]] QString today() const;

    [[nodiscard]] StaffListModel *staff() const { return m_staff; }
    [[nodiscard]] UnitTreeModel *units() const { return m_units; }
    [[nodiscard]] DashboardModel *dashboard() const { return m_dashboard; }
    [[nodiscard]] QualificationModel *qualification() const { return m_qualification; }
    [[nodiscard]] PersonEditor *editor() const { return m_editor; }
    [[nodiscard]] ImportController *importer() const { return m_importer; }
    [[nodiscard]] StandardsController *standards() const { return m_standards; }
    [[nodiscard]] DisciplineController *discipline() const { return m_discipline; }
    [[nodiscard]] CultureController *culture() const { return m_culture; }
    [[nodiscard]] EvaluationController *evaluations() const { return m_evaluations; }
    [[nodiscard]] ScoringController *scoring() const { return m_scoring; }
    [[nodiscard]] TrainingController *training() const { return m_training; }
    [[nodiscard]] ReviewController *review() const { return m_review; }
    [[nodiscard]] AuditController *audit() const { return m_audit; }
    [[nodiscard]] bool personalDataNoticeAccepted() const { return m_personalDataNoticeAccepted; }
    /** The user accepted the personal-data notice: no more asking until the app restarts. */
    Q_INVOKABLE void acceptPersonalDataNotice()
    {
        if (m_personalDataNoticeAccepted)
            return;
        m_personalDataNoticeAccepted = true;
        Q_EMIT personalDataNoticeAcceptedChanged();
    }

    /** Choices of a coded field as [{value, text}] (translated), e.g. "category", "professional_level". */
    Q_INVOKABLE QVariantList options(const QString &field) const;
    /** Commune titles of a category (cb_xa / cc_xa) as [{value, text}]; empty for other categories. */
    Q_INVOKABLE QVariantList positionOptions(const QString &category) const;
    /** Units as [{value, text}] (name and code), for pickers; validOn "" = every unit. */
    Q_INVOKABLE QVariantList unitOptions(const QString &validOn = {}) const;
    /** Translated label of a code of field. */
    Q_INVOKABLE QString label(const QString &field, const QString &code) const;
    /** Saves the language (vi/en) for the next start and retranslates the window now. */
    Q_INVOKABLE void setLanguage(const QString &language);
    /** Re-reads every view after data changed outside a model (import). */
    Q_INVOKABLE void reloadAll();
    /**
     * Writes every person as an Excel workbook in the columns `import staff` reads (the CSV export's;
     * docs/spreadsheets.md) to fileUrl ("" = Documents); returns the path written, "" on failure
     * (message sent). The Staff page's "Export to Excel".
     */
    Q_INVOKABLE QString exportStaffXlsx(const QString &fileUrl = {});
    /** The default file of that export as a file URL, e.g. Documents/can-bo.xlsx. */
    Q_INVOKABLE QString staffExportFileUrl() const;

Q_SIGNALS:
    void currentPageChanged();
    void languageChanged();
    void personalDataNoticeAcceptedChanged();
    /** A translated message for the user (the one error channel, shown by Main.qml). */
    void errorOccurred(const QString &message);
    /** A translated confirmation or information for the user (shown by Main.qml). */
    void infoMessage(const QString &message);

private:
    Database &m_db;
    RegistryService &m_registry;
    QString m_language;
    QString m_currentPage = QStringLiteral("dashboard");
    StaffListModel *m_staff = nullptr;
    UnitTreeModel *m_units = nullptr;
    DashboardModel *m_dashboard = nullptr;
    QualificationModel *m_qualification = nullptr;
    PersonEditor *m_editor = nullptr;
    ImportController *m_importer = nullptr;
    StandardsController *m_standards = nullptr;
    DisciplineController *m_discipline = nullptr;
    CultureController *m_culture = nullptr;
    EvaluationController *m_evaluations = nullptr;
    ScoringController *m_scoring = nullptr;
    TrainingController *m_training = nullptr;
    /** The year-end review reads and writes through its own service on the same database (issue 7). */
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<ReviewService> m_reviewService;
    ReviewController *m_review = nullptr;
    /** The audit trail reads through its own read-only service (issue 8). */
    std::unique_ptr<AuditService> m_auditService;
    AuditController *m_audit = nullptr;
    bool m_personalDataNoticeAccepted = false;
};
