// The ElectionDesk desktop application: set up, open the database, show the main window.
#include "core/clock.h"
#include "gui/mainwindow.h"
#include "gui/startup.h"
#include "i18n/translations.h"
#include "logging/log.h"
#include "services/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStatusBar>

#include <memory>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain; // --startup-timing measures from here
    sinceMain.start();
    QApplication app(argc, argv);
    ed::services::Workspace::identifyApplication();
    ed::log::init(ed::services::Workspace::logDirectory(), true);
    ed::i18n::install(ed::i18n::savedLanguage());

    const auto options = ed::gui::Startup::parseCommandLine(QApplication::arguments());
    if (!options)
        return ed::gui::Startup::kUsageError;
    std::unique_ptr<ed::Clock> clock;
    if (options->today.isValid())
        clock = std::make_unique<ed::FixedClock>(options->today);
    else
        clock = std::make_unique<ed::SystemClock>();

    const auto workspace =
            ed::gui::Startup::openWorkspace(options->databasePath, *clock, options->readOnly);
    if (!workspace)
        return 1;
    QString backupProblem;
    if (!options->startupTiming) { // a measurement asks and writes nothing
        // Before the demo data: a database that was empty a moment ago needs no backup.
        backupProblem = ed::gui::Startup::dailyBackup(*workspace);
        ed::gui::Startup::offerDemoData(*workspace);
    }

    ed::gui::MainWindow window(*workspace);
    if (!backupProblem.isEmpty())
        window.statusBar()->showMessage(backupProblem);
    if (options->startupTiming)
        ed::gui::Startup::reportFirstPaint(window, sinceMain);
    window.show();
    return QApplication::exec();
}
