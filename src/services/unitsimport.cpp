// The units file of ResultsImport: codes, names, the parent tree and each leaf's voter figures.

#include "core/codes.h"
#include "logging/log.h"
#include "services/resultsimportrows.h"
#include "storage/unitrepository.h"

#include <QElapsedTimer>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace ed::services::detail {

namespace {

/// A unit as the file and the database together describe it.
struct Node
{
    ElectionUnit unit; ///< id valid when stored already
    QString parentCode;
    qsizetype row = -1;      ///< the file's row, or -1 for a unit only in the database
    bool hasResults = false; ///< stored counting results
    bool levelKnown = true;
};

const QString kCode = u"code"_s;
const QString kName = u"name"_s;
const QString kParent = u"parent_code"_s;
const QString kLevel = u"level"_s;
const QString kRegistered = u"registered_voters"_s;
const QString kVoted = u"voters_voted"_s;
const QString kStudy = u"law_study_participants"_s;
const QString kReported = u"reported_at"_s;

/// Reads every field of one row on its own; the tree is checked afterwards.
void readRow(ImportRows& rows, qsizetype r, Node& node)
{
    const int line = rows.line(r);
    ElectionUnit& unit = node.unit;
    unit.code = rows.field(r, kCode);
    if (unit.code.isEmpty())
        rows.add(Rule::Required, line, kCode, {});
    unit.name = rows.field(r, kName);
    if (unit.name.isEmpty())
        rows.add(Rule::Required, line, kName, {});
    node.parentCode = rows.field(r, kParent);
    const QString level = rows.field(r, kLevel);
    if (const auto parsed = fromCode<UnitLevel>(level.toLower())) {
        unit.level = *parsed;
    } else {
        node.levelKnown = false;
        rows.add(level.isEmpty() ? Rule::Required : Rule::UnknownValue, line, kLevel, level,
                 codeList<UnitLevel>().split(u", "_s));
    }
    // Figures: all three or none (a unit that has not reported yet).
    const QString names[] = {kRegistered, kVoted, kStudy};
    int given = 0;
    for (const QString& name : names)
        given += rows.field(r, name).isEmpty() ? 0 : 1;
    if (given > 0 && given < 3) {
        for (const QString& name : names) {
            if (rows.field(r, name).isEmpty())
                rows.add(Rule::PartialFigures, line, name, {});
        }
    }
    const auto registered = rows.count(r, kRegistered, false);
    const auto voted = rows.count(r, kVoted, false);
    const auto study = rows.count(r, kStudy, false);
    if (registered && voted && study) {
        unit.figures = VoterFigures{*registered, *voted, *study};
        rows.addFindings(checkFigures(*unit.figures), line);
    }
    const QString reported = rows.field(r, kReported);
    if (!reported.isEmpty()) {
        unit.reportedAt = parseDateTime(reported);
        if (!unit.reportedAt.isValid())
            rows.add(Rule::InvalidDateTime, line, kReported, reported);
    }
}

/// The units of the file and of the database, each once (a file row replaces the stored unit
/// of its code), with every parent resolved to an index: the checks then walk the tree without
/// looking codes up again.
struct Tree
{
    QList<Node> nodes;
    QHash<QString, qsizetype> indexOf;
    QList<qsizetype> parentOf; ///< the parent's index; -1 without a parent or for an unknown one

