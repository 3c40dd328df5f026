// The results commands' imports refused whole with every problem placed, warnings, the
// official lock, malformed calls and help.
#include "cli/cli.h"
#include "clirun.h"
#include "core/codes.h"
#include "core/csv.h"
#include "resultscommandstest.h"
#include "support/electiongen.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <map>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using ed::test::cli;
using ed::test::flag;
using ed::test::flooredPercent;
using ed::test::kHeader;
using ed::test::kResults;
using ed::test::kUnits;
using ed::test::lines;
using ed::test::Outcome;
using ed::test::ResultsCommandsTest;

} // namespace

TEST_F(ResultsCommandsTest, ABadUnitsFileIsRefusedWholeWithEveryProblemPlaced)
{
    loadProvince();
    const QString before = evaluationCsv();
    // A new area that would be fine, a figure with a thousands dot, voters above registered.
    const QString file = writeFile(
            u"bad-units.csv"_s,
            "code,name,parent_code,level,registered_voters,voters_voted,law_study_participants,"
            "reported_at\n"
            "A3,Khu vực bỏ phiếu số 3,X1,area,1000,1000,1000,\n"
            "A1,Khu vực bỏ phiếu số 1,X1,area,12.345,19979,19500,2021-05-23T18:00:00\n"
            "A2,Khu vực bỏ phiếu số 2,X1,area,2000,2100,1950,2021-05-23T17:30:00\n");
    const Outcome refused = run({u"units"_s, u"import"_s, file});
    EXPECT_EQ(refused.status, ed::cli::kRefused);
    EXPECT_TRUE(refused.out.isEmpty()) << refused.out.toStdString();
    const QStringList problems = lines(refused.err);
    ASSERT_GE(problems.size(), 3) << refused.err.toStdString();
    static const QRegularExpression placed(u"^.*bad-units\\.csv: E\\d+ Line \\d+, column \\d+ "_s);
    for (qsizetype i = 0; i + 1 < problems.size(); ++i)
        EXPECT_TRUE(placed.match(problems.at(i)).hasMatch()) << problems.at(i).toStdString();
    EXPECT_TRUE(refused.err.contains(u"Line 3, column 5 (registered_voters)"_s))
            << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"12.345"_s));
    EXPECT_TRUE(refused.err.contains(u"12345"_s)); // what to write instead
    EXPECT_TRUE(refused.err.contains(u"Line 4, column 6 (voters_voted)"_s));
    // The value as found, grouped or not by the wording.
    EXPECT_TRUE(QRegularExpression(u"[^0-9.,]2[.,]?100[^0-9]"_s).match(refused.err).hasMatch());
    EXPECT_TRUE(problems.last().contains(u"nothing was imported"_s))
            << problems.last().toStdString();
    EXPECT_EQ(evaluationCsv(), before); // not even the good line
}

TEST_F(ResultsCommandsTest, ABadResultsFileIsRefusedWholeWithEveryProblemPlaced)
{
    loadProvince();
    const QString before = evaluationCsv();
    // A2 corrected to 5 invalid ballots (would fail the criterion), then received above
    // issued, and a row for an aggregate.
    const QString file =
            writeFile(u"bad-results.csv"_s, "unit_code,ballot,ballots_issued,ballots_received,"
                                            "valid_ballots,invalid_ballots,revote,additional_vote\n"
                                            "A2,na,1998,1998,1993,5,0,0\n"
                                            "A1,province,19979,19980,19950,30,0,0\n"
                                            "X1,na,22000,21977,21944,33,0,0\n");
    const Outcome refused = run({u"results"_s, u"import"_s, file});
    EXPECT_EQ(refused.status, ed::cli::kRefused);
    EXPECT_TRUE(refused.err.contains(u"Line 3, column 4 (ballots_received)"_s))
            << refused.err.toStdString();
    EXPECT_TRUE(QRegularExpression(u"[^0-9.,]19[.,]?980[^0-9]"_s).match(refused.err).hasMatch());
    EXPECT_TRUE(refused.err.contains(u"Line 4, column 1 (unit_code)"_s));
    EXPECT_TRUE(lines(refused.err).last().contains(u"nothing was imported"_s));
    EXPECT_EQ(evaluationCsv(), before);
}

