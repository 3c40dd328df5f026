// Manual entry of a polling area's minutes, undo, the evaluation table and the lock.

#include "support/resultsfixture.h"

using namespace Qt::StringLiterals;
using namespace ed;

namespace {

class ResultsServiceTest : public test::ResultsTest
{
protected:
    void SetUp() override
    {
        ResultsTest::SetUp();
        importBase();
    }
    UnitId id(const QString& code) const
    {
        const auto u = unit(code);
        return u ? u->unit.id : UnitId();
    }
    static BallotCount ballot(Ballot which, qint64 received, qint64 invalid)
    {
        BallotCount b;
        b.ballot = which;
        b.issued = received;
        b.received = received;
        b.valid = received - invalid;
        b.invalid = invalid;
        return b;
    }
    /// K3's minutes as a clerk types them: 500 voters, everyone voted, four ballots.
    UnitMinutes typed() const
    {
        UnitMinutes m;
        m.unit = id(u"K3"_s);
        m.figures = VoterFigures{500, 500, 480};
        m.reportedAt = QDateTime(QDate(2021, 5, 23), QTime(21, 15));
        m.ballots = {ballot(Ballot::NationalAssembly, 500, 0), ballot(Ballot::Province, 500, 0),
                     ballot(Ballot::District, 500, 0), ballot(Ballot::Commune, 500, 0)};
        return m;
    }

    services::ResultsService service() const { return services::ResultsService(*m_workspace); }
};

} // namespace

TEST_F(ResultsServiceTest, SavedMinutesComeBackMarkedManual)
{
    ASSERT_TRUE(service().saveMinutes(typed()).ok());
    const UnitMinutes stored = minutes(u"K3"_s);
    EXPECT_EQ(stored.unit, id(u"K3"_s));
    EXPECT_EQ(stored.figures, typed().figures);
    EXPECT_EQ(stored.reportedAt, typed().reportedAt);
    ASSERT_EQ(stored.ballots.size(), 4);
    for (int i = 0; i < 4; ++i) {
        BallotCount expected = typed().ballots[i];
        expected.source = FigureSource::Manual;
        EXPECT_EQ(stored.ballots[i], expected) << i;
    }
    EXPECT_EQ(service().unit(id(u"K3"_s))->source, FigureSource::Manual);
    EXPECT_EQ(unit(u"K1"_s)->unit.source, FigureSource::Import); // others untouched

    const auto c1 = unit(u"C1"_s);
    ASSERT_TRUE(c1);
    EXPECT_EQ(c1->totals.reportedLeaves, 3);
    EXPECT_EQ(c1->totals.registered, 3500);
}

TEST_F(ResultsServiceTest, SavingReplacesEveryBallotOfTheUnit)
{
    UnitMinutes m = minutes(u"K1"_s);
    ASSERT_EQ(m.ballots.size(), 2);
    m.ballots = {ballot(Ballot::Commune, 999, 0)};
    ASSERT_TRUE(service().saveMinutes(m).ok());
    const UnitMinutes stored = minutes(u"K1"_s);
    ASSERT_EQ(stored.ballots.size(), 1);
    EXPECT_EQ(stored.ballots[0].ballot, Ballot::Commune);
    EXPECT_EQ(stored.ballots[0].source, FigureSource::Manual);
}

TEST_F(ResultsServiceTest, RestoreUndoesASaveSourcesIncluded)
{
    const UnitMinutes before = minutes(u"K1"_s);
    ASSERT_EQ(before.ballots.size(), 2);
    ASSERT_EQ(before.ballots[0].source, FigureSource::Import);
    UnitMinutes changed = before;
    changed.figures = VoterFigures{1000, 1000, 1000};
    changed.ballots[0] = ballot(Ballot::NationalAssembly, 1000, 0);
    ASSERT_TRUE(service().saveMinutes(changed).ok());
    ASSERT_NE(minutes(u"K1"_s), before);

    ASSERT_TRUE(service().restoreMinutes(before).ok());
    EXPECT_EQ(minutes(u"K1"_s), before);
    EXPECT_EQ(service().unit(id(u"K1"_s))->source, FigureSource::Import);

    // A unit that had not reported goes back to nothing.
    const UnitMinutes empty = minutes(u"K3"_s);
    EXPECT_FALSE(empty.figures.has_value());
    EXPECT_TRUE(empty.ballots.isEmpty());
    ASSERT_TRUE(service().saveMinutes(typed()).ok());
    ASSERT_TRUE(service().restoreMinutes(empty).ok());
    EXPECT_EQ(minutes(u"K3"_s), empty);
    EXPECT_EQ(unit(u"C1"_s)->totals.reportedLeaves, 2);
}

TEST_F(ResultsServiceTest, MinutesWithAnErrorAreRefusedAndNothingChanges)
{
    const QList<UnitEvaluation> before = snapshot();
    UnitMinutes voted = typed();
    voted.figures->voted = 501; // E17
    UnitMinutes received = typed();
    received.ballots[2].received = 501; // E23 (and E24)
    UnitMinutes sum = typed();
    sum.ballots[1].valid = 499; // E24
    for (const UnitMinutes& m : {voted, received, sum}) {
        const Status saved = service().saveMinutes(m);
        ASSERT_FALSE(saved.ok());
        EXPECT_EQ(saved.error().code, ErrorCode::InvalidInput);
    }
    EXPECT_EQ(snapshot(), before);
}

