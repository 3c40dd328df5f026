#include "core/deadline.h"

#include <gtest/gtest.h>

using ed::Deadline;
using ed::DeadlineKind;

namespace {

Deadline on(DeadlineKind kind, QDate date)
{
    Deadline d;
    d.kind = kind;
    d.date = date;
    return d;
}

const QDate kElectionDay(2021, 5, 23);

} // namespace

TEST(Deadline, OnADateEndsThatDay)
{
    EXPECT_EQ(on(DeadlineKind::OnDate, QDate(2021, 2, 6)).lastAllowedDate(), QDate(2021, 2, 6));
}

TEST(Deadline, NoLaterThanIncludesTheDate)
{
    EXPECT_EQ(on(DeadlineKind::NoLaterThan, QDate(2021, 2, 22)).lastAllowedDate(),
              QDate(2021, 2, 22));
}

TEST(Deadline, StrictlyBeforeEndsTheDayBefore)
{
    EXPECT_EQ(on(DeadlineKind::StrictlyBefore, QDate(2021, 6, 4)).lastAllowedDate(),
              QDate(2021, 6, 3));
    // Across a month and a year boundary.
    EXPECT_EQ(on(DeadlineKind::StrictlyBefore, QDate(2021, 3, 1)).lastAllowedDate(),
              QDate(2021, 2, 28));
    EXPECT_EQ(on(DeadlineKind::StrictlyBefore, QDate(2022, 1, 1)).lastAllowedDate(),
              QDate(2021, 12, 31));
}

TEST(Deadline, WindowEndsOnItsLastDayAndStartsOnItsFirst)
{
    Deadline d = on(DeadlineKind::Window, QDate(2021, 2, 22));
    d.endDate = QDate(2021, 2, 27);
    EXPECT_EQ(d.lastAllowedDate(), QDate(2021, 2, 27));
    EXPECT_EQ(d.firstAllowedDate(), QDate(2021, 2, 22));
}

TEST(Deadline, WindowEndingBeforeItStartsIsIncomplete)
{
    Deadline d = on(DeadlineKind::Window, QDate(2021, 2, 27));
    d.endDate = QDate(2021, 2, 22);
    EXPECT_FALSE(d.isComplete());
    EXPECT_FALSE(d.lastAllowedDate().has_value());
}

TEST(Deadline, LastWeekOfFebruary2021Runs22To28)
{
    Deadline d;
    d.kind = DeadlineKind::WeekOfMonth;
    d.year = 2021;
    d.month = 2;
    d.week = Deadline::kLastWeek;
    EXPECT_EQ(d.firstAllowedDate(), QDate(2021, 2, 22));
    EXPECT_EQ(d.lastAllowedDate(), QDate(2021, 2, 28));
}

TEST(Deadline, LastWeekIsTheLastSevenDaysOfTheMonth)
{
    Deadline d;
    d.kind = DeadlineKind::WeekOfMonth;
    d.year = 2021;
    d.month = 5; // 31 days, ends on a Monday
    d.week = Deadline::kLastWeek;
    EXPECT_EQ(d.firstAllowedDate(), QDate(2021, 5, 25));
    EXPECT_EQ(d.lastAllowedDate(), QDate(2021, 5, 31));
}

TEST(Deadline, NumberedWeeksCountSevenDaysFromTheFirstAndStopAtMonthEnd)
{
    Deadline d;
    d.kind = DeadlineKind::WeekOfMonth;
    d.year = 2021;
    d.month = 2;
    d.week = 2;
    EXPECT_EQ(d.firstAllowedDate(), QDate(2021, 2, 8));
    EXPECT_EQ(d.lastAllowedDate(), QDate(2021, 2, 14));
    d.week = 5; // February 2021 has only 28 days: no fifth week
    EXPECT_FALSE(d.isComplete());
    d.month = 3;
    EXPECT_EQ(d.firstAllowedDate(), QDate(2021, 3, 29));
    EXPECT_EQ(d.lastAllowedDate(), QDate(2021, 3, 31));
}

TEST(Deadline, OnRequestHasNoDate)
{
    Deadline d;
    d.kind = DeadlineKind::OnRequest;
    EXPECT_TRUE(d.isComplete());
    EXPECT_FALSE(d.lastAllowedDate(kElectionDay).has_value());
}

TEST(Deadline, ElectionOffsetCountsFromElectionDay)
{
    Deadline d;
    d.kind = DeadlineKind::ElectionOffset;
    d.offsetDays = -105;
    EXPECT_EQ(d.lastAllowedDate(kElectionDay), QDate(2021, 2, 7));
    d.offsetDays = 10;
    EXPECT_EQ(d.lastAllowedDate(kElectionDay), QDate(2021, 6, 2));
    // The 2026 election: E−105 is 30/11/2025.
    d.offsetDays = -105;
    EXPECT_EQ(d.lastAllowedDate(QDate(2026, 3, 15)), QDate(2025, 11, 30));
}

TEST(Deadline, ElectionOffsetWithoutElectionDayHasNoDate)
{
    Deadline d;
    d.kind = DeadlineKind::ElectionOffset;
    d.offsetDays = -20;
    EXPECT_FALSE(d.lastAllowedDate().has_value());
}

TEST(Deadline, DatedKindsWithoutADateAreIncomplete)
{
    for (const DeadlineKind kind :
         {DeadlineKind::OnDate, DeadlineKind::NoLaterThan, DeadlineKind::StrictlyBefore}) {
        Deadline d;
        d.kind = kind;
        EXPECT_FALSE(d.isComplete());
        EXPECT_FALSE(d.lastAllowedDate().has_value());
    }
}
