#include "gui/results/resultspage.h"

#include "gui/models/criterionmodel.h"
#include "gui/viewsetup.h"
#include "logging/log.h"
#include "services/planservice.h"

#include "ui_resultspage.h"

using namespace Qt::StringLiterals;

namespace ed::gui {

ResultsPage::ResultsPage(const services::PlanService& plans, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::ResultsPage>()), m_plans(plans),
      m_criteria(new CriterionModel(this))
{
    m_ui->setupUi(this);
    setUpRowView(m_ui->criteriaTableView);
    m_ui->criteriaTableView->setModel(m_criteria);
    m_ui->criteriaTableView->setColumnHidden(CriterionModel::MeasurableColumn, true);
    setColumnWidths(m_ui->criteriaTableView->horizontalHeader(), CriterionModel::LabelColumn,
                    {{CriterionModel::PlanColumn, 120},
                     {CriterionModel::CodeColumn, 130},
                     {CriterionModel::ThresholdColumn, 170},
                     {CriterionModel::AppliesToColumn, 210}});
}

ResultsPage::~ResultsPage() = default;

void ResultsPage::reload()
{
    const auto plans = take(m_plans.plans(), "load plans");
    if (!plans)
        return;
    const auto campaigns = take(m_plans.campaigns(), "load campaigns");
    if (!campaigns)
        return;
    m_criteria->setRows(criterionRows(campaigns.value(), plans.value(), true));
    log::gui()->info("results page loaded: {} measurable criteria", m_criteria->rowCount());
}

} // namespace ed::gui
