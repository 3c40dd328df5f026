#pragma once

#include "core/result.h"

#include <QString>

struct sqlite3;
class QSqlDatabase;
class QSqlDriver;

namespace ed::storage {

/// The connection's sqlite3 handle, or null when the driver is not QSQLITE. Qt's driver is
/// linked against the system SQLite library, the one we call.
[[nodiscard]] sqlite3* sqliteHandle(const QSqlDatabase& db);
[[nodiscard]] sqlite3* sqliteHandle(const QSqlDriver* driver);

/// A connection of our own to a database file, outside Qt Sql, for the copies; closed with
/// the object.
class SqliteFile
{
public:
    SqliteFile() = default;
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    /// Opens `path` read-only, or read-write (creating it when missing).
    [[nodiscard]] Status open(const QString& path, bool readOnly, const char* operation);
    /// Closes now, reporting a failure (a busy statement, a failed final write).
    [[nodiscard]] Status close();
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

/// Copies the "main" database of `source` over the "main" database of `destination` with
/// SQLite's Online Backup API, a few megabytes per step: the source is read-locked only while
/// a step runs, so other connections keep writing; a source changed by another connection
/// makes SQLite start the copy again, and after a few such restarts the rest is copied in one
/// step. The destination is written in one transaction, committed only when the copy is
/// complete: on any failure it is left exactly as it was. `operation` names the copy in the log.
[[nodiscard]] Status onlineCopy(sqlite3* source, sqlite3* destination, const char* operation);

/// Writes the new file `target` as a copy of the "main" database of `source` (onlineCopy()):
/// into a temporary file beside it first, renamed into place only when complete, in rollback
/// (DELETE) journal mode so that the copy is one self-contained file. Refuses an existing
/// target; on failure nothing is left behind.
[[nodiscard]] Status backupToFile(sqlite3* source, const QString& target);

/// The Error for an SQLite result code: corrupt, not a database, disk full, busy, read-only.
[[nodiscard]] Error sqliteError(int resultCode, const char* operation);

} // namespace ed::storage
