#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace ed::services {

class Workspace;

/// What the confirmation before a restore says about a backup file.
struct BackupFacts
{
    int schemaVersion = 0;    ///< the backup's schema; older ones are upgraded on the way in
    int appSchemaVersion = 0; ///< this program's
    QDateTime takenAt; ///< from the file name when we wrote it, else the file's modification time
};

/// What a restore did.
struct RestoreOutcome
{
    QString safetyCopy;          ///< where the data it replaced was saved first
    int backupSchemaVersion = 0; ///< before any upgrade
};

/// Backups of the open database and restores from them. Every copy is taken with SQLite's
/// online backup, while the database stays in use. Backups live in a folder `backups` beside
/// the database file, so that they follow it (`--db`).
class BackupService
{
public:
    static constexpr int kDefaultDailyKept = 7;

    explicit BackupService(Workspace& workspace) : m_workspace(workspace) {}

    /// `<database folder>/backups`
    [[nodiscard]] QString backupFolder() const;

    /// On the first call of a calendar day (the workspace's clock) for a database that holds
    /// data, writes `<backups>/<file name>.<yyyyMMdd-HHmmss>.daily.bak` and keeps the newest
    /// `kept` daily copies of this file (at least one). Returns the file written, or an empty
    /// string when none was due (one exists for today, or the database is empty).
    [[nodiscard]] Result<QString> dailyBackup(int kept) const;

    /// A new file name for the copy of the current data that a restore takes first:
    /// `<backups>/<file name>.<yyyyMMdd-HHmmss>.before-restore.bak`. These are never pruned.
    [[nodiscard]] QString safetyCopyPath() const;

    /// The facts of a backup file, read without changing it. Refuses NotFound, NotOurFile and
    /// NewerThanApp.
    [[nodiscard]] Result<BackupFacts> inspect(const QString& file) const;

    /// Replaces the open database's data with the backup `file`: checks it whole first (ours,
    /// not newer, integrity and foreign keys; an older one is upgraded on a temporary copy),
    /// then writes the current data to `safetyCopy` (safetyCopyPath() when empty), then
    /// replaces the data in one transaction. Any refusal or failure leaves the data as it was.
    [[nodiscard]] Result<RestoreOutcome> restore(const QString& file,
                                                 const QString& safetyCopy = {});

private:
    Workspace& m_workspace;
};

} // namespace ed::services
