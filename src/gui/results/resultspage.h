#pragma once

#include "gui/page.h"

#include <memory>

namespace Ui {
class ResultsPage;
}
namespace ed::services {
class PlanService;
}

namespace ed::gui {

class CriterionModel;

/// Election results. Importing the counting results comes with a later update; for now the page
/// lists the measurable award criteria the results will be checked against.
class ResultsPage final : public Page
{
    Q_OBJECT

public:
    explicit ResultsPage(const services::PlanService& plans, QWidget* parent = nullptr);
    ~ResultsPage() override;

public slots:
    void reload() override;

private:
    std::unique_ptr<Ui::ResultsPage> m_ui;
    const services::PlanService& m_plans;
    CriterionModel* m_criteria;
};

} // namespace ed::gui
