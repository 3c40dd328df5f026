// The schedule's writes in storage: meetings and tasks updated, removed and restored (the undo of
// a delete), agencies restored, updated, looked up by name and refused while in use, and a
// plan's election calendar. Each test starts from a fresh migrated database.
#include "storage/agencyrepository.h"
#include "storage/meetingrepository.h"
#include "storage/planrepository.h"
#include "storage/rows.h"
#include "storage/taskrepository.h"
#include "storagetest.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace ed;
using ed::test::StorageTest;

namespace {

class ScheduleWritesTest : public StorageTest
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        m_party = addAgency(u"bp-tu"_s, u"Tỉnh ủy Bình Phước"_s, u"TU"_s, AgencyLevel::Province,
                            AgencyKind::Party);
        m_organisation = addAgency(u"bp-btc"_s, u"Ban Tổ chức Tỉnh ủy"_s, u"BTC TU"_s,
                                   AgencyLevel::Province, AgencyKind::Party, m_party);
        m_nationalBody = addAgency(u"hdbcqg"_s, u"Hội đồng bầu cử quốc gia"_s, u"HĐBCQG"_s,
                                   AgencyLevel::Central, AgencyKind::ElectionBody);
        Plan plan;
        plan.code = u"01-KH/BCD"_s;
        plan.symbol = u"01-KH/BCĐ"_s;
        plan.symbolAsPrinted = u"Số 01 -KH/BCĐ"_s;
        plan.documentType = u"KẾ HOẠCH"_s;
        plan.title = u"Lãnh đạo cuộc bầu cử"_s;
        plan.documentKind = DocumentKind::Party;
        plan.issuer = m_party;
        plan.province = u"Bình Phước"_s;
        plan.electionDay = QDate(2021, 5, 23);
        m_plan = storage::PlanRepository(*m_db).add(plan).value();
    }

    /// A complete meeting: two items with agencies by role, a reference deadline set by the
    /// national body, and a tie to a legal milestone.
    Meeting meeting(int number, const QString& label) const
    {
        Meeting m;
        m.plan = m_plan;
        m.number = number;
        m.label = label;
        m.section = u"II.2.%1"_s.arg(number);
        m.deadline.kind = DeadlineKind::NoLaterThan;
        m.deadline.wording = u"chậm nhất là ngày 22/02/2021"_s;
        m.deadline.date = QDate(2021, 2, 22);
        m.items << MeetingItem{
                {},
                u"Thống nhất Đề án danh sách sơ bộ"_s,
                {{m_organisation, AgencyRole::Staff}, {m_organisation, AgencyRole::Lead}}};
        m.items << MeetingItem{
                {}, u"Nghe báo cáo công tác chuẩn bị"_s, {{m_party, AgencyRole::Reporting}}};
        Deadline window;
        window.kind = DeadlineKind::Window;
        window.wording = u"từ 22 – 27/2"_s;
        window.date = QDate(2021, 2, 22);
        window.endDate = QDate(2021, 2, 27);
        window.yearInferred = true;
        m.referenceDeadlines << ReferenceDeadline{m_nationalBody, u"gửi dự kiến danh sách"_s,
                                                  window, u"Điều 39"_s};
        m.milestones << MilestoneDependency{u"hiep_thuong_2"_s, MilestoneRelation::Before};
        return m;
    }

    StandingTask task(const QString& section) const
    {
        StandingTask t;
        t.plan = m_plan;
        t.section = section;
        t.printedNumber = section.section(u'.', -1);
        t.content = u"Tổ chức hội nghị trực tuyến"_s;
        t.agencies = {{m_organisation, AgencyRole::Lead}, {m_party, AgencyRole::Coordinating}};
        return t;
    }

    static Deadline lastWeekOf(int month)
    {
        Deadline week;
        week.kind = DeadlineKind::WeekOfMonth;
        week.wording = u"Tuần cuối tháng %1/2021"_s.arg(month);
        week.year = 2021;
        week.month = month;
        week.week = Deadline::kLastWeek;
        return week;
    }

    QList<Meeting> meetings() const
    {
        const auto list = storage::MeetingRepository(*m_db).forPlan(m_plan);
        EXPECT_TRUE(list.ok());
        return list.ok() ? list.value() : QList<Meeting>();
    }

    QList<StandingTask> tasks() const
    {
        const auto list = storage::TaskRepository(*m_db).forPlan(m_plan);
        EXPECT_TRUE(list.ok());
        return list.ok() ? list.value() : QList<StandingTask>();
    }

    AgencyId m_party;
    AgencyId m_organisation;
    AgencyId m_nationalBody;
    PlanId m_plan;
};

