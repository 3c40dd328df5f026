#include "core/deadline.h"

namespace ed {

namespace {

/// Weeks of a month are counted as runs of seven days from the 1st; the last week is the last
/// seven days of the month. So a "last week of February 2021" runs 22–28/02, and a week never
/// spills into the next month (docs/rules.md states this rule).
std::optional<std::pair<QDate, QDate>> weekOfMonth(int year, int month, int week)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return std::nullopt;
    const QDate last = first.addDays(first.daysInMonth() - 1);
    if (week == Deadline::kLastWeek)
        return std::pair{last.addDays(-6), last};
    if (week < 1 || week > 5)
        return std::nullopt;
    const QDate start = first.addDays(qint64{7} * (week - 1));
    if (start > last)
        return std::nullopt;
    return std::pair{start, std::min(start.addDays(6), last)};
}

} // namespace

bool Deadline::isComplete() const
{
    switch (kind) {
    case DeadlineKind::OnDate:
    case DeadlineKind::NoLaterThan:
    case DeadlineKind::StrictlyBefore: return date.isValid();
    case DeadlineKind::Window: return date.isValid() && endDate.isValid() && date <= endDate;
    case DeadlineKind::WeekOfMonth: return weekOfMonth(year, month, week).has_value();
    case DeadlineKind::OnRequest: return true;
    case DeadlineKind::ElectionOffset: return true;
    }
    return false;
}

std::optional<QDate> Deadline::lastAllowedDate(QDate electionDay) const
{
    if (!isComplete())
        return std::nullopt;
    switch (kind) {
    case DeadlineKind::OnDate:
    case DeadlineKind::NoLaterThan: return date;
    case DeadlineKind::StrictlyBefore: return date.addDays(-1);
    case DeadlineKind::Window: return endDate;
    case DeadlineKind::WeekOfMonth: return weekOfMonth(year, month, week)->second;
    case DeadlineKind::OnRequest: return std::nullopt;
    case DeadlineKind::ElectionOffset:
        if (!electionDay.isValid())
            return std::nullopt;
        return electionDay.addDays(offsetDays);
    }
    return std::nullopt;
}

std::optional<QDate> Deadline::firstAllowedDate(QDate electionDay) const
{
    if (!isComplete())
        return std::nullopt;
    switch (kind) {
    case DeadlineKind::Window: return date;
    case DeadlineKind::WeekOfMonth: return weekOfMonth(year, month, week)->first;
    default: return lastAllowedDate(electionDay);
    }
}

} // namespace ed
