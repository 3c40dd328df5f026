// ScheduleListing on the demo database, with today = 25/02/2021: which meetings are overdue,
// their last allowed days, the CSV table, and the conflicts with the legal calendar.
#include "core/codes.h"
#include "services/demodata.h"
#include "services/planservice.h"
#include "services/schedulelisting.h"
#include "services/scheduleservice.h"
#include "services/workspace.h"
#include "support/demoworkspacetest.h"
#include "support/tempdatabase.h"

using namespace Qt::StringLiterals;
using namespace ed;

namespace {

constexpr int kSoonDays = 7;

class ScheduleListingTest : public test::DemoWorkspaceTest
{
protected:
    ScheduleListingTest() : test::DemoWorkspaceTest(QDate(2021, 2, 25)) {}

    /// The listed meetings of 01-KH/BCĐ, in the plan's order.
    QList<services::MeetingListing> steeringMeetings(int soonDays = kSoonDays) const
    {
        const auto all = services::ScheduleListing(*m_workspace, soonDays).meetings();
        EXPECT_TRUE(all.ok());
        QList<services::MeetingListing> list;
        for (const services::MeetingListing& m :
             all.ok() ? all.value() : QList<services::MeetingListing>()) {
            if (m.planSymbol == u"01-KH/BCĐ"_s)
                list << m;
        }
        EXPECT_EQ(list.size(), 6);
        return list;
    }

    /// The listed meeting with `number` (none: the one on request).
    services::MeetingListing meetingNumber(std::optional<int> number) const
    {
        for (const services::MeetingListing& m : steeringMeetings()) {
            if (m.meeting.number == number)
                return m;
        }
        ADD_FAILURE() << "no meeting " << number.value_or(0);
        return {};
    }

    Plan steeringPlan() const
    {
        for (const Plan& p : services::PlanService(*m_workspace).plans().value()) {
            if (p.symbol == u"01-KH/BCĐ"_s)
                return p;
        }
        ADD_FAILURE() << "no plan 01-KH/BCĐ";
        return {};
    }

    /// The CSV row of a meeting table, as one line (no field here needs quoting).
    static QString line(const QStringList& row) { return row.join(u','); }
};

} // namespace

TEST_F(ScheduleListingTest, MeetingsOneAndTwoAreOverdueOnTheTwentyFifthOfFebruary)
{
    const QList<services::MeetingListing> list = steeringMeetings();
    ASSERT_EQ(list.size(), 6);
    EXPECT_EQ(list[0].state, ScheduleState::Overdue);
    EXPECT_EQ(list[1].state, ScheduleState::Overdue);
    for (int i = 2; i < 5; ++i) {
        EXPECT_NE(list[i].state, ScheduleState::Overdue) << i + 1;
        EXPECT_EQ(list[i].state, ScheduleState::Upcoming) << i + 1;
    }
    EXPECT_EQ(list[5].state, ScheduleState::NoDate);

    EXPECT_EQ(list[0].lastAllowed, QDate(2021, 2, 6));
    EXPECT_EQ(list[0].daysLeft, -19);
    EXPECT_EQ(list[1].daysLeft, -3);
    EXPECT_EQ(list[2].daysLeft, 26);
    EXPECT_EQ(list[4].meeting.number, 5);
    EXPECT_EQ(list[4].lastAllowed, QDate(2021, 6, 3));  // "trước ngày 04/6/2021"
    EXPECT_EQ(list[4].deadlineDate, QDate(2021, 6, 4)); // the date the plan names
    EXPECT_EQ(list[4].daysLeft, 98);
    EXPECT_FALSE(list[5].meeting.number.has_value());
    EXPECT_FALSE(list[5].lastAllowed.has_value());
    EXPECT_FALSE(list[5].deadlineDate.has_value());
    EXPECT_FALSE(list[5].daysLeft.has_value());
}

TEST_F(ScheduleListingTest, TheMeetingTableHasTheAgreedHeaderAndRows)
{
    const auto meetings = services::ScheduleListing(*m_workspace, kSoonDays).meetings();
    ASSERT_TRUE(meetings.ok());
    const services::TextTable table = services::ScheduleListing::meetingTable(meetings.value());
    EXPECT_EQ(table.header.join(u','),
              u"plan_number,meeting_number,title,deadline_kind,deadline_date,last_allowed_date,"
              "status,overdue,days_left"_s);
    ASSERT_EQ(table.rows.size(), meetings->size());
    QStringList lines;
    for (const QStringList& row : table.rows) {
        EXPECT_EQ(row.size(), table.header.size());
        lines << line(row);
    }
    EXPECT_TRUE(lines.contains(
            u"01-KH/BCĐ,1,Cuộc họp thứ nhất,on,2021-02-06,2021-02-06,planned,1,-19"_s))
            << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(
            u"01-KH/BCĐ,2,Cuộc họp lần thứ hai,no_later_than,2021-02-22,2021-02-22,planned,1,-3"_s));
    EXPECT_TRUE(lines.contains(
            u"01-KH/BCĐ,3,Cuộc họp lần thứ ba,no_later_than,2021-03-23,2021-03-23,planned,0,26"_s));
    EXPECT_TRUE(lines.contains(
            u"01-KH/BCĐ,5,Cuộc họp lần thứ năm,before,2021-06-04,2021-06-03,planned,0,98"_s));
    // On request: no number, no dates, no days left.
    EXPECT_TRUE(lines.contains(u"01-KH/BCĐ,,Các cuộc họp khác,on_request,,,planned,0,"_s));
}

