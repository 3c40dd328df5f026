// File ▸ Back up now… and File ▸ Restore from backup…: the file dialogs and the confirmation
// answered through gui/modal.h, the data replaced and every page read again.
#include "gui/plans/planspage.h"
#include "gui/startup.h"
#include "services/backupservice.h"
#include "services/scheduleservice.h"
#include "support/tempdatabase.h"
#include "windowtest.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using ed::gui::MainWindow;

namespace {

class BackupActionsTest : public ed::test::WindowTest
{
protected:
    /// Answers the file dialog with `path`, the confirmation with `confirm`, and OK to any
    /// message; records the texts of the message boxes.
    void answerWith(const QString& path, QMessageBox::StandardButton confirm)
    {
        answer = [this, path, confirm](QDialog& dialog) {
            if (auto* files = qobject_cast<QFileDialog*>(&dialog)) {
                m_fileDialogs << files->objectName();
                files->selectFile(path);
                return static_cast<int>(QDialog::Accepted);
            }
            auto* box = qobject_cast<QMessageBox*>(&dialog);
            EXPECT_NE(box, nullptr);
            if (!box)
                return static_cast<int>(QDialog::Rejected);
            m_messages << box->text();
            return static_cast<int>(box->objectName() == u"questionMessageBox"_s ? confirm
                                                                                 : QMessageBox::Ok);
        };
    }

    qsizetype meetings() const
    {
        qsizetype n = 0;
        for (const auto& plan : planService().plans().value())
            n += planService().meetings(plan.id)->size();
        return n;
    }

    QStringList m_fileDialogs;
    QStringList m_messages;
};

} // namespace

TEST_F(BackupActionsTest, BackUpNowWritesTheChosenFile)
{
    const QString path = m_dir.filePath(u"manual.bak"_s);
    answerWith(path, QMessageBox::Yes);
    windowAction(u"backUpNowAction"_s)->trigger();
    EXPECT_EQ(m_fileDialogs, QStringList{u"backupFileDialog"_s});
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_TRUE(m_messages.isEmpty());
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"manual.bak"_s));
    // Again onto the same file: refused, said in a message, the file untouched.
    const QByteArray before = ed::test::fileBytes(path);
    windowAction(u"backUpNowAction"_s)->trigger();
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_TRUE(m_messages.first().contains(u"already exists"_s));
    EXPECT_EQ(ed::test::fileBytes(path), before);
}

TEST_F(BackupActionsTest, RestoreAsksThenReplacesTheDataAndEveryPageReadsAgain)
{
    const QString backup = m_dir.filePath(u"before-edit.bak"_s);
    ASSERT_TRUE(m_workspace->backupTo(backup).ok());
    const qsizetype backedUp = meetings();
    // An edit after the backup, with its undo step.
    m_window->showArea(MainWindow::Area::Plans);
    auto plans = planService().plans().value();
    const auto firstMeetings = planService().meetings(plans.first().id).value();
    ASSERT_FALSE(firstMeetings.isEmpty());
    ASSERT_TRUE(ed::services::ScheduleService(*m_workspace)
                        .removeMeeting(firstMeetings.first().id)
                        .ok());
    m_window->undoStack().push(new QUndoCommand(u"edit"_s));
    ASSERT_EQ(meetings(), backedUp - 1);
    m_window->showArea(MainWindow::Area::Overview);

    answerWith(backup, QMessageBox::Yes);
    windowAction(u"restoreBackupAction"_s)->trigger();
    EXPECT_EQ(m_fileDialogs, QStringList{u"restoreFileDialog"_s});
    ASSERT_EQ(m_messages.size(), 2); // the confirmation, then what was done
    const QString safety = ed::services::BackupService(*m_workspace).backupFolder()
                           + u"/desk.sqlite.20210210-090000.before-restore.bak"_s;
    EXPECT_TRUE(m_messages.at(0).contains(u"schema version"_s)) << m_messages.at(0).toStdString();
    EXPECT_TRUE(m_messages.at(0).contains(QDir::toNativeSeparators(safety)));
    EXPECT_TRUE(QFile::exists(safety));
    EXPECT_EQ(meetings(), backedUp);
    EXPECT_EQ(m_window->undoStack().count(), 0);
    // The shown page read again; the hidden ones will when shown.
    EXPECT_FALSE(m_window->page(MainWindow::Area::Overview)->isStale());
    EXPECT_TRUE(m_window->page(MainWindow::Area::Plans)->isStale());
}

TEST_F(BackupActionsTest, CancellingTheConfirmationChangesNothing)
{
    const QString backup = m_dir.filePath(u"copy.bak"_s);
    ASSERT_TRUE(m_workspace->backupTo(backup).ok());
    const auto plans = planService().plans().value();
    ASSERT_TRUE(ed::services::ScheduleService(*m_workspace)
                        .removeMeeting(planService().meetings(plans.first().id)->first().id)
                        .ok());
    const qsizetype before = meetings();
    answerWith(backup, QMessageBox::Cancel);
    windowAction(u"restoreBackupAction"_s)->trigger();
    EXPECT_EQ(m_messages.size(), 1);
    EXPECT_EQ(meetings(), before);
    EXPECT_FALSE(QDir(ed::services::BackupService(*m_workspace).backupFolder())
                         .exists(u"desk.sqlite.20210210-090000.before-restore.bak"_s));
}

TEST_F(BackupActionsTest, ARefusedFileIsExplainedWithoutAsking)
{
    const QString text = m_dir.filePath(u"notes.txt"_s);
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("ghi chú\n");
    file.close();
    const qsizetype before = meetings();
    answerWith(text, QMessageBox::Yes);
    windowAction(u"restoreBackupAction"_s)->trigger();
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_TRUE(m_messages.first().contains(u"not changed"_s)) << m_messages.first().toStdString();
    EXPECT_EQ(meetings(), before);
}

TEST_F(BackupActionsTest, TheDailyBackupAtStartIsWrittenOnce)
{
    EXPECT_TRUE(ed::gui::Startup::dailyBackup(*m_workspace).isEmpty());
    EXPECT_TRUE(ed::gui::Startup::dailyBackup(*m_workspace).isEmpty());
    const QDir folder(ed::services::BackupService(*m_workspace).backupFolder());
    EXPECT_EQ(folder.entryList({u"*.daily.bak"_s}, QDir::Files),
              QStringList{u"desk.sqlite.20210210-090000.daily.bak"_s});
}
