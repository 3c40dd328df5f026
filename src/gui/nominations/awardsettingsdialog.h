#pragma once

#include "core/awardmoney.h"
#include "core/nomination.h"
#include "core/workingdays.h"

#include <QDialog>

#include <memory>

namespace ed::gui {

/// The data behind deadlines and award money, in three tabs: public holidays (date and name;
/// add, remove, sorted by date, a date only once), appraisal limits in working days per track
/// (1–365), and award money (base salaries by effective date; coefficients per award level and
/// nominee kind by effective date, typed as "1,0" or "0,3"). Checked live; OK disabled while a
/// row is invalid, with the problem shown. Object names: holidaysTable, addHolidayButton,
/// removeHolidayButton, limitSpin_<track code>, baseSalaryTable, coefficientTable, buttonBox.
class AwardSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    AwardSettingsDialog(const QList<PublicHoliday>& holidays,
                        const QList<AppraisalLimit>& limits,
                        const AwardMoneyTables& money,
                        QWidget* parent = nullptr);
    ~AwardSettingsDialog() override;

    [[nodiscard]] QList<PublicHoliday> holidays() const;
    [[nodiscard]] QList<AppraisalLimit> limits() const;
    [[nodiscard]] AwardMoneyTables moneyTables() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ed::gui
