// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitvalidator.h"

#include "codetable.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

/** True when following link from start comes back to start. */
template<typename Next>
bool hasCycle(const QString &start, const UnitDirectory &directory, Next next)
{
    QSet<QString> seen{start};
    const OrgUnit *u = directory.find(start);
    while (u) {
        const QString n = next(*u);
        if (n.isEmpty())
            return false;
        if (seen.contains(n))
            return true;
        seen.insert(n);
        u = directory.find(n);
    }
    return false;
}

} // namespace

FieldErrors UnitValidator::validate(const OrgUnit &u, const UnitDirectory &directory)
{
    FieldErrors errors;
    if (u.code.trimmed().isEmpty())
        errors.push_back({u"code"_s, tr("the unit code is required")});
    if (u.name.trimmed().isEmpty())
        errors.push_back({u"name"_s, tr("the unit name is required")});
    if (u.kind.isEmpty())
        errors.push_back({u"kind"_s, tr("the unit kind is required")});
    else if (!CodeTables::unitKind().contains(u.kind))
        errors.push_back({u"kind"_s, tr("unknown unit kind \"%1\"; expected one of: %2")
                                         .arg(u.kind, CodeTables::unitKind().codes().join(u", "_s))});
    if (!u.parentCode.isEmpty()) {
        if (u.parentCode == u.code)
            errors.push_back({u"parent_code"_s, tr("a unit cannot be its own parent")});
        else if (!directory.find(u.parentCode))
            errors.push_back({u"parent_code"_s, tr("unknown parent unit \"%1\"").arg(u.parentCode)});
        else if (hasCycle(u.code, directory, [](const OrgUnit &x) { return x.parentCode; }))
            errors.push_back({u"parent_code"_s, tr("the parent \"%1\" makes a cycle in the unit tree").arg(u.parentCode)});
    }
    if (u.validFrom.isValid() && u.validTo.isValid() && u.validTo <= u.validFrom)
        errors.push_back({u"valid_to"_s, tr("valid_to must be after valid_from")});
    if (!u.successorCode.isEmpty()) {
        if (u.successorCode == u.code)
            errors.push_back({u"successor_code"_s, tr("a unit cannot be its own successor")});
        else if (!directory.find(u.successorCode))
            errors.push_back({u"successor_code"_s, tr("unknown successor unit \"%1\"").arg(u.successorCode)});
        else if (hasCycle(u.code, directory, [](const OrgUnit &x) { return x.successorCode; }))
            errors.push_back({u"successor_code"_s, tr("the successor \"%1\" makes a cycle of merges").arg(u.successorCode)});
    }
    return errors;
}
