// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `congvu import training` (docs/training-csv.md): the real binary imports the town of
// tests/data/e2e (units.csv, staff.csv), then the plans and enrolments of training.csv, again (nothing
// changes), the same rows with Vietnamese headers and words, a broken file (every row's where and why,
// nothing written; --skip-invalid writes the valid row and still exits 2) and a file missing a column.

#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

/*
 * training.csv (6 rows, 3 plans):
 *   2026 office "Kế hoạch đào tạo, bồi dưỡng năm 2026", 60.000.000 VND:
 *     PL-0009 llct_so_cap completed (SC-2026-014, 10/05/2026) → political_theory so_cap on her record;
 *     PL-0009 qlnn_chuyen_vien attending; PL-0011 tin_hoc_co_ban enrolled; PL-0012 llct_so_cap dropped.
 *   2026 Xã Long Giang (25231), 20.000.000 VND: PL-0018 llct_trung_cap planned.
 *   2027 office, 30.000.000 VND (default title): PL-0014 by the course's Vietnamese name, "Dự kiến", DD/MM/YYYY.
 */

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kData = QStringLiteral(CONGVU_TEST_DATA_DIR) + u"/e2e"_s;

QStringList stderrLines(const CliRun &r, const QString &file)
{
    QStringList out;
    for (const QString &line : QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts))
        out << (line.startsWith(file) ? line.mid(file.size()) : line);
    return out;
}

} // namespace

class TestCliTrainingImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void completionMovedTheRecord();
    void importIsIdempotent();
    void vietnameseHeadersMatchTheSameRows();
    void brokenFileWritesNothing();
    void missingColumn();
    void usage();

private:
    /** PL-0009's political theory on record (`export staff --format json`). */
    QString politicalTheoryOf(const QString &code) const;

    CliSandbox m_office{kBinary};
};

QString TestCliTrainingImport::politicalTheoryOf(const QString &code) const
{
    const CliRun r = m_office.cli({u"export"_s, u"staff"_s, u"--format"_s, u"json"_s});
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    const QJsonArray staff = doc.isArray() ? doc.array() : doc.object().value(u"staff"_s).toArray();
    for (const auto &v : staff) {
        if (v.toObject().value(u"code"_s).toString() == code)
            return v.toObject().value(u"political_theory"_s).toString();
    }
    return u"(not found)"_s;
}

void TestCliTrainingImport::initTestCase()
{
    QVERIFY(m_office.isValid());
    CHECK_EXIT(m_office.cli({u"import"_s, u"units"_s, kData + u"/units.csv"_s}), kOk);
    CHECK_EXIT(m_office.cli({u"import"_s, u"staff"_s, kData + u"/staff.csv"_s}), kOk);
    QCOMPARE(politicalTheoryOf(u"PL-0009"_s), QString());
    const CliRun dry = m_office.cli({u"import"_s, u"training"_s, kData + u"/training.csv"_s, u"--dry-run"_s});
    CHECK_EXIT(dry, kOk);
    QCOMPARE(dry.out.trimmed(),
             QByteArray("Checked 6 rows: 6 new, 0 changed, 0 unchanged, 0 rejected. Nothing was written (--dry-run)."));
    QCOMPARE(politicalTheoryOf(u"PL-0009"_s), QString()); // the dry run wrote nothing
    const CliRun r = m_office.cli({u"import"_s, u"training"_s, kData + u"/training.csv"_s});
    CHECK_EXIT(r, kOk);
    QCOMPARE(r.out.trimmed(), QByteArray("Imported 6 rows: 6 new, 0 changed, 0 unchanged, 0 rejected."));
}

void TestCliTrainingImport::completionMovedTheRecord()
{
    // Issue 6 item 4: the completed row put what llct_so_cap grants on PL-0009's record.
    QCOMPARE(politicalTheoryOf(u"PL-0009"_s), u"so_cap"_s);
}

void TestCliTrainingImport::importIsIdempotent()
{
    const CliRun r = m_office.cli({u"import"_s, u"training"_s, kData + u"/training.csv"_s});
    CHECK_EXIT(r, kOk);
    QCOMPARE(r.out.trimmed(), QByteArray("Imported 6 rows: 0 new, 0 changed, 6 unchanged, 0 rejected."));
}

