#include "core/awardmoney.h"

namespace ed {

namespace {

constexpr qint64 kRoundingStep = 10'000;

template <typename Row, typename Match>
const Row* inForceOn(const QList<Row>& rows, QDate date, Match match)
{
    const Row* best = nullptr;
    for (const Row& row : rows) {
        if (match(row) && row.effectiveFrom <= date
            && (!best || best->effectiveFrom < row.effectiveFrom))
            best = &row;
    }
    return best;
}

} // namespace

qint64 roundedAwardAmount(qint64 thousandths, qint64 baseSalary)
{
    // Up to 10,000 đ: ceil(c/1000 × base / 10,000) × 10,000, in integers.
    const qint64 exactTimesThousand = thousandths * baseSalary;
    const qint64 step = kRoundingStep * 1000;
    return (exactTimesThousand + step - 1) / step * kRoundingStep;
}

std::optional<qint64>
awardAmount(const AwardMoneyTables& tables, AwardLevel level, NomineeKind kind, QDate date)
{
    if (!date.isValid())
        return std::nullopt;
    const BaseSalary* base =
            inForceOn(tables.baseSalaries, date, [](const BaseSalary&) { return true; });
    const AwardCoefficient* coefficient =
            inForceOn(tables.coefficients, date, [&](const AwardCoefficient& c) {
                return c.level == level && c.kind == kind;
            });
    if (!base || !coefficient)
        return std::nullopt;
    return roundedAwardAmount(coefficient->thousandths, base->amount);
}

} // namespace ed
