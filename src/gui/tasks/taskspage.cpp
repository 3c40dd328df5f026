#include "gui/tasks/taskspage.h"

#include "core/clock.h"
#include "core/searchkey.h"
#include "core/vnformat.h"
#include "gui/editing/editcontext.h"
#include "gui/editing/scheduleedits.h"
#include "gui/modal.h"
#include "gui/settingsdialog.h"
#include "gui/tasks/taskdialog.h"
#include "gui/tasks/taskfilterproxy.h"
#include "gui/tasks/tasktablemodel.h"
#include "gui/viewsetup.h"
#include "gui/wording.h"
#include "i18n/errormessages.h"
#include "logging/log.h"
#include "services/planservice.h"
#include "services/scheduleservice.h"

#include "ui_taskspage.h"

#include <QAction>
#include <QCollator>
#include <QHeaderView>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

TasksPage::TasksPage(const services::PlanService& plans, EditContext& context, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::TasksPage>()), m_plans(plans), m_context(context),
      m_model(new TaskTableModel(this)), m_proxy(new TaskFilterProxy(m_model, this))
{
    m_ui->setupUi(this);
    QTableView* view = m_ui->tasksTableView;
    setUpRowView(view);
    view->setModel(m_proxy);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the plans' own order
    view->setSortingEnabled(true);
    // Too many columns for one screen: what is read most comes first, the deadline as worded
    // last (the panel below shows every field in full); the table scrolls sideways if need be.
    QHeaderView* header = view->horizontalHeader();
    header->moveSection(header->visualIndex(TaskTableModel::DeadlineColumn),
                        TaskTableModel::ColumnCount - 1);
    setColumnWidths(header, TaskTableModel::DeadlineColumn,
                    {{TaskTableModel::PlanColumn, 100},
                     {TaskTableModel::SectionColumn, 75},
                     {TaskTableModel::ContentColumn, 260},
                     {TaskTableModel::AgenciesColumn, 190},
                     {TaskTableModel::LastAllowedColumn, 90},
                     {TaskTableModel::StatusColumn, 120},
                     {TaskTableModel::StateColumn, 130},
                     {TaskTableModel::ProgressColumn, 180}});
    header->setSectionResizeMode(TaskTableModel::DeadlineColumn, QHeaderView::Interactive);
    header->resizeSection(TaskTableModel::DeadlineColumn, 160);
    header->setStretchLastSection(true);
    m_ui->tasksSplitter->setStretchFactor(0, 3);
    m_ui->tasksSplitter->setStretchFactor(1, 1);

    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TasksPage::showCurrentTask);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TasksPage::showCurrentTask);
    setUpFilters();
    setUpActions();
}

TasksPage::~TasksPage() = default;

void TasksPage::setUpFilters()
{
    QComboBox* state = m_ui->taskStateFilterComboBox;
    using Filter = TaskFilterProxy::StateFilter;
    state->addItem(tr("All tasks"), static_cast<int>(Filter::All));
    state->addItem(Wording::scheduleStateIcon(ScheduleState::Overdue), tr("Overdue"),
                   static_cast<int>(Filter::Overdue));
    state->addItem(Wording::scheduleStateIcon(ScheduleState::DueSoon), tr("Due soon"),
                   static_cast<int>(Filter::DueSoon));
    state->addItem(tr("Not done"), static_cast<int>(Filter::NotDone));
    state->setItemData(3, tr("Open or in progress"), Qt::ToolTipRole);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(searchKey(text));
        updateCount();
    });
    connect(state, &QComboBox::currentIndexChanged, this, [this, state] {
        m_proxy->setStateFilter(static_cast<Filter>(state->currentData().toInt()));
        updateCount();
    });
    connect(m_ui->taskAgencyFilterComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setAgency(AgencyId(m_ui->taskAgencyFilterComboBox->currentData().toLongLong()));
        updateCount();
    });
}

