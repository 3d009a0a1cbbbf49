// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fielderror.h"
#include "domain/titlestandard.h"
#include "registryservice.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

class Clock;
class Database;

/**
 * Editing the title standards (Settings) and the province's difficult-area rule. History is never
 * rewritten: a change with an effective date after the start of a standard closes that standard
 * on the date and opens a copy with the change, so every computation still uses the set in force
 * on its own date. Each write is validated and runs in one transaction with its audit rows.
 */
class StandardsService
{
    Q_DECLARE_TR_FUNCTIONS(StandardsService)

public:
    /** The setting of the difficult-area rule: "0" = off; absent or "1" = on (ND 33/2023 Art 10). */
    static constexpr const char *DifficultAreaRuleKey = "qualification.difficult_area_rule";

    StandardsService(Database &db, const Clock &clock);

    /** The name written in the audit trail (OS user in the app, "cli:<user>" on the command line). */
    void setActor(const QString &actor) { m_actor = actor; }
    [[nodiscard]] const QString &actor() const { return m_actor; }
    /** Today by the service's clock (the date the Settings page shows standards for). */
    [[nodiscard]] QDate today() const;

    /** Every stored standard with its requirements, by position then start. */
    [[nodiscard]] std::vector<TitleStandard> standards() const;
    [[nodiscard]] std::optional<TitleStandard> standard(qint64 id) const;

    /** Checks one requirement: a known key; a level of the key's code table; keywords for a field. */
    [[nodiscard]] static FieldErrors validateRequirement(const StandardRequirement &requirement);
    /** True when a change from effective closes standard and opens a new period; false: in place. */
    [[nodiscard]] static bool splitsPeriod(const TitleStandard &standard, const QDate &effective);

    /**
     * Replaces requirement index of the standard standardId from effective on. After the standard's
     * start, the stored standard ends on effective and a copy (origin "user") holds the change until
     * the old end; on or before its start, the standard is changed in place. Unchanged: nothing written.
     */
    SaveResult changeRequirement(qint64 standardId, int index, const StandardRequirement &changed,
                                 const QDate &effective);

    /** The province setting: the lower professional level applies in difficult areas (on by default). */
    [[nodiscard]] bool difficultAreaRule() const;
    SaveResult setDifficultAreaRule(bool on);

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_actor = QStringLiteral("unknown");
};
