#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace ed::services {
class Workspace;
}

namespace ed::gui {

/// File ▸ Back up now… and File ▸ Restore from backup…. A restore asks first, naming the
/// backup's date and schema and where the current data will be saved, and tells the window
/// through restored() so that every page reads again.
class BackupActions final : public QObject
{
    Q_OBJECT

public:
    BackupActions(services::Workspace& workspace, QWidget* window);
    /// Adds both actions to `menu`, before `before`, and a separator after them.
    void addTo(QMenu* menu, QAction* before);

    /// Writes a backup into the new file `path`; tells the user about a failure.
    bool backUpTo(const QString& path);
    /// Asks the confirmation, then restores from `path` and tells the user what happened.
    /// True when the data was replaced.
    bool restoreFrom(const QString& path);

signals:
    /// The data was replaced: every page must read again, and the undo history is void.
    void restored();
    /// A line for the status bar.
    void statusMessage(const QString& text);

private:
    void backUpNow();
    void chooseAndRestore();

    services::Workspace& m_workspace;
    QWidget* m_window;
};

} // namespace ed::gui
