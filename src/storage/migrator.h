#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ed::storage {

class Database;

/// Runs the numbered, append-only migrations NNNN_name.sql from a folder (the ":/migrations"
/// resource in the application; a test folder in tests). The number is the schema version,
/// kept in PRAGMA user_version; PRAGMA application_id marks the file as ours.
class Migrator
{
public:
    enum class Outcome { UpToDate, Migrated, NotOurFile, NewerThanApp, BackupFailed, Failed };

    static constexpr qint32 kApplicationId = 0x45444B31; // "EDK1" in the file header

    Migrator(Database& database, const QString& folder);

    /// The newest version in the folder; 0 when the folder is empty or its numbers have gaps.
    [[nodiscard]] int latestVersion() const { return static_cast<int>(m_scripts.size()); }

    /// Reads only the header pragmas: whether the file may be opened (and then migrated). Leaves
    /// the file untouched.
    [[nodiscard]] Outcome inspect() const;

    /// Applies every missing step in one transaction. When the file already holds data and
    /// `backupFile` is not empty, writes a copy there first.
    [[nodiscard]] Outcome run(const QString& backupFile);

    /// Splits a script into statements: each ends at a line ending in ';', except a
    /// CREATE TRIGGER, which ends at its line "END;". Lines starting with "--" are dropped.
    [[nodiscard]] static QStringList splitStatements(const QString& script);

    [[nodiscard]] qint64 userVersion() const;

private:
    [[nodiscard]] qint64 pragma(const QString& name) const;
    [[nodiscard]] bool isFresh() const;
    [[nodiscard]] bool exec(const QString& sql) const;

    Database& m_database;
    QSqlDatabase m_db;
    QStringList m_scripts; // m_scripts[v - 1] = path of version v
};

} // namespace ed::storage
