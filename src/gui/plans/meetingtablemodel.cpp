#include "gui/plans/meetingtablemodel.h"

#include "core/vnformat.h"
#include "gui/wording.h"

namespace ed::gui {

int MeetingTableModel::rowOf(MeetingId id) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows()[row].meeting.id == id)
            return row;
    }
    return -1;
}

int MeetingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingTableModel::data(const QModelIndex& index, int role) const
{
    const MeetingRow* row = rowFor(index);
    if (!row)
        return {};
    const Meeting& meeting = row->meeting;
    if (role == IdRole)
        return meeting.id.raw();
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return Wording::scheduleStateIcon(row->state);
    if (role == Qt::ToolTipRole && index.column() == DeadlineColumn)
        return meeting.deadline.wording;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn: return Wording::meetingNumber(meeting.number);
    case LabelColumn: return meeting.label;
    case DeadlineColumn: return meeting.deadline.wording;
    case LastAllowedColumn: return formatDate(row->lastAllowed);
    case StatusColumn: return Wording::meetingStatus(meeting.status);
    case StateColumn: return Wording::scheduleState(row->state);
    }
    return {};
}

QVariant MeetingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("No.");
    case LabelColumn: return tr("Meeting");
    case DeadlineColumn: return tr("Deadline as worded");
    case LastAllowedColumn: return tr("Last allowed date");
    case StatusColumn: return tr("Status");
    case StateColumn: return tr("State");
    }
    return {};
}

} // namespace ed::gui
