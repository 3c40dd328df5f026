#pragma once

#include "core/campaign.h"
#include "core/electionunit.h"
#include "core/evaluation.h"
#include "core/result.h"
#include "services/texttable.h"

#include <QList>

#include <optional>

namespace ed::services {

class Workspace;

/// Every unit decided against one campaign's criteria, in tree order.
struct ResultsEvaluation
{
    std::optional<Campaign> campaign; ///< none when the database holds no measurable criteria
    QList<UnitEvaluation> units;
};

/// The election results: the unit tree with its figures, the decision on each unit, manual
/// entry of a polling area's minutes, and the official lock.
class ResultsService
{
public:
    explicit ResultsService(Workspace& workspace) : m_workspace(workspace) {}

    /// Decides every unit against the criteria of `plan`'s campaign, or, without a plan, of the
    /// first campaign that has measurable criteria.
    [[nodiscard]] Result<ResultsEvaluation> evaluate(std::optional<PlanId> plan = {}) const;
    /// The CLI's table: unit_code, level, registered_voters, voters_voted, turnout_pct, …
    [[nodiscard]] static TextTable evaluationTable(const QList<UnitEvaluation>& units);

    [[nodiscard]] Result<ElectionUnit> unit(UnitId id) const;
    /// The unit's figures and ballots as stored (empty for a unit that has not reported).
    [[nodiscard]] Result<UnitMinutes> minutes(UnitId unit) const;
    /// Replaces a leaf's figures and ballots with hand-typed ones (marked manual). Refused with
    /// InvalidInput when checkMinutes() finds an error or the unit has children, with Locked
    /// while the results are official. Warnings do not block: the caller confirms them first.
    [[nodiscard]] Status saveMinutes(const UnitMinutes& minutes);
    /// Puts back minutes exactly as read by minutes(), sources included (undo).
    [[nodiscard]] Status restoreMinutes(const UnitMinutes& minutes);

    [[nodiscard]] Result<ResultsLockState> lockState() const;
    /// Marks the results official: imports and edits are refused until unlock().
    [[nodiscard]] Status lock(const QString& note = {});
    /// Reopens official results; the reason is required and recorded.
    [[nodiscard]] Status unlock(const QString& reason);

private:
    [[nodiscard]] Status writeMinutes(const UnitMinutes& minutes, bool keepSources);
    /// Appends a lock (true) or unlock event, refused when the lock is already in that state.
    [[nodiscard]] Status appendLockEvent(bool locked, const QString& text);

    Workspace& m_workspace;
};

} // namespace ed::services
