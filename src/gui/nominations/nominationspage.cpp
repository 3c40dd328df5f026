#include "gui/nominations/nominationspage.h"

#include "core/nominationworkflow.h"
#include "core/vnformat.h"
#include "gui/editing/editcontext.h"
#include "gui/models/awardformmodel.h"
#include "gui/nominations/nominationdetailpanel.h"
#include "gui/nominations/nominationqueuerefresher.h"
#include "gui/nominations/nominationtablemodel.h"
#include "gui/viewsetup.h"
#include "i18n/nominationwording.h"
#include "logging/log.h"
#include "services/planservice.h"
#include "services/workspace.h"

#include "ui_nominationspage.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelection>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

struct StepButton
{
    NominationAction action;
    QString name; ///< object names: <name>Button, <name>Action
    QStyle::StandardPixmap icon;
    QString shortcut; ///< untranslated; empty for the weighty steps
};

/// The step's word on its button: eight full names do not fit in one row. The menu and the
/// tooltip say it in full.
QString buttonText(NominationAction action)
{
    switch (action) {
    case NominationAction::StartAppraisal: return NominationsPage::tr("Appraise…");
    case NominationAction::Return: return NominationsPage::tr("Return…");
    case NominationAction::Resubmit: return NominationsPage::tr("Supplement in…");
    case NominationAction::Propose: return NominationsPage::tr("Propose…");
    case NominationAction::Approve: return NominationsPage::tr("Approve…");
    case NominationAction::Reject: return NominationsPage::tr("Reject…");
    case NominationAction::RecordDecision: return NominationsPage::tr("Decision…");
    case NominationAction::IssueCertificate: return NominationsPage::tr("Certificate…");
    case NominationAction::Receive:
    case NominationAction::Revert: break;
    }
    return i18n::nominationActionName(action);
}

const std::array<StepButton, 8>& stepButtons()
{
    using A = NominationAction;
    static const std::array<StepButton, 8> buttons{{
            {A::StartAppraisal, u"startAppraisal"_s, QStyle::SP_MediaPlay, u"Ctrl+Shift+A"_s},
            {A::Return, u"return"_s, QStyle::SP_ArrowBack, u"Ctrl+Shift+R"_s},
            {A::Resubmit, u"resubmit"_s, QStyle::SP_BrowserReload, QString()},
            {A::Propose, u"propose"_s, QStyle::SP_ArrowForward, u"Ctrl+Shift+P"_s},
            {A::Approve, u"approve"_s, QStyle::SP_DialogYesButton, QString()},
            {A::Reject, u"reject"_s, QStyle::SP_DialogNoButton, QString()},
            {A::RecordDecision, u"recordDecision"_s, QStyle::SP_FileDialogDetailedView, QString()},
            {A::IssueCertificate, u"issueCertificate"_s, QStyle::SP_DialogApplyButton, QString()},
    }};
    return buttons;
}

/// "Start appraisal… (Ctrl+Shift+A)": the tooltip names the shortcut.
QString withShortcut(const QString& text, const QAction* action)
{
    const QKeySequence key = action->shortcut();
    return key.isEmpty() ? text : u"%1 (%2)"_s.arg(text, key.toString(QKeySequence::NativeText));
}

QAction* separator(QObject* parent)
{
    auto* action = new QAction(parent);
    action->setSeparator(true);
    return action;
}

/// Nominations and units together up to which the queue is refreshed on the GUI thread.
int g_synchronousRefreshLimit = 20'000;

} // namespace

