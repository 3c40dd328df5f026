#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ed {
class Clock;
}
namespace ed::services {
class Workspace;
}

namespace ed::gui {

/// What the command line asked for.
struct StartupOptions
{
    QString databasePath;
    QDate today; ///< from --today; invalid means "use the system clock"
};

/// The steps of starting the GUI that talk to the user, kept out of main() so that their
/// sentences sit where lupdate looks (src/gui) and main() stays a list of calls.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    /// Exit code for a command line that cannot be used (unknown option, invalid --today).
    static constexpr int kUsageError = 2;

    /// Reads --db PATH and --today YYYY-MM-DD. --help and --version print and end the process
    /// (QCommandLineParser). A command line that cannot be used is explained on stderr and
    /// gives no options.
    [[nodiscard]] static std::optional<StartupOptions>
    parseCommandLine(const QStringList& arguments);

    /// Opens (creating or migrating) the database; on failure tells the user why in a message
    /// box and returns nullptr.
    [[nodiscard]] static std::unique_ptr<services::Workspace> openWorkspace(const QString& path,
                                                                            const Clock& clock);

    /// On first start (no plan, no agency), offers to load the demo data of the two sample
    /// plans; ELECTIONDESK_DEMO=1 says yes without asking. A failure is shown, not fatal.
    static void offerDemoData(services::Workspace& workspace);
};

} // namespace ed::gui