/// The meeting without what the database assigns: item ids and the row stamp.
Meeting withoutItemIds(Meeting m)
{
    for (MeetingItem& item : m.items)
        item.id = {};
    m.stamp = {};
    return m;
}

QList<MeetingId> idsOf(const QList<Meeting>& list)
{
    QList<MeetingId> ids;
    for (const Meeting& m : list)
        ids << m.id;
    return ids;
}

QList<TaskId> idsOf(const QList<StandingTask>& list)
{
    QList<TaskId> ids;
    for (const StandingTask& t : list)
        ids << t.id;
    return ids;
}

} // namespace

// --- meetings ------------------------------------------------------------------------------

TEST_F(ScheduleWritesTest, MeetingMilestoneTiesRoundTrip)
{
    Meeting m = meeting(3, u"Cuộc họp lần thứ ba"_s);
    m.milestones = {{u"hiep_thuong_2"_s, MilestoneRelation::After},
                    {u"hiep_thuong_3"_s, MilestoneRelation::Before}};
    m.id = storage::MeetingRepository(*m_db).add(m).value();
    ASSERT_EQ(meetings().size(), 1);
    EXPECT_EQ(withoutItemIds(meetings().first()), m);
    EXPECT_EQ(count(u"meeting_milestone"_s), 2);
}

TEST_F(ScheduleWritesTest, MeetingUpdateReplacesFieldsDeadlineAndChildren)
{
    storage::MeetingRepository repository(*m_db);
    Meeting m = meeting(2, u"Cuộc họp lần thứ hai"_s);
    m.id = repository.add(m).value();
    const qint64 itemLinksBefore = count(u"meeting_item_agency"_s);
    ASSERT_EQ(itemLinksBefore, 3);

    Meeting changed = m;
    changed.number = 7;
    changed.label = u"Cuộc họp bất thường"_s;
    changed.section = u"II.2.7"_s;
    changed.status = MeetingStatus::Held;
    changed.heldOn = QDate(2021, 2, 20);
    changed.conclusions = u"Thống nhất danh sách"_s;
    changed.notes = u"Họp trực tuyến"_s;
    changed.requestedBy = u"Thường trực Tỉnh ủy"_s;
    changed.deadline = Deadline{};
    changed.deadline.kind = DeadlineKind::OnDate;
    changed.deadline.wording = u"Ngày 20/02/2021"_s;
    changed.deadline.date = QDate(2021, 2, 20);
    changed.items = {MeetingItem{
            {}, u"Một nội dung duy nhất"_s, {{m_nationalBody, AgencyRole::Coordinating}}}};
    changed.referenceDeadlines.clear();
    changed.milestones = {{u"hiep_thuong_1"_s, MilestoneRelation::After}};
    ASSERT_TRUE(repository.update(changed).ok());

    const QList<Meeting> read = meetings();
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(withoutItemIds(read.first()), changed);
    // Nothing of the old children is left behind: one deadline (the meeting's own), one item
    // with one link, no reference deadline, one milestone tie.
    EXPECT_EQ(count(u"deadline"_s), 1);
    EXPECT_EQ(count(u"meeting_item"_s), 1);
    EXPECT_EQ(count(u"meeting_item_agency"_s), 1);
    EXPECT_EQ(count(u"reference_deadline"_s), 0);
    EXPECT_EQ(count(u"meeting_milestone"_s), 1);
}

