#include "storage/writetransaction.h"

#include "logging/log.h"
#include "storage/database.h"
#include "storage/onlinebackup.h"
#include "storage/statement.h"

#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

QString savepoint(int level)
{
    return u"ed_savepoint_%1"_s.arg(level);
}

} // namespace

WriteTransaction::WriteTransaction(Database& database) : m_database(database)
{
    m_level = database.m_transactionDepth + 1;
    const QSqlDatabase db = QSqlDatabase::database(database.connectionName(), false);
    // Not QSqlDatabase::transaction(): QSQLITE sends a deferred "BEGIN", whose later upgrade to
    // a write lock fails at once with "database is locked", ignoring the busy timeout.
    const bool sqlite = db.driver()->dbmsType() == QSqlDriver::SQLite;
    const QString begin = m_level > 1 ? u"SAVEPOINT "_s + savepoint(m_level)
                                      : (sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    const Status begun = run(begin);
    m_active = begun.ok();
    if (m_active)
        m_database.m_transactionDepth = m_level;
    else
        m_beginError = begun.error();
}

WriteTransaction::~WriteTransaction()
{
    if (!m_active)
        return;
    // SQLite rolls a transaction back by itself after some errors (SQLITE_FULL, SQLITE_IOERR,
    // …): then there is nothing left to roll back, at any level.
    if (sqlite3* handle = sqliteHandle(QSqlDatabase::database(m_database.connectionName(), false));
        handle && sqlite3_get_autocommit(handle) != 0) {
        log::storage()->warn("transaction at level {} was already rolled back", m_level);
        m_database.m_transactionDepth = m_level - 1;
        return;
    }
    const bool rolledBack = m_level > 1 ? run(u"ROLLBACK TO "_s + savepoint(m_level)).ok()
                                                  && run(u"RELEASE "_s + savepoint(m_level)).ok()
                                        : run(u"ROLLBACK"_s).ok();
    if (!rolledBack)
        log::storage()->critical("rollback failed at level {}; close this connection", m_level);
    m_database.m_transactionDepth = m_level - 1;
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return Error{ErrorCode::StorageFailed, u"commit: no transaction"_s};
    Statement end(QSqlDatabase::database(m_database.connectionName(), false),
                  m_level > 1 ? u"RELEASE "_s + savepoint(m_level) : u"COMMIT"_s, "commit");
    if (auto s = end.exec(); !s)
        return s; // still active: the destructor rolls back
    m_active = false;
    m_database.m_transactionDepth = m_level - 1;
    return success();
}

Status WriteTransaction::run(const QString& sql)
{
    Statement statement(QSqlDatabase::database(m_database.connectionName(), false), sql,
                        "transaction control");
    return statement.exec();
}

} // namespace ed::storage
