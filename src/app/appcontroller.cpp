// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "services/accesscontrol.h"

#include "domain/codetable.h"
#include "exchange/staffexport.h"
#include "importcontroller.h"
#include "outputfile.h"
#include "models/dashboardmodel.h"
#include "models/qualificationmodel.h"
#include "models/stafflistmodel.h"
#include "models/unittreemodel.h"
#include "personeditor.h"
#include "services/qualificationservice.h"
#include "services/registryservice.h"
#include "services/systemclock.h"
#include "services/reviewservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
AppController *g_instance = nullptr;
QTranslator *g_translator = nullptr;

QVariantList optionsOf(const CodeTable &table, const QStringList &only = {})
{
    QVariantList out;
    for (const auto &e : table.entries()) {
        if (!only.isEmpty() && !only.contains(e.code))
            continue;
        out.append(QVariantMap{{u"value"_s, e.code}, {u"text"_s, table.label(e.code)}});
    }
    return out;
}

} // namespace

AppController::AppController(Database &db, RegistryService &registry, QualificationService &qualification,
                             StandardsService &standards, DisciplineService &discipline, CultureService &culture,
                             EvaluationService &evaluation, ScoringService &scoring, TrainingService &training,
                             QString language, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_registry(registry)
    , m_language(std::move(language))
    , m_staff(new StaffListModel(registry, this))
    , m_units(new UnitTreeModel(registry, this))
    , m_dashboard(new DashboardModel(registry, this))
    , m_qualification(new QualificationModel(qualification, this))
    , m_editor(new PersonEditor(registry, qualification, this))
    , m_importer(new ImportController(db, this))
    , m_standards(new StandardsController(standards, this))
    , m_discipline(new DisciplineController(discipline, registry, this))
    , m_culture(new CultureController(culture, discipline, registry, this))
    , m_evaluations(new EvaluationController(evaluation, registry, this))
    , m_scoring(new ScoringController(scoring, evaluation, this))
    , m_training(new TrainingController(training, registry, this, false))
    , m_clock(std::make_unique<SystemClock>())
    , m_reviewService(std::make_unique<ReviewService>(db, *m_clock))
{
    m_reviewService->setActor(registry.actor());
    m_review = new ReviewController(*m_reviewService, this, false);
    m_auditService = std::make_unique<AuditService>(db);
    m_audit = new AuditController(*m_auditService, this);
    connect(m_audit, &AuditController::errorOccurred, this, &AppController::errorOccurred);
    connect(m_audit, &AuditController::infoMessage, this, &AppController::infoMessage);
    connect(this, &AppController::languageChanged, m_audit, &AuditController::reload);
    connect(m_editor, &PersonEditor::saved, this, [this](const QString &code) {
        m_staff->personChanged(code);
        m_dashboard->reload();
        m_qualification->reload();
        m_units->reload();
        Q_EMIT infoMessage(tr("Saved %1.").arg(code));
    });
    connect(m_editor, &PersonEditor::removed, this, [this](const QString &code) {
        m_staff->personRemoved(code);
        m_dashboard->reload();
        m_qualification->reload();
        m_units->reload();
        Q_EMIT infoMessage(tr("Deleted %1.").arg(code));
    });
    connect(m_editor, &PersonEditor::errorOccurred, this, &AppController::errorOccurred);
    connect(m_qualification, &QualificationModel::errorOccurred, this, &AppController::errorOccurred);
    connect(m_importer, &ImportController::dataChanged, this, &AppController::reloadAll);
    connect(m_standards, &StandardsController::errorOccurred, this, &AppController::errorOccurred);
    connect(m_standards, &StandardsController::infoMessage, this, &AppController::infoMessage);
    // A standard or the difficult-area rule changed: every rate and standing is recomputed.
    connect(m_standards, &StandardsController::standardsChanged, this, &AppController::reloadAll);
    connect(m_culture, &CultureController::errorOccurred, this, &AppController::errorOccurred);
    connect(m_culture, &CultureController::infoMessage, this, &AppController::infoMessage);
    connect(this, &AppController::languageChanged, m_culture, &CultureController::reload);
    // A decision started from a culture violation: the log records the link and shows it.
    connect(m_discipline, &DisciplineController::draftSaved, m_culture, &CultureController::linkDiscipline);
    // Discipline: a saved or deleted decision changes the lists, the indicator and the person's standing.
    connect(m_discipline, &DisciplineController::errorOccurred, this, &AppController::errorOccurred);
    connect(m_discipline, &DisciplineController::infoMessage, this, &AppController::infoMessage);
    connect(m_discipline, &DisciplineController::saved, this, [this] {
        m_dashboard->reload();
        m_editor->refreshStanding();
    });
    connect(m_discipline, &DisciplineController::removed, this, [this] {
        m_dashboard->reload();
        m_editor->refreshStanding();
    });
    connect(this, &AppController::languageChanged, m_discipline, &DisciplineController::reload);
    connect(m_importer, &ImportController::dataChanged, m_discipline, &DisciplineController::reload);
    connect(m_importer, &ImportController::dataChanged, m_culture, &CultureController::reload);
    // Evaluations: the grid follows imports, language and discipline (a decision caps the year's level).
    connect(m_evaluations, &EvaluationController::errorOccurred, this, &AppController::errorOccurred);
    connect(m_evaluations, &EvaluationController::infoMessage, this, &AppController::infoMessage);
    connect(m_evaluations, &EvaluationController::evaluationsChanged, m_dashboard, &DashboardModel::reloadEvaluations);
    connect(m_importer, &ImportController::dataChanged, m_evaluations, &EvaluationController::reload);
    connect(this, &AppController::languageChanged, m_evaluations, &EvaluationController::reload);
    connect(m_discipline, &DisciplineController::saved, m_evaluations, &EvaluationController::reload);
    connect(m_discipline, &DisciplineController::removed, m_evaluations, &EvaluationController::reload);
    // ND 335 period scores: a yearly score written to the evaluation shows in the grid.
    connect(m_scoring, &ScoringController::errorOccurred, this, &AppController::errorOccurred);
    connect(m_scoring, &ScoringController::infoMessage, this, &AppController::infoMessage);
    connect(m_scoring, &ScoringController::scoreApplied, m_evaluations, &EvaluationController::personChanged);
    // Training: a completion puts a qualification on the record, so the rates move.
    connect(m_training, &TrainingController::errorOccurred, this, &AppController::errorOccurred);
    connect(m_training, &TrainingController::infoMessage, this, &AppController::infoMessage);
    connect(m_training, &TrainingController::qualificationChanged, this, [this] {
        m_dashboard->reload();
        m_qualification->reload();
        m_editor->refreshStanding();
    });
    // A plan saved or an enrolment moved changes the projected rate (planned enrolments count as done).
    connect(m_training, &TrainingController::enrolmentsChanged, m_qualification, &QualificationModel::reload);
    connect(m_importer, &ImportController::dataChanged, m_training, &TrainingController::reload);
    // Needs follow the records and the standards.
    connect(m_editor, &PersonEditor::saved, m_training, &TrainingController::reload);
    connect(m_editor, &PersonEditor::removed, m_training, &TrainingController::reload);
    connect(m_standards, &StandardsController::standardsChanged, m_training, &TrainingController::reload);
    connect(this, &AppController::languageChanged, m_training, &TrainingController::reload);
    // Review: it reads the evaluations and the discipline; closing a year locks them.
    connect(m_review, &ReviewController::errorOccurred, this, &AppController::errorOccurred);
    connect(m_review, &ReviewController::infoMessage, this, &AppController::infoMessage);
    connect(m_review, &ReviewController::reviewWritten, m_evaluations, &EvaluationController::reload);
    connect(m_review, &ReviewController::reviewWritten, m_discipline, &DisciplineController::reload);
    connect(m_importer, &ImportController::dataChanged, m_review, &ReviewController::reload);
    connect(m_evaluations, &EvaluationController::evaluationsChanged, m_review, &ReviewController::reload);
    connect(m_discipline, &DisciplineController::saved, m_review, &ReviewController::reload);
    connect(m_discipline, &DisciplineController::removed, m_review, &ReviewController::reload);
    connect(this, &AppController::languageChanged, m_review, &ReviewController::reload);
    const QDate today = QDate::currentDate();
    // No languageChanged connection here: setLanguage() calls reloadAll(), whose DashboardModel::reload()
    // already re-reads the evaluation panel (a second EvaluationService::report would double the cost).
    m_dashboard->setEvaluations(&evaluation);
    m_dashboard->setAsOf(today);
    m_qualification->setAsOf(today);
    m_units->reload(today);
    m_staff->reload();
}

AppController::~AppController()
{
    if (g_instance == this)
        g_instance = nullptr;
}

AppController *AppController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(g_instance, "AppController::create", "main.cpp must set the instance before QML loads");
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void AppController::setInstance(AppController *instance)
{
    g_instance = instance;
}

void AppController::setCurrentPage(const QString &page)
{
    if (page == m_currentPage)
        return;
    m_currentPage = page;
    Q_EMIT currentPageChanged();
}

QString AppController::sessionUser() const
{
    const std::optional<AppUser> user = AccessControl(m_db).sessionUser();
    if (!user)
        return {};
    //: %1 the user name, %2 their role ("lan — HR officer")
    return tr("%1 — %2").arg(user->name, Roles::label(user->role));
}

QString AppController::databasePath() const
{
    return m_db.path();
}

QString AppController::version() const
{
    return QStringLiteral(CONGVU_VERSION);
}

QString AppController::today() const
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QVariantList AppController::options(const QString &field) const
{
    const CodeTable *table = CodeTables::forField(field);
    return table ? optionsOf(*table) : QVariantList();
}

QVariantList AppController::positionOptions(const QString &category) const
{
    if (category == "cb_xa"_L1)
        return optionsOf(CodeTables::communeTitle(), CodeTables::communeCadreTitles());
    if (category == "cc_xa"_L1)
        return optionsOf(CodeTables::communeTitle(), CodeTables::communeCivilServantTitles());
    return {};
}

QVariantList AppController::unitOptions(const QString &validOn) const
{
    const QDate date = QDate::fromString(validOn, Qt::ISODate);
    QVariantList out;
    std::vector<OrgUnit> units = m_registry.units().units();
    std::sort(units.begin(), units.end(), [](const OrgUnit &a, const OrgUnit &b) {
        const int ka = CodeTables::unitKind().rank(a.kind), kb = CodeTables::unitKind().rank(b.kind);
        return ka != kb ? ka < kb : a.name < b.name;
    });
    for (const auto &u : units) {
        if (date.isValid() && !u.isValidOn(date))
            continue;
        out.append(QVariantMap{{u"value"_s, u.code}, {u"text"_s, u"%1 (%2)"_s.arg(u.name, u.code)}});
    }
    return out;
}

QString AppController::label(const QString &field, const QString &code) const
{
    const CodeTable *table = CodeTables::forField(field);
    return table ? table->label(code) : code;
}

void AppController::setLanguage(const QString &language)
{
    if (language != "vi"_L1 && language != "en"_L1)
        return;
    QSettings().setValue(u"ui/language"_s, language);
    if (language == m_language)
        return;
    m_language = language;
    applyLanguage(language);
    if (auto *engine = qmlEngine(this))
        engine->retranslate();
    reloadAll();
    Q_EMIT languageChanged();
}

void AppController::applyLanguage(const QString &language)
{
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
        g_translator = nullptr;
    }
    // Numbers and dates formatted in the user's language (QML's Qt.locale() follows the default).
    QLocale::setDefault(language == "vi"_L1 ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                            : QLocale(QLocale::English, QLocale::UnitedStates));
    // Vietnamese is a full translation; English is the source text plus its plural forms.
    g_translator = new QTranslator(QCoreApplication::instance());
    if (g_translator->load(language == "vi"_L1 ? u":/i18n/congvu_vi.qm"_s : u":/i18n/congvu_en.qm"_s))
        QCoreApplication::installTranslator(g_translator);
}

