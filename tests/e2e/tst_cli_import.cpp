// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the `congvu` command line (CLI.md, STAFF-CSV.md): the real binary is run with
// QProcess on the files of tests/data/e2e, and exit codes, standard error and the database are checked.

#include "clirunner.h"
#include "jsonschemacheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kData = QStringLiteral(CONGVU_TEST_DATA_DIR) + u"/e2e"_s;
const QString kSchema = QStringLiteral(CONGVU_SOURCE_DIR) + u"/schemas/export-staff.schema.json"_s;

QString dataFile(const QString &name)
{
    return kData + u'/' + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/** One `FILE:LINE: COLUMN: reason` line of standard error. */
struct Issue
{
    int line = 0;
    QString column;
    QString reason;
};

/** The lines of standard error of r that report a problem of FILE (as given on the command line). */
std::vector<Issue> issuesOf(const CliRun &r, const QString &file)
{
    static const QRegularExpression rest(u"^(\\d+): (.+?): (.+)$"_s);
    std::vector<Issue> out;
    const QString prefix = file + u':';
    for (const QString &line : r.errText().split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(prefix))
            continue;
        const auto m = rest.match(QStringView(line).mid(prefix.size()));
        if (m.hasMatch())
            out.push_back({m.captured(1).toInt(), m.captured(2), m.captured(3)});
    }
    return out;
}

/** Runs congvu with args, feeding input on standard input. */
CliRun run(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    return runCli(kBinary, args, input, env);
}

/** Everything stored in a SQLite file, row by row, read from a copy so the file itself is not touched. */
QByteArray dumpDatabase(const QString &dbPath, QString *error)
{
    static int counter = 0;
    QTemporaryDir copyDir;
    const QString copy = copyDir.filePath(u"copy.sqlite"_s);
    if (!QFile::copy(dbPath, copy)) {
        *error = u"cannot copy "_s + dbPath;
        return {};
    }
    if (QFileInfo::exists(dbPath + u"-wal"_s))
        QFile::copy(dbPath + u"-wal"_s, copy + u"-wal"_s);
    const QString name = u"dump%1"_s.arg(++counter);
    QByteArray dump;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(copy);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery tables(db);
            tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &table : names) {
                QSqlQuery q(db);
                if (!q.exec(u"SELECT * FROM \"%1\" ORDER BY rowid"_s.arg(table))) {
                    *error = q.lastError().text();
                    break;
                }
                int rows = 0;
                QByteArray body;
                while (q.next()) {
                    ++rows;
                    for (int i = 0; i < q.record().count(); ++i)
                        body += q.value(i).toString().toUtf8() + (q.value(i).isNull() ? "<null>" : "") + '\x1f';
                    body += '\n';
                }
                dump += "## " + table.toUtf8() + " (" + QByteArray::number(rows) + " rows)\n" + body;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

/** Runs one SQL statement on a database file (to fake a database of a newer program). */
bool execSql(const QString &dbPath, const QString &sql, QString *error)
{
    const QString name = u"exec_sql"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
            db.close();
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/** One office: a temporary folder with a database, and the binary pointed at it (--db, --lang en). */
class Office : public CliSandbox
{
public:
    Office()
        : CliSandbox(kBinary)
    {
    }

    [[nodiscard]] QByteArray exportStaff(const QString &format) const
    {
        const CliRun r = cli({u"export"_s, u"staff"_s, u"--format"_s, format});
        return r.exitCode == kOk ? r.out : QByteArray("export failed: " + r.describe());
    }

    /** The state of the database, seen three ways: the file's bytes, the JSON export, every table. */
    struct Snapshot
    {
        QByteArray fileHash;
        QByteArray exportHash;
        QByteArray dump;
    };
    [[nodiscard]] Snapshot snapshot() const
    {
        QString error;
        Snapshot s;
        s.exportHash = sha256(exportStaff(u"json"_s));
        s.dump = dumpDatabase(db(), &error);
        if (!error.isEmpty())
            s.dump = "dump failed: " + error.toUtf8();
        // Taken last: the export above must not have changed the file either.
        s.fileHash = sha256(readAll(db()));
        return s;
    }
};

/** The person with code in an `export staff --format json` output. */
QJsonObject person(const QByteArray &json, const QString &code)
{
    for (const auto &v : QJsonDocument::fromJson(json).object().value(u"staff"_s).toArray()) {
        if (v.toObject().value(u"code"_s).toString() == code)
            return v.toObject();
    }
    return {};
}

int staffCount(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isObject() ? int(doc.object().value(u"staff"_s).toArray().size()) : -1;
}

const QStringList kStaffKeys{u"code"_s, u"full_name"_s, u"birth_date"_s, u"gender"_s, u"unit_code"_s,
                             u"category"_s, u"position"_s, u"is_leader"_s, u"start_date"_s, u"end_date"_s,
                             u"general_education"_s, u"professional_level"_s, u"professional_field"_s,
                             u"political_theory"_s, u"state_management"_s, u"it_skill"_s, u"foreign_language"_s,
                             u"ethnic_minority"_s};

} // namespace

/** The command line, driven as a user or a script would (CLI.md, STAFF-CSV.md). */
class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Usage
    void version();
    void help_data();
    void help();
    void usageError_data();
    void usageError();

    // Good files
    void importsTown();
    void importsVietnameseHeaders();
    void importsFromStandardInput();

    // Broken files: exit 2, FILE:LINE: COLUMN: reason, nothing written
    void brokenStaffFile_data();
    void brokenStaffFile();
    void brokenUnitsFile_data();
    void brokenUnitsFile();
    void brokenFileOnStandardInput();
    void messagesInVietnamese();
    void missingInputFile();

    // Behaviours
    void importIsAtomic();
    void skipInvalidWritesValidRows();
    void skipInvalidRefusesUnreadableFile_data();
    void skipInvalidRefusesUnreadableFile();
    void dryRunWritesNothing();
    void dryRunReportsProblems();
    void importTwiceChangesNothing();
    void exportRoundTrip_data();
    void exportRoundTrip();
    void exportRoundTripOfTrickyCells();
    void exportToStandardOutputAndFile();
    void exportJsonMatchesSchema();

    // Databases
    void unusableDatabase_data();
    void unusableDatabase();
    void newerSchemaDatabase_data();
    void newerSchemaDatabase();
    void lockedDatabase();
    void databaseFromEnvironment();
    void demoOnlyIntoEmptyDatabase();
    void demoIsDeterministic();

private:
    /** units.csv and staff.csv imported into office; fails the test otherwise. */
    static bool seed(const Office &office);
};