TEST_F(ScheduleWritesTest, MeetingUpdateCanAddReferenceDeadlinesAndDropTheNumber)
{
    storage::MeetingRepository repository(*m_db);
    Meeting m = meeting(2, u"Cuộc họp lần thứ hai"_s);
    m.referenceDeadlines.clear();
    m.milestones.clear();
    m.id = repository.add(m).value();
    EXPECT_EQ(count(u"deadline"_s), 1);

    Meeting changed = m;
    changed.number.reset();
    changed.deadline = Deadline{};
    changed.deadline.kind = DeadlineKind::OnRequest;
    changed.deadline.wording = u"theo đề nghị"_s;
    Deadline before;
    before.kind = DeadlineKind::StrictlyBefore;
    before.wording = u"trước ngày 04/3/2021"_s;
    before.date = QDate(2021, 3, 4);
    changed.referenceDeadlines = {
            {m_nationalBody, u"gửi biên bản"_s, before, {}},
            {m_party, u"báo cáo Ban Thường vụ"_s, before, u"Quy định 1"_s},
    };
    ASSERT_TRUE(repository.update(changed).ok());
    const Meeting read = withoutItemIds(meetings().first());
    EXPECT_EQ(read, changed);
    EXPECT_FALSE(read.number.has_value());
    EXPECT_EQ(count(u"deadline"_s), 3);
}

TEST_F(ScheduleWritesTest, AFailedMeetingUpdateLeavesTheStoredMeetingExactlyAsBefore)
{
    storage::MeetingRepository repository(*m_db);
    Meeting m = meeting(2, u"Cuộc họp lần thứ hai"_s);
    m.id = repository.add(m).value();
    const Meeting stored = meetings().first(); // with its item ids
    const qint64 deadlines = count(u"deadline"_s);
    const qint64 items = count(u"meeting_item"_s);
    const qint64 links = count(u"meeting_item_agency"_s);

    Meeting broken = stored;
    broken.label = u"Nhãn mới"_s;
    broken.deadline.date = QDate(2021, 3, 1);
    broken.referenceDeadlines.clear();
    broken.milestones.clear();
    broken.items << MeetingItem{{}, u"Nội dung mới"_s, {{AgencyId(999), AgencyRole::Lead}}};
    const Result<RowStamp> updated = repository.update(broken);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().code, ErrorCode::Conflict); // the foreign key

    const QList<Meeting> after = meetings();
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after.first(), stored); // item ids included: the old rows were never replaced
    EXPECT_EQ(count(u"deadline"_s), deadlines);
    EXPECT_EQ(count(u"meeting_item"_s), items);
    EXPECT_EQ(count(u"meeting_item_agency"_s), links);
    EXPECT_EQ(count(u"meeting_milestone"_s), 1);
    // The connection is usable afterwards: the transaction was rolled back, not left open.
    Meeting fine = stored;
    fine.label = u"Nhãn mới"_s;
    EXPECT_TRUE(repository.update(fine).ok());
    EXPECT_EQ(meetings().first().label, u"Nhãn mới"_s);
}

TEST_F(ScheduleWritesTest, AMeetingUpdateWithATieGivenTwiceIsRefusedWhole)
{
    // The same tie twice breaks the milestone table's key: the update is refused whole.
    storage::MeetingRepository repository(*m_db);
    Meeting m = meeting(2, u"Cuộc họp lần thứ hai"_s);
    m.id = repository.add(m).value();
    const Meeting stored = meetings().first();
    Meeting twice = stored;
    twice.label = u"Khác"_s;
    twice.milestones << twice.milestones.first();
    ASSERT_FALSE(repository.update(twice).ok());
    EXPECT_EQ(meetings().first(), stored);
}

TEST_F(ScheduleWritesTest, UpdatingOrRemovingAnUnknownMeetingIsNotFound)
{
    storage::MeetingRepository repository(*m_db);
    Meeting ghost = meeting(1, u"Cuộc họp thứ nhất"_s);
    ghost.id = MeetingId(999);
    const Result<RowStamp> updated = repository.update(ghost);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().code, ErrorCode::NotFound);
    const Status removed = repository.remove(MeetingId(999));
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().code, ErrorCode::NotFound);
    const auto position = repository.positionOf(MeetingId(999));
    ASSERT_FALSE(position.ok());
    EXPECT_EQ(position.error().code, ErrorCode::NotFound);
    EXPECT_EQ(count(u"meeting"_s), 0);
    EXPECT_EQ(count(u"deadline"_s), 0);
}

