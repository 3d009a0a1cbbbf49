// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvreader.h"
#include "exchange/cultureexport.h"
#include "exchange/culturepdf.h"
#include "jsonschemacheck.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/cultureservice.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kSchema = QStringLiteral(CONGVU_SOURCE_DIR) + u"/schemas/report-culture.schema.json"_s;

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

/**
 * CultureExport and CulturePdf (docs/culture-csv.md "report culture"): the JSON against
 * schemas/report-culture.schema.json, the CSV levels, the text table, and the PDF's text (pdftotext).
 * Needs a QGuiApplication for the PDF (TOOLCHAIN.md pitfall 6).
 */
class TestCultureExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void jsonFollowsTheSchema();
    void emptyPeriodIsValidToo();
    void quarterOf_data();
    void quarterOf();
    void csvLevels();
    void textTable();
    void pdfText();

private:
    CultureReport report(const QDate &from = QDate(2026, 1, 1), const QDate &to = QDate(2026, 12, 31)) const
    {
        return m_service->report(from, to);
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<CultureService> m_service;
};

void TestCultureExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCultureExport::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 5, 4), QTime(9, 0)));
    m_service = std::make_unique<CultureService>(m_db->db(), *m_clock);
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    QVERIFY(Samples::insertStaff(m_db->db(), {Samples::person(u"A"_s, u"Nguyễn Văn An"_s, u"WN"_s, u"cc"_s),
                                              Samples::person(u"B"_s, u"Trần Thị Bình"_s, u"WN"_s, u"vc"_s),
                                              Samples::person(u"C"_s, u"Lê Văn Cường"_s, u"AG"_s, u"cc"_s)}));
    auto obs = [](const QString &s, const QString &i, const QString &r, const QString &n = {}) {
        return CultureObservation{0, s, i, r, n};
    };
    qint64 id = 0;
    QVERIFY(m_service->saveInspection({0, u"WN"_s, QDate(2026, 3, 2), u"Tổ kiểm tra"_s, {}},
                                      {obs(u"A"_s, u"the_deo"_s, u"dat"_s),
                                       obs(u"A"_s, u"khong_hut_thuoc"_s, u"vi_pham"_s, u"Hút thuốc trong phòng họp"_s),
                                       obs(u"A"_s, u"dung_gio"_s, u"dat"_s), obs(u"B"_s, u"the_deo"_s, u"dat"_s),
                                       obs(u"B"_s, u"cong_bang_lanh_dao"_s, u"khong_ap_dung"_s)},
                                      &id)
                .ok());
    QVERIFY(m_service->saveInspection({0, u"AG"_s, QDate(2026, 4, 10), u"Tổ kiểm tra"_s, {}},
                                      {obs(u"C"_s, u"the_deo"_s, u"dat"_s)})
                .ok());
    QVERIFY(m_service->setViolationStatus(m_service->violations(2026).front().violation.id, u"confirmed"_s).ok());
}

void TestCultureExport::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestCultureExport::jsonFollowsTheSchema()
{
    const QJsonObject schema = readJson(kSchema);
    QVERIFY(!schema.isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(CultureExport::toJson(report())).object();
    const QStringList errors = JsonSchemaCheck::check(json, schema);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(json.value(u"year"_s).toInt(), 2026);
    QVERIFY(json.value(u"quarter"_s).isNull());
    QCOMPARE(json.value(u"from"_s).toString(), u"2026-01-01"_s);
    QCOMPARE(json.value(u"points_max"_s).toDouble(), 5.0);
    const QJsonObject overall = json.value(u"overall"_s).toObject();
    QCOMPARE(overall.value(u"checks"_s).toInt(), 5);
    QCOMPARE(overall.value(u"passed"_s).toInt(), 4);
    QCOMPARE(overall.value(u"compliance_rate"_s).toDouble(), 0.8);
    const QJsonArray units = json.value(u"units"_s).toArray();
    QCOMPARE(units.size(), 2);
    const QJsonObject wn = units.at(1).toObject(); // Phòng Nội vụ, Phường Mới
    QCOMPARE(wn.value(u"code"_s).toString(), u"WN"_s);
    QCOMPARE(wn.value(u"compliance_rate"_s).toDouble(), 0.75);
    QCOMPARE(wn.value(u"confirmed_violations"_s).toInt(), 1);
    QCOMPARE(wn.value(u"breaches_by_item"_s).toObject().value(u"khong_hut_thuoc"_s).toInt(), 1);
    QCOMPARE(wn.value(u"breaches_by_item"_s).toObject().value(u"the_deo"_s).toInt(), 0);
    QCOMPARE(wn.value(u"breaches_by_item"_s).toObject().size(), 10);
    QMap<QString, QJsonObject> people;
    for (const auto &p : json.value(u"people"_s).toArray())
        people.insert(p.toObject().value(u"code"_s).toString(), p.toObject());
    QCOMPARE(people.value(u"A"_s).value(u"nd335_culture_points"_s).toDouble(), 3.3);
    QVERIFY(people.value(u"B"_s).value(u"nd335_culture_points"_s).isNull()); // viên chức
    QCOMPARE(people.value(u"C"_s).value(u"nd335_culture_points"_s).toDouble(), 5.0);
    QCOMPARE(people.value(u"A"_s).value(u"items_breached"_s).toArray(), QJsonArray{u"khong_hut_thuoc"_s});
    QCOMPARE(json.value(u"items"_s).toArray().size(), 10);
    const QJsonArray log = json.value(u"violations"_s).toArray();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).toObject().value(u"status"_s).toString(), u"confirmed"_s);
    QVERIFY(log.at(0).toObject().value(u"discipline_id"_s).isNull());
}

