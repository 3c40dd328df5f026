#include "storage/bulkstatement.h"

#include "logging/log.h"
#include "storage/onlinebackup.h"
#include "storage/rows.h"

#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ed::storage {

BulkStatement::BulkStatement(const Database& database,
                             const QString& sql,
                             const char* operation,
                             Path path)
    : m_query(connectionOf(database)), m_operation(operation)
{
    const QSqlDatabase db = connectionOf(database);
    m_handle = path == Path::Fastest ? sqliteHandle(db) : nullptr;
    if (m_handle) {
        const int rc = sqlite3_prepare_v3(m_handle, sql.toUtf8().constData(), -1,
                                          SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
        m_prepared = rc == SQLITE_OK;
        if (!m_prepared) {
            log::storage()->error("prepare '{}': {}", m_operation, sqlite3_errmsg(m_handle));
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        return;
    }
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        log::storage()->error("prepare '{}': {}", m_operation, m_query.lastError().text());
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement); // a no-op on null
}

BulkStatement& BulkStatement::bind(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index + 1, value);
    else
        m_query.bindValue(index, value);
    return *this;
}

BulkStatement& BulkStatement::bind(int index, QStringView text)
{
    if (m_statement) {
        // As UTF-8, the database's encoding: Qt converts faster than SQLite would. Copied
        // (SQLITE_TRANSIENT) because the bytes are gone before the statement runs.
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index + 1, utf8.isNull() ? "" : utf8.constData(),
                          int(utf8.size()), SQLITE_TRANSIENT);
    } else
        m_query.bindValue(index, text.isNull() ? u""_s : text.toString());
    return *this;
}

BulkStatement& BulkStatement::bindNull(int index)
{
    if (m_statement)
        sqlite3_bind_null(m_statement, index + 1);
    else
        m_query.bindValue(index, QVariant());
    return *this;
}

Status BulkStatement::run()
{
    if (!m_prepared)
        return Error{ErrorCode::StorageFailed,
                     u"%1: not prepared"_s.arg(QString::fromUtf8(m_operation))};
    if (!m_statement)
        return m_query.exec() ? success() : Status(queryError());
    int rc = sqlite3_step(m_statement);
    while (rc == SQLITE_ROW) // the rows of a statement run for its effect are not wanted
        rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE)
        return nativeError(rc);
    return success();
}

Result<bool> BulkStatement::next()
{
    if (!m_prepared)
        return Error{ErrorCode::StorageFailed,
                     u"%1: not prepared"_s.arg(QString::fromUtf8(m_operation))};
    if (m_statement) {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        sqlite3_reset(m_statement); // ends the read transaction of the statement
        if (rc != SQLITE_DONE)
            return nativeError(rc);
        return false;
    }
    if (!m_started) {
        if (!m_query.exec())
            return queryError();
        m_started = true;
    }
    if (m_query.next())
        return true;
    m_started = false;
    if (m_query.lastError().isValid())
        return queryError();
    m_query.finish();
    return false;
}

qint64 BulkStatement::changes() const
{
    if (m_statement)
        return sqlite3_changes64(m_handle);
    return m_query.numRowsAffected();
}

qint64 BulkStatement::lastInsertId() const
{
    if (m_statement)
        return sqlite3_last_insert_rowid(m_handle);
    return m_query.lastInsertId().toLongLong();
}

qint64 BulkStatement::integer(int column) const
{
    if (m_statement)
        return sqlite3_column_int64(m_statement, column);
    return m_query.value(column).toLongLong();
}

QString BulkStatement::text(int column) const
{
    if (!m_statement)
        return m_query.value(column).toString();
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int bytes = sqlite3_column_bytes(m_statement, column); // after the text: see docs
    return data ? QString::fromUtf8(data, bytes) : QString();
}

QLatin1StringView BulkStatement::codeText(int column) const
{
    if (!m_statement) {
        m_codeBuffer = m_query.value(column).toString().toLatin1();
        return QLatin1StringView(m_codeBuffer);
    }
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QLatin1StringView(data, sqlite3_column_bytes(m_statement, column));
}

bool BulkStatement::isNull(int column) const
{
    if (m_statement)
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    return m_query.isNull(column);
}

Error BulkStatement::nativeError(int code) const
{
    const Error error = toError(code, QString::fromUtf8(sqlite3_errmsg(m_handle)), m_operation);
    log::storage()->error("{}", error.detail);
    return error;
}

Error BulkStatement::queryError() const
{
    const Error error = toError(m_query.lastError(), m_operation);
    log::storage()->error("{}", error.detail);
    return error;
}

} // namespace ed::storage
