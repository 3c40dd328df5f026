#pragma once

#include "core/campaign.h"
#include "core/evaluation.h"
#include "core/nomination.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace ed {

/// How one criterion stands for one nomination.
enum class CriterionOutcome {
    Pass,
    Fail,
    NotComputable, ///< the unit has no figures for it (no voters, no ballots): counts as failing
    NotJudged,     ///< a qualitative condition the clerk has not decided yet
};

struct CriterionCheck
{
    Criterion criterion;
    CriterionOutcome outcome = CriterionOutcome::NotJudged;
    std::optional<Measure> measure;     ///< measurable criteria: the unit's figures
    std::optional<Judgement> judgement; ///< qualitative ones, once judged

    [[nodiscard]] bool failing() const
    {
        return outcome == CriterionOutcome::Fail || outcome == CriterionOutcome::NotComputable;
    }
    friend bool operator==(const CriterionCheck&, const CriterionCheck&) = default;
};

/// A nomination against its campaign's award conditions (plans.md A.7).
struct Eligibility
{
    bool tiedToUnit = false;
    std::optional<UnitEvaluation> unit; ///< the unit's decision, when tied and evaluated
    /// Measurable criteria that apply to the nominee's kind, in the order turnout, law_study,
    /// invalid_ballots, no_revote; empty when not tied to a unit.
    QList<CriterionCheck> measured;
    /// Qualitative criteria that apply to the nominee's kind, in campaign order.
    QList<CriterionCheck> judged;

    /// From the measurable criteria alone: true when every one passes and every polling area
    /// of the unit has reported; nullopt when not tied to a unit or none applies.
    [[nodiscard]] std::optional<bool> measurableEligible() const;
    /// The codes of the failing measurable criteria, in the order above.
    [[nodiscard]] QStringList failedCriteria() const;
    /// True when the unit lacks reports from some of its polling areas.
    [[nodiscard]] bool unitIncomplete() const;
    /// Fails a measurable criterion or a qualitative one was judged "no": flagged in the queue,
    /// and proposing it needs a reason.
    [[nodiscard]] bool flagged() const;
    /// Qualitative conditions still to judge.
    [[nodiscard]] int notJudged() const;
};

/// Decides `nomination` against `criteria` (its campaign's), with `unit` the evaluation of the
/// unit it stands for (nullptr when it has none or the unit was not evaluated).
[[nodiscard]] Eligibility assessEligibility(const Nomination& nomination,
                                            const QList<Criterion>& criteria,
                                            const UnitEvaluation* unit);

/// The four measurable criterion codes in list order.
[[nodiscard]] const QStringList& measuredCriterionCodes();

} // namespace ed
