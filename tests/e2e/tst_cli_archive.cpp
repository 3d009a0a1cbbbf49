// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `congvu archive` (CLI.md "archive"; docs/archive.md): a demo office closes 2025 and
// exports it; the file verifies; one changed byte makes verify and import refuse it (exit 2, nothing
// written); imported into a fresh database it gives the same `review --format json`; a dry run writes
// nothing; a second import changes nothing.

#include "clirunner.h"
#include "sqlinspect.h"
#include "storage/sqldialect.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);

/** The first value of a query on a database (a file or, in the PostgreSQL pass, a URL; "" when it fails). */
QString scalar(const QString &dbPath, const QString &sql)
{
    const TestSupport::RawConnection db(dbPath);
    QSqlQuery q(db.db());
    return db.isOpen() && q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

/** Rows of a table in a database (-1 when it cannot be read, 0 when the file does not exist). */
int rows(const QString &dbPath, const QString &table)
{
    if (!Database::isServerUrl(dbPath) && !QFile::exists(dbPath))
        return 0;
    const TestSupport::RawConnection db(dbPath);
    // A server schema that no command has created the tables in yet is the file that does not exist.
    if (db.isOpen() && Database::isServerUrl(dbPath)
        && !SqlDialect(SqlDialect::Engine::Postgres).tables(db.db()).contains(table))
        return 0;
    QSqlQuery q(db.db());
    return db.isOpen() && q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next() ? q.value(0).toInt() : -1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCliArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verifyReportsTheArchive();
    void alteredByteIsRefused_data();
    void alteredByteIsRefused();
    void importIntoFreshDatabaseGivesTheSameReview();
    void dryRunWritesNothing();
    void conflictsAreReportedNotOverwritten();
    void communeExportsItsUnit();
    void usageErrors();

private:
    std::unique_ptr<CliSandbox> m_office;
    QString m_archive;
};

void TestCliArchive::initTestCase()
{
    m_office = std::make_unique<CliSandbox>(kBinary);
    QVERIFY(m_office->isValid());
    CHECK_EXIT(m_office->cli({u"demo"_s, u"--staff"_s, u"40"_s, u"--seed"_s, u"7"_s}), kOk);
    CHECK_EXIT(m_office->cli({u"review"_s, u"close"_s, u"--year"_s, u"2025"_s, u"--note"_s, u"khóa sổ"_s}), kOk);
    m_archive = m_office->path(u"office-2025.cvarchive"_s);
    const CliRun r = m_office->cli({u"archive"_s, u"export"_s, u"--year"_s, u"2025"_s, u"-o"_s, m_archive});
    CHECK_EXIT(r, kOk);
    QVERIFY(!r.errText().contains(u"not closed"_s)); // 2025 is closed: no warning
    QVERIFY(readAll(m_archive).startsWith("CONGVU-ARCHIVE\nformat: 1\nsha256: "));
}

void TestCliArchive::verifyReportsTheArchive()
{
    const CliRun r = m_office->cli({u"archive"_s, u"verify"_s, m_archive});
    CHECK_EXIT(r, kOk);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u"format 1"_s), r.out.constData());
    QVERIFY(out.contains(u"checksum: OK"_s));
    QVERIFY(out.contains(u"years: 2025 (closed: 2025)"_s));
    QVERIFY(out.contains(u"staff 40"_s));

    // An open year is exported with a warning; standard output with -o -.
    const CliRun open = m_office->cli({u"archive"_s, u"export"_s, u"--year"_s, u"2026"_s, u"-o"_s, u"-"_s});
    CHECK_EXIT(open, kOk);
    QVERIFY2(open.errText().contains(u"year 2026 is not closed: its records may still change"_s), open.err.constData());
    QVERIFY(open.out.startsWith("CONGVU-ARCHIVE\n"));
}

