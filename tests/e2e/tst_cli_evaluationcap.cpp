// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `congvu evaluation-cap` (RECORDS-CSV.md "report evaluations": the rate of the cap on
// "excellent" is a setting per year, default 20%; a unit recognised as outstanding may go up to 25%, recorded
// per unit and year with its decision; docs/reports.md "Cap rate and exceptions"). The real binary sets the
// rate and the exceptions, and `report evaluations --format json` must use them.
//
// The office: unit PB with 9 civil servants (tests/data/e2e/evaluations_example_*.csv) rated in 2025 and 2026
// 1 xuat_sac, 4 tot, 4 hoan_thanh in one task group. excellent_limit = floor(rate × 4): 20% → 0 (exceeded),
// 25% → 1, 50% → 2, 40% → 1.

#include "clirunner.h"
#include "sqlinspect.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kData = QStringLiteral(CONGVU_TEST_DATA_DIR) + u"/e2e"_s;
const QString kReportSchema = QStringLiteral(CONGVU_SOURCE_DIR) + u"/schemas/report-evaluations.schema.json"_s;
const QString kCapSchema = QStringLiteral(CONGVU_SOURCE_DIR) + u"/schemas/evaluation-cap.schema.json"_s;

QStringList capArgs(const QStringList &args)
{
    return QStringList{u"evaluation-cap"_s} + args;
}

/** "xs/tot limit ok|exceeded exception rate" of the only group of year's report. */
QString group(const CliSandbox &office, int year)
{
    const QJsonObject report =
        office.json({u"report"_s, u"evaluations"_s, u"--year"_s, QString::number(year), u"--format"_s, u"json"_s});
    const QStringList schema = schemaErrors(report, kReportSchema);
    if (!schema.isEmpty())
        return u"schema: "_s + schema.join(u"; "_s);
    const QJsonArray groups = report.value(u"groups"_s).toArray();
    if (groups.size() != 1)
        return u"%1 groups"_s.arg(groups.size());
    const QJsonObject g = groups.at(0).toObject();
    const QJsonObject c = g.value(u"counts"_s).toObject();
    return u"%1/%2 limit %3 %4 exception %5 rate %6"_s.arg(c.value(u"xuat_sac"_s).toInt())
        .arg(c.value(u"tot"_s).toInt())
        .arg(g.value(u"excellent_limit"_s).toInt())
        .arg(g.value(u"cap_exceeded"_s).toBool() ? u"exceeded"_s : u"ok"_s)
        .arg(g.value(u"exception"_s).toBool() ? u"true"_s : u"false"_s)
        .arg(g.value(u"rate"_s).toDouble());
}

/** The audit rows of the cap's settings and exceptions: "action entity key actor-prefix". */
QStringList auditRows(const QString &dbPath)
{
    QStringList out;
    {
        // A file or, in the PostgreSQL pass, a URL.
        const TestSupport::RawConnection db(dbPath);
        if (!db.isOpen())
            return {u"cannot open "_s + dbPath};
        QSqlQuery q(db.db());
        q.exec(u"SELECT action, entity, entity_key, actor FROM audit_log "
               "WHERE entity = 'excellent_cap_exception' OR entity_key LIKE 'evaluation.excellent_rate.%' ORDER BY id"_s);
        while (q.next())
            out << u"%1 %2 %3 %4"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toString().startsWith(u"cli:"_s) ? u"cli"_s : q.value(3).toString());
    }
    return out;
}

} // namespace

class TestCliEvaluationCap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaults();
    void rateChangesTheLimit_data();
    void rateChangesTheLimit();
    void exceptionRecordedAndRemoved();
    void audited();
    void invalid_data();
    void invalid();

private:
    CliSandbox m_office{kBinary};
};

void TestCliEvaluationCap::initTestCase()
{
    QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary));
    CHECK_EXIT(m_office.cli({u"import"_s, u"units"_s, kData + u"/evaluations_example_units.csv"_s}), kOk);
    CHECK_EXIT(m_office.cli({u"import"_s, u"staff"_s, kData + u"/evaluations_example_staff.csv"_s}), kOk);
    QByteArray csv = "staff_code,year,final_level\n";
    for (const int year : {2025, 2026}) {
        for (int i = 1; i <= 9; ++i)
            csv += QStringLiteral("T00%1,%2,%3\n")
                       .arg(i)
                       .arg(year)
                       .arg(i == 1 ? u"xuat_sac"_s : i <= 5 ? u"tot"_s : u"hoan_thanh"_s)
                       .toUtf8();
    }
    QFile f(m_office.path(u"evaluations.csv"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    const CliRun r = m_office.cli({u"import"_s, u"evaluations"_s, f.fileName()});
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.contains("18 new"), r.describe().constData());
}