bool TestCliImport::seed(const Office &office)
{
    const CliRun units = office.cli({u"import"_s, u"units"_s, dataFile(u"units.csv"_s)});
    const CliRun staff = office.cli({u"import"_s, u"staff"_s, dataFile(u"staff.csv"_s)});
    if (units.exitCode != kOk || staff.exitCode != kOk) {
        qWarning().noquote() << units.describe() << staff.describe();
        return false;
    }
    return true;
}

void TestCliImport::initTestCase()
{
    QVERIFY2(QFileInfo(kBinary).isExecutable(), qPrintable(kBinary));
    QVERIFY2(QFileInfo(dataFile(u"staff.csv"_s)).isReadable(), qPrintable(kData));
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s));
}

// ---------------------------------------------------------------------------------------------- usage

void TestCliImport::version()
{
    const Office office;
    const CliRun r = office.cli({u"--version"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY2(QRegularExpression(u"^congvu \\d+\\.\\d+"_s).match(QString::fromUtf8(r.out)).hasMatch(), r.out);
    QVERIFY(!QFileInfo::exists(office.db()));
}

void TestCliImport::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions"); // a word the help must show

    QTest::newRow("--help") << QStringList{u"--help"_s} << u"import staff"_s;
    QTest::newRow("import --help") << QStringList{u"import"_s, u"--help"_s} << u"--skip-invalid"_s;
    QTest::newRow("import staff --help") << QStringList{u"import"_s, u"staff"_s, u"--help"_s} << u"--dry-run"_s;
    QTest::newRow("export --help") << QStringList{u"export"_s, u"--help"_s} << u"--format"_s;
    QTest::newRow("init --help") << QStringList{u"init"_s, u"--help"_s} << u"init"_s;
    QTest::newRow("demo --help") << QStringList{u"demo"_s, u"--help"_s} << u"--seed"_s;
}

void TestCliImport::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Office office;
    const CliRun r = office.cli(args);
    CHECK_EXIT(r, kOk);
    QVERIFY2(QString::fromUtf8(r.out).contains(mentions), r.out);
    QVERIFY2(!QFileInfo::exists(office.db()), "help must not create the database");
}

void TestCliImport::usageError_data()
{
    QTest::addColumn<QStringList>("args");

    const QString staff = dataFile(u"staff.csv"_s);
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown global option") << QStringList{u"--frobnicate"_s, u"init"_s};
    QTest::newRow("unknown import option") << QStringList{u"import"_s, u"staff"_s, staff, u"--frobnicate"_s};
    QTest::newRow("unknown export option") << QStringList{u"export"_s, u"staff"_s, u"--frobnicate"_s};
    QTest::newRow("unknown export format") << QStringList{u"export"_s, u"staff"_s, u"--format"_s, u"xml"_s};
    QTest::newRow("unknown import kind") << QStringList{u"import"_s, u"people"_s, staff};
    QTest::newRow("import without file") << QStringList{u"import"_s, u"staff"_s};
    QTest::newRow("import with two files") << QStringList{u"import"_s, u"staff"_s, staff, staff};
    QTest::newRow("import without kind") << QStringList{u"import"_s};
    QTest::newRow("export without kind") << QStringList{u"export"_s};
    QTest::newRow("init with argument") << QStringList{u"init"_s, u"now"_s};
    QTest::newRow("demo bad --staff") << QStringList{u"demo"_s, u"--staff"_s, u"many"_s};
    QTest::newRow("--db without value") << QStringList{u"init"_s, u"--db"_s};
    QTest::newRow("bad --lang") << QStringList{u"--lang"_s, u"fr"_s, u"init"_s};
}

void TestCliImport::usageError()
{
    QFETCH(QStringList, args);
    const Office office;
    const CliRun r = office.cli(args);
    CHECK_EXIT(r, kUsage);
    // The reason goes to standard error; standard output (maybe a file a script redirects) stays empty.
    QVERIFY2(r.errText().startsWith(u"congvu: "_s), r.describe());
    QVERIFY2(r.out.isEmpty(), r.describe());
    QVERIFY2(!QFileInfo::exists(office.db()), "a usage error must not create the database");
}

// ------------------------------------------------------------------------------------------ good files

