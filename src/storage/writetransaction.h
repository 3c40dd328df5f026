#pragma once

#include "core/result.h"

namespace ed::storage {

class Database;

/// One unit of work. The outermost guard sends BEGIN IMMEDIATE (it takes the write lock at once,
/// so a second writer waits out the busy timeout instead of failing on its first write); a guard
/// opened inside another becomes a SAVEPOINT, so a service can wrap several repository calls in
/// one transaction. Rolls back on scope exit unless commit() succeeded. Use "first failure
/// returns": SQLite carries on after a failed statement, PostgreSQL aborts, and the guard makes
/// both end in the same state.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database& database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    /// Why the transaction could not begin (the database is busy, read-only, …); meaningful only
    /// when !isActive().
    [[nodiscard]] const Error& beginError() const { return m_beginError; }
    /// Commits (or releases the savepoint). On failure the guard stays active and rolls back.
    [[nodiscard]] Status commit();

private:
    [[nodiscard]] Status run(const QString& sql);

    Database& m_database;
    int m_level = 0; // 1 = outermost
    bool m_active = false;
    Error m_beginError;
};

} // namespace ed::storage
