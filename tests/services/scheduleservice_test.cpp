// ScheduleService: every write is checked first and refused whole with the problems named by
// field; the election calendar only takes Sundays; an agency cannot end up under itself.
#include "core/codes.h"
#include "services/demodata.h"
#include "services/planservice.h"
#include "services/scheduleservice.h"
#include "services/workspace.h"
#include "support/demoworkspacetest.h"
#include "support/tempdatabase.h"

using namespace Qt::StringLiterals;
using namespace ed;

namespace {

class ScheduleServiceTest : public test::DemoWorkspaceTest
{
protected:
    ScheduleServiceTest() : test::DemoWorkspaceTest(QDate(2021, 2, 25)) {}

    void SetUp() override
    {
        test::DemoWorkspaceTest::SetUp();
        if (HasFatalFailure())
            return;
        for (const Plan& p : services::PlanService(*m_workspace).plans().value()) {
            if (p.symbol == u"01-KH/BCĐ"_s)
                m_plan = p;
        }
        ASSERT_TRUE(m_plan.id.isValid());
    }

    QList<Meeting> meetings() const
    {
        return services::PlanService(*m_workspace).meetings(m_plan.id).value();
    }

    QList<StandingTask> tasks() const
    {
        return services::PlanService(*m_workspace).tasks(m_plan.id).value();
    }

    Plan plan() const
    {
        for (const Plan& p : services::PlanService(*m_workspace).plans().value()) {
            if (p.id == m_plan.id)
                return p;
        }
        ADD_FAILURE() << "the plan is gone";
        return {};
    }

    AgencyId agencyNamed(const QString& name) const
    {
        for (const Agency& a : services::PlanService(*m_workspace).agencies().value()) {
            if (a.name == name)
                return a.id;
        }
        ADD_FAILURE() << "no agency " << name.toStdString();
        return {};
    }

    /// A valid meeting of the plan, on request.
    Meeting newMeeting() const
    {
        Meeting m;
        m.plan = m_plan.id;
        m.label = u"Cuộc họp bổ sung"_s;
        m.deadline.kind = DeadlineKind::NoLaterThan;
        m.deadline.wording = u"chậm nhất ngày 10/3/2021"_s;
        m.deadline.date = QDate(2021, 3, 10);
        return m;
    }

    static bool
    hasProblem(const QList<FieldProblem>& problems, const QString& field, Problem problem)
    {
        return problems.contains(FieldProblem{field, problem});
    }

    Plan m_plan;
};

} // namespace

// --- meetings ------------------------------------------------------------------------------

TEST_F(ScheduleServiceTest, AnInvalidMeetingIsRefusedWithItsProblemsAndNothingIsWritten)
{
    services::ScheduleService service(*m_workspace);
    const qsizetype before = meetings().size();
    Meeting m = newMeeting();
    m.label = u"  "_s;
    m.number = 0;
    m.deadline.date = QDate();
    m.items << MeetingItem{{}, {}, {{AgencyId(), AgencyRole::Lead}}};
    m.referenceDeadlines << ReferenceDeadline{{}, {}, Deadline{}, {}};
    m.referenceDeadlines[0].deadline.kind = DeadlineKind::Window;
    m.referenceDeadlines[0].deadline.date = QDate(2021, 3, 5);
    m.referenceDeadlines[0].deadline.endDate = QDate(2021, 3, 1);
    m.milestones << MilestoneDependency{u"hiep_thuong_9"_s, MilestoneRelation::After};

    const auto added = service.addMeeting(m);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::InvalidInput);
    const QList<FieldProblem>& problems = service.problems();
    EXPECT_TRUE(hasProblem(problems, u"label"_s, Problem::Required));
    EXPECT_TRUE(hasProblem(problems, u"number"_s, Problem::OutOfRange));
    EXPECT_TRUE(hasProblem(problems, u"deadline.date"_s, Problem::Required));
    EXPECT_TRUE(hasProblem(problems, u"items[0].content"_s, Problem::Required));
    EXPECT_TRUE(hasProblem(problems, u"items[0].agencies"_s, Problem::Required));
    EXPECT_TRUE(hasProblem(problems, u"referenceDeadlines[0].description"_s, Problem::Required));
    EXPECT_TRUE(hasProblem(problems, u"referenceDeadlines[0].deadline.endDate"_s,
                           Problem::EndBeforeStart));
    EXPECT_TRUE(hasProblem(problems, u"milestones"_s, Problem::UnknownMilestone));
    EXPECT_EQ(meetings().size(), before);
}

