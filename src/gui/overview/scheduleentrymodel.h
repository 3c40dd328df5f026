#pragma once

#include "gui/models/rowtablemodel.h"
#include "services/planservice.h"

namespace ed::gui {

/// Overdue or due-soon meetings and tasks, in the order the service gives (soonest first).
class ScheduleEntryModel final : public RowTableModel<services::ScheduleEntry>
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        PlanColumn,
        TitleColumn,
        LastAllowedColumn,
        StateColumn,
        ColumnCount
    };

    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace ed::gui
