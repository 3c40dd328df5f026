#pragma once

#include "core/campaign.h"
#include "core/evaluation.h"
#include "core/result.h"
#include "services/resultsservice.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ed {
class Clock;
}

namespace ed::services {

/// The evaluation of every unit as a tree that a view can open level by level: each node knows
/// its parent, its children by position, the hand-typed leaves below it and its folded search
/// key. Built once, off the GUI thread for a large database (loadResultsTree()), then only read.
class ResultsTree
{
public:
    struct Node
    {
        UnitEvaluation unit;
        int parent = -1; ///< node position, −1 for a top-level unit
        int row = 0;     ///< position among its siblings
        QList<int> children;
        int manualLeaves = 0; ///< leaves below (itself for a leaf) with hand-typed figures
        QString searchKey;    ///< code and name folded (core/searchkey.h)
    };

    ResultsTree() = default;
    /// `evaluation` as ResultsService::evaluate() gives it: units in tree order, each parent
    /// before its children. A unit whose parent is missing becomes a top-level unit.
    explicit ResultsTree(ResultsEvaluation evaluation);

    [[nodiscard]] const std::optional<Campaign>& campaign() const { return m_campaign; }
    /// False when no campaign defines measurable criteria: nothing can be decided.
    [[nodiscard]] bool hasCriteria() const { return m_campaign.has_value(); }
    [[nodiscard]] int size() const { return static_cast<int>(m_nodes.size()); }
    [[nodiscard]] const Node& node(int position) const { return m_nodes[position]; }
    [[nodiscard]] const QList<int>& roots() const { return m_roots; }
    /// The node of a unit; −1 when it is not in the tree.
    [[nodiscard]] int positionOf(UnitId id) const { return m_positions.value(id.raw(), -1); }
    /// The nodes above `position`, the top-level unit first; empty for a top-level unit.
    [[nodiscard]] QList<int> ancestorsOf(int position) const;
    /// Nodes whose code or name contains `key` (already folded by searchKey()), in tree order;
    /// nothing for an empty key.
    [[nodiscard]] QList<int> matches(const QString& key) const;

private:
    std::optional<Campaign> m_campaign;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<qint64, int> m_positions; ///< unit id → node
};

/// Opens a connection of its own to the database file at `path`, evaluates every unit as
/// ResultsService::evaluate() does and builds the tree; the connection is closed before it
/// returns. For a worker thread: a database connection belongs to the thread that opened it,
/// so the GUI thread's workspace cannot be used there. Logs the time each step took.
[[nodiscard]] Result<ResultsTree> loadResultsTree(const QString& path, const Clock& clock);

} // namespace ed::services
