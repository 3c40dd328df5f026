#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace ed {
class Clock;
}

namespace ed::storage {

class Database;

/// A backup file checked and made ready to replace the live database: copied (with SQLite's
/// online backup) into a private temporary folder beside the live file, found to be ours, not
/// newer than this build and whole (integrity_check), and migrated there when older. Nothing
/// of the live database has been touched yet; applyTo() replaces it in one transaction.
class PreparedRestore
{
public:
    struct Options
    {
        QString backupFile;
        QString liveFile; ///< the temporary copy goes into this file's folder
        const Clock* clock = nullptr;
        QString migrationsFolder = QStringLiteral(":/migrations");
    };

    /// Refuses with NotFound (no such file), NotOurFile (not SQLite, not ours, or empty),
    /// NewerThanApp, DatabaseCorrupt or MigrationFailed; the backup file is only read.
    [[nodiscard]] static Result<std::unique_ptr<PreparedRestore>> prepare(const Options& options);

    ~PreparedRestore();
    PreparedRestore(const PreparedRestore&) = delete;
    PreparedRestore& operator=(const PreparedRestore&) = delete;

    /// The backup's own schema version, before any migration.
    [[nodiscard]] int backupSchemaVersion() const { return m_backupVersion; }

    /// Replaces the whole contents of `live` with the prepared copy, in one write transaction:
    /// on any failure (a read still open on the connection, a lock, a full disk) `live` is left
    /// exactly as it was. Never inside a WriteTransaction.
    [[nodiscard]] Status applyTo(Database& live) const;

private:
    PreparedRestore(std::unique_ptr<QTemporaryDir> folder, QString copy, int backupVersion);

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_copy;
    int m_backupVersion = 0;
};

/// What a backup file's header says, read without changing the file: its schema version.
/// Refuses NotFound, NotOurFile and NewerThanApp, as prepare() would.
[[nodiscard]] Result<int>
backupSchemaVersion(const QString& backupFile,
                    const QString& migrationsFolder = QStringLiteral(":/migrations"));

} // namespace ed::storage
