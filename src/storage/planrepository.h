#pragma once

#include "core/plan.h"
#include "core/result.h"

#include <QList>

namespace ed::storage {

class Database;

/// Plans with their legal bases, recipients and purposes.
class PlanRepository
{
public:
    explicit PlanRepository(Database& database) : m_database(database) {}

    /// Inserts the plan and its lists in one transaction.
    [[nodiscard]] Result<PlanId> add(const Plan& plan);
    /// Every plan with its lists, in the order they were added.
    [[nodiscard]] Result<QList<Plan>> all() const;
    /// Sets the election day the legal calendar counts from and the law it follows.
    [[nodiscard]] Status setElectionCalendar(PlanId plan, QDate day, ElectionRegime regime);

private:
    [[nodiscard]] Status insertLists(PlanId id, const Plan& plan);
    [[nodiscard]] Status readLists(QList<Plan>& plans) const;

    Database& m_database;
};

} // namespace ed::storage