void TasksPage::setUpActions()
{
    // Ctrl+N belongs to the page: its shortcut counts only while the page is shown.
    auto* add = new QAction(tr("New task"), this);
    add->setObjectName(u"newTaskAction"_s);
    add->setShortcut(QKeySequence::New);
    addAction(add);
    // Del belongs to the table, so that Del in the search field still deletes text.
    auto* remove = new QAction(tr("Delete task"), this);
    remove->setObjectName(u"deleteTaskAction"_s);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->tasksTableView->addAction(remove);

    connect(add, &QAction::triggered, this, &TasksPage::newTask);
    connect(remove, &QAction::triggered, this, &TasksPage::deleteTask);
    connect(m_ui->newTaskButton, &QPushButton::clicked, this, &TasksPage::newTask);
    connect(m_ui->editTaskButton, &QPushButton::clicked, this, &TasksPage::editTask);
    connect(m_ui->deleteTaskButton, &QPushButton::clicked, this, &TasksPage::deleteTask);
    connect(m_ui->tasksTableView, &QAbstractItemView::activated, this, &TasksPage::editTask);
    connect(m_ui->tasksTableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TasksPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TasksPage::updateActions);
    updateActions();
}

void TasksPage::updateActions()
{
    const bool selected = currentTask() != nullptr;
    m_ui->editTaskButton->setEnabled(selected);
    m_ui->deleteTaskButton->setEnabled(selected);
    m_ui->newTaskButton->setEnabled(!m_planList.isEmpty());
}

void TasksPage::reload()
{
    const auto plans = take(m_plans.plans(), "load plans");
    if (!plans)
        return;
    const auto agencies = take(m_plans.agencies(), "load agencies");
    if (!agencies)
        return;
    const TaskId current = currentTaskId();
    m_planList = plans.value();
    m_agencies = agencies.value();
    const AgencyNames names = agencyNames(m_agencies);
    const QDate today = m_context.clock().today();
    const int soonDays = SettingsDialog::dueSoonDays();
    QList<TaskRow> rows;
    for (const Plan& plan : m_planList) {
        const auto tasks = take(m_plans.tasks(plan.id), "load tasks");
        if (!tasks)
            return;
        for (const StandingTask& task : tasks.value()) {
            const QDate last =
                    task.deadline
                            ? task.deadline->lastAllowedDate(plan.electionDay).value_or(QDate())
                            : QDate();
            rows << TaskRow{task, plan.symbol, Wording::agenciesByRole(task.agencies, names), last,
                            taskState(task, plan.electionDay, today, soonDays)};
        }
    }
    m_model->setRows(rows);
    fillAgencyFilter();
    if (current.isValid())
        selectShown(current);
    updateCount();
    updateActions();
    log::gui()->info("tasks page loaded: {} tasks of {} plans", rows.size(), m_planList.size());
}

void TasksPage::fillAgencyFilter()
{
    QComboBox* combo = m_ui->taskAgencyFilterComboBox;
    const qint64 chosen = combo->currentData().toLongLong();
    QSet<qint64> named; // only agencies that some task names
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (const AgencyAssignment& a : m_model->rowAt(row)->task.agencies)
            named.insert(a.agency.raw());
    }
    QList<Agency> offered;
    for (const Agency& agency : m_agencies) {
        if (named.contains(agency.id.raw()))
            offered << agency;
    }
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    std::stable_sort(offered.begin(), offered.end(), [&](const Agency& a, const Agency& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All agencies"), qint64(0));
    for (const Agency& agency : offered) {
        combo->addItem(agency.name, agency.id.raw());
        combo->setItemData(combo->count() - 1, agency.name, Qt::ToolTipRole);
    }
    const int row = combo->findData(chosen);
    combo->setCurrentIndex(std::max(row, 0));
    m_proxy->setAgency(AgencyId(combo->currentData().toLongLong()));
}

bool TasksPage::selectShown(TaskId id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(TaskTableModel::IdRole).toLongLong() == id.raw()) {
            m_ui->tasksTableView->setCurrentIndex(index);
            m_ui->tasksTableView->scrollTo(index);
            return true;
        }
    }
    return false;
}

bool TasksPage::selectTask(TaskId id)
{
    if (selectShown(id))
        return true;
    m_ui->searchLineEdit->clear();
    m_ui->taskAgencyFilterComboBox->setCurrentIndex(0);
    m_ui->taskStateFilterComboBox->setCurrentIndex(0);
    return selectShown(id);
}

TaskId TasksPage::currentTaskId() const
{
    const StandingTask* task = currentTask();
    return task ? task->id : TaskId();
}

