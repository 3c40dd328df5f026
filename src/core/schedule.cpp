#include "core/schedule.h"

namespace ed {

namespace {

ScheduleState openState(const std::optional<QDate>& last, QDate today, int soonDays)
{
    if (!last)
        return ScheduleState::NoDate;
    const qint64 daysLeft = today.daysTo(*last);
    if (daysLeft < 0)
        return ScheduleState::Overdue;
    return daysLeft <= soonDays ? ScheduleState::DueSoon : ScheduleState::Upcoming;
}

} // namespace

ScheduleState meetingState(const Meeting& meeting, QDate electionDay, QDate today, int soonDays)
{
    const std::optional<QDate> last = meeting.deadline.lastAllowedDate(electionDay);
    switch (meeting.status) {
    case MeetingStatus::Cancelled: return ScheduleState::Cancelled;
    case MeetingStatus::Held:
        if (last && meeting.heldOn.isValid() && meeting.heldOn > *last)
            return ScheduleState::Late;
        return ScheduleState::OnTime;
    case MeetingStatus::Planned:
    case MeetingStatus::MaterialsSubmitted:
    case MeetingStatus::Postponed: break;
    }
    return openState(last, today, soonDays);
}

ScheduleState taskState(const StandingTask& task, QDate electionDay, QDate today, int soonDays)
{
    switch (task.status) {
    case TaskStatus::Done: return ScheduleState::OnTime;
    case TaskStatus::Cancelled: return ScheduleState::Cancelled;
    case TaskStatus::Open:
    case TaskStatus::InProgress: break;
    }
    const auto last =
            task.deadline ? task.deadline->lastAllowedDate(electionDay) : std::optional<QDate>();
    return openState(last, today, soonDays);
}

} // namespace ed
