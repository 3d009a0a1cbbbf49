// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "disciplineservice.h" // DisciplineListRow
#include "domain/reviewdecision.h"
#include "domain/reviewrules.h"
#include "registryservice.h"   // SaveResult

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

class Clock;
class Database;

/** One person of a unit's review: the rules' verdict, the facts it rests on and the council's decisions. */
struct ReviewPersonRow
{
    PersonReview review;                 ///< eligibility for LĐTT and CSTĐCS with reasons (ReviewRules)
    QString fullName;
    QString category;
    QString position;
    QString unitCode;                    ///< the person's evaluated unit on 31/12 of the year (successors followed)
    QString finalLevel;                  ///< as recorded, even when not rated ("" = not decided)
    bool initiative = false;
    QDate startDate;
    std::vector<ReviewDecision> decisions; ///< the council's decisions on this person this year
};

/** One unit's review for the year: what its council sees. */
struct ReviewUnitResult
{
    QString unitCode;
    QString unitName;
    UnitReview review;                    ///< counts, the members' condition of Tập thể LĐTT, the cap
    std::vector<ReviewPersonRow> people;  ///< by name (Vietnamese collation), then code
    std::vector<ReviewDecision> unitDecisions; ///< collective awards (staff code "")
    std::optional<ReviewMeeting> meeting;
    /** Discipline decisions taking effect in the year in this unit, for the council to note. */
    std::vector<DisciplineListRow> discipline;
};

/** The year-end review of a year, for every unit or one unit and its sub-units. */
struct ReviewResult
{
    int year = 0;
    QString unitCode;                     ///< the unit asked for ("" = all)
    ReviewSettings settings;
    std::optional<YearClosure> closure;   ///< set when the year is closed
    std::vector<ReviewUnitResult> units;  ///< units with at least one evaluated person, by unit code
    QString error;                        ///< storage error (translated)
};

/**
 * The year-end emulation and discipline review (bình xét thi đua, khen thưởng; LEGAL-RULES.md §6;
 * RECORDS-CSV.md "review"): gathers each person's facts (final level and initiative from the
 * evaluations, start date from the registry, discipline from DisciplineService), applies ReviewRules per
 * unit, keeps the council's meetings and decisions, and closes or reopens a year. Every write is one
 * audited transaction and is refused when the year is closed.
 */
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)

public:
    ReviewService(Database &db, const Clock &clock);
    void setActor(const QString &actor) { m_actor = actor; }

    /** The review of year for unitCode and its sub-units ("" = all units). */
    [[nodiscard]] ReviewResult review(int year, const QString &unitCode = {}) const;

    /** Settings "review.collective_threshold" (per mille, default 500) and "review.cstdcs_cap" (per mille, absent = no cap). */
    [[nodiscard]] ReviewSettings settings() const;
    /** Stores the settings (threshold 1–1000, cap 1–1000 or none). Audited. */
    SaveResult setSettings(const ReviewSettings &settings);

    [[nodiscard]] std::vector<ReviewDecision> decisions(int year, const QString &unitCode = {}) const;
    /**
     * Records a council decision (inserted when id is 0 and no decision has its key, else updated):
     * award known, person in the registry (or "" for a collective award), votes not negative and, when
     * the meeting is recorded, not more than the members present. Approving an award the rules refuse
     * (ReviewRules) needs a reason in note. Refused when the year is closed. Audited. *id receives the id.
     */
    SaveResult recordDecision(const ReviewDecision &decision, qint64 *id = nullptr);
    SaveResult removeDecision(qint64 id);

    [[nodiscard]] std::optional<ReviewMeeting> meeting(int year, const QString &unitCode) const;
    /** Stores the council's meeting (present ≤ total). Refused when the year is closed. Audited. */
    SaveResult saveMeeting(const ReviewMeeting &meeting);

    [[nodiscard]] bool isClosed(int year) const;
    [[nodiscard]] std::optional<YearClosure> closure(int year) const;
    [[nodiscard]] std::vector<YearClosure> closures() const;
    /** Closes a year: its evaluations, discipline decisions and review decisions are locked. Audited. */
    SaveResult closeYear(int year, const QString &note = {});
    /** Reopens a closed year; the reason is required and audited. */
    SaveResult reopenYear(int year, const QString &reason);

    /** The setting keys. */
    [[nodiscard]] static QString thresholdKey();
    [[nodiscard]] static QString capKey();
    /**
     * The refusal of a write into a closed year ("" when open): the one message evaluation, discipline
     * and review services give, so a user learns the same thing wherever they meet the lock.
     */
    [[nodiscard]] static QString closedYearError(int year);

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("unknown");
};
