#pragma once

#include "core/campaign.h"
#include "core/ids.h"
#include "core/plan.h"
#include "gui/page.h"
#include "gui/wording.h"

#include <memory>

namespace Ui {
class PlansPage;
}
namespace ed {
class Clock;
}
namespace ed::services {
class PlanService;
}

namespace ed::gui {

class AwardFormModel;
class CriterionModel;
class MeetingTableModel;

/// One plan at a time: its header, its meetings with the selected one's content, its
/// inspection programme and its emulation campaign.
class PlansPage final : public Page
{
    Q_OBJECT

public:
    PlansPage(const services::PlanService& plans, const Clock& clock, QWidget* parent = nullptr);
    ~PlansPage() override;

    /// Shows the plan and selects the meeting on the Meetings tab; false when either is unknown.
    bool selectMeeting(PlanId plan, MeetingId meeting);
    /// The plan shown, invalid while there is none.
    [[nodiscard]] PlanId currentPlan() const;

public slots:
    void reload() override;

private:
    void showPlan(int comboIndex);
    void showMeetings(const Plan& plan);
    void showInspection(const Plan& plan);
    void showCampaign(const Plan& plan);
    void showCurrentMeeting();

    std::unique_ptr<Ui::PlansPage> m_ui;
    const services::PlanService& m_plans;
    const Clock& m_clock;
    MeetingTableModel* m_meetings;
    AwardFormModel* m_awardForms;
    CriterionModel* m_criteria;
    QList<Plan> m_planList;
    QList<Campaign> m_campaigns;
    AgencyNames m_agencyNames;
};

} // namespace ed::gui
