#include "core/codes.h"
#include "services/demodata.h"
#include "services/planservice.h"
#include "services/workspace.h"
#include "support/demoworkspacetest.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace ed;

namespace {

class DemoDataTest : public test::DemoWorkspaceTest
{
protected:
    Plan plan(const QString& symbol) const
    {
        for (const Plan& p : services::PlanService(*m_workspace).plans().value()) {
            if (p.symbol == symbol)
                return p;
        }
        ADD_FAILURE() << "no plan " << symbol.toStdString();
        return {};
    }

    QString agencyName(AgencyId id) const
    {
        for (const Agency& a : services::PlanService(*m_workspace).agencies().value()) {
            if (a.id == id)
                return a.name;
        }
        return {};
    }

    /// "role:agency name" for every assignment of a meeting, in order.
    QStringList roles(const Meeting& meeting) const
    {
        QStringList list;
        for (const MeetingItem& item : meeting.items) {
            for (const AgencyAssignment& a : item.agencies)
                list << toCode(a.role) + u':' + agencyName(a.agency);
        }
        return list;
    }
};

} // namespace

TEST_F(DemoDataTest, BothPlansAreThereWithTheirIdentity)
{
    const Plan steering = plan(u"01-KH/BCĐ"_s);
    EXPECT_EQ(steering.symbolAsPrinted, u"Số 01 -KH/BCĐ"_s);
    EXPECT_EQ(steering.documentKind, DocumentKind::Party);
    EXPECT_FALSE(steering.issuedOn.isValid()); // the received text has no date line
    EXPECT_EQ(steering.electionDay, QDate(2021, 5, 23));
    EXPECT_EQ(steering.province, u"Bình Phước"_s);
    const Plan campaign = plan(u"508/KH-UBND"_s);
    EXPECT_EQ(campaign.documentKind, DocumentKind::State);
    EXPECT_EQ(campaign.issuedOn, QDate(2021, 2, 2));
    EXPECT_EQ(campaign.signingFormula, SigningFormula::OnBehalf);
    EXPECT_EQ(campaign.province, u"Điện Biên"_s);
}

TEST_F(DemoDataTest, EveryMeetingOfTheSteeringPlanHasItsAgenciesAndDeadline)
{
    const Plan steering = plan(u"01-KH/BCĐ"_s);
    const QList<Meeting> meetings =
            services::PlanService(*m_workspace).meetings(steering.id).value();
    ASSERT_EQ(meetings.size(), 6);
    const QString organisation = u"Ban Tổ chức Tỉnh ủy Bình Phước"_s;

    EXPECT_EQ(meetings[0].number, 1);
    EXPECT_EQ(meetings[0].deadline.kind, DeadlineKind::OnDate);
    EXPECT_EQ(meetings[0].deadline.lastAllowedDate(), QDate(2021, 2, 6));
    EXPECT_TRUE(roles(meetings[0]).contains(u"staff:"_s + organisation));
    EXPECT_TRUE(roles(meetings[0]).contains(u"lead:"_s + organisation));
    EXPECT_TRUE(roles(meetings[0])
                        .contains(u"coordinating:Thường trực Hội đồng nhân dân tỉnh Bình Phước"_s));

    EXPECT_EQ(meetings[1].number, 2);
    EXPECT_EQ(meetings[1].items.size(), 2);
    EXPECT_EQ(meetings[1].deadline.kind, DeadlineKind::NoLaterThan);
    EXPECT_EQ(meetings[1].deadline.lastAllowedDate(), QDate(2021, 2, 22));
    EXPECT_TRUE(roles(meetings[1]).contains(u"lead:"_s + organisation));
    EXPECT_EQ(meetings[1].items[1].agencies.size(), 1);
    EXPECT_EQ(meetings[1].items[1].agencies[0].role, AgencyRole::Reporting);
    ASSERT_EQ(meetings[1].referenceDeadlines.size(), 2);
    EXPECT_EQ(meetings[1].referenceDeadlines[0].deadline.kind, DeadlineKind::Window);
    EXPECT_EQ(meetings[1].referenceDeadlines[0].deadline.lastAllowedDate(), QDate(2021, 2, 27));
    EXPECT_TRUE(meetings[1].referenceDeadlines[0].deadline.yearInferred);
    EXPECT_EQ(meetings[1].referenceDeadlines[1].deadline.kind, DeadlineKind::StrictlyBefore);
    EXPECT_EQ(meetings[1].referenceDeadlines[1].deadline.lastAllowedDate(), QDate(2021, 3, 3));

    EXPECT_EQ(meetings[2].deadline.lastAllowedDate(), QDate(2021, 3, 23));
    ASSERT_EQ(meetings[2].items.size(), 1);
    EXPECT_EQ(meetings[2].items[0].agencies.size(), 1);
    EXPECT_EQ(meetings[2].items[0].agencies[0].role, AgencyRole::Reporting);

    EXPECT_EQ(meetings[3].deadline.lastAllowedDate(), QDate(2021, 4, 20));
    EXPECT_EQ(meetings[3].items[0].agencies.size(), 2); // the Front's board and the UBBC

    EXPECT_EQ(meetings[4].deadline.kind, DeadlineKind::StrictlyBefore);
    EXPECT_EQ(meetings[4].deadline.lastAllowedDate(), QDate(2021, 6, 3));
    ASSERT_EQ(meetings[4].referenceDeadlines.size(), 1);
    EXPECT_EQ(meetings[4].referenceDeadlines[0].deadline.lastAllowedDate(), QDate(2021, 6, 21));

    EXPECT_FALSE(meetings[5].number.has_value());
    EXPECT_EQ(meetings[5].deadline.kind, DeadlineKind::OnRequest);
    EXPECT_FALSE(meetings[5].deadline.lastAllowedDate().has_value());
}

