#pragma once

#include "core/evaluation.h"

#include <QAbstractItemModel>
#include <QList>

#include <optional>

namespace ed::gui {

/// The results tree: province → districts → communes → polling areas, one row per unit with its
/// figures and the decision on each criterion. A criterion's cell says pass or fail in words and
/// with an icon (never colour alone); its tooltip gives the exact fraction behind the floored
/// percentage.
///
/// Each node knows its parent and its children by position, and the index's internal id is the
/// node's position in the list, so a later version can load the children of a node on demand
/// (canFetchMore/fetchMore) without changing how indexes are made.
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
    };

    using QAbstractItemModel::QAbstractItemModel;

    /// Replaces the tree (a model reset). `units` in tree order, as evaluate() gives them;
    /// `hasCriteria` false when no campaign defines measurable criteria.
    void setUnits(const QList<UnitEvaluation>& units, bool hasCriteria);

    /// The unit behind an index of this model (any column); nullptr for anything else.
    [[nodiscard]] const UnitEvaluation* unitAt(const QModelIndex& index) const;
    /// The first-column index of a unit; invalid when it is not in the tree.
    [[nodiscard]] QModelIndex indexOf(UnitId id) const;
    /// Leaves below a unit (itself for a leaf) whose figures were typed in by hand.
    [[nodiscard]] int manualLeaves(const QModelIndex& index) const;
    [[nodiscard]] int unitCount() const { return static_cast<int>(m_nodes.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        UnitEvaluation unit;
        int parent = -1; ///< node position, −1 for a top-level unit
        int row = 0;     ///< position among its siblings
        QList<int> children;
        int manualLeaves = 0;
        QString searchKey;
    };

    [[nodiscard]] const Node* nodeAt(const QModelIndex& index) const;
    [[nodiscard]] QVariant display(const Node& node, int column) const;
    [[nodiscard]] QVariant toolTip(const Node& node, int column) const;
    [[nodiscard]] QVariant decoration(const Node& node, int column) const;
    [[nodiscard]] std::optional<bool> passOf(const Node& node, int column) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
    bool m_hasCriteria = false;
};

} // namespace ed::gui