TEST_F(ScheduleListingTest, AMeetingHeldAfterItsLastDayIsLateNotOverdue)
{
    services::ScheduleService service(*m_workspace);
    Meeting first = meetingNumber(1).meeting;
    first.status = MeetingStatus::Held;
    first.heldOn = QDate(2021, 2, 10);
    ASSERT_TRUE(service.updateMeeting(first).ok());
    Meeting second = meetingNumber(2).meeting;
    second.status = MeetingStatus::Held;
    second.heldOn = QDate(2021, 2, 22); // on its last day
    ASSERT_TRUE(service.updateMeeting(second).ok());

    const services::MeetingListing late = meetingNumber(1);
    EXPECT_EQ(late.state, ScheduleState::Late);
    EXPECT_EQ(meetingNumber(2).state, ScheduleState::OnTime);
    const services::TextTable table = services::ScheduleListing::meetingTable({late});
    ASSERT_EQ(table.rows.size(), 1);
    EXPECT_EQ(line(table.rows.first()),
              u"01-KH/BCĐ,1,Cuộc họp thứ nhất,on,2021-02-06,2021-02-06,held,0,-19"_s);
}

TEST_F(ScheduleListingTest, ACancelledMeetingIsNotOverdue)
{
    Meeting first = meetingNumber(1).meeting;
    first.status = MeetingStatus::Cancelled;
    ASSERT_TRUE(services::ScheduleService(*m_workspace).updateMeeting(first).ok());
    const services::MeetingListing cancelled = meetingNumber(1);
    EXPECT_EQ(cancelled.state, ScheduleState::Cancelled);
    EXPECT_EQ(services::ScheduleListing::meetingTable({cancelled}).rows.first().at(7), u"0"_s);
    EXPECT_TRUE(cancelled.conflicts.isEmpty());
}

TEST_F(ScheduleListingTest, TheDueSoonWindowComesFromTheCaller)
{
    // Meeting 3 is 26 days away: upcoming with a week's window, due soon with a month's.
    const services::MeetingListing third = steeringMeetings(30).at(2);
    EXPECT_EQ(third.state, ScheduleState::DueSoon);
    EXPECT_EQ(steeringMeetings(26).at(2).state, ScheduleState::DueSoon);
    EXPECT_EQ(steeringMeetings(25).at(2).state, ScheduleState::Upcoming);
}

TEST_F(ScheduleListingTest, TheDemoMeetingsFitTheLegalCalendar)
{
    for (const services::MeetingListing& m : steeringMeetings())
        EXPECT_TRUE(m.conflicts.isEmpty()) << m.meeting.label.toStdString();
}

TEST_F(ScheduleListingTest, MovingElectionDayPutsMeetingThreeBeforeTheConferenceItReviews)
{
    // E = Sun 20/06/2021: the 2nd consultative conference (E−65) moves to 16/04/2021, after
    // meeting 3's last allowed day (23/03/2021), which reviews it.
    ASSERT_TRUE(services::ScheduleService(*m_workspace)
                        .setElectionCalendar(steeringPlan().id, QDate(2021, 6, 20),
                                             ElectionRegime::Law2015)
                        .ok());
    const services::MeetingListing third = meetingNumber(3);
    EXPECT_EQ(third.lastAllowed, QDate(2021, 3, 23));
    const CalendarConflict expected{CalendarConflictKind::BeforeMilestoneItReviews,
                                    u"hiep_thuong_2"_s, -1, QDate(2021, 3, 23), QDate(2021, 4, 16)};
    EXPECT_EQ(third.conflicts, QList<CalendarConflict>{expected});
    // Meeting 2 still comes before the conference it prepares.
    EXPECT_TRUE(meetingNumber(2).conflicts.isEmpty());
}

TEST_F(ScheduleListingTest, AMilestoneTheRegimeDoesNotListIsAConflict)
{
    // The 2025 regime names no "council results published" step, which meeting 5 reviews.
    ASSERT_TRUE(services::ScheduleService(*m_workspace)
                        .setElectionCalendar(steeringPlan().id, QDate(2021, 5, 23),
                                             ElectionRegime::Law2025)
                        .ok());
    const services::MeetingListing fifth = meetingNumber(5);
    bool found = false;
    for (const CalendarConflict& c : fifth.conflicts) {
        if (c.kind == CalendarConflictKind::MilestoneNotInRegime
            && c.milestone == u"council_results_published"_s)
            found = true;
    }
    EXPECT_TRUE(found);
}

