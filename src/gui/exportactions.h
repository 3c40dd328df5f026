#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace ed::services {
class Workspace;
}

namespace ed::gui {

/// File ▸ Export: the calendar as .ics for Thunderbird and Outlook, and the meeting and task
/// lists as CSV with a BOM so that Excel reads the Vietnamese text right.
class ExportActions final : public QObject
{
    Q_OBJECT

public:
    ExportActions(services::Workspace& workspace, QWidget* window);
    /// Adds the export submenu to `menu`, before `before` (or at the end).
    void addTo(QMenu* menu, QAction* before);

    /// The writers behind the actions, for tests: each returns an empty string on success,
    /// else the sentence to show.
    [[nodiscard]] QString exportCalendar(const QString& path) const;
    [[nodiscard]] QString exportMeetings(const QString& path) const;
    [[nodiscard]] QString exportTasks(const QString& path) const;

private:
    void run(const QString& title,
             const QString& suggestedName,
             const QString& filter,
             QString (ExportActions::*write)(const QString&) const);

    services::Workspace& m_workspace;
    QWidget* m_window;
};

} // namespace ed::gui
