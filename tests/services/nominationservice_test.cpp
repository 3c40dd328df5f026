#include "core/codes.h"
#include "services/nominationservice.h"
#include "support/resultsfixture.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::test {
namespace {

using services::NominationRow;
using services::StepRequest;

/// The base province of the results tests plus commune C2, whose only polling area K4 misses
/// the turnout line by one voter (998/1000 = 99,80 %... and 999 would pass).
class NominationServiceTest : public ResultsTest
{
protected:
    void SetUp() override
    {
        ResultsTest::SetUp();
        QStringList unitRows = baseUnits();
        unitRows << u"C2,Xã Mường Toong,D1,commune,,,,"_s
                 << u"K4,Khu vực bỏ phiếu số 4,C2,area,1000,998,990,2021-05-23T21:00"_s;
        ASSERT_FALSE(units(unitRows).refused());
        QStringList resultRows = baseResults();
        resultRows << u"K4,na,998,998,997,1,0,0"_s;
        ASSERT_FALSE(results(resultRows).refused());
        m_clock.setToday(QDate(2021, 6, 1));
        const auto choices = service().choices();
        ASSERT_TRUE(choices.ok());
        m_choices = choices.value();
        ASSERT_GE(m_choices.agencies.size(), 2);
    }

    UnitId unitId(const QString& code) const
    {
        for (const ElectionUnit& u : m_choices.units) {
            if (u.code == code)
                return u.id;
        }
        ADD_FAILURE() << "no unit " << code.toStdString();
        return {};
    }

    AwardFormId form(AwardLevel level) const
    {
        for (const Campaign& c : m_choices.campaigns) {
            for (const AwardForm& f : c.awardForms) {
                if (f.level == level)
                    return f.id;
            }
        }
        ADD_FAILURE() << "no award form";
        return {};
    }

    Nomination draft(const QString& name,
                     const QString& unit = {},
                     AwardLevel level = AwardLevel::Province,
                     int agency = 0) const
    {
        Nomination n;
        n.name = name;
        n.unit = unit.isEmpty() ? UnitId() : unitId(unit);
        n.nominatingAgency = m_choices.agencies.at(agency).id;
        n.awardForm = form(level);
        n.receivedOn = QDate(2021, 6, 1); // a Tuesday
        n.achievement = u"Hoàn thành xuất sắc"_s;
        return n;
    }

    NominationId add(const Nomination& n)
    {
        const auto id = service().add(n, u"clerk"_s);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().detail.toStdString());
        return id.ok() ? id.value() : NominationId();
    }

    NominationRow row(NominationId id) const
    {
        const auto r = service().row(id);
        EXPECT_TRUE(r.ok());
        return r.ok() ? r.value() : NominationRow{};
    }

    Result<QList<NominationEventId>>
    step(NominationId id, NominationAction action, const QString& note = {})
    {
        StepRequest request;
        request.nomination = id;
        request.action = action;
        request.note = note;
        request.by = u"Nguyễn Thị Lan"_s;
        return service().perform({request});
    }

    NominationStatus status(NominationId id) const { return row(id).nomination.status; }

    services::NominationService service() const
    {
        return services::NominationService(*m_workspace);
    }
    services::NominationChoices m_choices;
};

TEST_F(NominationServiceTest, AddingRecordsTheReceiptInTheTrail)
{
    const NominationId id = add(draft(u"Xã Chung Chải"_s, u"C1"_s));
    const auto trail = service().history(id);
    ASSERT_TRUE(trail.ok());
    ASSERT_EQ(trail.value().size(), 1);
    const NominationEvent& e = trail.value().first();
    EXPECT_EQ(e.action, NominationAction::Receive);
    EXPECT_EQ(e.by, u"clerk"_s);
    EXPECT_EQ(e.to, NominationStatus::Received);
    EXPECT_FALSE(e.from.has_value());
    EXPECT_EQ(e.at, QDateTime(QDate(2021, 6, 1), QTime(9, 0)));
}

