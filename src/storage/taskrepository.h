#pragma once

#include "core/result.h"
#include "core/task.h"

#include <QList>

#include <optional>

namespace ed::storage {

class Database;

/// Standing tasks of a plan, with their agencies by role and optional deadline.
class TaskRepository
{
public:
    explicit TaskRepository(Database& database) : m_database(database) {}

    [[nodiscard]] Result<TaskId> add(const StandingTask& task);
    [[nodiscard]] Result<QList<StandingTask>> forPlan(PlanId plan) const;

private:
    Database& m_database;
};

/// The inspection programme of a plan (at most one per plan).
class InspectionRepository
{
public:
    explicit InspectionRepository(Database& database) : m_database(database) {}

    [[nodiscard]] Result<InspectionId> add(const Inspection& inspection);
    [[nodiscard]] Result<std::optional<Inspection>> forPlan(PlanId plan) const;

private:
    Database& m_database;
};

} // namespace ed::storage
