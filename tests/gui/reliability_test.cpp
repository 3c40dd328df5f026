// What the window does when the file cannot take a change: another workstation saved the same
// meeting first (refused, who and when, an offer to reload), or the database is read-only (a
// banner, and writes refused with a clear message).

#include "gui/plans/meetingdialog.h"
#include "gui/plans/meetingtablemodel.h"
#include "gui/plans/planspage.h"
#include "services/scheduleservice.h"
#include "windowtest.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace ed::test {
namespace {

class ReliabilityWindowTest : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        m_window->showArea(gui::MainWindow::Area::Plans);
        auto* combo = onPage<QComboBox>(gui::MainWindow::Area::Plans, u"planComboBox"_s);
        ASSERT_NE(combo, nullptr);
        combo->setCurrentIndex(combo->findText(u"01-KH/BCĐ"_s));
        auto other = services::Workspace::open(m_workspace->filePath(), m_otherClock);
        ASSERT_TRUE(other.ok());
        m_other = std::move(other).value();
    }
    void TearDown() override
    {
        m_other.reset();
        WindowTest::TearDown();
    }

    QTreeView* meetings() const
    {
        return onPage<QTreeView>(gui::MainWindow::Area::Plans, u"meetingsTreeView"_s);
    }
    /// Selects the meeting shown first and returns it as the other workstation reads it.
    Meeting selectFirstMeeting() const
    {
        meetings()->setCurrentIndex(meetings()->model()->index(0, 0));
        const MeetingId id(
                meetings()->model()->index(0, 0).data(gui::MeetingTableModel::IdRole).toLongLong());
        services::PlanService plans(*m_other);
        for (const Meeting& m : plans.meetings(plans.plans()->first().id).value()) {
            if (m.id == id)
                return m;
        }
        ADD_FAILURE() << "meeting not found";
        return {};
    }
    Meeting stored(MeetingId id) const
    {
        services::PlanService plans(*m_workspace);
        for (const Meeting& m : plans.meetings(plans.plans()->first().id).value()) {
            if (m.id == id)
                return m;
        }
        return {};
    }
    /// The other workstation changes the meeting's notes.
    void changeElsewhere(Meeting meeting, const QString& notes) const
    {
        meeting.notes = notes;
        ASSERT_TRUE(services::ScheduleService(*m_other).updateMeeting(meeting).ok());
    }

    FixedClock m_otherClock{QDate(2021, 2, 11)};
    std::unique_ptr<services::Workspace> m_other;
};

TEST_F(ReliabilityWindowTest, ASaveAfterAnotherWorkstationsSaveIsRefusedAndOffersAReload)
{
    const Meeting theirs = selectFirstMeeting();
    QString question;
    answer = [&](QDialog& dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(&dialog)) {
            question = box->text();
            return static_cast<int>(QMessageBox::Yes); // reload
        }
        EXPECT_NE(qobject_cast<gui::MeetingDialog*>(&dialog), nullptr);
        // While this clerk edits, the other workstation saves first.
        changeElsewhere(theirs, u"Đổi sang phòng họp số 2"_s);
        childOf<QPlainTextEdit>(dialog, u"notesPlainTextEdit"_s)
                ->setPlainText(u"Mời thêm Sở Tư pháp"_s);
        childOf<QPushButton>(dialog, u"okButton"_s)->click();
        EXPECT_EQ(dialog.result(), QDialog::Rejected); // closed by the reload
        return dialog.result();
    };
    windowAction(u"editMeetingAction"_s)->trigger();

    EXPECT_TRUE(question.contains(m_other->userName())) << question.toStdString();
    EXPECT_TRUE(question.contains(u"11/02/2021"_s)) << question.toStdString();
    // Their notes stand; nothing of this clerk's was saved, and nothing is left to undo.
    EXPECT_EQ(stored(theirs.id).notes, u"Đổi sang phòng họp số 2"_s);
    EXPECT_FALSE(windowAction(u"undoAction"_s)->isEnabled());
}

TEST_F(ReliabilityWindowTest, AnUndoAfterAnotherWorkstationsChangeIsRefusedNotForced)
{
    const Meeting theirs = selectFirstMeeting();
    answer = [&](QDialog& dialog) {
        childOf<QPlainTextEdit>(dialog, u"notesPlainTextEdit"_s)->setPlainText(u"Của tôi"_s);
        childOf<QPushButton>(dialog, u"okButton"_s)->click();
        return dialog.result();
    };
    windowAction(u"editMeetingAction"_s)->trigger();
    ASSERT_EQ(stored(theirs.id).notes, u"Của tôi"_s);

    changeElsewhere(stored(theirs.id), u"Của người khác"_s);
    QString refusal;
    answer = [&](QDialog& dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(&dialog))
            refusal = box->text();
        return static_cast<int>(QMessageBox::Ok);
    };
    windowAction(u"undoAction"_s)->trigger();
    EXPECT_FALSE(refusal.isEmpty());
    EXPECT_EQ(stored(theirs.id).notes, u"Của người khác"_s);
}

/// The same demo database, opened read-only.
class ReadOnlyWindowTest : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        m_window.reset();
        const QString path = m_workspace->filePath();
        m_workspace.reset();
        auto readOnly =
                services::Workspace::open(path, m_clock, services::Workspace::Access::ReadOnly);
        ASSERT_TRUE(readOnly.ok());
        m_workspace = std::move(readOnly).value();
        m_window = std::make_unique<gui::MainWindow>(*m_workspace);
    }
};

TEST_F(ReadOnlyWindowTest, ABannerSaysSoAndAnEditIsRefusedWithAClearMessage)
{
    auto* banner = childOf<QLabel>(*m_window, u"readOnlyBanner"_s);
    ASSERT_NE(banner, nullptr);
    m_window->show();
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(u"Read-only"_s));
    EXPECT_TRUE(m_window->windowTitle().contains(u"read-only"_s));

    m_window->showArea(gui::MainWindow::Area::Plans);
    auto* tree = onPage<QTreeView>(gui::MainWindow::Area::Plans, u"meetingsTreeView"_s);
    ASSERT_GT(tree->model()->rowCount(), 0); // the data is there to view
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QString refusal;
    answer = [&](QDialog& dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(&dialog)) {
            refusal = box->text();
            return static_cast<int>(QMessageBox::Ok);
        }
        childOf<QPlainTextEdit>(dialog, u"notesPlainTextEdit"_s)->setPlainText(u"thử"_s);
        childOf<QPushButton>(dialog, u"okButton"_s)->click();
        return static_cast<int>(QDialog::Rejected); // the clerk gives up
    };
    windowAction(u"editMeetingAction"_s)->trigger();
    EXPECT_TRUE(refusal.contains(u"read-only"_s)) << refusal.toStdString();
    m_window->close();
}

} // namespace
} // namespace ed::test
