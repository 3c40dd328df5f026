#include "gui/editing/editcontext.h"
#include "gui/editing/scheduleedits.h"
#include "gui/overview/plansummarymodel.h"
#include "gui/tasks/taskdialog.h"
#include "gui/tasks/taskspage.h"
#include "gui/tasks/tasktablemodel.h"
#include "gui/widgets/problemlabel.h"
#include "windowtest.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using ed::StandingTask;
using ed::TaskStatus;
using ed::gui::MainWindow;
using ed::gui::TaskDialog;
using ed::gui::TasksPage;
using ed::gui::TaskTableModel;

namespace {

class TaskEditingTest : public ed::test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        m_window->showArea(MainWindow::Area::Tasks);
        m_page = qobject_cast<TasksPage*>(m_window->page(MainWindow::Area::Tasks));
        ASSERT_NE(m_page, nullptr);
        m_table = onPage<QTableView>(MainWindow::Area::Tasks, u"tasksTableView"_s);
        ASSERT_NE(m_table, nullptr);
    }

    ed::Plan plan(const QString& symbol) const
    {
        for (const ed::Plan& p : planService().plans().value()) {
            if (p.symbol == symbol)
                return p;
        }
        ADD_FAILURE() << "no plan";
        return {};
    }
    StandingTask task(const QString& section) const
    {
        for (const StandingTask& t : planService().tasks(plan(u"01-KH/BCĐ"_s).id).value()) {
            if (t.section == section)
                return t;
        }
        ADD_FAILURE() << "no task " << section.toStdString();
        return {};
    }
    /// The text of `column` in the row of the table that shows the task `id`.
    QString shown(ed::TaskId id, int column) const
    {
        for (int row = 0; row < m_table->model()->rowCount(); ++row) {
            const QModelIndex index = m_table->model()->index(row, column);
            if (index.data(TaskTableModel::IdRole).toLongLong() == id.raw())
                return index.data().toString();
        }
        return {};
    }

    TasksPage* m_page = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace

TEST_F(TaskEditingTest, MarkingATaskDoneWithAProgressNoteIsUndoneThroughTheEditMenu)
{
    const StandingTask before = task(u"III.8"_s);
    ASSERT_EQ(before.status, TaskStatus::Open);
    ASSERT_TRUE(m_page->selectTask(before.id));
    const QString note = u"Đã đôn đốc các huyện ủy; báo cáo BCĐ ngày 09/02"_s;
    answer = [&](QDialog& dialog) {
        EXPECT_NE(qobject_cast<TaskDialog*>(&dialog), nullptr);
        auto* status = childOf<QComboBox>(dialog, u"statusComboBox"_s);
        status->setCurrentIndex(status->findData(static_cast<int>(TaskStatus::Done)));
        childOf<QPlainTextEdit>(dialog, u"progressNotePlainTextEdit"_s)->setPlainText(note);
        EXPECT_FALSE(childOf<QComboBox>(dialog, u"planComboBox"_s)->isEnabled());
        childOf<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        return dialog.result();
    };
    m_page->editTask();
    const StandingTask after = task(u"III.8"_s);
    EXPECT_EQ(after.status, TaskStatus::Done);
    EXPECT_EQ(after.progressNote, note);
    EXPECT_EQ(after.content, before.content);
    EXPECT_EQ(after.agencies, before.agencies);
    EXPECT_EQ(m_page->currentTaskId(), before.id); // the selection survives the reload
    EXPECT_EQ(shown(before.id, TaskTableModel::ProgressColumn), note);

    windowAction(u"undoAction"_s)->trigger();
    EXPECT_EQ(task(u"III.8"_s), before);
    EXPECT_TRUE(shown(before.id, TaskTableModel::ProgressColumn).isEmpty());
    windowAction(u"redoAction"_s)->trigger();
    EXPECT_EQ(task(u"III.8"_s).status, TaskStatus::Done);
}

TEST_F(TaskEditingTest, ANewTaskIsAddedToThePlanAndDeletedAfterConfirmation)
{
    const int all = m_table->model()->rowCount();
    ASSERT_TRUE(m_page->selectTask(task(u"III.8"_s).id));
    answer = [](QDialog& dialog) {
        childOf<QLineEdit>(dialog, u"sectionLineEdit"_s)->setText(u"III.9"_s);
        childOf<QLineEdit>(dialog, u"printedNumberLineEdit"_s)->setText(u"9"_s);
        childOf<QPlainTextEdit>(dialog, u"contentPlainTextEdit"_s)
                ->setPlainText(u"Tổng hợp kết quả bầu cử, báo cáo Ban Thường vụ Tỉnh ủy."_s);
        childOf<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
        return dialog.result();
    };
    m_page->newTask();
    const StandingTask added = task(u"III.9"_s);
    ASSERT_TRUE(added.id.isValid());
    EXPECT_EQ(added.plan, plan(u"01-KH/BCĐ"_s).id); // the selected task's plan
    EXPECT_EQ(m_table->model()->rowCount(), all + 1);
    EXPECT_EQ(m_page->currentTaskId(), added.id);

    QString question;
    answer = [&](QDialog& dialog) {
        question = qobject_cast<QMessageBox*>(&dialog)->text();
        return static_cast<int>(QMessageBox::Yes);
    };
    m_page->deleteTask();
    EXPECT_TRUE(question.contains(u"III.9 (01-KH/BCĐ)"_s)) << question.toStdString();
    EXPECT_EQ(m_table->model()->rowCount(), all);
    windowAction(u"undoAction"_s)->trigger();
    EXPECT_EQ(m_table->model()->rowCount(), all + 1);
    EXPECT_EQ(task(u"III.9"_s).id, added.id);
}

