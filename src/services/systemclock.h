// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

/** The real clock; created only by the front ends (composition roots). */
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTime(); }
};
