// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the registry at province size: demo database of N staff (default 100,000),
// export and atomic import of the whole staff file, search, and scrolling the list page by page.
// Prints figures; asserts nothing about time (timing goals are not unit tests).

#include "exchange/recordreaders.h"
#include "exchange/staffexport.h"
#include "models/stafflistmodel.h"
#include "services/clock.h"
#include "services/demoservice.h"
#include "services/importservice.h"
#include "services/registryservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

template<typename F>
qint64 timed(const char *label, F &&work)
{
    QElapsedTimer t;
    t.start();
    work();
    const qint64 ms = t.elapsed();
    out << QString::fromLatin1(label).leftJustified(52, u'.') << u' ' << ms << " ms\n";
    out.flush();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int staff = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0)));
    out << "CongVu registry benchmark, " << staff << " staff, database in " << dir.path() << "\n";

    Database db(u"bench"_s);
    if (db.open(dir.filePath(u"bench.sqlite"_s)) != Database::Status::Ok) {
        fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    QString error;
    timed("demo --staff N (generate + write)", [&] { DemoService(db, clock).fill(staff, 1, &error); });
    RegistryService registry(db, clock);

    QByteArray csv;
    timed("export staff (csv)", [&] { csv = StaffExport::toCsv(registry.allStaff()); });
    out << "  csv size: " << csv.size() / 1024 << " KiB\n";

    // Import into a second database that has the same units: every row is new.
    Database target(u"bench-target"_s);
    target.open(dir.filePath(u"target.sqlite"_s));
    {
        ImportService units(target, clock);
        std::vector<UnitImportRow> rows;
        int line = 1;
        const UnitDirectory directory = registry.units();
        for (const auto &u : directory.units())
            rows.push_back({++line, u, {u"code"_s, u"name"_s, u"kind"_s, u"parent_code"_s, u"valid_from"_s,
                                        u"valid_to"_s, u"difficult_area"_s, u"successor_code"_s}});
        units.importUnits(rows, {}, {});
    }
    RecordReaders::Result<StaffImportRow> parsed;
    timed("import staff: read + parse CSV", [&] { parsed = RecordReaders::readStaff(csv); });
    ImportReport report;
    timed("import staff: validate + write (all new, 1 transaction)", [&] {
        report = ImportService(target, clock).importStaff(parsed.rows, parsed.issues, {});
    });
    out << "  inserted " << report.inserted << ", issues " << report.issues.size() << "\n";
    timed("import staff again (idempotent, all unchanged)", [&] {
        report = ImportService(target, clock).importStaff(parsed.rows, parsed.issues, {});
    });
    out << "  unchanged " << report.unchanged << "\n";

    const QStringList searches{u"nguyen"_s, u"nguyen van"_s, u"thi huong"_s, u"PB-00"_s, u"zzzz"_s};
    for (const QString &s : searches) {
        StaffQuery q;
        q.search = s;
        int count = 0;
        std::vector<StaffMember> first;
        const QByteArray label = "search \"" + s.toUtf8() + "\": count + first page";
        timed(label.constData(), [&] {
            count = registry.staffCount(q);
            first = registry.staffPage(q, std::nullopt, StaffListModel::PageSize);
        });
        out << "  " << count << " matches\n";
    }

    StaffListModel model(registry);
    timed("list: first page (reload)", [&] { model.reload(); });
    int pages = 0;
    const qint64 scroll = timed("list: scroll to the end (fetchMore page by page)", [&] {
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++pages;
        }
    });
    out << "  " << model.rowCount() << " rows in " << pages + 1 << " pages, "
        << (pages ? double(scroll) / pages : 0.0) << " ms per page\n";
    return 0;
}
