// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/culture.h"
#include "domain/disciplinedecision.h"
#include "importtypes.h"
#include "registryservice.h" // SaveResult

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QPair>
#include <QSet>

#include <optional>
#include <vector>

class Clock;
class Database;

/** One row of a culture file (docs/culture-csv.md): an observation of one person and item in an inspection. */
struct CultureRecord
{
    CultureInspection inspection;   ///< unit_code, inspected_on, inspector
    CultureObservation observation; ///< staff_code, item, result, note
    bool confirmed = false;         ///< a breach already verified (violation logged as confirmed)
};
using CultureImportRow = ImportRow<CultureRecord>;

/** A violation with the names the log shows. */
struct CultureViolationRow
{
    CultureViolation violation;
    QString fullName;
    QString unitCode;
    QString unitName;
    QString itemLabel;
};

/** Compliance of one unit over a period. */
struct UnitCultureSummary
{
    QString code;
    QString name;
    int inspections = 0;
    int peopleInspected = 0;
    int checks = 0;             ///< observations with result dat or vi_pham
    int passed = 0;
    int breaches = 0;
    int peopleWithBreach = 0;
    int confirmedViolations = 0; ///< violations log, status confirmed, in the period
    std::optional<double> complianceRate; ///< passed / checks; nullopt when nothing was checked
    QMap<QString, int> breachesByItem;
};

struct PersonCultureSummary
{
    QString code;
    QString fullName;
    QString unitCode;
    int checks = 0;
    int passed = 0;
    int breaches = 0;
    QStringList breachedItems;
    std::optional<double> points; ///< ND 335 culture points (civil servants from 2026), see culturePoints()
};

struct CultureReport
{
    QDate from;
    QDate to;
    QString unitCode;
    std::vector<CultureItem> items;                 ///< the checklist used
    std::vector<UnitCultureSummary> units;          ///< every unit with an inspection in the period, by name
    std::vector<PersonCultureSummary> people;       ///< inspected people, by unit then name
    std::vector<CultureViolationRow> violations;    ///< the log for the period
    int checks = 0;
    int passed = 0;
    std::optional<double> complianceRate;
    double pointsMax = 0;                           ///< the setting used
    QString error;
};

/**
 * The public-service culture (QĐ 1847/QĐ-TTg): the checklist as editable reference data, inspections
 * with observations per person and item, the violations log, compliance rates per unit and period, a
 * discipline draft from a confirmed violation, and the culture part of ND 335's 30 general-criteria points.
 */
class CultureService
{
    Q_DECLARE_TR_FUNCTIONS(CultureService)

public:
    CultureService(Database &db, const Clock &clock);
    void setActor(const QString &actor) { m_actor = actor; }

    [[nodiscard]] std::vector<CultureItem> checklist(bool activeOnly = true) const;
    /** Adds or edits an item (origin becomes edited/added); audited. Items are retired (active false), never deleted. */
    SaveResult saveItem(const CultureItem &item);

    [[nodiscard]] std::vector<CultureInspection> inspections(int year, const QString &unitCode = {}) const;
    [[nodiscard]] std::optional<CultureInspection> findInspection(qint64 id) const;
    [[nodiscard]] std::vector<CultureObservation> observations(qint64 inspectionId) const;
    /**
     * Saves an inspection and replaces its observations in one transaction (audited). Each breach
     * (vi_pham) gets a violations-log entry (status reported) unless one exists for that inspection,
     * person and item; *id receives the inspection's id.
     */
    SaveResult saveInspection(const CultureInspection &inspection, const std::vector<CultureObservation> &observations,
                              qint64 *id = nullptr);
    SaveResult removeInspection(qint64 id);

