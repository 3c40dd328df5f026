#include "cli/resultscommands.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/tableoutput.h"
#include "core/evaluation.h"
#include "i18n/errormessages.h"
#include "i18n/resultswording.h"
#include "services/planservice.h"
#include "services/resultsimport.h"
#include "services/resultsservice.h"
#include "services/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <optional>

using namespace Qt::StringLiterals;

namespace ed::cli {

namespace {

/// The form of `command`'s synopsis for `subcommand` ("results unlock --reason TEXT"), or the
/// whole synopsis when no form starts with it.
QString synopsisOf(const Command& command, const QString& subcommand)
{
    const QString synopsis = QString::fromUtf8(command.synopsis);
    const QString start = QString::fromUtf8(command.name) + u' ' + subcommand;
    for (const QString& form : synopsis.split(u" | "_s)) {
        if (!subcommand.isEmpty() && (form == start || form.startsWith(start + u' ')))
            return form;
    }
    return synopsis;
}

QString usageLine(const QString& synopsis)
{
    return QCoreApplication::translate("Cli", "Usage: %1").arg(u"electiondesk-cli "_s + synopsis);
}

/// A lock event's moment as the GUI shows it: 01/06/2021 09:00, local time.
QString moment(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s) : u"?"_s;
}

QString userName(const ResultsLockEvent& event)
{
    return event.user.isEmpty() ? QCoreApplication::translate("Cli", "an unknown user")
                                : event.user;
}

/// "Marked official on 01/06/2021 09:00 by hoa. Note: …" for the event that locked the results.
QString lockedBy(const ResultsLockEvent& event)
{
    QString text = QCoreApplication::translate("Cli", "Marked official on %1 by %2.")
                           .arg(moment(event.at), userName(event));
    if (!event.reason.isEmpty())
        text += u' ' + QCoreApplication::translate("Cli", "Note: %1").arg(event.reason);
    return text;
}

/// After a refusal for the lock: who marked the results official and when, as far as known.
void explainLock(services::Workspace& workspace, const CommandContext& context)
{
    const auto state = services::ResultsService(workspace).lockState();
    if (state && state->isLocked())
        context.err << lockedBy(state->history.last()) << u'\n';
}

/// Reads the units or results file at `path` and imports it: all of it or, on any error, nothing.
int importFile(const QString& path, services::ResultsFile kind, const CommandContext& context)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << QCoreApplication::translate("Cli",
                                                   "%1 cannot be read: %2. Nothing was imported.")
                               .arg(path, file.errorString())
                    << u'\n';
        return kRefused;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        context.err << QCoreApplication::translate("Cli",
                                                   "%1 cannot be read: %2. Nothing was imported.")
                               .arg(path, file.errorString())
                    << u'\n';
        return kRefused;
    }
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    const auto report = services::ResultsImport(*workspace, kind).run(bytes);
    if (!report) {
        context.err << i18n::errorMessage(report.error(), context.databasePath) << u'\n';
        if (report.error().code == ErrorCode::Locked)
            explainLock(*workspace, context);
        context.err << QCoreApplication::translate("Cli", "Nothing was imported.") << u'\n';
        return kRefused;
    }
    if (report->refused())
        return printRefusedImport(*report, path, &i18n::resultsProblemMessage, context);
    context.out << (kind == services::ResultsFile::Units
                            ? QCoreApplication::translate(
                                    "Cli", "Units imported: %1 added, %2 updated, %3 unchanged.")
                            : QCoreApplication::translate("Cli",
                                                          "Results imported (one per unit and "
                                                          "ballot): %1 added, %2 updated, %3 "
                                                          "unchanged."))
                           .arg(report->added)
                           .arg(report->updated)
                           .arg(report->unchanged)
                << u'\n';
    if (!report->warnings.isEmpty()) {
        for (const ImportProblem& warning : report->warnings)
            context.err << path << u": "_s << i18n::resultsProblemMessage(warning) << u'\n';
        if (report->moreWarnings > 0)
            context.err << QCoreApplication::translate("Cli", "… and %n more warning(s).", nullptr,
                                                       report->moreWarnings)
                        << u'\n';
        // A local count: lupdate skips a translate() call holding a template argument.
        const int count = int(report->warnings.size()) + report->moreWarnings;
        context.err << QCoreApplication::translate(
                "Cli",
                "%n warning(s): the figures were imported; check them against the minutes "
                "and explain them in the report.",
                nullptr, count)
                    << u'\n';
    }
    return kSuccess;
}

