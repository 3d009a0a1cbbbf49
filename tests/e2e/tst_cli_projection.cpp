// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `congvu report qualification --projected` (issue 6 item 5; docs/reports.md
// "Projected"): the real binary imports the small town of tests/data/qualification (see
// tst_cli_qualification.cpp for who is who), training enrolments are written into its database as a
// plan would, and the report on 31/12/2026 counts the open ones ending by then as completed.

#include "clirunner.h"
#include "domain/trainingplan.h"
#include "exchange/csvreader.h"
#include "storage/trainingrepository.h"
#include "sqlinspect.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

/*
 * On 31/12/2026 (after the 01/07/2025 merge; ND 33/2023, deadline 2028-08-01):
 *   P03 WN1 dia_chinh, cao_dang: misses professional_level (Art. 10: đại học).
 *       Planned: dai_hoc_quan_ly_nha_nuoc ending 2026-06-30 → counted: qualified when projected.
 *   P09 WN2 chu_tich_hdnd, PL unknown, PT so_cap: misses professional_level and political_theory (Art. 8).
 *       Attending: llct_trung_cap ending 2026-12-31 → counted: only professional_level left.
 *       Planned: dai_hoc_luat ending 2027-06-30 → after the date: not counted.
 *   P07 WN2 tai_chinh_ke_toan, trung_cap: misses professional_level.
 *       Dropped: dai_hoc_ke_toan ending 2026-05-31 → never counted.
 */

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kData = QStringLiteral(CONGVU_TEST_DATA_DIR) + u"/qualification"_s;
const QString kSchema = QStringLiteral(CONGVU_SOURCE_DIR) + u"/schemas/report-qualification.schema.json"_s;
const QString kAsOf = u"2026-12-31"_s;

QJsonObject personOf(const QJsonObject &report, const QString &code)
{
    for (const auto &v : report.value(u"people"_s).toArray()) {
        if (v.toObject().value(u"code"_s).toString() == code)
            return v.toObject();
    }
    return {};
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const auto &s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

class TestCliProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void projectedJson();
    void notProjectedHasNoProjectedKeys();
    void projectedWithoutAsOfIsToday();
    void projectedCsv();
    void projectedTable();
    void projectedPdf();
    void usageMentionsProjected();

private:
    bool plan(const QString &staff, const QString &course, const QString &status, const QDate &start,
              const QDate &end);

    CliSandbox m_office{kBinary};
};

bool TestCliProjection::plan(const QString &staff, const QString &course, const QString &status, const QDate &start,
                             const QDate &end)
{
    bool ok = false;
    const TestSupport::RawConnection db(m_office.db()); // a file or, in the PostgreSQL pass, a URL
    if (db.isOpen()) {
        TrainingEnrolment e;
        e.staffCode = staff;
        e.courseCode = course;
        e.status = status;
        e.startDate = start;
        e.endDate = end;
        QString error;
        ok = TrainingRepository(db.db()).writeEnrolment(e, &error) > 0;
        if (!ok)
            qWarning() << "cannot write the enrolment:" << error;
    }
    return ok;
}

void TestCliProjection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_office.isValid());
    CHECK_EXIT(m_office.cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    CHECK_EXIT(m_office.cli({u"import"_s, u"staff"_s, kData + u"/staff.csv"_s}), kOk);
    QVERIFY(plan(u"P03"_s, u"dai_hoc_quan_ly_nha_nuoc"_s, u"planned"_s, QDate(2023, 7, 1), QDate(2026, 6, 30)));
    QVERIFY(plan(u"P09"_s, u"llct_trung_cap"_s, u"attending"_s, QDate(2026, 1, 1), QDate(2026, 12, 31)));
    QVERIFY(plan(u"P09"_s, u"dai_hoc_luat"_s, u"planned"_s, QDate(2024, 7, 1), QDate(2027, 6, 30)));
    QVERIFY(plan(u"P07"_s, u"dai_hoc_ke_toan"_s, u"dropped"_s, QDate(2023, 6, 1), QDate(2026, 5, 31)));
}

void TestCliProjection::projectedJson()
{
    const QJsonObject actual = m_office.report(u"qualification"_s, {u"--as-of"_s, kAsOf});
    const QJsonObject projected = m_office.report(u"qualification"_s, {u"--as-of"_s, kAsOf, u"--projected"_s});
    QVERIFY(!projected.isEmpty());
    QVERIFY2(schemaErrors(projected, kSchema).isEmpty(), qPrintable(schemaErrors(projected, kSchema).join(u'\n')));
    QCOMPARE(projected.value(u"projected"_s), QJsonValue(true));
    QCOMPARE(projected.value(u"as_of"_s).toString(), kAsOf);

    // P03: the planned degree ending 30/06/2026 is counted.
    const QJsonObject p03 = personOf(projected, u"P03"_s);
    QCOMPARE(strings(p03.value(u"projected_courses"_s)), QStringList{u"dai_hoc_quan_ly_nha_nuoc"_s});
    QCOMPARE(p03.value(u"qualified"_s), QJsonValue(true));
    QCOMPARE(personOf(actual, u"P03"_s).value(u"qualified"_s), QJsonValue(false));
    // P09: the course ending on the day counts, the degree ending in 2027 does not.
    const QJsonObject p09 = personOf(projected, u"P09"_s);
    QCOMPARE(strings(p09.value(u"projected_courses"_s)), QStringList{u"llct_trung_cap"_s});
    QCOMPARE(strings(p09.value(u"gaps"_s)), QStringList{u"professional_level"_s});
    QCOMPARE(strings(personOf(actual, u"P09"_s).value(u"gaps"_s)),
             (QStringList{u"professional_level"_s, u"political_theory"_s}));
    // P07: dropped, never counted.
    const QJsonObject p07 = personOf(projected, u"P07"_s);
    QVERIFY(p07.value(u"projected_courses"_s).isArray());
    QVERIFY(p07.value(u"projected_courses"_s).toArray().isEmpty());
    QCOMPARE(p07.value(u"qualified"_s), QJsonValue(false));

    // One more person qualified; the same people counted.
    const QJsonObject o = projected.value(u"overall"_s).toObject();
    const QJsonObject a = actual.value(u"overall"_s).toObject();
    QCOMPARE(o.value(u"staff"_s).toInt(), a.value(u"staff"_s).toInt());
    QCOMPARE(o.value(u"qualified"_s).toInt(), a.value(u"qualified"_s).toInt() + 1);
    QCOMPARE(projected.value(u"people"_s).toArray().size(), actual.value(u"people"_s).toArray().size());

    // 2027-06-30: P09's degree too.
    const QJsonObject later =
        m_office.report(u"qualification"_s, {u"--as-of"_s, u"2027-06-30"_s, u"--projected"_s});
    QCOMPARE(strings(personOf(later, u"P09"_s).value(u"projected_courses"_s)),
             (QStringList{u"llct_trung_cap"_s, u"dai_hoc_luat"_s}));
    QCOMPARE(personOf(later, u"P09"_s).value(u"qualified"_s), QJsonValue(true));
}

