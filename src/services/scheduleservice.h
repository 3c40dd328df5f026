#pragma once

#include "core/agency.h"
#include "core/legalcalendar.h"
#include "core/meeting.h"
#include "core/result.h"
#include "core/task.h"
#include "core/validation.h"

#include <QDate>
#include <QList>

namespace ed::services {

class Workspace;

/// The edits of the schedule areas: meetings, standing tasks, agencies and a plan's election
/// calendar. Every write is checked with core/validation.h first and refused whole
/// (ErrorCode::InvalidInput) when anything is wrong; `problems()` tells what.
class ScheduleService
{
public:
    explicit ScheduleService(Workspace& workspace) : m_workspace(workspace) {}

    [[nodiscard]] Result<MeetingId> addMeeting(const Meeting& meeting);
    /// Stores the meeting's new fields. Refused with Stale when someone else has changed it
    /// since `meeting.stamp` was read (meetingStamp() tells who and when); returns the new stamp.
    [[nodiscard]] Result<RowStamp> updateMeeting(const Meeting& meeting);
    [[nodiscard]] Result<RowStamp> meetingStamp(MeetingId id) const;
    [[nodiscard]] Status removeMeeting(MeetingId id);
    /// The meeting's place in its plan, so that an undone delete puts it back there.
    [[nodiscard]] Result<int> meetingPosition(MeetingId id) const;
    /// Puts a deleted meeting back with its id (the undo of a delete).
    [[nodiscard]] Result<MeetingId> restoreMeeting(const Meeting& meeting, int position);
    [[nodiscard]] Result<Meeting> meeting(MeetingId id) const;

    [[nodiscard]] Result<TaskId> addTask(const StandingTask& task);
    [[nodiscard]] Status updateTask(const StandingTask& task);
    [[nodiscard]] Status removeTask(TaskId id);
    [[nodiscard]] Result<int> taskPosition(TaskId id) const;
    [[nodiscard]] Result<TaskId> restoreTask(const StandingTask& task, int position);
    [[nodiscard]] Result<StandingTask> task(TaskId id) const;

    /// Adds the agency; one with a valid id takes that id back (the undo of a delete).
    [[nodiscard]] Result<AgencyId> addAgency(const Agency& agency);
    /// Refused when the new parent would put the agency under itself, directly or not.
    [[nodiscard]] Status updateAgency(const Agency& agency);
    /// Refused with ErrorCode::InUse while anything refers to it; agencyReferences() says what.
    [[nodiscard]] Status removeAgency(AgencyId id);
    [[nodiscard]] Result<AgencyReferences> agencyReferences(AgencyId id) const;

    /// Election day must be a Sunday; a null date clears it.
    [[nodiscard]] Status setElectionCalendar(PlanId plan, QDate electionDay, ElectionRegime regime);

    /// The problems the last refused write had (empty after a write that passed the checks).
    [[nodiscard]] const QList<FieldProblem>& problems() const { return m_problems; }

private:
    [[nodiscard]] Status refuseIfInvalid(QList<FieldProblem> problems, const char* operation);
    [[nodiscard]] Status checkParentChain(const Agency& agency);

    Workspace& m_workspace;
    QList<FieldProblem> m_problems;
};

} // namespace ed::services
