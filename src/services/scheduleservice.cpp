#include "services/scheduleservice.h"

#include "core/clock.h"
#include "services/workspace.h"
#include "storage/agencyrepository.h"
#include "storage/meetingrepository.h"
#include "storage/planrepository.h"
#include "storage/taskrepository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ed::services {

Status ScheduleService::refuseIfInvalid(QList<FieldProblem> problems, const char* operation)
{
    m_problems = std::move(problems);
    if (m_problems.isEmpty())
        return success();
    return Error{ErrorCode::InvalidInput,
                 u"%1: %2 problem(s), first in %3"_s.arg(QString::fromLatin1(operation))
                         .arg(m_problems.size())
                         .arg(m_problems.first().field)};
}

Result<MeetingId> ScheduleService::addMeeting(const Meeting& meeting)
{
    if (auto s = refuseIfInvalid(checkMeeting(meeting, m_workspace.clock().today()), "add meeting");
        !s)
        return s.error();
    return storage::MeetingRepository(m_workspace.database()).add(meeting);
}

Result<RowStamp> ScheduleService::updateMeeting(const Meeting& meeting)
{
    if (auto s = refuseIfInvalid(checkMeeting(meeting, m_workspace.clock().today()),
                                 "update meeting");
        !s)
        return s.error();
    Meeting change = meeting;
    change.stamp.changedBy = m_workspace.userName();
    change.stamp.changedAt = m_workspace.clock().now();
    return storage::MeetingRepository(m_workspace.database()).update(change);
}

Result<RowStamp> ScheduleService::meetingStamp(MeetingId id) const
{
    return storage::MeetingRepository(m_workspace.database()).stamp(id);
}

Status ScheduleService::removeMeeting(MeetingId id)
{
    return storage::MeetingRepository(m_workspace.database()).remove(id);
}

Result<int> ScheduleService::meetingPosition(MeetingId id) const
{
    return storage::MeetingRepository(m_workspace.database()).positionOf(id);
}

Result<MeetingId> ScheduleService::restoreMeeting(const Meeting& meeting, int position)
{
    // No date check here: the meeting was valid when it was stored, and today may have moved.
    m_problems.clear();
    return storage::MeetingRepository(m_workspace.database()).restore(meeting, position);
}

Result<Meeting> ScheduleService::meeting(MeetingId id) const
{
    storage::MeetingRepository repository(m_workspace.database());
    // A plan holds a handful of meetings, so reading the plan's list is cheap and keeps one
    // reading path.
    for (const auto plans = storage::PlanRepository(m_workspace.database()).all();
         const Plan& plan : plans ? plans.value() : QList<Plan>()) {
        const auto meetings = repository.forPlan(plan.id);
        if (!meetings)
            return meetings.error();
        for (const Meeting& m : meetings.value()) {
            if (m.id == id)
                return m;
        }
    }
    return Error{ErrorCode::NotFound, u"meeting %1"_s.arg(id.raw())};
}

Result<TaskId> ScheduleService::addTask(const StandingTask& task)
{
    if (auto s = refuseIfInvalid(checkTask(task), "add task"); !s)
        return s.error();
    return storage::TaskRepository(m_workspace.database()).add(task);
}

Status ScheduleService::updateTask(const StandingTask& task)
{
    if (auto s = refuseIfInvalid(checkTask(task), "update task"); !s)
        return s;
    return storage::TaskRepository(m_workspace.database()).update(task);
}

Status ScheduleService::removeTask(TaskId id)
{
    return storage::TaskRepository(m_workspace.database()).remove(id);
}

Result<int> ScheduleService::taskPosition(TaskId id) const
{
    return storage::TaskRepository(m_workspace.database()).positionOf(id);
}

Result<TaskId> ScheduleService::restoreTask(const StandingTask& task, int position)
{
    m_problems.clear();
    return storage::TaskRepository(m_workspace.database()).restore(task, position);
}

Result<StandingTask> ScheduleService::task(TaskId id) const
{
    storage::TaskRepository repository(m_workspace.database());
    for (const auto plans = storage::PlanRepository(m_workspace.database()).all();
         const Plan& plan : plans ? plans.value() : QList<Plan>()) {
        const auto tasks = repository.forPlan(plan.id);
        if (!tasks)
            return tasks.error();
        for (const StandingTask& t : tasks.value()) {
            if (t.id == id)
                return t;
        }
    }
    return Error{ErrorCode::NotFound, u"task %1"_s.arg(id.raw())};
}

Result<AgencyId> ScheduleService::addAgency(const Agency& agency)
{
    if (auto s = refuseIfInvalid(checkAgency(agency), "add agency"); !s)
        return s.error();
    return storage::AgencyRepository(m_workspace.database()).add(agency);
}

Status ScheduleService::updateAgency(const Agency& agency)
{
    if (auto s = refuseIfInvalid(checkAgency(agency), "update agency"); !s)
        return s;
    if (auto s = checkParentChain(agency); !s)
        return s;
    return storage::AgencyRepository(m_workspace.database()).update(agency);
}

Status ScheduleService::checkParentChain(const Agency& agency)
{
    if (!agency.parent.isValid())
        return success();
    storage::AgencyRepository repository(m_workspace.database());
    QSet<qint64> seen{agency.id.raw()};
    for (AgencyId at = agency.parent; at.isValid();) {
        if (seen.contains(at.raw())) {
            m_problems = {FieldProblem{u"parent"_s, Problem::OwnParent}};
            return Error{ErrorCode::InvalidInput, u"agency parent cycle"_s};
        }
        seen.insert(at.raw());
        const auto parent = repository.find(at);
        if (!parent)
            return parent.error();
        if (!parent.value())
            return Error{ErrorCode::NotFound, u"agency %1"_s.arg(at.raw())};
        at = parent.value()->parent;
    }
    return success();
}

Status ScheduleService::removeAgency(AgencyId id)
{
    return storage::AgencyRepository(m_workspace.database()).remove(id);
}

Result<AgencyReferences> ScheduleService::agencyReferences(AgencyId id) const
{
    return storage::AgencyRepository(m_workspace.database()).references(id);
}

Status ScheduleService::setElectionCalendar(PlanId plan, QDate electionDay, ElectionRegime regime)
{
    // A null day clears it (a plan may not know its election day yet).
    if (!electionDay.isNull() && !isValidElectionDay(electionDay)) {
        m_problems = {FieldProblem{u"electionDay"_s, electionDay.isValid() ? Problem::NotSunday
                                                                           : Problem::InvalidDate}};
        return Error{ErrorCode::InvalidInput, u"election day is not a Sunday"_s};
    }
    m_problems.clear();
    return storage::PlanRepository(m_workspace.database())
            .setElectionCalendar(plan, electionDay, regime);
}

} // namespace ed::services
