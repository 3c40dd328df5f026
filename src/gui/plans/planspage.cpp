#include "gui/plans/planspage.h"

#include "core/clock.h"
#include "core/meetingchecks.h"
#include "core/schedule.h"
#include "core/searchkey.h"
#include "gui/editing/editcontext.h"
#include "gui/models/awardformmodel.h"
#include "gui/models/collatingproxymodel.h"
#include "gui/models/criterionmodel.h"
#include "gui/plans/calendarwording.h"
#include "gui/plans/legalcalendarmodel.h"
#include "gui/plans/meetingtablemodel.h"
#include "gui/plans/plandetails.h"
#include "gui/settingsdialog.h"
#include "gui/viewsetup.h"
#include "i18n/schedulewording.h"
#include "logging/log.h"
#include "services/planservice.h"

#include "ui_planspage.h"

#include <QAction>
#include <QHeaderView>
#include <QSignalBlocker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

PlansPage::PlansPage(const services::PlanService& plans, EditContext& context, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::PlansPage>()), m_plans(plans), m_context(context),
      m_meetings(new MeetingTableModel(this)), m_meetingProxy(new CollatingProxyModel(this)),
      m_calendar(new LegalCalendarModel(this)), m_awardForms(new AwardFormModel(this)),
      m_criteria(new CriterionModel(this)), m_newAction(new QAction(tr("&New meeting…"), this)),
      m_editAction(new QAction(tr("&Edit meeting…"), this)),
      m_deleteAction(new QAction(tr("&Delete meeting"), this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleValueLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_ui->titleValueLabel->setFont(titleFont);
    m_ui->titleValueLabel->setTextFormat(Qt::PlainText);

    setUpMeetingsTab();
    setUpLegalCalendarTab();

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
    connect(m_ui->changeElectionDayButton, &QPushButton::clicked, this,
            &PlansPage::changeElectionDay);
}

PlansPage::~PlansPage() = default;

void PlansPage::setUpMeetingsTab()
{
    m_meetingProxy->setSourceModel(m_meetings);
    m_meetingProxy->setSortRole(MeetingTableModel::SortRole);
    m_meetingProxy->setFilterRole(MeetingTableModel::SearchRole);
    QTreeView* view = m_ui->meetingsTreeView;
    setUpRowView(view);
    view->setModel(m_meetingProxy);
    view->header()->setSortIndicator(-1, Qt::AscendingOrder); // the plan's own order
    view->setSortingEnabled(true);
    view->header()->setSortIndicatorShown(true);
    setColumnWidths(view->header(), MeetingTableModel::DeadlineColumn,
                    {{MeetingTableModel::NumberColumn, 90},
                     {MeetingTableModel::LabelColumn, 190},
                     {MeetingTableModel::LastAllowedColumn, 95},
                     {MeetingTableModel::StatusColumn, 125},
                     {MeetingTableModel::HeldOnColumn, 90},
                     {MeetingTableModel::StateColumn, 150},
                     {MeetingTableModel::CalendarColumn, 110}});
    view->header()->setMinimumSectionSize(60);
    m_ui->meetingsSplitter->setSizes({220, 420}); // six meetings above, the chosen one below

    // Ctrl+N while this area is shown (a hidden page's window shortcut does not fire); Enter,
    // double-click and Del on the list of meetings.
    m_newAction->setObjectName(u"newMeetingAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_newAction);
    m_editAction->setObjectName(u"editMeetingAction"_s);
    m_deleteAction->setObjectName(u"deleteMeetingAction"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(m_deleteAction);
    m_ui->newMeetingButton->setToolTip(m_newAction->shortcut().toString(QKeySequence::NativeText));
    m_ui->editMeetingButton->setToolTip(tr("Enter or double-click"));
    m_ui->deleteMeetingButton->setToolTip(QKeySequence(QKeySequence::Delete).toString());
    m_ui->newMeetingButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_ui->deleteMeetingButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));

    connect(m_newAction, &QAction::triggered, this, &PlansPage::newMeeting);
    connect(m_editAction, &QAction::triggered, this, &PlansPage::editMeeting);
    connect(m_deleteAction, &QAction::triggered, this, &PlansPage::deleteMeeting);
    connect(m_ui->newMeetingButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    connect(m_ui->editMeetingButton, &QPushButton::clicked, m_editAction, &QAction::trigger);
    connect(m_ui->deleteMeetingButton, &QPushButton::clicked, m_deleteAction, &QAction::trigger);
    connect(view, &QTreeView::activated, m_editAction, &QAction::trigger);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlansPage::showCurrentMeeting);
    connect(m_ui->meetingSearchLineEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) {
                m_meetingProxy->setSearchText(text);
                if (!m_ui->meetingsTreeView->currentIndex().isValid()
                    && m_meetingProxy->rowCount() > 0)
                    m_ui->meetingsTreeView->setCurrentIndex(m_meetingProxy->index(0, 0));
                showCurrentMeeting();
            });
}

