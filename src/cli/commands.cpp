#include "cli/commands.h"

#include "cli/cli.h"
#include "cli/nominationcommands.h"
#include "cli/reportcommands.h"
#include "cli/resultscommands.h"
#include "cli/schedulecommands.h"
#include "i18n/errormessages.h"
#include "services/backupservice.h"
#include "services/demodata.h"
#include "services/importreport.h"
#include "services/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;

namespace ed::cli {

std::optional<int> parse(QCommandLineParser& parser,
                         const Command& command,
                         const QStringList& arguments,
                         qsizetype positionalCount,
                         const CommandContext& context)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    const QString synopsis = u"electiondesk-cli [--db PATH] [--today YYYY-MM-DD] "_s
                             + QString::fromUtf8(command.synopsis);
    if (!parser.parse(QStringList{u"electiondesk-cli"_s} + arguments)) {
        context.err << parser.errorText() << u'\n'
                    << QCoreApplication::translate("Cli", "Usage: %1").arg(synopsis) << u'\n';
        return kUsage;
    }
    if (parser.isSet(help)) {
        context.out << QCoreApplication::translate("Cli", "Usage: %1").arg(synopsis) << u"\n\n"_s
                    << QCoreApplication::translate("Cli", command.summary) << u"\n\n"_s
                    << parser.helpText().section(u"\n\n"_s, 1);
        return kSuccess;
    }
    if (positionalCount >= 0 && parser.positionalArguments().size() != positionalCount) {
        context.err << QCoreApplication::translate("Cli", "Usage: %1").arg(synopsis) << u'\n';
        return kUsage;
    }
    return std::nullopt;
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(
            u"format"_s,
            QCoreApplication::translate("Cli", "Output format: csv, json or table (default)."),
            u"FORMAT"_s, u"table"_s);
}

std::optional<int> checkSubcommand(const QCommandLineParser& parser,
                                   const QString& expected,
                                   qsizetype extra,
                                   const QString& synopsis,
                                   const CommandContext& context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 + extra || positional.first() != expected) {
        context.err << QCoreApplication::translate("Cli", "Usage: %1")
                               .arg(u"electiondesk-cli "_s + synopsis)
                    << u'\n';
        return kUsage;
    }
    return std::nullopt;
}

std::optional<OutputFormat> chosenFormat(const QCommandLineParser& parser,
                                         const QCommandLineOption& option,
                                         const CommandContext& context)
{
    const QString word = parser.value(option);
    const auto format = outputFormat(word);
    if (!format)
        context.err << QCoreApplication::translate(
                               "Cli", "Unknown format \"%1\"; write csv, json or table.")
                               .arg(word)
                    << u'\n';
    return format;
}

namespace {

int initCommand(const QStringList& arguments, const CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(
            u"demo"_s,
            QCoreApplication::translate("Cli", "Fill an empty database with the two seed plans."));
    parser.addOption(demo);
    if (const auto stop = parse(parser, *findCommand(u"init"_s), arguments, 0, context))
        return *stop;
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    if (parser.isSet(demo)) {
        if (auto s = services::DemoDataService(*workspace).load(); !s) {
            context.err << (s.error().code == ErrorCode::Conflict
                                    ? QCoreApplication::translate(
                                            "Cli",
                                            "The database already holds data; the demo data is "
                                            "loaded only into an empty one. Nothing was changed.")
                                    : i18n::errorMessage(s.error(), context.databasePath))
                        << u'\n';
            return kRefused;
        }
        context.out << QCoreApplication::translate(
                "Cli", "Demo data loaded: plans 01-KH/BCĐ and 508/KH-UBND.")
                    << u'\n';
    }
    context.out
            << QCoreApplication::translate("Cli", "Database ready: %1").arg(context.databasePath)
            << u'\n';
    return kSuccess;
}

int checkCommand(const QStringList& arguments, const CommandContext& context)
{
    QCommandLineParser parser;
    if (const auto stop = parse(parser, *findCommand(u"check"_s), arguments, 0, context))
        return *stop;
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    const auto health = workspace->check();
    if (!health) {
        context.err << i18n::errorMessage(health.error(), context.databasePath) << u'\n';
        return kRefused;
    }
    context.out << QCoreApplication::translate("Cli", "Database: %1").arg(context.databasePath)
                << u'\n'
                << QCoreApplication::translate("Cli", "Schema version: %1 (this program: %2)")
                           .arg(health->schemaVersion)
                           .arg(health->appSchemaVersion)
                << u'\n'
                << QCoreApplication::translate("Cli", "Integrity: %1")
                           .arg(health->integrityOk ? QCoreApplication::translate("Cli", "ok")
                                                    : QCoreApplication::translate("Cli", "DAMAGED"))
                << u'\n'
                << QCoreApplication::translate("Cli", "Foreign keys: %1")
                           .arg(health->foreignKeysOk
                                        ? QCoreApplication::translate("Cli", "ok")
                                        : QCoreApplication::translate("Cli", "BROKEN"))
                << u'\n';
    if (!health->healthy()) {
        context.err
                << QCoreApplication::translate("Cli", "First problem: %1").arg(health->firstProblem)
                << u'\n';
        return kRefused;
    }
    return kSuccess;
}

int backupCommand(const QStringList& arguments, const CommandContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
            u"FILE"_s,
            QCoreApplication::translate("Cli", "The new file to write; it must not exist."));
    if (const auto stop = parse(parser, *findCommand(u"backup"_s), arguments, 1, context))
        return *stop;
    const QString target = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(target)) {
        context.err << QCoreApplication::translate(
                               "Cli", "%1 already exists; name a new file. Nothing was written.")
                               .arg(target)
                    << u'\n';
        return kRefused;
    }
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    if (auto s = workspace->backupTo(target); !s) {
        context.err << QCoreApplication::translate("Cli",
                                                   "The backup could not be written to %1: %2")
                               .arg(target, i18n::errorMessage(s.error(), target))
                    << u'\n';
        return kRefused;
    }
    context.out << QCoreApplication::translate("Cli", "Backup written: %1").arg(target) << u'\n';
    return kSuccess;
}

