#pragma once

#include "core/agency.h"
#include "core/validation.h"

#include <QDialog>

#include <functional>
#include <memory>

class QStandardItemModel;

namespace Ui {
class AgencyDialog;
}

namespace ed::gui {

/// The form of one agency: name, abbreviation, level, kind and the agency it belongs to. The
/// parent is chosen from the directory by typing part of a name (accents optional); the agency
/// itself and everything under it are not offered. Problems show beside their fields and OK
/// stays disabled while there are any.
class AgencyDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Saves the form's agency when OK is pressed: true closes the dialog; false keeps it open
    /// with the input (the saver shows why, e.g. through showProblems()).
    using Save = std::function<bool(const Agency&)>;

    /// `agency` is the one edited (an invalid id for a new one); `directory` every agency.
    AgencyDialog(const QList<Agency>& directory, const Agency& agency, QWidget* parent = nullptr);
    ~AgencyDialog() override;

    /// The agency as the form states it (id and code kept from the one given).
    [[nodiscard]] Agency agency() const;
    void setSave(Save save) { m_save = std::move(save); }
    /// Shows problems found by the service (a parent cycle, say) beside their fields.
    void showProblems(const QList<FieldProblem>& problems);

public slots:
    void accept() override;

private:
    void fillParents(const QList<Agency>& directory);
    /// The parent the text names: nullopt when it names no agency offered.
    [[nodiscard]] std::optional<AgencyId> chosenParent() const;
    void validate();

    std::unique_ptr<Ui::AgencyDialog> m_ui;
    Agency m_original;
    QStandardItemModel* m_parents;
    Save m_save;
};

} // namespace ed::gui
