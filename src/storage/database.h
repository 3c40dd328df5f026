#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace ed {
class Clock;
}

namespace ed::storage {

/// What `check` reports about a database file.
struct CheckReport
{
    int schemaVersion = 0;
    int appSchemaVersion = 0;
    bool integrityOk = false;
    bool foreignKeysOk = false;
    QString firstProblem; ///< the first line integrity_check or foreign_key_check reported
};

/// One open SQLite database: a named Qt Sql connection set up for our use (foreign keys on, WAL,
/// busy timeout, synchronous FULL), checked and migrated when opened. Holds the connection name,
/// never a QSqlDatabase, so the connection can be removed cleanly in the destructor. Use it from
/// the thread that opened it.
class Database
{
public:
    struct Options
    {
        QString path;
        const Clock* clock = nullptr; ///< names the pre-migration backup; required
        bool migrate = true;          ///< false: open only a database already at our version
        /// Where the NNNN_name.sql steps come from; tests point it at a folder of their own.
        QString migrationsFolder = QStringLiteral(":/migrations");
        /// Open for viewing only. A file this user may not write is opened so anyway.
        bool readOnly = false;
        /// How long a statement waits for another program's lock before DatabaseLocked.
        int busyTimeoutMs = 5000;
    };

    /// Opens (creating if missing) and migrates. Before an existing file is migrated, a dated
    /// copy "<file>.v<N>.<yyyyMMdd-HHmmss>.bak" is written beside it (the last ten are kept).
    /// A file of a newer schema, or not ours, is refused and left exactly as it was; so is one
    /// another program holds locked (DatabaseLocked). A read-only file opens read-only when it
    /// is at this build's schema (ReadOnlyOutdated otherwise: it cannot be upgraded).
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const Options& options);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] const QString& connectionName() const { return m_connectionName; }
    [[nodiscard]] const QString& filePath() const { return m_path; }
    /// True when opened for viewing only: every write is refused with DatabaseReadOnly.
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /// The schema version this build writes (the number of the newest migration).
    [[nodiscard]] static int
    latestSchemaVersion(const QString& migrationsFolder = QStringLiteral(":/migrations"));
    [[nodiscard]] Result<int> schemaVersion() const;

    /// integrity_check and foreign_key_check, plus both schema versions.
    [[nodiscard]] Result<CheckReport> check() const;

    /// An online, consistent copy of the live database into a new file, with SQLite's Online
    /// Backup API in steps (storage/onlinebackup.h), so other connections keep writing while it
    /// runs. Refuses an existing target; never called inside a transaction.
    [[nodiscard]] Status backupTo(const QString& targetFile) const;

    /// True when the database holds no plan and no agency yet: a first start.
    [[nodiscard]] Result<bool> isEmpty() const;

    // Nesting depth of WriteTransaction on this connection (0 = none open).
    [[nodiscard]] int transactionDepth() const { return m_transactionDepth; }

private:
    friend class WriteTransaction;
    Database(QString connectionName, QString path, bool readOnly);
    /// Adds connection `name` to `target` (a path, or a URI with QSQLITE_OPEN_URI), turns
    /// foreign keys on and reads once.
    [[nodiscard]] static Result<std::unique_ptr<Database>> connect(const QString& name,
                                                                   const QString& target,
                                                                   const QString& connectOptions,
                                                                   bool readOnly);

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
};

} // namespace ed::storage
