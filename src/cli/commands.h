#pragma once

#include "cli/tableoutput.h"

#include <QCommandLineOption>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace ed {
class Clock;
struct ImportProblem;
} // namespace ed
namespace ed::services {
class Workspace;
struct ImportReport;
} // namespace ed::services

namespace ed::cli {

struct CommandContext
{
    QString databasePath;
    const Clock& clock;
    QTextStream& out;
    QTextStream& err;

    /// Opens (creating or migrating) the database; on refusal writes the reason to `err`.
    [[nodiscard]] std::unique_ptr<services::Workspace> openWorkspace() const;
};

/// One sub-command: its name, its one-line summary, and what it does.
struct Command
{
    const char* name;
    const char* synopsis; ///< "backup FILE"
    const char* summary;
    int (*run)(const QStringList& arguments, const CommandContext& context);
};

/// Parses a command's own arguments. Returns an exit status when the command must stop here
/// (its --help was asked for, or the arguments are malformed), nothing when it may go on.
/// A negative `positionalCount` leaves the count of positional arguments to the command.
[[nodiscard]] std::optional<int> parse(QCommandLineParser& parser,
                                       const Command& command,
                                       const QStringList& arguments,
                                       qsizetype positionalCount,
                                       const CommandContext& context);

/// The --format option of the listing commands: csv, json or table (the default).
[[nodiscard]] QCommandLineOption formatOption();

/// The format the --format `option` names; nothing, after saying so on `err`, for another word.
[[nodiscard]] std::optional<OutputFormat> chosenFormat(const QCommandLineParser& parser,
                                                       const QCommandLineOption& option,
                                                       const CommandContext& context);

/// Stops with the usage line unless the first positional argument is the expected subcommand
/// word (`list`, `import`, `export`) followed by `extra` more.
[[nodiscard]] std::optional<int> checkSubcommand(const QCommandLineParser& parser,
                                                 const QString& expected,
                                                 qsizetype extra,
                                                 const QString& synopsis,
                                                 const CommandContext& context);

/// Writes a refused import's problems, one per line as `path: <message>`, "… and N more" and
/// the count, to `err`; returns kRefused.
int printRefusedImport(const services::ImportReport& report,
                       const QString& path,
                       QString (*message)(const ImportProblem&),
                       const CommandContext& context);

/// Every command's synopsis and summary, for the general help.
[[nodiscard]] QString commandsHelp();

/// The command called `name`, or nullptr.
[[nodiscard]] const Command* findCommand(const QString& name);

} // namespace ed::cli
