// Two windows or two workstations editing the same meeting or nomination: the second save is
// refused with who changed it and when, and nothing is silently overwritten. Each "workstation"
// is a workspace of its own on the same file, with its own connection and clock.

#include "i18n/errormessages.h"
#include "services/nominationservice.h"
#include "services/planservice.h"
#include "services/scheduleservice.h"
#include "support/resultsfixture.h"

using namespace Qt::StringLiterals;

namespace ed::test {
namespace {

class LostUpdateTest : public ResultsTest
{
protected:
    void SetUp() override
    {
        ResultsTest::SetUp();
        importBase();
        m_clock.setToday(QDate(2021, 6, 1));
        m_otherClock.setToday(QDate(2021, 6, 2));
        auto other = services::Workspace::open(m_dir.databasePath(), m_otherClock);
        ASSERT_TRUE(other.ok());
        m_other = std::move(other).value();
    }

    /// The first meeting of the first plan, as `workspace` reads it now.
    static Meeting meeting(services::Workspace& workspace)
    {
        services::PlanService plans(workspace);
        const PlanId plan = plans.plans().value().first().id;
        return plans.meetings(plan).value().first();
    }

    NominationId addNomination()
    {
        services::NominationService service(*m_workspace);
        const services::NominationChoices choices = service.choices().value();
        Nomination n;
        n.name = u"Ủy ban bầu cử xã Chung Chải"_s;
        n.nominatingAgency = choices.agencies.first().id;
        n.awardForm = choices.campaigns.first().awardForms.first().id;
        n.receivedOn = QDate(2021, 6, 1);
        n.achievement = u"Hoàn thành xuất sắc"_s;
        const auto id = service.add(n);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().detail.toStdString());
        return id.ok() ? id.value() : NominationId();
    }

    FakeClock m_otherClock{QDate(2021, 6, 2)};
    std::unique_ptr<services::Workspace> m_other;
};

TEST_F(LostUpdateTest, TheSecondSaveOfAMeetingIsRefusedWithWhoAndWhen)
{
    Meeting mine = meeting(*m_workspace);
    Meeting theirs = meeting(*m_other);
    ASSERT_EQ(mine.stamp.version, theirs.stamp.version);

    theirs.notes = u"Đổi phòng họp"_s;
    const Result<RowStamp> saved = services::ScheduleService(*m_other).updateMeeting(theirs);
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
    EXPECT_EQ(saved->version, theirs.stamp.version + 1);

    mine.notes = u"Mời thêm Sở Tư pháp"_s;
    const Result<RowStamp> refused = services::ScheduleService(*m_workspace).updateMeeting(mine);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Stale);

    // Their change stands, and the refusal can say who made it and when.
    const Meeting stored = meeting(*m_workspace);
    EXPECT_EQ(stored.notes, u"Đổi phòng họp"_s);
    EXPECT_EQ(stored.stamp, saved.value());
    const auto stamp = services::ScheduleService(*m_workspace).meetingStamp(mine.id);
    ASSERT_TRUE(stamp.ok());
    EXPECT_EQ(stamp->changedBy, m_other->userName());
    EXPECT_EQ(stamp->changedAt, m_otherClock.now());
    const QString message = i18n::staleMessage(stamp.value());
    EXPECT_TRUE(message.contains(m_other->userName()));
    EXPECT_TRUE(message.contains(u"02/06/2021"_s)) << message.toStdString();

    // Reloaded, the same edit goes through.
    Meeting reloaded = stored;
    reloaded.notes = u"Mời thêm Sở Tư pháp"_s;
    EXPECT_TRUE(services::ScheduleService(*m_workspace).updateMeeting(reloaded).ok());
}

TEST_F(LostUpdateTest, EachSaveRaisesTheVersionSoTheSameCopyCannotBeSavedTwice)
{
    Meeting copy = meeting(*m_workspace);
    copy.notes = u"một"_s;
    ASSERT_TRUE(services::ScheduleService(*m_workspace).updateMeeting(copy).ok());
    copy.notes = u"hai"_s;
    EXPECT_EQ(services::ScheduleService(*m_workspace).updateMeeting(copy).error().code,
              ErrorCode::Stale);
    EXPECT_EQ(meeting(*m_workspace).notes, u"một"_s);
}

