#include "core/awardmoney.h"

#include <gtest/gtest.h>

namespace ed {
namespace {

AwardMoneyTables tables2021()
{
    return {{{QDate(2019, 7, 1), 1'490'000}, {QDate(2023, 7, 1), 1'800'000}},
            {{AwardLevel::Province, NomineeKind::Individual, QDate(2017, 7, 31), 1000},
             {AwardLevel::Province, NomineeKind::Collective, QDate(2017, 7, 31), 2000},
             {AwardLevel::DistrictOrAgency, NomineeKind::Individual, QDate(2017, 7, 31), 300},
             {AwardLevel::Province, NomineeKind::Individual, QDate(2025, 7, 1), 1500}}};
}

TEST(AwardMoneyTest, RoundsUpToTheNextTenThousand)
{
    EXPECT_EQ(roundedAwardAmount(300, 1'490'000), 450'000); // 447,000 (law.md §11)
    EXPECT_EQ(roundedAwardAmount(1000, 1'490'000), 1'490'000);
    EXPECT_EQ(roundedAwardAmount(2000, 1'490'000), 2'980'000);
    EXPECT_EQ(roundedAwardAmount(1000, 1'490'001), 1'500'000); // one đồng over rounds up
    EXPECT_EQ(roundedAwardAmount(1500, 2'340'000), 3'510'000);
    EXPECT_EQ(roundedAwardAmount(1, 1), 10'000);
}

TEST(AwardMoneyTest, UsesTheRatesInForceOnTheDecisionDate)
{
    const AwardMoneyTables t = tables2021();
    EXPECT_EQ(awardAmount(t, AwardLevel::Province, NomineeKind::Individual, QDate(2021, 7, 15)),
              1'490'000);
    EXPECT_EQ(awardAmount(t, AwardLevel::Province, NomineeKind::Collective, QDate(2021, 7, 15)),
              2'980'000);
    EXPECT_EQ(awardAmount(t, AwardLevel::DistrictOrAgency, NomineeKind::Individual,
                          QDate(2021, 7, 15)),
              450'000);
    // The day before and the day the new base salary takes effect.
    EXPECT_EQ(awardAmount(t, AwardLevel::Province, NomineeKind::Individual, QDate(2023, 6, 30)),
              1'490'000);
    EXPECT_EQ(awardAmount(t, AwardLevel::Province, NomineeKind::Individual, QDate(2023, 7, 1)),
              1'800'000);
    // The 2025 coefficient with the 2023 base.
    EXPECT_EQ(awardAmount(t, AwardLevel::Province, NomineeKind::Individual, QDate(2025, 7, 1)),
              2'700'000);
}

TEST(AwardMoneyTest, NoRateGivesNoAmount)
{
    const AwardMoneyTables t = tables2021();
    EXPECT_FALSE(awardAmount(t, AwardLevel::State, NomineeKind::Individual, QDate(2021, 7, 1)));
    EXPECT_FALSE(awardAmount(t, AwardLevel::Province, NomineeKind::Individual, QDate(2017, 1, 1)));
    EXPECT_FALSE(awardAmount(t, AwardLevel::Province, NomineeKind::Individual, QDate()));
}

} // namespace
} // namespace ed
