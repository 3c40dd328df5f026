#include "cli/nominationcommands.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/tableoutput.h"
#include "core/codes.h"
#include "core/nominationworkflow.h"
#include "i18n/errormessages.h"
#include "i18n/nominationwording.h"
#include "i18n/schedulewording.h"
#include "services/nominationimport.h"
#include "services/nominationservice.h"
#include "services/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <optional>

using namespace Qt::StringLiterals;

namespace ed::cli {

namespace {

/// One subcommand, with the synopsis and summary its own --help shows.
struct Subcommand
{
    const char* word;
    const char* synopsis;
    const char* summary; ///< marked for lupdate; translated when shown
    const char* wordHelp;
};

constexpr Subcommand kImport{
        "import", "nominations import FILE",
        QT_TRANSLATE_NOOP("Cli",
                          "Imports a nominating agency's list from a CSV file, UTF-8, with the "
                          "columns nominee_kind (collective or individual), nominee_name, "
                          "position, unit_code (empty, or a unit's code), nominating_agency (its "
                          "name or abbreviation), award_form (nha_nuoc, bang_khen_tinh or "
                          "giay_khen), achievement, received_on (YYYY-MM-DD) and optionally "
                          "workplace. Each row is stored as received and recorded in the "
                          "trail; a row repeating a stored nomination is counted unchanged. A "
                          "file with any problem is refused whole and every problem is listed."),
        QT_TRANSLATE_NOOP("Cli", "Import a file.")};
constexpr Subcommand kList{
        "list", "nominations list [--format csv|json|table]",
        QT_TRANSLATE_NOOP("Cli",
                          "Lists every nomination with its status, its eligibility from the "
                          "election results and the criteria it fails, whether the nominee is "
                          "proposed more than once, the appraisal due date in working days and "
                          "whether it is overdue on --today."),
        QT_TRANSLATE_NOOP("Cli", "List them.")};
constexpr Subcommand kDecide{
        "decide", "nominations decide ID STEP [--note TEXT] [--by NAME] [--on YYYY-MM-DD]",
        QT_TRANSLATE_NOOP("Cli",
                          "Takes one workflow step for the nomination with this id and records "
                          "it in the trail. STEP is approve, reject or return (for a "
                          "supplement), or appraise, propose or resubmit. Reject and return need "
                          "--note with the reason; so does proposing a nominee that fails a "
                          "criterion. A step the workflow does not allow is refused with the "
                          "steps open now."),
        QT_TRANSLATE_NOOP("Cli", "Take a step.")};
constexpr Subcommand kDecisions{
        "decisions", "nominations decisions [--format csv|json|table]",
        QT_TRANSLATE_NOOP("Cli",
                          "Lists the award decisions recorded so far: number, date, signer, how "
                          "many nominations each covers and their award money in đồng."),
        QT_TRANSLATE_NOOP("Cli", "List the decisions.")};
constexpr const Subcommand* kSubcommands[] = {&kImport, &kList, &kDecide, &kDecisions};

/// The steps `decide` takes, in workflow order; the decision and certificate are the GUI's.
constexpr NominationAction kSteps[] = {NominationAction::StartAppraisal, NominationAction::Return,
                                       NominationAction::Resubmit,       NominationAction::Propose,
                                       NominationAction::Approve,        NominationAction::Reject};

QStringList stepWords(const QList<NominationAction>& actions)
{
    QStringList words;
    for (NominationAction a : actions) {
        if (std::ranges::find(kSteps, a) != std::end(kSteps))
            words << toCode(a);
    }
    return words;
}

QString usageLine(const char* synopsis)
{
    return QCoreApplication::translate("Cli", "Usage: %1")
            .arg(u"electiondesk-cli "_s + QString::fromUtf8(synopsis));
}

/// The first positional argument, the values of the options that take one skipped.
QString subcommandWord(const QStringList& arguments)
{
    static const QStringList valued = {u"format"_s, u"by"_s, u"note"_s, u"on"_s};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == u"--"_s)
            return arguments.value(i + 1);
        if (!arg.startsWith(u'-'))
            return arg;
        const QString name = QStringView(arg).mid(arg.startsWith(u"--"_s) ? 2 : 1).toString();
        if (valued.contains(name))
            ++i; // "--note TEXT": TEXT is the option's
    }
    return {};
}

/// Reads and imports the nominations file at `path`: all of it or, on any problem, nothing.
int importNominations(const QString& path, const CommandContext& context)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    const QByteArray bytes = opened ? file.readAll() : QByteArray();
    if (!opened || file.error() != QFileDevice::NoError) {
        context.err << QCoreApplication::translate("Cli",
                                                   "%1 cannot be read: %2. Nothing was imported.")
                               .arg(path, file.errorString())
                    << u'\n';
        return kRefused;
    }
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    const auto report = services::NominationImport(*workspace).run(bytes);
    if (!report) {
        context.err << i18n::errorMessage(report.error(), context.databasePath) << u'\n'
                    << QCoreApplication::translate("Cli", "Nothing was imported.") << u'\n';
        return kRefused;
    }
    if (report->refused())
        return printRefusedImport(*report, path, &i18n::importProblemMessage, context);
    context.out << QCoreApplication::translate("Cli",
                                               "Nominations imported: %1 added, %2 unchanged.")
                           .arg(report->added)
                           .arg(report->unchanged)
                << u'\n';
    return kSuccess;
}

