#include "gui/nominations/nominationspage.h"

#include "gui/models/awardformmodel.h"
#include "gui/viewsetup.h"
#include "logging/log.h"
#include "services/planservice.h"

#include "ui_nominationspage.h"

using namespace Qt::StringLiterals;

namespace ed::gui {

NominationsPage::NominationsPage(const services::PlanService& plans, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::NominationsPage>()), m_plans(plans),
      m_awardForms(new AwardFormModel(this))
{
    m_ui->setupUi(this);
    setUpRowView(m_ui->awardFormsTableView);
    m_ui->awardFormsTableView->setModel(m_awardForms);
    setColumnWidths(m_ui->awardFormsTableView->horizontalHeader(), AwardFormModel::DecidedByColumn,
                    {{AwardFormModel::PlanColumn, 120},
                     {AwardFormModel::NumberColumn, 70},
                     {AwardFormModel::NameAsWrittenColumn, 240},
                     {AwardFormModel::UsualNameColumn, 260},
                     {AwardFormModel::LevelColumn, 150}});
}

NominationsPage::~NominationsPage() = default;

void NominationsPage::reload()
{
    const auto plans = take(m_plans.plans(), "load plans");
    if (!plans)
        return;
    const auto campaigns = take(m_plans.campaigns(), "load campaigns");
    if (!campaigns)
        return;
    m_awardForms->setRows(awardFormRows(campaigns.value(), plans.value()));
    log::gui()->info("nominations page loaded: {} award forms", m_awardForms->rowCount());
}

} // namespace ed::gui
