#include "core/evaluation.h"
#include "support/tempdatabase.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace ed;

namespace {

constexpr Ratio kTurnout{999, 1000};
constexpr Ratio kStudy{19, 20};
constexpr Ratio kInvalid{1, 500};

Criterion criterion(const QString& code, Comparison op, Ratio threshold, bool measurable = true)
{
    Criterion c;
    c.code = code;
    c.label = code;
    c.measurable = measurable;
    c.comparison = op;
    c.threshold = threshold;
    return c;
}

/// The four criteria of 508/KH-UBND and one qualitative one that decides nothing here.
QList<Criterion> planCriteria()
{
    return {criterion(u"q1"_s, Comparison::Judgement, {}, false),
            criterion(u"turnout"_s, Comparison::AtLeast, kTurnout),
            criterion(u"law_study"_s, Comparison::AtLeast, kStudy),
            criterion(u"invalid_ballots"_s, Comparison::Below, kInvalid),
            criterion(u"no_revote"_s, Comparison::NoneAllowed, {0, 1})};
}

BallotCount
ballot(Ballot which, qint64 received, qint64 invalid, bool revote = false, bool additional = false)
{
    BallotCount b;
    b.ballot = which;
    b.issued = received;
    b.received = received;
    b.invalid = invalid;
    b.valid = received - invalid;
    b.revote = revote;
    b.additionalVote = additional;
    return b;
}

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2021, 5, 23), QTime(hour, minute));
}

/// A unit tree built by hand, evaluated in one call.
class Tree
{
public:
    UnitId add(const QString& code, UnitLevel level, UnitId parent = {})
    {
        ElectionUnit u;
        u.id = UnitId(++m_next);
        u.code = code;
        u.name = u"Đơn vị "_s + code;
        u.parent = parent;
        u.level = level;
        m_units << u;
        return u.id;
    }
    /// A polling area that reported: its figures and one ĐBQH ballot without invalid ones.
    UnitId area(const QString& code, UnitId parent, VoterFigures f, QDateTime reported = {})
    {
        const UnitId id = add(code, UnitLevel::Area, parent);
        m_units.last().figures = f;
        m_units.last().reportedAt = reported.isValid() ? reported : at(20, 0);
        m_ballots[id] = {ballot(Ballot::NationalAssembly, f.voted, 0)};
        return id;
    }
    void setBallots(UnitId unit, const QList<BallotCount>& ballots) { m_ballots[unit] = ballots; }
    QList<UnitEvaluation> evaluate(const MeasuredCriteria& criteria) const
    {
        return ed::evaluate(m_units, m_ballots, criteria);
    }
    QList<UnitEvaluation> evaluate() const { return evaluate(measuredCriteria(planCriteria())); }

private:
    QList<ElectionUnit> m_units;
    QHash<UnitId, QList<BallotCount>> m_ballots;
    qint64 m_next = 0;
};

const UnitEvaluation& unit(const QList<UnitEvaluation>& list, const QString& code)
{
    for (const UnitEvaluation& e : list) {
        if (e.unit.code == code)
            return e;
    }
    static const UnitEvaluation none;
    ADD_FAILURE() << "no unit " << code.toStdString();
    return none;
}

/// One polling area with these figures, everyone studied the law, no invalid ballot.
UnitEvaluation single(qint64 registered, qint64 voted)
{
    Tree t;
    t.area(u"K1"_s, {}, {registered, voted, registered});
    const QList<UnitEvaluation> list = t.evaluate();
    EXPECT_EQ(list.size(), 1);
    return list.value(0);
}

} // namespace

TEST(Evaluation, MeasuredCriteriaAreFoundByTheirCodes)
{
    const MeasuredCriteria c = measuredCriteria(planCriteria());
    ASSERT_TRUE(c.turnout && c.lawStudy && c.invalidBallots && c.noRevote);
    EXPECT_EQ(c.turnout->threshold, kTurnout);
    EXPECT_EQ(c.lawStudy->threshold, kStudy);
    EXPECT_EQ(c.invalidBallots->comparison, Comparison::Below);
    EXPECT_EQ(c.noRevote->comparison, Comparison::NoneAllowed);
    EXPECT_TRUE(c.any());
    EXPECT_FALSE(measuredCriteria({criterion(u"q1"_s, Comparison::Judgement, {}, false)}).any());
}