void TestCliEvaluationCap::defaults()
{
    // Nothing set: 20% of 4 is 0, so the one xuat_sac exceeds the cap (RECORDS-CSV.md: floor(rate × tot)).
    QCOMPARE(group(m_office, 2025), u"1/4 limit 0 exceeded exception false rate 0.2"_s);
    const QJsonObject json = m_office.json(capArgs({u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s}));
    QCOMPARE(schemaErrors(json, kCapSchema), QStringList());
    QCOMPARE(json.value(u"year"_s).toInt(), 2025);
    QCOMPARE(json.value(u"rate"_s).toDouble(), 0.2);
    QCOMPARE(json.value(u"default_rate"_s).toDouble(), 0.2);
    QCOMPARE(json.value(u"exception_rate"_s).toDouble(), 0.25);
    QCOMPARE(json.value(u"exceptions"_s).toArray().size(), 0);
    // Standard output is a pipe: JSON by default.
    const CliRun r = m_office.cli(capArgs({u"--year"_s, u"2025"_s}));
    CHECK_EXIT(r, kOk);
    QCOMPARE(QJsonDocument::fromJson(r.out).object(), json);
}

void TestCliEvaluationCap::rateChangesTheLimit_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("group2025");
    QTest::addColumn<double>("shown");

    QTest::newRow("0.5 → floor(2.0) = 2") << u"0.5"_s << u"1/4 limit 2 ok exception false rate 0.5"_s << 0.5;
    QTest::newRow("25% → floor(1.0) = 1") << u"25%"_s << u"1/4 limit 1 ok exception false rate 0.25"_s << 0.25;
    QTest::newRow("0,4 (decimal comma) → floor(1.6) = 1")
        << u"0,4"_s << u"1/4 limit 1 ok exception false rate 0.4"_s << 0.4;
    QTest::newRow("0 → no xuat_sac allowed") << u"0"_s << u"1/4 limit 0 exceeded exception false rate 0"_s << 0.0;
    QTest::newRow("1 → as many as tot") << u"1"_s << u"1/4 limit 4 ok exception false rate 1"_s << 1.0;
    QTest::newRow("back to 0.2") << u"0.2"_s << u"1/4 limit 0 exceeded exception false rate 0.2"_s << 0.2;
}

void TestCliEvaluationCap::rateChangesTheLimit()
{
    QFETCH(QString, rate);
    QFETCH(QString, group2025);
    QFETCH(double, shown);
    const CliRun r = m_office.cli(capArgs({u"--year"_s, u"2025"_s, u"--rate"_s, rate}));
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.contains("The cap on \"excellent\" in 2025 is now"), r.describe().constData());
    QCOMPARE(group(m_office, 2025), group2025);
    // A setting per year: 2026 keeps the default.
    QCOMPARE(group(m_office, 2026), u"1/4 limit 0 exceeded exception false rate 0.2"_s);
    QCOMPARE(m_office.json(capArgs({u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s})).value(u"rate"_s).toDouble(),
             shown);
}

