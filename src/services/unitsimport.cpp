// The units file of ResultsImport: codes, names, the parent tree and each leaf's voter figures.

#include "core/codes.h"
#include "services/resultsimportrows.h"
#include "storage/unitrepository.h"

#include <QSet>

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

/// E11–E16: parents that exist, no cycle, levels going down, figures and results only on
/// units without children.
void checkTree(ImportRows& rows, QHash<QString, Node>& nodes, const QList<QString>& fileCodes)
{
    QHash<QString, int> childCount;
    for (const Node& node : std::as_const(nodes)) {
        if (!node.parentCode.isEmpty())
            childCount[node.parentCode] += 1;
    }
    for (const QString& code : fileCodes) {
        const Node& node = nodes[code];
        const int line = rows.line(node.row);
        if (childCount.value(code) > 0 && node.unit.figures)
            rows.add(Rule::FiguresOnParent, line, kRegistered,
                     QString::number(node.unit.figures->registered), {},
                     QString::number(childCount.value(code)));
        if (node.parentCode.isEmpty())
            continue;
        const auto parent = nodes.constFind(node.parentCode);
        if (parent == nodes.constEnd()) {
            rows.add(Rule::UnknownParent, line, kParent, node.parentCode);
            continue;
        }
        // Walk up; meeting this unit again means the parents go round in a circle.
        QSet<QString> seen{code};
        QString up = node.parentCode;
        bool cycle = false;
        while (!up.isEmpty() && nodes.contains(up)) {
            if (seen.contains(up)) {
                cycle = up == code;
                break;
            }
            seen.insert(up);
            up = nodes[up].parentCode;
        }
        if (cycle) {
            rows.add(Rule::ParentCycle, line, kParent, node.parentCode);
            continue;
        }
        if (node.levelKnown && parent->levelKnown && parent->unit.level >= node.unit.level)
            rows.add(Rule::ParentLevel, line, kParent, node.parentCode, {},
                     toCode(parent->unit.level));
        if (parent->row < 0 && parent->unit.figures)
            rows.add(Rule::FiguresOnParent, line, kParent, node.parentCode, {},
                     QString::number(parent->unit.figures->registered));
        if (parent->hasResults)
            rows.add(Rule::ResultsOnParent, line, kParent, node.parentCode);
    }
    // A unit of the file whose new level no longer stands above its stored children.
    for (const Node& child : std::as_const(nodes)) {
        if (child.row >= 0 || child.parentCode.isEmpty())
            continue;
        const auto parent = nodes.constFind(child.parentCode);
        if (parent != nodes.constEnd() && parent->row >= 0 && parent->levelKnown
            && parent->unit.level >= child.unit.level)
            rows.add(Rule::ParentLevel, rows.line(parent->row), kLevel, toCode(parent->unit.level),
                     {}, child.unit.code);
    }
}

/// The file's units with parents before children, so that each parent has an id in time.
QList<QString> parentsFirst(const QHash<QString, Node>& nodes, const QList<QString>& fileCodes)
{
    QList<QString> ordered;
    QSet<QString> placed;
    for (const QString& start : fileCodes) {
        QList<QString> chain;
        for (QString code = start; !code.isEmpty() && !placed.contains(code);
             code = nodes[code].parentCode) {
            if (nodes[code].row < 0)
                break;
            chain.prepend(code);
            placed.insert(code);
        }
        ordered << chain;
    }
    return ordered;
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
    QHash<QString, Node> nodes;
    nodes.reserve(stored.value().size() + rows.table.rows.size());
    for (const ElectionUnit& u : stored.value())
        nodes.insert(u.code, Node{u, codeOf.value(u.parent.raw()), -1,
                                  ballots.value().contains(u.id), true});

    QList<QString> fileCodes;
    QSet<QString> seen;
    for (qsizetype r = 0; r < rows.table.rows.size(); ++r) {
        Node node;
        node.row = r;
        readRow(rows, r, node);
        const QString& code = node.unit.code;
        if (code.isEmpty())
            continue;
        if (seen.contains(code)) {
            rows.add(Rule::Duplicate, rows.line(r), kCode, code);
            continue;
        }
        seen.insert(code);
        if (const auto old = nodes.constFind(code); old != nodes.constEnd()) {
            node.unit.id = old->unit.id;
            node.hasResults = old->hasResults;
        }
        nodes.insert(code, node);
        fileCodes << code;
    }
    checkTree(rows, nodes, fileCodes);
    // New figures against the results already stored (issued above registered, …).
    for (const QString& code : std::as_const(fileCodes)) {
        const Node& node = nodes[code];
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

    QHash<QString, ElectionUnit> before;
    for (const ElectionUnit& u : stored.value())
        before.insert(u.code, u);
    for (const QString& code : parentsFirst(nodes, fileCodes)) {
        Node& node = nodes[code];
        ElectionUnit& unit = node.unit;
        if (!node.parentCode.isEmpty())
            unit.parent = nodes[node.parentCode].unit.id;
        if (!unit.id.isValid()) {
            rows.report.added += 1;
            if (!write) {
                unit.id = UnitId{-1}; // stands for "will be stored" in the preview
                continue;
            }
            const auto id = units.add(unit);
            if (!id)
                return id.error();
            unit.id = id.value();
            continue;
        }
        const ElectionUnit& old = before[code];
        if (old == unit) {
            rows.report.unchanged += 1;
            continue;
        }
        rows.report.updated += 1;
        if (write) {
            if (auto s = units.update(unit); !s)
                return s;
        }
    }
    return success();
}

} // namespace ed::services::detail
