// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the commune-level qualification rate at province size: the demo database of N staff
// (default 100,000; `congvu demo --staff N`), then report(asOf) on dates before and after the
// 01/08/2023 standards and the 01/07/2025 merge, trend(), and the JSON, CSV and PDF outputs.
// Usage: bench_qualification [N] [DATABASE]   (an existing DATABASE is reused as it is)
// Prints figures; asserts nothing about time (timing goals are not unit tests).

#include "exchange/qualificationexport.h"
#include "exchange/qualificationpdf.h"
#include "services/clock.h"
#include "services/demoservice.h"
#include "services/qualificationservice.h"
#include "services/registryservice.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

template<typename F>
qint64 timed(const QString &label, F &&work)
{
    QElapsedTimer t;
    t.start();
    work();
    const qint64 ms = t.elapsed();
    out << label.leftJustified(56, u'.') << u' ' << ms << " ms\n";
    out.flush();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF needs fonts
    const int staff = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"bench.sqlite"_s);
    const bool reuse = QFileInfo::exists(path);
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0)));
    out << "CongVu qualification benchmark, " << (reuse ? u"existing database "_s + path
                                                        : u"%1 staff, database in %2"_s.arg(staff).arg(path))
        << "\n";

    Database db(u"bench"_s);
    if (db.open(path) != Database::Status::Ok) {
        fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    QString error;
    if (!reuse)
        timed(u"demo --staff N (generate + write)"_s, [&] { DemoService(db, clock).fill(staff, 1, &error); });
    QualificationService service(db, clock);

    const QDate dates[] = {QDate(2022, 12, 31), QDate(2023, 8, 1), QDate(2025, 6, 30), QDate(2025, 7, 1),
                           clock.today()};
    QualificationReport report;
    for (const QDate &d : dates) {
        for (int run = 1; run <= 2; ++run) {
            timed(u"report(%1)%2"_s.arg(d.toString(Qt::ISODate), run == 2 ? u" again"_s : QString()),
                  [&] { report = service.report(d); });
        }
        out << "  " << report.units.size() << " units, " << report.people.size() << " people in scope, "
            << report.staff << " counted, " << report.qualified << " qualified, rate "
            << QualificationExport::roundedRate(report.rate) << "\n";
    }
    const QualificationReport last = report;
    std::vector<QualificationPoint> points;
    timed(u"trend() (31/12 of each year + today)"_s, [&] { points = service.trend(); });
    out << "  " << points.size() << " points, " << points.front().date.toString(Qt::ISODate) << " .. "
        << points.back().date.toString(Qt::ISODate) << "\n";
    if (!last.units.empty()) {
        const QString unit = last.units.front().code;
        timed(u"report(today, --unit %1)"_s.arg(unit), [&] { report = service.report(clock.today(), unit); });
        out << "  " << report.people.size() << " people\n";
    }

    QByteArray bytes;
    timed(u"JSON of report(today)"_s, [&] { bytes = QualificationExport::toJson(last); });
    out << "  " << bytes.size() / 1024 << " KiB\n";
    timed(u"CSV of report(today)"_s, [&] { bytes = QualificationExport::toCsv(last); });
    out << "  " << bytes.size() / 1024 << " KiB\n";
    const UnitDirectory units = RegistryService(db, clock).units();
    // A province after 2025 has about 100 communes: the same report cut to its first 100 units.
    QualificationReport province = last;
    if (province.units.size() > 100) {
        province.units.resize(100);
        QSet<QString> kept;
        for (const auto &u : province.units)
            kept.insert(u.code);
        std::erase_if(province.people, [&](const PersonQualification &p) { return !kept.contains(p.unitCode); });
    }
    timed(u"PDF of report(today), %1 units, %2 people"_s.arg(province.units.size()).arg(province.people.size()),
          [&] { bytes = QualificationPdf::render(province, units, {clock.today(), {}, {}}); });
    out << "  " << bytes.size() / 1024 << " KiB\n";
    timed(u"PDF of report(today), all %1 units"_s.arg(last.units.size()),
          [&] { bytes = QualificationPdf::render(last, units, {clock.today(), {}, {}}); });
    out << "  " << bytes.size() / 1024 << " KiB\n";
    return 0;
}
