#pragma once

#include "core/nomination.h"
#include "services/nominationservice.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace ed::gui {

/// The form of a new or edited nomination: kind, name, position and workplace (individuals),
/// election unit (optional, with diacritic-folded completion), nominating agency, award form of
/// the campaign (the "higher state award" box only for a state form), achievement and received
/// date. Checked live with checkNomination(): each problem beside its field, OK disabled until
/// none is left. Object names: nomineeKindCombo, nomineeNameEdit, positionEdit, workplaceEdit,
/// unitCombo, agencyCombo, awardFormCombo, higherStateAwardCheck, achievementEdit,
/// receivedOnEdit, buttonBox.
class NominationDialog final : public QDialog
{
    Q_OBJECT

public:
    NominationDialog(const services::NominationChoices& choices,
                     QDate today,
                     QWidget* parent = nullptr);
    ~NominationDialog() override;

    /// Fills the form from a stored nomination (editing); a new one starts received today.
    void setNomination(const Nomination& nomination);
    /// The form's content on top of the nomination given to setNomination() (id, status,
    /// decision and checklist kept).
    [[nodiscard]] Nomination nomination() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ed::gui