TEST_F(ScheduleWritesTest, RemovingAMeetingRemovesItsMilestoneTies)
{
    storage::MeetingRepository repository(*m_db);
    const MeetingId id = repository.add(meeting(1, u"Cuộc họp thứ nhất"_s)).value();
    ASSERT_EQ(count(u"meeting_milestone"_s), 1);
    ASSERT_TRUE(repository.remove(id).ok());
    EXPECT_EQ(count(u"meeting_milestone"_s), 0);
    EXPECT_EQ(count(u"deadline"_s), 0);
    // A second remove finds nothing.
    EXPECT_EQ(repository.remove(id).error().code, ErrorCode::NotFound);
}

TEST_F(ScheduleWritesTest, ARestoredMeetingTakesBackItsIdAndItsPlace)
{
    storage::MeetingRepository repository(*m_db);
    Meeting first = meeting(1, u"Cuộc họp thứ nhất"_s);
    Meeting second = meeting(2, u"Cuộc họp lần thứ hai"_s);
    Meeting third = meeting(3, u"Cuộc họp lần thứ ba"_s);
    first.id = repository.add(first).value();
    second.id = repository.add(second).value();
    third.id = repository.add(third).value();
    const Meeting deleted = meetings().at(1);
    const int position = repository.positionOf(second.id).value();
    EXPECT_EQ(position, 1);

    ASSERT_TRUE(repository.remove(second.id).ok());
    EXPECT_EQ(idsOf(meetings()), (QList<MeetingId>{first.id, third.id}));

    const auto restored = repository.restore(deleted, position);
    ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
    EXPECT_EQ(restored.value(), second.id);
    EXPECT_EQ(repository.positionOf(second.id).value(), 1);
    const QList<Meeting> after = meetings();
    EXPECT_EQ(idsOf(after), (QList<MeetingId>{first.id, second.id, third.id}));
    EXPECT_EQ(withoutItemIds(after.at(1)), withoutItemIds(deleted));
}

TEST_F(ScheduleWritesTest, AMeetingRestoredWhereAnotherNowStandsIsAppended)
{
    storage::MeetingRepository repository(*m_db);
    Meeting first = meeting(1, u"Cuộc họp thứ nhất"_s);
    Meeting second = meeting(2, u"Cuộc họp lần thứ hai"_s);
    first.id = repository.add(first).value();
    second.id = repository.add(second).value();
    const Meeting deleted = meetings().first();
    ASSERT_EQ(repository.positionOf(first.id).value(), 0);
    ASSERT_TRUE(repository.remove(first.id).ok());
    // Meanwhile another meeting was restored into place 0.
    Meeting other = meeting(4, u"Cuộc họp lần thứ tư"_s);
    other.id = MeetingId(77);
    ASSERT_EQ(repository.restore(other, 0).value(), MeetingId(77));
    ASSERT_EQ(repository.positionOf(MeetingId(77)).value(), 0);

    const auto restored = repository.restore(deleted, 0);
    ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
    EXPECT_EQ(restored.value(), first.id);
    EXPECT_EQ(repository.positionOf(first.id).value(), 2); // after the last one
    EXPECT_EQ(idsOf(meetings()), (QList<MeetingId>{MeetingId(77), second.id, first.id}));
}

TEST_F(ScheduleWritesTest, RestoringAMeetingNeedsItsIdAndAFreeId)
{
    storage::MeetingRepository repository(*m_db);
    const Meeting noId = meeting(1, u"Cuộc họp thứ nhất"_s);
    const auto refused = repository.restore(noId, 0);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);

    Meeting live = noId;
    live.id = repository.add(live).value();
    const qint64 deadlines = count(u"deadline"_s);
    const auto twice = repository.restore(live, 5); // the id is still in use
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(count(u"meeting"_s), 1);
    EXPECT_EQ(count(u"deadline"_s), deadlines); // its new deadline row was rolled back
}