TEST_F(NominationServiceTest, AFormWithProblemsIsRefused)
{
    Nomination blank = draft(u"  "_s);
    EXPECT_EQ(service().add(blank).error().code, ErrorCode::InvalidInput);
    Nomination future = draft(u"Xã Chung Chải"_s);
    future.receivedOn = QDate(2021, 6, 2);
    EXPECT_EQ(service().add(future).error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(service().list().value().isEmpty());
}

TEST_F(NominationServiceTest, EligibilityComesFromTheResults)
{
    const NominationId k1 = add(draft(u"Tổ bầu cử số 1"_s, u"K1"_s));
    const NominationId c2 = add(draft(u"Xã Mường Toong"_s, u"C2"_s));
    const NominationId c1 = add(draft(u"Xã Chung Chải"_s, u"C1"_s));
    const NominationId none = add(draft(u"Sở Tư pháp"_s));

    EXPECT_EQ(row(k1).eligibility.measurableEligible(), true);
    EXPECT_EQ(row(c2).eligibility.measurableEligible(), false);
    EXPECT_EQ(row(c2).eligibility.failedCriteria(), QStringList{u"turnout"_s});
    EXPECT_EQ(row(c2).eligibility.measured.first().measure->margin, -1); // one voter short
    // K3 has not reported: C1 is not eligible although nothing it reported fails.
    EXPECT_EQ(row(c1).eligibility.measurableEligible(), false);
    EXPECT_TRUE(row(c1).eligibility.failedCriteria().isEmpty());
    EXPECT_EQ(row(none).eligibility.measurableEligible(), std::nullopt);
    EXPECT_FALSE(row(none).eligibility.flagged());

    const services::TextTable table =
            services::NominationService::listTable(service().list().value());
    ASSERT_EQ(table.rows.size(), 4);
    EXPECT_EQ(table.header.join(u','),
              u"id,nominee_kind,nominee_name,unit_code,award_form,status,eligible,"
              "failed_criteria,duplicate,appraisal_due,overdue"_s);
    EXPECT_EQ(table.rows[1].join(u','),
              u"%1,collective,Xã Mường Toong,C2,bang_khen_tinh,received,0,turnout,0,2021-06-15,0"_s
                      .arg(c2.raw()));
    EXPECT_EQ(table.rows[3].join(u','),
              u"%1,collective,Sở Tư pháp,,bang_khen_tinh,received,,,0,2021-06-15,0"_s.arg(
                      none.raw()));
}

TEST_F(NominationServiceTest, TheDeadlineCountsWorkingDaysPerTrack)
{
    const NominationId province = add(draft(u"Xã Chung Chải"_s, u"C1"_s));
    Nomination higher = draft(u"Ông Lò Văn Pành"_s, {}, AwardLevel::State);
    higher.kind = NomineeKind::Individual;
    higher.higherStateAward = true;
    const NominationId state = add(higher);
    const NominationId pm = add(draft(u"Huyện Mường Nhé"_s, {}, AwardLevel::State));

    // Tue 01/06 + 10 working days = Tue 15/06; + 15 = 22/06; + 30 = 13/07.
    EXPECT_EQ(row(province).appraisalDue, QDate(2021, 6, 15));
    EXPECT_EQ(row(province).track, AppraisalTrack::ProvinceDecides);
    EXPECT_EQ(row(pm).appraisalDue, QDate(2021, 6, 22));
    EXPECT_EQ(row(state).appraisalDue, QDate(2021, 7, 13));
    EXPECT_EQ(row(state).track, AppraisalTrack::ForwardHigher);

    m_clock.setToday(QDate(2021, 6, 15));
    EXPECT_FALSE(row(province).overdue);
    EXPECT_EQ(row(province).workingDaysLeft, 0);
    m_clock.setToday(QDate(2021, 6, 16));
    EXPECT_TRUE(row(province).overdue);
    EXPECT_EQ(row(province).workingDaysLeft, -1);

    // A limit changed in the settings moves the deadline.
    ASSERT_TRUE(service().setLimits({{AppraisalTrack::ProvinceDecides, 12}}).ok());
    EXPECT_EQ(row(province).appraisalDue, QDate(2021, 6, 17));
    EXPECT_FALSE(row(province).overdue);
    EXPECT_EQ(service().setLimits({{AppraisalTrack::ProvinceDecides, 0}}).error().code,
              ErrorCode::InvalidInput);
}

TEST_F(NominationServiceTest, AReturnStopsTheClockAndTheSupplementRestartsIt)
{
    const NominationId id = add(draft(u"Xã Chung Chải"_s, u"C1"_s));
    m_clock.setToday(QDate(2021, 6, 10));
    ASSERT_TRUE(step(id, NominationAction::Return, u"Thiếu biên bản"_s).ok());
    m_clock.setToday(QDate(2021, 6, 30));
    EXPECT_FALSE(row(id).overdue); // waiting on the nominating agency
    ASSERT_TRUE(step(id, NominationAction::Resubmit, u"Đã bổ sung"_s).ok());
    EXPECT_EQ(row(id).nomination.restartedOn, QDate(2021, 6, 30));
    EXPECT_EQ(row(id).appraisalDue, QDate(2021, 7, 14));
    EXPECT_EQ(status(id), NominationStatus::Received);
}

TEST_F(NominationServiceTest, TheSameNomineeTwiceIsFlaggedOnBoth)
{
    const NominationId a = add(draft(u"Xã Mường Toong"_s, u"C2"_s, AwardLevel::Province, 0));
    const NominationId b = add(draft(u"XA MUONG TOONG"_s, u"C2"_s, AwardLevel::Province, 1));
    const NominationId other = add(draft(u"Xã Mường Toong"_s, u"C1"_s));
    EXPECT_EQ(row(a).duplicates, QList<NominationId>{b});
    EXPECT_EQ(row(b).duplicates, QList<NominationId>{a});
    EXPECT_TRUE(row(other).duplicates.isEmpty());
    // An individual: the same name in two workplaces is two people.
    Nomination p1 = draft(u"Lò Văn Pành"_s);
    p1.kind = NomineeKind::Individual;
    p1.workplace = u"Sở Nội vụ"_s;
    Nomination p2 = p1;
    p2.workplace = u"Sở Tư pháp"_s;
    EXPECT_TRUE(row(add(p1)).duplicates.isEmpty());
    p2.workplace = u"so noi vu"_s;
    EXPECT_EQ(row(add(p2)).duplicates.size(), 1);
}

TEST_F(NominationServiceTest, EveryStepIsRecordedWithWhoWhenAndNote)
{
    const NominationId id = add(draft(u"Tổ bầu cử số 1"_s, u"K1"_s));
    ASSERT_TRUE(step(id, NominationAction::StartAppraisal).ok());
    ASSERT_TRUE(step(id, NominationAction::Propose, u"Đủ điều kiện"_s).ok());
    ASSERT_TRUE(step(id, NominationAction::Approve).ok());
    EXPECT_EQ(status(id), NominationStatus::Approved);
    const QList<NominationEvent> trail = service().history(id).value();
    ASSERT_EQ(trail.size(), 4);
    EXPECT_EQ(trail[2].action, NominationAction::Propose);
    EXPECT_EQ(trail[2].by, u"Nguyễn Thị Lan"_s);
    EXPECT_EQ(trail[2].note, u"Đủ điều kiện"_s);
    EXPECT_EQ(trail[2].from, NominationStatus::UnderAppraisal);
    EXPECT_EQ(trail[2].to, NominationStatus::Proposed);
    EXPECT_FALSE(trail[2].override);
}

TEST_F(NominationServiceTest, StepsTheWorkflowDoesNotAllowAreRefused)
{
    const NominationId id = add(draft(u"Xã Chung Chải"_s, u"C1"_s));
    EXPECT_EQ(step(id, NominationAction::Approve).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(step(id, NominationAction::Propose, u"x"_s).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(step(id, NominationAction::Return).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(step(id, NominationAction::Reject, u"  "_s).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(step(NominationId(999), NominationAction::StartAppraisal).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(service().history(id).value().size(), 1);
    EXPECT_EQ(status(id), NominationStatus::Received);
}

TEST_F(NominationServiceTest, AFlaggedNomineeIsProposedOnlyWithAReason)
{
    const NominationId id = add(draft(u"Xã Mường Toong"_s, u"C2"_s));
    ASSERT_TRUE(step(id, NominationAction::StartAppraisal).ok());
    const auto refused = step(id, NominationAction::Propose);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().detail.contains(u"fails a criterion"_s));
    ASSERT_TRUE(step(id, NominationAction::Propose, u"Thiếu 1 cử tri do ốm nặng"_s).ok());
    EXPECT_TRUE(service().history(id).value().last().override);
}

TEST_F(NominationServiceTest, ABatchIsAllOrNothing)
{
    const NominationId a = add(draft(u"Tổ bầu cử số 1"_s, u"K1"_s));
    const NominationId b = add(draft(u"Xã Chung Chải"_s, u"C1"_s));
    ASSERT_TRUE(step(b, NominationAction::Reject, u"Không đúng đối tượng"_s).ok());
    StepRequest first{a, NominationAction::StartAppraisal, {}, {}, {}, {}, {}};
    StepRequest second{b, NominationAction::StartAppraisal, {}, {}, {}, {}, {}};
    EXPECT_FALSE(service().perform({first, second}).ok());
    EXPECT_EQ(status(a), NominationStatus::Received);
    EXPECT_EQ(service().history(a).value().size(), 1);
}

TEST_F(NominationServiceTest, RevertTakesTheLastStepBackAndKeepsBothInTheTrail)
{
    const NominationId id = add(draft(u"Tổ bầu cử số 1"_s, u"K1"_s));
    const auto appraise = step(id, NominationAction::StartAppraisal);
    ASSERT_TRUE(appraise.ok());
    ASSERT_TRUE(service().revert(appraise.value()).ok());
    EXPECT_EQ(status(id), NominationStatus::Received);
    const QList<NominationEvent> trail = service().history(id).value();
    ASSERT_EQ(trail.size(), 3);
    EXPECT_EQ(trail[2].action, NominationAction::Revert);
    EXPECT_EQ(trail[2].reverts, appraise.value().first());
    // Taken back already: a second revert is a conflict and changes nothing.
    EXPECT_EQ(service().revert(appraise.value()).error().code, ErrorCode::Stale);
    EXPECT_EQ(service().history(id).value().size(), 3);
    // The receipt itself cannot be taken back.
    EXPECT_FALSE(service().revert({trail[0].id}).ok());
}

TEST_F(NominationServiceTest, RevertingAnOlderStepIsRefusedAsStale)
{
    const NominationId id = add(draft(u"Tổ bầu cử số 1"_s, u"K1"_s));
    const auto appraise = step(id, NominationAction::StartAppraisal);
    ASSERT_TRUE(step(id, NominationAction::Propose).ok());
    EXPECT_EQ(service().revert(appraise.value()).error().code, ErrorCode::Stale);
    EXPECT_EQ(status(id), NominationStatus::Proposed);
}

TEST_F(NominationServiceTest, DecisionsCarryTheAwardMoney)
{
    const NominationId commune = add(draft(u"Tổ bầu cử số 1"_s, u"K1"_s));
    Nomination person = draft(u"Lò Văn Pành"_s);
    person.kind = NomineeKind::Individual;
    const NominationId individual = add(person);
    m_clock.setToday(QDate(2021, 7, 5));
    QList<StepRequest> steps;
    for (NominationId id : {commune, individual}) {
        for (NominationAction a : {NominationAction::StartAppraisal, NominationAction::Propose,
                                   NominationAction::Approve})
            steps << StepRequest{id, a, {}, {}, {}, {}, {}};
    }
    ASSERT_TRUE(service().perform(steps).ok());
    EXPECT_EQ(row(individual).awardMoney, 1'490'000);
    EXPECT_TRUE(row(individual).moneyEstimated);

    const AwardDecision decision{u"1234/QĐ-UBND"_s, QDate(2021, 7, 2), u"Lê Thành Đô"_s};
    StepRequest record{commune, NominationAction::RecordDecision, {}, {}, decision, {}, {}};
    StepRequest record2 = record;
    record2.nomination = individual;
    const auto recorded = service().perform({record, record2});
    ASSERT_TRUE(recorded.ok());
    EXPECT_EQ(row(commune).awardMoney, 2'980'000);
    EXPECT_FALSE(row(commune).moneyEstimated);
    const auto decisions = service().decisions();
    ASSERT_TRUE(decisions.ok());
    ASSERT_EQ(decisions.value().size(), 1);
    EXPECT_EQ(decisions.value().first().decision, decision);
    EXPECT_EQ(decisions.value().first().nominations, 2);
    EXPECT_EQ(decisions.value().first().total, 4'470'000);

    // The certificate comes after the decision, never before it nor after today.
    StepRequest certificate{
            commune, NominationAction::IssueCertificate, {}, {}, {}, QDate(2021, 7, 1), {}};
    EXPECT_FALSE(service().perform({certificate}).ok());
    certificate.on = QDate(2021, 7, 6);
    EXPECT_FALSE(service().perform({certificate}).ok());
    certificate.on = QDate(2021, 7, 5);
    ASSERT_TRUE(service().perform({certificate}).ok());
    EXPECT_EQ(row(commune).nomination.certificateIssuedOn, QDate(2021, 7, 5));

    // Taking the decision back clears it (the certificate first, then the decision).
    ASSERT_TRUE(service().revert(recorded.value()).ok() == false);
    const QList<NominationEvent> trail = service().history(commune).value();
    ASSERT_TRUE(service().revert({trail.last().id}).ok());
    ASSERT_TRUE(service().revert({recorded.value().first()}).ok());
    EXPECT_FALSE(row(commune).nomination.decision.has_value());
    EXPECT_EQ(status(commune), NominationStatus::Approved);
}

TEST_F(NominationServiceTest, ADecisionNeedsNumberDateAndSigner)
{
    const NominationId id = add(draft(u"Tổ bầu cử số 1"_s, u"K1"_s));
    for (NominationAction a :
         {NominationAction::StartAppraisal, NominationAction::Propose, NominationAction::Approve})
        ASSERT_TRUE(step(id, a).ok());
    StepRequest record{id, NominationAction::RecordDecision, {}, {}, AwardDecision{}, {}, {}};
    EXPECT_FALSE(service().perform({record}).ok());
    record.decision = AwardDecision{u"12/QĐ-UBND"_s, QDate(2021, 6, 1), u""_s};
    EXPECT_FALSE(service().perform({record}).ok());
    record.decision->signer = u"Lê Thành Đô"_s;
    record.decision->date = QDate(2021, 6, 2); // after today
    EXPECT_FALSE(service().perform({record}).ok());
    record.decision->date = QDate(2021, 6, 1);
    EXPECT_TRUE(service().perform({record}).ok());
}

TEST_F(NominationServiceTest, JudgementsAndChecklistAreKept)
{
    const NominationId id = add(draft(u"Tổ bầu cử số 1"_s, u"K1"_s));
    const NominationRow before = row(id);
    ASSERT_FALSE(before.eligibility.judged.isEmpty());
    const CriterionId q = before.eligibility.judged.first().criterion.id;
    ASSERT_TRUE(service().setJudgement(id, q, false, u"Chưa gương mẫu"_s).ok());
    EXPECT_TRUE(row(id).eligibility.flagged());
    ASSERT_TRUE(service().setJudgement(id, q, std::nullopt, {}).ok());
    EXPECT_FALSE(row(id).eligibility.flagged());

    EXPECT_EQ(before.nomination.dossier.size(), 3);
    EXPECT_FALSE(before.dossierComplete);
    QList<DossierItemState> checklist = before.nomination.dossier;
    for (DossierItemState& item : checklist)
        item.present = true;
    ASSERT_TRUE(service().setDossier(id, checklist).ok());
    EXPECT_TRUE(row(id).dossierComplete);
    // An item a provincial Bằng khen does not need is refused.
    EXPECT_FALSE(service().setDossier(id, {{u"lay_y_kien"_s, true, {}}}).ok());
}

TEST_F(NominationServiceTest, AwardSettingsAreSavedAllOrNothing)
{
    const auto before = service().awardSettings();
    ASSERT_TRUE(before.ok());
    services::AwardSettings changed = before.value();
    changed.holidays << PublicHoliday{QDate(2021, 6, 2), u"Nghỉ bù"_s};
    changed.limits = {{AppraisalTrack::ProvinceDecides, 0}}; // refused
    EXPECT_FALSE(service().setAwardSettings(changed).ok());
    EXPECT_EQ(service().awardSettings().value(), before.value());
    changed.limits = before.value().limits;
    ASSERT_TRUE(service().setAwardSettings(changed).ok());
    EXPECT_EQ(service().awardSettings().value().holidays.size(),
              before.value().holidays.size() + 1);
}

} // namespace
} // namespace ed::test