int restoreCommand(const QStringList& arguments, const CommandContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
            u"FILE"_s, QCoreApplication::translate("Cli", "The backup file to restore from."));
    const QCommandLineOption yes(
            u"yes"_s, QCoreApplication::translate(
                              "Cli", "Replace the current data; without it nothing is changed."));
    parser.addOption(yes);
    if (const auto stop = parse(parser, *findCommand(u"restore"_s), arguments, 1, context))
        return *stop;
    const QString file = parser.positionalArguments().constFirst();
    if (!QFileInfo(file).isFile()) {
        context.err << i18n::restoreErrorMessage({ErrorCode::NotFound, {}}, file) << u'\n';
        return kRefused;
    }
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    services::BackupService service(*workspace);
    const auto facts = service.inspect(file);
    if (!facts) {
        context.err << i18n::restoreErrorMessage(facts.error(), file) << u'\n';
        return kRefused;
    }
    context.out << QCoreApplication::translate(
                           "Cli", "Backup: %1, taken %2, schema version %3 (this program: %4)")
                           .arg(file, QLocale().toString(facts->takenAt, u"dd/MM/yyyy HH:mm:ss"_s))
                           .arg(facts->schemaVersion)
                           .arg(facts->appSchemaVersion)
                << u'\n';
    if (!parser.isSet(yes)) {
        // Scripts and cron jobs have no one to answer a question: the confirmation is --yes.
        context.err << QCoreApplication::translate(
                               "Cli",
                               "A restore replaces all the data in %1. Run the command again "
                               "with --yes to restore; the current data is saved into %2 "
                               "first. Nothing was changed.")
                               .arg(context.databasePath,
                                    QDir::toNativeSeparators(service.backupFolder()))
                    << u'\n';
        return kUsage;
    }
    const QString safetyCopy = service.safetyCopyPath();
    const auto restored = service.restore(file, safetyCopy);
    if (!restored) {
        context.err << i18n::restoreErrorMessage(restored.error(), file, safetyCopy) << u'\n';
        return kRefused;
    }
    context.out << QCoreApplication::translate("Cli", "Current data saved first to: %1")
                           .arg(restored->safetyCopy)
                << u'\n' << QCoreApplication::translate("Cli", "Restored from: %1").arg(file)
                << u'\n';
    if (restored->backupSchemaVersion < facts->appSchemaVersion)
        context.out << QCoreApplication::translate(
                               "Cli", "The backup was upgraded from schema version %1 to %2.")
                               .arg(restored->backupSchemaVersion)
                               .arg(facts->appSchemaVersion)
                    << u'\n';
    return kSuccess;
}

