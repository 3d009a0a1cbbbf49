// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

/** A problem with one field of a record: the field's key (STAFF-CSV.md) and a translated reason. */
struct FieldError
{
    QString field;
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = std::vector<FieldError>;