    void resolveParents()
    {
        parentOf.resize(nodes.size());
        for (qsizetype i = 0; i < nodes.size(); ++i)
            parentOf[i] =
                    nodes[i].parentCode.isEmpty() ? -1 : indexOf.value(nodes[i].parentCode, -1);
    }
};

/// The units whose parents lead back to themselves. Each unit is walked once: a walk stops at
/// a unit an earlier walk settled, so the whole tree costs linear time.
QList<bool> unitsOnCycles(const Tree& tree)
{
    enum class State : char { Unvisited, OnPath, Settled };
    const qsizetype n = tree.nodes.size();
    QList<State> state(n, State::Unvisited);
    QList<bool> onCycle(n, false);
    QList<qsizetype> path;
    for (qsizetype start = 0; start < n; ++start) {
        path.clear();
        qsizetype i = start;
        for (; i >= 0 && state[i] == State::Unvisited; i = tree.parentOf[i]) {
            state[i] = State::OnPath;
            path << i;
        }
        // Met a unit of this walk again: it and those after it on the path go round.
        if (i >= 0 && state[i] == State::OnPath) {
            for (qsizetype k = path.indexOf(i); k < path.size(); ++k)
                onCycle[path[k]] = true;
        }
        for (qsizetype walked : std::as_const(path))
            state[walked] = State::Settled;
    }
    return onCycle;
}

/// E11–E16: parents that exist, no cycle, levels going down, figures and results only on
/// units without children.
void checkTree(ImportRows& rows, const Tree& tree, const QList<qsizetype>& fileNodes)
{
    const QList<bool> onCycle = unitsOnCycles(tree);
    QList<int> childCount(tree.nodes.size(), 0);
    for (qsizetype parent : tree.parentOf) {
        if (parent >= 0)
            childCount[parent] += 1;
    }
    for (qsizetype i : fileNodes) {
        const Node& node = tree.nodes[i];
        const int line = rows.line(node.row);
        if (childCount[i] > 0 && node.unit.figures)
            rows.add(Rule::FiguresOnParent, line, kRegistered,
                     QString::number(node.unit.figures->registered), {},
                     QString::number(childCount[i]));
        if (node.parentCode.isEmpty())
            continue;
        if (tree.parentOf[i] < 0) {
            rows.add(Rule::UnknownParent, line, kParent, node.parentCode);
            continue;
        }
        if (onCycle[i]) {
            rows.add(Rule::ParentCycle, line, kParent, node.parentCode);
            continue;
        }
        const Node& parent = tree.nodes[tree.parentOf[i]];
        if (node.levelKnown && parent.levelKnown && parent.unit.level >= node.unit.level)
            rows.add(Rule::ParentLevel, line, kParent, node.parentCode, {},
                     toCode(parent.unit.level));
        if (parent.row < 0 && parent.unit.figures)
            rows.add(Rule::FiguresOnParent, line, kParent, node.parentCode, {},
                     QString::number(parent.unit.figures->registered));
        if (parent.hasResults)
            rows.add(Rule::ResultsOnParent, line, kParent, node.parentCode);
    }
    // A unit of the file whose new level no longer stands above its stored children.
    for (qsizetype i = 0; i < tree.nodes.size(); ++i) {
        const Node& child = tree.nodes[i];
        if (child.row >= 0 || tree.parentOf[i] < 0)
            continue;
        const Node& parent = tree.nodes[tree.parentOf[i]];
        if (parent.row >= 0 && parent.levelKnown && parent.unit.level >= child.unit.level)
            rows.add(Rule::ParentLevel, rows.line(parent.row), kLevel, toCode(parent.unit.level),
                     {}, child.unit.code);
    }
}

/// The file's units with parents before children, so that each parent has an id in time: by
/// level, which the checks made strictly lower than the parent's, then by code, which writes
/// the code index in order.
QList<qsizetype> parentsFirst(const Tree& tree, QList<qsizetype> fileNodes)
{
    std::ranges::sort(fileNodes, [&](qsizetype a, qsizetype b) {
        const ElectionUnit& ua = tree.nodes[a].unit;
        const ElectionUnit& ub = tree.nodes[b].unit;
        return ua.level != ub.level ? ua.level < ub.level : ua.code < ub.code;
    });
    return fileNodes;
}

} // namespace

