#include "core/nominationworkflow.h"

#include "core/searchkey.h"

using namespace Qt::StringLiterals;

namespace ed {

std::optional<NominationStatus> nextStatus(const Nomination& nomination, NominationAction action)
{
    using S = NominationStatus;
    const S from = nomination.status;
    switch (action) {
    case NominationAction::Receive:
    case NominationAction::Revert: return std::nullopt;
    case NominationAction::StartAppraisal:
        return from == S::Received ? std::optional(S::UnderAppraisal) : std::nullopt;
    case NominationAction::Return:
        return from == S::Received || from == S::UnderAppraisal ? std::optional(S::Returned)
                                                                : std::nullopt;
    case NominationAction::Resubmit:
        return from == S::Returned ? std::optional(S::Received) : std::nullopt;
    case NominationAction::Propose:
        return from == S::UnderAppraisal ? std::optional(S::Proposed) : std::nullopt;
    case NominationAction::Approve:
        return from == S::Proposed ? std::optional(S::Approved) : std::nullopt;
    case NominationAction::Reject:
        return isUndecided(from) ? std::optional(S::Rejected) : std::nullopt;
    case NominationAction::RecordDecision:
        return from == S::Approved && !nomination.decision ? std::optional(S::Approved)
                                                           : std::nullopt;
    case NominationAction::IssueCertificate:
        return from == S::Approved && nomination.decision
                               && !nomination.certificateIssuedOn.isValid()
                       ? std::optional(S::Approved)
                       : std::nullopt;
    }
    return std::nullopt;
}

QList<NominationAction> availableActions(const Nomination& nomination)
{
    QList<NominationAction> actions;
    for (NominationAction a :
         {NominationAction::StartAppraisal, NominationAction::Return, NominationAction::Resubmit,
          NominationAction::Propose, NominationAction::Approve, NominationAction::Reject,
          NominationAction::RecordDecision, NominationAction::IssueCertificate}) {
        if (nextStatus(nomination, a))
            actions << a;
    }
    return actions;
}

QStringList nomineeKeys(const Nomination& nomination)
{
    const QString person = u"%1|%2|"_s.arg(nomination.kind == NomineeKind::Collective ? 'c' : 'i')
                                   .arg(searchKey(nomination.name));
    QStringList keys;
    if (nomination.unit.isValid())
        keys << person + u"u:"_s + QString::number(nomination.unit.raw());
    const QString workplace = searchKey(nomination.workplace);
    if (!workplace.isEmpty() || !nomination.unit.isValid())
        keys << person + u"w:"_s + workplace;
    return keys;
}

} // namespace ed
