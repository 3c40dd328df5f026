#include "gui/overview/scheduleentrymodel.h"

#include "core/vnformat.h"
#include "gui/wording.h"

namespace ed::gui {

int ScheduleEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleEntryModel::data(const QModelIndex& index, int role) const
{
    const services::ScheduleEntry* entry = rowFor(index);
    if (!entry)
        return {};
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return Wording::scheduleStateIcon(entry->state);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return entry->kind == services::ScheduleEntry::Kind::Meeting ? tr("Meeting") : tr("Task");
    case PlanColumn: return entry->planSymbol;
    case TitleColumn: return entry->title;
    case LastAllowedColumn: return formatDate(entry->lastAllowed);
    case StateColumn: return Wording::scheduleState(entry->state);
    }
    return {};
}

QVariant ScheduleEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Kind");
    case PlanColumn: return tr("Plan");
    case TitleColumn: return tr("Title");
    case LastAllowedColumn: return tr("Last allowed date");
    case StateColumn: return tr("State");
    }
    return {};
}

} // namespace ed::gui
