#pragma once

#include <QtGlobal>

namespace ed {

/// An exact threshold p/q: 99.90 % is 999/1000. Compared by cross-multiplying 64-bit integers,
/// so 999 of 1 000 voters is exactly on the line, never a hair below it as with doubles.
struct Ratio
{
    qint64 numerator = 0;
    qint64 denominator = 1;

    [[nodiscard]] bool isValid() const { return denominator > 0 && numerator >= 0; }
    friend bool operator==(const Ratio&, const Ratio&) = default;
};

enum class Comparison {
    AtLeast,     ///< ≥ ("trở lên")
    Above,       ///< >
    AtMost,      ///< ≤
    Below,       ///< < ("dưới")
    NoneAllowed, ///< a count that must be zero (no bầu cử thêm, no bầu cử lại)
    Judgement,   ///< qualitative: a reviewer's yes or no
};

/// part/whole compared with the threshold. The caller guarantees whole > 0 and that part and
/// whole stay below 2^63 / denominator (national figures are about 7 × 10^7).
[[nodiscard]] constexpr bool satisfies(qint64 part, qint64 whole, Comparison op, Ratio t)
{
    const qint64 lhs = part * t.denominator;
    const qint64 rhs = t.numerator * whole;
    switch (op) {
    case Comparison::AtLeast: return lhs >= rhs;
    case Comparison::Above: return lhs > rhs;
    case Comparison::AtMost: return lhs <= rhs;
    case Comparison::Below: return lhs < rhs;
    case Comparison::NoneAllowed: return part == 0;
    case Comparison::Judgement: return false;
    }
    return false;
}

/// Hundredths of a percent, rounded down: 19 979 of 20 000 is 9 989 (shown "99,89 %"), so a
/// shown figure never contradicts a decision against a threshold with two decimals.
[[nodiscard]] constexpr qint64 basisPoints(qint64 part, qint64 whole)
{
    return whole > 0 ? part * 10'000 / whole : 0;
}

} // namespace ed