/// The plan `word` names: its number ("508/KH-UBND"), its code or its id.
std::optional<PlanId> findPlan(const QList<Plan>& plans, const QString& word)
{
    for (const Plan& plan : plans) {
        if (plan.symbol.compare(word, Qt::CaseInsensitive) == 0 || plan.code == word
            || QString::number(plan.id.raw()) == word)
            return plan.id;
    }
    return std::nullopt;
}

/// The numbers of the plans whose campaign has measurable criteria, for the error messages.
QStringList measurablePlans(services::Workspace& workspace)
{
    services::PlanService plans(workspace);
    const auto all = plans.plans();
    const auto campaigns = plans.campaigns();
    QStringList symbols;
    if (!all || !campaigns)
        return symbols;
    for (const Campaign& campaign : campaigns.value()) {
        if (!measuredCriteria(campaign.criteria).any())
            continue;
        for (const Plan& plan : all.value()) {
            if (plan.id == campaign.plan && !symbols.contains(plan.symbol))
                symbols << plan.symbol;
        }
    }
    return symbols;
}

int evaluate(const QCommandLineParser& parser,
             const QCommandLineOption& formatOpt,
             const QCommandLineOption& planOpt,
             const CommandContext& context)
{
    const auto format = chosenFormat(parser, formatOpt, context);
    if (!format)
        return kUsage;
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    std::optional<PlanId> plan;
    const QString planWord = parser.value(planOpt);
    if (parser.isSet(planOpt)) {
        const auto plans = services::PlanService(*workspace).plans();
        if (!plans) {
            context.err << i18n::errorMessage(plans.error(), context.databasePath) << u'\n';
            return kRefused;
        }
        plan = findPlan(plans.value(), planWord);
        if (!plan) {
            QStringList symbols;
            for (const Plan& p : plans.value())
                symbols << p.symbol;
            context.err << (symbols.isEmpty()
                                    ? QCoreApplication::translate(
                                              "Cli", "No plan is numbered \"%1\": the database "
                                                     "holds no plan. \"electiondesk-cli init "
                                                     "--demo\" loads the seed plans into an "
                                                     "empty database.")
                                              .arg(planWord)
                                    : QCoreApplication::translate(
                                              "Cli",
                                              "No plan is numbered \"%1\"; the plans are: %2.")
                                              .arg(planWord, symbols.join(u", "_s)))
                        << u'\n';
            return kRefused;
        }
    }
    const auto evaluation = services::ResultsService(*workspace).evaluate(plan);
    // A plan without a campaign may come back as NotFound: the same answer as no criteria.
    const bool noCampaign = evaluation ? !evaluation->campaign
                                       : plan && evaluation.error().code == ErrorCode::NotFound;
    if (!evaluation && !noCampaign) {
        context.err << i18n::errorMessage(evaluation.error(), context.databasePath) << u'\n';
        return kRefused;
    }
    if (noCampaign) {
        const QStringList measurable = measurablePlans(*workspace);
        if (plan && !measurable.isEmpty()) {
            context.err << QCoreApplication::translate(
                                   "Cli",
                                   "Plan %1 has no campaign with measurable criteria (turnout, "
                                   "law study, invalid ballots, no re-vote) to decide the units "
                                   "against. Plans that have: %2.")
                                   .arg(planWord, measurable.join(u", "_s))
                        << u'\n';
        } else {
            context.err << QCoreApplication::translate(
                    "Cli", "No campaign with measurable criteria (turnout, law study, "
                           "invalid ballots, no re-vote) is in the database, so there is "
                           "nothing to decide the units against. Load the plan that "
                           "sets them, such as 508/KH-UBND: \"electiondesk-cli init "
                           "--demo\" loads it into an empty database.")
                        << u'\n';
        }
        return kRefused;
    }
    using enum ColumnType;
    printTable(
            services::ResultsService::evaluationTable(evaluation->units),
            {Text, Text, Integer, Integer, Decimal, Flag, Decimal, Flag, Decimal, Flag, Flag, Flag},
            *format, context.out);
    return kSuccess;
}

