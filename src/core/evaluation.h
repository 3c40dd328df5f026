#pragma once

#include "core/campaign.h"
#include "core/electionunit.h"
#include "core/ratio.h"

#include <QHash>
#include <QList>

#include <optional>

namespace ed {

/// One ballot's totals summed over the leaves below a unit that held it.
struct BallotTotals
{
    Ballot ballot = Ballot::NationalAssembly;
    qint64 issued = 0;
    qint64 received = 0;
    qint64 valid = 0;
    qint64 invalid = 0;
    int leaves = 0;           ///< leaves that held this ballot
    int revoteLeaves = 0;     ///< of which needed bầu cử lại
    int additionalLeaves = 0; ///< of which needed bầu cử thêm

    friend bool operator==(const BallotTotals&, const BallotTotals&) = default;
};

/// A unit's figures as sums over its leaves (a leaf is its own only leaf). Never an average of
/// percentages (law.md §5).
struct UnitTotals
{
    qint64 registered = 0;
    qint64 voted = 0;
    qint64 lawStudy = 0;
    int leaves = 0;
    int reportedLeaves = 0;      ///< leaves with voter figures and at least one ballot
    QList<BallotTotals> ballots; ///< in Ballot order, only ballots some leaf held
    QDateTime reportedAt;        ///< the last leaf's report, when every leaf gave one

    [[nodiscard]] bool allReported() const { return leaves > 0 && reportedLeaves == leaves; }
    friend bool operator==(const UnitTotals&, const UnitTotals&) = default;
};

/// One measurable criterion on one unit. `part`/`whole` are the exact fraction behind the
/// figure; `basisPoints` is it floored to hundredths of a percent, so "99,89 %" always means
/// fail against 99,90 %.
struct Measure
{
    bool required = false;   ///< the campaign names this criterion
    bool computable = false; ///< false when the denominator is zero or figures are missing
    qint64 part = 0;
    qint64 whole = 0;
    qint64 basisPoints = 0;
    bool ok = false; ///< computable and satisfied; true when not required
    Comparison comparison = Comparison::AtLeast;
    Ratio threshold;
    /// Voters (or ballots) above the line when ok, negative when short: −1 is "one voter
    /// short". Meaningful only when computable and the criterion has a ratio threshold.
    qint64 margin = 0;
    std::optional<Ballot> ballot; ///< for the invalid share: the ballot with the highest one

    friend bool operator==(const Measure&, const Measure&) = default;
};

/// The criteria of a campaign that the results decide, found by their codes: `turnout`,
/// `law_study`, `invalid_ballots`, `no_revote`. A criterion the campaign lacks decides nothing.
struct MeasuredCriteria
{
    std::optional<Criterion> turnout;
    std::optional<Criterion> lawStudy;
    std::optional<Criterion> invalidBallots;
    std::optional<Criterion> noRevote;

    [[nodiscard]] bool any() const { return turnout || lawStudy || invalidBallots || noRevote; }
};

[[nodiscard]] MeasuredCriteria measuredCriteria(const QList<Criterion>& criteria);

/// The decision on one unit, leaf or aggregate.
struct UnitEvaluation
{
    ElectionUnit unit;
    int depth = 0; ///< 0 for a top-level unit
    bool isLeaf = true;
    UnitTotals totals;
    Measure turnout;
    Measure lawStudy;
    Measure invalid;          ///< the highest invalid share over the ballots held
    Measure noRevote;         ///< part = leaf ballots that needed bầu cử thêm or lại
    bool eligible = false;    ///< every required criterion ok and every leaf reported
    int reportRank = 0;       ///< 1 = reported first among its siblings; 0 = not fully reported
    int reportedSiblings = 0; ///< siblings (itself included) that have a rank

    friend bool operator==(const UnitEvaluation&, const UnitEvaluation&) = default;
};

/// How far a passing figure may be from its line and still be worth a warning: within
/// max(1, whole / 1000) voters or ballots (a tenth of a percent).
[[nodiscard]] bool isNearMiss(const Measure& measure);

/// Voters (or ballots) above the line p/q when non-negative, short of it when negative:
/// margin ≥ 0 ⇔ satisfies(part, whole, op, t). Exact in 64-bit integers.
[[nodiscard]] qint64 marginToThreshold(qint64 part, qint64 whole, Comparison op, Ratio t);

/// Sums the leaves up the tree and decides every unit. `units` may come in any order and must
/// form a forest (the imports guarantee it); `ballots` holds each leaf's minutes by unit id.
/// The result is in tree order: each unit before its children, siblings by code.
[[nodiscard]] QList<UnitEvaluation> evaluate(const QList<ElectionUnit>& units,
                                             const QHash<UnitId, QList<BallotCount>>& ballots,
                                             const MeasuredCriteria& criteria);

} // namespace ed