TEST_F(ScheduleWritesTest, ARestoreWhoseAgencyIsGoneLeavesNoRowsBehind)
{
    storage::MeetingRepository repository(*m_db);
    Meeting m = meeting(1, u"Cuộc họp thứ nhất"_s);
    m.id = repository.add(m).value();
    const Meeting deleted = meetings().first();
    ASSERT_TRUE(repository.remove(m.id).ok());
    ASSERT_TRUE(storage::AgencyRepository(*m_db).remove(m_nationalBody).ok());
    const auto restored = repository.restore(deleted, 0);
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(count(u"meeting"_s), 0);
    EXPECT_EQ(count(u"meeting_item"_s), 0);
    EXPECT_EQ(count(u"meeting_item_agency"_s), 0);
    EXPECT_EQ(count(u"meeting_milestone"_s), 0);
    EXPECT_EQ(count(u"deadline"_s), 0);
}

// --- tasks ---------------------------------------------------------------------------------

TEST_F(ScheduleWritesTest, ATaskDeadlineCanBeAddedChangedAndRemovedWithoutLeavingARow)
{
    storage::TaskRepository repository(*m_db);
    StandingTask t = task(u"II.1.a"_s);
    t.id = repository.add(t).value();
    EXPECT_EQ(count(u"deadline"_s), 0);

    t.deadline = lastWeekOf(2);
    ASSERT_TRUE(repository.update(t).ok());
    EXPECT_EQ(tasks().first(), t);
    EXPECT_EQ(count(u"deadline"_s), 1);

    Deadline date;
    date.kind = DeadlineKind::NoLaterThan;
    date.wording = u"chậm nhất ngày 15/3/2021"_s;
    date.date = QDate(2021, 3, 15);
    t.deadline = date;
    t.status = TaskStatus::InProgress;
    t.progressNote = u"Đang chuẩn bị"_s;
    ASSERT_TRUE(repository.update(t).ok());
    EXPECT_EQ(tasks().first(), t);
    EXPECT_EQ(count(u"deadline"_s), 1); // changed in place, not added

    t.deadline.reset();
    ASSERT_TRUE(repository.update(t).ok());
    EXPECT_EQ(tasks().first(), t);
    EXPECT_FALSE(tasks().first().deadline.has_value());
    EXPECT_EQ(count(u"deadline"_s), 0); // no orphan deadline row
}

TEST_F(ScheduleWritesTest, ATaskUpdateReplacesItsAgencies)
{
    storage::TaskRepository repository(*m_db);
    StandingTask t = task(u"II.1.a"_s);
    t.id = repository.add(t).value();
    t.agencies = {{m_nationalBody, AgencyRole::Reporting}};
    t.content = u"Nội dung đã sửa"_s;
    ASSERT_TRUE(repository.update(t).ok());
    EXPECT_EQ(tasks().first(), t);
    EXPECT_EQ(count(u"task_agency"_s), 1);
}

TEST_F(ScheduleWritesTest, AFailedTaskUpdateChangesNothing)
{
    storage::TaskRepository repository(*m_db);
    StandingTask t = task(u"II.1.a"_s);
    t.deadline = lastWeekOf(2);
    t.id = repository.add(t).value();
    StandingTask broken = t;
    broken.content = u"Khác"_s;
    broken.deadline.reset();
    broken.agencies = {{AgencyId(999), AgencyRole::Lead}};
    ASSERT_FALSE(repository.update(broken).ok());
    EXPECT_EQ(tasks().first(), t);
    EXPECT_EQ(count(u"deadline"_s), 1);
}

