// Kills `electiondesk-cli results import` with SIGKILL at random moments and checks the database
// after each kill (tests/support/crashtrial.h): the crash-safety test of the test suite, on files
// of any size. Run by scripts/crash-test-national on the national files; never by ctest.
//
//   ed_crashtest --cli electiondesk-cli --db FILE --trials N [--seed N] RESULTS1 RESULTS2

#include "support/crashtrial.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <random>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Kills results imports at random moments and checks the database after each."_s);
    parser.addHelpOption();
    const QCommandLineOption cli(u"cli"_s, u"The electiondesk-cli binary."_s, u"FILE"_s);
    const QCommandLineOption db(u"db"_s, u"A database with the units imported."_s, u"FILE"_s);
    const QCommandLineOption trials(u"trials"_s, u"Kills."_s, u"N"_s, u"20"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the delays (default: a new one)."_s, u"N"_s);
    parser.addOptions({cli, db, trials, seed});
    parser.addPositionalArgument(u"results"_s, u"Two results files of the same rows."_s,
                                 u"RESULTS1 RESULTS2"_s);
    parser.process(app);
    if (!parser.isSet(cli) || !parser.isSet(db) || parser.positionalArguments().size() < 2)
        parser.showHelp(2);

    QTextStream out(stdout);
    ed::test::crash::Options options;
    options.cli = parser.value(cli);
    options.database = parser.value(db);
    options.resultsFiles = parser.positionalArguments();
    options.trials = parser.value(trials).toInt();
    options.seed = parser.isSet(seed)
                           ? parser.value(seed).toULongLong()
                           : (quint64(std::random_device{}()) << 32) ^ std::random_device{}();
    options.progress = [&out](const ed::test::crash::Trial& trial) {
        out << "trial " << trial.index + 1 << ": killed after " << trial.delayUs / 1000 << " ms "
            << ed::test::crash::momentName(trial.moment) << ", "
            << (trial.committed ? "import present" : "import absent") << ", "
            << (trial.problem.isEmpty() ? u"database ok"_s : u"FAILED: "_s + trial.problem)
            << Qt::endl;
    };
    out << "seed " << options.seed << Qt::endl;
    ed::test::crash::Summary summary;
    const QString error = ed::test::crash::run(options, summary);
    out << summary.figures() << Qt::endl;
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    out << "trials " << summary.trials.size() << ", kills survived " << summary.survived()
        << Qt::endl;
    return summary.survived() == summary.trials.size() ? 0 : 1;
}
