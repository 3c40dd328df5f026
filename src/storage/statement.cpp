#include "storage/statement.h"

#include "logging/log.h"
#include "storage/onlinebackup.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QThread>

#include <atomic>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

std::atomic<qint64> g_lockWaitMs{30'000};
/// Between two tries, in case SQLite refused without waiting out the busy timeout.
constexpr unsigned long kPauseMs = 20;

/// True when `query` failed with SQLITE_BUSY on a connection outside any transaction: it did
/// nothing, and the same statement may be sent again. Inside a transaction it never may: a
/// deferred transaction that cannot upgrade must roll back first.
bool mayTryAgain(const QSqlQuery& query)
{
    if ((query.lastError().nativeErrorCode().toInt() & 0xFF) != SQLITE_BUSY)
        return false;
    sqlite3* const db = sqliteHandle(query.driver());
    return db && sqlite3_get_autocommit(db) != 0;
}

} // namespace

Error toError(const QSqlError& error, const char* operation)
{
    // First line only: PostgreSQL's DETAIL line quotes the offending values.
    return toError(error.nativeErrorCode().toInt(), error.databaseText().section(u'\n', 0, 0),
                   operation);
}

Error toError(int nativeCode, const QString& message, const char* operation)
{
    const QString detail = u"%1 [%2]: %3"_s.arg(QString::fromUtf8(operation),
                                                QString::number(nativeCode), message);
    ErrorCode code = ErrorCode::StorageFailed;
    // QSQLITE reports extended result codes (787 = FOREIGNKEY): the low byte is the primary one.
    switch (nativeCode & 0xFF) {
    case 5:
    case 6: code = ErrorCode::DatabaseLocked; break;
    case 8: code = ErrorCode::DatabaseReadOnly; break;
    case 11:
    case 26: code = ErrorCode::DatabaseCorrupt; break;
    case 13: code = ErrorCode::DiskFull; break;
    case 14: code = ErrorCode::CannotOpen; break;
    case 19: code = ErrorCode::Conflict; break;
    default: break;
    }
    return Error{code, detail};
}

Statement::Statement(const QSqlDatabase& db, const QString& sql, const char* operation)
    : m_query(db), m_operation(operation)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        log::storage()->error("prepare '{}': {}", m_operation, m_query.lastError().text());
}

Statement& Statement::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Statement& Statement::bind(const QString& placeholder, QDate date)
{
    return bind(placeholder, date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant());
}

Statement& Statement::bind(const QString& placeholder, const QString& text)
{
    // Our text columns are NOT NULL: a null QString is stored as the empty string.
    return bind(placeholder, QVariant(text.isNull() ? u""_s : text));
}

std::chrono::milliseconds Statement::lockWait()
{
    return std::chrono::milliseconds(g_lockWaitMs.load());
}

void Statement::setLockWait(std::chrono::milliseconds wait)
{
    g_lockWaitMs = wait.count();
}

Status Statement::exec()
{
    QElapsedTimer waited;
    waited.start();
    bool done = false;
    while (m_prepared) {
        done = m_query.exec();
        if (done || !mayTryAgain(m_query) || waited.elapsed() >= g_lockWaitMs.load())
            break;
        log::storage()->warn("{}: another connection still holds the write lock after {} ms",
                             m_operation, waited.elapsed());
        QThread::msleep(kPauseMs);
    }
    if (done)
        return success();
    const Error error = toError(m_query.lastError(), m_operation);
    log::storage()->error("{}", error.detail);
    return error;
}

QDate Statement::date(int column) const
{
    if (m_query.isNull(column))
        return {};
    return QDate::fromString(m_query.value(column).toString(), Qt::ISODate);
}

} // namespace ed::storage
