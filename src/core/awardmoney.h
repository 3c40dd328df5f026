#pragma once

#include "core/campaign.h"

#include <QDate>
#include <QList>

#include <optional>

namespace ed {

/// The statutory base salary (lương cơ sở) from a date on.
struct BaseSalary
{
    QDate effectiveFrom;
    qint64 amount = 0; ///< đồng

    friend bool operator==(const BaseSalary&, const BaseSalary&) = default;
};

/// An award form's money as a multiple of the base salary, from a date on, per nominee kind.
/// Kept in thousandths so that 0.3× is exact.
struct AwardCoefficient
{
    AwardLevel level = AwardLevel::Province;
    NomineeKind kind = NomineeKind::Individual;
    QDate effectiveFrom;
    qint64 thousandths = 0; ///< 1000 = 1.0×

    friend bool operator==(const AwardCoefficient&, const AwardCoefficient&) = default;
};

/// Both dated tables.
struct AwardMoneyTables
{
    QList<BaseSalary> baseSalaries;
    QList<AwardCoefficient> coefficients;

    friend bool operator==(const AwardMoneyTables&, const AwardMoneyTables&) = default;
};

/// coefficient × base rounded up to the next 10,000 đ (law.md §11): 0.3 × 1,490,000 =
/// 447,000 → 450,000. Exact in integers.
[[nodiscard]] qint64 roundedAwardAmount(qint64 thousandths, qint64 baseSalary);

/// The money for `level` and `kind` decided on `date`, from the base salary and the coefficient
/// in force that day (the latest whose effective date is not after it); nullopt when either
/// table has no row for that day.
[[nodiscard]] std::optional<qint64>
awardAmount(const AwardMoneyTables& tables, AwardLevel level, NomineeKind kind, QDate date);

} // namespace ed
