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
