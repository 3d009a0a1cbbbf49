// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importcontroller.h"
#include "services/reviewservice.h"
#include "services/systemclock.h"
#include "storage/staffrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kSample = QStringLiteral(CONGVU_TEST_DATA_DIR "/archive/congvu-archive-v1.cvarchive");
}

/**
 * The Import page's archive exchange (ImportController, kind "archive"): the preview lists what the
 * archive would add before anything is written; Accept writes it and closes its closed year; Cancel
 * writes nothing; a refused file gives the reason and cannot be accepted.
 */
class TestArchiveImportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewThenAccept();
    void cancelWritesNothing();
    void refusedFileCannotBeAccepted();
};

void TestArchiveImportController::previewThenAccept()
{
    TestDatabase db;
    ImportController c(db.db());
    c.setKind(u"archive"_s);
    QCOMPARE(c.kind(), u"archive"_s);
    c.setFile(QUrl::fromLocalFile(kSample).toString());
    QSignalSpy data(&c, &ImportController::dataChanged);
    c.check(); // the preview
    const QVariantMap p = c.archivePreview();
    QVERIFY2(p.value(u"ok"_s).toBool(), qPrintable(p.value(u"error"_s).toString()));
    QCOMPARE(p.value(u"years"_s).toList(), (QVariantList{2024, 2025}));
    QCOMPARE(p.value(u"yearsToClose"_s).toList(), QVariantList{2025});
    const QVariantList kinds = p.value(u"kinds"_s).toList();
    QVERIFY(!kinds.isEmpty());
    QCOMPARE(kinds.front().toMap().value(u"kind"_s), u"units"_s);
    QCOMPARE(kinds.at(1).toMap().value(u"added"_s).toInt(), 6); // staff
    QVERIFY(p.value(u"conflicts"_s).toList().isEmpty());
    QCOMPARE(StaffRepository(db.connection()).all().size(), size_t(0)); // nothing written yet

    QVERIFY(c.acceptArchive());
    QVERIFY(c.archivePreview().isEmpty());
    QCOMPARE(data.count(), 1);
    QVERIFY(c.written());
    QVERIFY2(c.summary().contains(u"Archive imported"_s), qPrintable(c.summary()));
    QCOMPARE(StaffRepository(db.connection()).all().size(), size_t(6));
    SystemClock clock;
    QVERIFY(ReviewService(db.db(), clock).isClosed(2025));

    // The same archive again: nothing to add.
    c.previewArchive();
    QCOMPARE(c.archivePreview().value(u"writeCount"_s).toInt(), 0);
    QVERIFY(c.acceptArchive());
    QVERIFY(!c.written());
    QCOMPARE(data.count(), 1);
}

void TestArchiveImportController::cancelWritesNothing()
{
    TestDatabase db;
    ImportController c(db.db());
    c.setKind(u"archive"_s);
    c.setFile(kSample);
    c.previewArchive();
    QVERIFY(c.archivePreview().value(u"ok"_s).toBool());
    c.cancelArchive();
    QVERIFY(c.archivePreview().isEmpty());
    QVERIFY(!c.acceptArchive()); // nothing previewed any more
    QCOMPARE(StaffRepository(db.connection()).all().size(), size_t(0));
}

void TestArchiveImportController::refusedFileCannotBeAccepted()
{
    QTemporaryDir dir;
    QByteArray bytes = TestSupport::readFile(kSample);
    bytes[bytes.size() - 2] = char(bytes.at(bytes.size() - 2) ^ 0x01);
    const QString altered = dir.filePath(u"altered.cvarchive"_s);
    QFile f(altered);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();

    TestDatabase db;
    ImportController c(db.db());
    c.setKind(u"archive"_s);
    c.setFile(altered);
    c.check();
    QCOMPARE(c.archivePreview().value(u"ok"_s).toBool(), false);
    QVERIFY2(c.archivePreview().value(u"error"_s).toString().contains(u"checksum mismatch"_s),
             qPrintable(c.archivePreview().value(u"error"_s).toString()));
    QVERIFY(!c.acceptArchive());
    c.run(); // the page's Import button path: only a previewed archive is written
    QCOMPARE(StaffRepository(db.connection()).all().size(), size_t(0));
}

QTEST_MAIN(TestArchiveImportController)
#include "tst_archiveimportcontroller.moc"