TEST_F(DemoDataTest, TasksAndInspectionOfTheSteeringPlan)
{
    const Plan steering = plan(u"01-KH/BCĐ"_s);
    services::PlanService service(*m_workspace);
    const QList<StandingTask> tasks = service.tasks(steering.id).value();
    QStringList sections;
    for (const StandingTask& t : tasks)
        sections << t.section;
    EXPECT_TRUE(sections.contains(u"II.1.a"_s));
    EXPECT_TRUE(sections.contains(u"III.4"_s));
    EXPECT_TRUE(sections.contains(u"III.4-bis"_s)); // the duplicated printed number
    EXPECT_EQ(tasks.first().deadline->lastAllowedDate(), QDate(2021, 2, 28)); // last week of Feb
    const auto inspection = service.inspection(steering.id).value();
    ASSERT_TRUE(inspection.has_value());
    int inspected = 0;
    for (const InspectionTarget& t : inspection->targets)
        inspected += t.mode == InspectionMode::Inspected ? 1 : 0;
    EXPECT_EQ(inspected, 2); // Phước Long and Phú Riềng
}

TEST_F(DemoDataTest, EveryCriterionOfTheCampaignHasItsExactThreshold)
{
    const QList<Campaign> campaigns = services::PlanService(*m_workspace).campaigns().value();
    ASSERT_EQ(campaigns.size(), 1);
    const Campaign& c = campaigns.first();
    EXPECT_EQ(c.plan, plan(u"508/KH-UBND"_s).id);
    EXPECT_EQ(c.startsOn, QDate(2021, 1, 20));
    EXPECT_FALSE(c.endsOn.isValid()); // the end is an event
    QHash<QString, Criterion> byCode;
    for (const Criterion& k : c.criteria)
        byCode.insert(k.code, k);
    EXPECT_EQ(byCode.value(u"turnout"_s).comparison, Comparison::AtLeast);
    EXPECT_EQ(byCode.value(u"turnout"_s).threshold, (Ratio{999, 1000}));
    EXPECT_EQ(byCode.value(u"law_study"_s).comparison, Comparison::AtLeast);
    EXPECT_EQ(byCode.value(u"law_study"_s).threshold, (Ratio{19, 20}));
    EXPECT_EQ(byCode.value(u"invalid_ballots"_s).comparison, Comparison::Below);
    EXPECT_EQ(byCode.value(u"invalid_ballots"_s).threshold, (Ratio{1, 500}));
    EXPECT_EQ(byCode.value(u"no_revote"_s).comparison, Comparison::NoneAllowed);
    for (const QString& code : {u"turnout"_s, u"law_study"_s, u"invalid_ballots"_s, u"no_revote"_s})
        EXPECT_TRUE(byCode.value(code).measurable) << code.toStdString();
    for (int q = 1; q <= 7; ++q) {
        const Criterion k = byCode.value(u"q%1"_s.arg(q));
        EXPECT_FALSE(k.measurable) << q;
        EXPECT_EQ(k.comparison, Comparison::Judgement) << q;
    }
    EXPECT_EQ(c.awardForms.size(), 3);
}

TEST_F(DemoDataTest, LoadingAgainIsRefusedAndChangesNothing)
{
    const int before = services::PlanService(*m_workspace).agencies()->size();
    const Status again = services::DemoDataService(*m_workspace).load();
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(services::PlanService(*m_workspace).agencies()->size(), before);
}

TEST(DemoDataErrors, ABrokenPlanFileLeavesTheDatabaseEmptyAndNamesThePlace)
{
    test::TempDir dir;
    test::FakeClock clock{test::defaultToday()};
    const QString folder = dir.path(u"demo"_s);
    QDir().mkpath(folder);
    QFile::copy(u":/demo/agencies.json"_s, folder + u"/agencies.json"_s);
    QFile broken(folder + u"/plan-x.json"_s);
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"code":"X","symbol":"1/KH","symbolAsPrinted":"1/KH","documentType":"KH",
        "title":"t","documentKind":"state","issuer":"no-such-agency","province":"p",
        "signer":{"name":"n","formula":""}})");
    broken.close();
    auto workspace = services::Workspace::open(dir.databasePath(), clock).value();
    const Status loaded = services::DemoDataService(*workspace, folder).load();
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(loaded.error().detail.contains(u"plan-x.json: issuer: unknown agency code"_s))
            << loaded.error().detail.toStdString();
    EXPECT_TRUE(workspace->isEmpty().value()); // the agencies were rolled back too
}

TEST_F(DemoDataTest, OverviewCountsAndDaysToElection)
{
    const auto overview = services::PlanService(*m_workspace).overview(7);
    ASSERT_TRUE(overview.ok());
    EXPECT_EQ(overview->today, QDate(2021, 2, 10));
    ASSERT_EQ(overview->plans.size(), 2);
    const services::PlanSummary& steering = overview->plans.first();
    EXPECT_EQ(steering.meetings, 6);
    EXPECT_EQ(steering.daysToElection, 102);
    // 06/02 has passed without the meeting being marked held.
    ASSERT_FALSE(overview->overdue.isEmpty());
    EXPECT_EQ(overview->overdue.first().lastAllowed, QDate(2021, 2, 6));
    // Nothing falls due between 10/02 and 17/02 in the demo plans.
    for (const services::ScheduleEntry& e : overview->dueSoon)
        EXPECT_LE(e.lastAllowed, QDate(2021, 2, 17));
}
