// The results file of ResultsImport: the counting minutes of each (polling area, ballot).

#include "core/codes.h"
#include "logging/log.h"
#include "services/resultsimportrows.h"
#include "storage/unitrepository.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace ed::services::detail {

namespace {

const QString kUnit = u"unit_code"_s;
const QString kBallot = u"ballot"_s;
const QString kRevote = u"revote"_s;
const QString kAdditional = u"additional_vote"_s;

/// Where a ballot's code sorts among the others, as the table's key compares them.
int keyOrder(Ballot ballot)
{
    static const std::array<int, 4> order = [] {
        const std::array all = {Ballot::NationalAssembly, Ballot::Province, Ballot::District,
                                Ballot::Commune};
        std::array<int, 4> rank{};
        for (const Ballot b : all) {
            rank[size_t(b)] = int(std::ranges::count_if(
                    all, [&](Ballot other) { return toCode(other) < toCode(b); }));
        }
        return rank;
    }();
    return order[size_t(ballot)];
}

std::optional<bool> flag(ImportRows& rows, qsizetype r, const QString& name)
{
    QString scratch;
    const QStringView text = rows.text(r, name, scratch);
    const std::optional<bool> value = parseFlag(text);
    if (!value)
        rows.add(text.isEmpty() ? Rule::Required : Rule::UnknownValue, rows.line(r), name,
                 text.toString(), flagWords());
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
    const QList<ElectionUnit>& storedUnits = stored.value();
    QHash<QString, qsizetype> byCode; // index into storedUnits
    byCode.reserve(storedUnits.size());
    QSet<UnitId> parents;
    for (qsizetype i = 0; i < storedUnits.size(); ++i) {
        byCode.insert(storedUnits[i].code, i);
        if (storedUnits[i].parent.isValid())
            parents.insert(storedUnits[i].parent);
    }

    QList<std::pair<UnitId, BallotCount>> accepted;
    accepted.reserve(rows.rowCount());
    // The ballots each unit code has had so far, one bit per Ballot: by unit for stored codes,
    // by code for unknown ones (which are errors, but a repeat is still worth saying).
    QList<quint8> seenStored(storedUnits.size(), 0);
    QHash<QString, quint8> seenUnknown;
    for (qsizetype r = 0; r < rows.rowCount(); ++r) {
        const int line = rows.line(r);
        const QString code = rows.field(r, kUnit);
        const auto found = byCode.constFind(code);
        quint8* seen = found != byCode.cend() ? &seenStored[*found]
                       : code.isEmpty()       ? nullptr
                                              : &seenUnknown[code];
        const ElectionUnit* unit = found != byCode.cend() ? &storedUnits[*found] : nullptr;
        if (code.isEmpty()) {
            rows.add(Rule::Required, line, kUnit, code);
        } else if (!unit) {
            rows.add(Rule::UnknownUnit, line, kUnit, code);
        } else if (parents.contains(unit->id)) {
            rows.add(Rule::NotALeaf, line, kUnit, code);
            unit = nullptr;
        } else if (!unit->figures) {
            rows.add(Rule::UnitNotReported, line, kUnit, code);
            unit = nullptr;
        }
        const std::optional<BallotCount> ballot = readBallot(rows, r);
        if (seen && ballot) {
            const quint8 bit = quint8(1U << unsigned(ballot->ballot));
            if (*seen & bit) {
                rows.add(Rule::Duplicate, line, kBallot, rows.field(r, kBallot), {}, code);
                continue;
            }
            *seen |= bit;
        }
        if (!unit || !ballot)
            continue;
        rows.addFindings(checkBallot(*ballot, unit->figures), line);
        accepted << std::pair(unit->id, *ballot);
    }
    if (rows.errorCount() > 0)
        return success();

    // In the order of the table's key (unit_id, ballot code): each row lands at the end of the
    // B-tree instead of on a random page.
    std::ranges::sort(accepted, [](const auto& a, const auto& b) {
        return a.first.raw() != b.first.raw()
                       ? a.first.raw() < b.first.raw()
                       : keyOrder(a.second.ballot) < keyOrder(b.second.ballot);
    });
    for (const auto& entry : std::as_const(accepted)) {
        const BallotCount& ballot = entry.second; // not a binding: clang 14 cannot capture one
        const QList<BallotCount> old = before.value().value(entry.first);
        const auto same = std::find_if(old.begin(), old.end(), [&](const BallotCount& b) {
            return b.ballot == ballot.ballot;
        });
        if (same == old.end())
            rows.report.added += 1;
        else if (*same == ballot)
            rows.report.unchanged += 1;
        else
            rows.report.updated += 1;
    }
    if (!write)
        return success();
    QElapsedTimer timer;
    timer.start();
    const Status written = results.putAll(accepted);
    log::services()->info("results import: {} rows written in {} ms", accepted.size(),
                          timer.elapsed());
    return written;
}

} // namespace ed::services::detail
