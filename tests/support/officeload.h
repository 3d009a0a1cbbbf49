// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The office under load (issue 8, item 8), shared by tests/unit/officeload (bounded, checked) and
// tests/bench/bench_officeload (a longer run, throughput): officers writing and reading at once, each
// thread on a Database connection of its own to the same database (a SQLite file or a PostgreSQL URL).

#include "registrysamples.h"
#include "services/clock.h"
#include "services/evaluationservice.h"
#include "services/qualificationservice.h"
#include "services/registryservice.h"
#include "storage/database.h"
#include "storage/staffrepository.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>
#include <map>

namespace OfficeLoad {

using namespace Qt::StringLiterals;


inline const QDateTime kNow(QDate(2026, 11, 27), QTime(9, 0));
inline const QDate kAsOf(2026, 6, 30);
inline constexpr int kEvaluationYear = 2025;

inline QAtomicInt g_connection;

/** A connection name no other thread uses (QSqlDatabase connections belong to one thread). */
inline QString uniqueConnection(const QString &role)
{
    return u"officeload-%1-%2"_s.arg(role).arg(g_connection.fetchAndAddRelaxed(1));
}

/** A commune civil servant of the sample ward WN (inside the qualification rate's scope). */
inline StaffMember communeOfficer(const QString &code, const QString &fullName)
{
    StaffMember m = Samples::person(code, fullName, u"WN"_s, u"cc_xa"_s, u"tu_phap_ho_tich"_s);
    m.startDate = QDate(2020, 1, 1);
    return m;
}

/** Vietnamese names, varied enough for the name order and the search to do real work. */
inline QString nameFor(int writer, int n)
{
    static const QStringList family = {u"Nguyễn"_s, u"Trần"_s, u"Lê"_s, u"Phạm"_s, u"Hoàng"_s, u"Vũ"_s};
    static const QStringList middle = {u"Văn"_s, u"Thị"_s, u"Minh"_s, u"Đức"_s};
    static const QStringList given = {u"An"_s, u"Bình"_s, u"Chi"_s, u"Dũng"_s, u"Hà"_s, u"Lan"_s, u"Sơn"_s};
    return family.at((writer + n) % family.size()) + u' ' + middle.at(n % middle.size()) + u' '
        + given.at((n * 7 + writer) % given.size());
}

/** Errors gathered from worker threads (Qt Test's macros work on the test's thread only). */
class ErrorLog
{
public:
    void add(const QString &who, const QString &what)
    {
        const QMutexLocker lock(&m_mutex);
        m_errors << who + u": "_s + what;
    }
    [[nodiscard]] QStringList all() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_errors;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_errors;
};

/** One value per row of a query on db (first column), or an error in *error. */
inline QStringList column(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    QStringList out;
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

/** Rows (key → count) of a query that selects a key and a count. */
inline std::map<QString, int> counts(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    std::map<QString, int> out;
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out[q.value(0).toString()] = q.value(1).toInt();
    return out;
}

/** What one writer was told succeeded. */
struct WriterLog
{
    std::map<QString, QString> staff;   ///< code → full name last saved
    std::map<QString, int> staffChanges; ///< code → saves that changed the person (insert + updates)
    std::map<QString, int> evaluationChanges; ///< "code/year" → saves that changed the evaluation
    int writes = 0;
    int removed = 0; ///< people added by mistake and removed (codes T…)
};

/**
 * One officer entering people and their evaluations, as the Staff and Evaluations pages do: adds a
 * person (code prefix + number), saves their evaluation, and now and then corrects an earlier person
 * and their evaluation's note. Runs until stop; every refusal or storage error goes to errors.
 */
inline WriterLog runWriter(const QString &path, int writer, const Clock &clock, const std::atomic<bool> &stop,
                    ErrorLog &errors)
{
    WriterLog log;
    const QString who = u"writer %1"_s.arg(writer);
    Database db(uniqueConnection(u"writer"_s));
    if (db.open(path) != Database::Status::Ok) {
        errors.add(who, db.errorString());
        return log;
    }
    RegistryService registry(db, clock);
    registry.setActor(u"load-writer-%1"_s.arg(writer));
    EvaluationService evaluations(db, clock);
    evaluations.setActor(registry.actor());
    for (int n = 1; !stop.load(); ++n) {
        const QString code = u"L%1-%2"_s.arg(writer).arg(n, 5, 10, QLatin1Char('0'));
        const StaffMember person = communeOfficer(code, nameFor(writer, n));
        if (const SaveResult r = registry.addStaff(person); !r.ok()) {
            errors.add(who, u"add %1: %2"_s.arg(code, r.text()));
            continue;
        }
        log.staff[code] = person.fullName;
        ++log.staffChanges[code];
        ++log.writes;

        Evaluation e;
        e.staffCode = code;
        e.year = kEvaluationYear;
        e.taskGroup = u"tu_phap_ho_tich"_s;
        e.selfLevel = u"tot"_s;
        e.note = u"first entry"_s;
        if (const SaveResult r = evaluations.save(e); !r.ok()) {
            errors.add(who, u"evaluation of %1: %2"_s.arg(code, r.text()));
        } else {
            ++log.evaluationChanges[code + u'/' + QString::number(kEvaluationYear)];
            ++log.writes;
        }

        if (n % 4 == 0) {
            // An entry made by mistake, deleted at once: a transaction that reads (the person's
            // evaluations) before it writes, which SQLite fails at once if it did not take the lock first.
            const QString mistake = u"T%1-%2"_s.arg(writer).arg(n, 5, 10, QLatin1Char('0'));
            SaveResult r = registry.addStaff(communeOfficer(mistake, nameFor(writer, n + 1)));
            if (r.ok()) {
                ++log.writes;
                r = registry.removeStaff(mistake);
                if (r.ok()) {
                    ++log.writes;
                    ++log.removed;
                }
            }
            if (!r.ok())
                errors.add(who, u"add and remove %1: %2"_s.arg(mistake, r.text()));
        }

        if (n % 3 != 0)
            continue;
        // A correction of a person entered earlier: read as the form does, then saved.
        const QString earlier = u"L%1-%2"_s.arg(writer).arg(n / 3, 5, 10, QLatin1Char('0'));
        std::optional<StaffMember> stored = registry.findStaff(earlier);
        if (!stored) {
            errors.add(who, u"%1 was saved but cannot be found"_s.arg(earlier));
            continue;
        }
        stored->fullName = nameFor(writer + 1, n) + u" (sửa %1)"_s.arg(n);
        if (const SaveResult r = registry.updateStaff(*stored); !r.ok()) {
            errors.add(who, u"update %1: %2"_s.arg(earlier, r.text()));
        } else {
            log.staff[earlier] = stored->fullName;
            ++log.staffChanges[earlier];
            ++log.writes;
        }
        std::optional<Evaluation> evaluation = evaluations.find(earlier, kEvaluationYear);
        if (!evaluation) {
            errors.add(who, u"the evaluation of %1 was saved but cannot be found"_s.arg(earlier));
            continue;
        }
        evaluation->note = u"corrected at step %1"_s.arg(n);
        if (const SaveResult r = evaluations.save(*evaluation); !r.ok()) {
            errors.add(who, u"evaluation of %1: %2"_s.arg(earlier, r.text()));
        } else {
            ++log.evaluationChanges[earlier + u'/' + QString::number(kEvaluationYear)];
            ++log.writes;
        }
    }
    return log;
}

/** What one reader did. */
struct ReaderLog
{
    int reads = 0;
    qint64 worstNs = 0;
};

/**
 * One officer or council member reading: the staff list and its search, the qualification report,
 * the evaluation report, and a check that a person and their audit row are seen together. Runs until
 * stop; every error and every inconsistency goes to errors.
 */
inline ReaderLog runReader(const QString &path, int reader, const Clock &clock, const std::atomic<bool> &stop,
                    ErrorLog &errors)
{
    ReaderLog log;
    const QString who = u"reader %1"_s.arg(reader);
    Database db(uniqueConnection(u"reader"_s));
    if (db.open(path) != Database::Status::Ok) {
        errors.add(who, db.errorString());
        return log;
    }
    const StaffRepository staff(db.connection());
    const QualificationService qualification(db, clock);
    const EvaluationService evaluations(db, clock);
    int lastCount = 0;
    // One statement is one snapshot on both engines: the people added under load and their insert rows.
    const QString together =
        u"SELECT (SELECT COUNT(*) FROM staff WHERE code LIKE 'L%'), "
        "(SELECT COUNT(*) FROM audit_log WHERE entity = 'staff' AND action = 'insert' AND entity_key LIKE 'L%')"_s;
    for (int step = reader; !stop.load(); ++step) {
        QString error;
        QElapsedTimer timer;
        timer.start();
        switch (step % 5) {
        case 0: {
            StaffQuery query;
            query.search = u"nguyen"_s;
            const auto page = staff.page(query, std::nullopt, 50, &error);
            if (error.isEmpty() && !page.empty())
                (void)staff.page(query, staffPageKeyOf(page.back()), 50, &error);
            break;
        }
        case 1:
            (void)staff.count({}, &error);
            break;
        case 2:
            error = qualification.report(kAsOf).error;
            break;
        case 3:
            error = evaluations.report(kEvaluationYear).error;
            break;
        default: {
            QSqlQuery q(db.connection());
            if (!q.exec(together) || !q.next())
                error = q.lastError().text();
            else if (q.value(0).toInt() != q.value(1).toInt())
                error = u"half-written: %1 people added but %2 insert rows in the audit trail"_s.arg(
                    q.value(0).toString(), q.value(1).toString());
            else if (q.value(0).toInt() < lastCount) // writers only add people L…
                error = u"the people added went down from %1 to %2"_s.arg(lastCount).arg(q.value(0).toInt());
            else
                lastCount = q.value(0).toInt();
            break;
        }
        }
        log.worstNs = std::max(log.worstNs, timer.nsecsElapsed());
        ++log.reads;
        if (!error.isEmpty())
            errors.add(who, u"read %1: %2"_s.arg(step % 5).arg(error));
    }
    return log;
}

} // namespace OfficeLoad
