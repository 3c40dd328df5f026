#pragma once

#include "core/csv.h"
#include "core/electionunit.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ed::test {

/// One row of a units file, as a generator means it.
struct UnitRow
{
    QString code;
    QString name;
    QString parentCode; ///< empty for a top-level unit
    UnitLevel level = UnitLevel::Area;
    std::optional<VoterFigures> figures; ///< only on areas that have reported
    QDateTime reportedAt;                ///< invalid when the area has not reported
};

/// One row of a results file: one ballot's counting minutes of one area.
struct BallotRow
{
    QString unitCode;
    Ballot ballot = Ballot::NationalAssembly;
    qint64 issued = 0;
    qint64 received = 0;
    qint64 valid = 0;
    qint64 invalid = 0;
    bool revote = false;
    bool additionalVote = false;
};

/// A generated election: the unit tree (parents first) and every area's ballots. Every figure
/// obeys the error rules of the catalogue (E17–E24), so both files import.
struct ElectionData
{
    QList<UnitRow> units;
    QList<BallotRow> ballots;
    quint64 seed = 0; ///< also shuffles the rows of the written files
};

/// How many units of each level to make. Children are spread over their parents unevenly
/// (every parent gets at least one while there are enough). A province of 2021 is about
/// {1, 10, 160, 2000}; the nation about {63, 705, 10600, 80000}.
struct Shape
{
    int provinces = 1;
    int districts = 10;
    int communes = 160;
    int areas = 2000;
    quint64 seed = 1;
    /// Areas left without figures and ballots (not reported yet), and areas with figures but
    /// no ballot rows; both keep their ancestors from being eligible.
    int unreportedAreas = 0;
    int figuresOnlyAreas = 0;
    /// The most registered voters of an ordinary area (the least is 300); a few areas have
    /// exactly 1,000 or 2,000 to sit on the turnout line.
    qint64 maxRegistered = 1500;
};

/// Deterministic for a given shape on every platform and standard library: raw
/// std::mt19937_64 output reduced by modulo, never a std::*_distribution.
[[nodiscard]] ElectionData generate(const Shape& shape);

/// One province: about ten districts, communes of 10–15 areas, four ballots per area except in
/// urban wards (ĐBQH and HĐND tỉnh only); turnout around 99.5–100 % with some areas exactly on
/// the campaign's lines (999/1000, 19/20, 1/500) and a few bầu cử lại / thêm flags.
[[nodiscard]] ElectionData generateProvince(int areas, quint64 seed);

/// The same election counted again: every ballot row with one valid ballot moved to the invalid
/// ones (where there is one to move), so a results file of it differs from the original in every
/// row that has a valid ballot and still obeys every error rule. For tests that must tell two
/// imports of the same (unit, ballot) rows apart.
[[nodiscard]] ElectionData recounted(const ElectionData& data);

/// The units file (code, name, parent_code, level, registered_voters, voters_voted,
/// law_study_participants, reported_at), rows shuffled so that parents may follow children.
[[nodiscard]] QByteArray unitsCsv(const ElectionData& data, const csv::WriteOptions& options = {});
/// The results file (unit_code, ballot, ballots_issued, ballots_received, valid_ballots,
/// invalid_ballots, revote, additional_vote), rows shuffled.
[[nodiscard]] QByteArray resultsCsv(const ElectionData& data,
                                    const csv::WriteOptions& options = {});

} // namespace ed::test
