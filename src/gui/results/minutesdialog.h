#pragma once

#include "core/electionunit.h"
#include "core/resultrules.h"

#include <QDialog>

#include <array>
#include <functional>
#include <memory>

class QCheckBox;
class QSpinBox;

namespace Ui {
class MinutesDialog;
}

namespace ed::gui {

/// The counting minutes of one polling area as on paper: registered voters, voters who voted,
/// law-study participants, when it reported, then one row per ballot (held, issued, received,
/// valid, invalid, bầu cử lại, bầu cử thêm). The rule catalogue checks the form as it is typed
/// (checkMinutes): each finding is listed with its rule id under the form, errors frame their
/// fields and disable OK, and warnings must be confirmed when OK is pressed.
class MinutesDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Saves the form's minutes when OK is pressed (and warnings were confirmed): true closes
    /// the dialog, false keeps it open with the input (the saver says why).
    using Save = std::function<bool(const UnitMinutes&)>;

    /// `minutes` as stored for `unit` (no figures for one that has not reported: the form
    /// then starts empty with every ballot held); `now` is the default report time.
    MinutesDialog(const ElectionUnit& unit,
                  const UnitMinutes& minutes,
                  const QDateTime& now,
                  QWidget* parent = nullptr);
    ~MinutesDialog() override;

    /// The minutes as the form states them; ballots not held are left out.
    [[nodiscard]] UnitMinutes minutes() const;
    /// What checkMinutes() finds in the form now.
    [[nodiscard]] const QList<Finding>& findings() const { return m_findings; }
    void setSave(Save save) { m_save = std::move(save); }

public slots:
    void accept() override;

private:
    struct BallotRow
    {
        Ballot ballot = Ballot::NationalAssembly;
        QCheckBox* held = nullptr;
        QSpinBox* issued = nullptr;
        QSpinBox* received = nullptr;
        QSpinBox* valid = nullptr;
        QSpinBox* invalid = nullptr;
        QCheckBox* revote = nullptr;
        QCheckBox* additional = nullptr;
    };

    void buildBallotGrid();
    void fill(const UnitMinutes& minutes, const QDateTime& now);
    void validate();
    void updateHeldRows();
    /// The form field a finding is about; nullptr when none matches.
    [[nodiscard]] QWidget* fieldFor(const Finding& finding) const;

    std::unique_ptr<Ui::MinutesDialog> m_ui;
    UnitId m_unit;
    std::array<BallotRow, 4> m_rows{};
    QList<Finding> m_findings;
    Save m_save;
};

} // namespace ed::gui