TEST_F(ScheduleServiceTest, HeldDatesAreCheckedAgainstTodayAndTheStatus)
{
    services::ScheduleService service(*m_workspace);
    Meeting m = newMeeting();
    m.status = MeetingStatus::Held;
    EXPECT_FALSE(service.addMeeting(m).ok());
    EXPECT_EQ(service.problems(), (QList<FieldProblem>{{u"heldOn"_s, Problem::HeldDateMissing}}));

    m.heldOn = QDate(2021, 2, 26); // tomorrow
    EXPECT_FALSE(service.addMeeting(m).ok());
    EXPECT_EQ(service.problems(), (QList<FieldProblem>{{u"heldOn"_s, Problem::HeldDateInFuture}}));

    m.status = MeetingStatus::Planned;
    m.heldOn = QDate(2021, 2, 20);
    EXPECT_FALSE(service.addMeeting(m).ok());
    EXPECT_EQ(service.problems(), (QList<FieldProblem>{{u"heldOn"_s, Problem::HeldDateNotHeld}}));

    m.status = MeetingStatus::Held;
    m.heldOn = QDate(2021, 2, 25); // today is fine
    const auto added = service.addMeeting(m);
    ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
    EXPECT_TRUE(service.problems().isEmpty());
    EXPECT_EQ(service.meeting(added.value()).value().heldOn, QDate(2021, 2, 25));
}

TEST_F(ScheduleServiceTest, ADuplicateRoleOrMilestoneTieIsAProblem)
{
    services::ScheduleService service(*m_workspace);
    const AgencyId organisation = agencyNamed(u"Ban Tổ chức Tỉnh ủy Bình Phước"_s);
    Meeting m = newMeeting();
    m.items << MeetingItem{{},
                           u"Nội dung"_s,
                           {{organisation, AgencyRole::Lead}, {organisation, AgencyRole::Lead}}};
    m.milestones = {{u"hiep_thuong_2"_s, MilestoneRelation::After},
                    {u"hiep_thuong_2"_s, MilestoneRelation::After}};
    ASSERT_FALSE(service.addMeeting(m).ok());
    EXPECT_TRUE(hasProblem(service.problems(), u"items[0].agencies"_s, Problem::DuplicateEntry));
    EXPECT_TRUE(hasProblem(service.problems(), u"milestones"_s, Problem::DuplicateEntry));
    // One agency in two roles, and one milestone before and after, are fine.
    m.items[0].agencies[1].role = AgencyRole::Staff;
    m.milestones[1].relation = MilestoneRelation::Before;
    EXPECT_TRUE(service.addMeeting(m).ok());
}

TEST_F(ScheduleServiceTest, AnInvalidMeetingUpdateLeavesTheMeetingUnchanged)
{
    services::ScheduleService service(*m_workspace);
    const Meeting stored = meetings().at(1);
    Meeting changed = stored;
    changed.label.clear();
    changed.deadline.date = QDate(2021, 3, 1);
    const Result<RowStamp> updated = service.updateMeeting(changed);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(service.problems(), (QList<FieldProblem>{{u"label"_s, Problem::Required}}));
    EXPECT_EQ(service.meeting(stored.id).value(), stored);
}

TEST_F(ScheduleServiceTest, AValidMeetingUpdateIsStoredAndClearsTheProblems)
{
    services::ScheduleService service(*m_workspace);
    ASSERT_FALSE(service.addMeeting(Meeting{}).ok());
    ASSERT_FALSE(service.problems().isEmpty());
    Meeting changed = meetings().at(0);
    changed.status = MeetingStatus::Held;
    changed.heldOn = QDate(2021, 2, 6);
    changed.conclusions = u"Đã thống nhất"_s;
    const Result<RowStamp> stamp = service.updateMeeting(changed);
    ASSERT_TRUE(stamp.ok());
    EXPECT_EQ(stamp->version, changed.stamp.version + 1);
    EXPECT_TRUE(service.problems().isEmpty());
    // The items are stored anew, so their ids change; everything else is as written.
    Meeting read = service.meeting(changed.id).value();
    ASSERT_EQ(read.items.size(), changed.items.size());
    for (qsizetype i = 0; i < read.items.size(); ++i) {
        EXPECT_TRUE(read.items[i].id.isValid());
        read.items[i].id = changed.items[i].id;
    }
    EXPECT_EQ(read.stamp, stamp.value());
    read.stamp = changed.stamp;
    EXPECT_EQ(read, changed);
}

