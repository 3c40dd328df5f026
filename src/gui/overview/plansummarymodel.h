#pragma once

#include "gui/models/rowtablemodel.h"
#include "services/planservice.h"

namespace ed::gui {

/// One row per plan: election day, days left to it, meetings held and tasks done.
class PlanSummaryModel final : public RowTableModel<services::PlanSummary>
{
    Q_OBJECT

public:
    enum Column {
        SymbolColumn,
        TitleColumn,
        ElectionDayColumn,
        DaysColumn,
        MeetingsColumn,
        TasksColumn,
        ColumnCount
    };

    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace ed::gui
