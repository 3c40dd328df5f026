#include "gui/nominations/nominationspage.h"

#include "core/nominationworkflow.h"
#include "core/vnformat.h"
#include "gui/editing/editcontext.h"
#include "gui/models/awardformmodel.h"
#include "gui/nominations/nominationdetailpanel.h"
#include "gui/nominations/nominationfilterproxy.h"
#include "gui/nominations/nominationtablemodel.h"
#include "gui/viewsetup.h"
#include "i18n/nominationwording.h"
#include "logging/log.h"
#include "services/planservice.h"

#include "ui_nominationspage.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelection>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <array>

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

} // namespace

NominationsPage::NominationsPage(const services::PlanService& plans,
                                 services::NominationService& nominations,
                                 EditContext& context,
                                 services::Workspace& workspace,
                                 QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::NominationsPage>()), m_plans(plans),
      m_nominations(nominations), m_context(context), m_workspace(workspace),
      m_model(new NominationTableModel(this)), m_proxy(new NominationFilterProxy(m_model, this)),
      m_awardForms(new AwardFormModel(this)), m_newAction(new QAction(this)),
      m_editAction(new QAction(this)), m_importAction(new QAction(this)),
      m_settingsAction(new QAction(this))
{
    m_ui->setupUi(this);
    QTableView* view = m_ui->nominationsTableView;
    setUpRowView(view);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection); // steps run on many rows
    view->setModel(m_proxy);
    view->horizontalHeader()->setSortIndicator(NominationTableModel::IdColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);
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
    const QList<services::NominationRow> rows = selectedRows();
    for (auto it = m_stepActions.cbegin(); it != m_stepActions.cend(); ++it) {
        const QString name = i18n::nominationActionName(it.key());
        QList<NominationId> refused;
        for (const services::NominationRow& row : rows) {
            if (!availableActions(row.nomination).contains(it.key()))
                refused << row.nomination.id;
        }
        it.value()->setEnabled(!rows.isEmpty() && refused.isEmpty());
        const QString tip =
                rows.isEmpty() ? tr("%1: select one or more nominations first").arg(name)
                : !refused.isEmpty()
                        ? tr("%1 is not allowed for %2 in the status they are in")
                                  .arg(name, NominationText::numbers(refused))
                        : tr("%1 for the %n selected nomination(s)", nullptr, rows.size())
                                  .arg(name);
        it.value()->setToolTip(withShortcut(tip, it.value()));
    }
    const bool current = currentRow() != nullptr;
    m_editAction->setEnabled(current);
    m_editAction->setToolTip(current ? tr("Change the current nomination's details (Enter or "
                                          "double-click)")
                                     : tr("Select a nomination first"));
}

void NominationsPage::reload()
{
    if (const auto rows = take(m_nominations.list(), "load nominations")) {
        QList<NominationId> selected = selectedIds();
        const NominationId current = currentId();
        if (current.isValid()) { // the current row stays current
            selected.removeAll(current);
            selected.prepend(current);
        }
        m_loading = true;
        m_model->setRows(*rows);
        fillFilterChoices();
        selectNominations(selected);
        m_loading = false;
        updateCounters();
        updateCount();
        log::gui()->info("nominations page loaded: {} nominations", rows->size());
    }
    if (const auto decisions = take(m_nominations.decisions(), "load award decisions"))
        showDecisions(*decisions);
    const auto plans = take(m_plans.plans(), "load plans");
    const auto campaigns = plans ? take(m_plans.campaigns(), "load campaigns") : std::nullopt;
    if (plans && campaigns)
        m_awardForms->setRows(awardFormRows(*campaigns, *plans));
    showCurrent();
    updateActions();
}

void NominationsPage::showCurrent()
{
    const services::NominationRow* row = currentRow();
    QList<NominationEvent> history;
    QList<services::NominationRow> duplicates;
    if (row) {
        if (auto trail = take(m_nominations.history(row->nomination.id), "load nomination trail"))
            history = std::move(*trail);
        for (const NominationId id : row->duplicates) {
            if (const services::NominationRow* other = m_model->find(id))
                duplicates << *other;
        }
    }
    m_ui->nominationDetailPanel->showNomination(row, history, duplicates);
    updateActions();
}

bool NominationsPage::selectShown(NominationId id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (!index.isValid())
        return false;
    QTableView* view = m_ui->nominationsTableView;
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                           | QItemSelectionModel::Rows);
    view->scrollTo(index);
    return true;
}

bool NominationsPage::selectNomination(NominationId id)
{
    if (selectShown(id))
        return true;
    if (m_model->rowOf(id) < 0)
        return false;
    const QSignalBlocker blocker(m_ui->searchLineEdit); // one filter pass, below
    m_ui->searchLineEdit->clear();
    m_proxy->setSearchText(QString());
    for (QComboBox* combo : {m_ui->statusFilterComboBox, m_ui->agencyFilterComboBox,
                             m_ui->awardFormFilterComboBox, m_ui->eligibilityFilterComboBox})
        combo->setCurrentIndex(0);
    m_ui->overdueOnlyCheckBox->setChecked(false);
    updateCount();
    return selectShown(id);
}

void NominationsPage::selectNominations(const QList<NominationId>& ids)
{
    QItemSelectionModel* selection = m_ui->nominationsTableView->selectionModel();
    QItemSelection rows;
    QModelIndex first;
    for (const NominationId id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        if (!index.isValid())
            continue;
        rows.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (first.isValid())
        selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QList<NominationId> NominationsPage::selectedIds() const
{
    QList<NominationId> ids;
    for (const services::NominationRow& row : selectedRows())
        ids << row.nomination.id;
    return ids;
}

NominationId NominationsPage::currentId() const
{
    const services::NominationRow* row = currentRow();
    return row ? row->nomination.id : NominationId();
}

QAction* NominationsPage::stepAction(NominationAction action) const
{
    return m_stepActions.value(action);
}

QList<services::NominationRow> NominationsPage::selectedRows() const
{
    QModelIndexList indexes = m_ui->nominationsTableView->selectionModel()->selectedRows();
    std::ranges::sort(indexes, {}, &QModelIndex::row);
    QList<services::NominationRow> rows;
    for (const QModelIndex& index : indexes) {
        if (const services::NominationRow* row = m_model->rowAt(m_proxy->mapToSource(index).row()))
            rows << *row;
    }
    return rows;
}

const services::NominationRow* NominationsPage::currentRow() const
{
    const QModelIndex current = m_ui->nominationsTableView->currentIndex();
    return current.isValid() ? m_model->rowAt(m_proxy->mapToSource(current).row()) : nullptr;
}

} // namespace ed::gui
