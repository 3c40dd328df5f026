#include "core/schedule.h"

#include <gtest/gtest.h>

using namespace ed;

namespace {

Meeting meetingDue(QDate last)
{
    Meeting m;
    m.deadline.kind = DeadlineKind::NoLaterThan;
    m.deadline.date = last;
    return m;
}

const QDate kElectionDay(2021, 5, 23);

} // namespace

TEST(Schedule, OpenMeetingPastItsLastDayIsOverdue)
{
    EXPECT_EQ(meetingState(meetingDue(QDate(2021, 2, 22)), kElectionDay, QDate(2021, 2, 23), 7),
              ScheduleState::Overdue);
}

TEST(Schedule, OpenMeetingWithinTheWindowIsDueSoonAndOnItsLastDayToo)
{
    const Meeting m = meetingDue(QDate(2021, 2, 22));
    EXPECT_EQ(meetingState(m, kElectionDay, QDate(2021, 2, 15), 7), ScheduleState::DueSoon);
    EXPECT_EQ(meetingState(m, kElectionDay, QDate(2021, 2, 22), 7), ScheduleState::DueSoon);
    EXPECT_EQ(meetingState(m, kElectionDay, QDate(2021, 2, 14), 7), ScheduleState::Upcoming);
}

TEST(Schedule, MeetingHeldAfterItsLastDayIsLate)
{
    Meeting m = meetingDue(QDate(2021, 2, 22));
    m.status = MeetingStatus::Held;
    m.heldOn = QDate(2021, 2, 23);
    EXPECT_EQ(meetingState(m, kElectionDay, QDate(2021, 3, 1), 7), ScheduleState::Late);
    m.heldOn = QDate(2021, 2, 22);
    EXPECT_EQ(meetingState(m, kElectionDay, QDate(2021, 3, 1), 7), ScheduleState::OnTime);
}

TEST(Schedule, MeetingOnRequestHasNoDateAndCancelledStaysCancelled)
{
    Meeting m;
    m.deadline.kind = DeadlineKind::OnRequest;
    EXPECT_EQ(meetingState(m, kElectionDay, QDate(2021, 3, 1), 7), ScheduleState::NoDate);
    m = meetingDue(QDate(2021, 1, 1));
    m.status = MeetingStatus::Cancelled;
    EXPECT_EQ(meetingState(m, kElectionDay, QDate(2021, 3, 1), 7), ScheduleState::Cancelled);
}

TEST(Schedule, TaskWithoutDeadlineHasNoDateAndDoneIsOnTime)
{
    StandingTask t;
    EXPECT_EQ(taskState(t, kElectionDay, QDate(2021, 3, 1), 7), ScheduleState::NoDate);
    t.deadline = meetingDue(QDate(2021, 2, 1)).deadline;
    EXPECT_EQ(taskState(t, kElectionDay, QDate(2021, 3, 1), 7), ScheduleState::Overdue);
    t.status = TaskStatus::Done;
    EXPECT_EQ(taskState(t, kElectionDay, QDate(2021, 3, 1), 7), ScheduleState::OnTime);
}

namespace {

Meeting meetingWith(DeadlineKind kind, QDate date)
{
    Meeting m;
    m.deadline.kind = kind;
    m.deadline.date = date;
    return m;
}

ScheduleState on(const Meeting& m, QDate today)
{
    return meetingState(m, kElectionDay, today, 7);
}

} // namespace

// Each dated kind on its last allowed day is still on time, and overdue the day after.
TEST(Schedule, EachKindIsDueOnItsLastDayAndOverdueTheDayAfter)
{
    const Meeting onDate = meetingWith(DeadlineKind::OnDate, QDate(2021, 2, 6));
    EXPECT_EQ(on(onDate, QDate(2021, 2, 6)), ScheduleState::DueSoon);
    EXPECT_EQ(on(onDate, QDate(2021, 2, 7)), ScheduleState::Overdue);

    const Meeting noLater = meetingWith(DeadlineKind::NoLaterThan, QDate(2021, 2, 22));
    EXPECT_EQ(on(noLater, QDate(2021, 2, 22)), ScheduleState::DueSoon);
    EXPECT_EQ(on(noLater, QDate(2021, 2, 23)), ScheduleState::Overdue);

    // "Trước ngày 04/6": the 4th itself is already too late.
    const Meeting before = meetingWith(DeadlineKind::StrictlyBefore, QDate(2021, 6, 4));
    EXPECT_EQ(on(before, QDate(2021, 6, 3)), ScheduleState::DueSoon);
    EXPECT_EQ(on(before, QDate(2021, 6, 4)), ScheduleState::Overdue);

    Meeting window = meetingWith(DeadlineKind::Window, QDate(2021, 2, 22));
    window.deadline.endDate = QDate(2021, 2, 27);
    EXPECT_EQ(on(window, QDate(2021, 2, 27)), ScheduleState::DueSoon);
    EXPECT_EQ(on(window, QDate(2021, 2, 28)), ScheduleState::Overdue);

    Meeting offset;
    offset.deadline.kind = DeadlineKind::ElectionOffset;
    offset.deadline.offsetDays = -105;
    EXPECT_EQ(on(offset, QDate(2021, 2, 7)), ScheduleState::DueSoon);
    EXPECT_EQ(on(offset, QDate(2021, 2, 8)), ScheduleState::Overdue);
}

TEST(Schedule, TheLastWeekOfAMonthIsOverdueOnTheFirstOfTheNext)
{
    Meeting m;
    m.deadline.kind = DeadlineKind::WeekOfMonth;
    m.deadline.year = 2021;
    m.deadline.month = 12;
    m.deadline.week = Deadline::kLastWeek;
    EXPECT_EQ(on(m, QDate(2021, 12, 31)), ScheduleState::DueSoon);
    EXPECT_EQ(on(m, QDate(2022, 1, 1)), ScheduleState::Overdue);
    m.deadline.month = 2;
    EXPECT_EQ(on(m, QDate(2021, 2, 28)), ScheduleState::DueSoon);
    EXPECT_EQ(on(m, QDate(2021, 3, 1)), ScheduleState::Overdue);
}

TEST(Schedule, HeldOnTheLastDayIsOnTimeAndTheDayAfterIsLateNotOverdue)
{
    Meeting m = meetingWith(DeadlineKind::NoLaterThan, QDate(2021, 2, 22));
    m.status = MeetingStatus::Held;
    m.heldOn = QDate(2021, 2, 22);
    EXPECT_EQ(on(m, QDate(2021, 3, 1)), ScheduleState::OnTime);
    m.heldOn = QDate(2021, 2, 23);
    EXPECT_EQ(on(m, QDate(2021, 3, 1)), ScheduleState::Late);
}
