#include "storage/agencyrepository.h"
#include "storage/campaignrepository.h"
#include "storage/meetingrepository.h"
#include "storage/planrepository.h"
#include "storage/rows.h"
#include "storage/taskrepository.h"
#include "storagetest.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace ed;
using ed::test::StorageTest;

namespace {

class RepositoryTest : public StorageTest
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        m_party = addAgency(u"bp-tu"_s, u"Tỉnh ủy Bình Phước"_s, u"TU"_s, AgencyLevel::Province,
                            AgencyKind::Party);
        m_organisation = addAgency(u"bp-btc"_s, u"Ban Tổ chức Tỉnh ủy"_s, u"BTC TU"_s,
                                   AgencyLevel::Province, AgencyKind::Party, m_party);
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
        plan.signerName = u"Nguyễn Văn Lợi"_s;
        plan.signerTitleLines = {u"BÍ THƯ TỈNH ỦY"_s, u"Kiêm"_s, u"TRƯỞNG BAN CHỈ ĐẠO"_s};
        plan.legalBases << LegalBasis{u"45-CT/TW"_s,      u"45-CT/TU"_s,     u"Chỉ thị"_s,
                                      QDate(2020, 6, 20), u"Bộ Chính trị"_s, u"Thực hiện"_s,
                                      u"preamble"_s};
        plan.recipients << Recipient{u"Thường trực Ban Bí thư"_s, {}};
        plan.purposes << Purpose{u"I.1"_s, false, u"Lãnh đạo, chỉ đạo toàn diện"_s};
        m_plan = plan;
        m_plan.id = storage::PlanRepository(*m_db).add(plan).value();
    }

    AgencyId m_party;
    AgencyId m_organisation;
    Plan m_plan;
};

Meeting secondMeeting(PlanId plan, AgencyId lead)
{
    Meeting m;
    m.plan = plan;
    m.number = 2;
    m.label = u"Cuộc họp lần thứ hai"_s;
    m.section = u"II.2.2"_s;
    m.deadline.kind = DeadlineKind::NoLaterThan;
    m.deadline.wording = u"chậm nhất là ngày 22/02/2021"_s;
    m.deadline.date = QDate(2021, 2, 22);
    m.items << MeetingItem{{},
                           u"Thống nhất Đề án danh sách sơ bộ"_s,
                           {{lead, AgencyRole::Staff}, {lead, AgencyRole::Lead}}};
    m.items << MeetingItem{{}, u"Nghe báo cáo về công tác chuẩn bị bầu cử"_s, {}};
    Deadline window;
    window.kind = DeadlineKind::Window;
    window.wording = u"từ 22 – 27/2"_s;
    window.date = QDate(2021, 2, 22);
    window.endDate = QDate(2021, 2, 27);
    window.yearInferred = true;
    m.referenceDeadlines << ReferenceDeadline{lead, u"gửi dự kiến danh sách"_s, window, {}};
    return m;
}

} // namespace

TEST_F(RepositoryTest, AgencyRoundTripsAndUpdates)
{
    storage::AgencyRepository agencies(*m_db);
    auto stored = agencies.find(m_organisation).value();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->name, u"Ban Tổ chức Tỉnh ủy"_s);
    EXPECT_EQ(stored->parent, m_party);
    stored->abbreviation = u"BTCTU"_s;
    ASSERT_TRUE(agencies.update(*stored).ok());
    EXPECT_EQ(agencies.find(m_organisation).value()->abbreviation, u"BTCTU"_s);
    EXPECT_EQ(agencies.all()->size(), 2);
}

