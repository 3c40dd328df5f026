#pragma once

#include "core/eligibility.h"
#include "core/nomination.h"

#include <QString>
#include <QStringList>

#include <optional>

// Words for the award nominations that both front ends show, in the UI language.
namespace ed::i18n {

/// "Received", "Under appraisal", "Returned for supplement", …
[[nodiscard]] QString nominationStatusName(NominationStatus status);
/// The step as a button or menu says it: "Start appraisal", "Return for supplement", …
[[nodiscard]] QString nominationActionName(NominationAction action);
/// The step as the trail says it happened: "Appraisal started", "Returned for supplement", …
[[nodiscard]] QString nominationEventName(NominationAction action);
[[nodiscard]] QString nomineeKindName(NomineeKind kind);
/// "Province decides (Bằng khen)", "Forwarded to the Prime Minister", …
[[nodiscard]] QString appraisalTrackName(AppraisalTrack track);
/// A dossier item's title: "Tờ trình kèm danh sách" for `to_trinh`; the code when unknown.
[[nodiscard]] QString dossierItemTitle(const QString& item);
/// "Pass", "Fail", "Not computable", "Not judged".
[[nodiscard]] QString criterionOutcomeName(CriterionOutcome outcome);
/// An amount of money as the UI language writes it: "1.490.000 đ".
[[nodiscard]] QString moneyText(qint64 dong);

/// What fails and why, one sentence per failing or undecided criterion, for the detail pane
/// and tooltips: "Tỷ lệ cử tri đi bầu 99,89 % (19.979/20.000), cần ≥ 99,90 %: thiếu 1 cử
/// tri." Empty when nothing fails and nothing is left to judge.
[[nodiscard]] QStringList eligibilityProblems(const Eligibility& eligibility);
/// Every criterion in words, passing ones included, for the detail pane.
[[nodiscard]] QStringList eligibilityExplanation(const Eligibility& eligibility);
/// The queue's short eligibility cell: "Eligible", "Fails: turnout, invalid ballots",
/// "Not tied to a unit", "Unit not fully reported".
[[nodiscard]] QString eligibilitySummary(const Eligibility& eligibility);
/// A measurable criterion's short name: "turnout" → "Turnout".
[[nodiscard]] QString criterionShortName(const QString& code);

} // namespace ed::i18n
