#pragma once

#include "core/validation.h"
#include "gui/editing/scheduleedits.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ElectionDayDialog;
}

namespace ed::gui {

/// A plan's election day and the law its calendar follows. A day that is not a Sunday is
/// refused in place (OK stays disabled, the reason shows under the date).
class ElectionDayDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Saves when OK is pressed: true closes the dialog, false keeps it open.
    using Save = std::function<bool(const ElectionCalendar&)>;

    ElectionDayDialog(const ElectionCalendar& calendar, QWidget* parent = nullptr);
    ~ElectionDayDialog() override;

    [[nodiscard]] ElectionCalendar calendar() const;
    void setSave(Save save) { m_save = std::move(save); }
    /// Shows problems of the field "electionDay" under the date; OK only without any.
    void showProblems(const QList<FieldProblem>& problems);

public slots:
    void accept() override;

private:
    void validate();

    std::unique_ptr<Ui::ElectionDayDialog> m_ui;
    Save m_save;
};

} // namespace ed::gui
