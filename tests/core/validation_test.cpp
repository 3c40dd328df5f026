#include "core/validation.h"

#include <gtest/gtest.h>

using namespace ed;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2021, 2, 25);

Meeting validMeeting()
{
    Meeting m;
    m.label = u"Cuộc họp lần thứ ba"_s;
    m.number = 3;
    m.deadline.kind = DeadlineKind::NoLaterThan;
    m.deadline.date = QDate(2021, 3, 23);
    return m;
}

bool has(const QList<FieldProblem>& problems, const QString& field, Problem problem)
{
    return problems.contains(FieldProblem{field, problem});
}

} // namespace

TEST(Validation, AValidMeetingHasNoProblems)
{
    EXPECT_TRUE(checkMeeting(validMeeting(), kToday).isEmpty());
}

TEST(Validation, EmptyLabelAndMissingDateAreNamed)
{
    Meeting m = validMeeting();
    m.label = u"   "_s;
    m.deadline.date = QDate();
    const auto problems = checkMeeting(m, kToday);
    EXPECT_TRUE(has(problems, u"label"_s, Problem::Required));
    EXPECT_TRUE(has(problems, u"deadline.date"_s, Problem::Required));
}

TEST(Validation, AWindowMustNotEndBeforeItStarts)
{
    Meeting m = validMeeting();
    m.deadline.kind = DeadlineKind::Window;
    m.deadline.date = QDate(2021, 2, 27);
    m.deadline.endDate = QDate(2021, 2, 22);
    EXPECT_TRUE(has(checkMeeting(m, kToday), u"deadline.endDate"_s, Problem::EndBeforeStart));
}

TEST(Validation, WeekOfMonthFieldsMustBeInRange)
{
    Deadline d;
    d.kind = DeadlineKind::WeekOfMonth;
    d.year = 2021;
    d.month = 13;
    d.week = 6;
    const auto problems = checkDeadline(d, u"deadline."_s);
    EXPECT_TRUE(has(problems, u"deadline.month"_s, Problem::OutOfRange));
    EXPECT_TRUE(has(problems, u"deadline.week"_s, Problem::OutOfRange));
    d.month = 2;
    d.week = Deadline::kLastWeek;
    EXPECT_TRUE(checkDeadline(d, u"deadline."_s).isEmpty());
}

TEST(Validation, AHeldMeetingNeedsAPastHeldDate)
{
    Meeting m = validMeeting();
    m.status = MeetingStatus::Held;
    EXPECT_TRUE(has(checkMeeting(m, kToday), u"heldOn"_s, Problem::HeldDateMissing));
    m.heldOn = kToday.addDays(1);
    EXPECT_TRUE(has(checkMeeting(m, kToday), u"heldOn"_s, Problem::HeldDateInFuture));
    m.heldOn = kToday;
    EXPECT_TRUE(checkMeeting(m, kToday).isEmpty());
    m.status = MeetingStatus::Planned;
    EXPECT_TRUE(has(checkMeeting(m, kToday), u"heldOn"_s, Problem::HeldDateNotHeld));
}

TEST(Validation, ItemsAgenciesAndMilestoneTiesAreChecked)
{
    Meeting m = validMeeting();
    m.items << MeetingItem{
            {}, u""_s, {{AgencyId{1}, AgencyRole::Lead}, {AgencyId{1}, AgencyRole::Lead}}};
    m.milestones << MilestoneDependency{u"no_such_step"_s, MilestoneRelation::After};
    const auto problems = checkMeeting(m, kToday);
    EXPECT_TRUE(has(problems, u"items[0].content"_s, Problem::Required));
    EXPECT_TRUE(has(problems, u"items[0].agencies"_s, Problem::DuplicateEntry));
    EXPECT_TRUE(has(problems, u"milestones"_s, Problem::UnknownMilestone));
}

TEST(Validation, TasksAndAgencies)
{
    StandingTask t;
    EXPECT_TRUE(has(checkTask(t), u"section"_s, Problem::Required));
    EXPECT_TRUE(has(checkTask(t), u"content"_s, Problem::Required));
    Agency a;
    a.id = AgencyId{4};
    a.parent = AgencyId{4};
    EXPECT_TRUE(has(checkAgency(a), u"name"_s, Problem::Required));
    EXPECT_TRUE(has(checkAgency(a), u"parent"_s, Problem::OwnParent));
}