TEST_F(TaskEditingTest, DeletingIsNotDoneWhenTheConfirmationIsDeclined)
{
    const int all = m_table->model()->rowCount();
    ASSERT_TRUE(m_page->selectTask(task(u"III.5"_s).id));
    answer = [](QDialog&) { return static_cast<int>(QMessageBox::No); };
    m_page->deleteTask();
    EXPECT_EQ(m_dialogs, 1);
    EXPECT_EQ(m_table->model()->rowCount(), all);
    EXPECT_EQ(m_window->undoStack().count(), 0);
}

TEST_F(TaskEditingTest, TheDialogShowsProblemsBesideTheFieldsAndDisablesOk)
{
    const QList<ed::Plan> plans = planService().plans().value();
    StandingTask fresh;
    fresh.plan = plans.first().id;
    TaskDialog dialog(plans, planService().agencies().value(), fresh, QDate(2021, 2, 10));
    QPushButton* ok =
            childOf<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    auto* section = childOf<QLineEdit>(dialog, u"sectionLineEdit"_s);
    auto* content = childOf<QPlainTextEdit>(dialog, u"contentPlainTextEdit"_s);
    auto* sectionProblem = childOf<ed::gui::ProblemLabel>(dialog, u"sectionProblemLabel"_s);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_FALSE(sectionProblem->isHidden());
    section->setText(u"III.10"_s);
    EXPECT_TRUE(sectionProblem->isHidden());
    EXPECT_FALSE(ok->isEnabled()); // the content is still empty
    content->setPlainText(u"Nội dung"_s);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(childOf<QComboBox>(dialog, u"planComboBox"_s)->isEnabled());
}

TEST_F(TaskEditingTest, TasksFilterByAgencyAndByState)
{
    auto* agency = onPage<QComboBox>(MainWindow::Area::Tasks, u"taskAgencyFilterComboBox"_s);
    auto* state = onPage<QComboBox>(MainWindow::Area::Tasks, u"taskStateFilterComboBox"_s);
    ASSERT_TRUE(agency && state);
    const int all = m_table->model()->rowCount();
    ASSERT_EQ(all, 18);
    const QString name = u"Ban Tuyên giáo Tỉnh ủy Bình Phước"_s;
    agency->setCurrentIndex(agency->findText(name));
    ASSERT_GT(agency->currentIndex(), 0);
    EXPECT_EQ(m_table->model()->rowCount(), 2); // II.1.b and III.5
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        EXPECT_TRUE(m_table->model()
                            ->index(row, TaskTableModel::AgenciesColumn)
                            .data()
                            .toString()
                            .contains(name));
    }
    agency->setCurrentIndex(0);
    EXPECT_EQ(m_table->model()->rowCount(), all);

    state->setCurrentIndex(1); // overdue
    EXPECT_LT(m_table->model()->rowCount(), all);
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        EXPECT_EQ(m_table->model()->index(row, TaskTableModel::StateColumn).data().toString(),
                  u"Overdue"_s);
    }
    state->setCurrentIndex(3); // not done: every demo task is open
    EXPECT_EQ(m_table->model()->rowCount(), all);
}

TEST_F(TaskEditingTest, TheOverviewCountsMeetingsAndTasksByStatusInWords)
{
    auto* plans = onPage<QTableView>(MainWindow::Area::Overview, u"plansTableView"_s);
    ASSERT_NE(plans, nullptr);
    const auto row = [plans](const QString& symbol) {
        for (int r = 0; r < plans->model()->rowCount(); ++r) {
            if (plans->model()->index(r, ed::gui::PlanSummaryModel::SymbolColumn).data() == symbol)
                return r;
        }
        return -1;
    };
    const int r = row(u"01-KH/BCĐ"_s);
    ASSERT_GE(r, 0);
    const auto text = [plans, r](int column) {
        return plans->model()->index(r, column).data().toString();
    };
    EXPECT_EQ(text(ed::gui::PlanSummaryModel::MeetingsColumn), u"6 planned"_s);
    EXPECT_EQ(text(ed::gui::PlanSummaryModel::TasksColumn), u"11 open"_s);

    const StandingTask before = task(u"III.8"_s);
    StandingTask done = before;
    done.status = TaskStatus::Done;
    StandingTask started = task(u"III.5"_s);
    const StandingTask startedBefore = started;
    started.status = TaskStatus::InProgress;
    auto& context = *m_window->findChild<ed::gui::EditContext*>();
    ASSERT_TRUE(ed::gui::editTask(context, before, done).ok());
    ASSERT_TRUE(ed::gui::editTask(context, startedBefore, started).ok());
    // The Overview is hidden behind the Tasks page: it reads again when shown.
    m_window->showArea(MainWindow::Area::Overview);
    EXPECT_EQ(text(ed::gui::PlanSummaryModel::TasksColumn), u"9 open, 1 in progress, 1 done"_s);
    EXPECT_EQ(plans->model()->rowCount(), 2);
}

TEST_F(TaskEditingTest, EnterOnAnOverdueItemOpensIt)
{
    m_window->showArea(MainWindow::Area::Overview);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    auto* overdue = onPage<QTableView>(MainWindow::Area::Overview, u"overdueTableView"_s);
    ASSERT_NE(overdue, nullptr);
    ASSERT_GE(overdue->model()->rowCount(), 1);
    overdue->setFocus();
    overdue->setCurrentIndex(overdue->model()->index(0, 0));
    QTest::keyClick(overdue, Qt::Key_Return);
    EXPECT_EQ(m_window->currentArea(), MainWindow::Area::Plans);
}
