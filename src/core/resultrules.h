#pragma once

#include "core/electionunit.h"

#include <QList>
#include <QString>

#include <optional>

namespace ed {

/// The numbered catalogue of checks on units and counting results (docs/rules.md). An error
/// (E…) means the figures are impossible or the file cannot be read: nothing is written. A
/// warning (W…) means the figures are legal but must be explained. The ids never change
/// meaning, so that staff can refer to "E23" on the phone.
enum class Rule {
    // The file
    UnreadableFile,  ///< E01: empty, not UTF-8 text, too large
    MalformedCsv,    ///< E02: quoting, line too long, too many fields, bad header
    MissingColumn,   ///< E03
    FieldCount,      ///< E04: a short or long row
    Required,        ///< E05: an empty value that must be given
    NotWholeNumber,  ///< E06: "12.345", "-3", "12a"
    NumberTooLarge,  ///< E07: more than kMaxCount
    UnknownValue,    ///< E08: level, ballot or flag outside its list
    InvalidDateTime, ///< E09
    Duplicate,       ///< E10: a code, or a (unit, ballot), twice in the file
    // The tree
    UnknownParent,   ///< E11
    ParentCycle,     ///< E12
    ParentLevel,     ///< E13: a parent must stand above its child
    FiguresOnParent, ///< E14: figures belong to units without children
    PartialFigures,  ///< E15: give all three figures or none
    ResultsOnParent, ///< E16: a unit with counting results cannot become a parent
    // The figures (law.md §2.1)
    VotedAboveRegistered,   ///< E17 (R02)
    StudyAboveRegistered,   ///< E18
    UnknownUnit,            ///< E19
    NotALeaf,               ///< E20: results belong to units without children
    UnitNotReported,        ///< E21: results for a unit without voter figures
    IssuedAboveRegistered,  ///< E22 (R03)
    ReceivedAboveIssued,    ///< E23 (R04)
    ValidInvalidMismatch,   ///< E24 (R05)
    FiguresNeededByResults, ///< E25: a unit with results cannot lose its voter figures
    // Warnings
    LowTurnoutWithoutRevote, ///< W01: turnout ≤ 50 % and no bầu cử lại (Art. 80)
    HighInvalidShare,        ///< W02: more than 5 % invalid
    ReceivedFarFromVoted,    ///< W03: received differs from voted by more than 2 %
    IssuedDiffersFromVoted,  ///< W04 (law W01)
    ReceivedBelowIssued,     ///< W05 (law W02)
    NobodyVoted,             ///< W06 (law W04)
    NoRegisteredVoters,      ///< W07 (law W05)
};

enum class Severity { Error, Warning };

/// The largest count a file or a form may hold: nine digits, far above any polling area, and
/// small enough that sums over a nation times a threshold's denominator stay within 64 bits.
inline constexpr qint64 kMaxCount = 999'999'999;

/// "E17", "W01".
[[nodiscard]] QString ruleId(Rule rule);
/// "voted_above_registered": the stable key the wording and the import problems use.
[[nodiscard]] QString ruleKey(Rule rule);
[[nodiscard]] Severity severity(Rule rule);
/// Every rule in catalogue order.
[[nodiscard]] QList<Rule> allRules();
[[nodiscard]] std::optional<Rule> ruleFromKey(QStringView key);

/// A broken rule on one field of a unit's figures or of one ballot's minutes. `field` is the
/// column name of the import files ("voters_voted", "ballots_received"); `value` is the
/// field's value and `limit` what it was compared with (for E24 the sum valid + invalid).
struct Finding
{
    Rule rule = Rule::Required;
    std::optional<Ballot> ballot;
    QString field;
    qint64 value = 0;
    qint64 limit = 0;

    friend bool operator==(const Finding&, const Finding&) = default;
};

/// E17, E18 and W06, W07 on a unit's figures.
[[nodiscard]] QList<Finding> checkFigures(const VoterFigures& figures);
/// E22–E24 and W01–W05 on one ballot; the checks against voters run only with figures.
[[nodiscard]] QList<Finding> checkBallot(const BallotCount& ballot,
                                         const std::optional<VoterFigures>& figures);
/// Every check on a polling area's minutes: its figures, then each ballot.
[[nodiscard]] QList<Finding> checkMinutes(const UnitMinutes& minutes);
[[nodiscard]] bool hasErrors(const QList<Finding>& findings);

/// A count written in digits only, at most kMaxCount: "12345" → 12345. Empty, signs,
/// separators ("12.345") and spaces inside give nullopt; tooLarge tells the two apart.
[[nodiscard]] std::optional<qint64> parseCount(QStringView text, bool* tooLarge = nullptr);
/// 0/1, true/false, yes/no, có/không in any case.
[[nodiscard]] std::optional<bool> parseFlag(QStringView text);
/// The flag words a file may use, for "write one of".
[[nodiscard]] QStringList flagWords();
/// ISO 8601 date-time ("2021-05-23T21:30", seconds and a UTC offset optional; a space may
/// stand for the T). Invalid for anything else, an impossible date included.
[[nodiscard]] QDateTime parseDateTime(QStringView text);

} // namespace ed
