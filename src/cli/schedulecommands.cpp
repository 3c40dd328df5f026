#include "cli/schedulecommands.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/tableoutput.h"
#include "i18n/errormessages.h"
#include "i18n/schedulewording.h"
#include "services/agencyimport.h"
#include "services/calendarexport.h"
#include "services/planservice.h"
#include "services/schedulelisting.h"
#include "services/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ed::cli {

namespace {

/// The due-soon window of the lists; it does not change "overdue", which the CLI prints.
constexpr int kSoonDays = 7;

int listCommand(const QStringList& arguments,
                const CommandContext& context,
                const char* name,
                const std::function<Result<services::TextTable>(services::Workspace&)>& read,
                const QList<ColumnType>& types)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    parser.addOption(format);
    parser.addPositionalArgument(u"list"_s, QCoreApplication::translate("Cli", "List them."));
    const Command& command = *findCommand(QString::fromLatin1(name));
    if (const auto stop = parse(parser, command, arguments, 1, context))
        return *stop;
    if (const auto stop =
                checkSubcommand(parser, u"list"_s, 0, QString::fromUtf8(command.synopsis), context))
        return *stop;
    const auto chosen = chosenFormat(parser, format, context);
    if (!chosen)
        return kUsage;
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    const auto table = read(*workspace);
    if (!table) {
        context.err << i18n::errorMessage(table.error(), context.databasePath) << u'\n';
        return kRefused;
    }
    printTable(table.value(), types, *chosen, context.out);
    return kSuccess;
}

/// Reads and imports the agencies file at `path`: all of it or, on any problem, nothing.
int importAgencies(const QString& path, const CommandContext& context)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << QCoreApplication::translate("Cli",
                                                   "%1 cannot be read: %2. Nothing was written.")
                               .arg(path, file.errorString())
                    << u'\n';
        return kRefused;
    }
    const QByteArray bytes = file.readAll();
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    const auto report = services::AgencyImport(*workspace).run(bytes);
    if (!report) {
        context.err << i18n::errorMessage(report.error(), context.databasePath) << u'\n'
                    << QCoreApplication::translate("Cli", "Nothing was written.") << u'\n';
        return kRefused;
    }
    if (!report->problems.isEmpty()) {
        for (const ImportProblem& problem : report->problems)
            context.err << path << u": "_s << i18n::importProblemMessage(problem) << u'\n';
        // A local count: lupdate skips a translate() call holding a template argument.
        const int count = int(report->problems.size());
        context.err << QCoreApplication::translate(
                "Cli", "%n problem(s); the file was refused whole and nothing was written.",
                nullptr, count)
                    << u'\n';
        return kRefused;
    }
    context.out << QCoreApplication::translate(
                           "Cli", "Agencies imported: %1 added, %2 updated, %3 unchanged.")
                           .arg(report->added)
                           .arg(report->updated)
                           .arg(report->unchanged)
                << u'\n';
    return kSuccess;
}

} // namespace

int meetingsCommand(const QStringList& arguments, const CommandContext& context)
{
    using enum ColumnType;
    return listCommand(
            arguments, context, "meetings",
            [](services::Workspace& workspace) -> Result<services::TextTable> {
                const auto meetings = services::ScheduleListing(workspace, kSoonDays).meetings();
                if (!meetings)
                    return meetings.error();
                return services::ScheduleListing::meetingTable(meetings.value());
            },
            {Text, Integer, Text, Text, OptionalText, OptionalText, Text, Flag, Integer});
}

int tasksCommand(const QStringList& arguments, const CommandContext& context)
{
    using enum ColumnType;
    return listCommand(arguments, context, "tasks",
                       [](services::Workspace& workspace) -> Result<services::TextTable> {
                           const auto tasks =
                                   services::ScheduleListing(workspace, kSoonDays).tasks();
                           if (!tasks)
                               return tasks.error();
                           return services::ScheduleListing::taskTable(tasks.value());
                       },
                       {Text, Text, Text, Text, OptionalText, OptionalText, OptionalText, Text,
                        Flag, Integer});
}

int agenciesCommand(const QStringList& arguments, const CommandContext& context)
{
    // One parser for both subcommands, so that options may stand anywhere.
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    parser.addOption(format);
    parser.addPositionalArgument(
            u"import|list"_s, QCoreApplication::translate("Cli", "Import a file, or list them."));
    parser.addPositionalArgument(
            u"FILE"_s,
            QCoreApplication::translate("Cli", "For import: the CSV file, UTF-8, a header line, "
                                               "columns name, abbreviation, level, kind, parent."));
    const Command& command = *findCommand(u"agencies"_s);
    if (const auto stop = parse(parser, command, arguments, -1, context))
        return *stop;
    const QString synopsis = QString::fromUtf8(command.synopsis);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == u"list"_s) {
        if (const auto stop = checkSubcommand(parser, u"list"_s, 0, synopsis, context))
            return *stop;
        const auto chosen = chosenFormat(parser, format, context);
        if (!chosen)
            return kUsage;
        const auto workspace = context.openWorkspace();
        if (!workspace)
            return kRefused;
        const auto agencies = services::PlanService(*workspace).agencies();
        if (!agencies) {
            context.err << i18n::errorMessage(agencies.error(), context.databasePath) << u'\n';
            return kRefused;
        }
        printTable(services::AgencyImport::table(agencies.value()),
                   {ColumnType::Text, ColumnType::Text, ColumnType::Text, ColumnType::Text,
                    ColumnType::OptionalText},
                   *chosen, context.out);
        return kSuccess;
    }
    if (const auto stop = checkSubcommand(parser, u"import"_s, 1, synopsis, context))
        return *stop;
    return importAgencies(parser.positionalArguments().at(1), context);
}

int calendarCommand(const QStringList& arguments, const CommandContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"export"_s,
                                 QCoreApplication::translate("Cli", "Export the calendar."));
    parser.addPositionalArgument(
            u"FILE"_s, QCoreApplication::translate(
                               "Cli", "The .ics file to write; an older one is replaced."));
    const Command& command = *findCommand(u"calendar"_s);
    if (const auto stop = parse(parser, command, arguments, 2, context))
        return *stop;
    if (const auto stop = checkSubcommand(parser, u"export"_s, 1,
                                          QString::fromUtf8(command.synopsis), context))
        return *stop;
    const QString path = parser.positionalArguments().at(1);
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    const services::CalendarWords words{QCoreApplication::translate("Cli", "ElectionDesk schedule"),
                                        QCoreApplication::translate("Cli", "Meeting"),
                                        QCoreApplication::translate("Cli", "Task"),
                                        QCoreApplication::translate("Cli", "Legal milestone"),
                                        &i18n::milestoneTitle};
    const auto calendar = services::CalendarExport(*workspace).calendar(words);
    if (!calendar) {
        context.err << i18n::errorMessage(calendar.error(), context.databasePath) << u'\n';
        return kRefused;
    }
    // QSaveFile writes beside the target and renames: an old calendar is never left half
    // overwritten.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar.value()) != calendar->size()
        || !file.commit()) {
        context.err << QCoreApplication::translate("Cli", "%1 could not be written: %2")
                               .arg(path, file.errorString())
                    << u'\n';
        return kRefused;
    }
    context.out << QCoreApplication::translate("Cli", "Calendar written: %1").arg(path) << u'\n';
    return kSuccess;
}

} // namespace ed::cli
