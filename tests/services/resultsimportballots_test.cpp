// The results file: good paths, every refusal placed by line and column, replace semantics and
// the official lock.

#include "support/resultsfixture.h"

using namespace Qt::StringLiterals;
using namespace ed;
using ed::test::baseResults;
using ed::test::baseUnits;
using ed::test::csvText;
using ed::test::describe;
using ed::test::kResultsHeader;
using services::ResultsFile;

namespace {

class BallotsImportTest : public test::ResultsTest
{
protected:
    void SetUp() override
    {
        ResultsTest::SetUp();
        const services::ResultsImportReport u = units(baseUnits());
        ASSERT_FALSE(u.refused()) << describe(u.problems);
    }
    /// The base results with row `index` (0 = line 2) replaced.
    static QString with(int index, const QString& row)
    {
        QStringList rows = baseResults();
        rows[index] = row;
        return csvText(kResultsHeader, rows);
    }
    QList<ImportProblem> refusedResults(const QString& text)
    {
        return refused(ResultsFile::Ballots, text);
    }
    std::optional<BallotCount> ballotOf(const QString& code, Ballot ballot) const
    {
        for (const BallotCount& b : minutes(code).ballots) {
            if (b.ballot == ballot)
                return b;
        }
        return std::nullopt;
    }
};

} // namespace

TEST_F(BallotsImportTest, AGoodFileStoresEveryBallot)
{
    const services::ResultsImportReport report = results(baseResults());
    EXPECT_FALSE(report.refused()) << describe(report.problems);
    EXPECT_TRUE(report.written);
    EXPECT_EQ(report.rows, 4);
    EXPECT_EQ(report.added, 4);
    EXPECT_TRUE(report.warnings.isEmpty()) << describe(report.warnings);
    const UnitMinutes k2 = minutes(u"K2"_s);
    EXPECT_EQ(k2.figures, (std::optional<VoterFigures>({2000, 1998, 1900})));
    ASSERT_EQ(k2.ballots.size(), 2);
    EXPECT_EQ(k2.ballots[0].ballot, Ballot::NationalAssembly);
    EXPECT_EQ(k2.ballots[1].ballot, Ballot::Commune);
    EXPECT_EQ(k2.ballots[1].issued, 1998);
    EXPECT_EQ(k2.ballots[1].received, 1998);
    EXPECT_EQ(k2.ballots[1].valid, 1996);
    EXPECT_EQ(k2.ballots[1].invalid, 2);
    EXPECT_FALSE(k2.ballots[1].revote);
    EXPECT_EQ(k2.ballots[1].source, FigureSource::Import);
    const auto c1 = unit(u"C1"_s);
    ASSERT_TRUE(c1);
    EXPECT_EQ(c1->totals.reportedLeaves, 2); // K3 has not reported
    EXPECT_EQ(c1->totals.leaves, 3);
    EXPECT_FALSE(c1->eligible);
}

TEST_F(BallotsImportTest, FlagWordsInAnyCaseAndColumnsInAnyOrder)
{
    const QString text =
            u"revote,additional_vote,ballot,unit_code,invalid_ballots,"
            "valid_ballots,ballots_received,ballots_issued\r\n"_s
            + u"KHÔNG,Có,na,K1,1,998,999,999\r\n"_s + u"TRUE,no,province,K1,0,999,999,999\r\n"_s
            + u"yes,false,district,K1,0,999,999,999\r\n"_s + u"0,1,commune,K1,0,999,999,999\r\n"_s;
    QByteArray bytes = text.toUtf8();
    bytes.prepend("\xEF\xBB\xBF");
    auto report = runBytes(ResultsFile::Ballots, bytes);
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->refused()) << describe(report->problems);
    EXPECT_EQ(report->added, 4);
    const auto na = ballotOf(u"K1"_s, Ballot::NationalAssembly);
    const auto province = ballotOf(u"K1"_s, Ballot::Province);
    const auto district = ballotOf(u"K1"_s, Ballot::District);
    const auto commune = ballotOf(u"K1"_s, Ballot::Commune);
    ASSERT_TRUE(na && province && district && commune);
    EXPECT_FALSE(na->revote);
    EXPECT_TRUE(na->additionalVote);
    EXPECT_EQ(na->valid, 998);
    EXPECT_TRUE(province->revote);
    EXPECT_FALSE(province->additionalVote);
    EXPECT_TRUE(district->revote);
    EXPECT_TRUE(commune->additionalVote);
    EXPECT_FALSE(unit(u"K1"_s)->noRevote.ok);
}

