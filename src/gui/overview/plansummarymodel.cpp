#include "gui/overview/plansummarymodel.h"

#include "core/vnformat.h"
#include "gui/wording.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ed::gui {

int PlanSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanSummaryModel::data(const QModelIndex& index, int role) const
{
    const services::PlanSummary* plan = rowFor(index);
    if (!plan)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TitleColumn: return plan->title;
        case MeetingsColumn:
            return tr("%n meeting(s): %1", nullptr, plan->meetings).arg(meetingCounts(*plan));
        case TasksColumn: return tr("%n task(s): %1", nullptr, plan->tasks).arg(taskCounts(*plan));
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SymbolColumn: return plan->symbol;
    case TitleColumn: return plan->title;
    case ElectionDayColumn: return formatDate(plan->electionDay);
    case DaysColumn: return Wording::daysFromToday(plan->daysToElection);
    case MeetingsColumn: return meetingCounts(*plan);
    case TasksColumn: return taskCounts(*plan);
    }
    return {};
}

QString PlanSummaryModel::meetingCounts(const services::PlanSummary& plan)
{
    QStringList parts;
    for (auto it = plan.meetingsByStatus.cbegin(); it != plan.meetingsByStatus.cend(); ++it) {
        switch (it.key()) {
        case MeetingStatus::Planned: parts << tr("%1 planned").arg(it.value()); break;
        case MeetingStatus::MaterialsSubmitted:
            parts << tr("%1 with materials submitted").arg(it.value());
            break;
        case MeetingStatus::Held: parts << tr("%1 held").arg(it.value()); break;
        case MeetingStatus::Postponed: parts << tr("%1 postponed").arg(it.value()); break;
        case MeetingStatus::Cancelled: parts << tr("%1 cancelled").arg(it.value()); break;
        }
    }
    return parts.isEmpty() ? tr("none") : parts.join(u", "_s);
}

QString PlanSummaryModel::taskCounts(const services::PlanSummary& plan)
{
    QStringList parts;
    for (auto it = plan.tasksByStatus.cbegin(); it != plan.tasksByStatus.cend(); ++it) {
        switch (it.key()) {
        case TaskStatus::Open: parts << tr("%1 open").arg(it.value()); break;
        case TaskStatus::InProgress: parts << tr("%1 in progress").arg(it.value()); break;
        case TaskStatus::Done: parts << tr("%1 done").arg(it.value()); break;
        case TaskStatus::Cancelled: parts << tr("%1 cancelled").arg(it.value()); break;
        }
    }
    return parts.isEmpty() ? tr("none") : parts.join(u", "_s);
}

QVariant PlanSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SymbolColumn: return tr("Plan");
    case TitleColumn: return tr("Title");
    case ElectionDayColumn: return tr("Election day");
    case DaysColumn: return tr("When");
    case MeetingsColumn: return tr("Meetings by status");
    case TasksColumn: return tr("Tasks by status");
    }
    return {};
}

} // namespace ed::gui
