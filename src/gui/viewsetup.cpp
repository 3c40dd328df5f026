#include "gui/viewsetup.h"

#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

namespace ed::gui {

void setUpRowView(QAbstractItemView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTextElideMode(Qt::ElideRight);
    if (auto* table = qobject_cast<QTableView*>(view)) {
        table->setWordWrap(false);
        table->verticalHeader()->hide();
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
        table->horizontalHeader()->setHighlightSections(false);
        table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    } else if (auto* tree = qobject_cast<QTreeView*>(view)) {
        tree->setUniformRowHeights(true);
        tree->setWordWrap(false);
    }
}

void setColumnWidths(QHeaderView* header,
                     int stretchColumn,
                     std::initializer_list<std::pair<int, int>> widths)
{
    header->setStretchLastSection(false);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);
}

} // namespace ed::gui