void TestCultureExport::emptyPeriodIsValidToo()
{
    const QJsonObject json = QJsonDocument::fromJson(CultureExport::toJson(report(QDate(2025, 1, 1),
                                                                                  QDate(2025, 3, 31))))
                                 .object();
    const QStringList errors = JsonSchemaCheck::check(json, readJson(kSchema));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(json.value(u"quarter"_s).toInt(), 1);
    QVERIFY(json.value(u"overall"_s).toObject().value(u"compliance_rate"_s).isNull());
    QVERIFY(json.value(u"units"_s).toArray().isEmpty());
}

void TestCultureExport::quarterOf_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("quarter");
    QTest::newRow("year") << QDate(2026, 1, 1) << QDate(2026, 12, 31) << 0;
    QTest::newRow("Q1") << QDate(2026, 1, 1) << QDate(2026, 3, 31) << 1;
    QTest::newRow("Q2") << QDate(2026, 4, 1) << QDate(2026, 6, 30) << 2;
    QTest::newRow("Q4") << QDate(2026, 10, 1) << QDate(2026, 12, 31) << 4;
    QTest::newRow("a month") << QDate(2026, 4, 1) << QDate(2026, 4, 30) << 0;
}

void TestCultureExport::quarterOf()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, quarter);
    CultureReport r;
    r.from = from;
    r.to = to;
    QCOMPARE(CultureExport::quarterOf(r), quarter);
}

void TestCultureExport::csvLevels()
{
    TextTable table;
    TableError error;
    QVERIFY(CsvReader::read(CultureExport::toCsv(report()), &table, &error));
    QCOMPARE(table.header, CultureExport::csvColumns());
    QStringList levels;
    for (const auto &row : table.rows)
        levels << row.cells.at(2);
    QCOMPARE(levels, (QStringList{u"overall"_s, u"unit"_s, u"unit"_s, u"person"_s, u"person"_s, u"person"_s,
                                  u"violation"_s}));
    QCOMPARE(table.rows[0].cells.at(13), u"0.8000"_s);
    QCOMPARE(table.rows[2].cells.mid(3, 2), (QStringList{u"WN"_s, u"Phường Mới"_s}));
}

void TestCultureExport::textTable()
{
    const QString text = CultureExport::toText(report());
    QVERIFY2(text.contains(u"Phường Mới"_s), qPrintable(text));
    QVERIFY(text.contains(u"75.00%"_s));
    QVERIFY(text.contains(u"80.00%"_s));
    QVERIFY(text.contains(u"Nguyễn Văn An"_s));
}

void TestCultureExport::pdfText()
{
    CulturePdf::Options options;
    options.madeOn = QDate(2026, 5, 4);
    options.place = u"Phước Long"_s;
    QString error;
    const QByteArray pdf = CulturePdf::render(report(), UnitDirectory(Samples::town()), options, &error);
    QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    QFile f(dir.filePath(u"culture.pdf"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(tool, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, f.fileName(), u"-"_s});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    for (const QString &s : {u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"Độc lập - Tự do - Hạnh phúc"_s,
                             u"Phước Long, 04/5/2026"_s, u"REPORT"_s, u"(year 2026: from 01/01/2026 to 31/12/2026)"_s,
                             u"Phường Mới"_s, u"Phòng Nội vụ"_s, u"75.00%"_s, u"80.00%"_s, u"Nguyễn Văn An"_s,
                             u"Hút thuốc trong phòng họp"_s, u"Không hút thuốc lá trong phòng làm việc"_s,
                             u"QĐ 129/2007/QĐ-TTg;"_s, u"5.0 of the 30 general-criteria points"_s,
                             u"PREPARED BY"_s, u"HEAD OF THE UNIT"_s})
        QVERIFY2(text.contains(s), qPrintable(s + u"\n---\n"_s + text));
}

QTEST_MAIN(TestCultureExport)
#include "tst_cultureexport.moc"
