// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/disciplinedecision.h"
#include "domain/disciplinerules.h"
#include "domain/fielderror.h"
#include "importtypes.h"
#include "registryservice.h" // SaveResult

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <optional>
#include <vector>

class Clock;
class Database;

using DisciplineImportRow = ImportRow<DisciplineDecision>;

/** What entering a decision would meet: the refusal, field errors and the warnings (entry form, import). */
struct DisciplineCheck
{
    FieldErrors fieldErrors;          ///< keys of RECORDS-CSV.md: staff_code, form, decision_no, decision_date, …
    QList<DisciplineWarning> warnings;
    QStringList allowedForms;         ///< for the person on the effective date, lightest first (empty: no rule set)
    QString ruleSet;                  ///< citation of the instrument applied, e.g. "Điều 7 Nghị định 172/2025/NĐ-CP"

    [[nodiscard]] bool ok() const { return fieldErrors.empty(); }
};

/** One decision with what it does (report, timeline, lists). */
struct DisciplineEffect
{
    DisciplineDecision decision;
    std::optional<QDate> barsUntil;   ///< first day the bars lift; nullopt when the form ends the service
    int salaryStepDelayMonths = 0;    ///< 6 after khiển trách / cảnh cáo
    QString basis;                    ///< citation of the bar period
    bool inForceOnAsOf = false;       ///< in force on the date asked for
};

/** A person's discipline standing on a date: the one place evaluation, training and review ask. */
struct DisciplineStatus
{
    QString staffCode;
    QDate date;
    std::vector<DisciplineEffect> running;  ///< decisions in force on date (heaviest first)
    std::optional<QDate> barsUntil;         ///< the latest bar end among them (promotion, appointment, planning, training)
    bool serviceEnded = false;              ///< buộc thôi việc / bãi nhiệm in force
    bool disciplinedInYear = false;         ///< a decision takes effect in date's year: rating forced to KHTNV, titles blocked

    [[nodiscard]] bool barred() const { return serviceEnded || (barsUntil && date < *barsUntil); }
};

/** One step of a person's discipline timeline (Person page). */
struct DisciplineTimelineEntry
{
    enum class Kind { Violation, Decision, Effective, SalaryStepDelayEnds, BarsLift };
    Kind kind = Kind::Decision;
    QDate date;
    qint64 decisionId = 0;
    QString form;
    QString text;     ///< translated, e.g. "Reprimand takes effect (QĐ 12/QĐ-UBND)"
};

/** One row of the Discipline page's list. */
struct DisciplineListRow
{
    DisciplineEffect effect;
    QString fullName;
    QString unitCode;   ///< the person's unit on the effective date, successors followed to 31/12 of the year
    QString unitName;
    QString category;
};

/** Per unit and year (RECORDS-CSV.md "report discipline"). */
struct UnitDisciplineSummary
{
    QString code;
    QString name;
    int staff = 0;                    ///< people in service in the unit at some time in the year
    QMap<QString, int> counts;        ///< decisions taking effect in the year, by form (every form present, 0 included)
    int decisions = 0;
    bool noneReprimandOrAbove = true; ///< nobody received khiển trách or heavier in the year (the reform target)
};

struct PersonDisciplineEntry
{
    QString code;
    QString fullName;
    QString unitCode;
    QString category;
    std::vector<DisciplineEffect> decisions;        ///< taking effect in the year
    std::vector<DisciplineEffect> runningFromEarlier; ///< earlier decisions still in force during the year
};

struct DisciplineReport
{
    int year = 0;
    QString unitCode;                             ///< the unit asked for ("" = all)
    std::vector<UnitDisciplineSummary> units;     ///< every unit valid on 31/12 of the year (under unitCode), by name
    std::vector<PersonDisciplineEntry> people;    ///< by unit, then name
    /** People with no decision in the year but an earlier one still in force during it (decisions empty). */
    std::vector<PersonDisciplineEntry> runningOnly;
    int decisions = 0;
    int unitsMissed = 0;                          ///< units with noneReprimandOrAbove false
    QString error;                                ///< storage error (translated)
};

/**
 * Discipline decisions (quyết định kỷ luật): entry checks against the rule set in force
 * (DisciplineRules), storage with audit, effects on any date, the per-unit indicator and the yearly
 * report. Evaluation, training and review ask status() / disciplinedInYear() here and nowhere else.
 */
class DisciplineService
{
    Q_DECLARE_TR_FUNCTIONS(DisciplineService)

public:
    DisciplineService(Database &db, const Clock &clock);
    void setActor(const QString &actor) { m_actor = actor; }

    /** Checks a decision as the entry form would save it (staff exists, form allowed, dates, warnings). */
    [[nodiscard]] DisciplineCheck check(const DisciplineDecision &decision) const;
    /** Inserts (id 0; *id receives the new id) or updates; refused when check() has field errors. Audited. */
    SaveResult save(const DisciplineDecision &decision, qint64 *id = nullptr);
    SaveResult remove(qint64 id);

    [[nodiscard]] std::optional<DisciplineDecision> find(qint64 id) const;
    /** A person's decisions, by effective date. */
    [[nodiscard]] std::vector<DisciplineDecision> forPerson(const QString &staffCode) const;
    /** Decisions taking effect in year (0 = every year), in unitCode or below ("" = all), newest first. */
    [[nodiscard]] std::vector<DisciplineListRow> list(int year, const QString &unitCode = {}) const;

    [[nodiscard]] DisciplineStatus status(const QString &staffCode, QDate date) const;
    /**
     * Everyone's standing on date in one query (the batch of status(), e.g. the training proposal):
     * only people with a decision taking effect up to 31/12 of date's year have an entry; anyone else's
     * status is the empty one (not barred).
     */
    [[nodiscard]] QHash<QString, DisciplineStatus> statuses(QDate date) const;
    /** A decision of the person takes effect in year (ND 48/2023 Art 1; ND 335/2025: rating KHTNV). */
    [[nodiscard]] bool disciplinedInYear(const QString &staffCode, int year) const;
    /** Everyone disciplined in year (one query; evaluation and review use it set-based). */
    [[nodiscard]] QStringList disciplinedStaff(int year) const;
    [[nodiscard]] std::vector<DisciplineTimelineEntry> timeline(const QString &staffCode) const;

    [[nodiscard]] DisciplineReport report(int year, const QString &unitCode = {}) const;

    /** Imports decisions (matched by staff_code + decision_no: the same file twice changes nothing). */
    ImportReport importDecisions(const std::vector<DisciplineImportRow> &rows, std::vector<ImportIssue> parseIssues,
                                 const ImportOptions &options, const ProgressCallback &progress = {});

    /** What a decision does (bars, salary-step delay, basis), seen on asOf (invalid: not in force). */
    [[nodiscard]] static DisciplineEffect effectOf(const DisciplineDecision &decision, QDate asOf = {});

private:
    /** check() with the person already read; earlier = the person's other decisions (for the warnings). */
    [[nodiscard]] DisciplineCheck checkFor(const DisciplineDecision &decision, const std::optional<StaffMember> &staff,
                                           const std::vector<DisciplineDecision> &earlier) const;

    Database &m_db;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("unknown");
};
