// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: two officers on two machines (issue 8, "Done when"), here two processes of the real
// binary on one office at once. Two `congvu import staff` of disjoint files start together on the same
// database while a third process reads the qualification report over and over: both imports succeed,
// every row of both is stored with its audit row under its officer's name, and every report is
// answered and sees each import whole or not at all. On the sandbox's SQLite file, or in the PostgreSQL
// pass (CONGVU_TEST_PG_URL set) on a schema of its own on that server (CliSandbox).

#include "clirunner.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <map>
#include <memory>
#include <set>

using namespace Qt::StringLiterals;

namespace {

const QString kBinary = QStringLiteral(CONGVU_BINARY);
const QString kAsOf = u"2026-06-30"_s;

/** The sample district: a province, a town and four communes (STAFF-CSV.md "Units"). */
QByteArray unitsCsv()
{
    return "code,name,kind,parent_code,valid_from,valid_to,difficult_area,successor_code\n"
           "T,Tỉnh Thử,tinh,,,,,\n"
           "H,Thị xã Thử,huyen,T,,,,\n"
           "X1,Xã Một,xa,H,,,,\n"
           "X2,Xã Hai,xa,H,,,x,\n"
           "X3,Phường Ba,phuong,H,,,,\n"
           "X4,Thị trấn Bốn,thi_tran,H,,,,\n"_ba;
}

/**
 * count commune civil servants with codes prefix-0001…, spread over the four communes and the six
 * công chức cấp xã titles, each with every column of STAFF-CSV.md "Staff" that the rate reads.
 */
QByteArray staffCsv(const QString &prefix, int count)
{
    static const QStringList titles = {u"chi_huy_truong_quan_su"_s, u"van_phong_thong_ke"_s, u"dia_chinh"_s,
                                       u"tai_chinh_ke_toan"_s, u"tu_phap_ho_tich"_s, u"van_hoa_xa_hoi"_s};
    static const QStringList family = {u"Nguyễn"_s, u"Trần"_s, u"Lê"_s, u"Phạm"_s, u"Đặng"_s};
    static const QStringList given = {u"Văn An"_s, u"Thị Bình"_s, u"Minh Châu"_s, u"Đức Dũng"_s, u"Thu Hà"_s};
    static const QStringList levels = {u"trung_cap"_s, u"cao_dang"_s, u"dai_hoc"_s};
    QString out = u"code,full_name,birth_date,gender,unit_code,category,position,start_date,general_education,"
                  "professional_level,professional_field\n"_s;
    for (int i = 1; i <= count; ++i) {
        out += u"%1-%2,%3 %4,19%5-0%6-1%7,%8,X%9,cc_xa,%10,2020-01-01,thpt,%11,%12\n"_s.arg(prefix)
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .arg(family.at(i % family.size()), given.at((i / 5) % given.size()))
                   .arg(60 + i % 35)
                   .arg(1 + i % 9)
                   .arg(i % 10)
                   .arg(i % 2 ? u"nam"_s : u"nu"_s)
                   .arg(1 + i % 4)
                   .arg(titles.at(i % titles.size()), levels.at(i % levels.size()),
                        i % 3 ? u"Luật"_s : u"Quân sự cơ sở"_s);
    }
    return out.toUtf8();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Whether p still runs (QProcess learns that a child ended only while it waits or in an event loop). */
bool running(QProcess &p)
{
    p.waitForFinished(1);
    return p.state() != QProcess::NotRunning;
}

} // namespace

class TestCliConcurrent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void twoOfficersImportAtOnceWhileAReaderReads();
    void twoProgramsCreateANewFileAtOnce();

private:
    /** A process of the binary on database, as officer (USER, so the audit trail says cli:officer). */
    std::unique_ptr<QProcess> start(const QString &database, const QString &officer, const QStringList &args) const;
    CliRun run(const QString &database, const QString &officer, const QStringList &args) const;

    std::unique_ptr<CliSandbox> m_office;
};

void TestCliConcurrent::init()
{
    m_office = std::make_unique<CliSandbox>(kBinary);
    QVERIFY(m_office->isValid());
}

