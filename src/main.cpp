// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: the command line, or the window on the office database.

#include "app/appcontroller.h"
#include "app/formpreviewprovider.h"
#include "app/logincontroller.h"
#include "cli/cli.h"
#include "services/demoservice.h"
#include "services/qualificationservice.h"
#include "services/registryservice.h"
#include "services/cultureservice.h"
#include "services/disciplineservice.h"
#include "services/evaluationservice.h"
#include "services/scoringservice.h"
#include "services/standardsservice.h"
#include "services/systemclock.h"
#include "services/trainingservice.h"
#include "services/userservice.h"
#include "services/accesscontrol.h"
#include "storage/database.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>
#include <QEventLoop>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(CongVu_CorePlugin)
Q_IMPORT_QML_PLUGIN(CongVu_UiPlugin)

using namespace Qt::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"CongVu"_s);
    QCoreApplication::setApplicationName(u"CongVu"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CONGVU_VERSION));
}

QString languageOf(const GlobalOptions &options)
{
    return options.lang == "en"_L1 ? u"en"_s : u"vi"_s;
}

int runCommandLine(int argc, char *argv[], const QStringList &args)
{
    // Commands that draw text (a PDF report) need fonts, hence a QGuiApplication; without a display
    // it runs on the offscreen platform. Every other command stays headless.
    std::unique_ptr<QCoreApplication> app;
    if (Cli::needsGui(Cli::parseGlobal(args))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setIdentity();
    AppController::applyLanguage(languageOf(Cli::parseGlobal(args)));
    // Parsed again now that the translator is installed, so usage errors are in the user's language.
    const GlobalOptions options = Cli::parseGlobal(args);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    const int code = cli.run(options);
    out.flush();
    err.flush();
    return code;
}

/** Grabs window to file once the scene has laid out and paged in its first rows, then quits (--screenshot). */
void screenshotLater(QQuickWindow *window, const QString &file, QEventLoop *loop = nullptr)
{
    QTimer::singleShot(1500, qApp, [window, file, loop]() {
        const QImage image = window ? window->grabWindow() : QImage();
        const bool ok = !image.isNull() && image.save(file, "PNG");
        if (!ok)
            fprintf(stderr, "congvu: cannot save the screenshot to %s\n", qPrintable(file));
        if (loop)
            loop->exit(ok ? 2 : 3);
        else
            QCoreApplication::exit(ok ? 0 : 1);
    });
}

/**
 * The log-in before the office opens, once roles are on (issue 8 item 4): --as USER with
 * CONGVU_AS_PASSWORD, else the log-in window. The user's name, or nullopt when they closed the window
 * (or a --screenshot of the window was taken).
 */
std::optional<QString> logIn(Database &db, const Clock &clock, const GlobalOptions &options)
{
    UserService users(db, clock);
    if (!options.actingUser.isEmpty() && qEnvironmentVariableIsSet(UserService::ActingPasswordVariable)) {
        const AuthResult login =
            users.logIn(options.actingUser, qEnvironmentVariable(UserService::ActingPasswordVariable));
        if (login.ok())
            return login.user->name;
        fprintf(stderr, "congvu: --as: %s\n", qPrintable(login.error));
    }
    LoginController controller(db, users);
    LoginController::setInstance(&controller);
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.load(QUrl(u"qrc:/qt/qml/CongVu/Ui/LoginWindow.qml"_s));
    if (engine.rootObjects().isEmpty())
        return std::nullopt;
    QEventLoop loop;
    QObject::connect(&controller, &LoginController::loggedIn, &loop, [&loop]() { loop.exit(0); });
    QObject::connect(&controller, &LoginController::cancelled, &loop, [&loop]() { loop.exit(1); });
    if (!options.screenshotFile.isEmpty())
        screenshotLater(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()), options.screenshotFile, &loop);
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    const int code = loop.exec();
    QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
    LoginController::setInstance(nullptr);
    if (code != 0)
        return std::nullopt;
    return controller.userName();
}

int runGui(int argc, char *argv[], const GlobalOptions &options)
{
    QApplication app(argc, argv); // QApplication, not QGuiApplication: Qt Charts needs it
    setIdentity();
    QQuickStyle::setStyle(u"Fusion"_s);
    const QString language = options.lang.isEmpty() ? AppController::savedLanguage() : options.lang;
    AppController::applyLanguage(language);

    bool isDefault = false;
    const QString path = Cli::databasePath(options, &isDefault);
    const bool existed = QFileInfo::exists(path);
    Database db(u"gui"_s);
    if (db.open(path) != Database::Status::Ok) {
        const QString message = db.errorString();
        fprintf(stderr, "congvu: %s\n", qPrintable(message));
        if (options.screenshotFile.isEmpty())
            QMessageBox::critical(nullptr, QObject::tr("CongVu cannot open the database"), message);
        return ExitCode::Database;
    }
    SystemClock clock;
    QString actor = u"app:"_s + qEnvironmentVariable("USER", u"unknown"_s);
    if (AccessControl(db).rolesEnabled()) {
        const std::optional<QString> user = logIn(db, clock, options);
        if (!user)
            return ExitCode::Ok; // closed, or the log-in window's screenshot was taken
        actor = *user;
    }
    if (isDefault && !existed) {
        // A newcomer sees a working office at once (CLI.md).
        DemoService demo(db, clock);
        demo.setActor(actor);
        QString error;
        if (demo.isEmpty() && !demo.fill(400, 1, &error))
            fprintf(stderr, "congvu: %s\n", qPrintable(error));
    }
    RegistryService registry(db, clock);
    registry.setActor(actor);
    QualificationService qualification(db, clock);
    StandardsService standards(db, clock);
    standards.setActor(actor);
    DisciplineService discipline(db, clock);
    discipline.setActor(actor);
    CultureService culture(db, clock);
    culture.setActor(actor);
    EvaluationService evaluation(db, clock);
    evaluation.setActor(actor);
    ScoringService scoring(db, clock);
    scoring.setActor(actor);
    TrainingService training(db, clock);
    training.setActor(actor);
    AppController controller(db, registry, qualification, standards, discipline, culture, evaluation, scoring,
                             training, language);
    AppController::setInstance(&controller);
    if (!options.page.isEmpty())
        controller.setCurrentPage(options.page);

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    FormPreviewProvider::install(engine, controller.evaluations());
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     []() { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/qt/qml/CongVu/Ui/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (!options.screenshotFile.isEmpty())
        screenshotLater(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()), options.screenshotFile);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const GlobalOptions options = Cli::parseGlobal(args);
    if (Cli::isCommandLine(options) && options.screenshotFile.isEmpty())
        return runCommandLine(argc, argv, args);
    return runGui(argc, argv, options);
}
