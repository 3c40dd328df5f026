#pragma once

#include "gui/models/rowtablemodel.h"
#include "services/planservice.h"

namespace ed::gui {

/// One row per plan: election day, days left to it, and its meetings and tasks counted by
/// status.
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

    /// The plan's meetings counted by status in words, "1 held, 5 planned"; "none" without any.
    [[nodiscard]] static QString meetingCounts(const services::PlanSummary& plan);
    /// The plan's tasks counted by status in words, "3 done, 8 open"; "none" without any.
    [[nodiscard]] static QString taskCounts(const services::PlanSummary& plan);
};

} // namespace ed::gui
