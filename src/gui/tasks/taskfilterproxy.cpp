#include "gui/tasks/taskfilterproxy.h"

#include "gui/tasks/tasktablemodel.h"

#include <algorithm>

namespace ed::gui {

TaskFilterProxy::TaskFilterProxy(TaskTableModel* model, QObject* parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(model);
    setSortRole(TaskTableModel::SortRole);
    setSortLocaleAware(true); // Vietnamese order: main() set the default locale
    setFilterRole(TaskTableModel::SearchRole);
}

void TaskFilterProxy::setAgency(AgencyId agency)
{
    if (agency == m_agency)
        return;
    m_agency = agency;
    invalidateRowsFilter();
}

void TaskFilterProxy::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateRowsFilter();
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const TaskRow* row = m_model->rowAt(sourceRow);
    if (!row || !QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    if (m_agency.isValid()
        && std::none_of(row->task.agencies.cbegin(), row->task.agencies.cend(),
                        [this](const AgencyAssignment& a) { return a.agency == m_agency; }))
        return false;
    switch (m_state) {
    case StateFilter::All: return true;
    case StateFilter::Overdue: return row->state == ScheduleState::Overdue;
    case StateFilter::DueSoon: return row->state == ScheduleState::DueSoon;
    case StateFilter::NotDone:
        return row->task.status == TaskStatus::Open || row->task.status == TaskStatus::InProgress;
    }
    return true;
}

} // namespace ed::gui
