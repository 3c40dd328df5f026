#include "gui/tasks/taskdialog.h"

#include "gui/editing/fieldmarker.h"
#include "gui/wording.h"

#include "ui_taskdialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ed::gui {

TaskDialog::TaskDialog(const QList<Plan>& plans,
                       const QList<Agency>& agencies,
                       const StandingTask& task,
                       QDate today,
                       QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TaskDialog>()), m_original(task), m_plans(plans)
{
    m_ui->setupUi(this);
    const bool isNew = !task.id.isValid();
    setWindowTitle(isNew ? tr("New task") : tr("Edit task %1").arg(task.section));
    for (const Plan& plan : plans)
        m_ui->planComboBox->addItem(plan.symbol, plan.id.raw());
    const int planRow = m_ui->planComboBox->findData(task.plan.raw());
    m_ui->planComboBox->setCurrentIndex(std::max(planRow, 0));
    // A task stays in its plan: sections are numbered within one.
    m_ui->planComboBox->setEnabled(isNew);
    for (const TaskStatus status :
         {TaskStatus::Open, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Cancelled})
        m_ui->statusComboBox->addItem(Wording::taskStatus(status), static_cast<int>(status));

    m_ui->sectionLineEdit->setText(task.section);
    m_ui->printedNumberLineEdit->setText(task.printedNumber);
    m_ui->contentPlainTextEdit->setPlainText(task.content);
    m_ui->assignmentEditor->setAgencies(agencies);
    m_ui->assignmentEditor->setAssignments(task.agencies);
    m_ui->deadlineEditor->setOptional(true);
    m_ui->deadlineEditor->setReferenceDate(today);
    m_ui->deadlineEditor->setOptionalDeadline(task.deadline);
    m_ui->statusComboBox->setCurrentIndex(
            m_ui->statusComboBox->findData(static_cast<int>(task.status)));
    m_ui->progressNotePlainTextEdit->setPlainText(task.progressNote);
    m_ui->contentPlainTextEdit->setMinimumHeight(90);
    m_ui->progressNotePlainTextEdit->setMinimumHeight(90);
    planChosen();

    connect(m_ui->planComboBox, &QComboBox::currentIndexChanged, this, &TaskDialog::planChosen);
    connect(m_ui->sectionLineEdit, &QLineEdit::textChanged, this, &TaskDialog::validate);
    connect(m_ui->contentPlainTextEdit, &QPlainTextEdit::textChanged, this, &TaskDialog::validate);
    connect(m_ui->assignmentEditor, &AssignmentEditor::changed, this, &TaskDialog::validate);
    connect(m_ui->deadlineEditor, &DeadlineEditor::changed, this, &TaskDialog::validate);
    validate();
}

TaskDialog::~TaskDialog() = default;

void TaskDialog::planChosen()
{
    const qint64 id = m_ui->planComboBox->currentData().toLongLong();
    for (const Plan& plan : m_plans) {
        if (plan.id.raw() == id)
            m_ui->deadlineEditor->setElectionDay(plan.electionDay);
    }
}

StandingTask TaskDialog::task() const
{
    StandingTask task = m_original;
    task.plan = PlanId(m_ui->planComboBox->currentData().toLongLong());
    task.section = m_ui->sectionLineEdit->text().trimmed();
    task.printedNumber = m_ui->printedNumberLineEdit->text().trimmed();
    task.content = m_ui->contentPlainTextEdit->toPlainText().trimmed();
    task.agencies = m_ui->assignmentEditor->assignments();
    task.deadline = m_ui->deadlineEditor->optionalDeadline();
    task.status = static_cast<TaskStatus>(m_ui->statusComboBox->currentData().toInt());
    task.progressNote = m_ui->progressNotePlainTextEdit->toPlainText().trimmed();
    return task;
}

void TaskDialog::validate()
{
    showProblems(checkTask(task()));
}

void TaskDialog::showProblems(const QList<FieldProblem>& problems)
{
    const auto show = [&problems](QWidget* field, ProblemLabel* label, const QString& name) {
        const QStringList messages = problemMessages(problems, name);
        label->setMessages(messages);
        markField(field, !messages.isEmpty(), messages.join(u' '));
    };
    show(m_ui->sectionLineEdit, m_ui->sectionProblemLabel, u"section"_s);
    show(m_ui->contentPlainTextEdit, m_ui->contentProblemLabel, u"content"_s);
    show(m_ui->assignmentEditor, m_ui->agenciesProblemLabel, u"agencies"_s);
    m_ui->deadlineEditor->showProblems(problems, u"deadline."_s);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void TaskDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_save && !m_save(task()))
        return;
    QDialog::accept();
}

} // namespace ed::gui
