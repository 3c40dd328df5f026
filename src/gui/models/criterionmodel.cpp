#include "gui/models/criterionmodel.h"

#include "gui/wording.h"

#include <algorithm>

namespace ed::gui {

QList<CriterionRow>
criterionRows(const QList<Campaign>& campaigns, const QList<Plan>& plans, bool measurableOnly)
{
    QList<CriterionRow> rows;
    for (const Campaign& campaign : campaigns) {
        const auto plan = std::find_if(plans.cbegin(), plans.cend(),
                                       [&](const Plan& p) { return p.id == campaign.plan; });
        const QString symbol = plan != plans.cend() ? plan->symbol : QString();
        for (const Criterion& criterion : campaign.criteria) {
            if (criterion.measurable || !measurableOnly)
                rows << CriterionRow{symbol, criterion};
        }
    }
    return rows;
}

int CriterionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CriterionModel::data(const QModelIndex& index, int role) const
{
    const CriterionRow* row = rowFor(index);
    if (!row)
        return {};
    const Criterion& criterion = row->criterion;
    if (role == Qt::ToolTipRole && index.column() == LabelColumn)
        return criterion.label;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PlanColumn: return row->planSymbol;
    case CodeColumn: return criterion.code;
    case LabelColumn: return criterion.label;
    case MeasurableColumn: return Wording::yesNo(criterion.measurable);
    case ThresholdColumn: return Wording::threshold(criterion);
    case AppliesToColumn: return Wording::applicability(criterion.appliesTo);
    }
    return {};
}

QVariant CriterionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlanColumn: return tr("Plan");
    case CodeColumn: return tr("Code");
    case LabelColumn: return tr("Criterion");
    case MeasurableColumn: return tr("Measurable");
    case ThresholdColumn: return tr("Threshold");
    case AppliesToColumn: return tr("Applies to");
    }
    return {};
}

} // namespace ed::gui
