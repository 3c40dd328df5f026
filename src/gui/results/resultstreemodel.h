#pragma once

#include "core/evaluation.h"
#include "services/resultstree.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace ed::gui {

/// The results tree: province → districts → communes → polling areas, one row per unit with its
/// figures and the decision on each criterion. A criterion's cell says pass or fail in words and
/// with an icon (never colour alone); its tooltip gives the exact fraction behind the floored
/// percentage.
///
/// The rows are created on demand: the top-level units have rows at once, a unit's children only
/// after fetchMore() on it (a tree view calls it when the unit is expanded), so a national tree
/// of some 90,000 units costs the rows that are looked at. hasChildren() is true for every unit
/// with units under it; rowCount() is 0 until its children are fetched. The index's internal id
/// is the node's position in the services::ResultsTree.
///
/// A search is answered from the tree in memory, not from rows: setSearch() marks the matches,
/// the units above them (so they can be reached) and the units below them (so a match can be
/// opened); ShownRole says which, for a filter proxy.
class ResultsTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        UnitColumn,
        LevelColumn,
        RegisteredColumn,
        VotedColumn,
        TurnoutColumn,
        InvalidColumn,
        LawStudyColumn,
        NoRevoteColumn,
        ReportedColumn,
        ReportOrderColumn,
        EligibleColumn,
        ColumnCount
    };
    enum Role {
        UnitIdRole = Qt::UserRole + 1, ///< qint64
        SearchRole,                    ///< code and name folded (searchKey)
        IsLeafRole,                    ///< bool
        /// On the criterion columns and EligibleColumn: 1 pass, 0 fail, −1 nothing to decide
        /// (not required, not computable, not every area reported, no criteria).
        PassRole,
        ManualRole, ///< bool: figures typed in by hand (a leaf) or below (a parent)
        ShownRole,  ///< bool: kept by the search (always true without one)
    };

    explicit ResultsTreeModel(QObject* parent = nullptr);
    ~ResultsTreeModel() override;

    /// Replaces the tree (a model reset); only the top-level units have rows afterwards. The
    /// search is applied to the new tree. Returns the previous tree, for the caller to let go
    /// of where freeing some 90,000 units does not hold up the window.
    std::shared_ptr<const services::ResultsTree>
    setTree(std::shared_ptr<const services::ResultsTree> tree);
    /// The tree shown; never null (empty before the first setTree()).
    [[nodiscard]] const services::ResultsTree& tree() const { return *m_tree; }
    [[nodiscard]] bool hasCriteria() const { return m_tree->hasCriteria(); }

    /// The unit behind an index of this model (any column); nullptr for anything else.
    [[nodiscard]] const UnitEvaluation* unitAt(const QModelIndex& index) const;
    /// The first-column index of a unit whose row exists; invalid otherwise (see reveal()).
    [[nodiscard]] QModelIndex indexOf(UnitId id) const;
    /// Creates the rows down to a unit (the children of every unit above it) and returns its
    /// first-column index; invalid when the unit is not in the tree.
    QModelIndex reveal(UnitId id);
    /// Leaves below a unit (itself for a leaf) whose figures were typed in by hand.
    [[nodiscard]] int manualLeaves(const QModelIndex& index) const;
    [[nodiscard]] int unitCount() const { return m_tree->size(); }
    /// The units directly under a unit, whether their rows exist yet or not.
    [[nodiscard]] int childUnitCount(const QModelIndex& index) const;
    /// Rows that exist: the top-level units and the children of every fetched unit.
    [[nodiscard]] int createdRowCount() const { return m_createdRows; }

    /// Searches the units for `key` (folded by searchKey(); empty: no search) and returns how
    /// many match. Rows are not created; ShownRole changes, so a filter above must refilter.
    int setSearch(const QString& key);
    [[nodiscard]] const QString& currentSearch() const { return m_searchKey; }
    /// The units that match the search, in tree order, at most `limit` of them.
    [[nodiscard]] QList<UnitId> searchMatches(int limit) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using Node = services::ResultsTree::Node;

    [[nodiscard]] int positionAt(const QModelIndex& index) const;
    [[nodiscard]] const Node* nodeAt(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexAt(int position) const;
    [[nodiscard]] QVariant display(const Node& node, int column) const;
    [[nodiscard]] QVariant toolTip(const Node& node, int column) const;
    [[nodiscard]] QVariant decoration(const Node& node, int column) const;
    [[nodiscard]] std::optional<bool> passOf(const Node& node, int column) const;

    std::shared_ptr<const services::ResultsTree> m_tree;
    std::vector<char> m_fetched; ///< per node: its children have rows
    int m_createdRows = 0;
    QString m_searchKey;
    QList<int> m_matches;      ///< node positions, in tree order
    std::vector<char> m_shown; ///< per node, while searching: a match, above or below one
};

} // namespace ed::gui