void TestCliImport::importsTown()
{
    const Office office;
    const CliRun units = office.cli({u"import"_s, u"units"_s, dataFile(u"units.csv"_s)});
    CHECK_EXIT(units, kOk);
    QVERIFY2(units.out.contains("9 new"), units.out);
    QVERIFY2(units.err.isEmpty(), units.err);

    const CliRun staff = office.cli({u"import"_s, u"staff"_s, dataFile(u"staff.csv"_s)});
    CHECK_EXIT(staff, kOk);
    QVERIFY2(staff.out.contains("Imported 21 rows: 21 new, 0 changed, 0 unchanged, 0 rejected"), staff.out);
    QVERIFY2(staff.err.isEmpty(), staff.err);

    const QByteArray json = office.exportStaff(u"json"_s);
    QCOMPARE(staffCount(json), 21);
    // Commune titles written as Vietnamese names are stored as their codes.
    QCOMPARE(person(json, u"PL-0006"_s).value(u"position"_s).toString(), u"bi_thu"_s);
    QCOMPARE(person(json, u"PL-0007"_s).value(u"position"_s).toString(), u"chu_tich_ubnd"_s);
    QCOMPARE(person(json, u"PL-0010"_s).value(u"position"_s).toString(), u"chi_huy_truong_quan_su"_s);
    QCOMPARE(person(json, u"PL-0011"_s).value(u"position"_s).toString(), u"van_phong_thong_ke"_s);
    QCOMPARE(person(json, u"PL-0013"_s).value(u"position"_s).toString(), u"tai_chinh_ke_toan"_s);
    QCOMPARE(person(json, u"PL-0018"_s).value(u"position"_s).toString(), u"bi_thu_doan"_s);
    QCOMPARE(person(json, u"PL-0019"_s).value(u"position"_s).toString(), u"chu_tich_phu_nu"_s);
    // Outside the commune, a position is free text, kept as written.
    QCOMPARE(person(json, u"PL-0001"_s).value(u"position"_s).toString(), u"Chủ tịch UBND thị xã"_s);
    QCOMPARE(person(json, u"PL-0015"_s).value(u"position"_s).toString(), u"Phó Chỉ huy trưởng Quân sự"_s);
    // Booleans: x, có, không, 0, empty.
    QCOMPARE(person(json, u"PL-0001"_s).value(u"is_leader"_s), QJsonValue(true));
    QCOMPARE(person(json, u"PL-0001"_s).value(u"ethnic_minority"_s), QJsonValue(false));
    QCOMPARE(person(json, u"PL-0002"_s).value(u"is_leader"_s), QJsonValue(true));
    QCOMPARE(person(json, u"PL-0002"_s).value(u"ethnic_minority"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(person(json, u"PL-0003"_s).value(u"is_leader"_s), QJsonValue(false));
    QCOMPARE(person(json, u"PL-0004"_s).value(u"is_leader"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(person(json, u"PL-0005"_s).value(u"ethnic_minority"_s), QJsonValue(true));
    // Dates DD/MM/YYYY, words for codes, 12/12 and 9/12, quoted cells.
    const QJsonObject chau = person(json, u"PL-0003"_s);
    QCOMPARE(chau.value(u"birth_date"_s).toString(), u"1990-05-20"_s);
    QCOMPARE(chau.value(u"start_date"_s).toString(), u"2015-09-01"_s);
    QCOMPARE(chau.value(u"gender"_s).toString(), u"nu"_s);
    QCOMPARE(person(json, u"PL-0004"_s).value(u"gender"_s).toString(), u"nam"_s);
    QCOMPARE(person(json, u"PL-0006"_s).value(u"general_education"_s).toString(), u"thpt"_s);
    QCOMPARE(person(json, u"PL-0012"_s).value(u"general_education"_s).toString(), u"thcs"_s);
    QCOMPARE(person(json, u"PL-0020"_s).value(u"professional_field"_s).toString(), u"Luật, Hành chính công"_s);
    QCOMPARE(person(json, u"PL-0020"_s).value(u"it_skill"_s).toString(), u"Chứng chỉ \"IC3\""_s);
    QCOMPARE(person(json, u"PL-0007"_s).value(u"end_date"_s).toString(), u"2025-07-01"_s);
    QCOMPARE(person(json, u"PL-0004"_s).value(u"political_theory"_s), QJsonValue(QJsonValue::Null));
    // Every category is there.
    QSet<QString> categories;
    for (const auto &v : QJsonDocument::fromJson(json).object().value(u"staff"_s).toArray())
        categories.insert(v.toObject().value(u"category"_s).toString());
    QCOMPARE(categories, (QSet<QString>{u"cb"_s, u"cc"_s, u"vc"_s, u"cb_xa"_s, u"cc_xa"_s, u"khong_chuyen_trach"_s}));
}

void TestCliImport::importsVietnameseHeaders()
{
    const Office office;
    CHECK_EXIT(office.cli({u"import"_s, u"units"_s, dataFile(u"units.csv"_s)}), kOk);
    const CliRun r = office.cli({u"import"_s, u"staff"_s, dataFile(u"staff_vi_headers.csv"_s)});
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.contains("5 new"), r.out);

    const QByteArray json = office.exportStaff(u"json"_s);
    QCOMPARE(staffCount(json), 5);
    const QJsonObject binh = person(json, u"VI-0001"_s);
    QCOMPARE(binh.value(u"full_name"_s).toString(), u"Điểu Văn Bình"_s);
    QCOMPARE(binh.value(u"unit_code"_s).toString(), u"25231"_s);
    QCOMPARE(binh.value(u"birth_date"_s).toString(), u"1986-03-05"_s);
    QCOMPARE(binh.value(u"gender"_s).toString(), u"nam"_s);
    QCOMPARE(binh.value(u"category"_s).toString(), u"cb_xa"_s);
    QCOMPARE(binh.value(u"position"_s).toString(), u"chu_tich_ubnd"_s);
    QCOMPARE(binh.value(u"is_leader"_s), QJsonValue(true));
    QCOMPARE(binh.value(u"start_date"_s).toString(), u"2021-07-01"_s);
    QCOMPARE(binh.value(u"general_education"_s).toString(), u"thpt"_s);
    QCOMPARE(binh.value(u"professional_level"_s).toString(), u"dai_hoc"_s);
    QCOMPARE(binh.value(u"political_theory"_s).toString(), u"trung_cap"_s);
    QCOMPARE(binh.value(u"state_management"_s).toString(), u"chuyen_vien"_s);
    QCOMPARE(binh.value(u"ethnic_minority"_s), QJsonValue(true)); // "có", header "  Dân tộc thiểu số  "

    const QJsonObject hang = person(json, u"VI-0002"_s);
    QCOMPARE(hang.value(u"gender"_s).toString(), u"nu"_s);
    QCOMPARE(hang.value(u"category"_s).toString(), u"cc_xa"_s);
    QCOMPARE(hang.value(u"position"_s).toString(), u"tu_phap_ho_tich"_s);
    QCOMPARE(hang.value(u"is_leader"_s), QJsonValue(false));
    QCOMPARE(hang.value(u"professional_level"_s).toString(), u"trung_cap"_s); // "Trung cấp"
    QCOMPARE(hang.value(u"political_theory"_s).toString(), u"so_cap"_s);
    QCOMPARE(hang.value(u"state_management"_s).toString(), u"none"_s); // "Chưa"
    QCOMPARE(hang.value(u"ethnic_minority"_s), QJsonValue(true));     // "x"

    const QJsonObject phuoc = person(json, u"VI-0003"_s);
    QCOMPARE(phuoc.value(u"birth_date"_s).toString(), u"1984-02-29"_s);
    QCOMPARE(phuoc.value(u"position"_s).toString(), u"pho_chu_tich_hdnd"_s);
    QCOMPARE(phuoc.value(u"general_education"_s).toString(), u"thpt"_s);
    QCOMPARE(phuoc.value(u"professional_level"_s).toString(), u"thac_si"_s);
    QCOMPARE(phuoc.value(u"political_theory"_s).toString(), u"cao_cap"_s);
    QCOMPARE(phuoc.value(u"state_management"_s).toString(), u"chuyen_vien_chinh"_s);
    QCOMPARE(phuoc.value(u"it_skill"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(phuoc.value(u"ethnic_minority"_s), QJsonValue(false)); // "không"

    QCOMPARE(person(json, u"VI-0004"_s).value(u"category"_s).toString(), u"cc"_s);
    QCOMPARE(person(json, u"VI-0004"_s).value(u"political_theory"_s).toString(), u"none"_s); // "Không"
    QCOMPARE(person(json, u"VI-0005"_s).value(u"category"_s).toString(), u"khong_chuyen_trach"_s);
    QCOMPARE(person(json, u"VI-0005"_s).value(u"general_education"_s).toString(), u"thcs"_s);
    QCOMPARE(person(json, u"VI-0005"_s).value(u"professional_level"_s).toString(), u"so_cap"_s);
    QCOMPARE(person(json, u"VI-0005"_s).value(u"ethnic_minority"_s), QJsonValue(false));
}

void TestCliImport::importsFromStandardInput()
{
    const Office office;
    CHECK_EXIT(office.cli({u"import"_s, u"units"_s, u"-"_s}, readAll(dataFile(u"units.csv"_s))), kOk);
    const CliRun r = office.cli({u"import"_s, u"staff"_s, u"-"_s}, readAll(dataFile(u"staff.csv"_s)));
    CHECK_EXIT(r, kOk);
    QCOMPARE(staffCount(office.exportStaff(u"json"_s)), 21);
}

// ---------------------------------------------------------------------------------------- broken files

void TestCliImport::brokenStaffFile_data()
{
    QTest::addColumn<QString>("file");   // under tests/data/e2e/broken
    QTest::addColumn<int>("line");       // the line every problem must be reported on
    QTest::addColumn<QString>("column"); // the column one of them must name

    QTest::newRow("unknown header") << u"unknown_header.csv"_s << 1 << u"nickname"_s;
    QTest::newRow("misspelt header") << u"misspelt_header.csv"_s << 1 << u"ho_va_ten_x"_s;
    QTest::newRow("misspelt header: required column gone") << u"misspelt_header.csv"_s << 1 << u"full_name"_s;
    QTest::newRow("missing required column") << u"missing_column.csv"_s << 1 << u"birth_date"_s;
    QTest::newRow("missing required value") << u"missing_value.csv"_s << 3 << u"full_name"_s;
    QTest::newRow("duplicate code") << u"duplicate_code.csv"_s << 4 << u"code"_s;
    QTest::newRow("impossible ISO date") << u"date_iso_impossible.csv"_s << 3 << u"start_date"_s;
    QTest::newRow("impossible DD/MM/YYYY date") << u"date_vn_impossible.csv"_s << 2 << u"birth_date"_s;
    QTest::newRow("impossible date, Vietnamese CRLF file") << u"vi_headers_bad_date.csv"_s << 3 << u"birth_date"_s;
    QTest::newRow("unknown unit") << u"unknown_unit.csv"_s << 5 << u"unit_code"_s;
    QTest::newRow("bad category") << u"bad_category.csv"_s << 3 << u"category"_s;
    QTest::newRow("bad level") << u"bad_level.csv"_s << 2 << u"professional_level"_s;
    QTest::newRow("ragged row, too few cells") << u"ragged_short.csv"_s << 3 << u"-"_s;
    QTest::newRow("ragged row, too many cells") << u"ragged_long.csv"_s << 4 << u"-"_s;
    QTest::newRow("invalid UTF-8") << u"invalid_utf8.csv"_s << 3 << u"-"_s;
    QTest::newRow("empty file") << u"empty.csv"_s << 1 << u"-"_s;
    QTest::newRow("header only") << u"header_only.csv"_s << 1 << u"-"_s;
    QTest::newRow("unterminated quote") << u"unterminated_quote.csv"_s << 3 << u"-"_s;
    QTest::newRow("binary garbage") << u"binary_garbage.bin"_s << 1 << u"-"_s;
    QTest::newRow("record after an embedded newline") << u"embedded_newline.csv"_s << 4 << u"unit_code"_s;
    QTest::newRow("record after blank lines") << u"blank_lines.csv"_s << 5 << u"unit_code"_s;
    QTest::newRow("CR-only line ends") << u"cr_only.csv"_s << 3 << u"birth_date"_s;
    QTest::newRow("UTF-16 text") << u"utf16.csv"_s << 1 << u"-"_s;
    QTest::newRow("damaged XLSX") << u"truncated.xlsx"_s << 1 << u"-"_s;
    QTest::newRow("column twice") << u"duplicate_header.csv"_s << 1 << u"code"_s;
    QTest::newRow("JSON without a staff list") << u"json_no_staff.json"_s << 1 << u"-"_s;
    QTest::newRow("JSON syntax error") << u"json_syntax.json"_s << 4 << u"-"_s;
    // In JSON, LINE is still the line of the file: the one the bad record is on.
    QTest::newRow("JSON bad record") << u"json_bad_record.json"_s << 5 << u"category"_s;
}

void TestCliImport::brokenStaffFile()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, column);
    const Office office;
    QVERIFY(seed(office));
    const Office::Snapshot before = office.snapshot();

    const QString path = kData + u"/broken/"_s + file;
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    const CliRun r = office.cli({u"import"_s, u"staff"_s, path});
    CHECK_EXIT(r, kInvalidInput);

    const std::vector<Issue> issues = issuesOf(r, path);
    QVERIFY2(!issues.empty(), r.describe());
    bool named = false;
    for (const Issue &issue : issues) {
        QVERIFY2(issue.line == line, qPrintable(u"%1:%2: %3: %4 (expected line %5)"_s.arg(path)
                                                    .arg(issue.line)
                                                    .arg(issue.column, issue.reason)
                                                    .arg(line)));
        QVERIFY2(!issue.reason.trimmed().isEmpty(), r.err);
        named = named || issue.column == column;
    }
    QVERIFY2(named, qPrintable(u"no issue names the column %1:\n"_s.arg(column) + r.errText()));
    QVERIFY2(!r.out.contains("Imported"), r.out);

    const Office::Snapshot after = office.snapshot();
    QCOMPARE(after.exportHash, before.exportHash);
    QCOMPARE(after.dump, before.dump);
    QCOMPARE(after.fileHash, before.fileHash);
}

void TestCliImport::brokenUnitsFile_data()
{
    QTest::addColumn<QString>("file"); // under tests/data/e2e
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QString>("column");

    QTest::newRow("parent cycle") << u"units_cycle.csv"_s << QList<int>{2, 3} << u"parent_code"_s;
    QTest::newRow("unknown successor") << u"units_unknown_successor.csv"_s << QList<int>{2} << u"successor_code"_s;
}

void TestCliImport::brokenUnitsFile()
{
    QFETCH(QString, file);
    QFETCH(QList<int>, lines);
    QFETCH(QString, column);
    const Office office;
    QVERIFY(seed(office));
    const Office::Snapshot before = office.snapshot();

    const QString path = dataFile(file);
    const CliRun r = office.cli({u"import"_s, u"units"_s, path});
    CHECK_EXIT(r, kInvalidInput);
    QList<int> reported;
    for (const Issue &issue : issuesOf(r, path)) {
        QVERIFY2(issue.column == column, r.err);
        reported << issue.line;
    }
    QCOMPARE(reported, lines);

    const Office::Snapshot after = office.snapshot();
    QCOMPARE(after.dump, before.dump);
    QCOMPARE(after.fileHash, before.fileHash);
}

void TestCliImport::brokenFileOnStandardInput()
{
    const Office office;
    QVERIFY(seed(office));
    const Office::Snapshot before = office.snapshot();
    const CliRun r = office.cli({u"import"_s, u"staff"_s, u"-"_s}, readAll(kData + u"/broken/missing_value.csv"_s));
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY2(r.errText().contains(u"\n-:3: full_name: "_s) || r.errText().startsWith(u"-:3: full_name: "_s), r.err);
    QCOMPARE(office.snapshot().dump, before.dump);
}

void TestCliImport::messagesInVietnamese()
{
    // The default language is Vietnamese: the reasons are translated, the format and columns are not.
    const Office office;
    QVERIFY(seed(office));
    const QString path = kData + u"/broken/missing_value.csv"_s;
    for (const QStringList &language : {QStringList{}, QStringList{u"--lang"_s, u"vi"_s}}) {
        const CliRun r = run(QStringList{u"--db"_s, office.db()} + language + QStringList{u"import"_s, u"staff"_s, path},
                             {}, office.environment());
        CHECK_EXIT(r, kInvalidInput);
        const std::vector<Issue> issues = issuesOf(r, path);
        QCOMPARE(issues.size(), size_t(1));
        QCOMPARE(issues.front().line, 3);
        QCOMPARE(issues.front().column, u"full_name"_s);
    }
}

void TestCliImport::missingInputFile()
{
    const Office office;
    QVERIFY(seed(office));
    const QString path = office.path(u"no-such-file.csv"_s);
    const CliRun r = office.cli({u"import"_s, u"staff"_s, path});
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY2(r.errText().startsWith(path + u":1: -: "_s), r.err);
}

// ------------------------------------------------------------------------------------------ behaviours

void TestCliImport::importIsAtomic()
{
    const Office office;
    QVERIFY(seed(office));
    const Office::Snapshot before = office.snapshot();

    const QString path = dataFile(u"staff_10_good_1_bad.csv"_s);
    const CliRun r = office.cli({u"import"_s, u"staff"_s, path});
    CHECK_EXIT(r, kInvalidInput);
    const std::vector<Issue> issues = issuesOf(r, path);
    QCOMPARE(issues.size(), size_t(1));
    QCOMPARE(issues.front().line, 7);
    QCOMPARE(issues.front().column, u"unit_code"_s);

    // An update of a stored person next to a bad row is not written either.
    QByteArray changed = readAll(dataFile(u"staff.csv"_s));
    changed.replace("Nguyễn Văn An", "Nguyễn Văn An Đổi Tên");
    changed.replace("PL-0021,Lâm Thị Cúc,1999-01-31", "PL-0021,Lâm Thị Cúc,1999-13-31");
    const QString changedPath = office.path(u"changed.csv"_s);
    QVERIFY(writeAll(changedPath, changed));
    const CliRun r2 = office.cli({u"import"_s, u"staff"_s, changedPath});
    CHECK_EXIT(r2, kInvalidInput);
    QVERIFY2(r2.errText().contains(changedPath + u":22: birth_date: "_s), r2.err);

    const Office::Snapshot after = office.snapshot();
    QCOMPARE(after.exportHash, before.exportHash);
    QCOMPARE(after.dump, before.dump);
    QCOMPARE(after.fileHash, before.fileHash);
}

void TestCliImport::skipInvalidWritesValidRows()
{
    const Office office;
    CHECK_EXIT(office.cli({u"import"_s, u"units"_s, dataFile(u"units.csv"_s)}), kOk);
    const QString path = dataFile(u"staff_10_good_1_bad.csv"_s);
    const CliRun r = office.cli({u"import"_s, u"staff"_s, path, u"--skip-invalid"_s});
    CHECK_EXIT(r, kInvalidInput);
    const std::vector<Issue> issues = issuesOf(r, path);
    QCOMPARE(issues.size(), size_t(1));
    QCOMPARE(issues.front().line, 7);
    QVERIFY2(r.out.contains("10 new"), r.out);
    QVERIFY2(r.out.contains("1 rejected"), r.out);

    const QByteArray json = office.exportStaff(u"json"_s);
    QCOMPARE(staffCount(json), 10);
    QVERIFY(person(json, u"AT-BAD"_s).isEmpty());
    QVERIFY(!person(json, u"AT-0010"_s).isEmpty());

    // The option may also come before the kind.
    const Office other;
    CHECK_EXIT(other.cli({u"import"_s, u"units"_s, dataFile(u"units.csv"_s)}), kOk);
    CHECK_EXIT(other.cli({u"import"_s, u"--skip-invalid"_s, u"staff"_s, path}), kInvalidInput);
    QCOMPARE(staffCount(other.exportStaff(u"json"_s)), 10);
}

void TestCliImport::skipInvalidRefusesUnreadableFile_data()
{
    // Whole-file problems: there are no valid rows to keep, so even --skip-invalid writes nothing.
    QTest::addColumn<QString>("file"); // under tests/data/e2e/broken
    for (const char *file : {"unknown_header.csv", "missing_column.csv", "invalid_utf8.csv", "unterminated_quote.csv",
                             "binary_garbage.bin", "utf16.csv", "json_syntax.json", "empty.csv", "header_only.csv"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestCliImport::skipInvalidRefusesUnreadableFile()
{
    QFETCH(QString, file);
    const Office office;
    QVERIFY(seed(office));
    const Office::Snapshot before = office.snapshot();
    const QString path = kData + u"/broken/"_s + file;
    const CliRun r = office.cli({u"import"_s, u"staff"_s, path, u"--skip-invalid"_s});
    CHECK_EXIT(r, kInvalidInput);
    QVERIFY2(!issuesOf(r, path).empty(), r.err);
    const Office::Snapshot after = office.snapshot();
    QCOMPARE(after.dump, before.dump);
    QCOMPARE(after.fileHash, before.fileHash);
}

void TestCliImport::dryRunWritesNothing()
{
    const Office office;
    CHECK_EXIT(office.cli({u"import"_s, u"units"_s, dataFile(u"units.csv"_s)}), kOk);
    const Office::Snapshot before = office.snapshot();
    const CliRun r = office.cli({u"import"_s, u"staff"_s, dataFile(u"staff.csv"_s), u"--dry-run"_s});
    CHECK_EXIT(r, kOk);
    QVERIFY2(r.out.contains("21 new"), r.out);
    QVERIFY2(r.err.isEmpty(), r.err);
    const Office::Snapshot after = office.snapshot();
    QCOMPARE(after.dump, before.dump);
    QCOMPARE(after.fileHash, before.fileHash);
    QCOMPARE(staffCount(office.exportStaff(u"json"_s)), 0);

    // A dry run of units writes nothing either.
    const CliRun u = office.cli({u"import"_s, u"units"_s, dataFile(u"units_cycle.csv"_s), u"--dry-run"_s});
    CHECK_EXIT(u, kInvalidInput);
    QCOMPARE(office.snapshot().dump, before.dump);
}

void TestCliImport::dryRunReportsProblems()
{
    const Office office;
    QVERIFY(seed(office));
    const Office::Snapshot before = office.snapshot();
    const QString path = dataFile(u"staff_10_good_1_bad.csv"_s);
    for (const QStringList &options : {QStringList{u"--dry-run"_s}, QStringList{u"--dry-run"_s, u"--skip-invalid"_s}}) {
        const CliRun r = office.cli(QStringList{u"import"_s, u"staff"_s, path} + options);
        CHECK_EXIT(r, kInvalidInput);
        QVERIFY2(r.errText().contains(path + u":7: unit_code: "_s), r.err);
    }
    const Office::Snapshot after = office.snapshot();
    QCOMPARE(after.dump, before.dump);
    QCOMPARE(after.fileHash, before.fileHash);
}

void TestCliImport::importTwiceChangesNothing()
{
    const Office office;
    QVERIFY(seed(office));
    CHECK_EXIT(office.cli({u"import"_s, u"staff"_s, dataFile(u"staff_vi_headers.csv"_s)}), kOk);
    const Office::Snapshot before = office.snapshot();

    const CliRun units = office.cli({u"import"_s, u"units"_s, dataFile(u"units.csv"_s)});
    CHECK_EXIT(units, kOk);
    QVERIFY2(units.out.contains("0 new, 0 changed, 9 unchanged"), units.out);
    const CliRun staff = office.cli({u"import"_s, u"staff"_s, dataFile(u"staff.csv"_s)});
    CHECK_EXIT(staff, kOk);
    QVERIFY2(staff.out.contains("0 new, 0 changed, 21 unchanged"), staff.out);
    const CliRun vi = office.cli({u"import"_s, u"staff"_s, dataFile(u"staff_vi_headers.csv"_s)});
    CHECK_EXIT(vi, kOk);
    QVERIFY2(vi.out.contains("0 new, 0 changed, 5 unchanged"), vi.out);

    const Office::Snapshot after = office.snapshot();
    QCOMPARE(after.exportHash, before.exportHash);
    QCOMPARE(after.dump, before.dump); // no audit rows for rows that did not change
}

void TestCliImport::exportRoundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("json") << u"json"_s;
}

void TestCliImport::exportRoundTrip()
{
    QFETCH(QString, format);
    const Office first;
    QVERIFY(seed(first));
    CHECK_EXIT(first.cli({u"import"_s, u"staff"_s, dataFile(u"staff_vi_headers.csv"_s)}), kOk);
    const QString exported = first.path(u"staff."_s + format);
    const CliRun e = first.cli({u"export"_s, u"staff"_s, u"--format"_s, format, u"-o"_s, exported});
    CHECK_EXIT(e, kOk);
    const QByteArray bytes = readAll(exported);
    QVERIFY(!bytes.isEmpty());

    // Into a fresh database holding the same units.
    const Office second;
    CHECK_EXIT(second.cli({u"import"_s, u"units"_s, dataFile(u"units.csv"_s)}), kOk);
    const CliRun i = second.cli({u"import"_s, u"staff"_s, exported});
    CHECK_EXIT(i, kOk);
    QVERIFY2(i.out.contains("26 new"), i.out);
    const QByteArray again = second.exportStaff(format);
    QCOMPARE(again, bytes);
    QCOMPARE(second.exportStaff(u"csv"_s), first.exportStaff(u"csv"_s));
    QCOMPARE(second.exportStaff(u"json"_s), first.exportStaff(u"json"_s));

    // And back into the first: nothing to change.
    const CliRun back = first.cli({u"import"_s, u"staff"_s, exported});
    CHECK_EXIT(back, kOk);
    QVERIFY2(back.out.contains("0 new, 0 changed, 26 unchanged"), back.out);
}

void TestCliImport::exportRoundTripOfTrickyCells()
{
    // Line breaks, quotes, both separators, a non-BMP character, text that looks like a formula.
    const Office first;
    CHECK_EXIT(first.cli({u"import"_s, u"units"_s, dataFile(u"units.csv"_s)}), kOk);
    CHECK_EXIT(first.cli({u"import"_s, u"staff"_s, dataFile(u"staff_tricky.csv"_s)}), kOk);
    const QByteArray json = first.exportStaff(u"json"_s);
    QCOMPARE(person(json, u"TR-0001"_s).value(u"full_name"_s).toString(), u"Nguyễn Thị 𠀧 Nôm"_s);
    QCOMPARE(person(json, u"TR-0001"_s).value(u"professional_field"_s).toString(), u"Luật\nKinh tế"_s);
    QCOMPARE(person(json, u"TR-0001"_s).value(u"it_skill"_s).toString(), u"Word; Excel, \"PowerPoint\""_s);
    QCOMPARE(person(json, u"TR-0002"_s).value(u"full_name"_s).toString(), u"Lê \"Bé\" Ba"_s);
    QCOMPARE(person(json, u"TR-0002"_s).value(u"professional_field"_s).toString(), u"=SUM(A1)"_s);
    QCOMPARE(person(json, u"TR-0003"_s).value(u"position"_s).toString(), u"van_hoa_xa_hoi"_s);
    QCOMPARE(person(json, u"TR-0003"_s).value(u"is_leader"_s), QJsonValue(true));
    QCOMPARE(person(json, u"TR-0003"_s).value(u"ethnic_minority"_s), QJsonValue(false));
    QCOMPARE(person(json, u"TR-0004"_s).value(u"position"_s).toString(), u"'0123"_s);

    for (const QString format : {u"csv"_s, u"json"_s}) {
        const QString exported = first.path(u"tricky."_s + format);
        QVERIFY(writeAll(exported, first.exportStaff(format)));
        const Office second;
        CHECK_EXIT(second.cli({u"import"_s, u"units"_s, dataFile(u"units.csv"_s)}), kOk);
        CHECK_EXIT(second.cli({u"import"_s, u"staff"_s, exported}), kOk);
        QCOMPARE(second.exportStaff(format), readAll(exported));
        QCOMPARE(second.exportStaff(u"json"_s), json);
    }
}

void TestCliImport::exportToStandardOutputAndFile()
{
    const Office office;
    QVERIFY(seed(office));
    for (const QString format : {u"csv"_s, u"json"_s}) {
        const CliRun plain = office.cli({u"export"_s, u"staff"_s, u"--format"_s, format});
        CHECK_EXIT(plain, kOk);
        const CliRun dash = office.cli({u"export"_s, u"staff"_s, u"--format"_s, format, u"-o"_s, u"-"_s});
        CHECK_EXIT(dash, kOk);
        QCOMPARE(dash.out, plain.out);
        QVERIFY2(dash.err.isEmpty(), dash.err);

        const QString file = office.path(u"out."_s + format);
        const CliRun toFile = office.cli({u"export"_s, u"staff"_s, u"--format"_s, format, u"-o"_s, file});
        CHECK_EXIT(toFile, kOk);
        QCOMPARE(readAll(file), plain.out);
        // Personal data: readable by its owner only.
        QVERIFY(!(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }
    // CSV is the default format, and its header is the 18 keys in the documented order.
    const CliRun csv = office.cli({u"export"_s, u"staff"_s});
    CHECK_EXIT(csv, kOk);
    QCOMPARE(csv.out.left(csv.out.indexOf('\n')), kStaffKeys.join(u',').toUtf8());
    QCOMPARE(csv.out.count('\n'), qsizetype(22));
}

void TestCliImport::exportJsonMatchesSchema()
{
    QJsonParseError parseError;
    const QJsonDocument schemaDoc = QJsonDocument::fromJson(readAll(kSchema), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(kSchema + u": "_s + parseError.errorString()));
    const QJsonObject schema = schemaDoc.object();
    QCOMPARE(schema.value(u"$schema"_s).toString(), u"https://json-schema.org/draft/2020-12/schema"_s);
    const QJsonObject personSchema = schema.value(u"$defs"_s).toObject().value(u"person"_s).toObject();
    QCOMPARE(personSchema.value(u"required"_s).toVariant().toStringList(), kStaffKeys);

    const Office office;
    QVERIFY(seed(office));
    CHECK_EXIT(office.cli({u"import"_s, u"staff"_s, dataFile(u"staff_vi_headers.csv"_s)}), kOk);
    const QByteArray json = office.exportStaff(u"json"_s);
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, json.left(500));
    QVERIFY(doc.isObject());

    QStringList errors;
    JsonSchemaCheck::check(doc.object(), schema, schema, u"$"_s, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

    // The check itself catches what it must: a missing key, a bad date, wrong types, an unknown code.
    QJsonObject wrong = doc.object().value(u"staff"_s).toArray().first().toObject();
    wrong.remove(u"gender"_s);
    wrong.insert(u"birth_date"_s, u"2023-02-3"_s);
    wrong.insert(u"is_leader"_s, u"x"_s);
    wrong.insert(u"it_skill"_s, 3);
    wrong.insert(u"category"_s, u"cbx"_s);
    QStringList found;
    JsonSchemaCheck::check(QJsonObject{{u"staff"_s, QJsonArray{wrong}}}, schema, schema, u"$"_s, &found);
    QCOMPARE(found.size(), 5);

    // Exactly the 18 keys today, with their JSON types.
    const QSet<QString> expectedKeys(kStaffKeys.cbegin(), kStaffKeys.cend());
    const QJsonArray staff = doc.object().value(u"staff"_s).toArray();
    QCOMPARE(staff.size(), qsizetype(26));
    const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    for (const auto &v : staff) {
        const QJsonObject o = v.toObject();
        const QStringList keys = o.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), expectedKeys);
        for (const QString &key : kStaffKeys) {
            const QJsonValue value = o.value(key);
            const bool boolean = key == "is_leader"_L1 || key == "ethnic_minority"_L1;
            QVERIFY2(boolean ? (value.isBool() || value.isNull()) : (value.isString() || value.isNull()),
                     qPrintable(o.value(u"code"_s).toString() + u'.' + key));
            if (key.endsWith("_date"_L1) && value.isString())
                QVERIFY2(isoDate.match(value.toString()).hasMatch(), qPrintable(value.toString()));
        }
        QVERIFY(o.value(u"birth_date"_s).isString());
    }
}

// ------------------------------------------------------------------------------------------- databases

void TestCliImport::unusableDatabase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("directory") << u"directory"_s;
    QTest::newRow("garbage file") << u"garbage"_s;
    QTest::newRow("text file") << u"text"_s;
    QTest::newRow("folder that is a file") << u"parent"_s;
    QTest::newRow("SQLite file of another program") << u"foreign"_s;
}

void TestCliImport::unusableDatabase()
{
    QFETCH(QString, kind);
    SKIP_ON_POSTGRES("an unusable database file (a directory, garbage, another program's SQLite file)");
    const Office office;
    QByteArray content;
    QString db = office.db();
    if (kind == "directory"_L1) {
        QVERIFY(QDir().mkpath(office.db()));
    } else if (kind == "parent"_L1) {
        QVERIFY(writeAll(office.path(u"plain-file"_s), "x"));
        db = office.path(u"plain-file/x.sqlite"_s);
    } else if (kind == "foreign"_L1) {
        QString error;
        QVERIFY2(execSql(office.db(), u"CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)"_s, &error),
                 qPrintable(error));
        content = readAll(office.db());
    } else {
        content = kind == "garbage"_L1 ? readAll(kData + u"/broken/binary_garbage.bin"_s)
                                       : QByteArray("code,name\nthis is not a database\n").repeated(100);
        QVERIFY(writeAll(office.db(), content));
    }
    const QList<QStringList> commands{
        {u"init"_s},
        {u"import"_s, u"units"_s, dataFile(u"units.csv"_s)},
        {u"import"_s, u"staff"_s, dataFile(u"staff.csv"_s)},
        {u"export"_s, u"staff"_s},
        {u"demo"_s, u"--staff"_s, u"5"_s},
    };
    for (const QStringList &command : commands) {
        const CliRun r = run(QStringList{u"--db"_s, db, u"--lang"_s, u"en"_s} + command, {}, office.environment());
        CHECK_EXIT(r, kDatabaseError);
        QVERIFY2(r.errText().contains(db), r.err);
        QVERIFY2(r.out.isEmpty(), r.out);
    }
    if (!content.isEmpty())
        QCOMPARE(readAll(office.db()), content);
}

void TestCliImport::newerSchemaDatabase_data()
{
    QTest::addColumn<QString>("journalMode"); // as the newer program left it
    QTest::newRow("wal") << u"WAL"_s;
    QTest::newRow("rollback journal") << u"DELETE"_s;
}

void TestCliImport::newerSchemaDatabase()
{
    QFETCH(QString, journalMode);
    SKIP_ON_POSTGRES("a newer program's SQLite file in either journal mode");
    const Office office;
    CHECK_EXIT(office.cli({u"init"_s}), kOk);
    QString error;
    QVERIFY2(execSql(office.db(), u"PRAGMA journal_mode = "_s + journalMode, &error), qPrintable(error));
    QVERIFY2(execSql(office.db(), u"UPDATE schema_version SET version = 999"_s, &error), qPrintable(error));
    const QByteArray before = readAll(office.db());

    for (const QStringList &command : QList<QStringList>{{u"init"_s}, {u"export"_s, u"staff"_s},
                                                         {u"import"_s, u"units"_s, dataFile(u"units.csv"_s)}}) {
        const CliRun r = office.cli(command);
        CHECK_EXIT(r, kDatabaseError);
        QVERIFY2(r.errText().contains(office.db()), r.err);
        QVERIFY2(r.errText().contains(u"newer"_s), r.err);
        QVERIFY2(r.errText().contains(u"999"_s), r.err);
    }
    QCOMPARE(readAll(office.db()), before);
}

void TestCliImport::lockedDatabase()
{
    SKIP_ON_POSTGRES("another program holding the SQLite file's write lock");
    // Another program holds the write lock: the import waits, then gives up with exit 3 and writes nothing.
    const Office office;
    CHECK_EXIT(office.cli({u"import"_s, u"units"_s, dataFile(u"units.csv"_s)}), kOk);
    const Office::Snapshot before = office.snapshot();
    CliRun r;
    {
        QSqlDatabase lock = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"lock"_s);
        lock.setDatabaseName(office.db());
        QVERIFY(lock.open());
        QSqlQuery q(lock);
        QVERIFY2(q.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"DELETE FROM setting WHERE key = 'e2e-lock'"_s));
        r = office.cli({u"import"_s, u"staff"_s, dataFile(u"staff.csv"_s)});
        QVERIFY(q.exec(u"ROLLBACK"_s));
        lock.close();
    }
    QSqlDatabase::removeDatabase(u"lock"_s);
    CHECK_EXIT(r, kDatabaseError);
    QVERIFY2(r.errText().contains(office.db()), r.err);
    QVERIFY2(!r.out.contains("Imported"), r.out);
    QCOMPARE(office.snapshot().dump, before.dump);
}

void TestCliImport::databaseFromEnvironment()
{
    SKIP_ON_POSTGRES("CONGVU_DB naming a SQLite file that is created");
    const Office office;
    QProcessEnvironment env = office.environment();
    env.insert(u"CONGVU_DB"_s, office.db());
    const auto bare = [&env](const QStringList &args) {
        return run(QStringList{u"--lang"_s, u"en"_s} + args, {}, env);
    };
    CHECK_EXIT(bare({u"import"_s, u"units"_s, dataFile(u"units.csv"_s)}), kOk);
    CHECK_EXIT(bare({u"import"_s, u"staff"_s, dataFile(u"staff.csv"_s)}), kOk);
    QVERIFY(QFileInfo::exists(office.db()));
    QCOMPARE(staffCount(office.exportStaff(u"json"_s)), 21);

    // --db wins over CONGVU_DB.
    const QString other = office.path(u"other.sqlite"_s);
    const CliRun r = run({u"--db"_s, other, u"--lang"_s, u"en"_s, u"export"_s, u"staff"_s, u"--format"_s, u"json"_s},
                         {}, env);
    CHECK_EXIT(r, kOk);
    QCOMPARE(staffCount(r.out), 0);
    QVERIFY(QFileInfo::exists(other));

    // Errors name the file CONGVU_DB points to.
    env.insert(u"CONGVU_DB"_s, office.path(u"home"_s));
    QVERIFY(QDir().mkpath(office.path(u"home"_s)));
    const CliRun bad = run({u"--lang"_s, u"en"_s, u"init"_s}, {}, env);
    CHECK_EXIT(bad, kDatabaseError);
    QVERIFY2(bad.errText().contains(office.path(u"home"_s)), bad.err);
}

void TestCliImport::demoOnlyIntoEmptyDatabase()
{
    const Office office;
    const CliRun first = office.cli({u"demo"_s, u"--staff"_s, u"40"_s});
    CHECK_EXIT(first, kOk);
    const Office::Snapshot before = office.snapshot();
    QVERIFY(staffCount(office.exportStaff(u"json"_s)) >= 40);

    const CliRun second = office.cli({u"demo"_s, u"--staff"_s, u"40"_s});
    QVERIFY2(second.exitCode != kOk && second.exitCode >= 0, second.describe());
    QVERIFY2(second.errText().contains(office.db()), second.err);
    const Office::Snapshot after = office.snapshot();
    QCOMPARE(after.dump, before.dump);
    QCOMPARE(after.fileHash, before.fileHash);

    // Not into a database holding only units either.
    const Office units;
    CHECK_EXIT(units.cli({u"import"_s, u"units"_s, dataFile(u"units.csv"_s)}), kOk);
    const Office::Snapshot unitsBefore = units.snapshot();
    const CliRun third = units.cli({u"demo"_s, u"--staff"_s, u"40"_s});
    QVERIFY2(third.exitCode != kOk && third.exitCode >= 0, third.describe());
    QCOMPARE(units.snapshot().dump, unitsBefore.dump);
}

void TestCliImport::demoIsDeterministic()
{
    const auto demoExport = [](const QString &seed, const QString &format) {
        const Office office;
        const CliRun r = office.cli({u"demo"_s, u"--staff"_s, u"60"_s, u"--seed"_s, seed});
        return r.exitCode == kOk ? office.exportStaff(format) : QByteArray("demo failed: " + r.describe());
    };
    for (const QString format : {u"csv"_s, u"json"_s}) {
        const QByteArray seven = demoExport(u"7"_s, format);
        QVERIFY2(!seven.startsWith("demo failed") && !seven.startsWith("export failed"), seven);
        QCOMPARE(demoExport(u"7"_s, format), seven);
        QVERIFY(demoExport(u"8"_s, format) != seven);
    }
    // Demo data is valid import data: its export imports into a fresh database unchanged.
    const Office demo;
    CHECK_EXIT(demo.cli({u"demo"_s, u"--staff"_s, u"60"_s, u"--seed"_s, u"7"_s}), kOk);
    const QString exported = demo.path(u"demo.json"_s);
    CHECK_EXIT(demo.cli({u"export"_s, u"staff"_s, u"--format"_s, u"json"_s, u"-o"_s, exported}), kOk);
    const CliRun back = demo.cli({u"import"_s, u"staff"_s, exported});
    CHECK_EXIT(back, kOk);
    QVERIFY2(back.out.contains(" 0 new, 0 changed"), back.out);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