TEST_F(ScheduleWritesTest, UpdatingOrRemovingAnUnknownTaskIsNotFound)
{
    storage::TaskRepository repository(*m_db);
    StandingTask ghost = task(u"II.1.a"_s);
    ghost.id = TaskId(999);
    ghost.deadline = lastWeekOf(2);
    const Status updated = repository.update(ghost);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().code, ErrorCode::NotFound);
    EXPECT_EQ(count(u"deadline"_s), 0);
    const Status removed = repository.remove(TaskId(999));
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().code, ErrorCode::NotFound);
    EXPECT_EQ(repository.positionOf(TaskId(999)).error().code, ErrorCode::NotFound);
}

TEST_F(ScheduleWritesTest, RemovingATaskRemovesItsDeadlineAndLinks)
{
    storage::TaskRepository repository(*m_db);
    StandingTask t = task(u"II.1.a"_s);
    t.deadline = lastWeekOf(2);
    t.id = repository.add(t).value();
    ASSERT_TRUE(repository.remove(t.id).ok());
    EXPECT_EQ(count(u"task"_s), 0);
    EXPECT_EQ(count(u"task_agency"_s), 0);
    EXPECT_EQ(count(u"deadline"_s), 0);
}

TEST_F(ScheduleWritesTest, ARestoredTaskTakesBackItsIdAndPlaceOrIsAppended)
{
    storage::TaskRepository repository(*m_db);
    StandingTask a = task(u"II.1.a"_s);
    StandingTask b = task(u"II.1.b"_s);
    StandingTask c = task(u"II.1.c"_s);
    b.deadline = lastWeekOf(3);
    a.id = repository.add(a).value();
    b.id = repository.add(b).value();
    c.id = repository.add(c).value();
    const int position = repository.positionOf(b.id).value();
    ASSERT_EQ(position, 1);
    ASSERT_TRUE(repository.remove(b.id).ok());
    ASSERT_EQ(repository.restore(b, position).value(), b.id);
    EXPECT_EQ(idsOf(tasks()), (QList<TaskId>{a.id, b.id, c.id}));
    EXPECT_EQ(tasks().at(1), b);

    // Place 1 is taken now: restoring another deleted task there appends it.
    ASSERT_TRUE(repository.remove(a.id).ok());
    ASSERT_EQ(repository.restore(a, 1).value(), a.id);
    EXPECT_EQ(repository.positionOf(a.id).value(), 3);
    EXPECT_EQ(idsOf(tasks()), (QList<TaskId>{b.id, c.id, a.id}));

    StandingTask noId = task(u"III.1"_s);
    EXPECT_EQ(repository.restore(noId, 0).error().code, ErrorCode::InvalidInput);
}

// --- agencies ------------------------------------------------------------------------------

TEST_F(ScheduleWritesTest, AnAgencyAddedWithAnIdTakesThatIdBack)
{
    storage::AgencyRepository repository(*m_db);
    const Agency deleted{AgencyId(500),     u"qh"_s, u"Quốc hội"_s, u"QH"_s, AgencyLevel::Central,
                         AgencyKind::State, {}};
    const auto restored = repository.add(deleted);
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored.value(), AgencyId(500));
    EXPECT_EQ(repository.find(AgencyId(500)).value(), deleted);
    // The id is taken now.
    Agency again = deleted;
    again.code.clear();
    const auto twice = repository.add(again);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
}

TEST_F(ScheduleWritesTest, UpdatingOrRemovingAnUnknownAgencyIsNotFound)
{
    storage::AgencyRepository repository(*m_db);
    const Agency ghost{AgencyId(999),     {}, u"Không có"_s, {}, AgencyLevel::Commune,
                       AgencyKind::Other, {}};
    const Status updated = repository.update(ghost);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().code, ErrorCode::NotFound);
    const Status removed = repository.remove(AgencyId(999));
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().code, ErrorCode::NotFound);
    EXPECT_EQ(repository.all()->size(), 3);
}