void PlansPage::setUpLegalCalendarTab()
{
    QTableView* view = m_ui->legalCalendarTableView;
    setUpRowView(view);
    view->setModel(m_calendar);
    setColumnWidths(view->horizontalHeader(), LegalCalendarModel::MeetingColumn,
                    {{LegalCalendarModel::DateColumn, 165},
                     {LegalCalendarModel::OffsetColumn, 85},
                     {LegalCalendarModel::MilestoneColumn, 290},
                     {LegalCalendarModel::BasisColumn, 100},
                     {LegalCalendarModel::FlagColumn, 115}});
    view->horizontalHeader()->setMinimumSectionSize(60);
    // Opened on today's line; a meeting line leads to the meeting on the Meetings tab.
    connect(m_ui->planTabWidget, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->planTabWidget->currentWidget() == m_ui->legalCalendarTab)
            scrollCalendarToToday();
    });
    connect(view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const MeetingId id(index.siblingAtColumn(0).data(LegalCalendarModel::IdRole).toLongLong());
        if (id.isValid())
            selectMeeting(currentPlan(), id);
    });
}

PlanId PlansPage::currentPlan() const
{
    return PlanId(m_ui->planComboBox->currentData().toLongLong());
}

const Plan* PlansPage::shownPlan() const
{
    const int index = m_ui->planComboBox->currentIndex();
    return index >= 0 && index < m_planList.size() ? &m_planList.at(index) : nullptr;
}

const MeetingRow* PlansPage::currentRow() const
{
    const QModelIndex current = m_ui->meetingsTreeView->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_meetings->rowAt(m_meetingProxy->mapToSource(current).row());
}

MeetingId PlansPage::currentMeeting() const
{
    const MeetingRow* row = currentRow();
    return row ? row->meeting.id : MeetingId();
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
    m_agencies = agencies.value();
    m_agencyNames = agencyNames(m_agencies);
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
    QModelIndex index = m_meetingProxy->mapFromSource(m_meetings->index(row, 0));
    if (!index.isValid()) { // hidden by the search: show every meeting again
        m_ui->meetingSearchLineEdit->clear();
        index = m_meetingProxy->mapFromSource(m_meetings->index(row, 0));
    }
    m_ui->meetingsTreeView->setCurrentIndex(index);
    m_ui->meetingsTreeView->scrollTo(index);
    return true;
}

void PlansPage::showPlan(int comboIndex)
{
    const bool valid = comboIndex >= 0 && comboIndex < m_planList.size();
    const Plan plan = valid ? m_planList.at(comboIndex) : Plan{};
    const bool samePlan = plan.id.isValid() && plan.id == m_shownPlan;
    m_shownPlan = plan.id;
    m_ui->titleValueLabel->setText(valid ? tr("%1 — %2").arg(plan.symbol, plan.title)
                                         : tr("There are no plans in this database yet."));
    m_ui->issuerValueLabel->setText(plan.issuerAsPrinted);
    m_ui->documentKindValueLabel->setText(valid ? Wording::documentKind(plan.documentKind)
                                                : QString());
    m_ui->dateValueLabel->setText(valid ? PlanDetails::dateLine(plan) : QString());
    m_ui->signerValueLabel->setText(PlanDetails::signerLine(plan));
    m_ui->electionDayValueLabel->setText(
            valid ? CalendarWording::electionDay(plan.electionDay, m_context.clock().today())
                  : QString());
    m_ui->regimeValueLabel->setText(valid ? i18n::regimeName(plan.electionRegime) : QString());
    m_ui->changeElectionDayButton->setEnabled(valid);
    showMeetings(plan, samePlan);
    showLegalCalendar(plan);
    showInspection(plan);
    showCampaign(plan);
    if (samePlan)
        return; // a reload after an edit: stay on the tab the user is on
    // Open on what the plan is about: its meetings, or else its campaign.
    QTabWidget* tabs = m_ui->planTabWidget;
    if (m_meetings->rowCount() > 0)
        tabs->setCurrentWidget(m_ui->meetingsTab);
    else if (tabs->isTabEnabled(tabs->indexOf(m_ui->campaignTab)))
        tabs->setCurrentWidget(m_ui->campaignTab);
}

