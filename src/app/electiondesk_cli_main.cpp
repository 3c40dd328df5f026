#include "cli/cli.h"
#include "i18n/translations.h"
#include "logging/log.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only `report` lays out text, and fonts need a QGuiApplication; every other command keeps
    // the faster QCoreApplication. Without a display the GUI application needs the offscreen
    // platform, or it aborts.
    // Logging first, so that what Qt says while it starts (such as the offscreen platform's
    // note on a missing XDG_RUNTIME_DIR) goes to the log, not into the command's output.
    ed::services::Workspace::identifyApplication();
    ed::log::init(ed::services::Workspace::logDirectory(), false);
    std::unique_ptr<QCoreApplication> app;
    if (ed::cli::needsGuiApplication(arguments)) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    ed::i18n::install(ed::i18n::savedLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = ed::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
