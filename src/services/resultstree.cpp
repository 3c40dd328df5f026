#include "services/resultstree.h"

#include "core/searchkey.h"
#include "logging/log.h"
#include "services/workspace.h"

#include <QElapsedTimer>

#include <algorithm>

namespace ed::services {

ResultsTree::ResultsTree(ResultsEvaluation evaluation) : m_campaign(std::move(evaluation.campaign))
{
    QList<UnitEvaluation>& units = evaluation.units;
    m_nodes.reserve(units.size());
    m_positions.reserve(units.size());
    for (UnitEvaluation& unit : units) {
        Node node;
        node.searchKey = searchKey(unit.unit.code + u' ' + unit.unit.name);
        const int position = static_cast<int>(m_nodes.size());
        const auto parent = m_positions.constFind(unit.unit.parent.raw());
        // Tree order puts a parent first; a unit whose parent is missing stays visible on top.
        if (unit.unit.parent.isValid() && parent != m_positions.cend()) {
            node.parent = *parent;
            node.row = static_cast<int>(m_nodes[*parent].children.size());
            m_nodes[*parent].children << position;
        } else {
            node.row = static_cast<int>(m_roots.size());
            m_roots << position;
        }
        m_positions.insert(unit.unit.id.raw(), position);
        node.unit = std::move(unit);
        m_nodes << std::move(node);
    }
    // Manual leaves add up from the bottom: children come after their parent.
    for (qsizetype i = m_nodes.size() - 1; i >= 0; --i) {
        Node& node = m_nodes[i];
        if (node.unit.isLeaf && node.unit.unit.source == FigureSource::Manual
            && node.unit.unit.figures)
            node.manualLeaves += 1;
        if (node.parent >= 0)
            m_nodes[node.parent].manualLeaves += node.manualLeaves;
    }
}

QList<int> ResultsTree::ancestorsOf(int position) const
{
    QList<int> up;
    if (position < 0 || position >= size())
        return up;
    for (int p = m_nodes[position].parent; p >= 0; p = m_nodes[p].parent)
        up << p;
    std::reverse(up.begin(), up.end());
    return up;
}

QList<int> ResultsTree::matches(const QString& key) const
{
    QList<int> found;
    if (key.isEmpty())
        return found;
    for (int i = 0; i < size(); ++i) {
        if (m_nodes[i].searchKey.contains(key))
            found << i;
    }
    return found;
}

Result<ResultsTree> loadResultsTree(const QString& path, const Clock& clock)
{
    QElapsedTimer timer;
    timer.start();
    auto workspace = Workspace::open(path, clock);
    if (!workspace)
        return workspace.error();
    const qint64 opened = timer.elapsed();
    auto evaluation = ResultsService(*workspace.value()).evaluate();
    if (!evaluation)
        return evaluation.error();
    const qint64 evaluated = timer.elapsed();
    ResultsTree tree(std::move(evaluation).value());
    log::services()->info("results tree of {} units: opened in {} ms, evaluated in {} ms, "
                          "tree built in {} ms",
                          tree.size(), opened, evaluated - opened, timer.elapsed() - evaluated);
    return tree;
}

} // namespace ed::services
