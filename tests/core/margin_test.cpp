#include "core/evaluation.h"
#include "support/tempdatabase.h"

#include <gtest/gtest.h>

#include <array>

using namespace ed;

namespace {

constexpr Ratio kTurnout{999, 1000};
constexpr Ratio kInvalid{1, 500};

/// How many steps `part` may move toward failing and still pass (≥ 0), or minus the steps it
/// must move toward passing (< 0): counted one by one, independently of any formula.
qint64 steps(qint64 part, qint64 whole, Comparison op, Ratio t)
{
    // Passing grows with part for ≥ and >, shrinks for ≤ and <.
    const qint64 towardPass = (op == Comparison::AtLeast || op == Comparison::Above) ? 1 : -1;
    if (satisfies(part, whole, op, t)) {
        qint64 k = 0;
        while (satisfies(part - towardPass * (k + 1), whole, op, t) && k < 100'000)
            ++k;
        return k;
    }
    qint64 k = 1;
    while (!satisfies(part + towardPass * k, whole, op, t) && k < 100'000)
        ++k;
    return -k;
}

Measure passing(qint64 part, qint64 whole, Ratio threshold)
{
    Measure m;
    m.required = true;
    m.computable = true;
    m.part = part;
    m.whole = whole;
    m.basisPoints = basisPoints(part, whole);
    m.comparison = Comparison::AtLeast;
    m.threshold = threshold;
    m.ok = satisfies(part, whole, m.comparison, threshold);
    m.margin = marginToThreshold(part, whole, m.comparison, threshold);
    return m;
}

} // namespace

TEST(Margin, TurnoutIsCountedInVoters)
{
    EXPECT_EQ(marginToThreshold(19'979, 20'000, Comparison::AtLeast, kTurnout), -1);
    EXPECT_EQ(marginToThreshold(19'980, 20'000, Comparison::AtLeast, kTurnout), 0);
    EXPECT_EQ(marginToThreshold(20'000, 20'000, Comparison::AtLeast, kTurnout), 20);
    EXPECT_EQ(marginToThreshold(1998, 2000, Comparison::AtLeast, kTurnout), 0);
    EXPECT_EQ(marginToThreshold(406'931, 407'339, Comparison::AtLeast, kTurnout), -1);
    EXPECT_EQ(marginToThreshold(406'932, 407'339, Comparison::AtLeast, kTurnout), 0);
    EXPECT_EQ(marginToThreshold(0, 1000, Comparison::AtLeast, kTurnout), -999);
}

TEST(Margin, InvalidBallotsAreCountedInBallots)
{
    EXPECT_EQ(marginToThreshold(814, 407'164, Comparison::Below, kInvalid), 0);
    EXPECT_EQ(marginToThreshold(815, 407'164, Comparison::Below, kInvalid), -1);
    EXPECT_EQ(marginToThreshold(2, 1000, Comparison::Below, kInvalid), -1); // 0,2 % is not below
    EXPECT_EQ(marginToThreshold(1, 1000, Comparison::Below, kInvalid), 0);
    EXPECT_EQ(marginToThreshold(0, 1000, Comparison::Below, kInvalid), 1);
    EXPECT_EQ(marginToThreshold(1998, 1'000'000, Comparison::Below, kInvalid), 1);
}

TEST(Margin, AboveAndAtMostMoveTheLineByOne)
{
    EXPECT_EQ(marginToThreshold(1998, 2000, Comparison::Above, kTurnout), -1);
    EXPECT_EQ(marginToThreshold(1999, 2000, Comparison::Above, kTurnout), 0);
    EXPECT_EQ(marginToThreshold(2, 1000, Comparison::AtMost, kInvalid), 0);
    EXPECT_EQ(marginToThreshold(3, 1000, Comparison::AtMost, kInvalid), -1);
    EXPECT_EQ(marginToThreshold(0, 1000, Comparison::AtMost, kInvalid), 2);
}

TEST(Margin, NoneAllowedPassesOnlyAtZero)
{
    EXPECT_GE(marginToThreshold(0, 10, Comparison::NoneAllowed, {0, 1}), 0);
    EXPECT_LT(marginToThreshold(1, 10, Comparison::NoneAllowed, {0, 1}), 0);
    EXPECT_LT(marginToThreshold(3, 10, Comparison::NoneAllowed, {0, 1}), 0);
}

TEST(Margin, AgreesWithSatisfiesAndCountsStepsForEveryComparison)
{
    const std::array<Ratio, 7> ratios = {kTurnout,    Ratio{19, 20}, kInvalid,   Ratio{1, 2},
                                         Ratio{2, 3}, Ratio{1, 1},   Ratio{1, 7}};
    const std::array<Comparison, 4> ops = {Comparison::AtLeast, Comparison::Above,
                                           Comparison::AtMost, Comparison::Below};
    for (const Ratio t : ratios) {
        for (const Comparison op : ops) {
            for (qint64 whole = 1; whole <= 60; ++whole) {
                for (qint64 part = 0; part <= whole; ++part) {
                    const qint64 m = marginToThreshold(part, whole, op, t);
                    ASSERT_EQ(m >= 0, satisfies(part, whole, op, t))
                            << part << '/' << whole << " op " << int(op) << " t " << t.numerator
                            << '/' << t.denominator;
                    ASSERT_EQ(m, steps(part, whole, op, t))
                            << part << '/' << whole << " op " << int(op) << " t " << t.numerator
                            << '/' << t.denominator;
                }
            }
        }
    }
}

TEST(Margin, LargeFiguresDoNotOverflow)
{
    // 69,2 million voters at 99,90 %: 69 130 800 is exactly on the line.
    EXPECT_EQ(marginToThreshold(69'130'800, 69'200'000, Comparison::AtLeast, kTurnout), 0);
    EXPECT_EQ(marginToThreshold(69'130'799, 69'200'000, Comparison::AtLeast, kTurnout), -1);
    EXPECT_EQ(marginToThreshold(69'200'000, 69'200'000, Comparison::AtLeast, kTurnout), 69'200);
    // Hundreds of millions of ballots against 1/500.
    EXPECT_EQ(marginToThreshold(0, 999'999'999, Comparison::Below, kInvalid), 1'999'999);
}

TEST(NearMiss, APassWithinATenthOfAPercentIsANearMiss)
{
    // 20 000 voters: within max(1, 20) = 20 voters of the line 998/1000 (19 960).
    EXPECT_TRUE(isNearMiss(passing(19'960, 20'000, {998, 1000})));
    EXPECT_TRUE(isNearMiss(passing(19'980, 20'000, {998, 1000})));
    EXPECT_FALSE(isNearMiss(passing(19'981, 20'000, {998, 1000})));
    EXPECT_FALSE(isNearMiss(passing(20'000, 20'000, {998, 1000})));
    // A figure that fails is a failure, not a near miss.
    EXPECT_FALSE(isNearMiss(passing(19'959, 20'000, {998, 1000})));
}

TEST(NearMiss, SmallUnitsStillHaveAOneVoterBand)
{
    // 500 voters: whole / 1000 is 0, so the band is one voter; the line 99/100 is 495.
    EXPECT_TRUE(isNearMiss(passing(495, 500, {99, 100})));
    EXPECT_TRUE(isNearMiss(passing(496, 500, {99, 100})));
    EXPECT_FALSE(isNearMiss(passing(497, 500, {99, 100})));
}

TEST(NearMiss, AFigureThatCannotBeComputedIsNoNearMiss)
{
    Measure m;
    m.required = true;
    m.computable = false; // no registered voters
    m.threshold = kTurnout;
    EXPECT_FALSE(isNearMiss(m));
}
