// The results file of ResultsImport: the counting minutes of each (polling area, ballot).

#include "core/codes.h"
#include "services/resultsimportrows.h"
#include "storage/unitrepository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ed::services::detail {

namespace {

const QString kUnit = u"unit_code"_s;
const QString kBallot = u"ballot"_s;
const QString kRevote = u"revote"_s;
const QString kAdditional = u"additional_vote"_s;

std::optional<bool> flag(ImportRows& rows, qsizetype r, const QString& name)
{
    const QString text = rows.field(r, name);
    const std::optional<bool> value = parseFlag(text);
    if (!value)
        rows.add(text.isEmpty() ? Rule::Required : Rule::UnknownValue, rows.line(r), name, text,
                 flagWords());
    return value;
}

/// One row's ballot, or nullopt after reporting what is wrong with its fields.
std::optional<BallotCount> readBallot(ImportRows& rows, qsizetype r)
{
    const int errors = rows.errorCount();
    BallotCount b;
    const QString ballot = rows.field(r, kBallot);
    if (const auto parsed = fromCode<Ballot>(ballot.toLower()))
        b.ballot = *parsed;
    else
        rows.add(ballot.isEmpty() ? Rule::Required : Rule::UnknownValue, rows.line(r), kBallot,
                 ballot, codeList<Ballot>().split(u", "_s));
    const auto issued = rows.count(r, u"ballots_issued"_s, true);
    const auto received = rows.count(r, u"ballots_received"_s, true);
    const auto valid = rows.count(r, u"valid_ballots"_s, true);
    const auto invalid = rows.count(r, u"invalid_ballots"_s, true);
    const auto revote = flag(rows, r, kRevote);
    const auto additional = flag(rows, r, kAdditional);
    if (rows.errorCount() > errors)
        return std::nullopt;
    b.issued = *issued;
    b.received = *received;
    b.valid = *valid;
    b.invalid = *invalid;
    b.revote = *revote;
    b.additionalVote = *additional;
    return b;
}

} // namespace

Status importBallots(storage::Database& database, ImportRows& rows, bool write)
{
    storage::UnitRepository units(database);
    const auto stored = units.all();
    if (!stored)
        return stored.error();
    storage::BallotResultRepository results(database);
    const auto before = results.all();
    if (!before)
        return before.error();
    QHash<QString, const ElectionUnit*> byCode;
    QSet<UnitId> parents;
    for (const ElectionUnit& u : stored.value()) {
        byCode.insert(u.code, &u);
        if (u.parent.isValid())
            parents.insert(u.parent);
    }

    QList<std::pair<UnitId, BallotCount>> accepted;
    accepted.reserve(rows.table.rows.size());
    QSet<std::pair<QString, int>> seen; // (unit code, ballot)
    for (qsizetype r = 0; r < rows.table.rows.size(); ++r) {
        const int line = rows.line(r);
        const QString code = rows.field(r, kUnit);
        const ElectionUnit* unit = nullptr;
        if (code.isEmpty()) {
            rows.add(Rule::Required, line, kUnit, code);
        } else if (unit = byCode.value(code); !unit) {
            rows.add(Rule::UnknownUnit, line, kUnit, code);
        } else if (parents.contains(unit->id)) {
            rows.add(Rule::NotALeaf, line, kUnit, code);
            unit = nullptr;
        } else if (!unit->figures) {
            rows.add(Rule::UnitNotReported, line, kUnit, code);
            unit = nullptr;
        }
        const std::optional<BallotCount> ballot = readBallot(rows, r);
        if (!code.isEmpty() && ballot) {
            if (seen.contains({code, int(ballot->ballot)})) {
                rows.add(Rule::Duplicate, line, kBallot, rows.field(r, kBallot), {}, code);
                continue;
            }
            seen.insert({code, int(ballot->ballot)});
        }
        if (!unit || !ballot)
            continue;
        rows.addFindings(checkBallot(*ballot, unit->figures), line);
        accepted << std::pair(unit->id, *ballot);
    }
    if (rows.errorCount() > 0)
        return success();

    for (const auto& [unit, ballot] : std::as_const(accepted)) {
        const QList<BallotCount> old = before.value().value(unit);
        const auto same = std::find_if(old.begin(), old.end(), [&](const BallotCount& b) {
            return b.ballot == ballot.ballot;
        });
        if (same == old.end())
            rows.report.added += 1;
        else if (*same == ballot)
            rows.report.unchanged += 1;
        else
            rows.report.updated += 1;
        if (write) {
            if (auto s = results.put(unit, ballot); !s)
                return s;
        }
    }
    return success();
}

} // namespace ed::services::detail
