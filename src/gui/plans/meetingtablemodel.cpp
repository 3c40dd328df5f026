#include "gui/plans/meetingtablemodel.h"

#include "core/vnformat.h"
#include "gui/plans/calendarwording.h"
#include "gui/wording.h"

#include <QApplication>
#include <QStyle>

#include <limits>

namespace ed::gui {

namespace {

/// Days sort as numbers; a missing day sorts after every real one.
qint64 dayKey(QDate date)
{
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
}

} // namespace

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
    switch (role) {
    case IdRole: return meeting.id.raw();
    case SearchRole: return row->searchKey;
    case SortRole:
        switch (index.column()) {
        case NumberColumn: return meeting.number.value_or(std::numeric_limits<int>::max());
        case LabelColumn: return meeting.label;
        case DeadlineColumn:
        case LastAllowedColumn: return dayKey(row->lastAllowed);
        case StatusColumn: return static_cast<int>(meeting.status);
        case HeldOnColumn: return dayKey(meeting.heldOn);
        case StateColumn: return static_cast<int>(row->state);
        case CalendarColumn: return static_cast<int>(row->conflicts.size());
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return Wording::scheduleStateIcon(row->state);
        if (index.column() == CalendarColumn && !row->conflicts.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LabelColumn: return meeting.label;
        case DeadlineColumn: return meeting.deadline.wording;
        case CalendarColumn:
            return row->conflicts.isEmpty() ? tr("Fits the legal calendar") : row->conflictText;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return Wording::meetingNumber(meeting.number);
        case LabelColumn: return meeting.label;
        case DeadlineColumn: return meeting.deadline.wording;
        case LastAllowedColumn: return formatDate(row->lastAllowed);
        case StatusColumn: return Wording::meetingStatus(meeting.status);
        case HeldOnColumn: return formatDate(meeting.heldOn);
        case StateColumn: return Wording::scheduleState(row->state);
        case CalendarColumn: return CalendarWording::flag(row->conflicts);
        }
        return {};
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
    case HeldOnColumn: return tr("Held on");
    case StateColumn: return tr("State");
    case CalendarColumn: return tr("Calendar");
    }
    return {};
}

} // namespace ed::gui