void PlansPage::showMeetings(const Plan& plan, bool keepSelection)
{
    // After an edit the same meeting stays selected, or the one now in its place.
    const MeetingId selected = keepSelection ? currentMeeting() : MeetingId();
    const int selectedRow = keepSelection ? m_ui->meetingsTreeView->currentIndex().row() : 0;
    QList<MeetingRow> rows;
    m_planMeetings.clear();
    if (plan.id.isValid()) {
        const auto meetings = m_plans.meetings(plan.id);
        if (!meetings) {
            emit loadFailed(u"load meetings"_s, meetings.error());
        } else {
            m_planMeetings = meetings.value();
            const QDate today = m_context.clock().today();
            const int soonDays = SettingsDialog::dueSoonDays();
            for (const Meeting& meeting : std::as_const(m_planMeetings)) {
                MeetingRow row{meeting,
                               meeting.deadline.lastAllowedDate(plan.electionDay).value_or(QDate()),
                               meetingState(meeting, plan.electionDay, today, soonDays)};
                row.conflicts = calendarConflicts(meeting, plan.electionDay, plan.electionRegime);
                row.conflictText =
                        CalendarWording::conflicts(row.conflicts, meeting, plan.electionRegime);
                QStringList texts{meeting.label, meeting.section};
                for (const MeetingItem& item : meeting.items)
                    texts << item.content;
                row.searchKey = searchKey(texts.join(u' '));
                rows << row;
            }
        }
    }
    m_meetings->setRows(rows);
    selectRow(selected, selectedRow);
    updateActions();
}

void PlansPage::selectRow(MeetingId id, int fallbackRow)
{
    QTreeView* view = m_ui->meetingsTreeView;
    const int sourceRow = id.isValid() ? m_meetings->rowOf(id) : -1;
    QModelIndex index = sourceRow >= 0
                                ? m_meetingProxy->mapFromSource(m_meetings->index(sourceRow, 0))
                                : QModelIndex();
    if (!index.isValid() && m_meetingProxy->rowCount() > 0)
        index = m_meetingProxy->index(std::clamp(fallbackRow, 0, m_meetingProxy->rowCount() - 1),
                                      0);
    if (index.isValid()) {
        view->setCurrentIndex(index);
        view->scrollTo(index);
    }
    showCurrentMeeting();
}

void PlansPage::showCurrentMeeting()
{
    const MeetingRow* row = currentRow();
    const Plan* plan = shownPlan();
    QString html;
    if (row && plan)
        html = PlanDetails::meetingHtml(*row, *plan, m_agencyNames);
    else if (m_meetings->rowCount() == 0)
        html = PlanDetails::emptyHtml(tr("This plan schedules no meetings."));
    else if (m_meetingProxy->rowCount() == 0)
        html = PlanDetails::emptyHtml(tr("No meeting matches the search."));
    else
        html = PlanDetails::emptyHtml(tr("Select a meeting to see its content."));
    m_ui->meetingDetailTextBrowser->setHtml(html);
    updateActions();
}

void PlansPage::updateActions()
{
    const bool hasPlan = shownPlan() != nullptr;
    const bool hasMeeting = currentRow() != nullptr;
    m_newAction->setEnabled(hasPlan);
    m_editAction->setEnabled(hasMeeting);
    m_deleteAction->setEnabled(hasMeeting);
    m_ui->newMeetingButton->setEnabled(hasPlan);
    m_ui->editMeetingButton->setEnabled(hasMeeting);
    m_ui->deleteMeetingButton->setEnabled(hasMeeting);
}

void PlansPage::showLegalCalendar(const Plan& plan)
{
    const QDate today = m_context.clock().today();
    m_calendar->setRows(legalCalendarEntries(plan, m_planMeetings, today));
    QString days;
    if (!plan.id.isValid())
        days = QString();
    else if (!plan.electionDay.isValid())
        days = tr("This plan does not set its election day yet: use “Change…” above to set it, "
                  "and the legal calendar is dated from it.");
    else
        days = tr("Election day: %1. Calendar of %2.")
                       .arg(CalendarWording::electionDay(plan.electionDay, today),
                            i18n::regimeName(plan.electionRegime));
    m_ui->daysToElectionLabel->setText(days);
    if (m_ui->planTabWidget->currentWidget() == m_ui->legalCalendarTab)
        scrollCalendarToToday();
}

void PlansPage::scrollCalendarToToday()
{
    const int todayRow = m_calendar->todayRow();
    if (todayRow >= 0)
        m_ui->legalCalendarTableView->scrollTo(m_calendar->index(todayRow, 0),
                                               QAbstractItemView::PositionAtCenter);
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
