#include "storage/onlinebackup.h"

#include "logging/log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTemporaryFile>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

/// 1024 pages of 4 KiB: a step of a few milliseconds on a local disk.
constexpr int kPagesPerStep = 1024;
/// After this many restarts (another connection keeps changing the source) the rest of the copy
/// runs in one step, which holds the source's read lock (a WAL snapshot) until it is done.
constexpr int kRestartsBeforeOneStep = 3;
/// Waits for a lock held elsewhere: 100 × 50 ms, the busy timeout of our connections.
constexpr int kBusyRetries = 100;
constexpr int kBusySleepMs = 50;

} // namespace

SqliteFile::~SqliteFile()
{
    sqlite3_close_v2(m_db); // a no-op on null
}

Status SqliteFile::open(const QString& path, bool readOnly, const char* operation)
{
    const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, operation);
    return success();
}

Status SqliteFile::close()
{
    const int rc = sqlite3_close(m_db);
    if (rc != SQLITE_OK)
        return sqliteError(rc, "close");
    m_db = nullptr;
    return success();
}

sqlite3* sqliteHandle(const QSqlDriver* driver)
{
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    return db.isValid() ? sqliteHandle(db.driver()) : nullptr;
}

Error sqliteError(int resultCode, const char* operation)
{
    const QString detail = u"%1: sqlite %2 (%3)"_s.arg(QString::fromUtf8(operation))
                                   .arg(resultCode)
                                   .arg(QString::fromUtf8(sqlite3_errstr(resultCode)));
    switch (resultCode & 0xff) {
    case SQLITE_NOTADB: return {ErrorCode::NotOurFile, detail};
    case SQLITE_CORRUPT: return {ErrorCode::DatabaseCorrupt, detail};
    case SQLITE_FULL: return {ErrorCode::DiskFull, detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return {ErrorCode::DatabaseLocked, detail};
    case SQLITE_READONLY: return {ErrorCode::DatabaseReadOnly, detail};
    case SQLITE_CANTOPEN: return {ErrorCode::CannotOpen, detail};
    default: return {ErrorCode::StorageFailed, detail};
    }
}

Status onlineCopy(sqlite3* source, sqlite3* destination, const char* operation)
{
    if (!source || !destination)
        return Error{ErrorCode::StorageFailed,
                     u"%1: no SQLite connection"_s.arg(QString::fromUtf8(operation))};
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup) {
        // For example "destination database is in use": a read still open on it.
        const Error error = sqliteError(sqlite3_errcode(destination), operation);
        log::storage()->error("{} not started: {}", operation, sqlite3_errmsg(destination));
        return error;
    }
    int rc = SQLITE_OK;
    int pages = kPagesPerStep;
    int restarts = 0;
    int busyRetries = 0;
    int lastRemaining = -1;
    while (true) {
        rc = sqlite3_backup_step(backup, pages);
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_OK) {
            busyRetries = 0;
            const int remaining = sqlite3_backup_remaining(backup);
            if (lastRemaining >= 0 && remaining > lastRemaining
                && ++restarts >= kRestartsBeforeOneStep)
                pages = -1;
            lastRemaining = remaining;
            continue;
        }
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && busyRetries++ < kBusyRetries) {
            sqlite3_sleep(kBusySleepMs);
            continue;
        }
        break;
    }
    const int pageCount = sqlite3_backup_pagecount(backup);
    // Before DONE, finish() rolls the destination's transaction back: it is left as it was.
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const Error error = sqliteError(rc, operation);
        log::storage()->error("{}", error.detail);
        return error;
    }
    log::storage()->info("{}: {} pages copied, {} restarts", operation, pageCount, restarts);
    return success();
}

Status backupToFile(sqlite3* source, const QString& target)
{
    if (QFileInfo::exists(target))
        return Error{ErrorCode::InvalidInput, u"backup: target exists"_s};
    const QFileInfo info(target);
    // Beside the target, so that the rename stays on one file system and is atomic.
    QTemporaryFile part(info.absoluteDir().filePath(info.fileName() + u".XXXXXX.part"_s));
    if (!part.open())
        return Error{ErrorCode::CannotWrite, u"backup: temporary file not created"_s};
    part.close(); // an empty file: SQLite takes it as a new database
    const QString partPath = part.fileName();

    SqliteFile copy;
    if (auto s = copy.open(partPath, false, "backup open"); !s)
        return s;
    if (auto s = onlineCopy(source, copy.handle(), "backup"); !s)
        return s;
    // The copy carries the source's WAL flag in its header: one self-contained file instead.
    const int rc =
            sqlite3_exec(copy.handle(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, "backup journal mode");
    if (auto s = copy.close(); !s)
        return s;
    if (!QFile::rename(partPath, target))
        return Error{ErrorCode::CannotWrite, u"backup: rename into place failed"_s};
    return success();
}

} // namespace ed::storage