TEST_F(LostUpdateTest, AMeetingDeletedMeanwhileIsNotFound)
{
    Meeting mine = meeting(*m_workspace);
    ASSERT_TRUE(services::ScheduleService(*m_other).removeMeeting(mine.id).ok());
    mine.notes = u"muộn"_s;
    EXPECT_EQ(services::ScheduleService(*m_workspace).updateMeeting(mine).error().code,
              ErrorCode::NotFound);
}

TEST_F(LostUpdateTest, TheSecondEditOfANominationIsRefused)
{
    const NominationId id = addNomination();
    Nomination mine = services::NominationService(*m_workspace).row(id)->nomination;
    Nomination theirs = services::NominationService(*m_other).row(id)->nomination;

    theirs.achievement = u"Tổ chức bầu cử an toàn"_s;
    ASSERT_TRUE(services::NominationService(*m_other).update(theirs).ok());
    mine.achievement = u"Hoàn thành sớm"_s;
    const auto refused = services::NominationService(*m_workspace).update(mine);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Stale);

    const auto stored = services::NominationService(*m_workspace).row(id);
    EXPECT_EQ(stored->nomination.achievement, u"Tổ chức bầu cử an toàn"_s);
    EXPECT_EQ(stored->nomination.stamp.changedBy, m_other->userName());
    EXPECT_EQ(stored->nomination.stamp.changedAt, m_otherClock.now());
}

TEST_F(LostUpdateTest, AChecklistOrJudgementFromAnOldViewIsRefused)
{
    const NominationId id = addNomination();
    const services::NominationRow seen = services::NominationService(*m_workspace).row(id).value();
    ASSERT_FALSE(seen.nomination.dossier.isEmpty());

    // The other clerk ticks the first document.
    QList<DossierItemState> theirs = seen.nomination.dossier;
    theirs[0].present = true;
    ASSERT_TRUE(services::NominationService(*m_other)
                        .setDossier(id, theirs, seen.nomination.stamp.version)
                        .ok());

    // This clerk's panel still shows none ticked; saving its checklist would untick theirs.
    QList<DossierItemState> mine = seen.nomination.dossier;
    mine.last().present = true;
    const auto dossier = services::NominationService(*m_workspace)
                                 .setDossier(id, mine, seen.nomination.stamp.version);
    EXPECT_EQ(dossier.error().code, ErrorCode::Stale);
    const auto stored = services::NominationService(*m_workspace).row(id);
    EXPECT_TRUE(stored->nomination.dossier.first().present);

    const QList<CriterionCheck> judged = seen.eligibility.judged;
    ASSERT_FALSE(judged.isEmpty());
    const auto judgement = services::NominationService(*m_workspace)
                                   .setJudgement(id, judged.first().criterion.id, true, u"đạt"_s,
                                                 seen.nomination.stamp.version);
    EXPECT_EQ(judgement.error().code, ErrorCode::Stale);
}

TEST_F(LostUpdateTest, AStepOnAStatusThatChangedMeanwhileIsRefused)
{
    const NominationId id = addNomination();
    services::StepRequest start;
    start.nomination = id;
    start.action = NominationAction::StartAppraisal;
    start.seenStatus = NominationStatus::Received;
    ASSERT_TRUE(services::NominationService(*m_other).perform({start}).ok());

    // This clerk still sees "received" and asks to reject it.
    services::StepRequest reject;
    reject.nomination = id;
    reject.action = NominationAction::Reject;
    reject.note = u"trùng"_s;
    reject.seenStatus = NominationStatus::Received;
    EXPECT_EQ(services::NominationService(*m_workspace).perform({reject}).error().code,
              ErrorCode::Stale);
    EXPECT_EQ(services::NominationService(*m_workspace).row(id)->nomination.status,
              NominationStatus::UnderAppraisal);
}

} // namespace
} // namespace ed::test
