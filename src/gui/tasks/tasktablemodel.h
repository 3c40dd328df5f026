#pragma once

#include "core/schedule.h"
#include "core/task.h"
#include "gui/models/rowtablemodel.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace ed::gui {

/// A task with what the page worked out for it: plan, agencies worded by role, state today.
struct TaskRow
{
    StandingTask task;
    QString planSymbol;
    QString agencies;  ///< "Lead: …; Co-ordinating: …" (Wording::agenciesByRole)
    QDate lastAllowed; ///< invalid when the task has no dated deadline
    ScheduleState state = ScheduleState::NoDate;
};

/// The standing tasks of every plan, one row each, for the Tasks page.
class TaskTableModel final : public RowTableModel<TaskRow>
{
    Q_OBJECT

public:
    enum Column {
        PlanColumn,
        SectionColumn,
        ContentColumn,
        AgenciesColumn,
        DeadlineColumn,
        LastAllowedColumn,
        StatusColumn,
        StateColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< dates as QDate, enums as numbers, text as text
        SearchRole,                  ///< the folded text of the whole row (searchKey())
        IdRole,                      ///< the task id (qint64)
    };

    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rowsReplaced() override;

    QStringList m_searchKeys; ///< one per row, computed once in rowsReplaced()
};

} // namespace ed::gui
