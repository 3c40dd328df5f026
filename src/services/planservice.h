#pragma once

#include "core/agency.h"
#include "core/campaign.h"
#include "core/meeting.h"
#include "core/plan.h"
#include "core/result.h"
#include "core/schedule.h"
#include "core/task.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <optional>

namespace ed::services {

class Workspace;

/// A meeting or task that the overview lists, with where it stands today.
struct ScheduleEntry
{
    enum class Kind { Meeting, Task };
    Kind kind = Kind::Meeting;
    qint64 id = 0; ///< MeetingId or TaskId, by kind
    PlanId plan;
    QString planSymbol;
    QString title; ///< meeting label or task section
    QDate lastAllowed;
    ScheduleState state = ScheduleState::NoDate;
};

struct PlanSummary
{
    PlanId id;
    QString symbol;
    QString title;
    QDate electionDay;
    std::optional<qint64> daysToElection; ///< none without an election day
    int meetings = 0;
    int meetingsHeld = 0;
    int tasks = 0;
    int tasksDone = 0;
    QMap<MeetingStatus, int> meetingsByStatus{}; ///< only the statuses that occur
    QMap<TaskStatus, int> tasksByStatus{};       ///< only the statuses that occur
};

struct Overview
{
    QDate today;
    int windowDays = 7;
    QList<PlanSummary> plans;
    QList<ScheduleEntry> dueSoon; ///< last allowed day within the window, soonest first
    QList<ScheduleEntry> overdue; ///< oldest first
};

/// Reading the plans and what they hold: the use cases of the schedule areas.
class PlanService
{
public:
    explicit PlanService(Workspace& workspace) : m_workspace(workspace) {}

    [[nodiscard]] Result<QList<Plan>> plans() const;
    [[nodiscard]] Result<QList<Meeting>> meetings(PlanId plan) const;
    [[nodiscard]] Result<QList<StandingTask>> tasks(PlanId plan) const;
    [[nodiscard]] Result<std::optional<Inspection>> inspection(PlanId plan) const;
    [[nodiscard]] Result<QList<Agency>> agencies() const;
    [[nodiscard]] Result<QList<Campaign>> campaigns() const;

    /// What is due within `windowDays` of the clock's today, what is overdue, and per plan the
    /// counts and the days left to election day.
    [[nodiscard]] Result<Overview> overview(int windowDays) const;

private:
    Workspace& m_workspace;
};

} // namespace ed::services