TEST_F(BallotsImportTest, ADecomposedFileReadsLikeAComposedOne)
{
    // A file saved in NFD (as some macOS tools do): flag words must still be recognised.
    const QString text = csvText(test::kResultsHeader, {u"K1,na,999,999,998,1,có,KHÔNG"_s});
    const services::ResultsImportReport report =
            run(ResultsFile::Ballots, text.normalized(QString::NormalizationForm_D));
    EXPECT_FALSE(report.refused()) << describe(report.problems);
    const auto na = ballotOf(u"K1"_s, Ballot::NationalAssembly);
    ASSERT_TRUE(na);
    EXPECT_TRUE(na->revote);
    EXPECT_FALSE(na->additionalVote);
}

TEST_F(BallotsImportTest, AShortRowIsRefused)
{
    const QList<ImportProblem> problems = refusedResults(with(2, u"K2,na,1998,1998,1996"_s));
    EXPECT_TRUE(find(problems, u"E04"_s, 4)) << describe(problems);
    EXPECT_EQ(services::ResultsImport::columns(ResultsFile::Ballots).join(u','),
              test::kResultsHeader);
    EXPECT_EQ(services::ResultsImport::columns(ResultsFile::Units).join(u','), test::kUnitsHeader);
}

TEST_F(BallotsImportTest, ALineOverTheLimitsIsRefusedWithWhereItStops)
{
    const QList<ImportProblem> wide =
            refusedResults(with(1, u"K1,province"_s + QString(u",1"_s).repeated(300)));
    ASSERT_EQ(wide.size(), 1) << describe(wide);
    EXPECT_EQ(wide.first().rule, u"E02"_s);
    EXPECT_EQ(wide.first().code, u"too_many_fields"_s);
    EXPECT_EQ(wide.first().line, 3);
    EXPECT_EQ(wide.first().column, 2 + 9 + 1 + 254 * 2 + 1); // "K1,province," then 254 "1,"

    const QList<ImportProblem> longLine =
            refusedResults(with(0, u"K1,na,"_s + QString(70'000, u'9') + u",999,998,1,0,0"_s));
    ASSERT_EQ(longLine.size(), 1) << describe(longLine);
    EXPECT_EQ(longLine.first().rule, u"E02"_s);
    EXPECT_EQ(longLine.first().code, u"line_too_long"_s);
    EXPECT_EQ(longLine.first().line, 2);
    EXPECT_EQ(longLine.first().column, 65'537);
}

TEST_F(BallotsImportTest, ImportingAgainReplacesOnlyTheBallotsGiven)
{
    ASSERT_TRUE(results(baseResults()).written);
    const services::ResultsImportReport same = results(baseResults());
    EXPECT_EQ(same.unchanged, 4);
    EXPECT_EQ(same.added + same.updated, 0);

    const services::ResultsImportReport report =
            results({u"K1,na,999,999,999,0,0,0"_s, u"K1,commune,999,999,999,0,0,0"_s});
    EXPECT_FALSE(report.refused()) << describe(report.problems);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.added, 1);
    EXPECT_EQ(report.unchanged, 0);
    const UnitMinutes k1 = minutes(u"K1"_s);
    ASSERT_EQ(k1.ballots.size(), 3); // na replaced, province kept, commune added
    EXPECT_EQ(k1.ballots[0].invalid, 0);
    EXPECT_EQ(k1.ballots[1].ballot, Ballot::Province);
    EXPECT_EQ(k1.ballots[2].ballot, Ballot::Commune);
    EXPECT_EQ(minutes(u"K2"_s).ballots.size(), 2); // other units untouched
}

TEST_F(BallotsImportTest, EachBadFieldIsPlacedByLineAndColumnAndNothingIsWritten)
{
    ASSERT_TRUE(results({u"K1,na,999,999,999,0,0,0"_s}).written); // something to overwrite
    struct Case
    {
        QString row; // replaces line 2
        QString rule;
        int column;
        QString columnName;
        QString value;
        QString detail; // checked when not empty
    };
    const QList<Case> cases = {
            {u"K1,na,12.345,999,998,1,0,0"_s, u"E06"_s, 3, u"ballots_issued"_s, u"12.345"_s, {}},
            {u"K1,na,999,999,-3,1,0,0"_s, u"E06"_s, 5, u"valid_ballots"_s, u"-3"_s, {}},
            {u"K1,na,999,999,998,1000000000,0,0"_s,
             u"E07"_s,
             6,
             u"invalid_ballots"_s,
             u"1000000000"_s,
             {}},
            {u"K1,xa,999,999,998,1,0,0"_s, u"E08"_s, 2, u"ballot"_s, u"xa"_s, {}},
            {u"K1,na,999,999,998,1,2,0"_s, u"E08"_s, 7, u"revote"_s, u"2"_s, {}},
            {u"K1,na,999,999,998,1,0,"_s, u"E05"_s, 8, u"additional_vote"_s, {}, {}},
            {u"K1,na,999,,998,1,0,0"_s, u"E05"_s, 4, u"ballots_received"_s, {}, {}},
            {u"K1,,999,999,998,1,0,0"_s, u"E05"_s, 2, u"ballot"_s, {}, {}},
            {u"K9,na,999,999,998,1,0,0"_s, u"E19"_s, 1, u"unit_code"_s, u"K9"_s, {}},
            {u"C1,na,999,999,998,1,0,0"_s, u"E20"_s, 1, u"unit_code"_s, u"C1"_s, {}},
            {u"K3,na,999,999,998,1,0,0"_s, u"E21"_s, 1, u"unit_code"_s, u"K3"_s, {}},
            {u"K1,na,1001,1001,1000,1,0,0"_s, u"E22"_s, 3, u"ballots_issued"_s, u"1001"_s,
             u"1000"_s},
            {u"K1,na,999,1000,999,1,0,0"_s, u"E23"_s, 4, u"ballots_received"_s, u"1000"_s,
             u"999"_s},
            {u"K1,na,999,999,990,1,0,0"_s, u"E24"_s, 4, u"ballots_received"_s, u"999"_s, u"991"_s},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.row.toStdString());
        const QList<ImportProblem> problems = refusedResults(with(0, c.row));
        expectProblem(problems, c.rule, 2, c.column, c.columnName, c.value);
        const auto p = find(problems, c.rule, 2);
        if (p && !c.detail.isEmpty()) {
            EXPECT_EQ(p->detail, c.detail);
        }
        for (const ImportProblem& other : problems)
            EXPECT_EQ(other.rule, c.rule) << describe(problems);
    }
    EXPECT_EQ(minutes(u"K1"_s).ballots.size(), 1);
}

TEST_F(BallotsImportTest, UnknownBallotsAndFlagsSayWhatToWrite)
{
    const QList<ImportProblem> ballot = refusedResults(with(0, u"K1,xa,999,999,998,1,0,0"_s));
    const auto b = find(ballot, u"E08"_s, 2);
    ASSERT_TRUE(b) << describe(ballot);
    EXPECT_EQ(b->expected, (QStringList{u"na"_s, u"province"_s, u"district"_s, u"commune"_s}));
    const QList<ImportProblem> flag = refusedResults(with(0, u"K1,na,999,999,998,1,0,maybe"_s));
    const auto f = find(flag, u"E08"_s, 2);
    ASSERT_TRUE(f) << describe(flag);
    EXPECT_EQ(f->expected, flagWords());
}

TEST_F(BallotsImportTest, ADuplicateUnitBallotAndAMissingColumnAreRefused)
{
    QStringList rows = baseResults();
    rows << u"K2,commune,1998,1998,1998,0,0,0"_s; // line 6, same (unit, ballot) as line 5
    const QList<ImportProblem> dup = refusedResults(csvText(kResultsHeader, rows));
    const auto p = find(dup, u"E10"_s, 6);
    ASSERT_TRUE(p) << describe(dup);
    EXPECT_TRUE(p->column == 1 || p->column == 2) << describe(dup);
    EXPECT_EQ(dup.size(), 1) << describe(dup);

    QString header = kResultsHeader;
    header.replace(u",revote"_s, QString());
    QStringList shortened;
    for (const QString& row : baseResults()) {
        QStringList fields = row.split(u',');
        fields.removeAt(6);
        shortened << fields.join(u',');
    }
    const QList<ImportProblem> missing = refusedResults(csvText(header, shortened));
    expectProblem(missing, u"E03"_s, 1, 0, u"revote"_s, {});
}

TEST_F(BallotsImportTest, ResultsBeforeUnitsAreRefusedForEveryRow)
{
    const QList<ImportProblem> problems = refusedResults(
            csvText(kResultsHeader, {u"X1,na,1,1,1,0,0,0"_s, u"X2,na,1,1,1,0,0,0"_s}));
    EXPECT_TRUE(find(problems, u"E19"_s, 2)) << describe(problems);
    EXPECT_TRUE(find(problems, u"E19"_s, 3)) << describe(problems);
}

TEST_F(BallotsImportTest, WarningsAreListedAndDoNotBlock)
{
    QStringList unitRows = baseUnits();
    unitRows << u"K4,Khu vực 4,C1,area,1000,500,1000,"_s; // turnout exactly 50 %
    ASSERT_FALSE(units(unitRows).refused());
    const QStringList rows = {
            u"K4,na,500,500,500,0,0,0"_s,        // 2: W01, no bầu cử lại
            u"K4,province,500,500,500,0,1,0"_s,  // 3: bầu cử lại: no W01
            u"K1,na,999,999,940,59,0,0"_s,       // 4: W02, 59 × 20 > 999
            u"K2,na,1998,1957,1957,0,0,0"_s,     // 5: W03 (41 × 50 > 1998) and W05
            u"K2,commune,1990,1990,1990,0,0,0"_s // 6: W04, 1990 ≠ 1998
    };
    const services::ResultsImportReport report = results(rows);
    EXPECT_FALSE(report.refused()) << describe(report.problems);
    EXPECT_TRUE(report.written);
    const QList<ImportProblem>& w = report.warnings;
    EXPECT_TRUE(find(w, u"W01"_s, 2)) << describe(w);
    EXPECT_FALSE(find(w, u"W01"_s, 3)) << describe(w);
    EXPECT_TRUE(find(w, u"W02"_s, 4)) << describe(w);
    EXPECT_TRUE(find(w, u"W03"_s, 5)) << describe(w);
    EXPECT_TRUE(find(w, u"W05"_s, 5)) << describe(w);
    EXPECT_TRUE(find(w, u"W04"_s, 6)) << describe(w);
    for (const ImportProblem& p : w) {
        EXPECT_TRUE(p.rule.startsWith(u'W')) << describe({p});
        EXPECT_GT(p.column, 0) << describe({p});
    }
}

TEST_F(BallotsImportTest, CheckWritesNothing)
{
    auto checked = services::ResultsImport(*m_workspace, ResultsFile::Ballots)
                           .check(csvText(kResultsHeader, baseResults()).toUtf8());
    ASSERT_TRUE(checked.ok());
    EXPECT_FALSE(checked->refused()) << describe(checked->problems);
    EXPECT_EQ(checked->added, 4);
    EXPECT_FALSE(checked->written);
    EXPECT_TRUE(minutes(u"K1"_s).ballots.isEmpty());
    auto bad = services::ResultsImport(*m_workspace, ResultsFile::Ballots)
                       .check(with(0, u"K1,na,999,1000,999,1,0,0"_s).toUtf8());
    ASSERT_TRUE(bad.ok());
    EXPECT_TRUE(find(bad->problems, u"E23"_s, 2)) << describe(bad->problems);
    EXPECT_FALSE(bad->written);
}

TEST_F(BallotsImportTest, OfficialResultsRefuseImportsUntilUnlockedWithAReason)
{
    services::ResultsService service(*m_workspace);
    ASSERT_TRUE(service.lock(u"Kết quả chính thức"_s).ok());
    EXPECT_TRUE(service.lockState()->isLocked());

    auto ballots = runBytes(ResultsFile::Ballots, csvText(kResultsHeader, baseResults()).toUtf8());
    ASSERT_FALSE(ballots.ok());
    EXPECT_EQ(ballots.error().code, ErrorCode::Locked);
    auto unitsRun = runBytes(ResultsFile::Units, csvText(test::kUnitsHeader, baseUnits()).toUtf8());
    ASSERT_FALSE(unitsRun.ok());
    EXPECT_EQ(unitsRun.error().code, ErrorCode::Locked);
    EXPECT_TRUE(minutes(u"K1"_s).ballots.isEmpty());

    const Status noReason = service.unlock(QString());
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(service.lockState()->isLocked());

    m_clock.setToday(QDate(2021, 5, 25));
    ASSERT_TRUE(service.unlock(u"Sửa số liệu khu vực 1"_s).ok());
    EXPECT_FALSE(service.lockState()->isLocked());
    const services::ResultsImportReport report = results(baseResults());
    EXPECT_TRUE(report.written);

    const QList<ResultsLockEvent> history = service.lockState()->history;
    ASSERT_EQ(history.size(), 2);
    EXPECT_TRUE(history[0].locked);
    EXPECT_EQ(history[0].at, QDateTime(test::defaultToday(), QTime(9, 0)));
    EXPECT_EQ(history[0].user, m_workspace->userName());
    EXPECT_EQ(history[0].reason, u"Kết quả chính thức"_s);
    EXPECT_FALSE(history[1].locked);
    EXPECT_EQ(history[1].at, QDateTime(QDate(2021, 5, 25), QTime(9, 0)));
    EXPECT_EQ(history[1].user, m_workspace->userName());
    EXPECT_EQ(history[1].reason, u"Sửa số liệu khu vực 1"_s);
}