NominationsPage::NominationsPage(const services::PlanService& plans,
                                 services::NominationService& nominations,
                                 EditContext& context,
                                 services::Workspace& workspace,
                                 QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::NominationsPage>()), m_plans(plans),
      m_nominations(nominations), m_context(context), m_workspace(workspace),
      m_queue(std::make_unique<services::NominationQueue>(workspace)),
      m_model(new NominationTableModel(nominations, *m_queue, this)),
      m_refresher(new NominationQueueRefresher(
              workspace.filePath(), workspace.clock(), workspace.isReadOnly(), this)),
      m_awardForms(new AwardFormModel(this)), m_newAction(new QAction(this)),
      m_editAction(new QAction(this)), m_importAction(new QAction(this)),
      m_settingsAction(new QAction(this))
{
    m_ui->setupUi(this);
    QTableView* view = m_ui->nominationsTableView;
    setUpRowView(view);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection); // steps run on many rows
    view->setModel(m_model);
    view->horizontalHeader()->setSortIndicator(NominationTableModel::IdColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true); // the model sorts in SQL
    // Every reset (filter, order, new data) keeps the selected nominations selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &NominationsPage::keepSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NominationsPage::restoreSelection);
    connect(m_model, &NominationTableModel::loadFailed, this, &Page::loadFailed);
    connect(m_refresher, &NominationQueueRefresher::finished, this, [this](int changed) {
        if (changed > 0)
            readQueue();
        else
            updateCount(); // the "updating" note goes
        emit queueRefreshed();
    });
    // The queue is wide: it scrolls sideways rather than squeezing the names.
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    const std::initializer_list<std::pair<int, int>> widths{
            {NominationTableModel::IdColumn, 50},
            {NominationTableModel::NomineeColumn, 210},
            {NominationTableModel::KindColumn, 85},
            {NominationTableModel::UnitColumn, 170},
            {NominationTableModel::AgencyColumn, 130},
            {NominationTableModel::AwardFormColumn, 170},
            {NominationTableModel::StatusColumn, 120},
            {NominationTableModel::EligibilityColumn, 180},
            {NominationTableModel::DuplicateColumn, 140},
            {NominationTableModel::DossierColumn, 90},
            {NominationTableModel::DueColumn, 230},
            {NominationTableModel::MoneyColumn, 150}};
    for (const auto& [column, pixels] : widths)
        header->resizeSection(column, pixels);
    // What the clerk decides on comes right after the name: status, eligibility, deadline and
    // duplicates; the model keeps the order of the CLI's columns.
    int visual = NominationTableModel::NomineeColumn;
    for (const int column :
         {NominationTableModel::StatusColumn, NominationTableModel::EligibilityColumn,
          NominationTableModel::DueColumn, NominationTableModel::DuplicateColumn})
        header->moveSection(header->visualIndex(column), ++visual);
    m_ui->nominationsSplitter->setStretchFactor(0, 3);
    m_ui->nominationsSplitter->setStretchFactor(1, 2);

    setUpRowView(m_ui->awardFormsTableView);
    m_ui->awardFormsTableView->setModel(m_awardForms);
    setColumnWidths(m_ui->awardFormsTableView->horizontalHeader(), AwardFormModel::DecidedByColumn,
                    {{AwardFormModel::PlanColumn, 120},
                     {AwardFormModel::NumberColumn, 70},
                     {AwardFormModel::NameAsWrittenColumn, 240},
                     {AwardFormModel::UsualNameColumn, 260},
                     {AwardFormModel::LevelColumn, 150}});

    QTableWidget* decisions = m_ui->decisionsTableWidget;
    decisions->setColumnCount(5);
    decisions->setHorizontalHeaderLabels(
            {tr("Decision"), tr("Date"), tr("Signed by"), tr("Nominations"), tr("Award money")});
    setUpRowView(decisions);
    setColumnWidths(decisions->horizontalHeader(), 2, {{0, 180}, {1, 100}, {3, 110}, {4, 260}});

    auto* panel = m_ui->nominationDetailPanel;
    connect(panel, &NominationDetailPanel::judgementChanged, this, &NominationsPage::setJudgement);
    connect(panel, &NominationDetailPanel::dossierChanged, this, &NominationsPage::setDossier);
    connect(panel, &NominationDetailPanel::duplicateActivated, this,
            [this](NominationId id) { selectNomination(id); });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_loading) // reload() shows the current row once, at its end
            showCurrent();
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NominationsPage::updateActions);
    setUpFilters();
    setUpCounters();
    setUpActions();
    showCurrent();
}

