#include "core/workingdays.h"

namespace ed {

WorkingCalendar::WorkingCalendar(const QList<PublicHoliday>& holidays)
{
    for (const PublicHoliday& h : holidays)
        m_holidays.insert(h.date);
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    return date.isValid() && date.dayOfWeek() <= 5 && !m_holidays.contains(date);
}

QDate WorkingCalendar::addWorkingDays(QDate from, int n) const
{
    QDate day = from;
    while (n > 0 && day.isValid()) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --n;
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const int sign = from <= to ? 1 : -1;
    const QDate first = sign > 0 ? from : to;
    const QDate last = sign > 0 ? to : from;
    int days = 0;
    for (QDate d = first.addDays(1); d <= last; d = d.addDays(1))
        days += isWorkingDay(d) ? 1 : 0;
    return sign * days;
}

} // namespace ed