    /** The log for year (0 = all) in unitCode or below ("" = all), newest first. */
    [[nodiscard]] std::vector<CultureViolationRow> violations(int year, const QString &unitCode = {}) const;
    /** The log dated in [from, to] in unitCode or below ("" = all), newest first. */
    [[nodiscard]] std::vector<CultureViolationRow> violationsBetween(const QDate &from, const QDate &to,
                                                                     const QString &unitCode = {}) const;
    SaveResult saveViolation(const CultureViolation &violation, qint64 *id = nullptr);
    SaveResult setViolationStatus(qint64 id, const QString &status);
    /**
     * A discipline case started from a confirmed violation: staff, violation date, detection date and the
     * facts (item, basis, description) filled in, form khien_trach (the reprimand level, LEGAL-RULES §3.3).
     * nullopt when the violation does not exist or is not confirmed.
     */
    [[nodiscard]] std::optional<DisciplineDecision> disciplineDraft(qint64 violationId) const;
    /** Records that the discipline decision disciplineId was started from the violation. */
    SaveResult linkDiscipline(qint64 violationId, qint64 disciplineId);

    /** Compliance over [from, to] in unitCode or below ("" = all). */
    [[nodiscard]] CultureReport report(QDate from, QDate to, const QString &unitCode = {}) const;

    /**
     * ND 335 (civil servants cc, cc_xa, from 2026): the culture part of the 30 general-criteria points,
     * pointsMax() × passed / checks of the person's observations in the year. nullopt for other people
     * and years, or when nothing was checked. The split of the 30 points is UNSURE in law: a setting.
     */
    [[nodiscard]] std::optional<double> culturePoints(const QString &staffCode, int year) const;
    [[nodiscard]] double pointsMax() const;
    SaveResult setPointsMax(double points);
    static constexpr const char *PointsMaxKey = "culture.nd335_points";
    static constexpr double DefaultPointsMax = 5.0;

    /** Imports observations (docs/culture-csv.md): inspections matched by unit, date and inspector. */
    ImportReport importRecords(const std::vector<CultureImportRow> &rows, std::vector<ImportIssue> parseIssues,
                               const ImportOptions &options, const ProgressCallback &progress = {});

    /** passed / checks rounded to 4 decimals (as every output shows it); nullopt when nothing was checked. */
    [[nodiscard]] static std::optional<double> complianceRate(int passed, int checks);
    /**
     * ND 335 culture points of a person of category in year: pointsMax × passed / checks, one decimal;
     * nullopt unless a civil servant (cc, cc_xa) from 2026 with at least one check.
     */
    [[nodiscard]] static std::optional<double> pointsFor(const QString &category, int year, int passed, int checks,
                                                         double pointsMax);
    /** The item code a file cell names: a code, or a wording (Vietnamese or English) compared without case,
     *  diacritics or punctuation. */
    [[nodiscard]] static std::optional<QString> matchItem(const QString &text, const std::vector<CultureItem> &items);
    /** The recorded unit codes that belong to unitCode or below on date: its subtree, and the units merged
     *  into the unit standing for it then (successors followed, as in the qualification report). */
    [[nodiscard]] QSet<QString> unitScope(const QString &unitCode, const QDate &date) const;

private:
    /** What writeInspection did. */
    struct WriteOutcome
    {
        bool changed = false;
        QString error;
    };
    /**
     * Writes one inspection and its observations and logs breaches (inside the caller's transaction),
     * auditing what changed. confirmed: (staff, item) of breaches to log as confirmed.
     */
    WriteOutcome writeInspection(const CultureInspection &inspection, const std::vector<CultureObservation> &observations,
                                 const QSet<QPair<QString, QString>> &confirmed, qint64 *id);
    FieldErrors validateInspection(const CultureInspection &inspection,
                                   const std::vector<CultureObservation> &observations) const;
    static QString inspectionJson(const CultureInspection &inspection, const std::vector<CultureObservation> &observations);
    static QString violationJson(const CultureViolation &violation);
    static QString itemJson(const CultureItem &item);

    Database &m_db;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("unknown");
};
