#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace ed {

/// A day off by law or decision: Tết, a national holiday or a swapped day. Kept as data because
/// lunar holidays and swaps change every year.
struct PublicHoliday
{
    QDate date;
    QString name;

    friend bool operator==(const PublicHoliday&, const PublicHoliday&) = default;
};

/// Monday to Friday, minus the public holidays.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    explicit WorkingCalendar(const QList<PublicHoliday>& holidays);

    [[nodiscard]] bool isWorkingDay(QDate date) const;
    /// The `n`th working day after `from` (`from` itself never counts): received on Friday
    /// 05/02/2021, with Tết from 10/02 to 16/02, the 3rd working day is 17/02. n ≤ 0 gives
    /// `from`.
    [[nodiscard]] QDate addWorkingDays(QDate from, int n) const;
    /// Working days after `from` up to and including `to`; negative when `to` is earlier:
    /// the days left before a deadline (0 on the day itself).
    [[nodiscard]] int workingDaysBetween(QDate from, QDate to) const;

private:
    QSet<QDate> m_holidays;
};

} // namespace ed
