#pragma once

#include "core/agency.h"
#include "core/plan.h"
#include "core/task.h"
#include "core/validation.h"

#include <QDate>
#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class TaskDialog;
}

namespace ed::gui {

/// The form of one standing task: its plan (chosen for a new task only), section, printed
/// number, content, the agencies by role, an optional deadline, the status and a progress note.
/// Problems show beside their fields (core checkTask) and OK stays disabled while there are any.
class TaskDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Saves the form's task when OK is pressed: true closes the dialog; false keeps it open
    /// with the input (the saver shows why, e.g. through showProblems()).
    using Save = std::function<bool(const StandingTask&)>;

    /// `task` is the one edited (an invalid id for a new one, whose plan may be preset);
    /// `today` is where new dates start.
    TaskDialog(const QList<Plan>& plans,
               const QList<Agency>& agencies,
               const StandingTask& task,
               QDate today,
               QWidget* parent = nullptr);
    ~TaskDialog() override;

    /// The task as the form states it (the id kept from the one given).
    [[nodiscard]] StandingTask task() const;
    void setSave(Save save) { m_save = std::move(save); }
    /// Shows problems beside their fields; OK is enabled only without any.
    void showProblems(const QList<FieldProblem>& problems);

public slots:
    void accept() override;

private:
    void planChosen();
    void validate();

    std::unique_ptr<Ui::TaskDialog> m_ui;
    StandingTask m_original;
    QList<Plan> m_plans;
    Save m_save;
};

} // namespace ed::gui
