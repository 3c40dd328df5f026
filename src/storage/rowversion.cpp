#include "storage/rowversion.h"

#include "storage/rows.h"

using namespace Qt::StringLiterals;

namespace ed::storage {

QString rowStampColumns(const QString& alias)
{
    return u"%1row_version, %1changed_by, %1changed_at"_s.arg(alias);
}

RowStamp readRowStamp(const Statement& row, int first)
{
    RowStamp stamp;
    stamp.version = row.integer(first);
    stamp.changedBy = row.text(first + 1);
    if (!row.isNull(first + 2))
        stamp.changedAt = QDateTime::fromString(row.text(first + 2), Qt::ISODate);
    return stamp;
}

Result<RowStamp> rowStamp(const Database& database, const QString& table, qint64 id)
{
    Statement select(connectionOf(database),
                     u"SELECT %1 FROM %2 WHERE id = :id"_s.arg(rowStampColumns({}), table),
                     "read row stamp");
    select.bind(u":id"_s, id);
    if (auto s = select.exec(); !s)
        return s.error();
    if (!select.next())
        return Error{ErrorCode::NotFound, u"%1 %2"_s.arg(table).arg(id)};
    return readRowStamp(select, 0);
}

Result<RowStamp>
claimRow(const Database& database, const QString& table, qint64 id, const RowStamp& change)
{
    // One statement both checks and raises the version, so no other writer can slip in between
    // (the caller's BEGIN IMMEDIATE already holds the write lock on SQLite; on PostgreSQL the
    // UPDATE locks the row).
    const QString check = change.version > 0 ? u" AND row_version = :version"_s : QString();
    Statement update(connectionOf(database),
                     u"UPDATE %1 SET row_version = row_version + 1, changed_by = :by, "
                     "changed_at = :at WHERE id = :id%2"_s.arg(table, check),
                     "claim row");
    update.bind(u":by"_s, change.changedBy)
            .bind(u":at"_s, change.changedAt.isValid()
                                    ? QVariant(change.changedAt.toString(Qt::ISODate))
                                    : QVariant())
            .bind(u":id"_s, id);
    if (change.version > 0)
        update.bind(u":version"_s, change.version);
    if (auto s = update.exec(); !s)
        return s.error();
    if (update.numRowsAffected() == 1)
        return rowStamp(database, table, id);
    const Result<RowStamp> current = rowStamp(database, table, id);
    if (!current)
        return current.error(); // NotFound: deleted meanwhile
    return Error{ErrorCode::Stale, u"%1 %2: version %3 expected, %4 stored"_s.arg(table)
                                           .arg(id)
                                           .arg(change.version)
                                           .arg(current->version)};
}

} // namespace ed::storage