NominationsPage::~NominationsPage() = default;

void NominationsPage::setUpActions()
{
    const auto set = [this](QAction* action, QToolButton* button, const QString& name,
                            const QString& text, QStyle::StandardPixmap icon) {
        action->setObjectName(name + u"Action"_s);
        action->setText(text);
        action->setIcon(style()->standardIcon(icon));
        button->setObjectName(name + u"Button"_s);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        addAction(action); // page shortcuts: they count only while the page is shown
    };
    set(m_newAction, m_ui->newNominationButton, u"newNomination"_s, tr("&New nomination…"),
        QStyle::SP_FileIcon);
    set(m_editAction, m_ui->editNominationButton, u"editNomination"_s, tr("&Edit…"),
        QStyle::SP_FileDialogContentsView);
    set(m_importAction, m_ui->importNominationsButton, u"importNominations"_s, tr("&Import…"),
        QStyle::SP_DialogOpenButton);
    set(m_settingsAction, m_ui->awardSettingsButton, u"awardSettings"_s, tr("Award &settings…"),
        QStyle::SP_FileDialogListView);
    m_newAction->setShortcut(QKeySequence::New);
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_newAction->setToolTip(withShortcut(tr("Enter a nomination received on paper"), m_newAction));
    m_importAction->setToolTip(withShortcut(
            tr("Import a nominating agency's list (CSV) after a preview of every problem"),
            m_importAction));
    m_settingsAction->setToolTip(tr("Public holidays, appraisal limits in working days and the "
                                    "award money tables"));
    connect(m_newAction, &QAction::triggered, this, &NominationsPage::newNomination);
    connect(m_editAction, &QAction::triggered, this, &NominationsPage::editNomination);
    connect(m_importAction, &QAction::triggered, this, &NominationsPage::importNominations);
    connect(m_settingsAction, &QAction::triggered, this, &NominationsPage::editAwardSettings);

    QTableView* view = m_ui->nominationsTableView;
    view->addAction(m_editAction);
    view->addAction(separator(this));
    for (const StepButton& step : stepButtons()) {
        auto* action = new QAction(this);
        auto* button = new QToolButton(this);
        set(action, button, step.name, i18n::nominationActionName(step.action) + u'…', step.icon);
        action->setIconText(buttonText(step.action));
        if (!step.shortcut.isEmpty())
            action->setShortcut(QKeySequence(step.shortcut));
        m_ui->workflowLayout->addWidget(button);
        view->addAction(action);
        m_stepActions.insert(step.action, action);
        connect(action, &QAction::triggered, this, [this, a = step.action] { runStep(a); });
    }
    m_ui->workflowLayout->addStretch(1);
    view->addAction(separator(this));
    view->addAction(m_newAction);
    // Enter (and a double click) opens the current nomination's details.
    connect(view, &QAbstractItemView::activated, this, &NominationsPage::editNomination);
    updateActions();
}

