// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/auditservice.h"

#include <QByteArray>
#include <QString>

/** The audit trail as files (`congvu audit`, the Audit trail page's export). Pure; thread-safe. */
namespace AuditExport {
/** CSV: id, at (UTC, ISO 8601), actor, action, entity, entity_key, before_json, after_json. */
QByteArray toCsv(const std::vector<AuditEntry> &entries);
/** JSON: {"total", "entries": [{id, at, actor, action, entity, entity_key, before, after}]}, snapshots as objects. */
QByteArray toJson(const AuditPage &page);
/** A readable table: when (local time), who, action, what, key. */
QString toText(const AuditPage &page);
} // namespace AuditExport
