#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace ed {
class Clock;
}
namespace ed::storage {
class Database;
}

namespace ed::services {

/// What `check` tells about the open database.
struct DatabaseHealth
{
    int schemaVersion = 0;
    int appSchemaVersion = 0;
    bool integrityOk = false;
    bool foreignKeysOk = false;
    QString firstProblem;

    [[nodiscard]] bool healthy() const { return integrityOk && foreignKeysOk; }
};

/// The open database and the clock: what both front ends hold, and what every service is
/// built on. Opening creates or migrates the file as needed and refuses one it must not touch.
class Workspace
{
public:
    enum class Access { ReadWrite, ReadOnly };
    /// ReadWrite opens a file this user may not write read-only all the same (isReadOnly()).
    [[nodiscard]] static Result<std::unique_ptr<Workspace>>
    open(const QString& path, const Clock& clock, Access access = Access::ReadWrite);
    /// Sets the organisation and application names both programs share, which place the
    /// default database, the log and the settings.
    static void identifyApplication();
    /// `<per-user data location>/electiondesk.sqlite`
    [[nodiscard]] static QString defaultDatabasePath();
    /// `<per-user data location>/logs`
    [[nodiscard]] static QString logDirectory();

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    [[nodiscard]] const Clock& clock() const { return m_clock; }
    /// Who works here, for the records that say who did what: the operating system's login
    /// name (the database user on a server, later).
    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString filePath() const;
    /// Opened for viewing only: every change is refused with DatabaseReadOnly.
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] Result<DatabaseHealth> check() const;
    /// An online copy of the live database into a new file.
    [[nodiscard]] Status backupTo(const QString& file) const;
    /// True on first start: no plan and no agency yet.
    [[nodiscard]] Result<bool> isEmpty() const;

    /// For the services; the front ends never touch it.
    [[nodiscard]] storage::Database& database() { return *m_database; }
    [[nodiscard]] const storage::Database& database() const { return *m_database; }

private:
    Workspace(std::unique_ptr<storage::Database> database, const Clock& clock);

    std::unique_ptr<storage::Database> m_database;
    const Clock& m_clock;
};

} // namespace ed::services