int listNominations(OutputFormat format, const CommandContext& context)
{
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    const auto rows = services::NominationService(*workspace).list();
    if (!rows) {
        context.err << i18n::errorMessage(rows.error(), context.databasePath) << u'\n';
        return kRefused;
    }
    // `eligible` is 1, 0 or empty (not tied to a unit, no criterion applies): Integer keeps
    // the empty one null in JSON, where Flag would say false.
    using enum ColumnType;
    printTable(services::NominationService::listTable(rows.value()),
               {Integer, Text, Text, OptionalText, Text, Text, Integer, Text, Flag, OptionalText,
                Flag},
               format, context.out);
    return kSuccess;
}

int listDecisions(OutputFormat format, const CommandContext& context)
{
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    const auto decisions = services::NominationService(*workspace).decisions();
    if (!decisions) {
        context.err << i18n::errorMessage(decisions.error(), context.databasePath) << u'\n';
        return kRefused;
    }
    services::TextTable table{{u"number"_s, u"date"_s, u"signer"_s, u"nominations"_s,
                               u"total_dong"_s, u"without_amount"_s},
                              {}};
    for (const services::DecisionSummary& d : decisions.value())
        table.rows << QStringList{d.decision.number,        d.decision.date.toString(Qt::ISODate),
                                  d.decision.signer,        QString::number(d.nominations),
                                  QString::number(d.total), QString::number(d.withoutAmount)};
    using enum ColumnType;
    printTable(table, {Text, Text, Text, Integer, Integer, Integer}, format, context.out);
    return kSuccess;
}

/// After a refused step: where the nomination stands and which steps are open now.
void explainRefusal(const services::NominationRow& row, const CommandContext& context)
{
    const Nomination& n = row.nomination;
    const QStringList open = stepWords(availableActions(n));
    const QString status = i18n::nominationStatusName(n.status);
    context.err << (open.isEmpty() ? QCoreApplication::translate(
                                             "Cli", "Nomination %1 is %2; no step of this "
                                                    "command is open for it.")
                                             .arg(n.id.raw())
                                             .arg(status)
                                   : QCoreApplication::translate(
                                             "Cli", "Nomination %1 is %2; the steps open now: %3.")
                                             .arg(n.id.raw())
                                             .arg(status, open.join(u", "_s)))
                << u'\n';
}

int decide(const QCommandLineParser& parser,
           const QCommandLineOption& note,
           const QCommandLineOption& by,
           const QCommandLineOption& on,
           const CommandContext& context)
{
    const QStringList positional = parser.positionalArguments();
    bool isNumber = false;
    const qint64 raw = positional.at(1).toLongLong(&isNumber);
    if (!isNumber || raw <= 0) {
        context.err << QCoreApplication::translate(
                               "Cli", "\"%1\" is not a nomination id; write the number that "
                                      "\"nominations list\" shows.")
                               .arg(positional.at(1))
                    << u'\n' << usageLine(kDecide.synopsis) << u'\n';
        return kUsage;
    }
    const NominationId id{raw};
    const QString word = positional.at(2);
    const auto action = fromCode<NominationAction>(word.toLower());
    if (!action || std::ranges::find(kSteps, *action) == std::end(kSteps)) {
        context.err << QCoreApplication::translate("Cli", "Unknown step \"%1\"; write one of: %2.")
                               .arg(word, stepWords(QList<NominationAction>(std::begin(kSteps),
                                                                            std::end(kSteps)))
                                                  .join(u", "_s))
                    << u'\n' << usageLine(kDecide.synopsis) << u'\n';
        return kUsage;
    }
    const QString reason = parser.value(note).trimmed();
    if (needsReason(*action) && reason.isEmpty()) {
        context.err << QCoreApplication::translate(
                               "Cli", "To %1 a nomination, give the reason: write --note \"…\"; "
                                      "it is recorded in the trail.")
                               .arg(toCode(*action))
                    << u'\n' << usageLine(kDecide.synopsis) << u'\n';
        return kUsage;
    }
    QDate day;
    if (parser.isSet(on)) {
        day = QDate::fromString(parser.value(on), Qt::ISODate);
        if (*action != NominationAction::Resubmit || !day.isValid()) {
            context.err << QCoreApplication::translate(
                    "Cli", "--on takes the day a supplement arrived, with "
                           "resubmit only, written YYYY-MM-DD.")
                        << u'\n' << usageLine(kDecide.synopsis) << u'\n';
            return kUsage;
        }
    }

    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    services::NominationService service(*workspace);
    const auto before = service.row(id);
    if (!before) {
        context.err << (before.error().code == ErrorCode::NotFound
                                ? QCoreApplication::translate(
                                          "Cli", "No nomination has the id %1; \"nominations "
                                                 "list\" shows them. Nothing was changed.")
                                          .arg(raw)
                                : i18n::errorMessage(before.error(), context.databasePath))
                    << u'\n';
        return kRefused;
    }
    services::StepRequest step;
    step.nomination = id;
    step.action = *action;
    step.note = reason;
    step.by = parser.value(by).trimmed();
    step.on = day;
    if (const auto done = service.perform({step}); !done) {
        context.err << i18n::errorMessage(done.error(), context.databasePath) << u'\n';
        if (!nextStatus(before->nomination, *action))
            explainRefusal(before.value(), context);
        return kRefused;
    }
    const auto after = service.row(id);
    const NominationStatus now =
            after ? after->nomination.status : nextStatus(before->nomination, *action).value();
    context.out << QCoreApplication::translate("Cli", "Nomination %1 (%2): %3 → %4.")
                           .arg(raw)
                           .arg(before->nomination.name,
                                i18n::nominationStatusName(before->nomination.status),
                                i18n::nominationStatusName(now))
                << u'\n';
    return kSuccess;
}

