#pragma once

#include "core/electionunit.h"
#include "core/result.h"

#include <QHash>
#include <QList>

namespace ed::storage {

class Database;

/// Some election units with every unit below them and the counting minutes of those units:
/// enough for evaluate() to decide just these units, which gives the same totals and decisions
/// as evaluating the whole tree (a unit's figures are sums over its own leaves).
struct UnitSubtrees
{
    QHash<UnitId, QList<ElectionUnit>> units;  ///< per root: the root and its descendants
    QHash<UnitId, QList<BallotCount>> ballots; ///< per unit, in Ballot order
};

/// Reads the subtrees below a few units (the ones a page of nominations is tied to), so a page
/// is derived without reading the national tree.
class UnitSubtreeReader
{
public:
    explicit UnitSubtreeReader(Database& database) : m_database(database) {}

    /// The subtrees of `roots`; a root that does not exist has none.
    [[nodiscard]] Result<UnitSubtrees> read(const QList<UnitId>& roots) const;

private:
    Database& m_database;
};

} // namespace ed::storage
