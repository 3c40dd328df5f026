#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ed {

/// What went wrong, as a code the GUI and CLI word for the user. `detail` is for the log and
/// carries ids or numbers only, never names or bound values.
enum class ErrorCode {
    NotFound,
    InvalidInput,
    InUse,
    Locked, ///< the results are official: unlock them first
    Conflict,
    Stale, ///< someone else changed the record after it was read: reload it first
    DatabaseLocked,
    DatabaseReadOnly,
    ReadOnlyOutdated, ///< a read-only file of an older schema: it cannot be upgraded to be shown
    DiskFull,
    DatabaseCorrupt,
    NotOurFile,
    NewerThanApp,
    BackupFailed,
    MigrationFailed,
    CannotOpen,
    StorageFailed,
    Cancelled,   ///< the user stopped a long task; nothing was written
    CannotWrite, ///< an output file (a PDF, an export) could not be written
};

struct Error
{
    ErrorCode code = ErrorCode::StorageFailed;
    QString detail; // log text: operation, ids, driver codes; never personal data
};

/// A value or an Error. Storage and services return it; no exception crosses a layer.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}     // NOLINT: implicit on purpose
    Result(Error error) : m_state(std::move(error)) {} // NOLINT

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T& value() const& { return std::get<T>(m_state); }
    [[nodiscard]] T& value() & { return std::get<T>(m_state); }
    /// By value, so that `for (x : service.list().value())` does not dangle.
    [[nodiscard]] T value() && { return std::get<T>(std::move(m_state)); }
    [[nodiscard]] const Error& error() const { return std::get<Error>(m_state); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, Error> m_state;
};

/// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace ed
