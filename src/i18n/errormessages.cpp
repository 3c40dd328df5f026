#include "i18n/errormessages.h"

#include "core/rowstamp.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ed::i18n {

QString errorMessage(const Error& error, const QString& subject)
{
    // " (path)" after "The database", or nothing when the caller has no path to name.
    const QString file = subject.isEmpty() ? QString() : u" (%1)"_s.arg(subject);
    switch (error.code) {
    case ErrorCode::NotFound:
        return QCoreApplication::translate("ErrorMessages",
                                           "The item was not found; it may have been deleted.");
    case ErrorCode::InvalidInput:
        return QCoreApplication::translate("ErrorMessages",
                                           "The input was refused and nothing was changed: %1")
                .arg(error.detail);
    case ErrorCode::InUse:
        return QCoreApplication::translate(
                "ErrorMessages",
                "The item is still referred to by other records and cannot be deleted.");
    case ErrorCode::Locked:
        return QCoreApplication::translate(
                "ErrorMessages",
                "The results are marked official and locked; nothing was changed. Unlock them "
                "first, giving a reason.");
    case ErrorCode::Conflict:
        return QCoreApplication::translate(
                "ErrorMessages",
                "The change conflicts with data already stored; nothing was changed.");
    case ErrorCode::Stale:
        return QCoreApplication::translate(
                "ErrorMessages",
                "Someone else changed this record after you opened it, so your change was not "
                "saved and theirs was kept. Reload it to see their version.");
    case ErrorCode::DatabaseLocked:
        return QCoreApplication::translate(
                       "ErrorMessages",
                       "The database%1 is locked by another program that is writing to it "
                       "or holds it open exclusively; nothing was changed. Wait a moment and try "
                       "again, or close the file in that program.")
                .arg(file);
    case ErrorCode::DatabaseReadOnly:
        return QCoreApplication::translate("ErrorMessages",
                                           "The database%1 is read-only; changes cannot be saved.")
                .arg(file);
    case ErrorCode::ReadOnlyOutdated:
        return QCoreApplication::translate(
                       "ErrorMessages",
                       "%1 is read-only and was written by an older version of ElectionDesk. It "
                       "must be upgraded before this version can show it, and a read-only file "
                       "cannot be. Copy it to a folder where you may write, then open the copy.")
                .arg(subject);
    case ErrorCode::DiskFull:
        return QCoreApplication::translate(
                "ErrorMessages",
                "The disk is full; nothing was saved. Free some space and try again.");
    case ErrorCode::DatabaseCorrupt:
        return QCoreApplication::translate(
                       "ErrorMessages", "The database%1 is damaged. Restore it from a backup copy.")
                .arg(file);
    case ErrorCode::NotOurFile:
        return QCoreApplication::translate(
                       "ErrorMessages",
                       "%1 is not an ElectionDesk database. It was left unchanged.")
                .arg(subject);
    case ErrorCode::NewerThanApp:
        return QCoreApplication::translate(
                       "ErrorMessages",
                       "%1 was written by a newer version of ElectionDesk. Install that version to "
                       "open it; the file was left unchanged.")
                .arg(subject);
    case ErrorCode::BackupFailed:
        return QCoreApplication::translate(
                       "ErrorMessages",
                       "A safety copy of %1 could not be written before upgrading it, so it was "
                       "not "
                       "upgraded. Check the free space and the folder's permissions.")
                .arg(subject);
    case ErrorCode::MigrationFailed:
        return QCoreApplication::translate(
                       "ErrorMessages",
                       "The database%1 could not be upgraded; it was left as it was.")
                .arg(file);
    case ErrorCode::CannotOpen:
        return QCoreApplication::translate(
                       "ErrorMessages",
                       "The database%1 could not be opened. Check that the folder exists and that "
                       "you may write to it.")
                .arg(file);
    case ErrorCode::StorageFailed:
        return QCoreApplication::translate(
                "ErrorMessages",
                "The database reported an error; nothing was changed. The log has the details.");
    case ErrorCode::Cancelled:
        return QCoreApplication::translate("ErrorMessages", "Cancelled; nothing was written.");
    case ErrorCode::CannotWrite:
        return QCoreApplication::translate(
                       "ErrorMessages",
                       "The file %1 could not be written. Check that the folder exists, that you "
                       "may write to it and that the file is not open in another program.")
                .arg(subject);
    }
    return QCoreApplication::translate("ErrorMessages", "Unknown error.");
}

QString staleMessage(const RowStamp& current)
{
    const QString who = current.changedBy.isEmpty()
                                ? QCoreApplication::translate("ErrorMessages", "Someone else")
                                : current.changedBy;
    const QString when = current.changedAt.isValid()
                                 ? current.changedAt.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s)
                                 : QCoreApplication::translate("ErrorMessages", "an unknown time");
    return QCoreApplication::translate("ErrorMessages",
                                       "%1 changed this record at %2, after you opened it. Your "
                                       "change was not saved, and nothing of theirs was "
                                       "overwritten.")
            .arg(who, when);
}

QString
restoreErrorMessage(const Error& error, const QString& backupFile, const QString& safetyCopy)
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return QCoreApplication::translate("ErrorMessages",
                                           "%1 does not exist. Nothing was restored or changed.")
                .arg(backupFile);
    case ErrorCode::DatabaseCorrupt:
        return QCoreApplication::translate(
                       "ErrorMessages",
                       "The backup %1 is damaged (its integrity check failed), so it was not "
                       "restored. The current data was not changed; try an older backup.")
                .arg(backupFile);
    case ErrorCode::BackupFailed:
        return QCoreApplication::translate(
                       "ErrorMessages",
                       "The current data could not be saved to %1 first, so nothing was "
                       "restored. Check the free space and the folder's permissions.")
                .arg(safetyCopy);
    case ErrorCode::MigrationFailed:
        return QCoreApplication::translate(
                       "ErrorMessages",
                       "The backup %1 could not be upgraded to this program's schema, so it was "
                       "not restored. The current data was not changed.")
                .arg(backupFile);
    case ErrorCode::NotOurFile:
    case ErrorCode::NewerThanApp:
        return errorMessage(error, backupFile) + u' '
               + QCoreApplication::translate("ErrorMessages", "The current data was not changed.");
    default:
        return errorMessage(error, backupFile) + u' '
               + QCoreApplication::translate("ErrorMessages",
                                             "Nothing was restored; the current data was not "
                                             "changed.");
    }
}

} // namespace ed::i18n
