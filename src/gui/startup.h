#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace ed {
class Clock;
}
class QWidget;
namespace ed::services {
class Workspace;
}

namespace ed::gui {

/// What the command line asked for.
struct StartupOptions
{
    QString databasePath;
    QDate today; ///< from --today; invalid means "use the system clock"
    /// --startup-timing: print the time to the main window's first paint, then quit.
    bool startupTiming = false;
    bool readOnly = false; ///< --read-only: open the database for viewing only
};

/// The steps of starting the GUI that talk to the user, kept out of main() so that their
/// sentences sit where lupdate looks (src/gui) and main() stays a list of calls.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    /// Exit code for a command line that cannot be used (unknown option, invalid --today).
    static constexpr int kUsageError = 2;

    /// Reads --db PATH, --today YYYY-MM-DD and --startup-timing. --help and --version print and end
    /// the process (QCommandLineParser). A command line that cannot be used is explained on stderr
    /// and gives no options.
    [[nodiscard]] static std::optional<StartupOptions>
    parseCommandLine(const QStringList& arguments);

    /// Opens (creating or migrating) the database; on failure tells the user why in a message
    /// box and returns nullptr.
    [[nodiscard]] static std::unique_ptr<services::Workspace>
    openWorkspace(const QString& path, const Clock& clock, bool readOnly = false);

    /// On first start (no plan, no agency), offers to load the demo data of the two sample
    /// plans; ELECTIONDESK_DEMO=1 says yes without asking. A failure is shown, not fatal.
    static void offerDemoData(services::Workspace& workspace);

    /// On the first start of a calendar day, writes the daily backup and prunes the old ones
    /// (Settings: how many are kept). Never for an empty database. A failure is logged and
    /// returned as a sentence for the status bar; it never stops the start.
    [[nodiscard]] static QString dailyBackup(services::Workspace& workspace);

    /// For --startup-timing: once `window` has been painted for the first time, prints the
    /// line `first_paint_ms <milliseconds since sinceMain started>` on stdout and quits the
    /// event loop with exit code 0. Where the system says when the process started (Linux),
    /// `first_paint_since_exec_ms <milliseconds>` goes to stderr as well. Call it before
    /// showing the window.
    static void reportFirstPaint(QWidget& window, QElapsedTimer sinceMain);
    /// Calls `painted` once, when the first paint of `window` (or of a widget in it) has
    /// ended and the event loop turns again: the window is on screen by then.
    static void onFirstPaint(QWidget& window, std::function<void()> painted);
};

} // namespace ed::gui
