#pragma once

#include "core/ids.h"
#include "gui/page.h"

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class TasksPage;
}
namespace ed {
class Clock;
}
namespace ed::services {
class PlanService;
}

namespace ed::gui {

class TaskTableModel;

/// Every standing task of every plan in one table, searchable without accents and sortable in
/// Vietnamese order, with the selected task's full text below.
class TasksPage final : public Page
{
    Q_OBJECT

public:
    TasksPage(const services::PlanService& plans, const Clock& clock, QWidget* parent = nullptr);
    ~TasksPage() override;

    /// Selects a task, clearing the search if it hides the task; false when it is not listed.
    bool selectTask(TaskId id);

public slots:
    void reload() override;

private:
    void showCurrentTask();
    void updateCount();

    std::unique_ptr<Ui::TasksPage> m_ui;
    const services::PlanService& m_plans;
    const Clock& m_clock;
    TaskTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace ed::gui
