#include "core/meetingchecks.h"

#include <gtest/gtest.h>

using namespace ed;
using namespace Qt::StringLiterals;

namespace {

const QDate kElectionDay(2021, 5, 23);

Meeting dueBy(QDate last, QList<MilestoneDependency> ties = {})
{
    Meeting m;
    m.deadline.kind = DeadlineKind::NoLaterThan;
    m.deadline.date = last;
    m.milestones = std::move(ties);
    return m;
}

MilestoneDependency after(const char* code)
{
    return {QString::fromLatin1(code), MilestoneRelation::After};
}

MilestoneDependency before(const char* code)
{
    return {QString::fromLatin1(code), MilestoneRelation::Before};
}

QList<CalendarConflict> check(const Meeting& m, ElectionRegime r = ElectionRegime::Law2015)
{
    return calendarConflicts(m, kElectionDay, r);
}

} // namespace

// plans.md B.6: the five numbered meetings of 01-KH/BCĐ fit the 2021 calendar.
TEST(MeetingChecks, TheDemoPlansDependencyTableHolds)
{
    EXPECT_TRUE(check(dueBy(QDate(2021, 2, 6),
                            {before("election_committees_set_up"), before("hiep_thuong_1")}))
                        .isEmpty());
    EXPECT_TRUE(check(dueBy(QDate(2021, 2, 22), {before("hiep_thuong_2")})).isEmpty());
    EXPECT_TRUE(check(dueBy(QDate(2021, 3, 23), {after("hiep_thuong_2"), before("hiep_thuong_3")}))
                        .isEmpty());
    EXPECT_TRUE(check(dueBy(QDate(2021, 4, 20), {after("hiep_thuong_3")})).isEmpty());
    EXPECT_TRUE(check(dueBy(QDate(2021, 6, 3), {after("council_results_published")})).isEmpty());
}

TEST(MeetingChecks, AReviewWhoseLastDayFallsBeforeTheMilestoneIsFlagged)
{
    // The 2nd consultative conference is on 19/03/2021.
    const auto conflicts = check(dueBy(QDate(2021, 3, 18), {after("hiep_thuong_2")}));
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().kind, CalendarConflictKind::BeforeMilestoneItReviews);
    EXPECT_EQ(conflicts.first().milestone, u"hiep_thuong_2"_s);
    EXPECT_EQ(conflicts.first().meetingDate, QDate(2021, 3, 18));
    EXPECT_EQ(conflicts.first().limit, QDate(2021, 3, 19));
    // On the milestone's day itself the review is possible.
    EXPECT_TRUE(check(dueBy(QDate(2021, 3, 19), {after("hiep_thuong_2")})).isEmpty());
}

TEST(MeetingChecks, AReviewOfAWindowWaitsForItsEnd)
{
    // Under the 2025 amendment, the 3rd conference runs 09–20/02/2026 (E = 15/03/2026).
    Meeting m = dueBy(QDate(2026, 2, 19), {after("hiep_thuong_3")});
    const auto conflicts = calendarConflicts(m, QDate(2026, 3, 15), ElectionRegime::Law2025);
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().limit, QDate(2026, 2, 20));
}

TEST(MeetingChecks, APreparationThatReachesTheMilestoneIsFlagged)
{
    // The election committees are set up on 07/02/2021: a meeting due by then is too late.
    const auto conflicts = check(dueBy(QDate(2021, 2, 7), {before("election_committees_set_up")}));
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().kind, CalendarConflictKind::NotBeforeMilestoneItPrepares);
    EXPECT_EQ(conflicts.first().limit, QDate(2021, 2, 7));
    EXPECT_TRUE(check(dueBy(QDate(2021, 2, 6), {before("election_committees_set_up")})).isEmpty());
}

TEST(MeetingChecks, AHeldMeetingIsCheckedOnTheDayItWasHeld)
{
    Meeting m = dueBy(QDate(2021, 3, 23), {after("hiep_thuong_2")});
    m.status = MeetingStatus::Held;
    m.heldOn = QDate(2021, 3, 15);
    const auto conflicts = check(m);
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().meetingDate, QDate(2021, 3, 15));
}

TEST(MeetingChecks, AMeetingLaterThanAnOutsideDeadlineItServesIsFlagged)
{
    Meeting m = dueBy(QDate(2021, 3, 5));
    ReferenceDeadline publish;
    publish.description = u"công bố trước 4/3"_s;
    publish.deadline.kind = DeadlineKind::StrictlyBefore;
    publish.deadline.date = QDate(2021, 3, 4);
    m.referenceDeadlines << publish;
    const auto conflicts = check(m);
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().kind, CalendarConflictKind::AfterReferenceDeadline);
    EXPECT_EQ(conflicts.first().referenceIndex, 0);
    EXPECT_EQ(conflicts.first().limit, QDate(2021, 3, 3));
    m.deadline.date = QDate(2021, 3, 3);
    EXPECT_TRUE(check(m).isEmpty());
}

TEST(MeetingChecks, AMilestoneTheRegimeDoesNotListIsReported)
{
    const auto conflicts = check(dueBy(QDate(2021, 4, 20), {after("voter_lists_posted")}),
                                 ElectionRegime::Law2025);
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().kind, CalendarConflictKind::MilestoneNotInRegime);
}

TEST(MeetingChecks, CancelledAndUndatedMeetingsAreNotChecked)
{
    Meeting m = dueBy(QDate(2021, 3, 1), {after("hiep_thuong_2")});
    m.status = MeetingStatus::Cancelled;
    EXPECT_TRUE(check(m).isEmpty());
    Meeting onRequest;
    onRequest.milestones = {after("hiep_thuong_2")};
    EXPECT_TRUE(check(onRequest).isEmpty());
}
