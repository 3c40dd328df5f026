#pragma once

#include "core/electionunit.h"
#include "core/result.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace ed::storage {

class Database;
class Statement;

/// The election units. An import writes thousands of rows, so the statements are prepared once
/// per repository and reused; keep one repository for a whole import.
class UnitRepository
{
public:
    explicit UnitRepository(Database& database);
    ~UnitRepository();
    UnitRepository(const UnitRepository&) = delete;
    UnitRepository& operator=(const UnitRepository&) = delete;

    /// Inserts the unit (its parent must be stored already) and returns its new id.
    [[nodiscard]] Result<UnitId> add(const ElectionUnit& unit);
    /// Replaces every field of the stored unit with this id.
    [[nodiscard]] Status update(const ElectionUnit& unit);
    [[nodiscard]] Result<QList<ElectionUnit>> all() const;
    [[nodiscard]] Result<std::optional<ElectionUnit>> find(UnitId id) const;
    [[nodiscard]] Result<bool> hasChildren(UnitId id) const;

private:
    Database& m_database;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_update;
};

/// The counting results of each (unit, ballot) and the official lock's history.
class BallotResultRepository
{
public:
    explicit BallotResultRepository(Database& database);
    ~BallotResultRepository();
    BallotResultRepository(const BallotResultRepository&) = delete;
    BallotResultRepository& operator=(const BallotResultRepository&) = delete;

    /// Inserts or replaces the row of (unit, ballot.ballot).
    [[nodiscard]] Status put(UnitId unit, const BallotCount& ballot);
    [[nodiscard]] Status removeForUnit(UnitId unit);
    [[nodiscard]] Result<QList<BallotCount>> forUnit(UnitId unit) const;
    /// Every unit's ballots, in Ballot order.
    [[nodiscard]] Result<QHash<UnitId, QList<BallotCount>>> all() const;

    [[nodiscard]] Result<ResultsLockState> lockState() const;
    /// Appends to the history; rows already there are never changed.
    [[nodiscard]] Status appendLockEvent(const ResultsLockEvent& event);

private:
    Database& m_database;
    std::unique_ptr<Statement> m_put;
};

} // namespace ed::storage
