#pragma once

#include "core/agency.h"
#include "core/campaign.h"
#include "core/ids.h"
#include "core/meeting.h"
#include "core/plan.h"
#include "gui/page.h"
#include "gui/wording.h"

#include <memory>

class QAction;

namespace Ui {
class PlansPage;
}
namespace ed::services {
class PlanService;
}

namespace ed::gui {

class AwardFormModel;
class CollatingProxyModel;
class CriterionModel;
class EditContext;
class LegalCalendarModel;
class MeetingTableModel;
struct MeetingRow;

/// One plan at a time: its header with the election calendar, its meetings (created, edited
/// and deleted here, undoably) with the selected one's content, the legal calendar with the
/// meetings placed on it, its inspection programme and its emulation campaign.
class PlansPage final : public Page
{
    Q_OBJECT

public:
    PlansPage(const services::PlanService& plans, EditContext& context, QWidget* parent = nullptr);
    ~PlansPage() override;

    /// Shows the plan and selects the meeting on the Meetings tab; false when either is unknown.
    bool selectMeeting(PlanId plan, MeetingId meeting);
    /// The plan shown, invalid while there is none.
    [[nodiscard]] PlanId currentPlan() const;
    /// The meeting selected on the Meetings tab, invalid while there is none.
    [[nodiscard]] MeetingId currentMeeting() const;

public slots:
    void reload() override;
    /// Opens the form for a new meeting of the plan shown (Ctrl+N).
    void newMeeting();
    /// Opens the form of the selected meeting (Enter, double-click).
    void editMeeting();
    /// Deletes the selected meeting after asking (Del); Edit ▸ Undo brings it back.
    void deleteMeeting();
    /// Opens the election day dialog of the plan shown.
    void changeElectionDay();

private:
    void setUpMeetingsTab();
    void setUpLegalCalendarTab();
    [[nodiscard]] const Plan* shownPlan() const;
    [[nodiscard]] const MeetingRow* currentRow() const;
    void showPlan(int comboIndex);
    void showMeetings(const Plan& plan, bool keepSelection);
    void showLegalCalendar(const Plan& plan);
    void scrollCalendarToToday();
    void showInspection(const Plan& plan);
    void showCampaign(const Plan& plan);
    void showCurrentMeeting();
    void selectRow(MeetingId id, int fallbackRow);
    void updateActions();
    /// Shows a refused edit: field problems in `showProblems`, anything else in a message box.
    void reportRefusal(const QString& title, const Error& error);

    std::unique_ptr<Ui::PlansPage> m_ui;
    const services::PlanService& m_plans;
    EditContext& m_context;
    MeetingTableModel* m_meetings;
    CollatingProxyModel* m_meetingProxy;
    LegalCalendarModel* m_calendar;
    AwardFormModel* m_awardForms;
    CriterionModel* m_criteria;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_deleteAction;
    QList<Plan> m_planList;
    QList<Campaign> m_campaigns;
    QList<Agency> m_agencies;
    QList<Meeting> m_planMeetings;
    AgencyNames m_agencyNames;
    PlanId m_shownPlan;
};

} // namespace ed::gui
