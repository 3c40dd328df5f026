#pragma once

#include "gui/page.h"

#include <memory>

namespace Ui {
class NominationsPage;
}
namespace ed::services {
class PlanService;
}

namespace ed::gui {

class AwardFormModel;

/// Award nominations. The review workflow comes with a later update; for now the page lists
/// the award forms the campaigns offer.
class NominationsPage final : public Page
{
    Q_OBJECT

public:
    explicit NominationsPage(const services::PlanService& plans, QWidget* parent = nullptr);
    ~NominationsPage() override;

public slots:
    void reload() override;

private:
    std::unique_ptr<Ui::NominationsPage> m_ui;
    const services::PlanService& m_plans;
    AwardFormModel* m_awardForms;
};

} // namespace ed::gui
