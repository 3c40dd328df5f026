#pragma once

#include "core/ids.h"
#include "gui/page.h"

#include <memory>

class QModelIndex;
class QTableView;

namespace Ui {
class OverviewPage;
}
namespace ed::services {
class PlanService;
}

namespace ed::gui {

class PlanSummaryModel;
class ScheduleEntryModel;

/// Where every plan stands today: election day and progress per plan, then what is overdue and
/// what falls due within the window set in the settings.
class OverviewPage final : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(const services::PlanService& plans, QWidget* parent = nullptr);
    ~OverviewPage() override;

signals:
    /// A meeting row was double-clicked (or Enter pressed on it): show it.
    void meetingActivated(ed::PlanId plan, ed::MeetingId meeting);
    /// A task row was double-clicked (or Enter pressed on it): show it.
    void taskActivated(ed::TaskId task);

public slots:
    void reload() override;

private:
    void setUpTable(QTableView* view, ScheduleEntryModel* model);

    std::unique_ptr<Ui::OverviewPage> m_ui;
    const services::PlanService& m_plans;
    PlanSummaryModel* m_summaries;
    ScheduleEntryModel* m_overdue;
    ScheduleEntryModel* m_dueSoon;
};

} // namespace ed::gui