TEST_F(ScheduleWritesTest, AnAgencyInUseIsRefusedAndItsReferencesAreListed)
{
    ASSERT_TRUE(storage::MeetingRepository(*m_db).add(meeting(2, u"Cuộc họp lần thứ hai"_s)).ok());
    ASSERT_TRUE(storage::TaskRepository(*m_db).add(task(u"II.1.a"_s)).ok());
    Inspection inspection;
    inspection.plan = m_plan;
    inspection.framework = u"Chương trình kiểm tra"_s;
    inspection.targets = {{m_organisation, InspectionMode::Inspected}};
    ASSERT_TRUE(storage::InspectionRepository(*m_db).add(inspection).ok());
    storage::AgencyRepository repository(*m_db);

    const auto organisation = repository.references(m_organisation);
    ASSERT_TRUE(organisation.ok());
    EXPECT_EQ(organisation->meetings, QStringList{u"Cuộc họp lần thứ hai (01-KH/BCĐ)"_s});
    EXPECT_EQ(organisation->tasks, QStringList{u"II.1.a (01-KH/BCĐ)"_s});
    EXPECT_EQ(organisation->inspections, QStringList{u"01-KH/BCĐ"_s});
    EXPECT_TRUE(organisation->plans.isEmpty());
    EXPECT_TRUE(organisation->children.isEmpty());

    const auto party = repository.references(m_party);
    ASSERT_TRUE(party.ok());
    EXPECT_EQ(party->plans, QStringList{u"01-KH/BCĐ"_s});
    EXPECT_EQ(party->children, QStringList{u"Ban Tổ chức Tỉnh ủy"_s});
    EXPECT_EQ(party->meetings, QStringList{u"Cuộc họp lần thứ hai (01-KH/BCĐ)"_s});
    EXPECT_EQ(party->tasks, QStringList{u"II.1.a (01-KH/BCĐ)"_s});

    // Issuing a reference deadline is a reference too.
    const auto national = repository.references(m_nationalBody);
    ASSERT_TRUE(national.ok());
    EXPECT_EQ(national->meetings, QStringList{u"Cuộc họp lần thứ hai (01-KH/BCĐ)"_s});

    for (const AgencyId id : {m_organisation, m_party, m_nationalBody}) {
        const Status removed = repository.remove(id);
        ASSERT_FALSE(removed.ok()) << id.raw();
        EXPECT_EQ(removed.error().code, ErrorCode::InUse) << id.raw();
    }
    EXPECT_EQ(repository.all()->size(), 3);
}

TEST_F(ScheduleWritesTest, AnAgencyNobodyRefersToHasNoReferencesAndCanBeRemoved)
{
    storage::AgencyRepository repository(*m_db);
    const auto references = repository.references(m_nationalBody);
    ASSERT_TRUE(references.ok());
    EXPECT_TRUE(references->isEmpty());
    ASSERT_TRUE(repository.remove(m_nationalBody).ok());
    EXPECT_FALSE(repository.find(m_nationalBody).value().has_value());
}

TEST_F(ScheduleWritesTest, AMeetingListedOnceAmongReferencesEvenWithSeveralRoles)
{
    // The organisation leads and staffs the same item: the meeting is named once.
    storage::MeetingRepository meetingRepository(*m_db);
    ASSERT_TRUE(meetingRepository.add(meeting(1, u"Cuộc họp thứ nhất"_s)).ok());
    ASSERT_TRUE(meetingRepository.add(meeting(2, u"Cuộc họp lần thứ hai"_s)).ok());
    const auto references = storage::AgencyRepository(*m_db).references(m_organisation);
    ASSERT_TRUE(references.ok());
    EXPECT_EQ(references->meetings, (QStringList{u"Cuộc họp thứ nhất (01-KH/BCĐ)"_s,
                                                 u"Cuộc họp lần thứ hai (01-KH/BCĐ)"_s}));
}