void TestCliEvaluationCap::exceptionRecordedAndRemoved()
{
    // QĐ 366-QĐ/TW Art 11; ND 233/2026 Art 12 cl 6b: 25% for a unit recognised as outstanding.
    const QStringList record{u"--year"_s, u"2025"_s, u"--unit"_s, u"PB"_s, u"--exception"_s, u"12/QĐ-UBND"_s,
                             u"--reason"_s, u"Tập thể lao động xuất sắc 2025"_s};
    const CliRun r = m_office.cli(capArgs(record));
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.contains("Recorded: PB may rate up to 25%"), r.describe().constData());
    QCOMPARE(group(m_office, 2025), u"1/4 limit 1 ok exception true rate 0.25"_s);
    QCOMPARE(group(m_office, 2026), u"1/4 limit 0 exceeded exception false rate 0.2"_s);

    QJsonObject json = m_office.json(capArgs({u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s}));
    QCOMPARE(schemaErrors(json, kCapSchema), QStringList());
    QCOMPARE(json.value(u"exceptions"_s).toArray(),
             (QJsonArray{QJsonObject{{u"unit"_s, u"PB"_s},
                                     {u"unit_name"_s, u"Phường Phước Bình"_s},
                                     {u"decision_no"_s, u"12/QĐ-UBND"_s},
                                     {u"reason"_s, u"Tập thể lao động xuất sắc 2025"_s}}}));
    const CliRun table = m_office.cli(capArgs({u"--year"_s, u"2025"_s, u"--format"_s, u"table"_s}));
    CHECK_EXIT(table, kOk);
    const QString text = QString::fromUtf8(table.out);
    QVERIFY2(text.contains(u"Cap on \"excellent\" in 2025: 20% of \"good\""_s)
                 && text.contains(u"PB  Phường Phước Bình  decision 12/QĐ-UBND  Tập thể lao động xuất sắc 2025"_s),
             table.describe().constData());

    // Recording again replaces the decision; a higher yearly rate is not lowered by the exception.
    CHECK_EXIT(m_office.cli(capArgs({u"--year"_s, u"2025"_s, u"--unit"_s, u"PB"_s, u"--exception"_s, u"15/QĐ-UBND"_s})),
               kOk);
    json = m_office.json(capArgs({u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s}));
    QCOMPARE(json.value(u"exceptions"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"exceptions"_s).toArray().at(0).toObject().value(u"decision_no"_s).toString(),
             u"15/QĐ-UBND"_s);
    CHECK_EXIT(m_office.cli(capArgs({u"--year"_s, u"2025"_s, u"--rate"_s, u"0.5"_s})), kOk);
    QCOMPARE(group(m_office, 2025), u"1/4 limit 2 ok exception true rate 0.5"_s);
    CHECK_EXIT(m_office.cli(capArgs({u"--year"_s, u"2025"_s, u"--rate"_s, u"0.2"_s})), kOk);

    const CliRun removed = m_office.cli(capArgs({u"--year"_s, u"2025"_s, u"--unit"_s, u"PB"_s, u"--remove-exception"_s}));
    CHECK_EXIT(removed, kOk);
    QVERIFY2(removed.out.contains("Removed the exception of PB for 2025."), removed.describe().constData());
    QCOMPARE(group(m_office, 2025), u"1/4 limit 0 exceeded exception false rate 0.2"_s);
    QCOMPARE(m_office.json(capArgs({u"--year"_s, u"2025"_s})).value(u"exceptions"_s).toArray().size(), 0);

    // Nothing left to remove: invalid input, named.
    const CliRun again = m_office.cli(capArgs({u"--year"_s, u"2025"_s, u"--unit"_s, u"PB"_s, u"--remove-exception"_s}));
    CHECK_EXIT(again, kInvalidInput);
    QVERIFY2(again.err.contains("--unit: no exception is recorded for PB in 2025"), again.describe().constData());
}

void TestCliEvaluationCap::audited()
{
    // Runs after the others (Qt Test keeps the declaration order): every change above has its audit row.
    const QStringList rows = auditRows(m_office.db());
    const QString rate = u"setting evaluation.excellent_rate.2025 cli"_s;
    const QString exception = u"excellent_cap_exception PB/2025 cli"_s;
    QCOMPARE(rows,
             (QStringList{u"insert "_s + rate, u"update "_s + rate, u"update "_s + rate, u"update "_s + rate,
                          u"update "_s + rate, u"update "_s + rate, u"insert "_s + exception,
                          u"update "_s + exception, u"update "_s + rate, u"update "_s + rate,
                          u"delete "_s + exception}));
}

