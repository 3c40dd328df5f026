#include "storage/restore.h"

#include "logging/log.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/onlinebackup.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

/// The first column of the first row of a statement whose text is ours; `text` receives it as
/// text, the result as an integer. A statement without rows gives 0 and an empty text.
Result<qint64>
firstValue(sqlite3* db, const char* sql, const char* operation, QString* text = nullptr)
{
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return sqliteError(rc, operation);
    }
    rc = sqlite3_step(statement);
    qint64 value = 0;
    if (rc == SQLITE_ROW) {
        value = sqlite3_column_int64(statement, 0);
        if (text)
            *text = QString::fromUtf8(
                    reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return sqliteError(rc, operation);
    return value;
}

/// Refuses a file that is not ours (or an empty one), or newer than this build; gives its
/// schema version.
Result<int> checkHeader(sqlite3* db, const QString& migrationsFolder)
{
    const auto applicationId = firstValue(db, "PRAGMA application_id", "restore header");
    if (!applicationId)
        return applicationId.error();
    const auto version = firstValue(db, "PRAGMA user_version", "restore header");
    if (!version)
        return version.error();
    if (applicationId.value() != Migrator::kApplicationId || version.value() < 1)
        return Error{ErrorCode::NotOurFile, u"restore: not ours"_s};
    if (version.value() > Database::latestSchemaVersion(migrationsFolder))
        return Error{ErrorCode::NewerThanApp, u"restore: schema newer than this build"_s};
    return static_cast<int>(version.value());
}

/// integrity_check says "ok" and foreign_key_check finds nothing.
Status checkWhole(sqlite3* db)
{
    QString verdict;
    const auto integrity = firstValue(db, "PRAGMA integrity_check", "restore integrity", &verdict);
    if (!integrity)
        return integrity.error();
    if (verdict != u"ok"_s)
        return Error{ErrorCode::DatabaseCorrupt, u"restore: integrity_check failed"_s};
    QString broken;
    const auto foreignKeys =
            firstValue(db, "PRAGMA foreign_key_check", "restore foreign keys", &broken);
    if (!foreignKeys)
        return foreignKeys.error();
    if (!broken.isEmpty())
        return Error{ErrorCode::DatabaseCorrupt, u"restore: foreign_key_check failed"_s};
    return success();
}

} // namespace

PreparedRestore::PreparedRestore(std::unique_ptr<QTemporaryDir> folder,
                                 QString copy,
                                 int backupVersion)
    : m_folder(std::move(folder)), m_copy(std::move(copy)), m_backupVersion(backupVersion)
{}

PreparedRestore::~PreparedRestore() = default;

Result<int> backupSchemaVersion(const QString& backupFile, const QString& migrationsFolder)
{
    if (!QFileInfo(backupFile).isFile())
        return Error{ErrorCode::NotFound, u"restore: no such file"_s};
    SqliteFile file;
    if (auto s = file.open(backupFile, true, "restore open"); !s)
        return s.error();
    return checkHeader(file.handle(), migrationsFolder);
}

Result<std::unique_ptr<PreparedRestore>> PreparedRestore::prepare(const Options& options)
{
    if (!options.clock || options.liveFile.isEmpty())
        return Error{ErrorCode::InvalidInput, u"restore: no clock or live file"_s};
    if (!QFileInfo(options.backupFile).isFile())
        return Error{ErrorCode::NotFound, u"restore: no such file"_s};
    // Beside the live file: on its disk, where the space for it will be needed anyway.
    auto folder = std::make_unique<QTemporaryDir>(
            QFileInfo(options.liveFile).absoluteDir().filePath(u".electiondesk-restore-XXXXXX"_s));
    if (!folder->isValid())
        return Error{ErrorCode::CannotWrite, u"restore: temporary folder not created"_s};
    const QString copyPath = folder->filePath(u"restore.sqlite"_s);

    int version = 0;
    {
        // Checked on our own copy, so that what was checked is what will be restored, and the
        // backup file is only read.
        SqliteFile source;
        if (auto s = source.open(options.backupFile, true, "restore open"); !s)
            return s.error();
        SqliteFile copy;
        if (auto s = copy.open(copyPath, false, "restore copy open"); !s)
            return s.error();
        if (auto s = onlineCopy(source.handle(), copy.handle(), "restore copy"); !s)
            return s.error();
        const auto header = checkHeader(copy.handle(), options.migrationsFolder);
        if (!header)
            return header.error();
        version = header.value();
        if (auto s = checkWhole(copy.handle()); !s)
            return s.error();
        if (auto s = copy.close(); !s)
            return s.error();
    }
    if (version < Database::latestSchemaVersion(options.migrationsFolder)) {
        // Database::open migrates the copy, after its own pre-migration copy in the same
        // temporary folder; both go with it.
        Database::Options open{copyPath, options.clock};
        open.migrationsFolder = options.migrationsFolder;
        auto migrated = Database::open(open);
        if (!migrated)
            return Error{ErrorCode::MigrationFailed,
                         u"restore: migration of the copy failed: "_s + migrated.error().detail};
    }
    log::storage()->info("restore prepared from schema {}", version);
    return std::unique_ptr<PreparedRestore>(
            new PreparedRestore(std::move(folder), copyPath, version));
}

Status PreparedRestore::applyTo(Database& live) const
{
    if (live.transactionDepth() > 0)
        return Error{ErrorCode::StorageFailed, u"restore: inside a transaction"_s};
    sqlite3* destination = sqliteHandle(QSqlDatabase::database(live.connectionName(), false));
    if (!destination)
        return Error{ErrorCode::StorageFailed, u"restore: not an SQLite connection"_s};
    SqliteFile copy;
    if (auto s = copy.open(m_copy, true, "restore open copy"); !s)
        return s;
    if (auto s = onlineCopy(copy.handle(), destination, "restore"); !s)
        return s;
    log::storage()->info("database restored from a schema {} backup", m_backupVersion);
    return success();
}

} // namespace ed::storage
