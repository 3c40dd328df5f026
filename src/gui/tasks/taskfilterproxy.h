#pragma once

#include "core/ids.h"

#include <QSortFilterProxyModel>

namespace ed::gui {

class TaskTableModel;

/// The Tasks page's filters over a TaskTableModel: the folded search text (the proxy's fixed
/// string over TaskTableModel::SearchRole), one agency in any role, and a state.
class TaskFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter {
        All,
        Overdue, ///< ScheduleState::Overdue
        DueSoon, ///< ScheduleState::DueSoon
        NotDone, ///< open or in progress
    };

    explicit TaskFilterProxy(TaskTableModel* model, QObject* parent = nullptr);

    /// Only the tasks that name `agency` in any role; an invalid id shows every task.
    void setAgency(AgencyId agency);
    [[nodiscard]] AgencyId agency() const { return m_agency; }
    void setStateFilter(StateFilter filter);
    [[nodiscard]] StateFilter stateFilter() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    TaskTableModel* m_model;
    AgencyId m_agency;
    StateFilter m_state = StateFilter::All;
};

} // namespace ed::gui
