#include "gui/overview/plansummarymodel.h"

#include "core/vnformat.h"
#include "gui/wording.h"

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
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return plan->title;
    if (role == Qt::TextAlignmentRole && index.column() >= MeetingsColumn)
        return static_cast<int>(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SymbolColumn: return plan->symbol;
    case TitleColumn: return plan->title;
    case ElectionDayColumn: return formatDate(plan->electionDay);
    case DaysColumn: return Wording::daysFromToday(plan->daysToElection);
    case MeetingsColumn: return tr("%1 of %2").arg(plan->meetingsHeld).arg(plan->meetings);
    case TasksColumn: return tr("%1 of %2").arg(plan->tasksDone).arg(plan->tasks);
    }
    return {};
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
    case MeetingsColumn: return tr("Meetings held");
    case TasksColumn: return tr("Tasks done");
    }
    return {};
}

} // namespace ed::gui
