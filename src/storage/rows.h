#pragma once

#include "core/deadline.h"
#include "core/meeting.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QSqlDatabase>

// Helpers the repositories share: the connection of a Database, the deadline row, and the
// agency-by-role link tables. Internal to storage (includes Qt Sql).
namespace ed::storage {

[[nodiscard]] inline QSqlDatabase connectionOf(const Database& database)
{
    return QSqlDatabase::database(database.connectionName(), false);
}

/// Inserts a deadline row; the owner stores the returned id.
[[nodiscard]] Result<DeadlineId> insertDeadline(const Database& database, const Deadline& deadline);
/// Replaces the fields of an existing deadline row.
[[nodiscard]] Status
updateDeadline(const Database& database, DeadlineId id, const Deadline& deadline);

/// ":in0, :in1, …" for an IN list of `count` values; bindInList() binds them.
[[nodiscard]] QString inListPlaceholders(qsizetype count);
void bindInList(Statement& statement, const QList<QVariant>& values);
/// Ids as the values of an IN list.
template <typename Tag>
[[nodiscard]] QList<QVariant> idValues(const QList<Id<Tag>>& ids)
{
    QList<QVariant> values;
    values.reserve(ids.size());
    for (const Id<Tag> id : ids)
        values << id.raw();
    return values;
}

/// The deadline columns, prefixed "d.", in the order readDeadline() expects them.
[[nodiscard]] QString deadlineColumns();
/// Reads the columns of deadlineColumns() starting at `first`.
[[nodiscard]] Deadline readDeadline(const Statement& row, int first);

/// Runs an INSERT once per element of `list`, binding ":owner" to `ownerId`, ":position" to the
/// element's index and the other placeholders through `bindFields(statement, element)`. The
/// first failure returns; the caller's transaction undoes the rest.
template <typename T, typename BindFields>
[[nodiscard]] Status
insertPositioned(Statement& statement, qint64 ownerId, const QList<T>& list, BindFields bindFields)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        statement.bind(QStringLiteral(":owner"), ownerId)
                .bind(QStringLiteral(":position"), static_cast<int>(i));
        bindFields(statement, list[i]);
        if (auto s = statement.exec(); !s)
            return s;
    }
    return success();
}

/// The `position` of row `id` in `table` (a constant name from code: "meeting", "task");
/// NotFound when there is no such row.
[[nodiscard]] Result<int> positionOf(const Database& database, const QString& table, qint64 id);

/// The two tables that link an owner to agencies by role.
enum class AssignmentTable { MeetingItem, Task };

[[nodiscard]] Status insertAssignments(const Database& database,
                                       AssignmentTable table,
                                       qint64 ownerId,
                                       const QList<AgencyAssignment>& list);
/// Every assignment of the owners that `ownerFilter` selects, keyed by owner id, in order.
/// `ownerFilter` is a constant SQL condition on the owner table aliased "o" with one
/// placeholder ":key" bound to `key`.
[[nodiscard]] Result<QHash<qint64, QList<AgencyAssignment>>> readAssignments(
        const Database& database, AssignmentTable table, const QString& ownerFilter, qint64 key);

} // namespace ed::storage
