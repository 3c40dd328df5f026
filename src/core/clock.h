#pragma once

#include <QDate>
#include <QDateTime>

namespace ed {

/// Where "today" comes from. Rules never call QDate::currentDate(): they take the date, and
/// services ask a Clock, so tests and the CLI's --today can fix it.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDate today() const = 0;
    [[nodiscard]] virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDate today() const override { return QDate::currentDate(); }
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTime(); }
};

/// A clock fixed at one day (the CLI's --today, and tests).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate day) : m_day(day) {}
    [[nodiscard]] QDate today() const override { return m_day; }
    [[nodiscard]] QDateTime now() const override { return m_day.startOfDay().addSecs(9 * 3600); }
    void setToday(QDate day) { m_day = day; }

private:
    QDate m_day;
};

} // namespace ed