void TestCliConcurrent::cleanup()
{
    m_office.reset();
}

std::unique_ptr<QProcess> TestCliConcurrent::start(const QString &database, const QString &officer,
                                                   const QStringList &args) const
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = m_office->environment();
    env.insert(u"USER"_s, officer);
    p->setProcessEnvironment(env);
    p->setProgram(kBinary);
    p->setArguments(QStringList{u"--db"_s, database, u"--lang"_s, u"en"_s} + args);
    // To files: nobody reads the pipes while the reader runs, and a full pipe would stall the import.
    p->setStandardOutputFile(m_office->path(officer + u".out"_s));
    p->setStandardErrorFile(m_office->path(officer + u".err"_s));
    p->start();
    return p;
}

CliRun TestCliConcurrent::run(const QString &database, const QString &officer, const QStringList &args) const
{
    QProcessEnvironment env = m_office->environment();
    env.insert(u"USER"_s, officer);
    return runCli(kBinary, QStringList{u"--db"_s, database, u"--lang"_s, u"en"_s} + args, {}, env);
}

void TestCliConcurrent::twoOfficersImportAtOnceWhileAReaderReads()
{
    const QString database = m_office->db();
    constexpr int kRowsA = 600;
    constexpr int kRowsB = 800;
    const QString units = m_office->path(u"units.csv"_s);
    const QString fileA = m_office->path(u"staff-a.csv"_s);
    const QString fileB = m_office->path(u"staff-b.csv"_s);
    QVERIFY(writeFile(units, unitsCsv()));
    QVERIFY(writeFile(fileA, staffCsv(u"A"_s, kRowsA)));
    QVERIFY(writeFile(fileB, staffCsv(u"B"_s, kRowsB)));
    // The office exists with its units (set up by the administrator) before the officers start.
    CHECK_EXIT(run(database, u"admin"_s, {u"import"_s, u"units"_s, units}), kOk);
    const CliRun empty = run(database, u"council"_s,
                             {u"report"_s, u"qualification"_s, u"--as-of"_s, kAsOf, u"--format"_s, u"json"_s});
    CHECK_EXIT(empty, kOk);
    QCOMPARE(QJsonDocument::fromJson(empty.out).object().value(u"overall"_s).toObject().value(u"staff"_s).toInt(),
             0);

    // Both officers press Enter at the same moment; a council member keeps reading the report meanwhile.
    auto a = start(database, u"officer-a"_s, {u"import"_s, u"staff"_s, fileA});
    auto b = start(database, u"officer-b"_s, {u"import"_s, u"staff"_s, fileB});
    QVERIFY(a->waitForStarted(30000));
    QVERIFY(b->waitForStarted(30000));
    std::vector<CliRun> reads;
    QElapsedTimer guard;
    guard.start();
    do {
        reads.push_back(run(database, u"council"_s,
                            {u"report"_s, u"qualification"_s, u"--as-of"_s, kAsOf, u"--format"_s, u"json"_s}));
    } while ((running(*a) || running(*b)) && guard.elapsed() < 120000);
    QVERIFY(a->state() == QProcess::NotRunning || a->waitForFinished(180000));
    QVERIFY(b->state() == QProcess::NotRunning || b->waitForFinished(180000));
    const QByteArray errA = readFile(m_office->path(u"officer-a.err"_s));
    const QByteArray errB = readFile(m_office->path(u"officer-b.err"_s));
    QVERIFY2(a->exitStatus() == QProcess::NormalExit && a->exitCode() == kOk, errA.constData());
    QVERIFY2(b->exitStatus() == QProcess::NormalExit && b->exitCode() == kOk, errB.constData());

    // Every report was answered, and saw each import whole or not at all (one transaction each).
    const std::set<int> wholeOrNothing = {0, kRowsA, kRowsB, kRowsA + kRowsB};
    for (const CliRun &r : reads) {
        CHECK_EXIT(r, kOk);
        QJsonParseError e;
        const QJsonObject report = QJsonDocument::fromJson(r.out, &e).object();
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        const int staff = report.value(u"overall"_s).toObject().value(u"staff"_s).toInt(-1);
        QVERIFY2(wholeOrNothing.count(staff), qPrintable(u"a report counted %1 people"_s.arg(staff)));
    }
    qInfo().noquote() << u"%1: %2 qualification reports ran during the two imports"_s
                             .arg(m_office->onPostgres() ? u"PostgreSQL"_s : u"SQLite"_s)
                             .arg(reads.size());

    // Every row of both files is there, once.
    {
        Database db(u"tst_cli_concurrent_check"_s);
        QVERIFY2(db.open(database) == Database::Status::Ok, qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(u"SELECT code FROM staff"_s), qPrintable(q.lastError().text()));
        std::set<QString> codes;
        while (q.next())
            QVERIFY(codes.insert(q.value(0).toString()).second);
        QCOMPARE(int(codes.size()), kRowsA + kRowsB);
        for (int i = 1; i <= kRowsB; ++i) {
            const QString n = u"%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY2(i > kRowsA || codes.count(u"A-"_s + n), qPrintable(n));
            QVERIFY2(codes.count(u"B-"_s + n), qPrintable(n));
        }
    }

    // The audit trail shows both officers, one insert per person.
    for (const auto &[officer, rows, prefix] :
         {std::tuple{u"officer-a"_s, kRowsA, u"A-"_s}, std::tuple{u"officer-b"_s, kRowsB, u"B-"_s}}) {
        const CliRun audit = run(database, u"admin"_s,
                                 {u"audit"_s, u"--user"_s, officer, u"--entity"_s, u"staff"_s, u"--format"_s, u"json"_s});
        CHECK_EXIT(audit, kOk);
        const QJsonObject trail = QJsonDocument::fromJson(audit.out).object();
        QCOMPARE(trail.value(u"total"_s).toInt(), rows);
        for (const QJsonValue &v : trail.value(u"entries"_s).toArray()) {
            const QJsonObject entry = v.toObject();
            QCOMPARE(entry.value(u"actor"_s).toString(), u"cli:"_s + officer);
            QCOMPARE(entry.value(u"action"_s).toString(), u"insert"_s);
            QVERIFY(entry.value(u"after"_s).toObject().value(u"code"_s).toString().startsWith(prefix));
        }
    }
    const CliRun final = run(database, u"council"_s,
                             {u"report"_s, u"qualification"_s, u"--as-of"_s, kAsOf, u"--format"_s, u"json"_s});
    CHECK_EXIT(final, kOk);
    QCOMPARE(QJsonDocument::fromJson(final.out).object().value(u"overall"_s).toObject().value(u"staff"_s).toInt(),
             kRowsA + kRowsB);
}