TEST_F(ResultsServiceTest, WarningsDoNotBlockASave)
{
    UnitMinutes m = typed();
    m.ballots[0].issued = 500;
    m.ballots[0].received = 499; // W05
    m.ballots[0].valid = 499;
    ASSERT_FALSE(hasErrors(checkMinutes(m)));
    ASSERT_TRUE(service().saveMinutes(m).ok());
    EXPECT_EQ(minutes(u"K3"_s).ballots[0].received, 499);
}

TEST_F(ResultsServiceTest, AUnitWithChildrenHasNoMinutesOfItsOwn)
{
    UnitMinutes m = typed();
    m.unit = id(u"C1"_s);
    const Status saved = service().saveMinutes(m);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(unit(u"C1"_s)->unit.figures.has_value());
}

TEST_F(ResultsServiceTest, LockedResultsRefuseEditsUntilUnlocked)
{
    ASSERT_TRUE(service().lock().ok());
    const Status saved = service().saveMinutes(typed());
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::Locked);
    EXPECT_FALSE(minutes(u"K3"_s).figures.has_value());

    const Status blank = service().unlock(u"   "_s);
    EXPECT_FALSE(blank.ok()); // a reason of spaces is no reason
    ASSERT_TRUE(service().unlock(u"Khu vực 3 nộp biên bản muộn"_s).ok());
    ASSERT_TRUE(service().saveMinutes(typed()).ok());
    const ResultsLockState state = service().lockState().value();
    ASSERT_EQ(state.history.size(), 2);
    EXPECT_TRUE(state.history[0].locked);
    EXPECT_FALSE(state.history[1].locked);
    EXPECT_EQ(state.history[1].reason, u"Khu vực 3 nộp biên bản muộn"_s);
    EXPECT_EQ(state.history[1].user, m_workspace->userName());
    EXPECT_EQ(state.history[1].at, m_clock.now());
}

TEST_F(ResultsServiceTest, TheEvaluationTableHasItsColumnsAndFlooredPercentages)
{
    // K1 999/1000 (99,90 %), K2 1998/2000; with K3 at 19 979/20 000 the commune fails.
    UnitMinutes m = typed();
    m.figures = VoterFigures{20'000, 19'979, 19'000};
    m.ballots = {ballot(Ballot::NationalAssembly, 19'979, 40)};
    ASSERT_TRUE(service().saveMinutes(m).ok());
    auto evaluation = service().evaluate();
    ASSERT_TRUE(evaluation.ok());
    ASSERT_TRUE(evaluation->campaign.has_value());
    const services::TextTable table = services::ResultsService::evaluationTable(evaluation->units);
    EXPECT_EQ(table.header.join(u','),
              u"unit_code,level,registered_voters,voters_voted,turnout_pct,turnout_ok,"
              "max_invalid_pct,invalid_ok,law_study_pct,law_study_ok,no_revote_ok,eligible"_s);
    ASSERT_EQ(table.rows.size(), 6);
    QHash<QString, QStringList> byCode;
    for (const QStringList& row : table.rows)
        byCode.insert(row.value(0), row);
    // K1: 999/1000, invalid 1/999 on na (0,10 %), law 960/1000.
    EXPECT_EQ(byCode.value(u"K1"_s),
              (QStringList{u"K1"_s, u"area"_s, u"1000"_s, u"999"_s, u"99.90"_s, u"1"_s, u"0.10"_s,
                           u"1"_s, u"96.00"_s, u"1"_s, u"1"_s, u"1"_s}));
    // K3: 19 979/20 000 shows 99.89 and fails; 40 of 19 979 invalid is 0.2002 %: fails.
    EXPECT_EQ(byCode.value(u"K3"_s),
              (QStringList{u"K3"_s, u"area"_s, u"20000"_s, u"19979"_s, u"99.89"_s, u"0"_s,
                           u"0.20"_s, u"0"_s, u"95.00"_s, u"1"_s, u"1"_s, u"0"_s}));
    // C1: 22 976/23 000 = 99.8956 % → 99.89 fails although it rounds to 99.90; invalid na
    // 43/22 976 (0.187 %) → 0.18 passes although K3 alone fails; law 21 860/23 000 → 95.04.
    EXPECT_EQ(byCode.value(u"C1"_s),
              (QStringList{u"C1"_s, u"commune"_s, u"23000"_s, u"22976"_s, u"99.89"_s, u"0"_s,
                           u"0.18"_s, u"1"_s, u"95.04"_s, u"1"_s, u"1"_s, u"0"_s}));
    EXPECT_EQ(byCode.value(u"D1"_s).mid(2), byCode.value(u"C1"_s).mid(2));
    EXPECT_EQ(byCode.value(u"P"_s).value(1), u"province"_s);
}

TEST_F(ResultsServiceTest, NotComputableFiguresLeaveTheirCellsEmpty)
{
    UnitMinutes m = typed();
    m.figures = VoterFigures{0, 0, 0};
    m.ballots = {ballot(Ballot::NationalAssembly, 0, 0)};
    ASSERT_TRUE(service().saveMinutes(m).ok());
    const services::TextTable table =
            services::ResultsService::evaluationTable(service().evaluate()->units);
    bool found = false;
    for (const QStringList& row : table.rows) {
        if (row.value(0) != u"K3"_s)
            continue;
        found = true;
        EXPECT_EQ(row.value(4), QString());
        EXPECT_EQ(row.value(5), u"0"_s);
        EXPECT_EQ(row.value(6), QString());
        EXPECT_EQ(row.value(8), QString());
        EXPECT_EQ(row.value(11), u"0"_s);
    }
    EXPECT_TRUE(found);
}