int status(const CommandContext& context)
{
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    const auto state = services::ResultsService(*workspace).lockState();
    if (!state) {
        context.err << i18n::errorMessage(state.error(), context.databasePath) << u'\n';
        return kRefused;
    }
    if (state->isLocked()) {
        context.out << QCoreApplication::translate(
                "Cli", "The results are official: imports and edits are refused until "
                       "\"results unlock --reason TEXT\".")
                    << u'\n' << lockedBy(state->history.last()) << u'\n';
    } else {
        context.out << QCoreApplication::translate(
                "Cli", "The results are not official: imports and edits are open.")
                    << u'\n';
    }
    if (state->history.isEmpty()) {
        context.out << QCoreApplication::translate("Cli", "They have never been marked official.")
                    << u'\n';
        return kSuccess;
    }
    context.out << QCoreApplication::translate("Cli", "Lock history, oldest first:") << u'\n';
    for (const ResultsLockEvent& event : state->history) {
        const QString when = moment(event.at);
        const QString who = userName(event);
        QString line;
        if (event.locked)
            line = event.reason.isEmpty()
                           ? QCoreApplication::translate("Cli", "%1  marked official by %2")
                                     .arg(when, who)
                           : QCoreApplication::translate("Cli", "%1  marked official by %2: %3")
                                     .arg(when, who, event.reason);
        else
            line = event.reason.isEmpty()
                           ? QCoreApplication::translate("Cli", "%1  unlocked by %2").arg(when, who)
                           : QCoreApplication::translate("Cli", "%1  unlocked by %2: %3")
                                     .arg(when, who, event.reason);
        context.out << u"  "_s << line << u'\n';
    }
    return kSuccess;
}

int lock(const QString& note, const CommandContext& context)
{
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    services::ResultsService service(*workspace);
    const auto state = service.lockState();
    if (!state) {
        context.err << i18n::errorMessage(state.error(), context.databasePath) << u'\n';
        return kRefused;
    }
    if (state->isLocked()) {
        context.err << QCoreApplication::translate(
                "Cli", "The results are already official; nothing was changed.")
                    << u'\n' << lockedBy(state->history.last()) << u'\n';
        return kRefused;
    }
    if (const auto s = service.lock(note); !s) {
        context.err << i18n::errorMessage(s.error(), context.databasePath) << u'\n';
        return kRefused;
    }
    context.out << QCoreApplication::translate(
            "Cli", "The results are now official: imports and edits are refused until "
                   "\"results unlock --reason TEXT\".")
                << u'\n';
    return kSuccess;
}

int unlock(const QString& reason, const CommandContext& context)
{
    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    services::ResultsService service(*workspace);
    const auto state = service.lockState();
    if (!state) {
        context.err << i18n::errorMessage(state.error(), context.databasePath) << u'\n';
        return kRefused;
    }
    if (!state->isLocked()) {
        context.err << QCoreApplication::translate(
                "Cli", "The results are not official, so there is nothing to unlock; "
                       "nothing was changed.")
                    << u'\n';
        return kRefused;
    }
    if (const auto s = service.unlock(reason); !s) {
        context.err << i18n::errorMessage(s.error(), context.databasePath) << u'\n';
        return kRefused;
    }
    context.out << QCoreApplication::translate(
                           "Cli", "The results are reopened for imports and edits. Reason "
                                  "recorded: %1")
                           .arg(reason)
                << u'\n';
    return kSuccess;
}

} // namespace

