#pragma once

#include "core/agency.h"
#include "core/ids.h"
#include "core/plan.h"
#include "core/task.h"
#include "gui/page.h"

#include <QList>

#include <memory>

namespace Ui {
class TasksPage;
}
namespace ed::services {
class PlanService;
}

namespace ed::gui {

class EditContext;
class TaskFilterProxy;
class TaskTableModel;

/// Every standing task of every plan in one table, searchable without accents, filtered by
/// agency and state, sortable in Vietnamese order, with the selected task's full text below.
/// Tasks are added, changed (status, progress note, ...) and deleted through TaskDialog as
/// undoable edits.
class TasksPage final : public Page
{
    Q_OBJECT

public:
    TasksPage(const services::PlanService& plans, EditContext& context, QWidget* parent = nullptr);
    ~TasksPage() override;

    /// Selects a task, clearing the search and filters if they hide it; false when it is not
    /// listed.
    bool selectTask(TaskId id);
    /// The selected task's id; invalid without a selection.
    [[nodiscard]] TaskId currentTaskId() const;

public slots:
    void reload() override;
    /// Opens an empty TaskDialog (in the selected task's plan); OK adds the task (undoable).
    void newTask();
    /// Opens the selected task in TaskDialog; OK saves the change (undoable).
    void editTask();
    /// Deletes the selected task after confirmation (undoable).
    void deleteTask();

private:
    void setUpActions();
    void setUpFilters();
    void fillAgencyFilter();
    void updateActions();
    void showCurrentTask();
    void updateCount();
    /// Selects the row of `id` among the rows shown; false when it is filtered out or gone.
    bool selectShown(TaskId id);
    [[nodiscard]] const StandingTask* currentTask() const;
    /// Runs the dialog for `task`; OK adds or saves it through the undoable edits.
    void runDialog(const StandingTask& task);

    std::unique_ptr<Ui::TasksPage> m_ui;
    const services::PlanService& m_plans;
    EditContext& m_context;
    TaskTableModel* m_model;
    TaskFilterProxy* m_proxy;
    QList<Plan> m_planList;
    QList<Agency> m_agencies;
};

} // namespace ed::gui
