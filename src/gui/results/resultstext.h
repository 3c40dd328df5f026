#pragma once

#include "core/electionunit.h"
#include "core/evaluation.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include <optional>

namespace ed::gui {

/// How the results area words figures and decisions: the cells of the tree, their tooltips, the
/// report order and the lock. One translation context for the area's shared words.
class ResultsText
{
    Q_DECLARE_TR_FUNCTIONS(ResultsText)

public:
    /// Which criterion a Measure decides: the words for its counts differ.
    enum class Criterion { Turnout, Invalid, LawStudy, NoRevote };

    /// "19.979/20.000"
    [[nodiscard]] static QString fraction(qint64 part, qint64 whole);
    /// part/whole floored to hundredths of a percent: "99,89 %"; empty when whole is 0.
    [[nodiscard]] static QString percent(qint64 part, qint64 whole);
    /// "✓ 99,92 %", "✗ 99,89 %", "99,92 %" (not required), "–" (not computable).
    [[nodiscard]] static QString measureCell(const Measure& measure, Criterion criterion);
    /// The exact fraction, the rule used for the shown figure (floored to two decimals), the
    /// threshold and the decision.
    [[nodiscard]] static QString measureToolTip(const Measure& measure, Criterion criterion);
    /// The criterion's name: "Turnout", "Highest invalid share", …
    [[nodiscard]] static QString criterionName(Criterion criterion);
    /// true pass, false fail, nullopt nothing to decide (not required or not computable).
    [[nodiscard]] static std::optional<bool> passOf(const Measure& measure);
    /// A tick or a cross icon from the style; a question mark for nullopt.
    [[nodiscard]] static QIcon passIcon(std::optional<bool> pass);

    /// "✓ Eligible", "✗ Not eligible", "… 3 areas left", "– no criteria".
    [[nodiscard]] static QString eligibleCell(const UnitEvaluation& unit, bool hasCriteria);
    /// true eligible, false not, nullopt undecided (areas still to report, no criteria).
    [[nodiscard]] static std::optional<bool> eligiblePass(const UnitEvaluation& unit,
                                                          bool hasCriteria);
    /// "2/14"; empty while the unit has not fully reported.
    [[nodiscard]] static QString reportOrder(const UnitEvaluation& unit);
    /// The report order in words, for the detail panel.
    [[nodiscard]] static QString reportOrderSentence(const UnitEvaluation& unit);
    /// "3 of 14 polling areas have not reported yet." / "Every polling area has reported."
    [[nodiscard]] static QString pendingSentence(const UnitEvaluation& unit);

    /// "23/05/2021 21:30"; empty for an invalid date-time.
    [[nodiscard]] static QString dateTime(const QDateTime& at);
    /// "Marked official by hoa on 24/05/2021 08:00." / "Unlocked by … : reason"
    [[nodiscard]] static QString lockEvent(const ResultsLockEvent& event);
    [[nodiscard]] static QString figureSource(FigureSource source);
};

} // namespace ed::gui
