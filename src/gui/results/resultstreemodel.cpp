#include "gui/results/resultstreemodel.h"

#include "gui/results/resultstext.h"
#include "i18n/resultswording.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

/// The mark after hand-typed figures: a pencil, with the words in the tooltip.
const QString kManualMark = u" ✎"_s;

} // namespace

ResultsTreeModel::ResultsTreeModel(QObject* parent)
    : QAbstractItemModel(parent), m_tree(std::make_shared<const services::ResultsTree>())
{}

ResultsTreeModel::~ResultsTreeModel() = default;

std::shared_ptr<const services::ResultsTree>
ResultsTreeModel::setTree(std::shared_ptr<const services::ResultsTree> tree)
{
    beginResetModel();
    std::shared_ptr<const services::ResultsTree> previous = std::move(m_tree);
    m_tree = tree ? std::move(tree) : std::make_shared<const services::ResultsTree>();
    m_fetched.assign(static_cast<size_t>(m_tree->size()), 0);
    m_createdRows = static_cast<int>(m_tree->roots().size());
    const QString key = std::exchange(m_searchKey, QString());
    m_matches.clear();
    m_shown.clear();
    setSearch(key); // no reset of its own: ShownRole is read after endResetModel()
    endResetModel();
    return previous;
}

int ResultsTreeModel::setSearch(const QString& key)
{
    m_searchKey = key;
    m_matches = m_tree->matches(key);
    m_shown.clear();
    if (key.isEmpty())
        return 0;
    const services::ResultsTree& tree = *m_tree;
    m_shown.assign(static_cast<size_t>(tree.size()), 0);
    for (const int match : m_matches) {
        // A match and the units above it; stop where an earlier match already went up.
        for (int p = match; p >= 0 && !m_shown[static_cast<size_t>(p)]; p = tree.node(p).parent)
            m_shown[static_cast<size_t>(p)] = 1;
    }
    // The units below a match: tree order puts a parent before its children.
    std::vector<char> belowMatch(m_shown.size(), 0);
    for (const int match : m_matches)
        belowMatch[static_cast<size_t>(match)] = 1;
    for (int i = 0; i < tree.size(); ++i) {
        const int parent = tree.node(i).parent;
        if (parent >= 0 && belowMatch[static_cast<size_t>(parent)]) {
            belowMatch[static_cast<size_t>(i)] = 1;
            m_shown[static_cast<size_t>(i)] = 1;
        }
    }
    return static_cast<int>(m_matches.size());
}

QList<UnitId> ResultsTreeModel::searchMatches(int limit) const
{
    QList<UnitId> ids;
    for (const int match : m_matches) {
        if (ids.size() >= limit)
            break;
        ids << m_tree->node(match).unit.unit.id;
    }
    return ids;
}

int ResultsTreeModel::positionAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    const quintptr id = index.internalId();
    return id < static_cast<quintptr>(m_tree->size()) ? static_cast<int>(id) : -1;
}

const ResultsTreeModel::Node* ResultsTreeModel::nodeAt(const QModelIndex& index) const
{
    const int position = positionAt(index);
    return position >= 0 ? &m_tree->node(position) : nullptr;
}

QModelIndex ResultsTreeModel::indexAt(int position) const
{
    return createIndex(m_tree->node(position).row, UnitColumn, static_cast<quintptr>(position));
}

const UnitEvaluation* ResultsTreeModel::unitAt(const QModelIndex& index) const
{
    const Node* node = nodeAt(index);
    return node ? &node->unit : nullptr;
}

QModelIndex ResultsTreeModel::indexOf(UnitId id) const
{
    const int position = m_tree->positionOf(id);
    if (position < 0)
        return {};
    for (int p = m_tree->node(position).parent; p >= 0; p = m_tree->node(p).parent) {
        if (!m_fetched[static_cast<size_t>(p)])
            return {}; // no row yet
    }
    return indexAt(position);
}

QModelIndex ResultsTreeModel::reveal(UnitId id)
{
    const int position = m_tree->positionOf(id);
    if (position < 0)
        return {};
    for (const int above : m_tree->ancestorsOf(position))
        fetchMore(indexAt(above));
    return indexAt(position);
}

int ResultsTreeModel::manualLeaves(const QModelIndex& index) const
{
    const Node* node = nodeAt(index);
    return node ? node->manualLeaves : 0;
}

int ResultsTreeModel::childUnitCount(const QModelIndex& index) const
{
    const Node* node = nodeAt(index);
    return node ? static_cast<int>(node->children.size()) : 0;
}

QModelIndex ResultsTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int>* siblings = &m_tree->roots();
    if (parent.isValid()) {
        const int position = positionAt(parent);
        if (position < 0 || parent.column() != UnitColumn
            || !m_fetched[static_cast<size_t>(position)])
            return {};
        siblings = &m_tree->node(position).children;
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
    return indexAt(node->parent);
}

int ResultsTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_tree->roots().size());
    const int position = positionAt(parent);
    if (position < 0 || parent.column() != UnitColumn || !m_fetched[static_cast<size_t>(position)])
        return 0;
    return static_cast<int>(m_tree->node(position).children.size());
}

int ResultsTreeModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

bool ResultsTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return !m_tree->roots().isEmpty();
    const Node* node = nodeAt(parent);
    return node && parent.column() == UnitColumn && !node->children.isEmpty();
}

bool ResultsTreeModel::canFetchMore(const QModelIndex& parent) const
{
    const int position = positionAt(parent);
    return position >= 0 && parent.column() == UnitColumn
           && !m_fetched[static_cast<size_t>(position)]
           && !m_tree->node(position).children.isEmpty();
}

void ResultsTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int position = positionAt(parent);
    const int count = static_cast<int>(m_tree->node(position).children.size());
    beginInsertRows(parent, 0, count - 1);
    m_fetched[static_cast<size_t>(position)] = 1;
    m_createdRows += count;
    endInsertRows();
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
    case ShownRole: return m_shown.empty() || m_shown[static_cast<size_t>(index.internalId())] != 0;
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
    case EligibleColumn: return ResultsText::eligiblePass(u, hasCriteria());
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
    case EligibleColumn: return ResultsText::eligibleCell(u, hasCriteria());
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
        if (!hasCriteria())
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
        if (!pass && !hasCriteria())
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
