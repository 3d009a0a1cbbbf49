// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/orgunit.h"
#include "domain/staffmember.h"
#include "storage/auditrepository.h"

#include <QSqlDatabase>

#include <optional>

class Clock;

/** Writes the audit rows of a service's change, inside the service's transaction. */
class AuditWriter
{
public:
    AuditWriter(QSqlDatabase db, const Clock &clock, QString actor);

    bool staffChanged(const QString &action, const std::optional<StaffMember> &before,
                      const std::optional<StaffMember> &after, QString *error);
    bool unitChanged(const QString &action, const std::optional<OrgUnit> &before,
                     const std::optional<OrgUnit> &after, QString *error);
    /** A row for a bulk action (demo data, import summary) with a JSON description. */
    bool note(const QString &action, const QString &entity, const QString &key, const QString &afterJson,
              QString *error);

private:
    AuditRepository m_repository;
    const Clock &m_clock;
    QString m_actor;
};
