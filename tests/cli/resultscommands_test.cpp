// The results commands' evaluation, run in process on a demo database: every format, a
// generated province against an independent calculation, plans with and without criteria.
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
