#include "core/codes.h"
#include "core/ratio.h"

#include <gtest/gtest.h>

using ed::Comparison;
using ed::Ratio;
using ed::satisfies;

namespace {
constexpr Ratio kTurnout{999, 1000};
constexpr Ratio kInvalid{1, 500};
} // namespace

TEST(Ratio, ExactlyOnTheTurnoutLinePasses)
{
    EXPECT_TRUE(satisfies(999, 1000, Comparison::AtLeast, kTurnout));
    EXPECT_TRUE(satisfies(1998, 2000, Comparison::AtLeast, kTurnout));
    EXPECT_FALSE(satisfies(19'979, 20'000, Comparison::AtLeast, kTurnout));
}

TEST(Ratio, ProvinceScaleBoundaryFromTheLaw)
{
    EXPECT_FALSE(satisfies(406'931, 407'339, Comparison::AtLeast, kTurnout));
    EXPECT_TRUE(satisfies(406'932, 407'339, Comparison::AtLeast, kTurnout));
    EXPECT_TRUE(satisfies(814, 407'164, Comparison::Below, kInvalid));
    EXPECT_FALSE(satisfies(815, 407'164, Comparison::Below, kInvalid));
}

TEST(Ratio, InvalidBallotsOfExactlyPointTwoPercentFail)
{
    EXPECT_FALSE(satisfies(2, 1000, Comparison::Below, kInvalid));
}

TEST(Ratio, NationalFiguresDoNotOverflow)
{
    EXPECT_TRUE(satisfies(69'000'000, 69'000'000, Comparison::AtLeast, kTurnout));
    EXPECT_EQ(ed::basisPoints(68'999'999, 69'000'000), 9999);
}

TEST(Ratio, BasisPointsRoundDown)
{
    EXPECT_EQ(ed::basisPoints(19'979, 20'000), 9989);
    EXPECT_EQ(ed::basisPoints(814, 407'164), 19);
    EXPECT_EQ(ed::basisPoints(1, 0), 0);
}

TEST(Codes, EveryEnumValueRoundTripsThroughItsCode)
{
    for (const auto& [value, code] : ed::EnumCodes<ed::DeadlineKind>::table)
        EXPECT_EQ(ed::fromCode<ed::DeadlineKind>(ed::toCode(value)), value) << code;
    for (const auto& [value, code] : ed::EnumCodes<Comparison>::table)
        EXPECT_EQ(ed::fromCode<Comparison>(ed::toCode(value)), value) << code;
    EXPECT_FALSE(ed::fromCode<ed::AgencyRole>(QStringLiteral("chair")).has_value());
}
