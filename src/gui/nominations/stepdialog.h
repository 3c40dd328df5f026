#pragma once

#include "core/nomination.h"

#include <QDate>
#include <QDialog>

#include <memory>
#include <optional>

namespace ed::gui {

/// Asks what a workflow step needs before it is recorded in the trail, for `count` selected
/// nominations: a note (required for returning and rejecting, and with `overrideReason` for
/// proposing nominees that fail a criterion, with the label saying so); the decision's number,
/// date and signer for RecordDecision; the day for Resubmit and IssueCertificate (default
/// today, never after it). OK stays disabled until what is required is given. Object names:
/// noteEdit, decisionNumberEdit, decisionDateEdit, signerEdit, dateEdit, buttonBox.
class StepDialog final : public QDialog
{
    Q_OBJECT

public:
    StepDialog(NominationAction action,
               int count,
               bool overrideReason,
               QDate today,
               QWidget* parent = nullptr);
    ~StepDialog() override;

    [[nodiscard]] QString note() const;
    /// RecordDecision only.
    [[nodiscard]] std::optional<AwardDecision> decision() const;
    /// Resubmit and IssueCertificate only; invalid otherwise.
    [[nodiscard]] QDate date() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ed::gui
