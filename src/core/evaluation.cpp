#include "core/evaluation.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace ed {

namespace {

constexpr int kBallots = 4;

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b; // a ≥ 0, b > 0
}

/// What the post-order walk adds up for one unit.
struct Sums
{
    UnitTotals totals;
    std::array<BallotTotals, kBallots> ballots{};
    qint64 flaggedBallots = 0; ///< leaf ballots with bầu cử thêm or lại
    qint64 heldBallots = 0;
    bool everyReportTimed = true;
};

void addLeaf(Sums& sums, const ElectionUnit& unit, const QList<BallotCount>& minutes)
{
    UnitTotals& t = sums.totals;
    t.leaves = 1;
    if (unit.figures) {
        t.registered = unit.figures->registered;
        t.voted = unit.figures->voted;
        t.lawStudy = unit.figures->lawStudy;
    }
    for (const BallotCount& b : minutes) {
        BallotTotals& bt = sums.ballots[static_cast<std::size_t>(b.ballot)];
        bt.issued += b.issued;
        bt.received += b.received;
        bt.valid += b.valid;
        bt.invalid += b.invalid;
        bt.leaves += 1;
        bt.revoteLeaves += b.revote ? 1 : 0;
        bt.additionalLeaves += b.additionalVote ? 1 : 0;
        sums.flaggedBallots += (b.revote || b.additionalVote) ? 1 : 0;
        sums.heldBallots += 1;
    }
    const bool reported = unit.figures.has_value() && !minutes.isEmpty();
    t.reportedLeaves = reported ? 1 : 0;
    sums.everyReportTimed = reported && unit.reportedAt.isValid();
    if (sums.everyReportTimed)
        t.reportedAt = unit.reportedAt;
}

void addChild(Sums& into, const Sums& child, bool first)
{
    UnitTotals& t = into.totals;
    const UnitTotals& c = child.totals;
    t.registered += c.registered;
    t.voted += c.voted;
    t.lawStudy += c.lawStudy;
    t.leaves += c.leaves;
    t.reportedLeaves += c.reportedLeaves;
    for (int i = 0; i < kBallots; ++i) {
        BallotTotals& bt = into.ballots[i];
        const BallotTotals& cb = child.ballots[i];
        bt.issued += cb.issued;
        bt.received += cb.received;
        bt.valid += cb.valid;
        bt.invalid += cb.invalid;
        bt.leaves += cb.leaves;
        bt.revoteLeaves += cb.revoteLeaves;
        bt.additionalLeaves += cb.additionalLeaves;
    }
    into.flaggedBallots += child.flaggedBallots;
    into.heldBallots += child.heldBallots;
    into.everyReportTimed = (first || into.everyReportTimed) && child.everyReportTimed;
    if (!into.everyReportTimed)
        t.reportedAt = {};
    else if (first || c.reportedAt > t.reportedAt)
        t.reportedAt = c.reportedAt;
}

Measure
measure(const std::optional<Criterion>& criterion, qint64 part, qint64 whole, Comparison fallback)
{
    Measure m;
    m.required = criterion.has_value();
    m.comparison = criterion ? criterion->comparison : fallback;
    if (criterion)
        m.threshold = criterion->threshold;
    m.part = part;
    m.whole = whole;
    m.computable = whole > 0;
    m.basisPoints = basisPoints(part, whole);
    if (m.computable && m.comparison != Comparison::Judgement)
        m.margin = marginToThreshold(part, whole, m.comparison, m.threshold);
    const bool satisfied = m.computable && satisfies(part, whole, m.comparison, m.threshold);
    m.ok = !m.required || satisfied;
    return m;
}

/// The invalid share of the ballot with the highest one; not computable when a ballot held
/// received nothing or no ballot was held.
Measure invalidMeasure(const std::optional<Criterion>& criterion,
                       const QList<BallotTotals>& ballots)
{
    const BallotTotals* worst = nullptr;
    bool everyComputable = !ballots.isEmpty();
    for (const BallotTotals& b : ballots) {
        if (b.received == 0) {
            everyComputable = false;
            continue;
        }
        // a/b > c/d ⇔ a·d > c·b: exact, no division.
        if (!worst || b.invalid * worst->received > worst->invalid * b.received)
            worst = &b;
    }
    Measure m = measure(criterion, worst ? worst->invalid : 0, worst ? worst->received : 0,
                        Comparison::Below);
    if (worst)
        m.ballot = worst->ballot;
    if (!everyComputable) {
        m.computable = false;
        m.ok = !m.required;
    }
    return m;
}

void decide(UnitEvaluation& e, const Sums& sums, const MeasuredCriteria& criteria)
{
    const UnitTotals& t = e.totals;
    e.turnout = measure(criteria.turnout, t.voted, t.registered, Comparison::AtLeast);
    e.lawStudy = measure(criteria.lawStudy, t.lawStudy, t.registered, Comparison::AtLeast);
    e.invalid = invalidMeasure(criteria.invalidBallots, t.ballots);
    e.noRevote = measure(criteria.noRevote, sums.flaggedBallots, sums.heldBallots,
                         Comparison::NoneAllowed);
    e.eligible = criteria.any() && t.allReported() && e.turnout.ok && e.lawStudy.ok && e.invalid.ok
                 && e.noRevote.ok;
}

} // namespace

