// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/disciplinedecision.h"
#include "domain/evaluation.h"
#include "domain/orgunit.h"
#include "domain/periodscore.h"
#include "domain/reviewdecision.h"
#include "domain/staffmember.h"

#include <QDateTime>
#include <QString>

#include <vector>

/**
 * The content of a closed-year archive (docs/archive.md): plain values, no Boost here (the Boost
 * serialize functions and BOOST_CLASS_VERSION of every class are in recordarchive.cpp).
 *
 * Rule for a new field: add it to the class here, bump that class's BOOST_CLASS_VERSION in
 * recordarchive.cpp and serialize the field only `if (version >= N)` (N = the new version), leaving it at
 * its default when reading an older file. Never remove or reorder a field that was written.
 */
struct ArchiveMeta
{
    QString programVersion;       ///< CongVu version that wrote the archive
    QDateTime createdAt;          ///< UTC
    QString source;               ///< the source database file name (or office), "" = unknown
    QString unitCode;             ///< the unit asked for; "" = every unit
    std::vector<int> years;       ///< the archived years, ascending
    std::vector<int> closedYears; ///< those that were closed in the source when exported

    friend bool operator==(const ArchiveMeta &, const ArchiveMeta &) = default;
};

/** The written parts of one person's evaluation form of a year (phiếu đánh giá). */
struct ArchiveForm
{
    QString staffCode;
    int year = 0;
    EvaluationForm form;

    friend bool operator==(const ArchiveForm &, const ArchiveForm &) = default;
};

/** An office setting that changes results (review thresholds, the cap rate, ND 90 transition choices). */
struct ArchiveSetting
{
    QString key;
    QString value;

    friend bool operator==(const ArchiveSetting &, const ArchiveSetting &) = default;
};

/** Everything an archive holds: self-contained, so that an empty database can take it. */
struct ArchiveSnapshot
{
    ArchiveMeta meta;
    std::vector<OrgUnit> units;                    ///< with ancestors, predecessors and successors
    std::vector<StaffMember> staff;                ///< every field of STAFF-CSV.md "Staff"
    std::vector<Evaluation> evaluations;           ///< the years, and the year before the first (the rules read it)
    std::vector<ArchiveForm> forms;
    std::vector<EvaluationPeriod> periods;         ///< ND 335/2025 monthly and quarterly scores
    std::vector<DisciplineDecision> discipline;    ///< taking effect up to 31/12 of the last year
    std::vector<ReviewDecision> reviewDecisions;
    std::vector<ReviewMeeting> reviewMeetings;
    std::vector<YearClosure> closures;
    std::vector<ExcellentCapException> capExceptions;
    std::vector<ArchiveSetting> settings;

    friend bool operator==(const ArchiveSnapshot &, const ArchiveSnapshot &) = default;
};
