// The NominationsPage's selection: kept by id across every reset of the queue (a filter, an
// order, new data), and read by ranges so that a selection of every row is one query.

#include "gui/nominations/nominationspage.h"
#include "gui/nominations/nominationtablemodel.h"

#include "ui_nominationspage.h"

#include <QItemSelection>

#include <algorithm>

namespace ed::gui {

namespace {

/// The rows as a selection of whole rows, contiguous rows as one range.
QItemSelection selectionOf(const QList<int>& rows, const QAbstractItemModel* model)
{
    QList<int> sorted = rows;
    std::ranges::sort(sorted);
    QItemSelection selection;
    const int last = model->columnCount() - 1;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] <= sorted[j] + 1)
            ++j;
        selection.select(model->index(sorted[i], 0), model->index(sorted[j], last));
        i = j + 1;
    }
    return selection;
}

} // namespace

void NominationsPage::keepSelection()
{
    if (m_loading)
        return; // a reset inside a reset: the first one's selection is kept
    m_keptSelection = selectedIds();
    const NominationId current = currentId();
    if (current.isValid()) { // the current row stays current
        m_keptSelection.removeAll(current);
        m_keptSelection.prepend(current);
    }
}

void NominationsPage::restoreSelection()
{
    m_loading = true;
    selectNominations(m_keptSelection);
    m_loading = false;
    showCurrent();
    updateActions();
}

bool NominationsPage::selectShown(NominationId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    QTableView* view = m_ui->nominationsTableView;
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                           | QItemSelectionModel::Rows);
    view->scrollTo(index);
    return true;
}

bool NominationsPage::selectNomination(NominationId id)
{
    if (selectShown(id))
        return true;
    if (!m_nominations.row(id))
        return false;
    // Hidden by the search or a filter: clear them, and read the rows once.
    for (QWidget* widget : std::initializer_list<QWidget*>{
                 m_ui->searchLineEdit, m_ui->statusFilterComboBox, m_ui->agencyFilterComboBox,
                 m_ui->awardFormFilterComboBox, m_ui->eligibilityFilterComboBox,
                 m_ui->overdueOnlyCheckBox})
        widget->blockSignals(true);
    m_ui->searchLineEdit->clear();
    for (QComboBox* combo : {m_ui->statusFilterComboBox, m_ui->agencyFilterComboBox,
                             m_ui->awardFormFilterComboBox, m_ui->eligibilityFilterComboBox})
        combo->setCurrentIndex(0);
    m_ui->overdueOnlyCheckBox->setChecked(false);
    for (QWidget* widget : std::initializer_list<QWidget*>{
                 m_ui->searchLineEdit, m_ui->statusFilterComboBox, m_ui->agencyFilterComboBox,
                 m_ui->awardFormFilterComboBox, m_ui->eligibilityFilterComboBox,
                 m_ui->overdueOnlyCheckBox})
        widget->blockSignals(false);
    applyFilter();
    return selectShown(id);
}

void NominationsPage::selectNominations(const QList<NominationId>& ids)
{
    QItemSelectionModel* selection = m_ui->nominationsTableView->selectionModel();
    QList<int> rows;
    int first = -1;
    for (const int row : m_model->rowsOf(ids)) {
        if (row < 0)
            continue;
        rows << row;
        if (first < 0)
            first = row;
    }
    if (first >= 0)
        selection->setCurrentIndex(m_model->index(first, 0), QItemSelectionModel::NoUpdate);
    selection->select(selectionOf(rows, m_model),
                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QList<NominationId> NominationsPage::selectedIds() const
{
    QList<NominationId> ids;
    for (const QueueEntry& entry : selectedEntries())
        ids << entry.id;
    return ids;
}

NominationId NominationsPage::currentId() const
{
    const QModelIndex current = m_ui->nominationsTableView->currentIndex();
    if (!current.isValid())
        return {};
    const std::optional<QueueEntry> entry = m_model->entryAt(current.row());
    return entry ? entry->id : NominationId();
}

QList<QueueEntry> NominationsPage::selectedEntries() const
{
    // By ranges: a selection of every row reads the rows in one query, not one by one.
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange& range :
         m_ui->nominationsTableView->selectionModel()->selection())
        ranges << std::pair(range.top(), range.bottom());
    std::ranges::sort(ranges);
    QList<QueueEntry> entries;
    int next = 0; // rows before it are taken (ranges of several columns may overlap)
    for (const auto& [top, bottom] : ranges) {
        const int from = std::max(top, next);
        if (from > bottom)
            continue;
        entries << m_model->entries(from, bottom);
        next = bottom + 1;
    }
    return entries;
}

std::optional<services::NominationRow> NominationsPage::currentRow() const
{
    const QModelIndex current = m_ui->nominationsTableView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const services::NominationRow* row = m_model->rowAt(current.row());
    return row ? std::optional(*row) : std::nullopt;
}

} // namespace ed::gui
