#pragma once

#include "core/electionunit.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace ed::storage {

class Database;
class BulkStatement;

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
    /// The id the next new unit may take: one above the highest stored. Meaningful inside a
    /// write transaction, which keeps other writers out until it ends.
    [[nodiscard]] Result<UnitId> nextId() const;
    /// Inserts many units under the ids they carry (from nextId() on), parents before their
    /// children: the bulk path of an import.
    [[nodiscard]] Status addAll(const QList<ElectionUnit>& units);
    /// Replaces every field of the stored unit with this id.
    [[nodiscard]] Status update(const ElectionUnit& unit);
    [[nodiscard]] Result<QList<ElectionUnit>> all() const;
    [[nodiscard]] Result<std::optional<ElectionUnit>> find(UnitId id) const;
    [[nodiscard]] Result<bool> hasChildren(UnitId id) const;

private:
    Database& m_database;
    std::unique_ptr<BulkStatement> m_insert;
    std::unique_ptr<BulkStatement> m_update;
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
    /// put() for many rows at once, each (unit, ballot) at most once: the bulk path of an
    /// import. Fastest in the order of the key (unit, ballot code).
    [[nodiscard]] Status putAll(const QList<std::pair<UnitId, BallotCount>>& rows);
    [[nodiscard]] Status removeForUnit(UnitId unit);
    [[nodiscard]] Result<QList<BallotCount>> forUnit(UnitId unit) const;
    /// Every unit's ballots, in Ballot order.
    [[nodiscard]] Result<QHash<UnitId, QList<BallotCount>>> all() const;

    /// For the bulk path of an import, inside its write transaction and once the lock is known
    /// to be open: drops the lock triggers that run on every inserted unit and result row
    /// (half the cost of a national import) and returns their SQL for restoreTriggers(), to be
    /// called before the commit. Sound because the transaction holds the write lock, so no
    /// other connection can lock the results meanwhile and readers see the triggers
    /// throughout; a rollback brings them back with everything else. SQLite only; elsewhere a
    /// no-op returning nothing.
    [[nodiscard]] Result<QStringList> suspendInsertLockTriggers();
    [[nodiscard]] Status restoreTriggers(const QStringList& sql);

    [[nodiscard]] Result<ResultsLockState> lockState() const;
    /// Appends to the history; rows already there are never changed.
    [[nodiscard]] Status appendLockEvent(const ResultsLockEvent& event);

private:
    Database& m_database;
    std::unique_ptr<BulkStatement> m_put;
};

} // namespace ed::storage
