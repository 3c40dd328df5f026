#pragma once

#include "core/electionunit.h"
#include "core/evaluation.h"
#include "core/importproblem.h"
#include "core/resultrules.h"

#include <QString>

// Words for the election results that both front ends show: the rule catalogue, import
// problems of the units and results files, and why a unit passes or fails, in the UI language.
namespace ed::i18n {

/// "Voters who voted above registered voters".
[[nodiscard]] QString ruleTitle(Rule rule);
/// What to do about it: "Check the minutes; the number who voted cannot exceed …".
[[nodiscard]] QString ruleAdvice(Rule rule);
/// "Số phiếu bầu Quốc hội"-style names: "National Assembly", "Provincial council", …
[[nodiscard]] QString ballotName(Ballot ballot);
[[nodiscard]] QString unitLevelName(UnitLevel level);
/// A field's name as the form shows it ("Voters who voted"); the column name for unknown ones.
[[nodiscard]] QString figureName(const QString& field);

/// "E17 Line 4, column 6 (voters_voted): 1.250 is above registered_voters (1.200). <advice>".
/// Falls back to importProblemMessage() for problems without a rule.
[[nodiscard]] QString resultsProblemMessage(const ImportProblem& problem);
/// One finding of the minutes form: "E23 National Assembly: ballots received (512) above
/// ballots issued (510)."
[[nodiscard]] QString findingMessage(const Finding& finding);

/// A count grouped as the UI language writes it: "19.979" in Vietnamese, "19,979" in English.
[[nodiscard]] QString localCount(qint64 value);
/// Hundredths of a percent (floored by the caller) as "99,89 %" or "99.89 %".
[[nodiscard]] QString localPercent(qint64 basisPoints);
/// "99,89 %" from hundredths of a percent, floored already; empty when not computable.
[[nodiscard]] QString percentText(const Measure& measure);
/// Each criterion of a unit in words, one sentence each, for the detail panel:
/// "Tỷ lệ cử tri đi bầu 99,89 % (19.979/20.000), cần ≥ 99,90 %: thiếu 1 cử tri."
[[nodiscard]] QStringList explanation(const UnitEvaluation& unit);
/// One measurable criterion in a sentence, by its code (`turnout`, `law_study`,
/// `invalid_ballots`, `no_revote`); empty for another code.
[[nodiscard]] QString measureSentence(const QString& criterionCode, const Measure& measure);
/// Near-miss warnings: criteria that pass within a tenth of a percent of their line.
[[nodiscard]] QStringList nearMisses(const UnitEvaluation& unit);

} // namespace ed::i18n