TEST_F(RepositoryTest, AgencyNamesAreStoredNfcWithAFoldedSearchKey)
{
    storage::AgencyRepository agencies(*m_db);
    const AgencyId id = agencies.add({{},
                                      {},
                                      u" Vie\u0302\u0323t "_s,
                                      {},
                                      AgencyLevel::Commune,
                                      AgencyKind::State,
                                      {}})
                                .value();
    EXPECT_EQ(agencies.find(id).value()->name, u"Việt"_s);
    QSqlQuery query(storage::connectionOf(*m_db));
    ASSERT_TRUE(query.exec(u"SELECT name_search FROM agency WHERE id = %1"_s.arg(id.raw()))
                && query.next());
    EXPECT_EQ(query.value(0).toString(), u"viet"_s);
}

TEST_F(RepositoryTest, AgencyThatOthersReferToCannotBeRemoved)
{
    const auto removed = storage::AgencyRepository(*m_db).remove(m_party);
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().code, ErrorCode::InUse);
}

TEST_F(RepositoryTest, PlanRoundTripsWithItsLists)
{
    const auto plans = storage::PlanRepository(*m_db).all();
    ASSERT_TRUE(plans.ok());
    ASSERT_EQ(plans->size(), 1);
    EXPECT_EQ(plans->first(), m_plan);
    EXPECT_FALSE(plans->first().issuedOn.isValid()); // the plan carries no date
}

TEST_F(RepositoryTest, ElectionDayCanBeChanged)
{
    storage::PlanRepository plans(*m_db);
    ASSERT_TRUE(
            plans.setElectionCalendar(m_plan.id, QDate(2026, 3, 15), ElectionRegime::Law2025).ok());
    EXPECT_EQ(plans.all()->first().electionDay, QDate(2026, 3, 15));
}

TEST_F(RepositoryTest, MeetingRoundTripsWithItemsRolesAndReferenceDeadlines)
{
    storage::MeetingRepository meetings(*m_db);
    Meeting meeting = secondMeeting(m_plan.id, m_organisation);
    meeting.id = meetings.add(meeting).value();
    const auto stored = meetings.forPlan(m_plan.id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    Meeting read = stored->first();
    // Item ids are assigned by the database; compare the rest.
    for (qsizetype i = 0; i < read.items.size(); ++i) {
        EXPECT_TRUE(read.items[i].id.isValid());
        read.items[i].id = {};
    }
    EXPECT_EQ(read.stamp.version, 1); // new rows start at version 1
    read.stamp = {};
    EXPECT_EQ(read, meeting);
}

TEST_F(RepositoryTest, MeetingOnRequestHasNoNumber)
{
    storage::MeetingRepository meetings(*m_db);
    Meeting onRequest;
    onRequest.plan = m_plan.id;
    onRequest.label = u"Các cuộc họp khác"_s;
    onRequest.deadline.kind = DeadlineKind::OnRequest;
    onRequest.deadline.wording = u"theo đề nghị"_s;
    ASSERT_TRUE(meetings.add(onRequest).ok());
    const Meeting read = meetings.forPlan(m_plan.id)->first();
    EXPECT_FALSE(read.number.has_value());
    EXPECT_EQ(read.deadline.kind, DeadlineKind::OnRequest);
}

TEST_F(RepositoryTest, RemovingAMeetingRemovesItsItemsLinksAndDeadlines)
{
    storage::MeetingRepository meetings(*m_db);
    const MeetingId id = meetings.add(secondMeeting(m_plan.id, m_organisation)).value();
    EXPECT_EQ(count(u"deadline"_s), 2);
    ASSERT_TRUE(meetings.remove(id).ok());
    EXPECT_EQ(count(u"meeting_item"_s), 0);
    EXPECT_EQ(count(u"meeting_item_agency"_s), 0);
    EXPECT_EQ(count(u"reference_deadline"_s), 0);
    EXPECT_EQ(count(u"deadline"_s), 0);
}

TEST_F(RepositoryTest, AMeetingWithAnUnknownAgencyIsRefusedWhole)
{
    Meeting meeting = secondMeeting(m_plan.id, AgencyId(999));
    const auto added = storage::MeetingRepository(*m_db).add(meeting);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(count(u"meeting"_s), 0);
    EXPECT_EQ(count(u"deadline"_s), 0);
}

TEST_F(RepositoryTest, TaskRoundTripsWithAndWithoutDeadline)
{
    storage::TaskRepository tasks(*m_db);
    StandingTask withDeadline;
    withDeadline.plan = m_plan.id;
    withDeadline.section = u"II.1.a"_s;
    withDeadline.printedNumber = u"a"_s;
    withDeadline.content = u"Tổ chức hội nghị trực tuyến"_s;
    withDeadline.agencies = {{m_party, AgencyRole::Lead}};
    Deadline week;
    week.kind = DeadlineKind::WeekOfMonth;
    week.wording = u"Tuần cuối tháng 2/2021"_s;
    week.year = 2021;
    week.month = 2;
    week.week = Deadline::kLastWeek;
    withDeadline.deadline = week;
    StandingTask without = withDeadline;
    without.section = u"III.4-bis"_s;
    without.deadline.reset();
    withDeadline.id = tasks.add(withDeadline).value();
    without.id = tasks.add(without).value();
    const auto read = tasks.forPlan(m_plan.id);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->size(), 2);
    EXPECT_EQ(read->at(0), withDeadline);
    EXPECT_EQ(read->at(1), without);
}

