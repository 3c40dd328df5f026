#include "gui/editing/scheduleedits.h"

#include "gui/editing/editcontext.h"
#include "services/scheduleservice.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

/// The shared shape of add and delete: a record that exists in one state of the stack and not
/// in the other. `Record` carries its id once added; a restore puts it back under that id at
/// its old place.
template <typename Record, typename Id>
struct Presence
{
    std::function<Result<Id>(const Record&)> add;
    std::function<Result<Id>(const Record&, int)> restore;
    std::function<Result<int>(Id)> position;
    std::function<Status(Id)> remove;
};

template <typename Record, typename Id>
Status putBack(const Presence<Record, Id>& ops, const Record& record, int position)
{
    const Result<Id> id = ops.restore(record, position);
    return id ? success() : Status(id.error());
}

template <typename Record, typename Id>
Status takeAway(const Presence<Record, Id>& ops, Id id, int& position)
{
    const Result<int> at = ops.position(id);
    if (!at)
        return at.error();
    position = at.value();
    return ops.remove(id);
}

template <typename Record, typename Id>
Result<Id> addRecord(EditContext& context,
                     const QString& label,
                     const Record& record,
                     const Presence<Record, Id>& ops)
{
    auto stored = std::make_shared<Record>(record);
    auto position = std::make_shared<int>(-1);
    const Status status = context.perform(
            label,
            [ops, stored, position]() -> Status {
                if (stored->id.isValid()) // a redo after an undo
                    return putBack(ops, *stored, *position);
                const Result<Id> id = ops.add(*stored);
                if (!id)
                    return id.error();
                stored->id = id.value();
                return success();
            },
            [ops, stored, position] { return takeAway(ops, stored->id, *position); });
    if (!status)
        return status.error();
    return stored->id;
}

template <typename Record, typename Id>
Status deleteRecord(EditContext& context,
                    const QString& label,
                    const Record& record,
                    const Presence<Record, Id>& ops)
{
    auto position = std::make_shared<int>(-1);
    return context.perform(
            label, [ops, record, position] { return takeAway(ops, record.id, *position); },
            [ops, record, position] { return putBack(ops, record, *position); });
}

Presence<Meeting, MeetingId> meetingOps(services::ScheduleService& s)
{
    return {[&s](const Meeting& m) { return s.addMeeting(m); },
            [&s](const Meeting& m, int at) { return s.restoreMeeting(m, at); },
            [&s](MeetingId id) { return s.meetingPosition(id); },
            [&s](MeetingId id) { return s.removeMeeting(id); }};
}

Presence<StandingTask, TaskId> taskOps(services::ScheduleService& s)
{
    return {[&s](const StandingTask& t) { return s.addTask(t); },
            [&s](const StandingTask& t, int at) { return s.restoreTask(t, at); },
            [&s](TaskId id) { return s.taskPosition(id); },
            [&s](TaskId id) { return s.removeTask(id); }};
}

Presence<Agency, AgencyId> agencyOps(services::ScheduleService& s)
{
    // Agencies have no place of their own: the directory is sorted for display.
    return {[&s](const Agency& a) {
                Agency fresh = a;
                fresh.id = AgencyId();
                return s.addAgency(fresh);
            },
            [&s](const Agency& a, int) { return s.addAgency(a); },
            [](AgencyId) { return Result<int>(0); },
            [&s](AgencyId id) { return s.removeAgency(id); }};
}

} // namespace

Result<MeetingId> addMeeting(EditContext& context, const Meeting& meeting)
{
    return addRecord(context, QCoreApplication::translate("Edits", "Add meeting"), meeting,
                     meetingOps(context.schedule()));
}

Status editMeeting(EditContext& context, const Meeting& before, const Meeting& after)
{
    services::ScheduleService& s = context.schedule();
    const auto write = [&s](Meeting meeting, qint64 version) {
        meeting.stamp.version = version;
        return s.updateMeeting(meeting);
    };
    auto [redo, undo] = context.versionedSteps(
            u"meeting %1"_s.arg(before.id.raw()), before.stamp.version,
            [write, after](qint64 version) { return write(after, version); },
            [write, before](qint64 version) { return write(before, version); });
    return context.perform(QCoreApplication::translate("Edits", "Edit meeting"), std::move(redo),
                           std::move(undo));
}

Status deleteMeeting(EditContext& context, const Meeting& meeting)
{
    return deleteRecord(context, QCoreApplication::translate("Edits", "Delete meeting"), meeting,
                        meetingOps(context.schedule()));
}

Result<TaskId> addTask(EditContext& context, const StandingTask& task)
{
    return addRecord(context, QCoreApplication::translate("Edits", "Add task"), task,
                     taskOps(context.schedule()));
}

Status editTask(EditContext& context, const StandingTask& before, const StandingTask& after)
{
    services::ScheduleService& s = context.schedule();
    return context.perform(
            QCoreApplication::translate("Edits", "Edit task"),
            [&s, after] { return s.updateTask(after); },
            [&s, before] { return s.updateTask(before); });
}

Status deleteTask(EditContext& context, const StandingTask& task)
{
    return deleteRecord(context, QCoreApplication::translate("Edits", "Delete task"), task,
                        taskOps(context.schedule()));
}

Result<AgencyId> addAgency(EditContext& context, const Agency& agency)
{
    return addRecord(context, QCoreApplication::translate("Edits", "Add agency"), agency,
                     agencyOps(context.schedule()));
}

Status editAgency(EditContext& context, const Agency& before, const Agency& after)
{
    services::ScheduleService& s = context.schedule();
    return context.perform(
            QCoreApplication::translate("Edits", "Edit agency"),
            [&s, after] { return s.updateAgency(after); },
            [&s, before] { return s.updateAgency(before); });
}

Status deleteAgency(EditContext& context, const Agency& agency)
{
    return deleteRecord(context, QCoreApplication::translate("Edits", "Delete agency"), agency,
                        agencyOps(context.schedule()));
}

Status setElectionCalendar(EditContext& context,
                           PlanId plan,
                           const ElectionCalendar& before,
                           const ElectionCalendar& after)
{
    services::ScheduleService& s = context.schedule();
    return context.perform(
            QCoreApplication::translate("Edits", "Change election day"),
            [&s, plan, after] {
                return s.setElectionCalendar(plan, after.electionDay, after.regime);
            },
            [&s, plan, before] {
                return s.setElectionCalendar(plan, before.electionDay, before.regime);
            });
}

} // namespace ed::gui