TEST_F(ScheduleWritesTest, AnAgencyIsFoundByItsExactNameAndTwoWithOneNameConflict)
{
    storage::AgencyRepository repository(*m_db);
    const auto found = repository.findByName(u"Ban Tổ chức Tỉnh ủy"_s);
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ(found.value()->id, m_organisation);
    // Decomposed input finds the NFC-stored name.
    const auto decomposed = repository.findByName(u"Tỉnh u\u0309y Bình Phước"_s);
    ASSERT_TRUE(decomposed.ok());
    ASSERT_TRUE(decomposed->has_value());
    EXPECT_EQ(decomposed.value()->id, m_party);
    const auto none = repository.findByName(u"Tỉnh ủy"_s);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());

    ASSERT_TRUE(repository
                        .add({{},
                              {},
                              u"Ban Tổ chức Tỉnh ủy"_s,
                              {},
                              AgencyLevel::Province,
                              AgencyKind::Party,
                              {}})
                        .ok());
    const auto twice = repository.findByName(u"Ban Tổ chức Tỉnh ủy"_s);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
}

// --- the plan's election calendar ----------------------------------------------------------

TEST_F(ScheduleWritesTest, ThePlanElectionRegimeRoundTrips)
{
    Plan plan;
    plan.code = u"X-2026"_s;
    plan.symbol = u"12/KH-UBND"_s;
    plan.symbolAsPrinted = u"Số: 12/KH-UBND"_s;
    plan.documentType = u"KẾ HOẠCH"_s;
    plan.title = u"Bầu cử 2026"_s;
    plan.documentKind = DocumentKind::State;
    plan.province = u"Bình Phước"_s;
    plan.electionDay = QDate(2026, 3, 15);
    plan.electionRegime = ElectionRegime::Law2025;
    storage::PlanRepository repository(*m_db);
    plan.id = repository.add(plan).value();
    const QList<Plan> plans = repository.all().value();
    ASSERT_EQ(plans.size(), 2);
    EXPECT_EQ(plans.at(0).electionRegime, ElectionRegime::Law2015); // the default
    EXPECT_EQ(plans.at(1), plan);
}

TEST_F(ScheduleWritesTest, SetElectionCalendarChangesDayAndRegimeAndCanClearTheDay)
{
    storage::PlanRepository repository(*m_db);
    ASSERT_TRUE(repository.setElectionCalendar(m_plan, QDate(2026, 3, 15), ElectionRegime::Law2025)
                        .ok());
    Plan read = repository.all()->first();
    EXPECT_EQ(read.electionDay, QDate(2026, 3, 15));
    EXPECT_EQ(read.electionRegime, ElectionRegime::Law2025);
    ASSERT_TRUE(repository.setElectionCalendar(m_plan, QDate(), ElectionRegime::Law2015).ok());
    read = repository.all()->first();
    EXPECT_FALSE(read.electionDay.isValid());
    EXPECT_EQ(read.electionRegime, ElectionRegime::Law2015);
}

TEST_F(ScheduleWritesTest, SetElectionCalendarOfAnUnknownPlanIsNotFound)
{
    const Status set = storage::PlanRepository(*m_db).setElectionCalendar(
            PlanId(999), QDate(2021, 5, 23), ElectionRegime::Law2015);
    ASSERT_FALSE(set.ok());
    EXPECT_EQ(set.error().code, ErrorCode::NotFound);
}

TEST_F(ScheduleWritesTest, TheMigrationChecksRegimesAndMilestoneRelations)
{
    QSqlQuery query(storage::connectionOf(*m_db));
    EXPECT_TRUE(query.exec(u"SELECT election_regime FROM plan"_s) && query.next());
    EXPECT_EQ(query.value(0).toString(), u"law_2015"_s);
    EXPECT_FALSE(query.exec(u"UPDATE plan SET election_regime = 'law_2030'"_s));
    const MeetingId id =
            storage::MeetingRepository(*m_db).add(meeting(1, u"Cuộc họp thứ nhất"_s)).value();
    EXPECT_FALSE(query.exec(u"INSERT INTO meeting_milestone (meeting_id, position, milestone, "
                            "relation) VALUES (%1, 5, 'hiep_thuong_1', 'during')"_s.arg(id.raw())));
    EXPECT_FALSE(query.exec(u"INSERT INTO meeting_milestone (meeting_id, position, milestone, "
                            "relation) VALUES (%1, 5, '', 'after')"_s.arg(id.raw())));
    EXPECT_EQ(count(u"meeting_milestone"_s), 1);
}