TEST_F(RepositoryTest, InspectionRoundTrips)
{
    Inspection inspection;
    inspection.plan = m_plan.id;
    inspection.framework = u"Chương trình kiểm tra, giám sát năm 2021"_s;
    inspection.teamLead = u"Lê Hoàng Lâm"_s;
    inspection.teamLeadTitle = u"UVBTV, Phó Chủ tịch HĐND tỉnh"_s;
    inspection.targets = {{m_organisation, InspectionMode::Inspected},
                          {m_party, InspectionMode::SelfInspects}};
    storage::InspectionRepository repository(*m_db);
    inspection.id = repository.add(inspection).value();
    EXPECT_EQ(repository.forPlan(m_plan.id).value(), inspection);
}

TEST_F(RepositoryTest, CampaignRoundTripsWithExactThresholds)
{
    Campaign campaign;
    campaign.plan = m_plan.id;
    campaign.theme = u"Phát huy sức mạnh đại đoàn kết"_s;
    campaign.startsOn = QDate(2021, 1, 20);
    campaign.endEvent = u"đến ngày bầu cử xong"_s;
    campaign.participantKinds = {{NomineeKind::Collective, u"xã, phường, thị trấn"_s}};
    campaign.goalAreas = {{u"3.1"_s, u"Tuyên truyền"_s, u"Hội nghị"_s}};
    campaign.contents = {{u"4.1"_s, u"Tuyên truyền ý nghĩa"_s}};
    campaign.awardForms = {{{},
                            u"provincial_bang_khen"_s,
                            u"3.2"_s,
                            u"Bằng khen của UBND tỉnh"_s,
                            u"Bằng khen của Chủ tịch UBND tỉnh"_s,
                            AwardLevel::Province,
                            u"UBND tỉnh"_s,
                            {}}};
    campaign.criteria = {{{},
                          u"turnout"_s,
                          u"99,90% trở lên"_s,
                          true,
                          Comparison::AtLeast,
                          Ratio{999, 1000},
                          Applicability::Collective},
                         {{},
                          u"q1"_s,
                          u"Gương mẫu"_s,
                          false,
                          Comparison::Judgement,
                          Ratio{},
                          Applicability::Both}};
    storage::CampaignRepository repository(*m_db);
    campaign.id = repository.add(campaign).value();
    const auto all = repository.all();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    Campaign read = all->first();
    EXPECT_TRUE(read.awardForms[0].id.isValid());
    EXPECT_TRUE(read.criteria[0].id.isValid());
    read.awardForms[0].id = {};
    for (Criterion& c : read.criteria)
        c.id = {};
    EXPECT_EQ(read, campaign);
    EXPECT_FALSE(read.endsOn.isValid());
}
