#include "gui/tasks/tasktablemodel.h"

#include "core/searchkey.h"
#include "core/vnformat.h"
#include "gui/wording.h"

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

QString deadlineWording(const StandingTask& task)
{
    return task.deadline ? task.deadline->wording : QString();
}

} // namespace

void TaskTableModel::rowsReplaced()
{
    m_searchKeys.clear();
    for (const TaskRow& row : rows()) {
        m_searchKeys << searchKey(QStringList{row.planSymbol, row.task.section, row.task.content,
                                              row.agencies, deadlineWording(row.task),
                                              row.task.progressNote}
                                          .join(u' '));
    }
}

int TaskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const
{
    const TaskRow* row = rowFor(index);
    if (!row)
        return {};
    const StandingTask& task = row->task;
    const int column = index.column();
    switch (role) {
    case SearchRole: return m_searchKeys.value(index.row());
    case IdRole: return task.id.raw();
    case SortRole:
        switch (column) {
        case LastAllowedColumn: return row->lastAllowed;
        case StatusColumn: return static_cast<int>(task.status);
        case StateColumn: return static_cast<int>(row->state);
        default: return data(index, Qt::DisplayRole); // compared locale-aware by the proxy
        }
    case Qt::DisplayRole:
        switch (column) {
        case PlanColumn: return row->planSymbol;
        case SectionColumn: return task.section;
        case ContentColumn: return task.content.simplified(); // one line; full text in the tip
        case AgenciesColumn: return row->agencies;
        case DeadlineColumn: return deadlineWording(task);
        case LastAllowedColumn: return formatDate(row->lastAllowed);
        case StatusColumn: return Wording::taskStatus(task.status);
        case StateColumn: return Wording::scheduleState(row->state);
        case ProgressColumn: return task.progressNote.simplified();
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case ContentColumn: return task.content;
        case AgenciesColumn: return row->agencies;
        case DeadlineColumn: return deadlineWording(task);
        case ProgressColumn: return task.progressNote;
        default: break;
        }
        break;
    case Qt::DecorationRole:
        if (column == StateColumn)
            return Wording::scheduleStateIcon(row->state);
        break;
    default: break;
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlanColumn: return tr("Plan");
    case SectionColumn: return tr("Section");
    case ContentColumn: return tr("Content");
    case AgenciesColumn: return tr("Agencies");
    case DeadlineColumn: return tr("Deadline as worded");
    case LastAllowedColumn: return tr("Last allowed date");
    case StatusColumn: return tr("Status");
    case StateColumn: return tr("State");
    case ProgressColumn: return tr("Progress");
    }
    return {};
}

} // namespace ed::gui