QString AppController::savedLanguage()
{
    return QSettings().value(u"ui/language"_s, u"vi"_s).toString();
}

void AppController::reloadAll()
{
    m_standards->reload(); // its texts are translated: a language change rebuilds them
    m_staff->reload();
    m_units->reload();
    m_dashboard->reload();
    m_qualification->reload();
    m_editor->refreshStanding();
}

QString AppController::staffExportFileUrl() const
{
    return OutputFile::defaultUrl(u"can-bo.xlsx"_s);
}

QString AppController::exportStaffXlsx(const QString &fileUrl)
{
    if (const SaveResult allowed = m_registry.mayExport(); !allowed.ok()) {
        Q_EMIT errorOccurred(allowed.text());
        return {};
    }
    const QString path = OutputFile::resolve(fileUrl, u"can-bo.xlsx"_s);
    const std::vector<StaffMember> staff = m_registry.allStaff();
    QString error;
    const QByteArray bytes = StaffExport::toXlsx(staff, &error);
    if (bytes.isEmpty() || !OutputFile::write(path, bytes, &error)) {
        //: %1 file, %2 reason
        Q_EMIT errorOccurred(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    //: %n people, %1 the file written
    Q_EMIT infoMessage(tr("%n people written to %1.", nullptr, int(staff.size())).arg(QDir::toNativeSeparators(path)));
    return path;
}
