#pragma once

#include "core/campaign.h"
#include "core/plan.h"
#include "gui/models/rowtablemodel.h"

#include <QString>

namespace ed::gui {

/// An award form with the symbol of the plan whose campaign offers it.
struct AwardFormRow
{
    QString planSymbol;
    AwardForm form;
};

/// Award forms: the name as the plan writes it beside the usual name, level and who decides.
class AwardFormModel final : public RowTableModel<AwardFormRow>
{
    Q_OBJECT

public:
    enum Column {
        PlanColumn,
        NumberColumn,
        NameAsWrittenColumn,
        UsualNameColumn,
        LevelColumn,
        DecidedByColumn,
        ColumnCount
    };

    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

/// The award forms of the campaigns, each with its plan's symbol.
[[nodiscard]] QList<AwardFormRow> awardFormRows(const QList<Campaign>& campaigns,
                                                const QList<Plan>& plans);

} // namespace ed::gui
