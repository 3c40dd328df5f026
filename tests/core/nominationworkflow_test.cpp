#include "core/dossier.h"
#include "core/nominationworkflow.h"

#include <gtest/gtest.h>

#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace ed {
namespace {

using S = NominationStatus;
using A = NominationAction;

Nomination inStatus(S status, bool decided = false, bool certificate = false)
{
    Nomination n;
    n.status = status;
    if (decided)
        n.decision = AwardDecision{u"1/QĐ-UBND"_s, QDate(2021, 7, 1), u"Chủ tịch"_s};
    if (certificate)
        n.certificateIssuedOn = QDate(2021, 7, 10);
    return n;
}

TEST(NominationWorkflowTest, EveryTransitionIsAllowedOrRefusedAsTheWorkflowSays)
{
    // Every (status, action) pair; those not listed are refused.
    const std::map<std::pair<S, A>, S> allowed{
            {{S::Received, A::StartAppraisal}, S::UnderAppraisal},
            {{S::Received, A::Return}, S::Returned},
            {{S::Received, A::Reject}, S::Rejected},
            {{S::UnderAppraisal, A::Return}, S::Returned},
            {{S::UnderAppraisal, A::Propose}, S::Proposed},
            {{S::UnderAppraisal, A::Reject}, S::Rejected},
            {{S::Returned, A::Resubmit}, S::Received},
            {{S::Proposed, A::Approve}, S::Approved},
            {{S::Proposed, A::Reject}, S::Rejected},
            {{S::Approved, A::RecordDecision}, S::Approved},
    };
    for (S status :
         {S::Received, S::UnderAppraisal, S::Returned, S::Proposed, S::Approved, S::Rejected}) {
        for (A action :
             {A::Receive, A::StartAppraisal, A::Return, A::Resubmit, A::Propose, A::Approve,
              A::Reject, A::RecordDecision, A::IssueCertificate, A::Revert}) {
            const auto it = allowed.find({status, action});
            const auto next = nextStatus(inStatus(status), action);
            if (it == allowed.end())
                EXPECT_FALSE(next) << int(status) << ' ' << int(action);
            else
                EXPECT_EQ(next, it->second) << int(status) << ' ' << int(action);
        }
    }
}

TEST(NominationWorkflowTest, DecisionAndCertificateComeOnceEach)
{
    EXPECT_FALSE(nextStatus(inStatus(S::Approved, true), A::RecordDecision));
    EXPECT_EQ(nextStatus(inStatus(S::Approved, true), A::IssueCertificate), S::Approved);
    EXPECT_FALSE(nextStatus(inStatus(S::Approved, false), A::IssueCertificate));
    EXPECT_FALSE(nextStatus(inStatus(S::Approved, true, true), A::IssueCertificate));
    EXPECT_EQ(availableActions(inStatus(S::Approved, true, true)), QList<A>{});
    EXPECT_EQ(availableActions(inStatus(S::Received)),
              (QList<A>{A::StartAppraisal, A::Return, A::Reject}));
}

TEST(NominationWorkflowTest, ReturningAndRejectingNeedAReason)
{
    EXPECT_TRUE(needsReason(A::Return));
    EXPECT_TRUE(needsReason(A::Reject));
    EXPECT_FALSE(needsReason(A::Approve));
    EXPECT_FALSE(needsReason(A::Propose));
}

Nomination nominee(NomineeKind kind, const QString& name, qint64 unit, const QString& workplace)
{
    Nomination n;
    n.kind = kind;
    n.name = name;
    n.unit = UnitId(unit);
    n.workplace = workplace;
    return n;
}

bool same(const Nomination& a, const Nomination& b)
{
    for (const QString& key : nomineeKeys(a)) {
        if (nomineeKeys(b).contains(key))
            return true;
    }
    return false;
}

TEST(NomineeKeysTest, FoldsDiacriticsAndCase)
{
    const auto c = NomineeKind::Collective;
    EXPECT_TRUE(same(nominee(c, u"Xã Mường Nhé"_s, 7, {}), nominee(c, u"XA MUONG NHE"_s, 7, {})));
    EXPECT_TRUE(same(nominee(c, u"Ủy ban nhân dân  xã Chung Chải"_s, 0, {}),
                     nominee(c, u"ủy ban nhân dân xã chung chải"_s, 0, {})));
    // Đ does not decompose: folded by hand.
    EXPECT_TRUE(same(nominee(c, u"Điện Biên"_s, 1, {}), nominee(c, u"dien bien"_s, 1, {})));
}

TEST(NomineeKeysTest, NeedsTheSameKindAndUnitOrWorkplace)
{
    const auto c = NomineeKind::Collective;
    const auto i = NomineeKind::Individual;
    EXPECT_FALSE(same(nominee(c, u"Xã Na Sang"_s, 7, {}), nominee(i, u"Xã Na Sang"_s, 7, {})));
    EXPECT_FALSE(same(nominee(c, u"Xã Na Sang"_s, 7, {}), nominee(c, u"Xã Na Sang"_s, 8, {})));
    // Two people of one name in two agencies are two people.
    EXPECT_FALSE(same(nominee(i, u"Lò Văn Pành"_s, 0, u"Sở Nội vụ"_s),
                      nominee(i, u"Lò Văn Pành"_s, 0, u"Sở Tư pháp"_s)));
    EXPECT_TRUE(same(nominee(i, u"Lò Văn Pành"_s, 0, u"Sở Nội vụ"_s),
                     nominee(i, u"LO VAN PANH"_s, 3, u"so noi vu"_s)));
    // A unit on one side only: the same only when the workplaces match and are given.
    EXPECT_FALSE(same(nominee(c, u"Xã Na Sang"_s, 7, {}), nominee(c, u"Xã Na Sang"_s, 0, {})));
    EXPECT_TRUE(same(nominee(i, u"Lò Văn Pành"_s, 0, {}), nominee(i, u"Lo Van Panh"_s, 0, {})));
}

TEST(DossierTest, ChecklistFollowsTheAwardForm)
{
    EXPECT_EQ(dossierItems(AwardLevel::Province, false),
              (QStringList{u"to_trinh"_s, u"bao_cao_thanh_tich"_s, u"bien_ban_hoi_dong"_s}));
    EXPECT_EQ(dossierItems(AwardLevel::State, false).size(), 5);
    EXPECT_EQ(dossierItems(AwardLevel::State, true).last(), u"lay_y_kien"_s);
    EXPECT_EQ(dossierOriginals(AwardLevel::Province, false), 1);
    EXPECT_EQ(dossierOriginals(AwardLevel::State, false), 2);
    EXPECT_EQ(dossierOriginals(AwardLevel::State, true), 3);

    const QList<DossierItemState> stored{{u"bien_ban_hoi_dong"_s, true, u"bản gốc"_s},
                                         {u"lay_y_kien"_s, true, {}}};
    const auto checklist = completeChecklist(stored, AwardLevel::Province, false);
    ASSERT_EQ(checklist.size(), 3);
    EXPECT_EQ(checklist[0], (DossierItemState{u"to_trinh"_s, false, {}}));
    EXPECT_EQ(checklist[2], stored[0]);
    EXPECT_FALSE(dossierComplete(checklist));
    EXPECT_TRUE(dossierComplete(completeChecklist(
            {{u"to_trinh"_s, true, {}}, {u"bao_cao_thanh_tich"_s, true, {}}, stored[0]},
            AwardLevel::Province, false)));
}

} // namespace
} // namespace ed
