#pragma once

#include "core/ids.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ed {

using UnitId = Id<struct UnitTag>;

/// Where a unit stands in the administrative tree. A 2026 tree has no districts: a parent only
/// needs a higher level than its children.
enum class UnitLevel { Province, District, Commune, Area };

/// The four ballots of 2021 (law.md §2). A polling area may hold fewer.
enum class Ballot { NationalAssembly, Province, District, Commune };

/// Where a figure came from, kept apart so that hand-typed figures stay visible (peers.md).
enum class FigureSource { Import, Manual };

/// The voter figures of a polling area (or of any unit without children). All three are given
/// together or not at all: a unit without them has not reported yet.
struct VoterFigures
{
    qint64 registered = 0;
    qint64 voted = 0;
    qint64 lawStudy = 0; ///< voters who studied the election law

    friend bool operator==(const VoterFigures&, const VoterFigures&) = default;
};

/// One unit of the results tree: province, district, commune or polling area.
struct ElectionUnit
{
    UnitId id;
    QString code; ///< unique, the key of every import
    QString name;
    UnitId parent; ///< invalid for a top-level unit
    UnitLevel level = UnitLevel::Area;
    std::optional<VoterFigures> figures; ///< only on units without children
    QDateTime reportedAt;                ///< invalid when the file gives none
    FigureSource source = FigureSource::Import;

    friend bool operator==(const ElectionUnit&, const ElectionUnit&) = default;
};

/// One ballot's counting minutes (Mẫu 20 / 25): the totals as written on paper.
struct BallotCount
{
    Ballot ballot = Ballot::NationalAssembly;
    qint64 issued = 0;
    qint64 received = 0;
    qint64 valid = 0;
    qint64 invalid = 0;
    bool revote = false;         ///< bầu cử lại
    bool additionalVote = false; ///< bầu cử thêm
    FigureSource source = FigureSource::Import;

    friend bool operator==(const BallotCount&, const BallotCount&) = default;
};

/// What a polling area reports: its figures and the minutes of every ballot it held. The unit
/// of manual entry and of its undo.
struct UnitMinutes
{
    UnitId unit;
    std::optional<VoterFigures> figures;
    QDateTime reportedAt;
    QList<BallotCount> ballots; ///< at most one per ballot
    FigureSource figuresSource = FigureSource::Import;

    friend bool operator==(const UnitMinutes&, const UnitMinutes&) = default;
};

/// Who marked the results official or reopened them, when and why. Appended, never changed.
struct ResultsLockEvent
{
    bool locked = false; ///< true: marked official; false: unlocked
    QDateTime at;
    QString user;
    QString reason; ///< required to unlock

    friend bool operator==(const ResultsLockEvent&, const ResultsLockEvent&) = default;
};

/// The lock's history, oldest first; the results are official when the last event locked them.
struct ResultsLockState
{
    QList<ResultsLockEvent> history;

    [[nodiscard]] bool isLocked() const { return !history.isEmpty() && history.last().locked; }
};

} // namespace ed