Status importUnits(storage::Database& database, ImportRows& rows, bool write)
{
    storage::UnitRepository units(database);
    const auto stored = units.all();
    if (!stored)
        return stored.error();
    storage::BallotResultRepository results(database);
    const auto ballots = results.all();
    if (!ballots)
        return ballots.error();

    QHash<qint64, QString> codeOf;
    for (const ElectionUnit& u : stored.value())
        codeOf.insert(u.id.raw(), u.code);
    Tree tree;
    tree.nodes.reserve(stored.value().size() + rows.rowCount());
    tree.indexOf.reserve(stored.value().size() + rows.rowCount());
    for (const ElectionUnit& u : stored.value()) {
        tree.indexOf.insert(u.code, tree.nodes.size());
        tree.nodes << Node{u, codeOf.value(u.parent.raw()), -1, ballots.value().contains(u.id),
                           true};
    }

    QList<qsizetype> fileNodes;
    for (qsizetype r = 0; r < rows.rowCount(); ++r) {
        Node node;
        node.row = r;
        readRow(rows, r, node);
        const QString& code = node.unit.code;
        if (code.isEmpty())
            continue;
        const auto known = tree.indexOf.constFind(code);
        if (known == tree.indexOf.cend()) {
            tree.indexOf.insert(code, tree.nodes.size());
            fileNodes << tree.nodes.size();
            tree.nodes << std::move(node);
            continue;
        }
        Node& old = tree.nodes[*known];
        if (old.row >= 0) {
            rows.add(Rule::Duplicate, rows.line(r), kCode, code);
            continue;
        }
        node.unit.id = old.unit.id;
        node.hasResults = old.hasResults;
        old = std::move(node);
        fileNodes << *known;
    }
    tree.resolveParents();
    checkTree(rows, tree, fileNodes);
    // New figures against the results already stored (issued above registered, …).
    for (qsizetype i : std::as_const(fileNodes)) {
        const Node& node = tree.nodes[i];
        if (!node.hasResults)
            continue;
        const int line = rows.line(node.row);
        if (!node.unit.figures) {
            if (rows.field(node.row, kRegistered).isEmpty())
                rows.add(Rule::FiguresNeededByResults, line, kRegistered, {});
            continue;
        }
        // Each finding on the file's own cell: its value is what the file says there.
        for (const BallotCount& b : ballots.value().value(node.unit.id)) {
            for (const Finding& f : checkBallot(b, node.unit.figures)) {
                if (f.rule == Rule::IssuedAboveRegistered)
                    rows.add(f.rule, line, kRegistered, QString::number(f.limit), {},
                             QString::number(f.value));
                else if (f.rule == Rule::LowTurnoutWithoutRevote)
                    rows.add(f.rule, line, kVoted, QString::number(f.value), {},
                             QString::number(f.limit));
                else if (f.rule == Rule::ReceivedFarFromVoted)
                    rows.add(f.rule, line, kVoted, QString::number(f.limit), {},
                             QString::number(f.value));
            }
        }
    }
    if (rows.errorCount() > 0)
        return success();

    QHash<UnitId, const ElectionUnit*> before;
    for (const ElectionUnit& u : stored.value())
        before.insert(u.id, &u);
    // New units take ids from nextId() on, so that children know their parents' ids before
    // anything is written, and all of them go in one batched pass.
    std::optional<UnitId> next;
    if (write) {
        const auto first = units.nextId();
        if (!first)
            return first.error();
        next = first.value();
    }
    QList<ElectionUnit> added;
    QList<ElectionUnit> changed;
    for (qsizetype i : parentsFirst(tree, fileNodes)) {
        Node& node = tree.nodes[i];
        ElectionUnit& unit = node.unit;
        if (tree.parentOf[i] >= 0)
            unit.parent = tree.nodes[tree.parentOf[i]].unit.id;
        if (!unit.id.isValid()) {
            rows.report.added += 1;
            // In the preview, -1 stands for "will be stored".
            unit.id = next ? std::exchange(*next, UnitId{next->raw() + 1}) : UnitId{-1};
            added << unit;
            continue;
        }
        if (*before.value(unit.id) == unit) {
            rows.report.unchanged += 1;
            continue;
        }
        rows.report.updated += 1;
        changed << unit;
    }
    if (!write)
        return success();
    // New parents first: an updated unit may have moved under one of them.
    QElapsedTimer timer;
    timer.start();
    if (auto s = units.addAll(added); !s)
        return s;
    log::services()->info("units import: {} new units written in {} ms", added.size(),
                          timer.elapsed());
    for (const ElectionUnit& unit : std::as_const(changed)) {
        if (auto s = units.update(unit); !s)
            return s;
    }
    return success();
}

} // namespace ed::services::detail