void TestCliTrainingImport::vietnameseHeadersMatchTheSameRows()
{
    const CliRun r = m_office.cli({u"import"_s, u"training"_s, kData + u"/training_vi_headers.csv"_s});
    CHECK_EXIT(r, kOk);
    QCOMPARE(r.out.trimmed(), QByteArray("Imported 2 rows: 0 new, 0 changed, 2 unchanged, 0 rejected."));
}

void TestCliTrainingImport::brokenFileWritesNothing()
{
    const QString file = kData + u"/training_broken.csv"_s;
    const CliRun r = m_office.cli({u"import"_s, u"training"_s, file});
    CHECK_EXIT(r, kInvalidInput);
    QCOMPARE(stderrLines(r, file),
             (QStringList{
                 u":2: staff_code: unknown staff code \"PL-9999\""_s,
                 u":3: course: unknown course \"yoga\": expected a course code or name of the catalogue"_s,
                 u":4: certificate_no: the certificate number is required on a completed row"_s,
                 u":4: certificate_date: the certificate date is required on a completed row"_s,
                 u":5: start: the start (01/06/2099) is in the future: a course not begun yet is planned or enrolled"_s,
                 u":6: plan_unit: unknown unit \"99999\""_s,
                 u":7: staff_code: Đặng Thị Ngọc belongs to unit 25217, not under the plan's unit 25231"_s,
                 u":8: status: the enrolment is Completed: it is locked and the row must stay as stored"_s,
                 u":9: start: the start (04/01/2027) is not in the plan's year 2026"_s,
                 u":10: start: \"31/02/2026\" is not a valid date (expected YYYY-MM-DD or DD/MM/YYYY)"_s,
                 u":10: cost: \"mười triệu\" is not an amount of VND (whole digits, e.g. 1500000 or 1.500.000)"_s,
             }));
    QCOMPARE(r.out.trimmed(), QByteArray("9 rows rejected: nothing was written."));
    // Nothing was written: the valid row of the broken file is still new.
    const CliRun dry = m_office.cli({u"import"_s, u"training"_s, file, u"--dry-run"_s, u"--skip-invalid"_s});
    CHECK_EXIT(dry, kInvalidInput);
    QVERIFY2(dry.out.contains("1 new, 0 changed, 0 unchanged, 9 rejected. Nothing was written"), dry.out.constData());
    // --skip-invalid writes the valid row and still exits 2.
    const CliRun skip = m_office.cli({u"import"_s, u"training"_s, file, u"--skip-invalid"_s});
    CHECK_EXIT(skip, kInvalidInput);
    QCOMPARE(skip.out.trimmed(), QByteArray("Imported 10 rows: 1 new, 0 changed, 0 unchanged, 9 rejected."));
    const CliRun again = m_office.cli({u"import"_s, u"training"_s, file, u"--skip-invalid"_s});
    QVERIFY2(again.out.contains("0 new, 0 changed, 1 unchanged, 9 rejected"), again.out.constData());
}

void TestCliTrainingImport::missingColumn()
{
    const QString file = kData + u"/training_missing_column.csv"_s;
    const CliRun r = m_office.cli({u"import"_s, u"training"_s, file});
    CHECK_EXIT(r, kInvalidInput);
    QCOMPARE(stderrLines(r, file), QStringList{u":1: status: the required column status (trạng thái) is missing"_s});
    QCOMPARE(r.out.trimmed(), QByteArray("The file was refused: nothing was written."));
}

void TestCliTrainingImport::usage()
{
    CHECK_EXIT(m_office.cli({u"import"_s, u"training"_s}), kUsage);
    CHECK_EXIT(m_office.cli({u"import"_s, u"training"_s, kData + u"/training.csv"_s, u"--force"_s}), kUsage);
    const CliRun help = m_office.cli({u"import"_s, u"--help"_s});
    CHECK_EXIT(help, kOk);
    QVERIFY(help.out.contains("training"));
}

QTEST_GUILESS_MAIN(TestCliTrainingImport)
#include "tst_cli_trainingimport.moc"
