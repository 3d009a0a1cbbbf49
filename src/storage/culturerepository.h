// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/culture.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

/** An observation with the inspection it belongs to (what the report reads). */
struct CultureObservationRow
{
    CultureObservation observation;
    QString unitCode; ///< the unit inspected, as recorded
    QDate date;       ///< the inspection's date
};

/**
 * The public-service culture tables (culture_item, culture_inspection, culture_observation,
 * culture_violation). Writes run in the caller's transaction; ids come from the database.
 */
class CultureRepository
{
public:
    explicit CultureRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /** The checklist by ordinal then code (activeOnly: retired items left out). */
    [[nodiscard]] std::vector<CultureItem> items(bool activeOnly = false, QString *error = nullptr) const;
    [[nodiscard]] std::optional<CultureItem> findItem(const QString &code, QString *error = nullptr) const;
    /** Inserts or rewrites the item with this code. */
    bool upsertItem(const CultureItem &item, QString *error = nullptr);

    /** Inspections dated in [from, to] (an invalid bound is open), by date then id. */
    [[nodiscard]] std::vector<CultureInspection> inspections(const QDate &from, const QDate &to,
                                                             QString *error = nullptr) const;
    [[nodiscard]] std::optional<CultureInspection> findInspection(qint64 id, QString *error = nullptr) const;
    /** The inspection of a unit on a date by an inspector (the file's key), if stored. */
    [[nodiscard]] std::optional<CultureInspection> findInspection(const QString &unitCode, const QDate &date,
                                                                  const QString &inspector,
                                                                  QString *error = nullptr) const;
    /** Inserts (id 0: returns the new id) or updates (by id: returns the id); 0 on failure. */
    qint64 writeInspection(const CultureInspection &inspection, QString *error = nullptr);
    bool removeInspection(qint64 id, QString *error = nullptr);

    [[nodiscard]] std::vector<CultureObservation> observations(qint64 inspectionId, QString *error = nullptr) const;
    /** Observations of the inspections dated in [from, to] (of one person when staffCode is given), with
     *  their inspection's unit and date. */
    [[nodiscard]] std::vector<CultureObservationRow> observationsBetween(const QDate &from, const QDate &to,
                                                                         const QString &staffCode = {},
                                                                         QString *error = nullptr) const;
    /** Replaces the inspection's observations by these (their inspectionId is ignored). */
    bool replaceObservations(qint64 inspectionId, const std::vector<CultureObservation> &observations,
                             QString *error = nullptr);

    /** The log dated in [from, to] (invalid bound: open), newest first. */
    [[nodiscard]] std::vector<CultureViolation> violations(const QDate &from, const QDate &to,
                                                           QString *error = nullptr) const;
    [[nodiscard]] std::optional<CultureViolation> findViolation(qint64 id, QString *error = nullptr) const;
    /** The entry an inspection logged for a person and item, if any. */
    [[nodiscard]] std::optional<CultureViolation> findViolation(qint64 inspectionId, const QString &staffCode,
                                                                const QString &itemCode,
                                                                QString *error = nullptr) const;
    /** Inserts (id 0: returns the new id) or updates (by id: returns the id); 0 on failure. */
    qint64 writeViolation(const CultureViolation &violation, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};
