#include "gui/tasks/taskspage.h"

#include "core/clock.h"
#include "core/searchkey.h"
#include "core/vnformat.h"
#include "gui/settingsdialog.h"
#include "gui/tasks/tasktablemodel.h"
#include "gui/viewsetup.h"
#include "gui/wording.h"
#include "logging/log.h"
#include "services/planservice.h"

#include "ui_taskspage.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace ed::gui {

TasksPage::TasksPage(const services::PlanService& plans, const Clock& clock, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::TasksPage>()), m_plans(plans), m_clock(clock),
      m_model(new TaskTableModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TaskTableModel::SortRole);
    m_proxy->setSortLocaleAware(true); // Vietnamese order: main() set the default locale
    m_proxy->setFilterRole(TaskTableModel::SearchRole);

    QTableView* view = m_ui->tasksTableView;
    setUpRowView(view);
    view->setModel(m_proxy);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the plans' own order
    view->setSortingEnabled(true);
    setColumnWidths(view->horizontalHeader(), TaskTableModel::ContentColumn,
                    {{TaskTableModel::PlanColumn, 105},
                     {TaskTableModel::SectionColumn, 75},
                     {TaskTableModel::DeadlineColumn, 150},
                     {TaskTableModel::LastAllowedColumn, 115},
                     {TaskTableModel::StatusColumn, 85},
                     {TaskTableModel::StateColumn, 115}});
    // Content and agencies share what is left; the panel below shows both in full.
    view->horizontalHeader()->setSectionResizeMode(TaskTableModel::AgenciesColumn,
                                                   QHeaderView::Stretch);
    m_ui->tasksSplitter->setStretchFactor(0, 3);
    m_ui->tasksSplitter->setStretchFactor(1, 1);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(searchKey(text));
        updateCount();
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TasksPage::showCurrentTask);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TasksPage::showCurrentTask);
}

TasksPage::~TasksPage() = default;

void TasksPage::reload()
{
    const auto plans = take(m_plans.plans(), "load plans");
    if (!plans)
        return;
    const auto agencies = take(m_plans.agencies(), "load agencies");
    if (!agencies)
        return;
    const AgencyNames names = agencyNames(agencies.value());
    const QDate today = m_clock.today();
    const int soonDays = SettingsDialog::dueSoonDays();
    QList<TaskRow> rows;
    for (const Plan& plan : plans.value()) {
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
    updateCount();
    log::gui()->info("tasks page loaded: {} tasks of {} plans", rows.size(), plans->size());
}

bool TasksPage::selectTask(TaskId id)
{
    const auto find = [this, id]() -> QModelIndex {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(TaskTableModel::IdRole).toLongLong() == id.raw())
                return index;
        }
        return {};
    };
    QModelIndex index = find();
    if (!index.isValid() && !m_ui->searchLineEdit->text().isEmpty()) {
        m_ui->searchLineEdit->clear();
        index = find();
    }
    if (!index.isValid())
        return false;
    m_ui->tasksTableView->setCurrentIndex(index);
    m_ui->tasksTableView->scrollTo(index);
    return true;
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