void TestCliArchive::alteredByteIsRefused_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("reason");
    const qsizetype size = readAll(m_archive).size();
    QTest::newRow("magic") << 3 << u"not a CongVu archive"_s;
    QTest::newRow("format") << 16 << u"damaged archive header"_s;
    QTest::newRow("checksum") << 40 << u""_s;
    QTest::newRow("content start") << int(readAll(m_archive).indexOf("\n\n")) + 5 << u"checksum mismatch"_s;
    QTest::newRow("content end") << int(size) - 3 << u"checksum mismatch"_s;
}

void TestCliArchive::alteredByteIsRefused()
{
    QFETCH(int, offset);
    QFETCH(QString, reason);
    QByteArray bytes = readAll(m_archive);
    bytes[offset] = char(bytes.at(offset) ^ 0x04);
    CliSandbox hr(kBinary);
    const QString altered = hr.path(u"altered.cvarchive"_s);
    QVERIFY(writeAll(altered, bytes));
    const CliRun verify = hr.cli({u"archive"_s, u"verify"_s, altered});
    CHECK_EXIT(verify, kInvalidInput);
    QVERIFY2(verify.errText().contains(u"refused"_s) && verify.errText().contains(reason), verify.err.constData());
    QVERIFY(verify.out.isEmpty());
    const CliRun import = hr.cli({u"archive"_s, u"import"_s, altered});
    CHECK_EXIT(import, kInvalidInput);
    QVERIFY(import.errText().contains(reason));
    QCOMPARE(rows(hr.db(), u"staff"_s), 0);
    QCOMPARE(rows(hr.db(), u"evaluation"_s), 0);
}

void TestCliArchive::importIntoFreshDatabaseGivesTheSameReview()
{
    CliSandbox hr(kBinary);
    CHECK_EXIT(hr.cli({u"init"_s}), kOk);
    const CliRun first = hr.cli({u"archive"_s, u"import"_s, m_archive});
    CHECK_EXIT(first, kOk);
    const QString out = QString::fromUtf8(first.out);
    QVERIFY2(out.contains(u"staff: 40 added, 0 changed, 0 unchanged, 0 conflicts"_s), first.out.constData());
    QVERIFY(out.contains(u"the year 2025 is closed by the import"_s));
    // "180 records written." with the English plural forms (i18n/congvu_en.ts), the source text without.
    QVERIFY2(out.contains(QRegularExpression(u"\\b180 record(s|\\(s\\)) written"_s)), first.out.constData());
    QCOMPARE(rows(hr.db(), u"staff"_s), 40);
    QCOMPARE(rows(hr.db(), u"year_closure"_s), 1);

    const QStringList review{u"review"_s, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s};
    const CliRun here = hr.cli(review), there = m_office->cli(review);
    CHECK_EXIT(here, kOk);
    CHECK_EXIT(there, kOk);
    QVERIFY(there.out.size() > 1000);
    QCOMPARE(here.out, there.out);

    const int auditRows = rows(hr.db(), u"audit_log"_s);
    const CliRun second = hr.cli({u"archive"_s, u"import"_s, m_archive});
    CHECK_EXIT(second, kOk);
    QVERIFY2(second.out.contains("Nothing to write"), second.out.constData());
    QCOMPARE(rows(hr.db(), u"audit_log"_s), auditRows);
    QCOMPARE(hr.cli(review).out, there.out);
}