TEST_F(ScheduleListingTest, TasksAreListedWithAgenciesAndDays)
{
    const auto tasks = services::ScheduleListing(*m_workspace, kSoonDays).tasks();
    ASSERT_TRUE(tasks.ok());
    const services::TaskListing* first = nullptr;
    const services::TaskListing* undated = nullptr;
    for (const services::TaskListing& t : tasks.value()) {
        if (t.planSymbol == u"01-KH/BCĐ"_s && t.task.section == u"II.1.a"_s)
            first = &t;
        if (t.planSymbol == u"01-KH/BCĐ"_s && t.task.section == u"III.1"_s)
            undated = &t;
    }
    ASSERT_NE(first, nullptr);
    ASSERT_NE(undated, nullptr);
    // "Tuần cuối tháng 2/2021": 22–28/02, three days left, due soon.
    EXPECT_EQ(first->deadlineDate, QDate(2021, 2, 22));
    EXPECT_EQ(first->lastAllowed, QDate(2021, 2, 28));
    EXPECT_EQ(first->daysLeft, 3);
    EXPECT_EQ(first->state, ScheduleState::DueSoon);
    EXPECT_EQ(first->agencies, QStringList{u"Thường trực Tỉnh ủy Bình Phước"_s});
    EXPECT_EQ(undated->state, ScheduleState::NoDate);
    EXPECT_FALSE(undated->daysLeft.has_value());

    const services::TextTable table = services::ScheduleListing::taskTable(tasks.value());
    EXPECT_EQ(table.header.join(u','),
              u"plan_number,section,content,agencies,deadline_kind,deadline_date,"
              "last_allowed_date,status,overdue,days_left"_s);
    ASSERT_EQ(table.rows.size(), tasks->size());
    const QStringList firstRow = services::ScheduleListing::taskTable({*first}).rows.first();
    EXPECT_EQ(firstRow.at(0), u"01-KH/BCĐ"_s);
    EXPECT_EQ(firstRow.at(1), u"II.1.a"_s);
    EXPECT_EQ(firstRow.at(3), u"Thường trực Tỉnh ủy Bình Phước"_s);
    EXPECT_EQ(firstRow.mid(4), (QStringList{u"week_of_month"_s, u"2021-02-22"_s, u"2021-02-28"_s,
                                            u"open"_s, u"0"_s, u"3"_s}));
    const QStringList undatedRow = services::ScheduleListing::taskTable({*undated}).rows.first();
    EXPECT_EQ(undatedRow.mid(4),
              (QStringList{QString(), QString(), QString(), u"open"_s, u"0"_s, QString()}));
}

TEST_F(ScheduleListingTest, ATaskPastItsLastDayIsOverdueUntilDone)
{
    m_clock.setToday(QDate(2021, 3, 1));
    const auto tasks = services::ScheduleListing(*m_workspace, kSoonDays).tasks();
    ASSERT_TRUE(tasks.ok());
    bool found = false;
    for (const services::TaskListing& t : tasks.value()) {
        if (t.task.section != u"II.1.a"_s || t.planSymbol != u"01-KH/BCĐ"_s)
            continue;
        found = true;
        EXPECT_EQ(t.state, ScheduleState::Overdue);
        EXPECT_EQ(t.daysLeft, -1);
        EXPECT_EQ(services::ScheduleListing::taskTable({t}).rows.first().at(8), u"1"_s);
        StandingTask done = t.task;
        done.status = TaskStatus::Done;
        ASSERT_TRUE(services::ScheduleService(*m_workspace).updateTask(done).ok());
    }
    ASSERT_TRUE(found);
    for (const services::TaskListing& t :
         services::ScheduleListing(*m_workspace, kSoonDays).tasks().value()) {
        if (t.task.section == u"II.1.a"_s && t.planSymbol == u"01-KH/BCĐ"_s) {
            EXPECT_EQ(t.state, ScheduleState::OnTime);
        }
    }
}

TEST_F(ScheduleListingTest, DeadlineKindsHaveTheirExportedWords)
{
    using services::ScheduleListing;
    EXPECT_EQ(ScheduleListing::deadlineKindWord(DeadlineKind::OnDate), u"on"_s);
    EXPECT_EQ(ScheduleListing::deadlineKindWord(DeadlineKind::NoLaterThan), u"no_later_than"_s);
    EXPECT_EQ(ScheduleListing::deadlineKindWord(DeadlineKind::StrictlyBefore), u"before"_s);
    EXPECT_EQ(ScheduleListing::deadlineKindWord(DeadlineKind::Window), u"window"_s);
    EXPECT_EQ(ScheduleListing::deadlineKindWord(DeadlineKind::WeekOfMonth), u"week_of_month"_s);
    EXPECT_EQ(ScheduleListing::deadlineKindWord(DeadlineKind::OnRequest), u"on_request"_s);
    EXPECT_EQ(ScheduleListing::deadlineKindWord(DeadlineKind::ElectionOffset), u"offset"_s);
}