int unitsCommand(const QStringList& arguments, const CommandContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"import"_s,
                                 QCoreApplication::translate("Cli", "Import a units file."));
    parser.addPositionalArgument(
            u"FILE"_s, QCoreApplication::translate(
                               "Cli", "The CSV file, UTF-8, a header line, columns code, name, "
                                      "parent_code, level, registered_voters, voters_voted, "
                                      "law_study_participants, reported_at."));
    const Command& command = *findCommand(u"units"_s);
    if (const auto stop = parse(parser, command, arguments, 2, context))
        return *stop;
    if (const auto stop = checkSubcommand(parser, u"import"_s, 1,
                                          QString::fromUtf8(command.synopsis), context))
        return *stop;
    return importFile(parser.positionalArguments().at(1), services::ResultsFile::Units, context);
}

int resultsCommand(const QStringList& arguments, const CommandContext& context)
{
    // One parser for every subcommand, so that options may stand anywhere.
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    const QCommandLineOption plan(
            u"plan"_s,
            QCoreApplication::translate(
                    "Cli", "For evaluate: the plan whose campaign criteria decide, by its number "
                           "(508/KH-UBND); by default the first plan that has measurable "
                           "criteria."),
            u"PLAN"_s);
    const QCommandLineOption note(
            u"note"_s,
            QCoreApplication::translate("Cli", "For lock: a note recorded with the lock."),
            u"TEXT"_s);
    const QCommandLineOption reason(
            u"reason"_s,
            QCoreApplication::translate(
                    "Cli", "For unlock, required: why the official results are reopened; it is "
                           "recorded."),
            u"TEXT"_s);
    parser.addOptions({format, plan, note, reason});
    parser.addPositionalArgument(
            u"SUBCOMMAND"_s,
            QCoreApplication::translate(
                    "Cli", "import (a results file), evaluate (every unit against the "
                           "criteria), status (whether the results are official, and the lock's "
                           "history), lock (mark them official) or unlock (reopen them)."));
    parser.addPositionalArgument(
            u"FILE"_s, QCoreApplication::translate(
                               "Cli", "For import: the CSV file, UTF-8, a header line, columns "
                                      "unit_code, ballot, ballots_issued, ballots_received, "
                                      "valid_ballots, invalid_ballots, revote, additional_vote."));
    const Command& command = *findCommand(u"results"_s);
    if (const auto stop = parse(parser, command, arguments, -1, context))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString subcommand = positional.value(0);
    const QString synopsis = synopsisOf(command, subcommand);

    // An option of another subcommand makes the call malformed rather than being ignored.
    const std::pair<const QCommandLineOption*, QString> owners[] = {{&format, u"evaluate"_s},
                                                                    {&plan, u"evaluate"_s},
                                                                    {&note, u"lock"_s},
                                                                    {&reason, u"unlock"_s}};
    for (const auto& [option, owner] : owners) {
        if (parser.isSet(*option) && subcommand != owner) {
            context.err << QCoreApplication::translate("Cli",
                                                       "--%1 belongs to \"results %2\" only.")
                                   .arg(option->names().constFirst(), owner)
                        << u'\n' << usageLine(synopsis) << u'\n';
            return kUsage;
        }
    }

    if (subcommand == u"import"_s) {
        if (const auto stop = checkSubcommand(parser, subcommand, 1, synopsis, context))
            return *stop;
        return importFile(positional.at(1), services::ResultsFile::Ballots, context);
    }
    if (subcommand == u"evaluate"_s || subcommand == u"status"_s || subcommand == u"lock"_s
        || subcommand == u"unlock"_s) {
        if (const auto stop = checkSubcommand(parser, subcommand, 0, synopsis, context))
            return *stop;
    } else {
        context.err << usageLine(synopsis) << u'\n';
        return kUsage;
    }
    if (subcommand == u"evaluate"_s)
        return evaluate(parser, format, plan, context);
    if (subcommand == u"status"_s)
        return status(context);
    if (subcommand == u"lock"_s)
        return lock(parser.value(note).trimmed(), context);
    const QString why = parser.value(reason).trimmed();
    if (why.isEmpty()) {
        context.err << QCoreApplication::translate(
                "Cli", "Unlocking official results needs a reason: write "
                       "--reason \"…\"; it is recorded.")
                    << u'\n' << usageLine(synopsis) << u'\n';
        return kUsage;
    }
    return unlock(why, context);
}

} // namespace ed::cli
