#pragma once

#include "core/result.h"
#include "services/nominationservice.h"
#include "services/planservice.h"
#include "services/resultsservice.h"
#include "services/scheduleservice.h"

#include <QMainWindow>
#include <QStyle>

#include <array>
#include <memory>

class QLabel;
class QUndoStack;

namespace Ui {
class MainWindow;
}
namespace ed::services {
class Workspace;
}

namespace ed::gui {

class EditContext;
class Page;

/// The application window: a list of areas on the left, the page of the chosen area on the
/// right, the menus and the status bar. It only lays out, navigates and runs the menu actions;
/// each page reads its own data through the services.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// The areas in navigation order; Ctrl+1 … Ctrl+7 switch to them.
    enum class Area { Overview, Plans, Tasks, Agencies, Results, Nominations, Reports };
    static constexpr int kAreaCount = 7;

    explicit MainWindow(services::Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showArea(Area area) { showArea(static_cast<int>(area)); }
    [[nodiscard]] Area currentArea() const;
    /// The page of an area (for tests and for connections between areas).
    [[nodiscard]] Page* page(Area area) const { return m_pages.at(static_cast<size_t>(area)); }
    /// The edits of every area, undone and redone from the Edit menu.
    [[nodiscard]] QUndoStack& undoStack() const { return *m_undoStack; }

public slots:
    /// Switches to the area at `index` (an Area as int); out-of-range indexes are ignored.
    void showArea(int index);
    /// Reads the shown page again now; the others are marked stale and read when next shown.
    void reloadPages();

private:
    void switchToPage(int index);
    void addArea(Area area, Page* page, const QString& title, QStyle::StandardPixmap icon);
    void openSettings();
    void showAbout();
    void reportLoadFailure(const QString& operation, const Error& error);
    void reportEditFailure(const QString& edit, const Error& error);
    void setUpEditMenu();
    /// A read-only database: a banner above the pages says so, and the title too.
    void showReadOnlyBanner();

    std::unique_ptr<Ui::MainWindow> m_ui;
    services::Workspace& m_workspace;
    services::PlanService m_planService;
    services::ScheduleService m_scheduleService;
    services::ResultsService m_resultsService;
    services::NominationService m_nominationService;
    QUndoStack* m_undoStack;
    EditContext* m_editContext;
    std::array<Page*, kAreaCount> m_pages{};
    QLabel* m_databaseLabel;
};

} // namespace ed::gui