void TestCliEvaluationCap::invalid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");

    const QString y = u"--year"_s;
    QTest::newRow("help") << QStringList{u"--help"_s} << kOk << QString();
    QTest::newRow("no --year") << QStringList{} << kUsage << u"evaluation-cap needs --year Y"_s;
    QTest::newRow("no --year with --rate") << QStringList{u"--rate"_s, u"0.2"_s} << kUsage
                                           << u"evaluation-cap needs --year Y"_s;
    QTest::newRow("--year 2014") << QStringList{y, u"2014"_s} << kUsage << u"--year must be a year from 2015"_s;
    QTest::newRow("--year abc") << QStringList{y, u"abc"_s} << kUsage << u"--year must be a year from 2015"_s;
    QTest::newRow("--rate 1.5") << QStringList{y, u"2025"_s, u"--rate"_s, u"1.5"_s} << kInvalidInput
                                << u"--rate: the rate must be a share from 0 to 1"_s;
    QTest::newRow("--rate 150%") << QStringList{y, u"2025"_s, u"--rate"_s, u"150%"_s} << kInvalidInput
                                 << u"--rate: the rate must be a share from 0 to 1"_s;
    QTest::newRow("--rate abc") << QStringList{y, u"2025"_s, u"--rate"_s, u"abc"_s} << kInvalidInput
                                << u"--rate: \"abc\" is not a rate"_s;
    QTest::newRow("--rate -0.1") << QStringList{y, u"2025"_s, u"--rate"_s, u"-0.1"_s} << kInvalidInput
                                 << u"--rate: \"-0.1\" is not a rate"_s;
    QTest::newRow("--rate without value") << QStringList{y, u"2025"_s, u"--rate"_s} << kUsage
                                          << u"the option --rate needs a value"_s;
    QTest::newRow("unknown unit, exception")
        << QStringList{y, u"2025"_s, u"--unit"_s, u"NOWHERE"_s, u"--exception"_s, u"1/QĐ"_s} << kInvalidInput
        << u"--unit: unknown unit \"NOWHERE\""_s;
    QTest::newRow("unknown unit, remove")
        << QStringList{y, u"2025"_s, u"--unit"_s, u"NOWHERE"_s, u"--remove-exception"_s} << kInvalidInput
        << u"--unit: unknown unit \"NOWHERE\""_s;
    QTest::newRow("empty decision") << QStringList{y, u"2025"_s, u"--unit"_s, u"PB"_s, u"--exception"_s, u" "_s}
                                    << kInvalidInput << u"--exception: the decision recognising the unit"_s;
    QTest::newRow("--exception without --unit") << QStringList{y, u"2025"_s, u"--exception"_s, u"1/QĐ"_s} << kUsage
                                                 << u"--exception needs --unit CODE"_s;
    QTest::newRow("--unit alone") << QStringList{y, u"2025"_s, u"--unit"_s, u"PB"_s} << kUsage
                                  << u"--unit needs --exception DECISION_NO or --remove-exception"_s;
    QTest::newRow("--rate with --exception")
        << QStringList{y, u"2025"_s, u"--rate"_s, u"0.3"_s, u"--unit"_s, u"PB"_s, u"--exception"_s, u"1/QĐ"_s}
        << kUsage << u"make one change per run"_s;
    QTest::newRow("--exception with --remove-exception")
        << QStringList{y, u"2025"_s, u"--unit"_s, u"PB"_s, u"--exception"_s, u"1/QĐ"_s, u"--remove-exception"_s}
        << kUsage << u"cannot be used together"_s;
    QTest::newRow("--reason without --exception") << QStringList{y, u"2025"_s, u"--reason"_s, u"x"_s} << kUsage
                                                  << u"--reason goes with --exception"_s;
    QTest::newRow("--format with --rate") << QStringList{y, u"2025"_s, u"--rate"_s, u"0.3"_s, u"--format"_s, u"json"_s}
                                          << kUsage << u"--format applies to showing the cap"_s;
    QTest::newRow("--format csv") << QStringList{y, u"2025"_s, u"--format"_s, u"csv"_s} << kUsage
                                  << u"unknown format \"csv\" (expected json or table)"_s;
    QTest::newRow("unknown option") << QStringList{y, u"2025"_s, u"--quarter"_s, u"1"_s} << kUsage
                                    << u"unknown option \"--quarter\""_s;
}

void TestCliEvaluationCap::invalid()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    QFETCH(QString, message);
    CliSandbox office(kBinary);
    CHECK_EXIT(office.cli({u"import"_s, u"units"_s, kData + u"/evaluations_example_units.csv"_s}), kOk);
    const CliRun r = office.cli(capArgs(args));
    CHECK_EXIT(r, exit);
    if (exit == kUsage)
        QVERIFY2(r.err.contains("Try 'congvu --help'."), r.describe().constData());
    if (!message.isEmpty())
        QVERIFY2(r.errText().contains(message), r.describe().constData());
    if (args == QStringList{u"--help"_s})
        QVERIFY2(r.out.contains("evaluation-cap --year Y --rate R"), r.describe().constData());
    // Nothing was written: no rate, no exception, no audit row of the cap.
    QCOMPARE(auditRows(office.db()), QStringList());
    const QJsonObject json = office.json(capArgs({u"--year"_s, u"2025"_s}));
    QCOMPARE(json.value(u"rate"_s).toDouble(), 0.2);
    QCOMPARE(json.value(u"exceptions"_s).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliEvaluationCap)
#include "tst_cli_evaluationcap.moc"
