#include "services/planservice.h"

#include "core/clock.h"
#include "services/workspace.h"
#include "storage/agencyrepository.h"
#include "storage/campaignrepository.h"
#include "storage/meetingrepository.h"
#include "storage/planrepository.h"
#include "storage/taskrepository.h"

#include <algorithm>

namespace ed::services {

Result<QList<Plan>> PlanService::plans() const
{
    return storage::PlanRepository(m_workspace.database()).all();
}

Result<QList<Meeting>> PlanService::meetings(PlanId plan) const
{
    return storage::MeetingRepository(m_workspace.database()).forPlan(plan);
}

Result<QList<StandingTask>> PlanService::tasks(PlanId plan) const
{
    return storage::TaskRepository(m_workspace.database()).forPlan(plan);
}

Result<std::optional<Inspection>> PlanService::inspection(PlanId plan) const
{
    return storage::InspectionRepository(m_workspace.database()).forPlan(plan);
}

Result<QList<Agency>> PlanService::agencies() const
{
    return storage::AgencyRepository(m_workspace.database()).all();
}

Result<QList<Campaign>> PlanService::campaigns() const
{
    return storage::CampaignRepository(m_workspace.database()).all();
}

Result<Overview> PlanService::overview(int windowDays) const
{
    const auto allPlans = plans();
    if (!allPlans)
        return allPlans.error();
    Overview overview;
    overview.today = m_workspace.clock().today();
    overview.windowDays = windowDays;
    auto collect = [&](ScheduleEntry entry) {
        if (entry.state == ScheduleState::Overdue)
            overview.overdue << entry;
        else if (entry.state == ScheduleState::DueSoon)
            overview.dueSoon << entry;
    };
    for (const Plan& plan : allPlans.value()) {
        PlanSummary summary{plan.id, plan.symbol, plan.title, plan.electionDay, {}, 0, 0, 0, 0};
        if (plan.electionDay.isValid())
            summary.daysToElection = overview.today.daysTo(plan.electionDay);
        const auto planMeetings = meetings(plan.id);
        if (!planMeetings)
            return planMeetings.error();
        for (const Meeting& m : planMeetings.value()) {
            ++summary.meetings;
            summary.meetingsHeld += m.status == MeetingStatus::Held ? 1 : 0;
            ++summary.meetingsByStatus[m.status];
            const ScheduleState state =
                    meetingState(m, plan.electionDay, overview.today, windowDays);
            collect({ScheduleEntry::Kind::Meeting, m.id.raw(), plan.id, plan.symbol, m.label,
                     m.deadline.lastAllowedDate(plan.electionDay).value_or(QDate()), state});
        }
        const auto planTasks = tasks(plan.id);
        if (!planTasks)
            return planTasks.error();
        for (const StandingTask& t : planTasks.value()) {
            ++summary.tasks;
            summary.tasksDone += t.status == TaskStatus::Done ? 1 : 0;
            ++summary.tasksByStatus[t.status];
            const ScheduleState state = taskState(t, plan.electionDay, overview.today, windowDays);
            const QDate last =
                    t.deadline ? t.deadline->lastAllowedDate(plan.electionDay).value_or(QDate())
                               : QDate();
            collect({ScheduleEntry::Kind::Task, t.id.raw(), plan.id, plan.symbol, t.section, last,
                     state});
        }
        overview.plans << summary;
    }
    const auto byDate = [](const ScheduleEntry& a, const ScheduleEntry& b) {
        return a.lastAllowed < b.lastAllowed;
    };
    std::stable_sort(overview.dueSoon.begin(), overview.dueSoon.end(), byDate);
    std::stable_sort(overview.overdue.begin(), overview.overdue.end(), byDate);
    return overview;
}

} // namespace ed::services
