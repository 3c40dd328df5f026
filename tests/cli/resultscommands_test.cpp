// The election results' commands, run in process on a demo database: the units and results
// imports (refused whole with every problem placed), the evaluation in every format, the
// official lock.
#include "cli/cli.h"
#include "clirun.h"
#include "core/codes.h"
#include "core/csv.h"
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
using ed::test::Outcome;

/// A small province. The commune stands after its areas and the district after the commune.
/// A1: 19 979 of 20 000 voted, 99.895 %, which shows 99.89 and fails 99.90 %;
/// A2: 1 998 of 2 000, exactly 99.90 %, which passes.
constexpr char kUnits[] =
        "code,name,parent_code,level,registered_voters,voters_voted,law_study_participants,"
        "reported_at\n"
        "A1,Khu vực bỏ phiếu số 1,X1,area,20000,19979,19500,2021-05-23T18:00:00\n"
        "A2,Khu vực bỏ phiếu số 2,X1,area,2000,1998,1950,2021-05-23T17:30:00\n"
        "X1,Xã Thử Nghiệm,H1,commune,,,,\n"
        "H1,Huyện Thử Nghiệm,P1,district,,,,\n"
        "P1,Tỉnh Thử Nghiệm,,province,,,,\n";

/// Every ballot's invalid share is 0.15 % (30 of 19 979, 3 of 1 998). A2, a ward, holds no
/// district ballot.
constexpr char kResults[] = "unit_code,ballot,ballots_issued,ballots_received,valid_ballots,"
                            "invalid_ballots,revote,additional_vote\n"
                            "A1,na,19979,19979,19949,30,0,0\n"
                            "A1,province,19979,19979,19949,30,no,no\n"
                            "A1,district,19979,19979,19949,30,false,false\n"
                            "A1,commune,19979,19979,19949,30,không,không\n"
                            "A2,na,1998,1998,1995,3,0,0\n"
                            "A2,province,1998,1998,1995,3,0,0\n"
                            "A2,commune,1998,1998,1995,3,0,0\n";

constexpr char16_t kHeader[] = u"unit_code,level,registered_voters,voters_voted,turnout_pct,"
                               u"turnout_ok,max_invalid_pct,invalid_ok,law_study_pct,"
                               u"law_study_ok,no_revote_ok,eligible";

class ResultsCommandsTest : public ::testing::Test
{
protected:
    QString db() const { return m_dir.databasePath(); }

    /// Runs a command on the test's database, on a fixed day (the lock's clock reads 09:00).
    Outcome run(const QStringList& arguments) const
    {
        return cli(QStringList{u"--db"_s, db(), u"--today"_s, u"2021-05-25"_s} + arguments);
    }

    void initDemo() const
    {
        const Outcome init = cli({u"--db"_s, db(), u"init"_s, u"--demo"_s});
        ASSERT_EQ(init.status, ed::cli::kSuccess) << init.err.toStdString();
    }

    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    /// The demo plans and the small province, both files imported.
    void loadProvince() const
    {
        initDemo();
        const Outcome units =
                run({u"units"_s, u"import"_s, writeFile(u"units.csv"_s, QByteArray(kUnits))});
        ASSERT_EQ(units.status, ed::cli::kSuccess) << units.err.toStdString();
        const Outcome results =
                run({u"results"_s, u"import"_s, writeFile(u"results.csv"_s, QByteArray(kResults))});
        ASSERT_EQ(results.status, ed::cli::kSuccess) << results.err.toStdString();
    }

    QString evaluationCsv() const
    {
        const Outcome evaluation = run({u"results"_s, u"evaluate"_s, u"--format"_s, u"csv"_s});
        EXPECT_EQ(evaluation.status, ed::cli::kSuccess) << evaluation.err.toStdString();
        return evaluation.out;
    }

    ed::test::TempDir m_dir;
};

/// The lines of a command's output, the final line end dropped.
QStringList lines(const QString& out)
{
    QStringList list = out.split(u'\n');
    if (!list.isEmpty() && list.last().isEmpty())
        list.removeLast();
    return list;
}

/// A fraction floored to hundredths of a percent, written as the CSV does: "99.89"; empty
/// when the denominator is zero.
QString flooredPercent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return {};
    const qint64 basisPoints = part * 10000 / whole;
    return u"%1.%2"_s.arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QChar(u'0'));
}

QString flag(bool value)
{
    return value ? u"1"_s : u"0"_s;
}

