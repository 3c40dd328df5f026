#include "gui/results/resultstreemodel.h"

#include "core/searchkey.h"
#include "gui/results/resultstext.h"
#include "i18n/resultswording.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

/// The mark after hand-typed figures: a pencil, with the words in the tooltip.
const QString kManualMark = u" ✎"_s;

} // namespace

void ResultsTreeModel::setUnits(const QList<UnitEvaluation>& units, bool hasCriteria)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_hasCriteria = hasCriteria;
    m_nodes.reserve(units.size());
    QHash<qint64, int> positions; // unit id → node
    for (const UnitEvaluation& unit : units) {
        Node node;
        node.unit = unit;
        node.searchKey = searchKey(unit.unit.code + u' ' + unit.unit.name);
        const int position = static_cast<int>(m_nodes.size());
        const auto parent = positions.constFind(unit.unit.parent.raw());
        // Tree order puts a parent first; a unit whose parent is missing stays visible on top.
        if (unit.unit.parent.isValid() && parent != positions.cend()) {
            node.parent = *parent;
            node.row = static_cast<int>(m_nodes[*parent].children.size());
            m_nodes[*parent].children << position;
        } else {
            node.row = static_cast<int>(m_roots.size());
            m_roots << position;
        }
        positions.insert(unit.unit.id.raw(), position);
        m_nodes << node;
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
    endResetModel();
}

const ResultsTreeModel::Node* ResultsTreeModel::nodeAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const quintptr id = index.internalId();
    return id < static_cast<quintptr>(m_nodes.size()) ? &m_nodes[static_cast<qsizetype>(id)]
                                                      : nullptr;
}

const UnitEvaluation* ResultsTreeModel::unitAt(const QModelIndex& index) const
{
    const Node* node = nodeAt(index);
    return node ? &node->unit : nullptr;
}

QModelIndex ResultsTreeModel::indexOf(UnitId id) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].unit.unit.id == id)
            return createIndex(m_nodes[i].row, UnitColumn, static_cast<quintptr>(i));
    }
    return {};
}

int ResultsTreeModel::manualLeaves(const QModelIndex& index) const
{
    const Node* node = nodeAt(index);
    return node ? node->manualLeaves : 0;
}

QModelIndex ResultsTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int>* siblings = &m_roots;
    if (parent.isValid()) {
        const Node* node = nodeAt(parent);
        if (!node || parent.column() != UnitColumn)
            return {};
        siblings = &node->children;
    }
    if (row >= siblings->size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(siblings->at(row)));
}

QModelIndex ResultsTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeAt(child);
    if (!node || node->parent < 0)
        return {};
    const Node& parent = m_nodes[node->parent];
    return createIndex(parent.row, UnitColumn, static_cast<quintptr>(node->parent));
}

int ResultsTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() != UnitColumn)
        return 0;
    const Node* node = nodeAt(parent);
    return node ? static_cast<int>(node->children.size()) : 0;
}

int ResultsTreeModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

bool ResultsTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QVariant ResultsTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeAt(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*node, index.column());
    case Qt::ToolTipRole: return toolTip(*node, index.column());
    case Qt::DecorationRole: return decoration(*node, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= RegisteredColumn && index.column() != EligibleColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UnitIdRole: return node->unit.unit.id.raw();
    case SearchRole: return node->searchKey;
    case IsLeafRole: return node->unit.isLeaf;
    case ManualRole: return node->manualLeaves > 0;
    case PassRole: {
        const std::optional<bool> pass = passOf(*node, index.column());
        return pass ? (*pass ? 1 : 0) : -1;
    }
    default: return {};
    }
}

std::optional<bool> ResultsTreeModel::passOf(const Node& node, int column) const
{
    const UnitEvaluation& u = node.unit;
    switch (column) {
    case TurnoutColumn: return ResultsText::passOf(u.turnout);
    case InvalidColumn: return ResultsText::passOf(u.invalid);
    case LawStudyColumn: return ResultsText::passOf(u.lawStudy);
    case NoRevoteColumn: return ResultsText::passOf(u.noRevote);
    case EligibleColumn: return ResultsText::eligiblePass(u, m_hasCriteria);
    default: return std::nullopt;
    }
}

