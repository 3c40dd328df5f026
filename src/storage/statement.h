#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <chrono>

namespace ed::storage {

/// Maps a driver error to our codes, so the user reads "the disk is full", never a raw driver
/// message. SQLite's primary result codes (the low byte of an extended code): BUSY 5, LOCKED 6,
/// READONLY 8, CORRUPT 11, FULL 13, CONSTRAINT 19, NOTADB 26.
[[nodiscard]] Error toError(const QSqlError& error, const char* operation);
/// The same from a native SQLite result code and message.
[[nodiscard]] Error toError(int nativeCode, const QString& message, const char* operation);

/// prepare → bind → exec → log. `operation` ("insert agency") is what the log shows; bound
/// values never are. Forward-only: no client-side row cache.
class Statement
{
public:
    Statement(const QSqlDatabase& db, const QString& sql, const char* operation);

    Statement& bind(const QString& placeholder, const QVariant& value);
    /// Binds an invalid id as NULL.
    template <typename Tag>
    Statement& bind(const QString& placeholder, Id<Tag> id)
    {
        return bind(placeholder, id.isValid() ? QVariant(id.raw()) : QVariant());
    }
    /// Binds an invalid date as NULL, a valid one as ISO text.
    Statement& bind(const QString& placeholder, QDate date);
    Statement& bind(const QString& placeholder, const QString& text);
    Statement& bind(const QString& placeholder, const char*) = delete; // say u"..."_s

    /// Runs the statement. One refused for another connection's write lock outside any
    /// transaction (BEGIN IMMEDIATE, or a single write in autocommit) has done nothing, so it is
    /// sent again until lockWait() has passed: each try waits out the connection's busy timeout,
    /// and a national import holds the lock for longer than that.
    [[nodiscard]] Status exec();
    /// How long exec() keeps trying against another connection's lock; 30 s unless set.
    [[nodiscard]] static std::chrono::milliseconds lockWait();
    /// For tests: 0 leaves only the busy timeout.
    static void setLockWait(std::chrono::milliseconds wait);
    [[nodiscard]] bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int column) const { return m_query.value(column); }
    [[nodiscard]] QString text(int column) const { return m_query.value(column).toString(); }
    [[nodiscard]] qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    [[nodiscard]] QDate date(int column) const;
    [[nodiscard]] bool isNull(int column) const { return m_query.isNull(column); }
    /// Rows an UPDATE or DELETE changed.
    [[nodiscard]] int numRowsAffected() const { return m_query.numRowsAffected(); }
    template <typename IdType>
    [[nodiscard]] IdType id(int column) const
    {
        return IdType{m_query.value(column).toLongLong()};
    }
    /// The error of the last failed step, for statements stepped with next().
    [[nodiscard]] Error lastError() const { return toError(m_query.lastError(), m_operation); }
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    const char* m_operation;
    bool m_prepared = false;
};

} // namespace ed::storage