TEST_F(ScheduleServiceTest, AnUnknownMeetingOrTaskIsNotFound)
{
    services::ScheduleService service(*m_workspace);
    EXPECT_EQ(service.meeting(MeetingId(9999)).error().code, ErrorCode::NotFound);
    EXPECT_EQ(service.task(TaskId(9999)).error().code, ErrorCode::NotFound);
    EXPECT_EQ(service.removeMeeting(MeetingId(9999)).error().code, ErrorCode::NotFound);
    EXPECT_EQ(service.removeTask(TaskId(9999)).error().code, ErrorCode::NotFound);
    EXPECT_EQ(service.meetingPosition(MeetingId(9999)).error().code, ErrorCode::NotFound);
    EXPECT_EQ(service.taskPosition(TaskId(9999)).error().code, ErrorCode::NotFound);
    Meeting ghost = newMeeting();
    ghost.id = MeetingId(9999);
    EXPECT_EQ(service.updateMeeting(ghost).error().code, ErrorCode::NotFound);
}

TEST_F(ScheduleServiceTest, ADeletedMeetingIsRestoredWithItsIdAndPlace)
{
    services::ScheduleService service(*m_workspace);
    const Meeting third = meetings().at(2);
    const int position = service.meetingPosition(third.id).value();
    ASSERT_TRUE(service.removeMeeting(third.id).ok());
    EXPECT_EQ(service.meeting(third.id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(meetings().size(), 5);
    // A failed write before the undo leaves problems behind; the restore clears them.
    ASSERT_FALSE(service.addMeeting(Meeting{}).ok());
    const auto restored = service.restoreMeeting(third, position);
    ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
    EXPECT_TRUE(service.problems().isEmpty());
    EXPECT_EQ(restored.value(), third.id);
    EXPECT_EQ(meetings().at(2).id, third.id);
    EXPECT_EQ(meetings().at(2).milestones, third.milestones);
    EXPECT_EQ(meetings().at(2).referenceDeadlines, third.referenceDeadlines);
}

// --- tasks ---------------------------------------------------------------------------------

TEST_F(ScheduleServiceTest, AnInvalidTaskIsRefusedWithItsProblems)
{
    services::ScheduleService service(*m_workspace);
    const qsizetype before = tasks().size();
    StandingTask t;
    t.plan = m_plan.id;
    Deadline week;
    week.kind = DeadlineKind::WeekOfMonth;
    week.year = 2021;
    week.month = 13;
    week.week = 6;
    t.deadline = week;
    const auto added = service.addTask(t);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(service.problems(), (QList<FieldProblem>{{u"section"_s, Problem::Required},
                                                       {u"content"_s, Problem::Required},
                                                       {u"deadline.month"_s, Problem::OutOfRange},
                                                       {u"deadline.week"_s, Problem::OutOfRange}}));
    EXPECT_EQ(tasks().size(), before);
}

TEST_F(ScheduleServiceTest, ATaskIsAddedUpdatedReadAndRestored)
{
    services::ScheduleService service(*m_workspace);
    StandingTask t;
    t.plan = m_plan.id;
    t.section = u"IV.1"_s;
    t.printedNumber = u"1"_s;
    t.content = u"Tổng kết công tác bầu cử"_s;
    t.agencies = {{agencyNamed(u"Văn phòng Tỉnh ủy Bình Phước"_s), AgencyRole::Lead}};
    const auto added = service.addTask(t);
    ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
    t.id = added.value();
    EXPECT_EQ(service.task(t.id).value(), t);

    Deadline date;
    date.kind = DeadlineKind::StrictlyBefore;
    date.wording = u"trước ngày 30/6/2021"_s;
    date.date = QDate(2021, 6, 30);
    t.deadline = date;
    ASSERT_TRUE(service.updateTask(t).ok());
    EXPECT_EQ(service.task(t.id).value(), t);

    StandingTask invalid = t;
    invalid.content.clear();
    ASSERT_FALSE(service.updateTask(invalid).ok());
    EXPECT_EQ(service.problems(), (QList<FieldProblem>{{u"content"_s, Problem::Required}}));
    EXPECT_EQ(service.task(t.id).value(), t);

    const int position = service.taskPosition(t.id).value();
    ASSERT_TRUE(service.removeTask(t.id).ok());
    EXPECT_EQ(service.task(t.id).error().code, ErrorCode::NotFound);
    ASSERT_EQ(service.restoreTask(t, position).value(), t.id);
    EXPECT_EQ(service.task(t.id).value(), t);
    EXPECT_EQ(service.taskPosition(t.id).value(), position);
}

// --- agencies ------------------------------------------------------------------------------

TEST_F(ScheduleServiceTest, AnAgencyCannotBePlacedUnderItsOwnDescendant)
{
    services::ScheduleService service(*m_workspace);
    Agency a{{}, {}, u"Cơ quan A"_s, u"A"_s, AgencyLevel::Province, AgencyKind::State, {}};
    Agency b{{}, {}, u"Cơ quan B"_s, u"B"_s, AgencyLevel::Province, AgencyKind::State, {}};
    a.id = service.addAgency(a).value();
    b.id = service.addAgency(b).value();

    a.parent = b.id; // A under B
    ASSERT_TRUE(service.updateAgency(a).ok());
    EXPECT_TRUE(service.problems().isEmpty());

    Agency cycle = b;
    cycle.parent = a.id; // B under A: B would be under itself
    const Status refused = service.updateAgency(cycle);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(service.problems(), (QList<FieldProblem>{{u"parent"_s, Problem::OwnParent}}));
    for (const Agency& stored : services::PlanService(*m_workspace).agencies().value()) {
        if (stored.id == b.id) {
            EXPECT_FALSE(stored.parent.isValid());
        }
    }

    Agency self = b;
    self.parent = b.id;
    ASSERT_FALSE(service.updateAgency(self).ok());
    EXPECT_EQ(service.problems(), (QList<FieldProblem>{{u"parent"_s, Problem::OwnParent}}));
}

TEST_F(ScheduleServiceTest, ALongerParentCycleIsRefusedToo)
{
    services::ScheduleService service(*m_workspace);
    Agency a{{}, {}, u"Cơ quan A"_s, {}, AgencyLevel::Commune, AgencyKind::State, {}};
    Agency b = a;
    b.name = u"Cơ quan B"_s;
    Agency c = a;
    c.name = u"Cơ quan C"_s;
    a.id = service.addAgency(a).value();
    b.parent = a.id;
    b.id = service.addAgency(b).value();
    c.parent = b.id;
    c.id = service.addAgency(c).value();
    a.parent = c.id; // A under C under B under A
    ASSERT_FALSE(service.updateAgency(a).ok());
    EXPECT_EQ(service.problems(), (QList<FieldProblem>{{u"parent"_s, Problem::OwnParent}}));
    // A parent that does not exist is not found.
    a.parent = AgencyId(99999);
    EXPECT_EQ(service.updateAgency(a).error().code, ErrorCode::NotFound);
}

TEST_F(ScheduleServiceTest, AnAgencyNeedsANameAndAnUnknownOneIsNotFound)
{
    services::ScheduleService service(*m_workspace);
    const auto added =
            service.addAgency({{}, {}, u" "_s, {}, AgencyLevel::Commune, AgencyKind::State, {}});
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(service.problems(), (QList<FieldProblem>{{u"name"_s, Problem::Required}}));
    const Status updated = service.updateAgency(
            {AgencyId(99999), {}, u"X"_s, {}, AgencyLevel::Commune, AgencyKind::State, {}});
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().code, ErrorCode::NotFound);
    EXPECT_EQ(service.removeAgency(AgencyId(99999)).error().code, ErrorCode::NotFound);
}

TEST_F(ScheduleServiceTest, AnAgencyInUseIsRefusedAndItsReferencesSayWhy)
{
    services::ScheduleService service(*m_workspace);
    const AgencyId organisation = agencyNamed(u"Ban Tổ chức Tỉnh ủy Bình Phước"_s);
    const qsizetype before = services::PlanService(*m_workspace).agencies()->size();
    const Status removed = service.removeAgency(organisation);
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().code, ErrorCode::InUse);
    const auto references = service.agencyReferences(organisation);
    ASSERT_TRUE(references.ok());
    EXPECT_FALSE(references->isEmpty());
    EXPECT_TRUE(references->meetings.contains(u"Cuộc họp thứ nhất (01-KH/BCĐ)"_s))
            << references->meetings.join(u" | "_s).toStdString();
    EXPECT_TRUE(references->meetings.contains(u"Cuộc họp lần thứ hai (01-KH/BCĐ)"_s));
    EXPECT_EQ(services::PlanService(*m_workspace).agencies()->size(), before);

    const auto party = service.agencyReferences(agencyNamed(u"Tỉnh ủy Bình Phước"_s));
    ASSERT_TRUE(party.ok());
    EXPECT_TRUE(party->children.contains(u"Ban Tổ chức Tỉnh ủy Bình Phước"_s));
    const auto issuer =
            service.agencyReferences(agencyNamed(u"Ban Chỉ đạo bầu cử tỉnh Bình Phước"_s));
    ASSERT_TRUE(issuer.ok());
    EXPECT_EQ(issuer->plans, QStringList{u"01-KH/BCĐ"_s});
}