const StandingTask* TasksPage::currentTask() const
{
    const QModelIndex current = m_ui->tasksTableView->currentIndex();
    const TaskRow* row =
            current.isValid() ? m_model->rowAt(m_proxy->mapToSource(current).row()) : nullptr;
    return row ? &row->task : nullptr;
}

void TasksPage::newTask()
{
    if (m_planList.isEmpty())
        return;
    StandingTask task;
    const StandingTask* current = currentTask();
    task.plan = current ? current->plan : m_planList.first().id;
    runDialog(task);
}

void TasksPage::editTask()
{
    if (const StandingTask* task = currentTask())
        runDialog(*task);
}

void TasksPage::runDialog(const StandingTask& task)
{
    TaskDialog dialog(m_planList, m_agencies, task, m_context.clock().today(), this);
    TaskId saved;
    dialog.setSave([this, &dialog, &saved, task](const StandingTask& changed) {
        Status status = success();
        if (!changed.id.isValid()) {
            const Result<TaskId> id = addTask(m_context, changed);
            status = id ? success() : Status(id.error());
            saved = id ? id.value() : TaskId();
        } else if (changed != task) {
            status = ed::gui::editTask(m_context, task, changed);
            saved = changed.id;
        }
        if (status)
            return true;
        if (status.error().code == ErrorCode::InvalidInput
            && !m_context.schedule().problems().isEmpty()) {
            dialog.showProblems(m_context.schedule().problems());
        } else {
            log::gui()->error("task edit failed: code {} ({})",
                              static_cast<int>(status.error().code), status.error().detail);
            modal::tell(&dialog, QMessageBox::Warning, dialog.windowTitle(),
                        i18n::errorMessage(status.error()));
        }
        return false;
    });
    if (modal::exec(dialog) == QDialog::Accepted && saved.isValid())
        selectTask(saved);
}

void TasksPage::deleteTask()
{
    const StandingTask* current = currentTask();
    if (!current)
        return;
    const StandingTask task = *current; // a reload during the edit replaces the rows
    const QModelIndex index = m_proxy->mapToSource(m_ui->tasksTableView->currentIndex());
    const QString name = u"%1 (%2)"_s.arg(task.section, m_model->rowAt(index.row())->planSymbol);
    const QString title = tr("Delete task");
    if (modal::ask(this, title,
                   tr("Delete the task %1?\n\n%2\n\nEdit ▸ Undo brings it back.")
                           .arg(name, task.content.simplified().left(200)),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (const Status status = ed::gui::deleteTask(m_context, task); !status) {
        log::gui()->error("delete task failed: code {} ({})", static_cast<int>(status.error().code),
                          status.error().detail);
        modal::tell(this, QMessageBox::Warning, title, i18n::errorMessage(status.error()));
    }
}

void TasksPage::showCurrentTask()
{
    const QModelIndex current = m_ui->tasksTableView->currentIndex();
    const TaskRow* row =
            current.isValid() ? m_model->rowAt(m_proxy->mapToSource(current).row()) : nullptr;
    if (!row) {
        m_ui->taskDetailTextBrowser->setHtml(
                u"<p>%1</p>"_s.arg(tr("Select a task to read it in full.").toHtmlEscaped()));
        return;
    }
    const StandingTask& task = row->task;
    QString html = u"<h3>%1 — %2</h3>"_s.arg(row->planSymbol.toHtmlEscaped(),
                                             task.section.toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(task.content.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    if (!row->agencies.isEmpty())
        html += u"<p>%1</p>"_s.arg(row->agencies.toHtmlEscaped());
    QStringList facts;
    if (task.deadline)
        facts << tr("Deadline: %1").arg(task.deadline->wording);
    if (row->lastAllowed.isValid())
        facts << tr("Last allowed date: %1").arg(formatDate(row->lastAllowed));
    facts << tr("Status: %1").arg(Wording::taskStatus(task.status))
          << tr("State: %1").arg(Wording::scheduleState(row->state));
    if (!task.progressNote.isEmpty())
        facts << tr("Progress: %1").arg(task.progressNote);
    for (QString& fact : facts)
        fact = fact.toHtmlEscaped();
    html += u"<p>%1</p>"_s.arg(facts.join(u"<br>"_s));
    m_ui->taskDetailTextBrowser->setHtml(html);
}

void TasksPage::updateCount()
{
    m_ui->countLabel->setText(
            tr("%1 of %n task(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

} // namespace ed::gui