void TestCliProjection::notProjectedHasNoProjectedKeys()
{
    const QJsonObject actual = m_office.report(u"qualification"_s, {u"--as-of"_s, kAsOf});
    QVERIFY(!actual.isEmpty());
    QVERIFY(!actual.contains(u"projected"_s));
    for (const auto &v : actual.value(u"people"_s).toArray())
        QVERIFY(!v.toObject().contains(u"projected_courses"_s));
}

void TestCliProjection::projectedWithoutAsOfIsToday()
{
    const QJsonObject r = m_office.report(u"qualification"_s, {u"--projected"_s});
    QCOMPARE(r.value(u"projected"_s), QJsonValue(true));
    QCOMPARE(r.value(u"as_of"_s).toString(), QDate::currentDate().toString(Qt::ISODate));
}

void TestCliProjection::projectedCsv()
{
    const CliRun r = m_office.cli(
        {u"report"_s, u"qualification"_s, u"--as-of"_s, kAsOf, u"--projected"_s, u"--format"_s, u"csv"_s});
    CHECK_EXIT(r, kOk);
    TextTable table;
    TableError error;
    QVERIFY2(CsvReader::read(r.out, &table, &error), qPrintable(error.message));
    QCOMPARE(table.header.mid(table.header.size() - 2), (QStringList{u"projected"_s, u"projected_courses"_s}));
    QCOMPARE(table.header.size(), 15);
    bool sawP09 = false;
    for (const TextTableRow &row : table.rows) {
        QCOMPARE(row.cells.size(), table.header.size());
        QCOMPARE(row.cells.at(13), u"1"_s);
        if (row.cells.at(1) == "person"_L1 && row.cells.at(5) == "P09"_L1) {
            sawP09 = true;
            QCOMPARE(row.cells.at(14), u"llct_trung_cap"_s);
            QCOMPARE(row.cells.at(10), u"professional_level"_s);
        }
    }
    QVERIFY(sawP09);
    // Without --projected: the 13 columns of docs/reports.md.
    const CliRun plain =
        m_office.cli({u"report"_s, u"qualification"_s, u"--as-of"_s, kAsOf, u"--format"_s, u"csv"_s});
    CHECK_EXIT(plain, kOk);
    QVERIFY(CsvReader::read(plain.out, &table, &error));
    QCOMPARE(table.header.size(), 13);
}

void TestCliProjection::projectedTable()
{
    const CliRun r = m_office.cli(
        {u"report"_s, u"qualification"_s, u"--as-of"_s, kAsOf, u"--projected"_s, u"--format"_s, u"table"_s});
    CHECK_EXIT(r, kOk);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(u"projected on 31/12/2026"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Planned courses counted as completed:"_s), qPrintable(text));
    QVERIFY(text.contains(u"dai_hoc_quan_ly_nha_nuoc"_s));
    const CliRun plain =
        m_office.cli({u"report"_s, u"qualification"_s, u"--as-of"_s, kAsOf, u"--format"_s, u"table"_s});
    QVERIFY(!QString::fromUtf8(plain.out).contains(u"projected"_s));
}

void TestCliProjection::projectedPdf()
{
    const QString pdf = m_office.path(u"projected.pdf"_s);
    const CliRun r = m_office.cli({u"report"_s, u"qualification"_s, u"--as-of"_s, kAsOf, u"--projected"_s, u"-o"_s, pdf});
    CHECK_EXIT(r, kOk);
    const auto text = pdfText(pdf);
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString t = text->simplified();
    QVERIFY2(t.contains(u"(projected as of 31/12/2026)"_s), qPrintable(*text));
    QVERIFY2(t.contains(u"the planned training ending by 31/12/2026 is counted as completed (2 "_s),
             qPrintable(*text));
}

void TestCliProjection::usageMentionsProjected()
{
    const CliRun r = m_office.cli({u"report"_s, u"qualification"_s, u"--help"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY(QString::fromUtf8(r.out).contains(u"--projected"_s));
}

QTEST_GUILESS_MAIN(TestCliProjection)
#include "tst_cli_projection.moc"
