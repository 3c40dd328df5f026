#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace ed::storage {

class Database;

/// A prepared statement for the bulk paths: imports of hundreds of thousands of rows and reads
/// of whole tables. On SQLite it runs on the driver's native handle, which skips Qt Sql's
/// QVariant per value and its copy of every bound value (about five times less work per row);
/// on any other driver it runs through QSqlQuery with the same behaviour. Parameters are
/// positional ('?', bound from 0). Internal to storage; use it from the connection's thread.
class BulkStatement
{
public:
    enum class Path {
        Fastest,  ///< native on SQLite, QSqlQuery elsewhere
        Portable, ///< QSqlQuery always (the tests run both paths)
    };

    BulkStatement(const Database& database,
                  const QString& sql,
                  const char* operation,
                  Path path = Path::Fastest);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    [[nodiscard]] bool isNative() const { return m_statement != nullptr; }

    BulkStatement& bind(int index, qint64 value);
    /// A null QString is bound as the empty string: our text columns are NOT NULL.
    BulkStatement& bind(int index, QStringView text);
    BulkStatement& bindNull(int index);
    /// Binds an invalid id as NULL.
    template <typename Tag>
    BulkStatement& bind(int index, Id<Tag> id)
    {
        return id.isValid() ? bind(index, id.raw()) : bindNull(index);
    }

    /// Runs a statement that returns no rows, and makes it ready for the next binds.
    [[nodiscard]] Status run();
    /// Steps a query: true with a row to read, false after the last (then ready to run again).
    [[nodiscard]] Result<bool> next();
    /// Rows the last run() inserted, changed or deleted.
    [[nodiscard]] qint64 changes() const;
    /// The rowid of the last row this connection inserted.
    [[nodiscard]] qint64 lastInsertId() const;

    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] QString text(int column) const;
    /// A column of ASCII codes ("na", "import") without a copy; valid until the next step.
    [[nodiscard]] QLatin1StringView codeText(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    [[nodiscard]] Error nativeError(int code) const;
    [[nodiscard]] Error queryError() const;

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr; ///< null on the QSqlQuery path
    QSqlQuery m_query;
    const char* m_operation;
    bool m_prepared = false;
    bool m_started = false;          ///< QSqlQuery path: the query ran and rows are being read
    mutable QByteArray m_codeBuffer; ///< QSqlQuery path: what codeText() points into
};

/// Rows one INSERT of insertBatched() carries: the per-statement work (cursors, the statement
/// journal, the trigger programs' setup) is then paid once per batch instead of once per row.
inline constexpr qsizetype kInsertBatch = 64;

/// Inserts `count` rows in statements of kInsertBatch rows each: `head` ("INSERT INTO t (a, b)")
/// + " VALUES (?, ?), (?, ?) …" + `tail` (an ON CONFLICT clause, or empty).
/// `bindRow(statement, row, first)` binds row `row` (0 ≤ row < count) to parameters `first` ….
/// The first failure returns; the caller's transaction undoes the rest.
template <typename BindRow>
[[nodiscard]] Status insertBatched(const Database& database,
                                   const QString& head,
                                   int columns,
                                   const QString& tail,
                                   qsizetype count,
                                   const char* operation,
                                   BindRow bindRow)
{
    const QString one = QLatin1Char('(')
                        + QStringList(columns, QStringLiteral("?")).join(QStringLiteral(", "))
                        + QLatin1Char(')');
    auto sql = [&](qsizetype rows) {
        return head + QStringLiteral(" VALUES ") + QStringList(rows, one).join(QStringLiteral(", "))
               + QLatin1Char(' ') + tail;
    };
    std::unique_ptr<BulkStatement> full;
    for (qsizetype start = 0; start < count; start += kInsertBatch) {
        const qsizetype rows = std::min(kInsertBatch, count - start);
        std::unique_ptr<BulkStatement> last;
        if (rows == kInsertBatch && !full)
            full = std::make_unique<BulkStatement>(database, sql(rows), operation);
        BulkStatement& statement =
                rows == kInsertBatch
                        ? *full
                        : *(last = std::make_unique<BulkStatement>(database, sql(rows), operation));
        for (qsizetype r = 0; r < rows; ++r)
            bindRow(statement, start + r, int(r * columns));
        if (auto s = statement.run(); !s)
            return s;
    }
    return success();
}

} // namespace ed::storage
