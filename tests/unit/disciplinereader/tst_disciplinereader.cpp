// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/recordreaders.h"

#include <QTest>

using namespace Qt::StringLiterals;

/**
 * RecordReaders::readDiscipline (RECORDS-CSV.md "Discipline"): columns by key or Vietnamese label, forms
 * as codes or Vietnamese words without case or diacritics, dates ISO or DD/MM/YYYY, and the cell
 * problems as FILE:LINE: COLUMN issues. Whether a form is allowed is the service's business.
 */
class TestDisciplineReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forms_data();
    void forms();
    void vietnameseHeadersAndDates();
    void cellProblems();
    void missingColumn();
    void emptyAndHeaderOnly();
};

void TestDisciplineReader::forms_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("form"); // "" = unknown (an issue on "form")

    QTest::newRow("code") << u"khien_trach"_s << u"khien_trach"_s;
    QTest::newRow("Vietnamese words") << u"Cảnh cáo"_s << u"canh_cao"_s;
    QTest::newRow("without diacritics, upper case") << u"HA BAC LUONG"_s << u"ha_bac_luong"_s;
    QTest::newRow("surrounding spaces") << u"  giáng chức "_s << u"giang_chuc"_s;
    QTest::newRow("cách chức") << u"Cách chức"_s << u"cach_chuc"_s;
    QTest::newRow("buộc thôi việc") << u"buoc thoi viec"_s << u"buoc_thoi_viec"_s;
    QTest::newRow("bãi nhiệm") << u"Bãi nhiệm"_s << u"bai_nhiem"_s;
    QTest::newRow("unknown") << u"phạt tiền"_s << QString();
}

void TestDisciplineReader::forms()
{
    QFETCH(QString, cell);
    QFETCH(QString, form);
    const auto r = RecordReaders::readDiscipline(
        (u"staff_code,form,decision_no,decision_date\nA,\""_s + cell + u"\",1/QĐ,2025-03-01\n"_s).toUtf8());
    QVERIFY(r.fileOk);
    QCOMPARE(r.rows.size(), size_t(1));
    if (form.isEmpty()) {
        QCOMPARE(r.issues.size(), size_t(1));
        QCOMPARE(r.issues.front().line, 2);
        QCOMPARE(r.issues.front().column, u"form"_s);
        return;
    }
    QVERIFY(r.issues.empty());
    QCOMPARE(r.rows.front().record.form, form);
}

void TestDisciplineReader::vietnameseHeadersAndDates()
{
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "Ngày hiệu lực;Mã cán bộ;Hình thức kỷ luật;Số quyết định;Ngày quyết định;Ngày vi phạm;"
                             "Nội dung vi phạm\r\n"
                             "15/03/2025;PL-0001;Khiển trách;12/QĐ-UBND;10/03/2025;2025-01-02;Đi muộn\r\n"
                             ";PL-0002;canh_cao;13/QĐ-UBND;2025-04-01;;\r\n";
    const auto r = RecordReaders::readDiscipline(bytes);
    QVERIFY(r.fileOk);
    QVERIFY(r.issues.empty());
    QCOMPARE(r.rows.size(), size_t(2));
    const DisciplineDecision &a = r.rows[0].record;
    QCOMPARE(r.rows[0].line, 2);
    QCOMPARE(a.staffCode, u"PL-0001"_s);
    QCOMPARE(a.form, u"khien_trach"_s);
    QCOMPARE(a.decisionNo, u"12/QĐ-UBND"_s);
    QCOMPARE(a.decisionDate, QDate(2025, 3, 10));
    QCOMPARE(a.effectiveDate, QDate(2025, 3, 15));
    QCOMPARE(a.violationDate, QDate(2025, 1, 2));
    QCOMPARE(a.reason, u"Đi muộn"_s);
    const DisciplineDecision &b = r.rows[1].record;
    QVERIFY(!b.effectiveDate.isValid());
    QCOMPARE(b.effectiveOn(), QDate(2025, 4, 1)); // defaults to the decision date
    QVERIFY(!b.violationDate.isValid());
    QVERIFY(r.rows[0].presentColumns.contains(u"effective_date"_s));
}

void TestDisciplineReader::cellProblems()
{
    const auto r = RecordReaders::readDiscipline("staff_code,form,decision_no,decision_date,violation_date\n"
                                                 "A,khien_trach,1,2025-02-30,\n"
                                                 "B,khien_trach,2,2025-03-01,31/04/2025\n"
                                                 "C,khien_trach,3,2025-03-01\n");
    QVERIFY(r.fileOk);
    QCOMPARE(r.rows.size(), size_t(3));
    QCOMPARE(r.issues.size(), size_t(3));
    QCOMPARE(r.issues[0].line, 2);
    QCOMPARE(r.issues[0].column, u"decision_date"_s);
    QCOMPARE(r.issues[1].line, 3);
    QCOMPARE(r.issues[1].column, u"violation_date"_s);
    QCOMPARE(r.issues[2].line, 4); // a short row
    QCOMPARE(r.issues[2].column, u"-"_s);
}

void TestDisciplineReader::missingColumn()
{
    const auto r = RecordReaders::readDiscipline("staff_code,form,decision_date\nA,khien_trach,2025-03-01\n");
    QVERIFY(!r.fileOk);
    QCOMPARE(r.issues.size(), size_t(1));
    QCOMPARE(r.issues.front().line, 1);
    QCOMPARE(r.issues.front().column, u"decision_no"_s);
}

void TestDisciplineReader::emptyAndHeaderOnly()
{
    auto r = RecordReaders::readDiscipline(QByteArray());
    QVERIFY(!r.fileOk);
    QCOMPARE(r.issues.front().line, 1);
    r = RecordReaders::readDiscipline("staff_code,form,decision_no,decision_date\n");
    QVERIFY(!r.fileOk);
    QCOMPARE(r.issues.front().message, u"the file has a header but no data rows"_s);
}

QTEST_GUILESS_MAIN(TestDisciplineReader)
#include "tst_disciplinereader.moc"