/// `nominations` without a known subcommand: the command's own help, or its usage.
int generalHelp(const QStringList& arguments, const CommandContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
            u"SUBCOMMAND"_s,
            QCoreApplication::translate(
                    "Cli", "import (a nominating agency's CSV file), list (every nomination), "
                           "decide (one workflow step) or decisions (the award decisions). "
                           "\"nominations SUBCOMMAND --help\" tells more."));
    const Command& command = *findCommand(u"nominations"_s);
    if (const auto stop = parse(parser, command, arguments, -1, context))
        return *stop;
    context.err << usageLine(command.synopsis) << u'\n';
    return kUsage;
}

} // namespace

int nominationsCommand(const QStringList& arguments, const CommandContext& context)
{
    const QString word = subcommandWord(arguments);
    const auto sub = std::ranges::find_if(
            kSubcommands, [&](const Subcommand* s) { return word == QLatin1StringView(s->word); });
    if (sub == std::end(kSubcommands))
        return generalHelp(arguments, context);
    const Subcommand& subcommand = **sub;
    // Each subcommand has a parser of its own: another one's option is refused, not ignored.
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    const QCommandLineOption note(
            u"note"_s,
            QCoreApplication::translate(
                    "Cli", "The reason, recorded in the trail: required to reject or return, "
                           "and to propose a nominee that fails a criterion."),
            u"TEXT"_s);
    const QCommandLineOption by(
            u"by"_s,
            QCoreApplication::translate(
                    "Cli", "Who takes the step, as the trail records it; by default the login "
                           "name."),
            u"NAME"_s);
    const QCommandLineOption on(
            u"on"_s,
            QCoreApplication::translate(
                    "Cli", "For resubmit: the day the supplement arrived (default: --today); "
                           "the appraisal clock restarts from it."),
            u"YYYY-MM-DD"_s);
    qsizetype extra = 0;
    parser.addPositionalArgument(QString::fromLatin1(subcommand.word),
                                 QCoreApplication::translate("Cli", subcommand.wordHelp));
    if (&subcommand == &kImport) {
        parser.addPositionalArgument(u"FILE"_s,
                                     QCoreApplication::translate("Cli", "The CSV file to import."));
        extra = 1;
    } else if (&subcommand == &kDecide) {
        parser.addOptions({note, by, on});
        parser.addPositionalArgument(
                u"ID"_s,
                QCoreApplication::translate("Cli", "The nomination's id, as the list shows it."));
        parser.addPositionalArgument(
                u"STEP"_s,
                QCoreApplication::translate("Cli", "approve, reject, return, appraise, propose or "
                                                   "resubmit."));
        extra = 2;
    } else {
        parser.addOption(format);
    }
    const Command command{subcommand.word, subcommand.synopsis, subcommand.summary, nullptr};
    if (const auto stop = parse(parser, command, arguments, -1, context))
        return *stop;
    if (const auto stop = checkSubcommand(parser, QString::fromLatin1(subcommand.word), extra,
                                          QString::fromUtf8(subcommand.synopsis), context))
        return *stop;
    if (&subcommand == &kImport)
        return importNominations(parser.positionalArguments().at(1), context);
    if (&subcommand == &kDecide)
        return decide(parser, note, by, on, context);
    const auto chosen = chosenFormat(parser, format, context);
    if (!chosen)
        return kUsage;
    return &subcommand == &kList ? listNominations(*chosen, context)
                                 : listDecisions(*chosen, context);
}

} // namespace ed::cli
