// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every page of the real window offscreen (`congvu --screenshot FILE --page NAME`) on the
// demo office and on an empty office, in both languages, and checks each picture is a real window:
// the right size and not blank.

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    static int run(const QStringList &args, QString *errors = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CONGVU_BINARY), args);
        if (!p.waitForFinished(120000))
            return -1;
        if (errors)
            *errors = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    /** Distinct colours in a coarse sample: a blank or failed render has one or two. */
    static int colourVariety(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        return int(colours.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.sqlite"_s);
        m_empty = m_dir.filePath(u"empty.sqlite"_s);
        QCOMPARE(run({u"--db"_s, m_demo, u"demo"_s}), 0);
        QCOMPARE(run({u"--db"_s, m_empty, u"init"_s}), 0);
    }

    void page_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("lang");
        const QStringList pages{u"dashboard"_s, u"staff"_s,    u"units"_s,  u"evaluations"_s, u"discipline"_s,
                                u"culture"_s,   u"training"_s, u"review"_s, u"import"_s, u"settings"_s,
                                u"audit"_s};
        for (const QString &page : pages) {
            for (const QString &lang : {u"vi"_s, u"en"_s}) {
                QTest::addRow("demo-%s-%s", qPrintable(page), qPrintable(lang)) << u"demo"_s << page << lang;
            }
            QTest::addRow("empty-%s", qPrintable(page)) << u"empty"_s << page << u"vi"_s;
        }
    }

    void page()
    {
        QFETCH(QString, database);
        QFETCH(QString, page);
        QFETCH(QString, lang);
        const QString file = m_dir.filePath(u"%1-%2-%3.png"_s.arg(database, page, lang));
        QString errors;
        const int code = run({u"--db"_s, database == "demo"_L1 ? m_demo : m_empty, u"--lang"_s, lang,
                              u"--screenshot"_s, file, u"--page"_s, page}, &errors);
        QVERIFY2(code == 0, qPrintable(errors));
        QVERIFY2(!errors.contains(u"qrc:/"_s), qPrintable(errors)); // no QML errors or warnings
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000);
        QVERIFY(image.height() >= 650);
        QVERIFY2(colourVariety(image) > 8, "the window looks blank");
        if (qEnvironmentVariableIsSet("CONGVU_KEEP_SCREENSHOTS"))
            QFile::copy(file, qEnvironmentVariable("CONGVU_KEEP_SCREENSHOTS") + u'/' + QFileInfo(file).fileName());
    }

    void unknownPageStillRenders()
    {
        const QString file = m_dir.filePath(u"unknown.png"_s);
        QCOMPARE(run({u"--db"_s, m_demo, u"--screenshot"_s, file, u"--page"_s, u"no-such-page"_s}), 0);
        QVERIFY(!QImage(file).isNull());
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_empty;
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
