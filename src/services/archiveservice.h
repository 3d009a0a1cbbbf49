// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/archiverecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

class Clock;
class Database;

/** The record kinds of an archive, in the order they are written (dependency order). */
namespace ArchiveKinds {
inline constexpr auto Units = "units";
inline constexpr auto Staff = "staff";
inline constexpr auto Evaluations = "evaluations";
inline constexpr auto Forms = "evaluation_forms";
inline constexpr auto Periods = "period_scores";
inline constexpr auto Discipline = "discipline";
inline constexpr auto ReviewDecisions = "review_decisions";
inline constexpr auto ReviewMeetings = "review_meetings";
inline constexpr auto CapExceptions = "cap_exceptions";
inline constexpr auto Settings = "settings";
inline constexpr auto Closures = "closures";
/** Every kind, in order. */
QStringList all();
/** A translated name, e.g. "evaluations". */
QString label(const QString &kind);
} // namespace ArchiveKinds

/** What an archive holds, read and checked, without touching the database. */
struct ArchiveInspection
{
    QString error;                                   ///< why the file was refused ("" = read)
    int format = 0;
    QString sha256;
    ArchiveMeta meta;
    std::vector<std::pair<QString, int>> counts;     ///< per kind (ArchiveKinds order)
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/** Two different values for one field of one record: the archive never overwrites it. */
struct ArchiveConflict
{
    QString kind;      ///< ArchiveKinds
    QString key;       ///< the record's key, e.g. "NV001/2025"
    QString field;
    QString here;      ///< the value in this database
    QString archived;  ///< the value in the archive
    int year = 0;      ///< the year the record belongs to; 0 = every year (units, staff, settings)
};

/** What the import would do with one kind of record: the keys of each outcome. */
struct ArchiveKindPlan
{
    QString kind;
    QStringList added;      ///< not in this database
    QStringList changed;    ///< the archive completes the record here without contradicting it
    QStringList unchanged;  ///< identical (or nothing the archive would add)
    QStringList conflicts;  ///< both hold different values: kept as here, listed in ArchivePlan::conflicts
};

/** The records to write for added and changed entries (ids of the rows here where they exist). */
struct ArchiveWrites
{
    std::vector<OrgUnit> units;
    std::vector<std::pair<StaffMember, bool>> staff; ///< member, exists here
    std::vector<Evaluation> evaluations;
    std::vector<ArchiveForm> forms;
    std::vector<EvaluationPeriod> periods;
    std::vector<DisciplineDecision> discipline;
    std::vector<ReviewDecision> reviewDecisions;
    std::vector<ReviewMeeting> reviewMeetings;
    std::vector<ExcellentCapException> capExceptions;
    std::vector<ArchiveSetting> settings;
    std::vector<YearClosure> closures;
};

/** The import of an archive, computed against this database before anything is written. */
struct ArchivePlan
{
    ArchiveInspection inspection;
    std::vector<ArchiveKindPlan> kinds;         ///< ArchiveKinds order
    std::vector<ArchiveConflict> conflicts;
    std::vector<int> yearsToClose;              ///< closed in the archive, open here, no conflict in them
    std::vector<int> yearsLeftOpen;             ///< closed in the archive but with a conflict here
    ArchiveWrites writes;
    QByteArray bytes;                           ///< the file, so that apply() can check the plan still holds
    QString error;                              ///< the file's refusal or a storage error ("" = ok)

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    /** Number of records apply() would write (added + changed, closures included). */
    [[nodiscard]] int writeCount() const;
    [[nodiscard]] const ArchiveKindPlan *kind(const QString &kind) const;
};

/** What apply() did. */
struct ArchiveApplyResult
{
    bool ok = false;
    int written = 0;   ///< records added or completed
    QString error;
    bool denied = false; ///< refused by the user's role (AccessControl)
};

/**
 * The closed-year archive and the commune → office exchange (docs/archive.md; CLI.md "archive"):
 * export records of years (all units or one unit and its sub-units) as a self-contained archive file,
 * inspect and verify a file, plan its import against this database (added, changed, unchanged,
 * conflicts per kind) and apply the plan in one audited transaction. The import writes through the
 * repositories (not the services' entry checks, which refuse writes into closed years), never
 * overwrites a value here with a different one, and closes the archive's closed years when they have no
 * conflict here. Importing the same archive again writes nothing.
 */
class ArchiveService
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveService)

public:
    ArchiveService(Database &db, const Clock &clock);
    void setActor(const QString &actor) { m_actor = actor; }

    /** The snapshot of years for unitCode and its sub-units ("" = every unit); error set on failure. */
    [[nodiscard]] ArchiveSnapshot snapshot(const std::vector<int> &years, const QString &unitCode,
                                           QString *error = nullptr) const;
    /** The archive file of years (RecordArchive); empty with error set on failure (unknown unit, bad year). */
    [[nodiscard]] QByteArray exportArchive(const std::vector<int> &years, const QString &unitCode,
                                           QString *error = nullptr) const;
    /** Reads and checks a file (the header, the checksum, the content) and counts its records. */
    [[nodiscard]] static ArchiveInspection inspect(const QByteArray &bytes);
    /** The counts of a snapshot per kind. */
    [[nodiscard]] static std::vector<std::pair<QString, int>> counts(const ArchiveSnapshot &snapshot);
    /** What importing bytes would do here; nothing is written. */
    [[nodiscard]] ArchivePlan plan(const QByteArray &bytes) const;            // archiveimport.cpp
    /**
     * Writes the plan's added and changed records and closes its years, in one transaction with an audit
     * note. Refused (nothing written) when the database changed since the plan so that the plan no longer
     * holds (the preview the officer accepted is what gets written).
     */
    ArchiveApplyResult apply(const ArchivePlan &plan);                        // archiveimport.cpp

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("unknown");
};
