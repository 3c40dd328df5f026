#include "gui/overview/overviewpage.h"

#include "core/vnformat.h"
#include "gui/overview/plansummarymodel.h"
#include "gui/overview/scheduleentrymodel.h"
#include "gui/settingsdialog.h"
#include "gui/viewsetup.h"
#include "logging/log.h"
#include "services/planservice.h"

#include "ui_overviewpage.h"

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

void setHeading(QLabel* label)
{
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
}

} // namespace

OverviewPage::OverviewPage(const services::PlanService& plans, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::OverviewPage>()), m_plans(plans),
      m_summaries(new PlanSummaryModel(this)), m_overdue(new ScheduleEntryModel(this)),
      m_dueSoon(new ScheduleEntryModel(this))
{
    m_ui->setupUi(this);
    for (QLabel* label :
         {m_ui->todayLabel, m_ui->plansLabel, m_ui->overdueLabel, m_ui->dueSoonLabel})
        setHeading(label);

    setUpRowView(m_ui->plansTableView);
    m_ui->plansTableView->setModel(m_summaries);
    setColumnWidths(m_ui->plansTableView->horizontalHeader(), PlanSummaryModel::TitleColumn,
                    {{PlanSummaryModel::SymbolColumn, 120},
                     {PlanSummaryModel::ElectionDayColumn, 110},
                     {PlanSummaryModel::DaysColumn, 120},
                     {PlanSummaryModel::MeetingsColumn, 200},
                     {PlanSummaryModel::TasksColumn, 200}});
    setUpTable(m_ui->overdueTableView, m_overdue);
    setUpTable(m_ui->dueSoonTableView, m_dueSoon);
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setUpTable(QTableView* view, ScheduleEntryModel* model)
{
    setUpRowView(view);
    view->setModel(model);
    setColumnWidths(view->horizontalHeader(), ScheduleEntryModel::TitleColumn,
                    {{ScheduleEntryModel::KindColumn, 90},
                     {ScheduleEntryModel::PlanColumn, 120},
                     {ScheduleEntryModel::LastAllowedColumn, 130},
                     {ScheduleEntryModel::StateColumn, 130}});
    connect(view, &QAbstractItemView::activated, this, [this, model](const QModelIndex& index) {
        const services::ScheduleEntry* entry = model->rowAt(index.row());
        if (!entry)
            return;
        if (entry->kind == services::ScheduleEntry::Kind::Meeting)
            emit meetingActivated(entry->plan, MeetingId(entry->id));
        else
            emit taskActivated(TaskId(entry->id));
    });
}

void OverviewPage::reload()
{
    const int windowDays = SettingsDialog::dueSoonDays();
    const auto overview = take(m_plans.overview(windowDays), "load overview");
    if (!overview)
        return;
    m_summaries->setRows(overview->plans);
    m_overdue->setRows(overview->overdue);
    m_dueSoon->setRows(overview->dueSoon);
    m_ui->todayLabel->setText(tr("Today is %1.").arg(formatDate(overview->today)));
    m_ui->overdueLabel->setText(tr("Overdue: %n meeting(s) or task(s)", nullptr,
                                   static_cast<int>(overview->overdue.size())));
    m_ui->dueSoonLabel->setText(tr("Due within %1 days: %n meeting(s) or task(s)", nullptr,
                                   static_cast<int>(overview->dueSoon.size()))
                                        .arg(windowDays));
    log::gui()->info("overview loaded: {} plans, {} overdue, {} due soon", overview->plans.size(),
                     overview->overdue.size(), overview->dueSoon.size());
}

} // namespace ed::gui
