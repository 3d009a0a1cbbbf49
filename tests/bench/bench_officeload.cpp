// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the shared office under load (issue 8, item 8): W writers (default 5) adding and
// correcting people and their evaluations, R readers (default 20) reading the staff list, the
// qualification and evaluation reports, for S seconds (default 60), each on a connection of its own,
// as tests/unit/officeload does for a few seconds (tests/support/officeload.h). Prints throughput and
// the worst read; asserts nothing about time. Exits 1 when any write or read failed or a change is missing.
//
//   bench_officeload [SECONDS [WRITERS [READERS [DB]]]]
//   DB: a SQLite file (default: a new one in a temporary folder) or postgresql://user@host:port/dbname
//   (an empty database, or one this benchmark filled before: its units are reused).

#include "officeload.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <future>
#include <thread>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto number = [&](int index, int fallback) {
        bool ok = false;
        const int n = args.size() > index ? args.at(index).toInt(&ok) : 0;
        return ok && n > 0 ? n : fallback;
    };
    const int seconds = number(1, 60);
    const int writerCount = number(2, 5);
    const int readerCount = number(3, 20);
    QTemporaryDir dir;
    const QString path = args.size() > 4 ? args.at(4) : dir.filePath(u"office.sqlite"_s);
    QTextStream out(stdout);

    Database db(u"bench-officeload"_s);
    if (db.open(path) != Database::Status::Ok) {
        QTextStream(stderr) << db.errorString() << "\n";
        return 1;
    }
    if (UnitRepository(db.connection()).all().empty() && !Samples::insertUnits(db, Samples::town())) {
        QTextStream(stderr) << "cannot write the sample units\n";
        return 1;
    }
    {
        // Codes of an earlier run on the same server would collide: start from no load rows.
        QSqlQuery q(db.connection());
        for (const QString &sql : {u"DELETE FROM staff WHERE code LIKE 'L%' OR code LIKE 'T%'"_s,
                                   u"DELETE FROM audit_log WHERE entity_key LIKE 'L%' OR entity_key LIKE 'T%'"_s}) {
            if (!q.exec(sql)) {
                QTextStream(stderr) << q.lastError().text() << "\n";
                return 1;
            }
        }
    }
    out << "CongVu office load: " << writerCount << " writers, " << readerCount << " readers, " << seconds
        << " s on " << db.path() << "\n";
    out.flush();

    const FixedClock clock(OfficeLoad::kNow);
    std::atomic<bool> stop = false;
    OfficeLoad::ErrorLog errors;
    std::vector<std::future<OfficeLoad::WriterLog>> writers;
    std::vector<std::future<OfficeLoad::ReaderLog>> readers;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < writerCount; ++i)
        writers.push_back(std::async(std::launch::async, OfficeLoad::runWriter, path, i, std::cref(clock),
                                     std::cref(stop), std::ref(errors)));
    for (int i = 0; i < readerCount; ++i)
        readers.push_back(std::async(std::launch::async, OfficeLoad::runReader, path, i, std::cref(clock),
                                     std::cref(stop), std::ref(errors)));
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    int writes = 0;
    std::size_t people = 0;
    for (auto &w : writers) {
        const OfficeLoad::WriterLog log = w.get();
        writes += log.writes;
        people += log.staff.size();
    }
    int reads = 0;
    qint64 worstNs = 0;
    for (auto &r : readers) {
        const OfficeLoad::ReaderLog log = r.get();
        reads += log.reads;
        worstNs = std::max(worstNs, log.worstNs);
    }
    const double run = elapsed.nsecsElapsed() / 1e9;
    out << "writes (each one transaction with its audit row): " << writes << " (" << qRound(writes / run) << "/s)\n"
        << "reads: " << reads << " (" << qRound(reads / run) << "/s), worst " << QString::number(worstNs / 1e6, 'f', 1)
        << " ms\n";

    QString error;
    const QStringList stored =
        OfficeLoad::column(db.connection(), u"SELECT code FROM staff WHERE code LIKE 'L%'"_s, &error);
    const QStringList problems = errors.all();
    out << "people added: " << people << ", stored: " << stored.size() << "; errors: " << problems.size() << "\n";
    for (const QString &p : problems.mid(0, 20))
        out << "  " << p << "\n";
    out.flush();
    return problems.isEmpty() && error.isEmpty() && std::size_t(stored.size()) == people ? 0 : 1;
}
