#include "services/schedulelisting.h"

#include "core/clock.h"
#include "core/codes.h"
#include "services/workspace.h"
#include "storage/agencyrepository.h"
#include "storage/meetingrepository.h"
#include "storage/planrepository.h"
#include "storage/taskrepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ed::services {

namespace {

QString isoDate(const std::optional<QDate>& date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

QString optionalNumber(const std::optional<qint64>& n)
{
    return n ? QString::number(*n) : QString();
}

/// The date the plan names: the date itself for the dated kinds ("before 04/06" names the 4th,
/// although the 3rd is the last allowed day), the first day of a window or a week, E + offset.
std::optional<QDate> namedDate(const Deadline& deadline, QDate electionDay)
{
    switch (deadline.kind) {
    case DeadlineKind::OnDate:
    case DeadlineKind::NoLaterThan:
    case DeadlineKind::StrictlyBefore:
    case DeadlineKind::Window:
        return deadline.date.isValid() ? std::optional<QDate>(deadline.date) : std::nullopt;
    case DeadlineKind::WeekOfMonth:
    case DeadlineKind::ElectionOffset:
    case DeadlineKind::OnRequest: return deadline.firstAllowedDate(electionDay);
    }
    return std::nullopt;
}

std::optional<qint64> daysBetween(QDate today, const std::optional<QDate>& last)
{
    if (!last)
        return std::nullopt;
    return today.daysTo(*last);
}

} // namespace

QString ScheduleListing::deadlineKindWord(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::OnDate: return u"on"_s;
    case DeadlineKind::NoLaterThan: return u"no_later_than"_s;
    case DeadlineKind::StrictlyBefore: return u"before"_s;
    case DeadlineKind::Window: return u"window"_s;
    case DeadlineKind::WeekOfMonth: return u"week_of_month"_s;
    case DeadlineKind::OnRequest: return u"on_request"_s;
    case DeadlineKind::ElectionOffset: return u"offset"_s;
    }
    return {};
}

Result<QList<MeetingListing>> ScheduleListing::meetings() const
{
    auto& database = m_workspace.database();
    const auto plans = storage::PlanRepository(database).all();
    if (!plans)
        return plans.error();
    const QDate today = m_workspace.clock().today();
    QList<MeetingListing> list;
    for (const Plan& plan : plans.value()) {
        const auto meetings = storage::MeetingRepository(database).forPlan(plan.id);
        if (!meetings)
            return meetings.error();
        for (const Meeting& m : meetings.value()) {
            MeetingListing row;
            row.meeting = m;
            row.planSymbol = plan.symbol;
            row.deadlineDate = namedDate(m.deadline, plan.electionDay);
            row.lastAllowed = m.deadline.lastAllowedDate(plan.electionDay);
            row.state = meetingState(m, plan.electionDay, today, m_soonDays);
            row.daysLeft = daysBetween(today, row.lastAllowed);
            row.conflicts = calendarConflicts(m, plan.electionDay, plan.electionRegime);
            list << row;
        }
    }
    return list;
}

Result<QList<TaskListing>> ScheduleListing::tasks() const
{
    auto& database = m_workspace.database();
    const auto plans = storage::PlanRepository(database).all();
    if (!plans)
        return plans.error();
    const auto agencies = storage::AgencyRepository(database).all();
    if (!agencies)
        return agencies.error();
    QHash<qint64, QString> names;
    for (const Agency& a : agencies.value())
        names.insert(a.id.raw(), a.name);
    const QDate today = m_workspace.clock().today();
    QList<TaskListing> list;
    for (const Plan& plan : plans.value()) {
        const auto tasks = storage::TaskRepository(database).forPlan(plan.id);
        if (!tasks)
            return tasks.error();
        for (const StandingTask& t : tasks.value()) {
            TaskListing row;
            row.task = t;
            row.planSymbol = plan.symbol;
            for (const AgencyAssignment& a : t.agencies) {
                if (!row.agencies.contains(names.value(a.agency.raw())))
                    row.agencies << names.value(a.agency.raw());
            }
            if (t.deadline) {
                row.deadlineDate = namedDate(*t.deadline, plan.electionDay);
                row.lastAllowed = t.deadline->lastAllowedDate(plan.electionDay);
            }
            row.state = taskState(t, plan.electionDay, today, m_soonDays);
            row.daysLeft = daysBetween(today, row.lastAllowed);
            list << row;
        }
    }
    return list;
}

TextTable ScheduleListing::meetingTable(const QList<MeetingListing>& meetings)
{
    TextTable table;
    table.header = {u"plan_number"_s,   u"meeting_number"_s, u"title"_s,
                    u"deadline_kind"_s, u"deadline_date"_s,  u"last_allowed_date"_s,
                    u"status"_s,        u"overdue"_s,        u"days_left"_s};
    for (const MeetingListing& m : meetings) {
        table.rows << QStringList{m.planSymbol,
                                  m.meeting.number ? QString::number(*m.meeting.number) : QString(),
                                  m.meeting.label,
                                  deadlineKindWord(m.meeting.deadline.kind),
                                  isoDate(m.deadlineDate),
                                  isoDate(m.lastAllowed),
                                  toCode(m.meeting.status),
                                  m.state == ScheduleState::Overdue ? u"1"_s : u"0"_s,
                                  optionalNumber(m.daysLeft)};
    }
    return table;
}

TextTable ScheduleListing::taskTable(const QList<TaskListing>& tasks)
{
    TextTable table;
    table.header = {u"plan_number"_s,   u"section"_s,       u"content"_s,           u"agencies"_s,
                    u"deadline_kind"_s, u"deadline_date"_s, u"last_allowed_date"_s, u"status"_s,
                    u"overdue"_s,       u"days_left"_s};
    for (const TaskListing& t : tasks) {
        table.rows << QStringList{t.planSymbol,
                                  t.task.section,
                                  t.task.content,
                                  t.agencies.join(u"; "_s),
                                  t.task.deadline ? deadlineKindWord(t.task.deadline->kind)
                                                  : QString(),
                                  isoDate(t.deadlineDate),
                                  isoDate(t.lastAllowed),
                                  toCode(t.task.status),
                                  t.state == ScheduleState::Overdue ? u"1"_s : u"0"_s,
                                  optionalNumber(t.daysLeft)};
    }
    return table;
}

} // namespace ed::services