MeasuredCriteria measuredCriteria(const QList<Criterion>& criteria)
{
    MeasuredCriteria measured;
    for (const Criterion& c : criteria) {
        if (!c.measurable)
            continue;
        if (c.code == u"turnout"_s)
            measured.turnout = c;
        else if (c.code == u"law_study"_s)
            measured.lawStudy = c;
        else if (c.code == u"invalid_ballots"_s)
            measured.invalidBallots = c;
        else if (c.code == u"no_revote"_s)
            measured.noRevote = c;
    }
    return measured;
}

qint64 marginToThreshold(qint64 part, qint64 whole, Comparison op, Ratio t)
{
    const qint64 line = t.numerator * whole; // the threshold times whole, in 1/den units
    switch (op) {
    case Comparison::AtLeast: return part - ceilDiv(line, t.denominator);
    case Comparison::Above: return part - (line / t.denominator + 1);
    case Comparison::AtMost: return line / t.denominator - part;
    case Comparison::Below: return ceilDiv(line, t.denominator) - 1 - part;
    case Comparison::NoneAllowed: return -part;
    case Comparison::Judgement: return 0;
    }
    return 0;
}

bool isNearMiss(const Measure& m)
{
    if (!m.required || !m.computable || !m.ok || m.comparison == Comparison::NoneAllowed
        || m.comparison == Comparison::Judgement)
        return false;
    return m.margin <= std::max<qint64>(1, m.whole / 1000);
}

QList<UnitEvaluation> evaluate(const QList<ElectionUnit>& units,
                               const QHash<UnitId, QList<BallotCount>>& ballots,
                               const MeasuredCriteria& criteria)
{
    const qsizetype n = units.size();
    QHash<UnitId, qsizetype> indexOf;
    indexOf.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        indexOf.insert(units[i].id, i);
    QList<QList<qsizetype>> children(n);
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < n; ++i) {
        const auto parent = indexOf.constFind(units[i].parent);
        if (units[i].parent.isValid() && parent != indexOf.constEnd())
            children[*parent] << i;
        else
            roots << i;
    }
    auto byCode = [&](qsizetype a, qsizetype b) { return units[a].code < units[b].code; };
    std::sort(roots.begin(), roots.end(), byCode);
    for (QList<qsizetype>& list : children)
        std::sort(list.begin(), list.end(), byCode);

    // Tree order by an explicit stack (a deep or large tree must not exhaust the call stack).
    QList<qsizetype> order;
    QList<int> depth(n, 0);
    order.reserve(n);
    QList<qsizetype> stack(roots.rbegin(), roots.rend());
    while (!stack.isEmpty()) {
        const qsizetype i = stack.takeLast();
        order << i;
        for (auto c = children[i].crbegin(); c != children[i].crend(); ++c) {
            depth[*c] = depth[i] + 1;
            stack << *c;
        }
    }

    // Sums bottom-up: reverse tree order visits every child before its parent.
    QList<Sums> sums(n);
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const qsizetype i = *it;
        if (children[i].isEmpty()) {
            addLeaf(sums[i], units[i], ballots.value(units[i].id));
        } else {
            bool first = true;
            for (qsizetype c : children[i]) {
                addChild(sums[i], sums[c], first);
                first = false;
            }
        }
    }

    QList<UnitEvaluation> result(n);
    QList<qsizetype> position(n);
    for (qsizetype k = 0; k < order.size(); ++k) {
        const qsizetype i = order[k];
        position[i] = k;
        UnitEvaluation& e = result[k];
        e.unit = units[i];
        e.depth = depth[i];
        e.isLeaf = children[i].isEmpty();
        e.totals = sums[i].totals;
        for (int b = 0; b < kBallots; ++b) {
            if (sums[i].ballots[b].leaves == 0)
                continue;
            e.totals.ballots << sums[i].ballots[b];
            e.totals.ballots.last().ballot = static_cast<Ballot>(b);
        }
        decide(e, sums[i], criteria);
    }

    // Reporting order among siblings: the plan rewards reporting faster than others.
    auto rank = [&](const QList<qsizetype>& siblings) {
        QList<qsizetype> timed;
        for (qsizetype i : siblings) {
            if (result[position[i]].totals.allReported()
                && result[position[i]].totals.reportedAt.isValid())
                timed << i;
        }
        std::stable_sort(timed.begin(), timed.end(), [&](qsizetype a, qsizetype b) {
            return result[position[a]].totals.reportedAt < result[position[b]].totals.reportedAt;
        });
        for (qsizetype k = 0; k < timed.size(); ++k) {
            UnitEvaluation& e = result[position[timed[k]]];
            const bool tie =
                    k > 0
                    && e.totals.reportedAt == result[position[timed[k - 1]]].totals.reportedAt;
            e.reportRank = tie ? result[position[timed[k - 1]]].reportRank : int(k) + 1;
            e.reportedSiblings = int(timed.size());
        }
    };
    rank(roots);
    for (const QList<qsizetype>& list : children)
        rank(list);
    return result;
}

} // namespace ed
