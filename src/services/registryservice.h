// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fielderror.h"
#include "domain/orgunit.h"
#include "domain/staffmember.h"
#include "domain/staffquery.h"
#include "domain/unitdirectory.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>
#include <vector>

class Clock;
class Database;

/** Outcome of a save or delete: field errors for the form, or a storage error. */
struct SaveResult
{
    FieldErrors fieldErrors;
    QString error; ///< translated; empty on success
    /** Someone else saved the record since it was read (error says who, when, what): nothing was written; reload it. */
    bool conflict = false;
    bool denied = false; ///< refused by the user's role (AccessControl), not by the data

    [[nodiscard]] bool ok() const { return fieldErrors.empty() && error.isEmpty(); }
    /** The error, else every field error's message joined with "; " (what a page's banner shows). */
    [[nodiscard]] QString text() const;
    /** The field errors by field, messages of one field joined with "; " (what a form shows at its fields). */
    [[nodiscard]] QVariantMap fieldErrorMap() const;
};

/** Head count of people in service on a date, by the unit they belong to then and category. */
struct Headcount
{
    QString unitCode; ///< resolved through successors
    QString category;
    int count = 0;
};

/**
 * The staff registry's use cases: read, add, correct and delete people and units, each write
 * validated and run in one transaction with its audit row (who, when, before/after).
 */
class RegistryService
{
    Q_DECLARE_TR_FUNCTIONS(RegistryService)

public:
    RegistryService(Database &db, const Clock &clock);

    /** The name written in the audit trail (OS user in the app, "cli:<user>" on the command line). */
    void setActor(const QString &actor) { m_actor = actor; }
    [[nodiscard]] const QString &actor() const { return m_actor; }

    [[nodiscard]] UnitDirectory units() const;
    [[nodiscard]] std::optional<StaffMember> findStaff(const QString &code) const;
    [[nodiscard]] std::vector<StaffMember> staffPage(const StaffQuery &query,
                                                     const std::optional<StaffPageKey> &after, int limit) const;
    [[nodiscard]] int staffCount(const StaffQuery &query) const;
    [[nodiscard]] std::vector<StaffMember> allStaff() const;
    /** May the session export the personal data of unitCode ("" everyone it may read)? (AccessControl) */
    [[nodiscard]] SaveResult mayExport(const QString &unitCode = {}) const;
    [[nodiscard]] std::vector<Headcount> headcounts(const QDate &date) const;
    /** Head counts by the unit recorded on each person (no successor followed). */
    [[nodiscard]] std::vector<Headcount> headcountsByRecordedUnit(const QDate &date) const;

    /** Checks a person as the form would save them (isNew: the code must not exist yet). */
    [[nodiscard]] FieldErrors validateStaff(const StaffMember &member, bool isNew) const;
    SaveResult addStaff(const StaffMember &member);
    /**
     * Saves a correction of a person. member.rowVersion is the version the form read: when someone else
     * saved since, nothing is written and the result is a conflict whose error names who, when and the
     * fields that differ between startedFrom (what the form read; member when not given) and the stored
     * person.
     */
    SaveResult updateStaff(const StaffMember &member, const std::optional<StaffMember> &startedFrom = std::nullopt);
    SaveResult removeStaff(const QString &code);

    [[nodiscard]] FieldErrors validateUnit(const OrgUnit &unit, const UnitDirectory &directory) const;
    SaveResult saveUnit(const OrgUnit &unit);
    SaveResult removeUnit(const QString &code);

private:
    /** query limited to the units the session may read (AccessControl::readableUnits). */
    [[nodiscard]] StaffQuery readableQuery(const StaffQuery &query) const;
    SaveResult saveStaff(const StaffMember &member, bool isNew, const std::optional<StaffMember> &startedFrom = {});

    Database &m_db;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("unknown");
};
