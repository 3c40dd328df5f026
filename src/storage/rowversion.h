#pragma once

#include "core/rowstamp.h"
#include "storage/database.h"
#include "storage/statement.h"

// Optimistic locking of the rows two people may edit at once (meetings, nominations). Internal
// to storage (includes Qt Sql).
namespace ed::storage {

/// The stamp columns, prefixed with `alias` ("m." → "m.row_version, m.changed_by, …"), in the
/// order readRowStamp() expects them.
[[nodiscard]] QString rowStampColumns(const QString& alias);
/// Reads the columns of rowStampColumns() starting at `first`.
[[nodiscard]] RowStamp readRowStamp(const Statement& row, int first);

/// Claims row `id` of `table` (a constant name from code) for a change, inside the caller's
/// transaction: raises its version and records `change.changedBy` and `change.changedAt`.
/// When `change.version` is not 0 the row must still have that version; otherwise
/// ErrorCode::Stale, and nothing is written. NotFound when there is no such row. Returns
/// the row's new stamp.
[[nodiscard]] Result<RowStamp>
claimRow(const Database& database, const QString& table, qint64 id, const RowStamp& change);

/// The row's current stamp: who changed it last and when, for the refusal's message.
[[nodiscard]] Result<RowStamp> rowStamp(const Database& database, const QString& table, qint64 id);

} // namespace ed::storage