/// The evaluation CSV rows of a generated election, computed here from the generator's rows
/// alone: sums over the leaves, exact comparisons with the 508/KH-UBND lines (≥ 999/1000,
/// ≥ 19/20, < 1/500 on every ballot, no bầu cử lại or thêm), keyed by unit code.
QHash<QString, QString> independentEvaluation(const ed::test::ElectionData& data)
{
    QHash<QString, QStringList> children;
    for (const ed::test::UnitRow& unit : data.units)
        children[unit.parentCode] << unit.code;
    QHash<QString, QList<const ed::test::BallotRow*>> ballotsOf;
    for (const ed::test::BallotRow& row : data.ballots)
        ballotsOf[row.unitCode] << &row;
    QHash<QString, const ed::test::UnitRow*> byCode;
    for (const ed::test::UnitRow& unit : data.units)
        byCode.insert(unit.code, &unit);

    QHash<QString, QString> rows;
    for (const ed::test::UnitRow& unit : data.units) {
        QStringList leaves;
        QStringList pending{unit.code};
        while (!pending.isEmpty()) {
            const QString code = pending.takeLast();
            if (children.value(code).isEmpty())
                leaves << code;
            else
                pending << children.value(code);
        }
        qint64 registered = 0, voted = 0, lawStudy = 0;
        bool allReported = true, revote = false;
        struct Sum
        {
            qint64 invalid = 0;
            qint64 received = 0;
        };
        std::map<ed::Ballot, Sum> perBallot;
        for (const QString& leaf : leaves) {
            const ed::test::UnitRow& row = *byCode.value(leaf);
            const auto ballots = ballotsOf.value(leaf);
            if (!row.figures || ballots.isEmpty()) {
                allReported = false;
                continue;
            }
            registered += row.figures->registered;
            voted += row.figures->voted;
            lawStudy += row.figures->lawStudy;
            for (const ed::test::BallotRow* b : ballots) {
                perBallot[b->ballot].invalid += b->invalid;
                perBallot[b->ballot].received += b->received;
                revote = revote || b->revote || b->additionalVote;
            }
        }
        // The highest invalid share, compared as exact fractions.
        std::optional<Sum> worst;
        bool invalidOk = !perBallot.empty();
        for (const auto& [ballot, sum] : perBallot) {
            if (sum.received == 0) {
                invalidOk = false;
                continue;
            }
            invalidOk = invalidOk && sum.invalid * 500 < sum.received;
            if (!worst || sum.invalid * worst->received > worst->invalid * sum.received)
                worst = sum;
        }
        const bool turnoutOk = registered > 0 && voted * 1000 >= 999 * registered;
        const bool lawStudyOk = registered > 0 && lawStudy * 20 >= 19 * registered;
        const bool noRevoteOk = !revote;
        const bool eligible = allReported && turnoutOk && lawStudyOk && invalidOk && noRevoteOk;
        rows.insert(unit.code,
                    QStringList{unit.code, ed::toCode(unit.level), QString::number(registered),
                                QString::number(voted), flooredPercent(voted, registered),
                                flag(turnoutOk),
                                worst ? flooredPercent(worst->invalid, worst->received) : QString(),
                                flag(invalidOk), flooredPercent(lawStudy, registered),
                                flag(lawStudyOk), flag(noRevoteOk), flag(eligible)}
                            .join(u','));
    }
    return rows;
}

QJsonObject unitCoded(const QJsonArray& array, const QString& code)
{
    for (const QJsonValue& v : array) {
        if (v.toObject().value(u"unit_code"_s).toString() == code)
            return v.toObject();
    }
    ADD_FAILURE() << "no unit " << code.toStdString();
    return {};
}

} // namespace

// --- imports and evaluation ----------------------------------------------------------------

