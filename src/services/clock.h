// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

/**
 * The time as services see it. Nothing below src/app reads the clock itself: the composition
 * root gives services a SystemClock, tests a fixed one.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] QDate today() const { return now().date(); }
};

/** A clock that stands still (tests, reproducible runs). */
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) { }
    [[nodiscard]] QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};