void TestCliConcurrent::twoProgramsCreateANewFileAtOnce()
{
    // Two officers start CongVu on a new office file at the same moment: both create and migrate it,
    // the second waits for the first's migration and finds it done (Database::applyMigration).
    if (Database::isServerUrl(m_office->db()))
        QSKIP("about a new SQLite file");
    for (int round = 0; round < 4; ++round) {
        const QString file = m_office->path(u"new-%1.sqlite"_s.arg(round));
        auto a = start(file, u"officer-a"_s, {u"init"_s});
        auto b = start(file, u"officer-b"_s, {u"init"_s});
        QVERIFY(a->waitForFinished(60000));
        QVERIFY(b->waitForFinished(60000));
        QFile errA(m_office->path(u"officer-a.err"_s)), errB(m_office->path(u"officer-b.err"_s));
        QVERIFY(errA.open(QIODevice::ReadOnly) && errB.open(QIODevice::ReadOnly));
        QVERIFY2(a->exitCode() == kOk, errA.readAll().constData());
        QVERIFY2(b->exitCode() == kOk, errB.readAll().constData());
        CHECK_EXIT(run(file, u"officer-c"_s, {u"report"_s, u"qualification"_s, u"--format"_s, u"json"_s}), kOk);
    }
}



QTEST_GUILESS_MAIN(TestCliConcurrent)
#include "tst_cli_concurrent.moc"
