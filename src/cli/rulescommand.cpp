#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/resultscommands.h"
#include "cli/tableoutput.h"
#include "core/resultrules.h"
#include "i18n/resultswording.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ed::cli {

int rulesCommand(const QStringList& arguments, const CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    parser.addOption(format);
    parser.addPositionalArgument(u"list"_s, QCoreApplication::translate("Cli", "List them."));
    const Command& command = *findCommand(u"rules"_s);
    if (const auto stop = parse(parser, command, arguments, 1, context))
        return *stop;
    if (const auto stop =
                checkSubcommand(parser, u"list"_s, 0, QString::fromUtf8(command.synopsis), context))
        return *stop;
    const auto chosen = chosenFormat(parser, format, context);
    if (!chosen)
        return kUsage;
    // The catalogue needs no database: it is the same for every file.
    services::TextTable table{{u"id"_s, u"severity"_s, u"key"_s, u"title"_s, u"advice"_s}, {}};
    for (const Rule rule : allRules())
        table.rows << QStringList{ruleId(rule),
                                  severity(rule) == Severity::Error ? u"error"_s : u"warning"_s,
                                  ruleKey(rule), i18n::ruleTitle(rule), i18n::ruleAdvice(rule)};
    using enum ColumnType;
    printTable(table, {Text, Text, Text, Text, Text}, *chosen, context.out);
    return kSuccess;
}

} // namespace ed::cli
