#include "gui/plans/planspage.h"

#include "core/clock.h"
#include "core/schedule.h"
#include "gui/models/awardformmodel.h"
#include "gui/models/criterionmodel.h"
#include "gui/plans/meetingtablemodel.h"
#include "gui/plans/plandetails.h"
#include "gui/settingsdialog.h"
#include "gui/viewsetup.h"
#include "logging/log.h"
#include "services/planservice.h"

#include "ui_planspage.h"

#include <QSignalBlocker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

PlansPage::PlansPage(const services::PlanService& plans, const Clock& clock, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::PlansPage>()), m_plans(plans), m_clock(clock),
      m_meetings(new MeetingTableModel(this)), m_awardForms(new AwardFormModel(this)),
      m_criteria(new CriterionModel(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleValueLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_ui->titleValueLabel->setFont(titleFont);
    m_ui->titleValueLabel->setTextFormat(Qt::PlainText);

    setUpRowView(m_ui->meetingsTreeView);
    m_ui->meetingsTreeView->setModel(m_meetings);
    setColumnWidths(m_ui->meetingsTreeView->header(), MeetingTableModel::DeadlineColumn,
                    {{MeetingTableModel::NumberColumn, 100},
                     {MeetingTableModel::LabelColumn, 200},
                     {MeetingTableModel::LastAllowedColumn, 130},
                     {MeetingTableModel::StatusColumn, 150},
                     {MeetingTableModel::StateColumn, 130}});
    m_ui->meetingsSplitter->setSizes({220, 420}); // six meetings above, the chosen one below

    setUpRowView(m_ui->awardFormsTableView);
    m_ui->awardFormsTableView->setModel(m_awardForms);
    m_ui->awardFormsTableView->setColumnHidden(AwardFormModel::PlanColumn, true);
    setColumnWidths(m_ui->awardFormsTableView->horizontalHeader(), AwardFormModel::DecidedByColumn,
                    {{AwardFormModel::NumberColumn, 70},
                     {AwardFormModel::NameAsWrittenColumn, 240},
                     {AwardFormModel::UsualNameColumn, 260},
                     {AwardFormModel::LevelColumn, 150}});
    setUpRowView(m_ui->criteriaTableView);
    m_ui->criteriaTableView->setModel(m_criteria);
    m_ui->criteriaTableView->setColumnHidden(CriterionModel::PlanColumn, true);
    setColumnWidths(m_ui->criteriaTableView->horizontalHeader(), CriterionModel::LabelColumn,
                    {{CriterionModel::CodeColumn, 120},
                     {CriterionModel::MeasurableColumn, 100},
                     {CriterionModel::ThresholdColumn, 170},
                     {CriterionModel::AppliesToColumn, 210}});
    m_ui->campaignSplitter->setSizes({160, 130, 340});

    connect(m_ui->planComboBox, &QComboBox::currentIndexChanged, this, &PlansPage::showPlan);
    connect(m_ui->meetingsTreeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlansPage::showCurrentMeeting);
}

PlansPage::~PlansPage() = default;

PlanId PlansPage::currentPlan() const
{
    return PlanId(m_ui->planComboBox->currentData().toLongLong());
}

void PlansPage::reload()
{
    const auto plans = take(m_plans.plans(), "load plans");
    if (!plans)
        return;
    const auto agencies = take(m_plans.agencies(), "load agencies");
    if (!agencies)
        return;
    const auto campaigns = take(m_plans.campaigns(), "load campaigns");
    if (!campaigns)
        return;
    const PlanId shown = currentPlan();
    m_planList = plans.value();
    m_agencyNames = agencyNames(agencies.value());
    m_campaigns = campaigns.value();

    QComboBox* combo = m_ui->planComboBox;
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const Plan& plan : std::as_const(m_planList)) {
            combo->addItem(plan.symbol, plan.id.raw());
            combo->setItemData(combo->count() - 1, plan.title, Qt::ToolTipRole);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(shown.raw())));
    }
    showPlan(combo->currentIndex());
    log::gui()->info("plans page loaded: {} plans", m_planList.size());
}

bool PlansPage::selectMeeting(PlanId plan, MeetingId meeting)
{
    const int planIndex = m_ui->planComboBox->findData(plan.raw());
    if (planIndex < 0)
        return false;
    m_ui->planComboBox->setCurrentIndex(planIndex); // showPlan() runs if the plan changes
    const int row = m_meetings->rowOf(meeting);
    if (row < 0)
        return false;
    m_ui->planTabWidget->setCurrentWidget(m_ui->meetingsTab);
    const QModelIndex index = m_meetings->index(row, 0);
    m_ui->meetingsTreeView->setCurrentIndex(index);
    m_ui->meetingsTreeView->scrollTo(index);
    return true;
}

