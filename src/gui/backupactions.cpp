#include "gui/backupactions.h"

#include "core/clock.h"
#include "gui/modal.h"
#include "i18n/errormessages.h"
#include "logging/log.h"
#include "services/backupservice.h"
#include "services/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

QString fileFilter()
{
    return BackupActions::tr("ElectionDesk backups (*.bak *.sqlite);;All files (*)");
}

/// The file chosen in a file dialog run through modal::exec (so that a test can answer it),
/// or an empty string.
QString chooseFile(QWidget* parent,
                   const QString& title,
                   QFileDialog::AcceptMode mode,
                   const QString& folder,
                   const QString& suggestedName = {})
{
    QFileDialog dialog(parent, title, folder, fileFilter());
    dialog.setObjectName(mode == QFileDialog::AcceptSave ? u"backupFileDialog"_s
                                                         : u"restoreFileDialog"_s);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile
                                                       : QFileDialog::ExistingFile);
    if (!suggestedName.isEmpty())
        dialog.selectFile(suggestedName);
    if (modal::exec(dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

/// Restores the arrow cursor however the restore ends.
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

BackupActions::BackupActions(services::Workspace& workspace, QWidget* window)
    : QObject(window), m_workspace(workspace), m_window(window)
{}

void BackupActions::addTo(QMenu* menu, QAction* before)
{
    auto* backUp = new QAction(tr("Back &up now…"), menu);
    backUp->setObjectName(u"backUpNowAction"_s);
    connect(backUp, &QAction::triggered, this, &BackupActions::backUpNow);
    auto* restore = new QAction(tr("&Restore from backup…"), menu);
    restore->setObjectName(u"restoreBackupAction"_s);
    connect(restore, &QAction::triggered, this, &BackupActions::chooseAndRestore);
    menu->insertAction(before, backUp);
    menu->insertAction(before, restore);
    menu->insertSeparator(before);
}

void BackupActions::backUpNow()
{
    const services::BackupService service(m_workspace);
    const QString folder = service.backupFolder();
    QDir().mkpath(folder);
    const QString name =
            u"%1.%2.bak"_s.arg(QFileInfo(m_workspace.filePath()).fileName(),
                               m_workspace.clock().now().toString(u"yyyyMMdd-HHmmss"_s));
    const QString path =
            chooseFile(m_window, tr("Back up the database"), QFileDialog::AcceptSave, folder, name);
    if (!path.isEmpty())
        backUpTo(path);
}

bool BackupActions::backUpTo(const QString& path)
{
    const Status written = [&] {
        const WaitCursor wait;
        return m_workspace.backupTo(path);
    }();
    if (!written) {
        log::gui()->error("backup failed: code {}", static_cast<int>(written.error().code));
        const QString why = written.error().code == ErrorCode::InvalidInput
                                    ? tr("%1 already exists; choose a new file name.").arg(path)
                                    : i18n::errorMessage(written.error(), path);
        modal::tell(m_window, QMessageBox::Warning, tr("Back up the database"),
                    tr("The backup was not written. %1").arg(why));
        return false;
    }
    emit statusMessage(tr("Backup written: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void BackupActions::chooseAndRestore()
{
    const QString path = chooseFile(m_window, tr("Restore from backup"), QFileDialog::AcceptOpen,
                                    services::BackupService(m_workspace).backupFolder());
    if (!path.isEmpty())
        restoreFrom(path);
}

bool BackupActions::restoreFrom(const QString& path)
{
    const QString title = tr("Restore from backup");
    services::BackupService service(m_workspace);
    const auto facts = service.inspect(path);
    if (!facts) {
        modal::tell(m_window, QMessageBox::Warning, title,
                    i18n::restoreErrorMessage(facts.error(), path));
        return false;
    }
    const QString safetyCopy = service.safetyCopyPath();
    QString text = tr("Replace all the current data with the backup %1?\n\nThe backup was taken "
                      "on %2 and has schema version %3 (this program: %4).")
                           .arg(QDir::toNativeSeparators(path),
                                QLocale().toString(facts->takenAt, u"dd/MM/yyyy HH:mm"_s))
                           .arg(facts->schemaVersion)
                           .arg(facts->appSchemaVersion);
    if (facts->schemaVersion < facts->appSchemaVersion)
        text += u' ' + tr("It will be upgraded to this program's schema.");
    text += u"\n\n"_s
            + tr("The current data is first saved to:\n%1")
                      .arg(QDir::toNativeSeparators(safetyCopy));
    if (modal::ask(m_window, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                   QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;

    const auto outcome = [&] {
        const WaitCursor wait;
        return service.restore(path, safetyCopy);
    }();
    if (!outcome) {
        modal::tell(m_window, QMessageBox::Warning, title,
                    i18n::restoreErrorMessage(outcome.error(), path, safetyCopy));
        return false;
    }
    log::gui()->info("database restored from a schema {} backup", outcome->backupSchemaVersion);
    emit restored();
    modal::tell(m_window, QMessageBox::Information, title,
                tr("The data was restored from %1. The data it replaced was saved to %2.")
                        .arg(QDir::toNativeSeparators(path),
                             QDir::toNativeSeparators(outcome->safetyCopy)));
    return true;
}

} // namespace ed::gui
