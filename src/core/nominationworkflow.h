#pragma once

#include "core/nomination.h"

#include <QList>

#include <optional>

namespace ed {

/// The status `action` leads to when applied to `nomination`, or nullopt when the workflow
/// refuses it (law.md §9): received → under appraisal → (returned → received) → proposed →
/// approved or rejected; an approved one then records its decision and its certificate. Revert
/// is not decided here: it depends on the trail.
[[nodiscard]] std::optional<NominationStatus> nextStatus(const Nomination& nomination,
                                                         NominationAction action);

/// Returning and rejecting need a reason; so does proposing a nominee that fails a criterion
/// (checked by the service, which knows the eligibility).
[[nodiscard]] constexpr bool needsReason(NominationAction action)
{
    return action == NominationAction::Return || action == NominationAction::Reject;
}

/// The steps a clerk may take now, in workflow order (Receive and Revert excluded).
[[nodiscard]] QList<NominationAction> availableActions(const Nomination& nomination);

} // namespace ed
