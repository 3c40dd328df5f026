#include "gui/models/awardformmodel.h"

#include "gui/wording.h"

#include <algorithm>

namespace ed::gui {

QList<AwardFormRow> awardFormRows(const QList<Campaign>& campaigns, const QList<Plan>& plans)
{
    QList<AwardFormRow> rows;
    for (const Campaign& campaign : campaigns) {
        const auto plan = std::find_if(plans.cbegin(), plans.cend(),
                                       [&](const Plan& p) { return p.id == campaign.plan; });
        const QString symbol = plan != plans.cend() ? plan->symbol : QString();
        for (const AwardForm& form : campaign.awardForms)
            rows << AwardFormRow{symbol, form};
    }
    return rows;
}

int AwardFormModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AwardFormModel::data(const QModelIndex& index, int role) const
{
    const AwardFormRow* row = rowFor(index);
    if (!row)
        return {};
    const AwardForm& form = row->form;
    if (role == Qt::ToolTipRole) { // what an elided cell cuts off; elsewhere the plan's note
        const QString tip = index.column() == DecidedByColumn ? form.decidedBy : form.note;
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PlanColumn: return row->planSymbol;
    case NumberColumn: return form.printedNumber;
    case NameAsWrittenColumn: return form.nameAsWritten;
    case UsualNameColumn: return form.usualName;
    case LevelColumn: return Wording::awardLevel(form.level);
    case DecidedByColumn: return form.decidedBy;
    }
    return {};
}

QVariant AwardFormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlanColumn: return tr("Plan");
    case NumberColumn: return tr("Item");
    case NameAsWrittenColumn: return tr("Name as written");
    case UsualNameColumn: return tr("Usual name");
    case LevelColumn: return tr("Level");
    case DecidedByColumn: return tr("Decided by");
    }
    return {};
}

} // namespace ed::gui
