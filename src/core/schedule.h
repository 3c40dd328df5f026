#pragma once

#include "core/meeting.h"
#include "core/task.h"

#include <QDate>

namespace ed {

/// Where a meeting or task stands against its deadline on a given day.
enum class ScheduleState {
    NoDate,   ///< on request, or an election offset without an election day
    Upcoming, ///< not done; the last allowed day is further away than the warning window
    DueSoon,  ///< not done; the last allowed day is within the warning window (today included)
    Overdue,  ///< not done; the last allowed day has passed
    OnTime,   ///< done (a meeting held on or before its last allowed day)
    Late,     ///< a meeting held after its last allowed day
    Cancelled,
};

/// The meeting's state on `today`. Pure: the caller passes the date (a Clock in the app).
[[nodiscard]] ScheduleState
meetingState(const Meeting& meeting, QDate electionDay, QDate today, int soonDays);

/// The task's state on `today`; a task has no completion date yet, so done is OnTime.
[[nodiscard]] ScheduleState
taskState(const StandingTask& task, QDate electionDay, QDate today, int soonDays);

/// True for the states that ask for attention (overdue, late, due soon).
[[nodiscard]] constexpr bool needsAttention(ScheduleState state)
{
    return state == ScheduleState::Overdue || state == ScheduleState::Late
           || state == ScheduleState::DueSoon;
}

} // namespace ed