TEST_F(ResultsCommandsTest, ALongListOfProblemsIsCapped)
{
    loadProvince();
    QByteArray bytes = "code,name,parent_code,level,registered_voters,voters_voted,"
                       "law_study_participants,reported_at\n";
    for (int i = 0; i < 300; ++i)
        bytes += "B" + QByteArray::number(i) + ",Khu vực,X1,area,1.000,900,900,\n";
    const Outcome refused = run({u"units"_s, u"import"_s, writeFile(u"many.csv"_s, bytes)});
    EXPECT_EQ(refused.status, ed::cli::kRefused);
    const QStringList errLines = lines(refused.err);
    ASSERT_GE(errLines.size(), 2);
    EXPECT_TRUE(errLines.at(errLines.size() - 2).startsWith(u"… and "_s))
            << errLines.at(errLines.size() - 2).toStdString();
    EXPECT_TRUE(errLines.at(errLines.size() - 2).contains(u"more problem"_s));
    EXPECT_EQ(errLines.size(), 200 + 2);
    EXPECT_TRUE(errLines.last().contains(u"nothing was imported"_s));
}

TEST_F(ResultsCommandsTest, ALineOverTheLimitsIsNamedWithTheLimits)
{
    loadProvince();
    const QByteArray header = "code,name,parent_code,level,registered_voters,voters_voted,"
                              "law_study_participants,reported_at\n";
    const QString wide = writeFile(u"wide.csv"_s, header + QByteArray(300, 'x').replace("x", "x,"));
    const Outcome fields = run({u"units"_s, u"import"_s, wide});
    EXPECT_EQ(fields.status, ed::cli::kRefused);
    EXPECT_TRUE(fields.err.contains(u"E02 Line 2, column 513: the line is too long for an import "
                                    "(at most 65,536 characters and 256 fields)"_s))
            << fields.err.toStdString();
    EXPECT_FALSE(fields.err.contains(u"quotes"_s)) << "the quoting advice does not apply";

    const QString longLine = writeFile(u"long.csv"_s, header + QByteArray(70'000, 'y') + '\n');
    const Outcome chars = run({u"results"_s, u"import"_s, longLine});
    EXPECT_EQ(chars.status, ed::cli::kRefused);
    EXPECT_TRUE(chars.err.contains(u"E02 Line 2, column 65537: the line is too long"_s))
            << chars.err.toStdString();
}

TEST_F(ResultsCommandsTest, AMissingFileIsRefused)
{
    initDemo();
    const Outcome units = run({u"units"_s, u"import"_s, m_dir.path(u"none.csv"_s)});
    EXPECT_EQ(units.status, ed::cli::kRefused);
    EXPECT_TRUE(units.err.contains(u"none.csv cannot be read"_s)) << units.err.toStdString();
    EXPECT_TRUE(units.err.contains(u"Nothing was imported"_s));
    const Outcome results = run({u"results"_s, u"import"_s, m_dir.path(u"none.csv"_s)});
    EXPECT_EQ(results.status, ed::cli::kRefused);
    EXPECT_TRUE(results.err.contains(u"cannot be read"_s));
    // A folder is not a file either.
    const Outcome folder = run({u"results"_s, u"import"_s, m_dir.path(QString())});
    EXPECT_EQ(folder.status, ed::cli::kRefused);
}

TEST_F(ResultsCommandsTest, WarningsAreShownWithTheirIdsAndDoNotBlock)
{
    initDemo();
    // Turnout 40 % without a bầu cử lại flag, and an invalid share of 30 %.
    const Outcome units = run(
            {u"units"_s, u"import"_s,
             writeFile(u"units.csv"_s, "code,name,parent_code,level,registered_voters,voters_voted,"
                                       "law_study_participants,reported_at\n"
                                       "P1,Tỉnh,,province,,,,\n"
                                       "A1,Khu vực 1,P1,area,1000,400,990,2021-05-23T18:00:00\n")});
    ASSERT_EQ(units.status, ed::cli::kSuccess) << units.err.toStdString();
    const Outcome results =
            run({u"results"_s, u"import"_s,
                 writeFile(u"results.csv"_s, "unit_code,ballot,ballots_issued,ballots_received,"
                                             "valid_ballots,invalid_ballots,revote,"
                                             "additional_vote\n"
                                             "A1,na,400,400,280,120,0,0\n")});
    ASSERT_EQ(results.status, ed::cli::kSuccess) << results.err.toStdString();
    EXPECT_TRUE(results.out.contains(u"1 added"_s)) << results.out.toStdString();
    static const QRegularExpression warning(u"results\\.csv: W\\d+ "_s);
    EXPECT_TRUE(warning.match(results.err).hasMatch()) << results.err.toStdString();
    EXPECT_TRUE(lines(results.err).last().contains(u"the figures were imported"_s))
            << results.err.toStdString();
}

TEST_F(ResultsCommandsTest, TheLockRefusesImportsUntilUnlockedWithAReason)
{
    loadProvince();
    const Outcome open = run({u"results"_s, u"status"_s});
    ASSERT_EQ(open.status, ed::cli::kSuccess) << open.err.toStdString();
    EXPECT_TRUE(open.out.contains(u"not official"_s)) << open.out.toStdString();

    const Outcome locked = run({u"results"_s, u"lock"_s, u"--note"_s, u"Đã đối chiếu biên bản"_s});
    ASSERT_EQ(locked.status, ed::cli::kSuccess) << locked.err.toStdString();
    EXPECT_TRUE(locked.out.contains(u"now official"_s)) << locked.out.toStdString();
    const QString before = evaluationCsv();

    QByteArray corrected(kResults);
    corrected.replace("A2,na,1998,1998,1995,3", "A2,na,1998,1998,1996,2");
    const Outcome refused =
            run({u"results"_s, u"import"_s, writeFile(u"corrected.csv"_s, corrected)});
    EXPECT_EQ(refused.status, ed::cli::kRefused);
    EXPECT_TRUE(refused.err.contains(u"official"_s)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"Marked official on 25/05/2021 09:00 by "_s))
            << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(u"Đã đối chiếu biên bản"_s));
    EXPECT_TRUE(refused.err.contains(u"Nothing was imported"_s));
    const Outcome unitsRefused =
            run({u"units"_s, u"import"_s, writeFile(u"units.csv"_s, QByteArray(kUnits))});
    EXPECT_EQ(unitsRefused.status, ed::cli::kRefused);
    EXPECT_EQ(evaluationCsv(), before);

    // Locking twice changes nothing.
    EXPECT_EQ(run({u"results"_s, u"lock"_s}).status, ed::cli::kRefused);

    // Unlocking needs a reason.
    const Outcome noReason = run({u"results"_s, u"unlock"_s});
    EXPECT_EQ(noReason.status, ed::cli::kUsage);
    EXPECT_TRUE(noReason.err.contains(u"--reason"_s)) << noReason.err.toStdString();
    EXPECT_EQ(run({u"results"_s, u"unlock"_s, u"--reason"_s, u"  "_s}).status, ed::cli::kUsage);
    EXPECT_TRUE(run({u"results"_s, u"status"_s}).out.contains(u"The results are official"_s));

    const Outcome unlocked = cli({u"--db"_s, db(), u"--today"_s, u"2021-05-26"_s, u"results"_s,
                                  u"unlock"_s, u"--reason"_s, u"Sửa biên bản khu vực 2"_s});
    ASSERT_EQ(unlocked.status, ed::cli::kSuccess) << unlocked.err.toStdString();
    EXPECT_EQ(run({u"results"_s, u"unlock"_s, u"--reason"_s, u"again"_s}).status,
              ed::cli::kRefused);

    const Outcome status = run({u"results"_s, u"status"_s});
    ASSERT_EQ(status.status, ed::cli::kSuccess) << status.err.toStdString();
    const QStringList statusLines = lines(status.out);
    ASSERT_EQ(statusLines.size(), 4) << status.out.toStdString();
    EXPECT_TRUE(statusLines.at(0).contains(u"not official"_s));
    EXPECT_TRUE(statusLines.at(2).startsWith(u"  25/05/2021 09:00  marked official by "_s))
            << statusLines.at(2).toStdString();
    EXPECT_TRUE(statusLines.at(2).endsWith(u": Đã đối chiếu biên bản"_s));
    EXPECT_TRUE(statusLines.at(3).startsWith(u"  26/05/2021 09:00  unlocked by "_s))
            << statusLines.at(3).toStdString();
    EXPECT_TRUE(statusLines.at(3).endsWith(u": Sửa biên bản khu vực 2"_s));

    // Reopened: the correction goes in.
    const Outcome accepted = run({u"results"_s, u"import"_s, m_dir.path(u"corrected.csv"_s)});
    ASSERT_EQ(accepted.status, ed::cli::kSuccess) << accepted.err.toStdString();
    EXPECT_TRUE(accepted.out.contains(u"0 added, 1 updated, 6 unchanged"_s))
            << accepted.out.toStdString();
}

