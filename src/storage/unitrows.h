#pragma once

#include "core/codes.h"
#include "core/electionunit.h"
#include "core/resultrules.h"
#include "storage/bulkstatement.h"
#include "storage/statement.h"

#include <QString>

// How the units and ballot results are read from a row, for UnitRepository and
// UnitSubtreeReader alike. Internal to storage.
namespace ed::storage {

/// The columns readUnit() reads, in its order, each name after `prefix` ("u." or nothing).
[[nodiscard]] inline QString unitColumns(const QString& prefix = {})
{
    QStringList names;
    for (const char* name :
         {"id", "code", "name", "parent_id", "level", "registered_voters", "voters_voted",
          "law_study_participants", "reported_at", "figures_source"})
        names << prefix + QLatin1StringView(name);
    return names.join(QStringLiteral(", "));
}

/// The columns readBallot() reads, in its order, each name after `prefix`.
[[nodiscard]] inline QString ballotColumns(const QString& prefix = {})
{
    QStringList names;
    for (const char* name : {"ballot", "ballots_issued", "ballots_received", "valid_ballots",
                             "invalid_ballots", "revote", "additional_vote", "source"})
        names << prefix + QLatin1StringView(name);
    return names.join(QStringLiteral(", "));
}

/// A code column as its enum; read without a copy on the bulk path.
template <typename E>
[[nodiscard]] E codeAt(const Statement& row, int column, E fallback)
{
    return fromCode<E>(row.text(column)).value_or(fallback);
}

template <typename E>
[[nodiscard]] E codeAt(const BulkStatement& row, int column, E fallback)
{
    return fromCode<E>(row.codeText(column)).value_or(fallback);
}

/// The unit in the columns of unitColumns() from `first` on.
template <typename Row>
[[nodiscard]] ElectionUnit readUnit(const Row& row, int first = 0)
{
    ElectionUnit unit;
    unit.id = UnitId{row.integer(first)};
    unit.code = row.text(first + 1);
    unit.name = row.text(first + 2);
    unit.parent = UnitId{row.integer(first + 3)};
    unit.level = codeAt(row, first + 4, UnitLevel::Area);
    if (!row.isNull(first + 5))
        unit.figures = VoterFigures{row.integer(first + 5), row.integer(first + 6),
                                    row.integer(first + 7)};
    if (!row.isNull(first + 8))
        unit.reportedAt = parseDateTime(row.text(first + 8));
    unit.source = codeAt(row, first + 9, FigureSource::Import);
    return unit;
}

/// The ballot in the columns of ballotColumns() from `first` on.
template <typename Row>
[[nodiscard]] BallotCount readBallot(const Row& row, int first)
{
    BallotCount b;
    b.ballot = codeAt(row, first, Ballot::NationalAssembly);
    b.issued = row.integer(first + 1);
    b.received = row.integer(first + 2);
    b.valid = row.integer(first + 3);
    b.invalid = row.integer(first + 4);
    b.revote = row.integer(first + 5) != 0;
    b.additionalVote = row.integer(first + 6) != 0;
    b.source = codeAt(row, first + 7, FigureSource::Import);
    return b;
}

/// Ballots in Ballot order whatever their text codes sort as, for an ORDER BY; `column` is
/// the ballot column's name ("ballot", "b.ballot").
[[nodiscard]] inline QString ballotOrder(const QString& column)
{
    return QStringLiteral("CASE %1 WHEN 'na' THEN 0 WHEN 'province' THEN 1 WHEN 'district' THEN "
                          "2 ELSE 3 END")
            .arg(column);
}

} // namespace ed::storage
