#pragma once

#include "core/deadline.h"
#include "core/meeting.h"
#include "core/meetingchecks.h"
#include "core/result.h"
#include "core/schedule.h"
#include "core/task.h"
#include "services/texttable.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace ed::services {

class Workspace;

/// A meeting as the lists and exports show it, measured against the clock's today.
struct MeetingListing
{
    Meeting meeting;
    QString planSymbol;
    /// The date the plan names ("before 04/06" names the 4th); a window's or week's first day.
    std::optional<QDate> deadlineDate;
    std::optional<QDate> lastAllowed;
    ScheduleState state = ScheduleState::NoDate;
    std::optional<qint64> daysLeft; ///< last allowed day − today
    QList<CalendarConflict> conflicts;
};

/// A standing task as the lists and exports show it.
struct TaskListing
{
    StandingTask task;
    QString planSymbol;
    QStringList agencies; ///< names, in the task's order
    std::optional<QDate> deadlineDate;
    std::optional<QDate> lastAllowed;
    ScheduleState state = ScheduleState::NoDate;
    std::optional<qint64> daysLeft;
};

/// The meetings and tasks of every plan, in plan order, for the lists, the CLI and the exports.
class ScheduleListing
{
public:
    ScheduleListing(Workspace& workspace, int soonDays)
        : m_workspace(workspace), m_soonDays(soonDays)
    {}

    [[nodiscard]] Result<QList<MeetingListing>> meetings() const;
    [[nodiscard]] Result<QList<TaskListing>> tasks() const;

    /// The columns plan_number, meeting_number, title, deadline_kind, deadline_date,
    /// last_allowed_date, status, overdue, days_left: dates ISO 8601, overdue 0/1.
    [[nodiscard]] static TextTable meetingTable(const QList<MeetingListing>& meetings);
    /// The columns plan_number, section, content, agencies, deadline_kind, deadline_date,
    /// last_allowed_date, status, overdue, days_left.
    [[nodiscard]] static TextTable taskTable(const QList<TaskListing>& tasks);

    /// The exported word of a deadline kind: on, no_later_than, before, window,
    /// week_of_month, on_request, offset.
    [[nodiscard]] static QString deadlineKindWord(DeadlineKind kind);

private:
    Workspace& m_workspace;
    int m_soonDays;
};

} // namespace ed::services
