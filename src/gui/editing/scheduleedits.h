#pragma once

#include "core/agency.h"
#include "core/legalcalendar.h"
#include "core/meeting.h"
#include "core/result.h"
#include "core/task.h"

#include <QDate>

namespace ed::gui {

class EditContext;

// The undoable edits of the schedule areas. Each runs the service call now and, when it
// succeeds, puts a command on the window's undo stack; a failure returns the service's error
// (and ScheduleService::problems() tells which fields) with nothing pushed. A deleted record
// comes back under its old id, so later commands on the stack still find it.

/// Adds the meeting; returns its new id.
Result<MeetingId> addMeeting(EditContext& context, const Meeting& meeting);
Status editMeeting(EditContext& context, const Meeting& before, const Meeting& after);
Status deleteMeeting(EditContext& context, const Meeting& meeting);

Result<TaskId> addTask(EditContext& context, const StandingTask& task);
Status editTask(EditContext& context, const StandingTask& before, const StandingTask& after);
Status deleteTask(EditContext& context, const StandingTask& task);

Result<AgencyId> addAgency(EditContext& context, const Agency& agency);
Status editAgency(EditContext& context, const Agency& before, const Agency& after);
/// Refused with ErrorCode::InUse while anything refers to the agency.
Status deleteAgency(EditContext& context, const Agency& agency);

struct ElectionCalendar
{
    QDate electionDay;
    ElectionRegime regime = ElectionRegime::Law2015;
};
Status setElectionCalendar(EditContext& context,
                           PlanId plan,
                           const ElectionCalendar& before,
                           const ElectionCalendar& after);

} // namespace ed::gui
