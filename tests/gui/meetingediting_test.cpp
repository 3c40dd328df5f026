// The Plans & meetings area as an editor: the meeting dialog, undoable new/edit/delete, the
// election day dialog and the legal calendar tab, on a fresh database with the demo plans.
#include "core/clock.h"
#include "gui/editing/deadlineeditor.h"
#include "gui/mainwindow.h"
#include "gui/modal.h"
#include "gui/plans/electiondaydialog.h"
#include "gui/plans/legalcalendarmodel.h"
#include "gui/plans/meetingdialog.h"
#include "gui/plans/meetingtablemodel.h"
#include "gui/plans/planspage.h"
#include "gui/widgets/problemlabel.h"
#include "gui/wording.h"
#include "i18n/schedulewording.h"
#include "services/demodata.h"
#include "services/planservice.h"
#include "services/workspace.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using ed::DeadlineKind;
using ed::Meeting;
using ed::MeetingId;
using ed::MeetingStatus;
using ed::gui::MainWindow;
using ed::gui::MeetingDialog;
using ed::gui::MeetingTableModel;
using ed::gui::ScopedModalHandler;

namespace {

/// QTest::keyClicks() aborts on Vietnamese letters (engineering §3.7): one event per character.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

template <typename T>
T* child(const QObject& parent, const QString& name)
{
    auto* object = parent.findChild<T*>(name);
    EXPECT_NE(object, nullptr) << name.toStdString();
    return object;
}

QPushButton* okButton(const QDialog& dialog)
{
    return child<QPushButton>(dialog, u"okButton"_s);
}

/// A field of the meeting's own deadline (the reference deadlines have editors too).
template <typename T = QDateEdit>
T* deadlineField(const QDialog& dialog, const QString& name)
{
    auto* editor = child<ed::gui::DeadlineEditor>(dialog, u"deadlineEditor"_s);
    return editor ? child<T>(*editor, name) : nullptr;
}

void chooseData(QComboBox* combo, int value)
{
    ASSERT_NE(combo, nullptr);
    const int index = combo->findData(value);
    ASSERT_GE(index, 0);
    combo->setCurrentIndex(index);
}

/// A fresh database with the demo data; today is 25/02/2021 (between meetings 2 and 3).
class MeetingEditingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        auto workspace = ed::services::Workspace::open(m_dir.filePath(u"desk.sqlite"_s), m_clock);
        ASSERT_TRUE(workspace.ok());
        m_workspace = std::move(workspace).value();
        ASSERT_TRUE(ed::services::DemoDataService(*m_workspace).load().ok());
        m_window = std::make_unique<MainWindow>(*m_workspace);
        m_window->showArea(MainWindow::Area::Plans);
        auto* combo = page<QComboBox>(u"planComboBox"_s);
        ASSERT_NE(combo, nullptr);
        combo->setCurrentIndex(combo->findText(u"01-KH/BCĐ"_s));
        ASSERT_EQ(meetings()->model()->rowCount(), 6);
    }
    void TearDown() override
    {
        m_window.reset();
        m_workspace.reset();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    ed::gui::PlansPage* plans() const
    {
        return static_cast<ed::gui::PlansPage*>(m_window->page(MainWindow::Area::Plans));
    }
    template <typename T>
    T* page(const QString& name) const
    {
        return child<T>(*plans(), name);
    }
    QTreeView* meetings() const { return page<QTreeView>(u"meetingsTreeView"_s); }
    QAction* windowAction(const QString& name) const { return child<QAction>(*m_window, name); }

    /// The table's row showing `label`, or -1.
    int rowOf(const QString& label) const
    {
        const QAbstractItemModel* model = meetings()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, MeetingTableModel::LabelColumn).data().toString() == label)
                return row;
        }
        return -1;
    }
    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return meetings()->model()->index(row, column).data(role).toString();
    }
    void select(int row) const { meetings()->setCurrentIndex(meetings()->model()->index(row, 0)); }
    Meeting storedMeeting(MeetingId id) const
    {
        const auto all = ed::services::PlanService(*m_workspace).meetings(plans()->currentPlan());
        EXPECT_TRUE(all.ok());
        for (const Meeting& m : all.value()) {
            if (m.id == id)
                return m;
        }
        return {};
    }
    /// The legal calendar row whose column `column` reads `text`, or -1.
    int calendarRow(int column, const QString& text) const
    {
        const QAbstractItemModel* model = page<QTableView>(u"legalCalendarTableView"_s)->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, column).data().toString().contains(text))
                return row;
        }
        return -1;
    }

    QTemporaryDir m_dir;
    ed::FixedClock m_clock{QDate(2021, 2, 25)};
    std::unique_ptr<ed::services::Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(MeetingEditingTest, ANewMeetingFilledInTheDialogAppearsInTheTableSelected)
{
    int dialogs = 0;
    ScopedModalHandler handler([&](QDialog& dialog) {
        ++dialogs;
        EXPECT_NE(qobject_cast<MeetingDialog*>(&dialog), nullptr);
        auto* label = child<QLineEdit>(dialog, u"labelLineEdit"_s);
        auto* number = child<QSpinBox>(dialog, u"numberSpinBox"_s);
        EXPECT_EQ(number->value(), 6);               // after the five numbered meetings
        EXPECT_FALSE(okButton(dialog)->isEnabled()); // no label yet
        typeText(label, u"Cuộc họp bất thường"_s);
        deadlineField(dialog, u"deadlineDateEdit"_s)->setDate(QDate(2021, 3, 10));
        child<QPushButton>(dialog, u"addItemButton"_s)->click();
        typeText(child<QPlainTextEdit>(dialog, u"itemContentPlainTextEdit"_s),
                 u"Nghe báo cáo tiến độ hiệp thương"_s);
        EXPECT_TRUE(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        return dialog.result();
    });
    QTest::mouseClick(page<QPushButton>(u"newMeetingButton"_s), Qt::LeftButton);

    EXPECT_EQ(dialogs, 1);
    ASSERT_EQ(meetings()->model()->rowCount(), 7);
    const int row = rowOf(u"Cuộc họp bất thường"_s);
    ASSERT_GE(row, 0);
    EXPECT_EQ(meetings()->currentIndex().row(), row);
    EXPECT_EQ(cell(row, MeetingTableModel::LastAllowedColumn), u"10/03/2021"_s);
    EXPECT_EQ(cell(row, MeetingTableModel::DeadlineColumn), u"No later than 10/03/2021"_s);
    EXPECT_TRUE(page<QTextBrowser>(u"meetingDetailTextBrowser"_s)
                        ->toPlainText()
                        .contains(u"Nghe báo cáo tiến độ hiệp thương"_s));
    // The edit is on the window's undo stack.
    windowAction(u"undoAction"_s)->trigger();
    EXPECT_EQ(meetings()->model()->rowCount(), 6);
    EXPECT_EQ(rowOf(u"Cuộc họp bất thường"_s), -1);
}

TEST_F(MeetingEditingTest, HoldingAMeetingAfterItsLastDayShowsLateAndUndoRedoSwitchBack)
{
    const int row = rowOf(u"Cuộc họp lần thứ hai"_s);
    ASSERT_GE(row, 0);
    select(row);
    const MeetingId id(cell(row, 0, MeetingTableModel::IdRole).toLongLong());
    const QString overdue = ed::gui::Wording::scheduleState(ed::ScheduleState::Overdue);
    const QString late = ed::gui::Wording::scheduleState(ed::ScheduleState::Late);
    EXPECT_EQ(cell(row, MeetingTableModel::StateColumn), overdue);

    ScopedModalHandler handler([&](QDialog& dialog) {
        EXPECT_EQ(child<QLineEdit>(dialog, u"labelLineEdit"_s)->text(), u"Cuộc họp lần thứ hai"_s);
        chooseData(child<QComboBox>(dialog, u"statusComboBox"_s),
                   static_cast<int>(MeetingStatus::Held));
        auto* held = child<QDateEdit>(dialog, u"heldOnDateEdit"_s);
        EXPECT_TRUE(held->isEnabled());
        held->setDate(QDate(2021, 2, 24)); // two days after its last allowed day, 22/02
        okButton(dialog)->click();
        return dialog.result();
    });
    windowAction(u"editMeetingAction"_s)->trigger();

    const auto rowNow = [&] { return rowOf(u"Cuộc họp lần thứ hai"_s); };
    ASSERT_GE(rowNow(), 0);
    EXPECT_EQ(plans()->currentMeeting(), id);
    EXPECT_EQ(cell(rowNow(), MeetingTableModel::StateColumn), late);
    EXPECT_EQ(cell(rowNow(), MeetingTableModel::HeldOnColumn), u"24/02/2021"_s);
    EXPECT_EQ(cell(rowNow(), MeetingTableModel::StatusColumn),
              ed::gui::Wording::meetingStatus(MeetingStatus::Held));

    windowAction(u"undoAction"_s)->trigger();
    EXPECT_EQ(cell(rowNow(), MeetingTableModel::StateColumn), overdue);
    EXPECT_EQ(cell(rowNow(), MeetingTableModel::HeldOnColumn), QString());
    EXPECT_EQ(storedMeeting(id).status, MeetingStatus::Planned);
    EXPECT_EQ(plans()->currentMeeting(), id); // still selected after the reload

    windowAction(u"redoAction"_s)->trigger();
    EXPECT_EQ(cell(rowNow(), MeetingTableModel::StateColumn), late);
    EXPECT_EQ(storedMeeting(id).heldOn, QDate(2021, 2, 24));
}

TEST_F(MeetingEditingTest, DeletingAsksFirstAndUndoBringsTheMeetingBackWithItsItems)
{
    const int row = rowOf(u"Cuộc họp lần thứ hai"_s);
    ASSERT_GE(row, 0);
    select(row);
    const MeetingId id(cell(row, 0, MeetingTableModel::IdRole).toLongLong());
    const Meeting before = storedMeeting(id);
    ASSERT_EQ(before.items.size(), 2);

    QString question;
    int answer = QMessageBox::Cancel;
    ScopedModalHandler handler([&](QDialog& dialog) {
        auto* box = qobject_cast<QMessageBox*>(&dialog);
        EXPECT_NE(box, nullptr);
        question = box ? box->text() : QString();
        return answer;
    });
    windowAction(u"deleteMeetingAction"_s)->trigger(); // answered Cancel
    EXPECT_TRUE(question.contains(u"Cuộc họp lần thứ hai"_s)) << question.toStdString();
    EXPECT_EQ(meetings()->model()->rowCount(), 6);

    answer = QMessageBox::Yes;
    meetings()->setFocus();
    windowAction(u"deleteMeetingAction"_s)->trigger();
    EXPECT_EQ(meetings()->model()->rowCount(), 5);
    EXPECT_EQ(rowOf(u"Cuộc họp lần thứ hai"_s), -1);
    EXPECT_TRUE(plans()->currentMeeting().isValid()); // the next one is selected

    windowAction(u"undoAction"_s)->trigger();
    ASSERT_EQ(meetings()->model()->rowCount(), 6);
    EXPECT_EQ(rowOf(u"Cuộc họp lần thứ hai"_s), row); // back in its place
    const Meeting after = storedMeeting(id);
    EXPECT_EQ(after.id, id);
    // Items are stored whole with the meeting, so they come back under new item ids.
    const auto withoutIds = [](Meeting m) {
        for (ed::MeetingItem& item : m.items)
            item.id = ed::MeetingItemId();
        return m;
    };
    EXPECT_EQ(withoutIds(after), withoutIds(before));
}

TEST_F(MeetingEditingTest, TheDialogKeepsOkDisabledAndSaysWhyBesideTheField)
{
    const ed::Plan plan = [&] {
        const auto all = ed::services::PlanService(*m_workspace).plans();
        for (const ed::Plan& p : all.value()) {
            if (p.symbol == u"01-KH/BCĐ"_s)
                return p;
        }
        return ed::Plan{};
    }();
    MeetingDialog dialog(plan, {}, MeetingDialog::newMeeting(plan.id, {}, m_clock.today()),
                         m_clock.today());
    auto* label = child<QLineEdit>(dialog, u"labelLineEdit"_s);
    auto* labelProblem = child<ed::gui::ProblemLabel>(dialog, u"labelProblemLabel"_s);
    auto* endProblem =
            deadlineField<ed::gui::ProblemLabel>(dialog, u"deadlineEndDateProblemLabel"_s);
    ASSERT_TRUE(label && labelProblem && endProblem && okButton(dialog));

    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_EQ(labelProblem->text(), ed::i18n::problemMessage(ed::Problem::Required));
    EXPECT_EQ(label->accessibleDescription(), labelProblem->text());
    typeText(label, u"Cuộc họp lần thứ sáu"_s);
    EXPECT_TRUE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(labelProblem->text().isEmpty());

    chooseData(deadlineField<QComboBox>(dialog, u"deadlineKindComboBox"_s),
               static_cast<int>(DeadlineKind::Window));
    deadlineField(dialog, u"deadlineDateEdit"_s)->setDate(QDate(2021, 3, 10));
    deadlineField(dialog, u"deadlineEndDateEdit"_s)->setDate(QDate(2021, 3, 5));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_EQ(endProblem->text(), ed::i18n::problemMessage(ed::Problem::EndBeforeStart));

    // OK while disabled does nothing; fixing the window enables it again.
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    deadlineField(dialog, u"deadlineEndDateEdit"_s)->setDate(QDate(2021, 3, 12));
    EXPECT_TRUE(okButton(dialog)->isEnabled());

    // A refusal by the service keeps the dialog open and shows its problems in place.
    dialog.setSave([&dialog](const Meeting&) {
        dialog.showProblems({{u"heldOn"_s, ed::Problem::HeldDateInFuture}});
        return false;
    });
    okButton(dialog)->click();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(child<ed::gui::ProblemLabel>(dialog, u"heldOnProblemLabel"_s)->text(),
              ed::i18n::problemMessage(ed::Problem::HeldDateInFuture));
    EXPECT_FALSE(okButton(dialog)->isEnabled());

    // Esc with changes asks; Cancel keeps the form, Discard closes it.
    dialog.show();
    int asked = 0;
    int answer = QMessageBox::Cancel;
    ScopedModalHandler handler([&](QDialog&) {
        ++asked;
        return answer;
    });
    dialog.reject();
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(dialog.isVisible());
    answer = QMessageBox::Discard;
    dialog.reject();
    EXPECT_EQ(asked, 2);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST_F(MeetingEditingTest, TheElectionDayDialogRefusesASaturdayAndTheChangeCanBeUndone)
{
    ed::gui::ElectionDayDialog dialog({QDate(2021, 5, 23), ed::ElectionRegime::Law2015});
    auto* date = child<QDateEdit>(dialog, u"electionDayDateEdit"_s);
    auto* problem = child<ed::gui::ProblemLabel>(dialog, u"electionDayProblemLabel"_s);
    ASSERT_TRUE(date && problem && okButton(dialog));
    EXPECT_TRUE(okButton(dialog)->isEnabled());
    date->setDate(QDate(2021, 5, 22)); // a Saturday
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_EQ(problem->text(), ed::i18n::problemMessage(ed::Problem::NotSunday));
    date->setDate(QDate(2021, 5, 30));
    EXPECT_TRUE(okButton(dialog)->isEnabled());
    EXPECT_TRUE(problem->text().isEmpty());

    auto* shown = page<QLabel>(u"electionDayValueLabel"_s);
    ASSERT_TRUE(shown->text().contains(u"23/05/2021"_s));
    ScopedModalHandler handler([&](QDialog& d) {
        child<QDateEdit>(d, u"electionDayDateEdit"_s)->setDate(QDate(2021, 5, 30));
        okButton(d)->click();
        return d.result();
    });
    QTest::mouseClick(page<QPushButton>(u"changeElectionDayButton"_s), Qt::LeftButton);
    EXPECT_TRUE(shown->text().contains(u"30/05/2021"_s)) << shown->text().toStdString();
    windowAction(u"undoAction"_s)->trigger();
    EXPECT_TRUE(shown->text().contains(u"23/05/2021"_s)) << shown->text().toStdString();
}

TEST_F(MeetingEditingTest,
       TheLegalCalendarDatesTheSecondConsultativeConferenceAndFlagsAnEarlyMeeting)
{
    using ed::gui::LegalCalendarModel;
    auto* tabs = page<QTabWidget>(u"planTabWidget"_s);
    auto* tab = page<QWidget>(u"legalCalendarTab"_s);
    auto* calendar = page<QTableView>(u"legalCalendarTableView"_s);
    ASSERT_TRUE(tabs && tab && calendar);
    tabs->setCurrentWidget(tab);
    const int second =
            calendarRow(LegalCalendarModel::MilestoneColumn, u"2nd consultative conference"_s);
    ASSERT_GE(second, 0);
    const QAbstractItemModel* model = calendar->model();
    EXPECT_EQ(model->index(second, LegalCalendarModel::DateColumn).data().toString(),
              u"19/03/2021"_s);
    EXPECT_EQ(model->index(second, LegalCalendarModel::OffsetColumn).data().toString(), u"E−65"_s);
    const int today = calendarRow(LegalCalendarModel::MilestoneColumn, u"Today"_s);
    ASSERT_GE(today, 0);
    EXPECT_EQ(model->index(today, LegalCalendarModel::DateColumn).data().toString(),
              u"25/02/2021"_s);
    EXPECT_LT(today, second);
    EXPECT_TRUE(page<QLabel>(u"daysToElectionLabel"_s)->text().contains(u"87"_s));

    // A meeting that reviews the 2nd conference but is due on 15/03/2021 comes too early.
    ScopedModalHandler handler([&](QDialog& dialog) {
        typeText(child<QLineEdit>(dialog, u"labelLineEdit"_s), u"Cuộc họp sớm"_s);
        deadlineField(dialog, u"deadlineDateEdit"_s)->setDate(QDate(2021, 3, 15));
        auto* ties = child<QTableWidget>(dialog, u"milestonesTableWidget"_s);
        for (int row = 0; row < ties->rowCount(); ++row) {
            if (ties->item(row, 0)->text() == u"2nd consultative conference"_s)
                ties->item(row, 3)->setCheckState(Qt::Checked); // "comes after"
        }
        EXPECT_FALSE(
                child<ed::gui::ProblemLabel>(dialog, u"generalConflictsLabel"_s)->text().isEmpty());
        okButton(dialog)->click();
        return dialog.result();
    });
    windowAction(u"newMeetingAction"_s)->trigger();
    const int row = rowOf(u"Cuộc họp sớm"_s);
    ASSERT_GE(row, 0);
    EXPECT_EQ(cell(row, MeetingTableModel::CalendarColumn), u"Too early"_s);
    EXPECT_EQ(cell(row, MeetingTableModel::CalendarColumn, Qt::ToolTipRole),
              u"Must come after the 2nd consultative conference (19/03/2021) but its last "
              "allowed day is 15/03/2021"_s);
    EXPECT_TRUE(meetings()
                        ->model()
                        ->index(row, MeetingTableModel::CalendarColumn)
                        .data(Qt::DecorationRole)
                        .isValid());
    EXPECT_TRUE(page<QTextBrowser>(u"meetingDetailTextBrowser"_s)
                        ->toPlainText()
                        .contains(u"Must come after the 2nd consultative conference"_s));
    const int early = calendarRow(LegalCalendarModel::MeetingColumn, u"Cuộc họp sớm"_s);
    ASSERT_GE(early, 0);
    EXPECT_LT(early,
              calendarRow(LegalCalendarModel::MilestoneColumn, u"2nd consultative conference"_s));
    EXPECT_EQ(model->index(early, LegalCalendarModel::FlagColumn).data().toString(),
              u"Too early"_s);
    // The demo meetings fit the calendar.
    const int third = rowOf(u"Cuộc họp lần thứ ba"_s);
    ASSERT_GE(third, 0);
    EXPECT_EQ(cell(third, MeetingTableModel::CalendarColumn), QString());
}

TEST_F(MeetingEditingTest, SearchFindsMeetingsByContentWithoutAccents)
{
    auto* search = page<QLineEdit>(u"meetingSearchLineEdit"_s);
    ASSERT_NE(search, nullptr);
    search->setText(u"hiep thuong"_s);
    const int found = meetings()->model()->rowCount();
    EXPECT_GT(found, 0);
    EXPECT_LT(found, 6);
    search->setText(u"ZZZ không có"_s);
    EXPECT_EQ(meetings()->model()->rowCount(), 0);
    search->clear();
    EXPECT_EQ(meetings()->model()->rowCount(), 6);
}

TEST_F(MeetingEditingTest, KeysOpenDeleteAndCreateMeetingsOnlyWhileThePlansAreaIsShown)
{
    m_window->show();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QStringList opened;
    ScopedModalHandler handler([&](QDialog& dialog) {
        opened << QString::fromLatin1(dialog.metaObject()->className());
        return int(QDialog::Rejected); // Cancel for the question, too
    });
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    select(0);
    meetings()->setFocus();
    QTest::keyClick(meetings(), Qt::Key_Return);
    QTest::keyClick(meetings(), Qt::Key_Delete);
    EXPECT_EQ(opened, (QStringList{u"ed::gui::MeetingDialog"_s, u"ed::gui::MeetingDialog"_s,
                                   u"QMessageBox"_s}));
    EXPECT_EQ(meetings()->model()->rowCount(), 6); // the question was not answered yes

    m_window->showArea(MainWindow::Area::Results);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(opened.size(), 3);
}

TEST_F(MeetingEditingTest, TextColumnsSortTheVietnameseWay)
{
    QTreeView* view = meetings();
    view->sortByColumn(MeetingTableModel::LabelColumn, Qt::AscendingOrder);
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    collator.setNumericMode(true);
    for (int row = 1; row < view->model()->rowCount(); ++row)
        EXPECT_LE(collator.compare(cell(row - 1, MeetingTableModel::LabelColumn),
                                   cell(row, MeetingTableModel::LabelColumn)),
                  0)
                << row;
    // "Các cuộc họp khác" sorts before "Cuộc họp …" (a before u), not after it by code point.
    EXPECT_EQ(cell(0, MeetingTableModel::LabelColumn), u"Các cuộc họp khác"_s);
    view->sortByColumn(MeetingTableModel::LastAllowedColumn, Qt::AscendingOrder);
    EXPECT_EQ(cell(0, MeetingTableModel::LastAllowedColumn), u"06/02/2021"_s);
    EXPECT_EQ(cell(5, MeetingTableModel::LastAllowedColumn), QString()); // no date: last
}
