// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * The version a record was read at (column row_version; issue 8 item 3, concurrent editing): storage
 * raises it by one on every update, and an update that states the version it started from changes
 * nothing when someone saved in between. 0 = not read from the database (a new record, or one built
 * from an import file: written without the check, still raising the version).
 *
 * It is bookkeeping of storage, not part of the record's value: two reads of the same data at
 * different versions compare equal, so "nothing changed" checks keep working across saves.
 */
struct RowVersion
{
    int value = 0;

    [[nodiscard]] bool isKnown() const { return value > 0; }
    friend constexpr bool operator==(RowVersion, RowVersion) { return true; }
};
