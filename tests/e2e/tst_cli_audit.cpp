// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `congvu audit` (issue 8 item 5): the real binary imports the town of
// tests/data/e2e, imports a changed staff file, and reads the trail back filtered by person, unit,
// user and dates as JSON, CSV and a table; the output file is owner-only; bad options are usage errors.

#include "clirunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kData = QStringLiteral(CONGVU_TEST_DATA_DIR) + u"/e2e"_s;

QJsonArray entries(const QJsonObject &audit)
{
    return audit.value(u"entries"_s).toArray();
}

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void staffShowsInsertAndUpdateWithBeforeAndAfter();
    void filtersByUnitUserAndDates();
    void csvFileIsOwnerOnly();
    void tableOnRequest();
    void usageErrors_data();
    void usageErrors();

private:
    std::unique_ptr<CliSandbox> m_office;
};

void TestCliAudit::initTestCase()
{
    m_office = std::make_unique<CliSandbox>(kBinary);
    QVERIFY(m_office->isValid());
    CHECK_EXIT(m_office->cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    CHECK_EXIT(m_office->cli({u"import"_s, u"staff"_s, kData + u"/staff.csv"_s}), kOk);
    // The same file with PL-0002 promoted: one update.
    QFile in(kData + u"/staff.csv"_s);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(in.readAll());
    QVERIFY(text.contains(u"Trưởng phòng Nội vụ"_s));
    text.replace(u"PL-0002,Trần Thị Bích,1979-11-02,nu,693-NV,cc,Trưởng phòng Nội vụ"_s,
                 u"PL-0002,Trần Thị Bích,1979-11-02,nu,693-NV,cc,Phó Chủ tịch UBND thị xã"_s);
    QFile out(m_office->path(u"staff-changed.csv"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    CHECK_EXIT(m_office->cli({u"import"_s, u"staff"_s, out.fileName()}), kOk);
}

void TestCliAudit::staffShowsInsertAndUpdateWithBeforeAndAfter()
{
    const CliRun run = m_office->cli({u"audit"_s, u"--staff"_s, u"PL-0002"_s, u"--format"_s, u"json"_s});
    CHECK_EXIT(run, kOk);
    const QJsonObject audit = QJsonDocument::fromJson(run.out).object();
    const QJsonArray rows = entries(audit);
    QCOMPARE(audit.value(u"total"_s).toInt(), 2);
    QCOMPARE(rows.size(), 2);
    // Newest first: the update, then the insert.
    const QJsonObject update = rows.at(0).toObject();
    QCOMPARE(update.value(u"action"_s).toString(), u"update"_s);
    QCOMPARE(update.value(u"entity"_s).toString(), u"staff"_s);
    QCOMPARE(update.value(u"entity_key"_s).toString(), u"PL-0002"_s);
    QVERIFY(update.value(u"actor"_s).toString().startsWith(u"cli:"_s));
    QCOMPARE(update.value(u"before"_s).toObject().value(u"position"_s).toString(), u"Trưởng phòng Nội vụ"_s);
    QCOMPARE(update.value(u"after"_s).toObject().value(u"position"_s).toString(), u"Phó Chủ tịch UBND thị xã"_s);
    QCOMPARE(update.value(u"after"_s).toObject().value(u"full_name"_s).toString(), u"Trần Thị Bích"_s);
    const QJsonObject insert = rows.at(1).toObject();
    QCOMPARE(insert.value(u"action"_s).toString(), u"insert"_s);
    QVERIFY(insert.value(u"before"_s).isNull());
    QCOMPARE(insert.value(u"after"_s).toObject().value(u"position"_s).toString(), u"Trưởng phòng Nội vụ"_s);
    QVERIFY(insert.value(u"id"_s).toInt() < update.value(u"id"_s).toInt());
}

void TestCliAudit::filtersByUnitUserAndDates()
{
    // Every change was today, by this user.
    const QJsonObject all = m_office->json({u"audit"_s, u"--format"_s, u"json"_s});
    const int total = all.value(u"total"_s).toInt();
    QVERIFY(total > 10);
    const QString actor = entries(all).at(0).toObject().value(u"actor"_s).toString();
    const QString user = actor.section(u':', 1);
    QCOMPARE(m_office->json({u"audit"_s, u"--user"_s, user, u"--format"_s, u"json"_s}).value(u"total"_s).toInt(),
             total);
    QCOMPARE(m_office->json({u"audit"_s, u"--user"_s, u"nobody"_s, u"--format"_s, u"json"_s})
                 .value(u"total"_s)
                 .toInt(),
             0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    QCOMPARE(m_office->json({u"audit"_s, u"--from"_s, today, u"--to"_s, today, u"--format"_s, u"json"_s})
                 .value(u"total"_s)
                 .toInt(),
             total);
    QCOMPARE(m_office->json({u"audit"_s, u"--to"_s, yesterday, u"--format"_s, u"json"_s}).value(u"total"_s).toInt(),
             0);
    // The unit 693-NV: the unit itself and its people (PL-0002 twice among them), nothing of other units.
    const QJsonObject unit = m_office->json({u"audit"_s, u"--unit"_s, u"693-NV"_s, u"--format"_s, u"json"_s});
    QVERIFY(unit.value(u"total"_s).toInt() >= 3);
    QVERIFY(unit.value(u"total"_s).toInt() < total);
    int pl0002 = 0;
    bool unitRow = false;
    for (const QJsonValue &v : entries(unit)) {
        const QJsonObject e = v.toObject();
        if (e.value(u"entity"_s).toString() == "org_unit"_L1) {
            QCOMPARE(e.value(u"entity_key"_s).toString(), u"693-NV"_s);
            unitRow = true;
        } else {
            QCOMPARE(e.value(u"after"_s).toObject().value(u"unit_code"_s).toString(), u"693-NV"_s);
            pl0002 += e.value(u"entity_key"_s).toString() == "PL-0002"_L1;
        }
    }
    QVERIFY(unitRow);
    QCOMPARE(pl0002, 2);
}

void TestCliAudit::csvFileIsOwnerOnly()
{
    const QString file = m_office->path(u"audit.csv"_s);
    const CliRun run = m_office->cli({u"audit"_s, u"--staff"_s, u"PL-0002"_s, u"-o"_s, file});
    CHECK_EXIT(run, kOk);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), u"id,at,actor,action,entity,entity_key,before_json,after_json"_s);
    QVERIFY(lines.at(1).contains(u",update,staff,PL-0002,"_s));
    QVERIFY(lines.at(1).contains(u"Phó Chủ tịch UBND thị xã"_s));
    struct stat st{};
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
}

void TestCliAudit::tableOnRequest()
{
    const CliRun run = m_office->cli({u"audit"_s, u"--staff"_s, u"PL-0002"_s, u"--format"_s, u"table"_s});
    CHECK_EXIT(run, kOk);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header, two rows, count
    QVERIFY(lines.at(0).startsWith(u"When"_s));
    QVERIFY(lines.at(1).contains(u"update"_s));
    QVERIFY(lines.at(1).contains(u"PL-0002"_s));
    QVERIFY(lines.at(3).contains(u"2"_s));
}

void TestCliAudit::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad date") << QStringList{u"--from"_s, u"1/2/2026"_s} << u"--from must be a date"_s;
    QTest::newRow("range backwards") << QStringList{u"--from"_s, u"2026-03-02"_s, u"--to"_s, u"2026-03-01"_s}
                                     << u"before the start date"_s;
    QTest::newRow("pdf is not offered") << QStringList{u"--format"_s, u"pdf"_s} << u"unknown format"_s;
    QTest::newRow("no edit option") << QStringList{u"--delete"_s} << u"unknown option"_s;
    QTest::newRow("missing value") << QStringList{u"--staff"_s} << u"--staff"_s;
}

void TestCliAudit::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun run = m_office->cli(QStringList{u"audit"_s} + args);
    CHECK_EXIT(run, kUsage);
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