void PlansPage::showPlan(int comboIndex)
{
    const bool valid = comboIndex >= 0 && comboIndex < m_planList.size();
    const Plan plan = valid ? m_planList.at(comboIndex) : Plan{};
    m_ui->titleValueLabel->setText(valid ? tr("%1 — %2").arg(plan.symbol, plan.title)
                                         : tr("There are no plans in this database yet."));
    m_ui->issuerValueLabel->setText(plan.issuerAsPrinted);
    m_ui->documentKindValueLabel->setText(valid ? Wording::documentKind(plan.documentKind)
                                                : QString());
    m_ui->dateValueLabel->setText(valid ? PlanDetails::dateLine(plan) : QString());
    m_ui->signerValueLabel->setText(PlanDetails::signerLine(plan));
    showMeetings(plan);
    showInspection(plan);
    showCampaign(plan);
    // Open on what the plan is about: its meetings, or else its campaign.
    QTabWidget* tabs = m_ui->planTabWidget;
    if (m_meetings->rowCount() > 0)
        tabs->setCurrentWidget(m_ui->meetingsTab);
    else if (tabs->isTabEnabled(tabs->indexOf(m_ui->campaignTab)))
        tabs->setCurrentWidget(m_ui->campaignTab);
}

void PlansPage::showMeetings(const Plan& plan)
{
    QList<MeetingRow> rows;
    if (plan.id.isValid()) {
        const auto meetings = m_plans.meetings(plan.id);
        if (!meetings) {
            emit loadFailed(u"load meetings"_s, meetings.error());
        } else {
            const QDate today = m_clock.today();
            const int soonDays = SettingsDialog::dueSoonDays();
            for (const Meeting& meeting : meetings.value()) {
                rows << MeetingRow{
                        meeting,
                        meeting.deadline.lastAllowedDate(plan.electionDay).value_or(QDate()),
                        meetingState(meeting, plan.electionDay, today, soonDays)};
            }
        }
    }
    m_meetings->setRows(rows);
    if (!rows.isEmpty())
        m_ui->meetingsTreeView->setCurrentIndex(m_meetings->index(0, 0));
    else
        showCurrentMeeting();
}

void PlansPage::showCurrentMeeting()
{
    const QModelIndex current = m_ui->meetingsTreeView->currentIndex();
    const MeetingRow* row = current.isValid() ? m_meetings->rowAt(current.row()) : nullptr;
    const int planIndex = m_ui->planComboBox->currentIndex();
    QString html;
    if (row && planIndex >= 0 && planIndex < m_planList.size())
        html = PlanDetails::meetingHtml(*row, m_planList.at(planIndex).electionDay, m_agencyNames);
    else if (m_meetings->rowCount() == 0)
        html = PlanDetails::emptyHtml(tr("This plan schedules no meetings."));
    else
        html = PlanDetails::emptyHtml(tr("Select a meeting to see its content."));
    m_ui->meetingDetailTextBrowser->setHtml(html);
}

void PlansPage::showInspection(const Plan& plan)
{
    std::optional<Inspection> inspection;
    if (plan.id.isValid()) {
        const auto loaded = m_plans.inspection(plan.id);
        if (!loaded)
            emit loadFailed(u"load inspection"_s, loaded.error());
        else
            inspection = loaded.value();
    }
    const int tab = m_ui->planTabWidget->indexOf(m_ui->inspectionTab);
    m_ui->planTabWidget->setTabEnabled(tab, inspection.has_value());
    m_ui->planTabWidget->setTabToolTip(
            tab, inspection ? QString() : tr("This plan sets no inspection programme."));
    m_ui->inspectionTextBrowser->setHtml(
            inspection ? PlanDetails::inspectionHtml(*inspection, m_agencyNames)
                       : PlanDetails::emptyHtml(tr("This plan sets no inspection programme.")));
}

void PlansPage::showCampaign(const Plan& plan)
{
    const auto found =
            std::find_if(m_campaigns.cbegin(), m_campaigns.cend(),
                         [&](const Campaign& c) { return plan.id.isValid() && c.plan == plan.id; });
    const bool hasCampaign = found != m_campaigns.cend();
    const QList<Campaign> campaigns = hasCampaign ? QList<Campaign>{*found} : QList<Campaign>{};
    m_awardForms->setRows(awardFormRows(campaigns, {plan}));
    m_criteria->setRows(criterionRows(campaigns, {plan}, false));
    const int tab = m_ui->planTabWidget->indexOf(m_ui->campaignTab);
    m_ui->planTabWidget->setTabEnabled(tab, hasCampaign);
    m_ui->planTabWidget->setTabToolTip(
            tab, hasCampaign ? QString() : tr("This plan launches no emulation campaign."));
    m_ui->campaignTextBrowser->setHtml(
            hasCampaign ? PlanDetails::campaignHtml(*found)
                        : PlanDetails::emptyHtml(tr("This plan launches no emulation campaign.")));
}

} // namespace ed::gui