TEST_F(ScheduleServiceTest, ARemovedAgencyComesBackWithItsId)
{
    services::ScheduleService service(*m_workspace);
    Agency a{{}, {}, u"Cơ quan tạm"_s, u"CQT"_s, AgencyLevel::District, AgencyKind::Other, {}};
    a.id = service.addAgency(a).value();
    ASSERT_TRUE(service.agencyReferences(a.id)->isEmpty());
    ASSERT_TRUE(service.removeAgency(a.id).ok());
    ASSERT_EQ(service.addAgency(a).value(), a.id);
}

// --- the election calendar -----------------------------------------------------------------

TEST_F(ScheduleServiceTest, ElectionDayMustBeASunday)
{
    services::ScheduleService service(*m_workspace);
    const Status saturday =
            service.setElectionCalendar(m_plan.id, QDate(2021, 5, 22), ElectionRegime::Law2015);
    ASSERT_FALSE(saturday.ok());
    EXPECT_EQ(saturday.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(service.problems(), (QList<FieldProblem>{{u"electionDay"_s, Problem::NotSunday}}));
    EXPECT_EQ(plan().electionDay, QDate(2021, 5, 23));

    ASSERT_TRUE(service.setElectionCalendar(m_plan.id, QDate(2026, 3, 15), ElectionRegime::Law2025)
                        .ok());
    EXPECT_TRUE(service.problems().isEmpty());
    EXPECT_EQ(plan().electionDay, QDate(2026, 3, 15));
    EXPECT_EQ(plan().electionRegime, ElectionRegime::Law2025);

    ASSERT_TRUE(service.setElectionCalendar(m_plan.id, QDate(2021, 5, 23), ElectionRegime::Law2015)
                        .ok());
    EXPECT_EQ(plan().electionDay, QDate(2021, 5, 23));
    EXPECT_EQ(plan().electionRegime, ElectionRegime::Law2015);
}

TEST_F(ScheduleServiceTest, ANullElectionDayClearsIt)
{
    services::ScheduleService service(*m_workspace);
    ASSERT_TRUE(service.setElectionCalendar(m_plan.id, QDate(), ElectionRegime::Law2015).ok());
    EXPECT_FALSE(plan().electionDay.isValid());
}

TEST_F(ScheduleServiceTest, TheElectionCalendarOfAnUnknownPlanIsNotFound)
{
    services::ScheduleService service(*m_workspace);
    const Status set =
            service.setElectionCalendar(PlanId(9999), QDate(2021, 5, 23), ElectionRegime::Law2015);
    ASSERT_FALSE(set.ok());
    EXPECT_EQ(set.error().code, ErrorCode::NotFound);
}