// --- usage and help ------------------------------------------------------------------------

TEST_F(ResultsCommandsTest, MalformedCallsExitWithTwoAndCreateNothing)
{
    EXPECT_EQ(run({u"units"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"units"_s, u"import"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"units"_s, u"list"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"units"_s, u"import"_s, u"a.csv"_s, u"b.csv"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"results"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"results"_s, u"frobnicate"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"results"_s, u"import"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"results"_s, u"evaluate"_s, u"extra"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"results"_s, u"evaluate"_s, u"--bogus"_s}).status, ed::cli::kUsage);
    const Outcome format = run({u"results"_s, u"evaluate"_s, u"--format"_s, u"xml"_s});
    EXPECT_EQ(format.status, ed::cli::kUsage);
    EXPECT_TRUE(format.err.contains(u"xml"_s));
    // Options of another subcommand are not silently ignored.
    const Outcome misplaced = run({u"results"_s, u"lock"_s, u"--reason"_s, u"x"_s});
    EXPECT_EQ(misplaced.status, ed::cli::kUsage);
    EXPECT_TRUE(misplaced.err.contains(u"--reason"_s)) << misplaced.err.toStdString();
    EXPECT_EQ(run({u"results"_s, u"import"_s, u"x.csv"_s, u"--format"_s, u"csv"_s}).status,
              ed::cli::kUsage);
    EXPECT_EQ(run({u"results"_s, u"status"_s, u"--note"_s, u"x"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"results"_s, u"unlock"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(run({u"results"_s, u"unlock"_s, u"--reason"_s, u""_s}).status, ed::cli::kUsage);
    EXPECT_FALSE(QFile::exists(db()));
}

TEST_F(ResultsCommandsTest, TheResultsCommandsHaveHelp)
{
    for (const QStringList& call :
         {QStringList{u"units"_s, u"--help"_s}, QStringList{u"results"_s, u"--help"_s},
          QStringList{u"results"_s, u"unlock"_s, u"--help"_s}}) {
        const Outcome help = cli(call);
        EXPECT_EQ(help.status, ed::cli::kSuccess) << call.join(u' ').toStdString();
        EXPECT_TRUE(help.out.contains(u"Usage: electiondesk-cli"_s))
                << call.join(u' ').toStdString();
    }
    const Outcome results = cli({u"results"_s, u"--help"_s});
    for (const QString& option : {u"--format"_s, u"--plan"_s, u"--note"_s, u"--reason"_s})
        EXPECT_TRUE(results.out.contains(option)) << option.toStdString();

    const Outcome general = cli({u"--help"_s});
    ASSERT_EQ(general.status, ed::cli::kSuccess);
    for (const QString& command :
         {u"units import"_s, u"results import"_s, u"results evaluate"_s, u"results status"_s,
          u"results lock"_s, u"results unlock --reason"_s})
        EXPECT_TRUE(general.out.contains(command)) << command.toStdString();
}
