#pragma once

#include "core/meeting.h"
#include "core/meetingchecks.h"
#include "core/schedule.h"
#include "gui/models/rowtablemodel.h"

#include <QDate>

namespace ed::gui {

/// A meeting with its last allowed day, where it stands today and how it fits the legal
/// calendar.
struct MeetingRow
{
    Meeting meeting;
    QDate lastAllowed; ///< invalid for meetings on request
    ScheduleState state = ScheduleState::NoDate;
    QList<CalendarConflict> conflicts = {};
    QString conflictText = {}; ///< every conflict as a sentence, one per line
    QString searchKey = {};    ///< label and item contents, folded (core searchKey())
};

/// The meetings of one plan, in the plan's order, for the Plans & meetings page.
class MeetingTableModel final : public RowTableModel<MeetingRow>
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        LabelColumn,
        DeadlineColumn,
        LastAllowedColumn,
        StatusColumn,
        HeldOnColumn,
        StateColumn,
        CalendarColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the meeting id (qint64)
        SortRole,                  ///< numbers and days as numbers, texts as texts
        SearchRole,                ///< the row's folded search key
    };

    using RowTableModel::RowTableModel;

    /// The row of a meeting, or -1.
    [[nodiscard]] int rowOf(MeetingId id) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace ed::gui