TEST_F(ResultsCommandsTest, BothFilesImportAndSayWhatTheyAdded)
{
    initDemo();
    const QString unitsFile = writeFile(u"units.csv"_s, QByteArray(kUnits));
    const Outcome units = run({u"units"_s, u"import"_s, unitsFile});
    ASSERT_EQ(units.status, ed::cli::kSuccess) << units.err.toStdString();
    EXPECT_EQ(units.out, u"Units imported: 5 added, 0 updated, 0 unchanged.\n"_s);
    EXPECT_TRUE(units.err.isEmpty()) << units.err.toStdString();

    const QString resultsFile = writeFile(u"results.csv"_s, QByteArray(kResults));
    const Outcome results = run({u"results"_s, u"import"_s, resultsFile});
    ASSERT_EQ(results.status, ed::cli::kSuccess) << results.err.toStdString();
    EXPECT_TRUE(results.out.contains(u"7 added, 0 updated, 0 unchanged"_s))
            << results.out.toStdString();
    EXPECT_TRUE(results.err.isEmpty()) << results.err.toStdString(); // no warning either

    // Again: nothing changes, and the units are matched by code.
    const Outcome unitsAgain = run({u"units"_s, u"import"_s, unitsFile});
    ASSERT_EQ(unitsAgain.status, ed::cli::kSuccess) << unitsAgain.err.toStdString();
    EXPECT_TRUE(unitsAgain.out.contains(u"0 added, 0 updated, 5 unchanged"_s))
            << unitsAgain.out.toStdString();
    const Outcome resultsAgain = run({u"results"_s, u"import"_s, resultsFile});
    ASSERT_EQ(resultsAgain.status, ed::cli::kSuccess) << resultsAgain.err.toStdString();
    EXPECT_TRUE(resultsAgain.out.contains(u"0 added, 0 updated, 7 unchanged"_s))
            << resultsAgain.out.toStdString();

    // One area's figures corrected: one update.
    QByteArray corrected(kUnits);
    corrected.replace("2000,1998,1950", "2000,1999,1950");
    const Outcome update = run({u"units"_s, u"import"_s, writeFile(u"corrected.csv"_s, corrected)});
    ASSERT_EQ(update.status, ed::cli::kSuccess) << update.err.toStdString();
    EXPECT_TRUE(update.out.contains(u"0 added, 1 updated, 4 unchanged"_s))
            << update.out.toStdString();
}

