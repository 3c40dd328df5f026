// Crash safety: `results import` killed with SIGKILL at random moments, before, inside and after
// its transaction; after each kill the database opens, passes integrity_check and
// foreign_key_check, and holds the whole import or none of it (tests/support/crashtrial.h).
#include "cli/cli.h"
#include "clirun.h"
#include "support/crashtrial.h"
#include "support/electiongen.h"
#include "support/tempdatabase.h"

#include <QFile>

#include <iostream>
#include <random>

using namespace Qt::StringLiterals;

namespace {

using ed::test::cli;
using ed::test::Outcome;
namespace crash = ed::test::crash;

/// Areas of the generated province: about 20,000 result rows, whose import takes a few hundred
/// milliseconds, so that kills aimed at it land inside the transaction too.
constexpr int kAreas = 5000;
constexpr int kTrials = 24;

/// ED_CRASH_SEED=N repeats a failed run's delays; otherwise a new seed each run.
quint64 seed()
{
    bool ok = false;
    const quint64 given = qEnvironmentVariable("ED_CRASH_SEED").toULongLong(&ok);
    return ok ? given : (quint64(std::random_device{}()) << 32) ^ std::random_device{}();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

TEST(CrashSafetyTest, AResultsImportKilledAtAnyMomentLeavesAllOfItOrNoneOfIt)
{
    const ed::test::TempDir dir;
    const QString db = dir.databasePath();
    const ed::test::ElectionData data = ed::test::generateProvince(kAreas, 2021);
    const QString units = dir.path(u"units.csv"_s);
    const QStringList results{dir.path(u"results.csv"_s), dir.path(u"recount.csv"_s)};
    ASSERT_TRUE(writeFile(units, ed::test::unitsCsv(data)));
    ASSERT_TRUE(writeFile(results[0], ed::test::resultsCsv(data)));
    ASSERT_TRUE(writeFile(results[1], ed::test::resultsCsv(ed::test::recounted(data))));
    const Outcome imported = cli({u"--db"_s, db, u"units"_s, u"import"_s, units});
    ASSERT_EQ(imported.status, ed::cli::kSuccess) << imported.err.toStdString();

    crash::Options options;
    options.cli = QStringLiteral(ED_CLI_BINARY);
    options.database = db;
    options.resultsFiles = results;
    options.trials = kTrials;
    options.seed = seed();
    // Keep the children's logs and settings inside the test folder.
    options.environment.insert(u"XDG_DATA_HOME"_s, dir.path(u"data"_s));
    options.environment.insert(u"XDG_CONFIG_HOME"_s, dir.path(u"config"_s));
    options.timeoutMs = 120'000;

    crash::Summary summary;
    const QString error = crash::run(options, summary);
    const std::string replay = "ED_CRASH_SEED=" + std::to_string(options.seed);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString() << " (" << replay << ")";
    ASSERT_EQ(summary.trials.size(), kTrials);
    for (const crash::Trial& trial : summary.trials)
        EXPECT_TRUE(trial.problem.isEmpty())
                << "trial " << trial.index << ", killed " << trial.delayUs << " µs after the start "
                << crash::momentName(trial.moment) << ": " << trial.problem.toStdString() << " ("
                << replay << ")";
    EXPECT_EQ(summary.survived(), kTrials);
    // For docs/reliability.md; the split depends on the machine's timing, so it is not asserted.
    std::cout << "[ crash    ] " << data.ballots.size() << " result rows; "
              << summary.figures().toStdString() << std::endl;
    RecordProperty("crash_figures", summary.figures().toStdString());
}