void TestCliArchive::dryRunWritesNothing()
{
    CliSandbox hr(kBinary);
    CHECK_EXIT(hr.cli({u"init"_s}), kOk);
    const CliRun r = hr.cli({u"archive"_s, u"import"_s, m_archive, u"--dry-run"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.contains("Dry run: nothing written"), r.out.constData());
    QVERIFY(r.out.contains("staff: 40 added"));
    QCOMPARE(rows(hr.db(), u"staff"_s), 0);
    QCOMPARE(rows(hr.db(), u"year_closure"_s), 0);
}

void TestCliArchive::conflictsAreReportedNotOverwritten()
{
    CliSandbox hr(kBinary);
    CHECK_EXIT(hr.cli({u"init"_s}), kOk);
    CHECK_EXIT(hr.cli({u"archive"_s, u"import"_s, m_archive}), kOk);
    const QString code = scalar(hr.db(), u"SELECT code FROM staff ORDER BY code LIMIT 1"_s);
    const QString name = scalar(hr.db(), u"SELECT full_name FROM staff ORDER BY code LIMIT 1"_s);
    QVERIFY(!code.isEmpty());
    scalar(hr.db(), u"UPDATE staff SET full_name = 'Tên Khác' WHERE code = '%1'"_s.arg(code));
    QCOMPARE(scalar(hr.db(), u"SELECT full_name FROM staff WHERE code = '%1'"_s.arg(code)), u"Tên Khác"_s);

    const CliRun r = hr.cli({u"archive"_s, u"import"_s, m_archive});
    CHECK_EXIT(r, kOk); // conflicts do not fail the import
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u"staff: 0 added, 0 changed, 39 unchanged, 1 conflicts"_s), r.out.constData());
    QVERIFY2(out.contains(u"conflict: staff %1: full_name: here \"Tên Khác\", in the archive \"%2\" (kept as here)"_s
                              .arg(code, name)),
             r.out.constData());
    QCOMPARE(scalar(hr.db(), u"SELECT full_name FROM staff WHERE code = '%1'"_s.arg(code)), u"Tên Khác"_s);
}

void TestCliArchive::communeExportsItsUnit()
{
    // A commune (a unit with people evaluated in 2025) exports its records; only its people are in it.
    const QString unit = scalar(m_office->db(), u"SELECT s.unit_code FROM staff s JOIN evaluation e ON e.staff_code = s.code "
                                                "WHERE e.year = 2025 GROUP BY s.unit_code ORDER BY s.unit_code LIMIT 1"_s);
    QVERIFY(!unit.isEmpty());
    const QString file = m_office->path(u"commune.cvarchive"_s);
    CHECK_EXIT(m_office->cli({u"archive"_s, u"export"_s, u"--year"_s, u"2025"_s, u"--unit"_s, unit, u"-o"_s, file}),
               kOk);
    const CliRun verify = m_office->cli({u"archive"_s, u"verify"_s, file});
    CHECK_EXIT(verify, kOk);
    QVERIFY2(verify.out.contains(u"unit: %1"_s.arg(unit).toUtf8()), verify.out.constData());
    QVERIFY(!verify.out.contains("staff 40"));

    CliSandbox hr(kBinary);
    CHECK_EXIT(hr.cli({u"archive"_s, u"import"_s, file}), kOk);
    const int inUnit = scalar(m_office->db(), u"SELECT COUNT(*) FROM staff WHERE unit_code = '%1'"_s.arg(unit)).toInt();
    QVERIFY(inUnit > 0);
    QVERIFY(rows(hr.db(), u"staff"_s) >= inUnit);
    QVERIFY(rows(hr.db(), u"staff"_s) < 40);
    // Back into the office: it holds everything already.
    const CliRun back = m_office->cli({u"archive"_s, u"import"_s, file});
    CHECK_EXIT(back, kOk);
    QVERIFY2(back.out.contains("Nothing to write"), back.out.constData());
}

void TestCliArchive::usageErrors()
{
    CHECK_EXIT(m_office->cli({u"archive"_s, u"export"_s, u"--year"_s, u"2025"_s}), kUsage); // no -o
    CHECK_EXIT(m_office->cli({u"archive"_s, u"export"_s, u"-o"_s, u"x.cvarchive"_s}), kUsage); // no year
    CHECK_EXIT(m_office->cli({u"archive"_s, u"verify"_s}), kUsage);
    CHECK_EXIT(m_office->cli({u"archive"_s, u"frobnicate"_s}), kUsage);
    const CliRun unit =
        m_office->cli({u"archive"_s, u"export"_s, u"--year"_s, u"2025"_s, u"--unit"_s, u"NOPE"_s, u"-o"_s, u"-"_s});
    CHECK_EXIT(unit, kInvalidInput);
    QVERIFY(unit.errText().contains(u"NOPE"_s));
}

QTEST_GUILESS_MAIN(TestCliArchive)
#include "tst_cli_archive.moc"