QVariant ResultsTreeModel::display(const Node& node, int column) const
{
    using C = ResultsText::Criterion;
    const UnitEvaluation& u = node.unit;
    const bool reported = !u.isLeaf || u.unit.figures.has_value();
    const QString manual = u.isLeaf && node.manualLeaves > 0 ? kManualMark : QString();
    switch (column) {
    case UnitColumn: return u"%1 – %2"_s.arg(u.unit.code, u.unit.name);
    case LevelColumn: return i18n::unitLevelName(u.unit.level);
    case RegisteredColumn:
        return reported ? i18n::localCount(u.totals.registered) + manual : QString();
    case VotedColumn: return reported ? i18n::localCount(u.totals.voted) + manual : QString();
    case TurnoutColumn: return ResultsText::measureCell(u.turnout, C::Turnout);
    case InvalidColumn: return ResultsText::measureCell(u.invalid, C::Invalid);
    case LawStudyColumn: return ResultsText::measureCell(u.lawStudy, C::LawStudy);
    case NoRevoteColumn: return ResultsText::measureCell(u.noRevote, C::NoRevote);
    case ReportedColumn: return u"%1/%2"_s.arg(u.totals.reportedLeaves).arg(u.totals.leaves);
    case ReportOrderColumn: return ResultsText::reportOrder(u);
    case EligibleColumn: return ResultsText::eligibleCell(u, m_hasCriteria);
    }
    return {};
}

QVariant ResultsTreeModel::toolTip(const Node& node, int column) const
{
    using C = ResultsText::Criterion;
    const UnitEvaluation& u = node.unit;
    QString manual;
    if (node.manualLeaves > 0)
        manual = u.isLeaf ? tr("✎ These figures were typed in by hand, not imported.")
                          : tr("✎ %n polling area(s) below have figures typed in by hand.", nullptr,
                               node.manualLeaves);
    const auto withManual = [&manual](const QString& text) {
        return manual.isEmpty() ? text : text + u'\n' + manual;
    };
    switch (column) {
    case UnitColumn:
        return withManual(
                u"%1 – %2 (%3)"_s.arg(u.unit.code, u.unit.name, i18n::unitLevelName(u.unit.level)));
    case RegisteredColumn:
    case VotedColumn:
        if (u.isLeaf && !u.unit.figures)
            return tr("Not reported yet. Press Enter to type in the minutes.");
        return withManual(u.isLeaf ? ResultsText::figureSource(u.unit.source)
                                   : tr("Sum over the polling areas that have reported."));
    case TurnoutColumn: return ResultsText::measureToolTip(u.turnout, C::Turnout);
    case InvalidColumn: return ResultsText::measureToolTip(u.invalid, C::Invalid);
    case LawStudyColumn: return ResultsText::measureToolTip(u.lawStudy, C::LawStudy);
    case NoRevoteColumn: return ResultsText::measureToolTip(u.noRevote, C::NoRevote);
    case ReportedColumn: return ResultsText::pendingSentence(u);
    case ReportOrderColumn: return ResultsText::reportOrderSentence(u);
    case EligibleColumn:
        if (!m_hasCriteria)
            return tr("No campaign defines measurable criteria: nothing to decide.");
        return ResultsText::pendingSentence(u);
    default: return {};
    }
}

QVariant ResultsTreeModel::decoration(const Node& node, int column) const
{
    switch (column) {
    case TurnoutColumn:
    case InvalidColumn:
    case LawStudyColumn:
    case NoRevoteColumn:
    case EligibleColumn: {
        const std::optional<bool> pass = passOf(node, column);
        // Only a decision gets an icon; "not required" stays plain.
        if (!pass && column != EligibleColumn)
            return {};
        if (!pass && !m_hasCriteria)
            return {};
        return ResultsText::passIcon(pass);
    }
    default: return {};
    }
}

QVariant ResultsTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TurnoutColumn:
        case InvalidColumn:
        case LawStudyColumn:
            return tr("Floored to two decimals (never rounded up); hover a cell for the exact "
                      "fraction.");
        case ReportedColumn: return tr("Polling areas that have reported / polling areas below");
        case ReportOrderColumn:
            return tr("Place in which the unit completed its report among its siblings / "
                      "siblings that have completed");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn: return tr("Unit");
    case LevelColumn: return tr("Level");
    case RegisteredColumn: return tr("Registered");
    case VotedColumn: return tr("Voted");
    case TurnoutColumn: return tr("Turnout");
    case InvalidColumn: return tr("Max invalid");
    case LawStudyColumn: return tr("Law study");
    case NoRevoteColumn: return tr("No thêm/lại");
    case ReportedColumn: return tr("Reported");
    case ReportOrderColumn: return tr("Order");
    case EligibleColumn: return tr("Eligible");
    }
    return {};
}

} // namespace ed::gui
