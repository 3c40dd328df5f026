#pragma once

#include "core/result.h"
#include "core/task.h"

#include <QList>

#include <optional>

namespace ed::storage {

class Database;
class Statement;

/// Standing tasks of a plan, with their agencies by role and optional deadline.
class TaskRepository
{
public:
    explicit TaskRepository(Database& database) : m_database(database) {}

    [[nodiscard]] Result<TaskId> add(const StandingTask& task);
    /// Puts a deleted task back with its id, at `position` when that place is still free.
    [[nodiscard]] Result<TaskId> restore(const StandingTask& task, int position);
    /// Replaces the task's fields, deadline and agencies.
    [[nodiscard]] Status update(const StandingTask& task);
    [[nodiscard]] Status remove(TaskId id);
    [[nodiscard]] Result<int> positionOf(TaskId id) const;
    [[nodiscard]] Result<QList<StandingTask>> forPlan(PlanId plan) const;

private:
    [[nodiscard]] Result<TaskId> insert(const StandingTask& task, std::optional<int> position);
    static void bindFields(Statement& statement, const StandingTask& task);

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
