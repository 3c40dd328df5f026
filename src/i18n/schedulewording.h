#pragma once

#include "core/importproblem.h"
#include "core/legalcalendar.h"
#include "core/validation.h"

#include <QString>

// Words for the schedule's data that both front ends show: legal milestones, election regimes,
// form problems and import problems, in the UI language.
namespace ed::i18n {

/// "2nd consultative conference (hiệp thương)"; the code itself for an unknown one.
[[nodiscard]] QString milestoneTitle(const QString& code);
[[nodiscard]] QString regimeName(ElectionRegime regime);
/// What is wrong, said so that the user knows what to write instead.
[[nodiscard]] QString problemMessage(Problem problem);
/// "Line 4, column 3 (level)", "Line 4" or "File": where an import problem is.
[[nodiscard]] QString problemLocation(const ImportProblem& problem);
/// "Line 4, column 3 (level): "tinh" is not allowed; write one of: central, province, …".
[[nodiscard]] QString importProblemMessage(const ImportProblem& problem);

} // namespace ed::i18n
