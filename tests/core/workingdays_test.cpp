#include "core/workingdays.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace ed {
namespace {

/// The 2021 defaults of schema 4 that fall on weekdays, plus a weekend day of Tết.
WorkingCalendar calendar2021()
{
    QList<PublicHoliday> holidays;
    for (const char* day : {"2021-01-01", "2021-02-10", "2021-02-11", "2021-02-12", "2021-02-13",
                            "2021-02-14", "2021-02-15", "2021-02-16", "2021-04-21", "2021-04-30",
                            "2021-05-01", "2021-05-03", "2021-09-02", "2021-09-03"})
        holidays << PublicHoliday{QDate::fromString(QString::fromLatin1(day), Qt::ISODate), u"x"_s};
    return WorkingCalendar(holidays);
}

TEST(WorkingCalendarTest, WeekendsAreNotWorkingDays)
{
    const WorkingCalendar plain;
    EXPECT_TRUE(plain.isWorkingDay(QDate(2021, 6, 4)));  // Friday
    EXPECT_FALSE(plain.isWorkingDay(QDate(2021, 6, 5))); // Saturday
    EXPECT_FALSE(plain.isWorkingDay(QDate(2021, 6, 6))); // Sunday
    EXPECT_TRUE(plain.isWorkingDay(QDate(2021, 6, 7)));  // Monday
    EXPECT_FALSE(plain.isWorkingDay(QDate()));
}

TEST(WorkingCalendarTest, TheNthWorkingDayAfterSkipsTheWeekend)
{
    const WorkingCalendar plain;
    // Received on a Friday: Monday is the first working day after it.
    EXPECT_EQ(plain.addWorkingDays(QDate(2021, 6, 4), 1), QDate(2021, 6, 7));
    // Received on a Monday: 10 working days end on the Monday two weeks later.
    EXPECT_EQ(plain.addWorkingDays(QDate(2021, 6, 7), 10), QDate(2021, 6, 21));
    // Received on a Saturday: the received day never counts.
    EXPECT_EQ(plain.addWorkingDays(QDate(2021, 6, 5), 1), QDate(2021, 6, 7));
    EXPECT_EQ(plain.addWorkingDays(QDate(2021, 6, 5), 0), QDate(2021, 6, 5));
}

TEST(WorkingCalendarTest, TetIsSkipped)
{
    const WorkingCalendar calendar = calendar2021();
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2021, 2, 10)));
    EXPECT_FALSE(calendar.isWorkingDay(QDate(2021, 2, 16)));
    // Friday 05/02: Mon 08 (1), Tue 09 (2), Tết 10–16, Wed 17 (3).
    EXPECT_EQ(calendar.addWorkingDays(QDate(2021, 2, 5), 3), QDate(2021, 2, 17));
    EXPECT_EQ(calendar.addWorkingDays(QDate(2021, 2, 5), 10), QDate(2021, 2, 26));
    // Received on the eve of Tết.
    EXPECT_EQ(calendar.addWorkingDays(QDate(2021, 2, 9), 1), QDate(2021, 2, 17));
}

TEST(WorkingCalendarTest, HolidaysOnWeekdaysAndSwappedDaysAreSkipped)
{
    const WorkingCalendar calendar = calendar2021();
    // Thu 29/04: Fri 30/04 off, Sat 01/05, Sun 02/05, Mon 03/05 swapped, Tue 04/05 is the first.
    EXPECT_EQ(calendar.addWorkingDays(QDate(2021, 4, 29), 1), QDate(2021, 5, 4));
    // Wed 01/09: 02 and 03/09 off: Mon 06/09.
    EXPECT_EQ(calendar.addWorkingDays(QDate(2021, 9, 1), 1), QDate(2021, 9, 6));
}

TEST(WorkingCalendarTest, WorkingDaysBetweenCountsBothWays)
{
    const WorkingCalendar calendar = calendar2021();
    EXPECT_EQ(calendar.workingDaysBetween(QDate(2021, 2, 5), QDate(2021, 2, 26)), 10);
    EXPECT_EQ(calendar.workingDaysBetween(QDate(2021, 2, 26), QDate(2021, 2, 26)), 0);
    EXPECT_EQ(calendar.workingDaysBetween(QDate(2021, 3, 1), QDate(2021, 2, 26)), -1);
    EXPECT_EQ(calendar.workingDaysBetween(QDate(2021, 2, 9), QDate(2021, 2, 17)), 1);
}

} // namespace
} // namespace ed