// QT_TR_NOOP marks the summaries for lupdate; QCoreApplication::translate("Cli", ) translates them
// when shown.
constexpr Command kCommands[] = {
        {"init", "init [--demo]",
         QT_TRANSLATE_NOOP("Cli",
                           "Creates the database, or upgrades it to this program's schema "
                           "after writing a dated copy beside it."),
         initCommand},
        {"check", "check",
         QT_TRANSLATE_NOOP("Cli",
                           "Runs the integrity check and shows the schema version. Exits "
                           "with 1 when the database is damaged or refused."),
         checkCommand},
        {"backup", "backup FILE",
         QT_TRANSLATE_NOOP("Cli",
                           "Writes a consistent copy of the live database into a new "
                           "file, also while other programs use it."),
         backupCommand},
        {"restore", "restore FILE --yes",
         QT_TRANSLATE_NOOP("Cli",
                           "Replaces all the data with a backup file, after checking it (ours, "
                           "not newer, not damaged; an older one is upgraded) and saving the "
                           "current data into the backups folder beside the database. Without "
                           "--yes it only checks the file and exits with 2."),
         restoreCommand},
        {"meetings", "meetings list [--format csv|json|table]",
         QT_TRANSLATE_NOOP("Cli",
                           "Lists every plan's meetings with their deadline, last allowed day, "
                           "status and whether they are overdue on --today."),
         meetingsCommand},
        {"tasks", "tasks list [--format csv|json|table]",
         QT_TRANSLATE_NOOP("Cli",
                           "Lists every plan's standing tasks with their agencies, deadline, "
                           "status and whether they are overdue on --today."),
         tasksCommand},
        {"agencies", "agencies import FILE | agencies list [--format csv|json|table]",
         QT_TRANSLATE_NOOP(
                 "Cli",
                 "Imports agencies from a CSV file (name,abbreviation,level,kind,parent), "
                 "adding new ones and updating those with the same name; a file with "
                 "any problem is refused whole. Or lists the directory."),
         agenciesCommand},
        {"calendar", "calendar export FILE.ics",
         QT_TRANSLATE_NOOP("Cli",
                           "Writes meetings, task deadlines and the legal milestones as an "
                           "iCalendar file that Thunderbird and Outlook import."),
         calendarCommand},
        {"rules", "rules list [--format csv|json|table]",
         QT_TRANSLATE_NOOP("Cli",
                           "Lists the numbered checks on units and counting results (E… "
                           "errors refuse a file, W… warnings ask for an explanation) with "
                           "what to do about each."),
         rulesCommand},
        {"units", "units import FILE",
         QT_TRANSLATE_NOOP("Cli",
                           "Imports the election units (province, districts, communes, polling "
                           "areas) with their voter figures from a CSV file, adding new ones and "
                           "updating those with the same code; a file with any error is refused "
                           "whole."),
         unitsCommand},
        {"results",
         "results import FILE | results evaluate [--format csv|json|table] [--plan PLAN] | "
         "results status | results lock [--note TEXT] | results unlock --reason TEXT",
         QT_TRANSLATE_NOOP("Cli",
                           "Imports the counting results per unit and ballot (a file with any "
                           "error is refused whole), decides every unit against the campaign's "
                           "criteria, or shows, sets or lifts the official lock that refuses "
                           "imports and edits."),
         resultsCommand},
        {"nominations",
         "nominations import FILE | nominations list [--format csv|json|table] | "
         "nominations decide ID STEP [--note TEXT] [--by NAME] [--on YYYY-MM-DD] | "
         "nominations decisions [--format csv|json|table]",
         QT_TRANSLATE_NOOP("Cli",
                           "Imports award nominations from a nominating agency's CSV file (a "
                           "file with any problem is refused whole), lists them with their "
                           "eligibility, duplicates and working-day appraisal deadline, takes a "
                           "workflow step (approve, reject, return, appraise, propose, "
                           "resubmit), or lists the award decisions with their money."),
         nominationsCommand},
        {"report", "report meetings|tasks|nominations|results --out FILE [--format pdf|html]",
         QT_TRANSLATE_NOOP("Cli",
                           "Writes a printed report under its official letterhead, dated "
                           "--today: the meeting schedule, the standing tasks, the nominations "
                           "list or the campaign results. A PDF by default; --format html "
                           "writes HTML, to standard output when --out is left out."),
         reportCommand},
};

} // namespace

std::unique_ptr<services::Workspace> CommandContext::openWorkspace() const
{
    auto workspace = services::Workspace::open(databasePath, clock);
    if (!workspace) {
        err << i18n::errorMessage(workspace.error(), databasePath) << u'\n';
        return nullptr;
    }
    return std::move(workspace).value();
}

int printRefusedImport(const services::ImportReport& report,
                       const QString& path,
                       QString (*message)(const ImportProblem&),
                       const CommandContext& context)
{
    for (const ImportProblem& problem : report.problems)
        context.err << path << u": "_s << message(problem) << u'\n';
    if (report.moreProblems > 0)
        context.err << QCoreApplication::translate("Cli", "… and %n more problem(s).", nullptr,
                                                   report.moreProblems)
                    << u'\n';
    // A local count: lupdate skips a translate() call holding a template argument.
    const int count = int(report.problems.size()) + report.moreProblems;
    context.err << QCoreApplication::translate(
            "Cli", "%n problem(s); the file was refused whole and nothing was imported.", nullptr,
            count)
                << u'\n';
    return kRefused;
}

QString commandsHelp()
{
    QString help;
    for (const Command& command : kCommands) {
        // One line per form of the command ("agencies import FILE | agencies list …").
        for (const QString& form : QString::fromUtf8(command.synopsis).split(u" | "_s))
            help += u"  "_s + form + u'\n';
        // The summary wrapped to 76 columns, indented under its synopsis.
        QString line;
        for (const QString& word :
             QCoreApplication::translate("Cli", command.summary).split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > 70) {
                help += u"      "_s + line + u'\n';
                line.clear();
            }
            if (!line.isEmpty())
                line += u' ';
            line += word;
        }
        help += u"      "_s + line + u'\n';
    }
    return help;
}

const Command* findCommand(const QString& name)
{
    for (const Command& command : kCommands) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace ed::cli