void NominationsPage::updateActions()
{
    const QList<QueueEntry> rows = selectedEntries();
    // What the workflow allows depends on the status, the decision and the certificate only:
    // decided once per combination, however many rows are selected.
    QHash<int, QList<NominationAction>> allowed;
    const auto actionsOf = [&allowed](const QueueEntry& e) -> const QList<NominationAction>& {
        const int key =
                static_cast<int>(e.status) * 4 + (e.decided ? 2 : 0) + (e.certified ? 1 : 0);
        auto it = allowed.find(key);
        if (it == allowed.end())
            it = allowed.insert(key, availableActions(e.workflowView()));
        return *it;
    };
    for (auto it = m_stepActions.cbegin(); it != m_stepActions.cend(); ++it) {
        const QString name = i18n::nominationActionName(it.key());
        QList<NominationId> refused;
        for (const QueueEntry& row : rows) {
            if (!actionsOf(row).contains(it.key()))
                refused << row.id;
        }
        it.value()->setEnabled(!rows.isEmpty() && refused.isEmpty());
        if (refused.size() > 10) { // the tooltip names the first ones
            refused.resize(10);
        }
        const QString tip =
                rows.isEmpty() ? tr("%1: select one or more nominations first").arg(name)
                : !refused.isEmpty()
                        ? tr("%1 is not allowed for %2 in the status they are in")
                                  .arg(name, NominationText::numbers(refused))
                        : tr("%1 for the %n selected nomination(s)", nullptr, rows.size())
                                  .arg(name);
        it.value()->setToolTip(withShortcut(tip, it.value()));
    }
    const bool current = m_ui->nominationsTableView->currentIndex().isValid();
    m_editAction->setEnabled(current);
    m_editAction->setToolTip(current ? tr("Change the current nomination's details (Enter or "
                                          "double-click)")
                                     : tr("Select a nomination first"));
}

void NominationsPage::reload()
{
    refreshQueue();
    readQueue();
    if (const auto decisions = take(m_nominations.decisions(), "load award decisions"))
        showDecisions(*decisions);
    const auto plans = take(m_plans.plans(), "load plans");
    const auto campaigns = plans ? take(m_plans.campaigns(), "load campaigns") : std::nullopt;
    if (plans && campaigns)
        m_awardForms->setRows(awardFormRows(*campaigns, *plans));
}

void NominationsPage::setSynchronousRefreshLimit(int limit)
{
    g_synchronousRefreshLimit = limit;
}

bool NominationsPage::isRefreshing() const
{
    return m_refresher->isRunning();
}

void NominationsPage::refreshQueue()
{
    // After this page's own edit the service has written the rows it changed already.
    if (std::exchange(m_ownEdit, false))
        return;
    const auto size = take(m_queue->size(), "count nominations");
    const auto units = size ? take(m_queue->unitCount(), "count election units") : std::nullopt;
    if (!size || !units)
        return;
    if (*size + *units <= g_synchronousRefreshLimit) {
        if (const auto changed = take(services::NominationQueue::refresh(m_workspace),
                                      "refresh the nomination queue"))
            log::gui()->info("nomination queue refreshed here: {} rows changed", *changed);
    } else {
        m_refresher->request(); // the rows stored so far are shown meanwhile
    }
}

void NominationsPage::readQueue()
{
    if (const auto counters = take(m_queue->counters(), "count nominations"))
        m_queueCounters = *counters;
    fillFilterChoices();
    m_model->reload(filterFromWidgets()); // keeps the selection (keepSelection/restoreSelection)
    updateCounters();
    updateCount();
    log::gui()->info("nominations page loaded: {} nominations", m_queueCounters.total);
}

Status NominationsPage::performNominationEdit(const QString& text,
                                              std::function<Status()> redo,
                                              std::function<Status()> undo)
{
    m_ownEdit = true;
    const Status status = m_context.perform(text, std::move(redo), std::move(undo));
    m_ownEdit = false; // unused when nothing changed
    return status;
}

void NominationsPage::showCurrent()
{
    const std::optional<services::NominationRow> row = currentRow();
    QList<NominationEvent> history;
    QList<services::NominationRow> duplicates;
    if (row) {
        if (auto trail = take(m_nominations.history(row->nomination.id), "load nomination trail"))
            history = std::move(*trail);
        if (!row->duplicates.isEmpty()) {
            if (auto others = take(m_nominations.rows(row->duplicates), "load duplicates"))
                duplicates = std::move(*others);
        }
    }
    m_ui->nominationDetailPanel->showNomination(row ? &*row : nullptr, history, duplicates);
    updateActions();
}

QAction* NominationsPage::stepAction(NominationAction action) const
{
    return m_stepActions.value(action);
}

} // namespace ed::gui
