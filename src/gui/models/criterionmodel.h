#pragma once

#include "core/campaign.h"
#include "core/plan.h"
#include "gui/models/rowtablemodel.h"

#include <QString>

namespace ed::gui {

/// An award criterion with the symbol of the plan whose campaign sets it.
struct CriterionRow
{
    QString planSymbol;
    Criterion criterion;
};

/// Award criteria: code, label, measurable or not, threshold in words, who it applies to.
class CriterionModel final : public RowTableModel<CriterionRow>
{
    Q_OBJECT

public:
    enum Column {
        PlanColumn,
        CodeColumn,
        LabelColumn,
        MeasurableColumn,
        ThresholdColumn,
        AppliesToColumn,
        ColumnCount
    };

    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

/// The criteria of the campaigns, each with its plan's symbol; only measurable ones if asked.
[[nodiscard]] QList<CriterionRow>
criterionRows(const QList<Campaign>& campaigns, const QList<Plan>& plans, bool measurableOnly);

} // namespace ed::gui
