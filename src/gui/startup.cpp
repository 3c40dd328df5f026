#include "gui/startup.h"

#include "core/clock.h"
#include "i18n/errormessages.h"
#include "logging/log.h"
#include "services/demodata.h"
#include "services/workspace.h"

#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

void printError(const QString& text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stderr);
}

} // namespace

std::optional<StartupOptions> Startup::parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Election steering office workbench."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db(u"db"_s, tr("Open the database file <path>."), tr("path"),
                                services::Workspace::defaultDatabasePath());
    const QCommandLineOption today(u"today"_s,
                                   tr("Take <date> (YYYY-MM-DD) as today's date, for "
                                      "demonstrations and checks."),
                                   tr("date"));
    parser.addOption(db);
    parser.addOption(today);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(help))
        parser.showHelp(0); // does not return
    if (parser.isSet(version))
        parser.showVersion(); // does not return

    StartupOptions options{parser.value(db), {}};
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid()) {
            printError(tr("--today expects a date written YYYY-MM-DD, such as 2021-02-10; "
                          "\"%1\" is not one.")
                               .arg(parser.value(today)));
            return std::nullopt;
        }
    }
    return options;
}

std::unique_ptr<services::Workspace> Startup::openWorkspace(const QString& path, const Clock& clock)
{
    auto workspace = services::Workspace::open(path, clock);
    if (!workspace) {
        QMessageBox::critical(nullptr, tr("ElectionDesk"),
                              i18n::errorMessage(workspace.error(), path));
        return nullptr;
    }
    return std::move(workspace).value();
}

void Startup::offerDemoData(services::Workspace& workspace)
{
    const auto empty = workspace.isEmpty();
    if (!empty) {
        log::gui()->error("first-start check failed: code {}",
                          static_cast<int>(empty.error().code));
        QMessageBox::warning(nullptr, tr("ElectionDesk"),
                             i18n::errorMessage(empty.error(), workspace.filePath()));
        return;
    }
    if (!empty.value())
        return;
    const bool askNothing = qEnvironmentVariable("ELECTIONDESK_DEMO") == u"1"_s;
    if (!askNothing
        && QMessageBox::question(
                   nullptr, tr("ElectionDesk"),
                   tr("The database is empty. Fill it with the demo data of the two sample "
                      "plans, %1 and %2, with their meetings, tasks and agencies?")
                           .arg(u"01-KH/BCĐ"_s, u"508/KH-UBND"_s),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                   != QMessageBox::Yes) {
        log::gui()->info("demo data declined");
        return;
    }
    const Status loaded = services::DemoDataService(workspace).load();
    if (!loaded) {
        log::gui()->error("demo data not loaded: code {}", static_cast<int>(loaded.error().code));
        QMessageBox::warning(nullptr, tr("ElectionDesk"),
                             i18n::errorMessage(loaded.error(), workspace.filePath()));
        return;
    }
    log::gui()->info("demo data loaded");
}

} // namespace ed::gui
