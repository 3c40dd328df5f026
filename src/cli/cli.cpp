#include "cli/cli.h"

#include "cli/commands.h"
#include "core/clock.h"
#include "logging/log.h"
#include "services/workspace.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace ed::cli {

namespace {

QString usage()
{
    return QCoreApplication::translate(
                   "Cli",
                   "Usage: electiondesk-cli [--db PATH] [--today YYYY-MM-DD] COMMAND [ARGS]\n"
                   "\n"
                   "Global options (before or after the command):\n"
                   "  --db PATH            database file (default: %1)\n"
                   "  --today YYYY-MM-DD   the date to take as today (default: the system date)\n"
                   "  -h, --help           this help; COMMAND --help shows a command's help\n"
                   "  --version            the program's version\n"
                   "\n"
                   "Commands:\n"
                   "%2\n"
                   "Exit status: 0 success, 1 refused (nothing was changed), 2 usage error.\n")
            .arg(services::Workspace::defaultDatabasePath(), commandsHelp());
}

/// Takes the global options out of `arguments`, wherever they stand.
struct GlobalOptions
{
    QString db;
    QString today;
    bool help = false;
    bool version = false;
    QStringList rest;
    QString error;
};

GlobalOptions splitGlobalOptions(const QStringList& arguments)
{
    GlobalOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        const auto value = [&](const QString& name, QString& target) {
            if (arg.startsWith(name + u'=')) {
                target = arg.mid(name.size() + 1);
                return true;
            }
            if (arg != name)
                return false;
            if (i + 1 >= arguments.size())
                options.error = QCoreApplication::translate("Cli", "%1 needs a value.").arg(name);
            else
                target = arguments[++i];
            return true;
        };
        if (value(u"--db"_s, options.db) || value(u"--today"_s, options.today))
            continue;
        if (options.rest.isEmpty() && (arg == u"--help"_s || arg == u"-h"_s))
            options.help = true;
        else if (options.rest.isEmpty() && arg == u"--version"_s)
            options.version = true;
        else
            options.rest << arg;
    }
    return options;
}

} // namespace

bool needsGuiApplication(const QStringList& arguments)
{
    const GlobalOptions options = splitGlobalOptions(arguments);
    return !options.rest.isEmpty() && options.rest.first() == u"report"_s;
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const GlobalOptions options = splitGlobalOptions(arguments);
    if (!options.error.isEmpty()) {
        err << options.error << u'\n' << usage();
        return kUsage;
    }
    if (options.version) {
        out << u"electiondesk-cli "_s << QCoreApplication::applicationVersion() << u'\n';
        return kSuccess;
    }
    if (options.help || options.rest.isEmpty()) {
        (options.help ? out : err) << usage();
        return options.help ? kSuccess : kUsage;
    }
    std::unique_ptr<Clock> clock = std::make_unique<SystemClock>();
    if (!options.today.isEmpty()) {
        const QDate today = QDate::fromString(options.today, Qt::ISODate);
        if (!today.isValid()) {
            err << QCoreApplication::translate(
                           "Cli",
                           "--today: '%1' is not a date; write it as YYYY-MM-DD, e.g. 2021-05-23.")
                            .arg(options.today)
                << u'\n';
            return kUsage;
        }
        clock = std::make_unique<FixedClock>(today);
    }
    const QString command = options.rest.first();
    const QStringList commandArgs = options.rest.mid(1);
    const Command* found = findCommand(command);
    if (!found) {
        err << QCoreApplication::translate("Cli", "Unknown command '%1'.").arg(command) << u'\n'
            << usage();
        return kUsage;
    }
    CommandContext context{options.db.isEmpty() ? services::Workspace::defaultDatabasePath()
                                                : options.db,
                           *clock, out, err};
    log::cli()->info("command {} started", command);
    const int status = found->run(commandArgs, context);
    log::cli()->info("command {} ended with status {}", command, status);
    return status;
}

} // namespace ed::cli