TEST_F(ResultsCommandsTest, EvaluateAsCsvFloorsThePercentages)
{
    loadProvince();
    const Outcome evaluation = run({u"results"_s, u"evaluate"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(evaluation.status, ed::cli::kSuccess) << evaluation.err.toStdString();
    EXPECT_TRUE(evaluation.err.isEmpty()) << evaluation.err.toStdString();
    EXPECT_FALSE(evaluation.out.contains(u'\r'));
    EXPECT_FALSE(evaluation.out.startsWith(QChar(0xFEFF)));
    // Tree order: each unit before its children. The aggregates are sums over the leaves:
    // 21 977 of 22 000 is 99.8954… %, short of 99.90 % by one voter.
    EXPECT_EQ(lines(evaluation.out),
              (QStringList{QString::fromUtf16(kHeader),
                           u"P1,province,22000,21977,99.89,0,0.15,1,97.50,1,1,0"_s,
                           u"H1,district,22000,21977,99.89,0,0.15,1,97.50,1,1,0"_s,
                           u"X1,commune,22000,21977,99.89,0,0.15,1,97.50,1,1,0"_s,
                           u"A1,area,20000,19979,99.89,0,0.15,1,97.50,1,1,0"_s,
                           u"A2,area,2000,1998,99.90,1,0.15,1,97.50,1,1,1"_s}))
            << evaluation.out.toStdString();
    // --plan names the campaign's plan by its number; the default is the same one.
    EXPECT_EQ(run({u"results"_s, u"evaluate"_s, u"--plan"_s, u"508/KH-UBND"_s, u"--format"_s,
                   u"csv"_s})
                      .out,
              evaluation.out);
}

TEST_F(ResultsCommandsTest, EvaluateAsJsonHasNumbersAndBooleans)
{
    loadProvince();
    const Outcome evaluation = run({u"results"_s, u"--format"_s, u"json"_s, u"evaluate"_s});
    ASSERT_EQ(evaluation.status, ed::cli::kSuccess) << evaluation.err.toStdString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(evaluation.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_TRUE(document.isArray());
    ASSERT_EQ(document.array().size(), 5);

    const QJsonObject a1 = unitCoded(document.array(), u"A1"_s);
    EXPECT_EQ(a1.value(u"level"_s).toString(), u"area"_s);
    ASSERT_TRUE(a1.value(u"registered_voters"_s).isDouble());
    EXPECT_EQ(a1.value(u"registered_voters"_s).toInteger(), 20000);
    EXPECT_EQ(a1.value(u"voters_voted"_s).toInteger(), 19979);
    ASSERT_TRUE(a1.value(u"turnout_pct"_s).isDouble());
    EXPECT_DOUBLE_EQ(a1.value(u"turnout_pct"_s).toDouble(), 99.89);
    EXPECT_EQ(a1.value(u"turnout_ok"_s), QJsonValue(false));
    EXPECT_EQ(a1.value(u"invalid_ok"_s), QJsonValue(true));
    EXPECT_EQ(a1.value(u"eligible"_s), QJsonValue(false));

    const QJsonObject a2 = unitCoded(document.array(), u"A2"_s);
    EXPECT_DOUBLE_EQ(a2.value(u"turnout_pct"_s).toDouble(), 99.9);
    EXPECT_EQ(a2.value(u"turnout_ok"_s), QJsonValue(true));
    EXPECT_EQ(a2.value(u"eligible"_s), QJsonValue(true));
}

TEST_F(ResultsCommandsTest, EvaluateAsATableIsTheDefault)
{
    loadProvince();
    const Outcome table = run({u"results"_s, u"evaluate"_s});
    ASSERT_EQ(table.status, ed::cli::kSuccess) << table.err.toStdString();
    const QStringList rows = lines(table.out);
    ASSERT_EQ(rows.size(), 2 + 5); // header, rule, units
    EXPECT_TRUE(rows.at(0).startsWith(u"unit_code  level"_s)) << rows.at(0).toStdString();
    EXPECT_TRUE(rows.at(1).startsWith(u"---------"_s));
    EXPECT_TRUE(rows.at(6).startsWith(u"A2 "_s));
    EXPECT_TRUE(rows.at(6).contains(u"99.90"_s));
}

TEST_F(ResultsCommandsTest, AGeneratedProvinceEvaluatesAsAnIndependentCalculation)
{
    initDemo();
    const ed::test::ElectionData data = ed::test::generateProvince(2000, 11);
    const Outcome units =
            run({u"units"_s, u"import"_s, writeFile(u"units.csv"_s, ed::test::unitsCsv(data))});
    ASSERT_EQ(units.status, ed::cli::kSuccess) << units.err.left(2000).toStdString();
    EXPECT_TRUE(units.out.contains(u"%1 added, 0 updated"_s.arg(data.units.size())))
            << units.out.toStdString();
    const Outcome results = run(
            {u"results"_s, u"import"_s, writeFile(u"results.csv"_s, ed::test::resultsCsv(data))});
    ASSERT_EQ(results.status, ed::cli::kSuccess) << results.err.left(2000).toStdString();
    EXPECT_TRUE(results.out.contains(u"%1 added, 0 updated"_s.arg(data.ballots.size())))
            << results.out.toStdString();

    const QStringList rows = lines(evaluationCsv());
    ASSERT_EQ(rows.size(), 1 + data.units.size());
    EXPECT_EQ(rows.first(), QString::fromUtf16(kHeader));
    const QHash<QString, QString> expected = independentEvaluation(data);
    int eligible = 0, failing = 0, mismatches = 0;
    for (const QString& row : rows.mid(1)) {
        const QString code = row.section(u',', 0, 0);
        if (row != expected.value(code) && ++mismatches <= 10)
            ADD_FAILURE() << "got      " << row.toStdString() << "\nexpected "
                          << expected.value(code).toStdString();
        (row.endsWith(u",1"_s) ? eligible : failing) += 1;
    }
    EXPECT_EQ(mismatches, 0);
    // The generator puts areas on both sides of the lines.
    EXPECT_GT(eligible, 0);
    EXPECT_GT(failing, 0);
}

// --- refusals ------------------------------------------------------------------------------

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

TEST_F(ResultsCommandsTest, EvaluateWithoutACampaignIsRefused)
{
    ASSERT_EQ(cli({u"--db"_s, db(), u"init"_s}).status, ed::cli::kSuccess);
    const Outcome bare = run({u"results"_s, u"evaluate"_s});
    EXPECT_EQ(bare.status, ed::cli::kRefused);
    EXPECT_TRUE(bare.out.isEmpty());
    EXPECT_TRUE(bare.err.contains(u"init --demo"_s)) << bare.err.toStdString();
}

TEST_F(ResultsCommandsTest, EvaluateNamesThePlansThatHaveCriteria)
{
    initDemo();
    // 01-KH/BCĐ has no campaign.
    const Outcome other = run({u"results"_s, u"evaluate"_s, u"--plan"_s, u"01-KH/BCĐ"_s});
    EXPECT_EQ(other.status, ed::cli::kRefused);
    EXPECT_TRUE(other.err.contains(u"508/KH-UBND"_s)) << other.err.toStdString();
    const Outcome unknown = run({u"results"_s, u"evaluate"_s, u"--plan"_s, u"99/KH"_s});
    EXPECT_EQ(unknown.status, ed::cli::kRefused);
    EXPECT_TRUE(unknown.err.contains(u"99/KH"_s)) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(u"01-KH/BCĐ, 508/KH-UBND"_s)
                || unknown.err.contains(u"508/KH-UBND, 01-KH/BCĐ"_s))
            << unknown.err.toStdString();
    // A campaign but no units yet: only the header.
    const Outcome empty = run({u"results"_s, u"evaluate"_s, u"--format"_s, u"csv"_s});
    EXPECT_EQ(empty.status, ed::cli::kSuccess) << empty.err.toStdString();
    EXPECT_EQ(empty.out, QString::fromUtf16(kHeader) + u'\n');
}

// --- the lock ------------------------------------------------------------------------------

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