TEST(Evaluation, OneVoterEitherSideOfTheTurnoutLine)
{
    const UnitEvaluation below = single(20'000, 19'979); // 99.895 %: the rounding trap
    EXPECT_TRUE(below.turnout.required);
    EXPECT_TRUE(below.turnout.computable);
    EXPECT_EQ(below.turnout.part, 19'979);
    EXPECT_EQ(below.turnout.whole, 20'000);
    EXPECT_EQ(below.turnout.basisPoints, 9989); // shows 99,89 %, never 99,90 %
    EXPECT_FALSE(below.turnout.ok);
    EXPECT_EQ(below.turnout.margin, -1);
    EXPECT_EQ(below.turnout.comparison, Comparison::AtLeast);
    EXPECT_EQ(below.turnout.threshold, kTurnout);
    EXPECT_FALSE(below.eligible);

    const UnitEvaluation on = single(20'000, 19'980);
    EXPECT_EQ(on.turnout.basisPoints, 9990);
    EXPECT_TRUE(on.turnout.ok);
    EXPECT_EQ(on.turnout.margin, 0);
    EXPECT_TRUE(on.eligible);

    const UnitEvaluation above = single(20'000, 19'981);
    EXPECT_TRUE(above.turnout.ok);
    EXPECT_EQ(above.turnout.margin, 1);
}

TEST(Evaluation, ExactlyOnTheLineInSmallNumbersPasses)
{
    const UnitEvaluation on = single(2000, 1998);
    EXPECT_EQ(on.turnout.basisPoints, 9990);
    EXPECT_TRUE(on.turnout.ok);
    EXPECT_TRUE(on.eligible);
    const UnitEvaluation off = single(2000, 1997);
    EXPECT_EQ(off.turnout.basisPoints, 9985);
    EXPECT_FALSE(off.turnout.ok);
    EXPECT_EQ(off.turnout.margin, -1);
    EXPECT_FALSE(off.eligible);
    EXPECT_TRUE(single(1000, 999).turnout.ok);
    EXPECT_EQ(single(1000, 1000).turnout.basisPoints, 10'000);
}

TEST(Evaluation, LawStudyExactlyAtNinetyFivePercentPasses)
{
    Tree t;
    t.area(u"A"_s, {}, {2000, 2000, 1900});
    t.area(u"B"_s, {}, {2000, 2000, 1899});
    const QList<UnitEvaluation> list = t.evaluate();
    EXPECT_TRUE(unit(list, u"A"_s).lawStudy.ok);
    EXPECT_EQ(unit(list, u"A"_s).lawStudy.basisPoints, 9500);
    EXPECT_EQ(unit(list, u"A"_s).lawStudy.margin, 0);
    EXPECT_TRUE(unit(list, u"A"_s).eligible);
    EXPECT_FALSE(unit(list, u"B"_s).lawStudy.ok);
    EXPECT_EQ(unit(list, u"B"_s).lawStudy.basisPoints, 9495);
    EXPECT_EQ(unit(list, u"B"_s).lawStudy.margin, -1);
    EXPECT_FALSE(unit(list, u"B"_s).eligible);
}

TEST(Evaluation, ADistrictIsJudgedOnSumsNotOnTheMeanOfItsCommunes)
{
    Tree t;
    const UnitId district = t.add(u"D"_s, UnitLevel::District);
    t.area(u"D-A"_s, district, {200, 200, 200});          // 100 %
    t.area(u"D-B"_s, district, {20'000, 19'960, 20'000}); // 99,80 %; the mean would be 99,90 %
    const QList<UnitEvaluation> list = t.evaluate();
    const UnitEvaluation& d = unit(list, u"D"_s);
    EXPECT_FALSE(d.isLeaf);
    EXPECT_EQ(d.totals.registered, 20'200);
    EXPECT_EQ(d.totals.voted, 20'160);
    EXPECT_EQ(d.turnout.part, 20'160);
    EXPECT_EQ(d.turnout.whole, 20'200);
    EXPECT_EQ(d.turnout.basisPoints, 9980);
    EXPECT_FALSE(d.turnout.ok);
    EXPECT_FALSE(d.eligible);
    EXPECT_TRUE(unit(list, u"D-A"_s).turnout.ok);
    EXPECT_TRUE(unit(list, u"D-A"_s).eligible);
    EXPECT_FALSE(unit(list, u"D-B"_s).turnout.ok);
}

TEST(Evaluation, ProvinceScaleProductsBeyondThirtyTwoBits)
{
    for (const qint64 voted : {406'931, 406'932}) {
        for (const qint64 invalid : {814, 815}) {
            Tree t;
            const UnitId p = t.add(u"P"_s, UnitLevel::Province);
            const UnitId a = t.area(u"P-1"_s, p, {135'780, 135'780, 135'780});
            const UnitId b = t.area(u"P-2"_s, p, {135'780, 135'780, 135'780});
            const UnitId c = t.area(u"P-3"_s, p, {135'779, voted - 271'560, 135'779});
            t.setBallots(a, {ballot(Ballot::NationalAssembly, 135'780, 300)});
            t.setBallots(b, {ballot(Ballot::NationalAssembly, 135'780, 300)});
            t.setBallots(c, {ballot(Ballot::NationalAssembly, 135'604, invalid - 600)});
            const auto all = t.evaluate(); // the reference below points into it
            const UnitEvaluation& e = unit(all, u"P"_s);
            EXPECT_EQ(e.totals.registered, 407'339);
            EXPECT_EQ(e.totals.voted, voted);
            ASSERT_EQ(e.totals.ballots.size(), 1);
            EXPECT_EQ(e.totals.ballots[0].received, 407'164);
            EXPECT_EQ(e.totals.ballots[0].invalid, invalid);
            EXPECT_EQ(e.totals.ballots[0].leaves, 3);
            EXPECT_EQ(e.totals.leaves, 3);
            EXPECT_EQ(e.turnout.ok, voted == 406'932) << voted;
            EXPECT_EQ(e.turnout.basisPoints, voted == 406'932 ? 9990 : 9989);
            EXPECT_EQ(e.turnout.margin, voted == 406'932 ? 0 : -1);
            EXPECT_EQ(e.invalid.ok, invalid == 814) << invalid;
            EXPECT_EQ(e.invalid.basisPoints, invalid == 814 ? 19 : 20);
            EXPECT_EQ(e.invalid.margin, invalid == 814 ? 0 : -1);
            EXPECT_EQ(e.invalid.ballot, std::optional<Ballot>(Ballot::NationalAssembly));
            EXPECT_EQ(e.eligible, voted == 406'932 && invalid == 814);
        }
    }
}

TEST(Evaluation, NationalScaleStaysExact)
{
    const UnitEvaluation on = single(69'200'000, 69'130'800); // exactly 99,90 %
    EXPECT_TRUE(on.turnout.ok);
    EXPECT_EQ(on.turnout.basisPoints, 9990);
    EXPECT_EQ(on.turnout.margin, 0);
    const UnitEvaluation off = single(69'200'000, 69'130'799);
    EXPECT_FALSE(off.turnout.ok);
    EXPECT_EQ(off.turnout.basisPoints, 9989);
    EXPECT_EQ(off.turnout.margin, -1);
}

TEST(Evaluation, InvalidSharesArePooledPerBallotAndTheHighestIsShown)
{
    Tree t;
    const UnitId c = t.add(u"C"_s, UnitLevel::Commune);
    const UnitId x = t.area(u"C-X"_s, c, {1000, 1000, 1000});
    const UnitId y = t.area(u"C-Y"_s, c, {1000, 1000, 1000});
    const UnitId z = t.area(u"C-Z"_s, {}, {3000, 3000, 3000});
    t.setBallots(x, {ballot(Ballot::NationalAssembly, 1000, 1), ballot(Ballot::Commune, 1000, 0)});
    t.setBallots(y, {ballot(Ballot::NationalAssembly, 1000, 2), ballot(Ballot::Commune, 1000, 0)});
    // 3 of 3 000 (0,1 %) on ĐBQH, 2 of 1 000 (0,2 %) on HĐND tỉnh: the second is the highest.
    t.setBallots(z, {ballot(Ballot::NationalAssembly, 3000, 3), ballot(Ballot::Province, 1000, 2)});
    const QList<UnitEvaluation> list = t.evaluate();

    const UnitEvaluation& commune = unit(list, u"C"_s);
    EXPECT_TRUE(commune.invalid.ok); // 3 of 2 000 = 0,15 %
    EXPECT_EQ(commune.invalid.ballot, std::optional<Ballot>(Ballot::NationalAssembly));
    EXPECT_EQ(commune.invalid.part, 3);
    EXPECT_EQ(commune.invalid.whole, 2000);
    EXPECT_EQ(commune.invalid.basisPoints, 15);
    EXPECT_TRUE(commune.eligible);

    const UnitEvaluation& yy = unit(list, u"C-Y"_s); // 2 of 1 000 = 0,20 %: not below 0,2 %
    EXPECT_FALSE(yy.invalid.ok);
    EXPECT_EQ(yy.invalid.basisPoints, 20);
    EXPECT_EQ(yy.invalid.margin, -1);
    EXPECT_FALSE(yy.eligible);
    EXPECT_TRUE(unit(list, u"C-X"_s).invalid.ok);

    const UnitEvaluation& zz = unit(list, u"C-Z"_s);
    EXPECT_FALSE(zz.invalid.ok); // every ballot held must pass
    EXPECT_EQ(zz.invalid.ballot, std::optional<Ballot>(Ballot::Province));
    EXPECT_EQ(zz.invalid.part, 2);
    EXPECT_EQ(zz.invalid.whole, 1000);
}

TEST(Evaluation, BallotTotalsAreSummedPerBallotOverTheLeavesThatHeldThem)
{
    Tree t;
    const UnitId c = t.add(u"C"_s, UnitLevel::Commune);
    const UnitId rural = t.area(u"C-1"_s, c, {1000, 1000, 1000});
    const UnitId ward = t.area(u"C-2"_s, c, {800, 800, 800});
    t.setBallots(rural,
                 {ballot(Ballot::NationalAssembly, 1000, 1), ballot(Ballot::Province, 999, 0),
                  ballot(Ballot::District, 1000, 0), ballot(Ballot::Commune, 998, 1)});
    // A ward of 2021 Hồ Chí Minh City: ĐBQH and HĐND thành phố only.
    t.setBallots(ward,
                 {ballot(Ballot::Province, 800, 1), ballot(Ballot::NationalAssembly, 800, 0)});
    const auto all = t.evaluate(); // the reference below points into it
    const UnitEvaluation& e = unit(all, u"C"_s);
    ASSERT_EQ(e.totals.ballots.size(), 4);
    const QList<Ballot> order = {Ballot::NationalAssembly, Ballot::Province, Ballot::District,
                                 Ballot::Commune};
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(e.totals.ballots[i].ballot, order[i]);
    EXPECT_EQ(e.totals.ballots[0].received, 1800);
    EXPECT_EQ(e.totals.ballots[0].invalid, 1);
    EXPECT_EQ(e.totals.ballots[0].valid, 1799);
    EXPECT_EQ(e.totals.ballots[0].leaves, 2);
    EXPECT_EQ(e.totals.ballots[1].received, 1799);
    EXPECT_EQ(e.totals.ballots[1].issued, 1799);
    EXPECT_EQ(e.totals.ballots[1].leaves, 2);
    EXPECT_EQ(e.totals.ballots[2].leaves, 1);
    EXPECT_EQ(e.totals.ballots[3].received, 998);
    EXPECT_EQ(e.totals.registered, 1800);
    EXPECT_EQ(e.totals.lawStudy, 1800);
    EXPECT_EQ(e.totals.leaves, 2);
    EXPECT_EQ(e.totals.reportedLeaves, 2);
    EXPECT_TRUE(e.totals.allReported());
}

TEST(Evaluation, ARevoteOrAdditionalVoteAnywhereBelowFailsNoRevote)
{
    Tree t;
    const UnitId c = t.add(u"C"_s, UnitLevel::Commune);
    const UnitId a1 = t.area(u"C-1"_s, c, {1000, 1000, 1000});
    t.area(u"C-2"_s, c, {1000, 1000, 1000});
    const UnitId a3 = t.area(u"C-3"_s, c, {1000, 1000, 1000});
    t.setBallots(a1, {ballot(Ballot::NationalAssembly, 1000, 0),
                      ballot(Ballot::Commune, 1000, 0, false, true)});
    t.setBallots(a3, {ballot(Ballot::NationalAssembly, 1000, 0, true, true)});
    const QList<UnitEvaluation> list = t.evaluate();
    const UnitEvaluation& commune = unit(list, u"C"_s);
    EXPECT_TRUE(commune.noRevote.required);
    EXPECT_FALSE(commune.noRevote.ok);
    EXPECT_EQ(commune.noRevote.part, 2); // two leaf ballots needed a second vote
    EXPECT_FALSE(commune.eligible);
    ASSERT_EQ(commune.totals.ballots.size(), 2);
    EXPECT_EQ(commune.totals.ballots[0].revoteLeaves, 1);
    EXPECT_EQ(commune.totals.ballots[0].additionalLeaves, 1);
    EXPECT_EQ(commune.totals.ballots[1].revoteLeaves, 0);
    EXPECT_EQ(commune.totals.ballots[1].additionalLeaves, 1);
    EXPECT_FALSE(unit(list, u"C-1"_s).noRevote.ok);
    EXPECT_EQ(unit(list, u"C-1"_s).noRevote.part, 1);
    EXPECT_TRUE(unit(list, u"C-2"_s).noRevote.ok);
    EXPECT_EQ(unit(list, u"C-2"_s).noRevote.part, 0);
    EXPECT_TRUE(unit(list, u"C-2"_s).eligible);
    EXPECT_FALSE(unit(list, u"C-3"_s).noRevote.ok);
    EXPECT_EQ(unit(list, u"C-3"_s).noRevote.part, 1);
}

TEST(Evaluation, ZeroDenominatorsAreNotComputableAndNeverEligible)
{
    Tree t;
    const UnitId empty = t.area(u"K0"_s, {}, {0, 0, 0});
    t.setBallots(empty, {ballot(Ballot::NationalAssembly, 0, 0)});
    const auto all = t.evaluate(); // the reference below points into it
    const UnitEvaluation& e = unit(all, u"K0"_s);
    EXPECT_FALSE(e.turnout.computable);
    EXPECT_FALSE(e.turnout.ok);
    EXPECT_EQ(e.turnout.basisPoints, 0);
    EXPECT_FALSE(e.lawStudy.computable);
    EXPECT_FALSE(e.lawStudy.ok);
    EXPECT_FALSE(e.invalid.computable);
    EXPECT_FALSE(e.invalid.ok);
    EXPECT_FALSE(e.eligible);
}

TEST(Evaluation, AParentIsEligibleOnlyWhenEveryLeafReported)
{
    Tree t;
    const UnitId c = t.add(u"C"_s, UnitLevel::Commune);
    t.area(u"C-1"_s, c, {1000, 1000, 1000});
    const UnitId silent = t.add(u"C-2"_s, UnitLevel::Area, c); // nothing yet
    const UnitId noBallots = t.area(u"C-3"_s, c, {500, 500, 500});
    t.setBallots(noBallots, {});
    const QList<UnitEvaluation> list = t.evaluate();
    const UnitEvaluation& commune = unit(list, u"C"_s);
    EXPECT_EQ(commune.totals.leaves, 3);
    EXPECT_EQ(commune.totals.reportedLeaves, 1); // figures and at least one ballot
    EXPECT_FALSE(commune.totals.allReported());
    EXPECT_TRUE(commune.turnout.ok); // the sums so far pass …
    EXPECT_FALSE(commune.eligible);  // … but two leaves have not reported
    EXPECT_EQ(commune.reportRank, 0);
    const UnitEvaluation& s = unit(list, u"C-2"_s);
    EXPECT_TRUE(s.isLeaf);
    EXPECT_FALSE(s.turnout.computable);
    EXPECT_FALSE(s.eligible);
    EXPECT_EQ(s.reportRank, 0);
    EXPECT_EQ(s.totals.reportedLeaves, 0);
    EXPECT_FALSE(unit(list, u"C-3"_s).eligible);
    EXPECT_EQ(unit(list, u"C-3"_s).totals.reportedLeaves, 0);
    Q_UNUSED(silent);
}

TEST(Evaluation, ACriterionTheCampaignLacksDecidesNothing)
{
    Tree t;
    const UnitId a = t.area(u"K1"_s, {}, {1000, 999, 0}); // nobody studied the law
    t.setBallots(a, {ballot(Ballot::NationalAssembly, 999, 100, true, false)});
    MeasuredCriteria onlyTurnout;
    onlyTurnout.turnout = criterion(u"turnout"_s, Comparison::AtLeast, kTurnout);
    const UnitEvaluation e = t.evaluate(onlyTurnout).value(0);
    EXPECT_TRUE(e.turnout.required);
    EXPECT_TRUE(e.turnout.ok);
    EXPECT_FALSE(e.lawStudy.required);
    EXPECT_TRUE(e.lawStudy.ok);
    EXPECT_FALSE(e.invalid.required);
    EXPECT_TRUE(e.invalid.ok);
    EXPECT_FALSE(e.noRevote.required);
    EXPECT_TRUE(e.noRevote.ok);
    EXPECT_TRUE(e.eligible);
    EXPECT_FALSE(t.evaluate().value(0).eligible); // with every criterion it fails
}

TEST(Evaluation, TheThresholdIsData)
{
    Tree t;
    t.area(u"K1"_s, {}, {20'000, 19'979, 20'000});
    MeasuredCriteria looser = measuredCriteria(planCriteria());
    looser.turnout->threshold = Ratio{998, 1000};
    EXPECT_FALSE(t.evaluate().value(0).eligible);
    const UnitEvaluation e = t.evaluate(looser).value(0);
    EXPECT_TRUE(e.turnout.ok);
    EXPECT_EQ(e.turnout.threshold, (Ratio{998, 1000}));
    EXPECT_EQ(e.turnout.margin, 19);
    EXPECT_TRUE(e.eligible);
}

TEST(Evaluation, OutputIsInTreeOrderWithSiblingsByCode)
{
    Tree t;
    const UnitId q = t.add(u"Q"_s, UnitLevel::Province);
    const UnitId p = t.add(u"P"_s, UnitLevel::Province);
    const UnitId d2 = t.add(u"P-02"_s, UnitLevel::District, p);
    t.area(u"P-02-K1"_s, d2, {100, 100, 100});
    const UnitId d1 = t.add(u"P-01"_s, UnitLevel::District, p);
    t.area(u"P-01-B"_s, d1, {100, 100, 100});
    t.area(u"P-01-A"_s, d1, {100, 100, 100});
    t.area(u"Q-K1"_s, q, {100, 100, 100});
    const QList<UnitEvaluation> list = t.evaluate();
    QStringList codes;
    QList<int> depths;
    for (const UnitEvaluation& e : list) {
        codes << e.unit.code;
        depths << e.depth;
    }
    EXPECT_EQ(codes, (QStringList{u"P"_s, u"P-01"_s, u"P-01-A"_s, u"P-01-B"_s, u"P-02"_s,
                                  u"P-02-K1"_s, u"Q"_s, u"Q-K1"_s}));
    EXPECT_EQ(depths, (QList<int>{0, 1, 2, 2, 1, 2, 0, 1}));
    EXPECT_FALSE(unit(list, u"P"_s).isLeaf);
    EXPECT_TRUE(unit(list, u"P-01-A"_s).isLeaf);
    EXPECT_EQ(unit(list, u"P"_s).totals.leaves, 3);
    EXPECT_EQ(unit(list, u"P"_s).totals.registered, 300);
}

TEST(Evaluation, SiblingsAreRankedByWhenTheyFinishedReporting)
{
    Tree t;
    const UnitId d = t.add(u"D"_s, UnitLevel::District);
    const UnitId c1 = t.add(u"D-1"_s, UnitLevel::Commune, d);
    const UnitId c2 = t.add(u"D-2"_s, UnitLevel::Commune, d);
    const UnitId c3 = t.add(u"D-3"_s, UnitLevel::Commune, d);
    t.area(u"D-1-A"_s, c1, {100, 100, 100}, at(20, 0));
    t.area(u"D-1-B"_s, c1, {100, 100, 100}, at(19, 30));
    t.area(u"D-1-C"_s, c1, {100, 100, 100}, at(20, 30)); // the commune is done at 20:30
    t.add(u"D-1-D"_s, UnitLevel::Area, c1);
    t.area(u"D-2-A"_s, c2, {100, 100, 100}, at(20, 10)); // done at 20:10: first
    t.area(u"D-3-A"_s, c3, {100, 100, 100}, at(19, 0));
    t.add(u"D-3-B"_s, UnitLevel::Area, c3); // not reported: no rank
    const QList<UnitEvaluation> list = t.evaluate();
    EXPECT_EQ(unit(list, u"D-1-B"_s).reportRank, 1);
    EXPECT_EQ(unit(list, u"D-1-A"_s).reportRank, 2);
    EXPECT_EQ(unit(list, u"D-1-C"_s).reportRank, 3);
    EXPECT_EQ(unit(list, u"D-1-D"_s).reportRank, 0);
    EXPECT_EQ(unit(list, u"D-1-A"_s).reportedSiblings, 3);
    EXPECT_EQ(unit(list, u"D-1"_s).reportRank, 0); // D-1-D is missing

    Tree u;
    const UnitId d0 = u.add(u"D"_s, UnitLevel::District);
    const UnitId x1 = u.add(u"D-1"_s, UnitLevel::Commune, d0);
    const UnitId x2 = u.add(u"D-2"_s, UnitLevel::Commune, d0);
    const UnitId x3 = u.add(u"D-3"_s, UnitLevel::Commune, d0);
    u.area(u"D-1-A"_s, x1, {100, 100, 100}, at(20, 0));
    u.area(u"D-1-B"_s, x1, {100, 100, 100}, at(20, 30));
    u.area(u"D-2-A"_s, x2, {100, 100, 100}, at(20, 10));
    u.add(u"D-3-A"_s, UnitLevel::Area, x3);
    const QList<UnitEvaluation> second = u.evaluate();
    EXPECT_EQ(unit(second, u"D-1"_s).totals.reportedAt, at(20, 30)); // the last leaf's report
    EXPECT_EQ(unit(second, u"D-2"_s).reportRank, 1);
    EXPECT_EQ(unit(second, u"D-1"_s).reportRank, 2);
    EXPECT_EQ(unit(second, u"D-3"_s).reportRank, 0);
    EXPECT_EQ(unit(second, u"D-1"_s).reportedSiblings, 2);
    EXPECT_EQ(unit(second, u"D-2"_s).reportedSiblings, 2);
    EXPECT_FALSE(unit(second, u"D-3"_s).totals.reportedAt.isValid());
}
