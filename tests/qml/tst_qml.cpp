// SPDX-License-Identifier: GPL-3.0-or-later
// The Qt Quick tests of the pages: the real AppController on a temporary database filled with
// the demo office, so the pages are tested against the models they show in the app.

#include "app/appcontroller.h"
#include "app/formpreviewprovider.h"
#include "services/clock.h"
#include "services/demoservice.h"
#include "services/qualificationservice.h"
#include "services/registryservice.h"
#include "services/cultureservice.h"
#include "services/disciplineservice.h"
#include "services/evaluationservice.h"
#include "services/scoringservice.h"
#include "services/standardsservice.h"
#include "services/trainingservice.h"
#include "storage/database.h"

#include <QApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(CongVu_CorePlugin)
Q_IMPORT_QML_PLUGIN(CongVu_UiPlugin)

using namespace Qt::StringLiterals;

/** Gives each test file's engine the static modules' import path (TOOLCHAIN.md pitfall 2). */
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        FormPreviewProvider::install(*engine, AppController::create(nullptr, nullptr)->evaluations());
    }
};

int main(int argc, char **argv)
{
    // QApplication, not QGuiApplication: the app uses one (Qt Charts), quick_test_main reuses it.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"CongVuTest"_s);
    QCoreApplication::setApplicationName(u"tst_qml"_s);
    QStandardPaths::setTestModeEnabled(true);
    QQuickStyle::setStyle(u"Fusion"_s);

    QTemporaryDir dir;
    if (!dir.isValid()) {
        fprintf(stderr, "tst_qml: cannot create a temporary directory\n");
        return 1;
    }
    // A file, not :memory:: the import runs in a worker thread with its own connection.
    Database db(u"qmltest"_s);
    if (db.open(dir.filePath(u"qmltest.sqlite"_s)) != Database::Status::Ok) {
        fprintf(stderr, "tst_qml: %s\n", qPrintable(db.errorString()));
        return 1;
    }
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0)));
    QString error;
    if (!DemoService(db, clock).fill(120, 1, &error)) {
        fprintf(stderr, "tst_qml: %s\n", qPrintable(error));
        return 1;
    }
    RegistryService registry(db, clock);
    QualificationService qualification(db, clock);
    StandardsService standards(db, clock);
    standards.setActor(u"qmltest"_s);
    DisciplineService discipline(db, clock);
    CultureService culture(db, clock);
    EvaluationService evaluation(db, clock);
    evaluation.setActor(u"qmltest"_s);
    ScoringService scoring(db, clock);
    scoring.setActor(u"qmltest"_s);
    TrainingService training(db, clock);
    training.setActor(u"qmltest"_s);
    AppController controller(db, registry, qualification, standards, discipline, culture, evaluation, scoring,
                             training, u"en"_s);
    AppController::setInstance(&controller);

    Setup setup;
    return quick_test_main_with_setup(argc, argv, "congvu_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml.moc"
